"""Normalising time expressions: the second half of the temporal stage.

Reads: `Candidate` spans from `expressions.py`, the publication date, and
(optionally) a spaCy Doc for tense. Adds: `TimeExpression` records with a
TimeML value, precision, calendar date(s) and what they were anchored on.

Deictic expressions ("last week", "Wednesday", "two years ago") anchor on
the publication date; anaphoric ones ("the following day", "later that
year", "two months after", "that September") on the date in focus, which is
the last date the text resolved. Without a publication date, relative
expressions keep X's in their value (TimeML's "XXXX-WXX-3") and no date,
except that a narrative with dates in focus still resolves month names and
weekdays against them.

The rules live by kind: `absolute.py` (calendar names), `relative.py`
(deictic and anaphoric), `clock.py` (times, durations, sets); `context.py`
holds the focus and the reference-day helpers they share.
"""
from __future__ import annotations

from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from ..model import TimeExpression
from .absolute import (
    resolve_century,
    resolve_decade,
    resolve_month_day,
    resolve_month_year,
    resolve_named,
    resolve_holiday,
    resolve_numeric_date,
    resolve_quarter,
    resolve_short_year,
    resolve_year,
    resolve_year_range,
)
from .clock import (
    resolve_clock,
    resolve_duration,
    resolve_noon,
    resolve_set,
    resolve_set_word,
)
from .context import Context, Focus
from .expressions import Candidate
from .relative import (
    resolve_deictic,
    resolve_mod_the_unit,
    resolve_offset,
    resolve_reference,
    resolve_relative_unit,
    resolve_running_unit,
    resolve_same_period,
    resolve_that_time,
    resolve_the_day,
    resolve_the_unit_offset,
    resolve_the_weekend,
    resolve_coming_window,
    resolve_the_part,
    resolve_this_part,
    resolve_week_of_month,
    resolve_weekday,
    resolve_whole_unit,
)
from .values import calendar_form, day_value

_RESOLVERS = {
    "month_day": resolve_month_day, "day_month": resolve_month_day, "holiday": resolve_holiday,
    "iso_date": resolve_numeric_date, "numeric_date": resolve_numeric_date,
    "month_year": resolve_month_year, "year_range": resolve_year_range, "year_span": resolve_year_range,
    "year": resolve_year, "short_year": resolve_short_year, "decade": resolve_decade,
    "century": resolve_century, "short_decade": resolve_decade, "named": resolve_named, "relative_unit": resolve_relative_unit,
    "mod_the_unit": resolve_mod_the_unit, "weekday": resolve_weekday, "deictic": resolve_deictic,
    "this_part": resolve_this_part, "the_part": resolve_the_part, "reference": resolve_reference, "offset": resolve_offset,
    "the_unit_offset": resolve_the_unit_offset, "the_day": resolve_the_day, "hours_offset": resolve_the_day, "whole_unit": resolve_whole_unit,
    "running_unit": resolve_running_unit, "week_of_month": resolve_week_of_month,
    "same_period": resolve_same_period, "the_weekend": resolve_the_weekend, "coming_window": resolve_coming_window, "that_time": resolve_that_time, "quarter": resolve_quarter, "q_code": resolve_quarter,
    "clock": resolve_clock, "military": resolve_clock, "noon": resolve_noon,
    "duration": resolve_duration, "set": resolve_set, "set_word": resolve_set_word,
}


def _focus_day(form_date: str) -> date:
    year, month, day = (form_date.split("-") + ["1", "1"])[:3]
    return date(int(year), int(month), int(day))


def _names_a_thing(candidate: Candidate, text: str) -> bool:
    """ "the World Expo 2030", "Vision 2030": a year after a capitalised word that is no function word is part of a
    name, not a time the story moves to."""
    if candidate.rule != "year":
        return False
    words = text[max(0, candidate.start - 30):candidate.start].split()
    before = words[-1] if words and text[candidate.start - 1:candidate.start] in (" ", "\t") else ""
    return before.isalpha() and before[:1].isupper() and before.lower() not in STOP_WORDS


def anchor(candidates: list[Candidate], text: str, published: date | None, doc=None) -> list[TimeExpression]:
    """Normalise candidates in text order, moving the focus to each calendar date resolved."""
    context = Context(text, published, doc, Focus())
    expressions: list[TimeExpression] = []
    for candidate in candidates:
        resolved = _RESOLVERS[candidate.rule](candidate, context)
        if resolved is None:
            continue
        if resolved.kind in ("DATE", "TIME") and not resolved.value.endswith("_REF"):
            form = calendar_form(resolved.value)
        elif resolved.value == "PRESENT_REF" and published is not None:
            form = calendar_form(day_value(published))
        else:
            form = None
        precision = form.precision if form else "unknown"
        # ("the first visit since 2008": the start of a span the text looks back over, not a time it moves to)
        since = text[max(0, candidate.start - 6):candidate.start].lower().rstrip().endswith("since")
        if form and form.date and not since and not _names_a_thing(candidate, text):
            try:
                day = _focus_day(form.date)
                last_day = day if precision == "day" else context.focus.last_day
                end_day = _focus_day(form.date_end) if precision == "day" and form.date_end and "/" in resolved.value else None
                context.focus = Focus(day, precision, candidate.end, last_day, end_day)
            except ValueError:  # "February 29" put in a year without one; keep the old focus
                pass
        expressions.append(TimeExpression(
            text=text[candidate.start:candidate.end],
            start=candidate.start,
            end=candidate.end,
            kind=resolved.kind,
            value=resolved.value,
            precision=precision,
            date=form.date if form else None,
            date_end=form.date_end if form else None,
            anchor=resolved.anchor,
        ))
    return expressions
