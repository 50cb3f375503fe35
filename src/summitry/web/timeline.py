"""A leader's (or a pair's) events on a horizontal time axis, for the timeline page.

Reads events (date, date_end, precision); adds an x position per event on a
fixed-width axis and year ticks. Dates at month or year precision sit at the
middle of their month or year, drawn as a bar spanning it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

WIDTH = 900
MARGIN = 30


@dataclass(frozen=True)
class Mark:
    event_id: str
    label: str
    x: float
    x_end: float
    status: str
    kind: str


    @property
    def is_point(self) -> bool:
        """Too short to draw as a bar (a day, or a week on a long axis): drawn as a dot."""
        return self.x_end - self.x < 8

    @property
    def middle(self) -> float:
        return round((self.x + self.x_end) / 2, 1)


@dataclass(frozen=True)
class Chart:
    marks: list[Mark]
    ticks: list[tuple[float, int]]
    undated: int
    minor_ticks: list[float] = field(default_factory=list)
    width: int = WIDTH


def _span(value: str | None, value_end: str | None) -> tuple[float, float] | None:
    """A date string as (start, end) fractional years."""
    if not value:
        return None
    try:
        parts = [int(part) for part in value[:10].split("-")]
    except ValueError:
        return None
    year = parts[0]
    if len(parts) == 1:
        start, end = float(year), year + 1.0
    elif len(parts) == 2:
        start = year + (parts[1] - 1) / 12
        end = start + 1 / 12
    else:
        try:
            day = date(year, parts[1], parts[2])
        except ValueError:
            return None
        start = year + (day.timetuple().tm_yday - 1) / 365.25
        end = start + 1 / 365.25
    if value_end:
        closing = _span(value_end, None)
        if closing and closing[1] > end:
            end = closing[1]
    return start, end


def build_timeline(events: list) -> Chart:
    spans = [(event, _span(event.date, event.date_end)) for event in events]
    dated = [(event, span) for event, span in spans if span]
    if not dated:
        return Chart(marks=[], ticks=[], undated=len(events))
    first = min(span[0] for _, span in dated)
    last = max(span[1] for _, span in dated)
    low, high = int(first), int(last) + 1
    scale = (WIDTH - 2 * MARGIN) / (high - low)

    def x(value: float) -> float:
        return round(MARGIN + (value - low) * scale, 1)

    marks = [
        Mark(event.id, f"{event.date} {event.kind} ({event.status})", x(span[0]), max(x(span[1]), x(span[0]) + 2), event.status, event.kind)
        for event, span in dated
    ]
    ticks = [(x(year), year) for year in range(low, high + 1)]
    # Month ticks help on short axes; past 3 years they would blur into a bar.
    minor = [x(year + month / 12) for year in range(low, high) for month in range(1, 12)] if high - low <= 3 else []
    return Chart(marks=marks, ticks=ticks, undated=len(events) - len(dated), minor_ticks=minor)
