"""TimeML value arithmetic for the temporal stage: weeks, seasons, quarters, ranges.

Reads: TimeML value strings ("2013-03-21", "2013-W11", "2012-SU", "2013-Q1",
"199", "FY2013", "2023-11-17/2023-11-21") and calendar days.
Adds: the calendar form event dates use (`date`, `date_end`, `precision`),
and the small shifts the anchoring rules need (add months, move by weeks,
find the season or quarter of a day). Knows nothing of text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

# Northern-hemisphere meteorological seasons, which is what TimeML's SP/SU/FA/WI
# are usually annotated as; winter starts in December and runs into the next year.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
# Seasons in the order they come within a TimeML year: its winter begins in December, after autumn.
SEASON_ORDER = ("SP", "SU", "FA", "WI")


@dataclass(frozen=True)
class CalendarForm:
    """A value as event dates need it: precision and a date (and end date for spans)."""

    precision: str
    date: str | None = None
    date_end: str | None = None


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    """The ISO week of `day`, as TimeML writes it ("2013-W12")."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


# An offset's unit word -> (the code `add_to_day` moves by, how many of it, the precision a date counted
# by it can have): "a fortnight" is two weeks, and a date moved by weeks is still a day.
OFFSET_UNITS = {"day": ("D", 1, "day"), "week": ("W", 1, "day"), "fortnight": ("W", 2, "day"),
                "month": ("M", 1, "month"), "year": ("Y", 1, "year")}
# Calendar precisions from coarse to fine.
CALENDAR_PRECISIONS = ("year", "month", "day")


def first_day(value: str) -> date:
    """The first day of a calendar date at any precision: "2024" -> 2024-01-01, "2024-03" -> 2024-03-01."""
    return date.fromisoformat((value[:10] + "-01-01")[:10] if len(value[:10]) < 10 else value[:10])


def add_to_day(day: date, unit: str, amount: int) -> date:
    """Move a day by whole units (D, W, M, Y); months clamp to the month's last day."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    months = amount * (12 if unit == "Y" else 1)
    year, month = add_months(day.year, day.month, months)
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    return date(year, month, 28)


def season_of(day: date) -> tuple[int, str]:
    """The season a day falls in, with the year TimeML gives it (December is winter of its own year)."""
    if day.month in (1, 2):
        return day.year - 1, "WI"
    for code, (first, last) in SEASON_MONTHS.items():
        if code != "WI" and first <= day.month <= last:
            return day.year, code
    return day.year, "WI"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def weekday_date(reference: date, weekday: int, direction: int) -> date:
    """The `weekday` (1=Monday) nearest `reference` in `direction` (-1 past, 1 future, 0 same ISO week).

    The reference day itself counts in either direction: a Friday report that
    says "on Friday" means that day (TempEval-3 annotates it so).
    """
    delta = weekday - reference.isoweekday()
    if direction == 0:
        return reference + timedelta(days=delta)
    if direction < 0:
        return reference + timedelta(days=delta if delta <= 0 else delta - 7)
    return reference + timedelta(days=delta if delta >= 0 else delta + 7)


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(?:FY)?(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def _unresolved_precision(value: str) -> str:
    if re.search(r"W\w\w-\d", value):
        return "day"
    if "W" in value:
        return "week"
    if re.search(r"-(SP|SU|FA|WI)$", value):
        return "season"
    if re.search(r"-Q", value):
        return "quarter"
    parts = value.split("T")[0].split("-")
    return {1: "year", 2: "month", 3: "day"}.get(len(parts), "unknown")


def calendar_form(value: str) -> CalendarForm:
    """Calendar date(s) and precision of a TimeML DATE/TIME value; None dates when unresolved."""
    if "/" in value:
        first, last = value.split("/", 1)
        start, end = calendar_form(first), calendar_form(last)
        return CalendarForm(start.precision, start.date, end.date_end or end.date)
    if "X" in value:
        return CalendarForm(_unresolved_precision(value))
    if match := _DAY.match(value):
        return CalendarForm("day", value[:10])
    if _MONTH.match(value):
        return CalendarForm("month", value)
    if match := _YEAR.match(value):
        return CalendarForm("year", match.group(1))
    if match := _WEEK.match(value):
        year, week = int(match.group(1)), int(match.group(2))
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            return CalendarForm("week")
        first = monday + timedelta(days=5) if match.group(3) else monday
        return CalendarForm("week", first.isoformat(), (monday + timedelta(days=6)).isoformat())
    if match := _SEASON.match(value):
        year, code = int(match.group(1)), match.group(2)
        first, last = SEASON_MONTHS[code]
        end_year = year + 1 if code == "WI" else year
        return CalendarForm("season", month_value(year, first), month_value(end_year, last))
    if match := _QUARTER.match(value):
        year, quarter = int(match.group(1)), int(match.group(2))
        return CalendarForm("quarter", month_value(year, 3 * quarter - 2), month_value(year, 3 * quarter))
    if match := _HALF.match(value):
        year, half = int(match.group(1)), int(match.group(2))
        return CalendarForm("quarter", month_value(year, 6 * half - 5), month_value(year, 6 * half))
    if _DECADE.match(value):
        return CalendarForm("decade", value + "0", value + "9")
    if _CENTURY.match(value):
        return CalendarForm("century", value + "00", value + "99")
    return CalendarForm("unknown")
