"""Weekday ranges: "from Wednesday to Friday" is one stretch of days, not two dates.

The tagger reads each weekday on its own and points each the way the tense
around it points, so "will host Xi from Wednesday to Friday" in a Friday
paper came out as next Wednesday and today. A range runs forward from its
first day: the end is the first day on or after the start with the end's
weekday. The first expression becomes the range (TimeML value
"start/end"), the second is dropped.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..model import TimeExpression
from .expressions import load_lexicon

# What joins the two days: "from Wednesday to Friday", "Monday through Thursday", "Monday-Wednesday".
_JOIN = re.compile(r"[ \t]*(?:to|through|till|until|and|-|–)[ \t]*", re.IGNORECASE)
# "from" or "between" before the first day makes "and" a range too ("between Monday and Wednesday").
_OPENER = re.compile(r"(?:from|between)[ \t]+$", re.IGNORECASE)


def join_weekday_ranges(expressions: list[TimeExpression], text: str) -> list[TimeExpression]:
    """The expressions with each "<weekday> to <weekday>" pair made one range."""
    joined: list[TimeExpression] = []
    skip = False
    for index, expression in enumerate(expressions):
        if skip:
            skip = False
            continue
        following = expressions[index + 1] if index + 1 < len(expressions) else None
        ranged = _as_range(expression, following, text) if following is not None else None
        if ranged is not None:
            joined.append(ranged)
            skip = True
        else:
            joined.append(expression)
    return joined


def _as_range(first: TimeExpression, last: TimeExpression, text: str) -> TimeExpression | None:
    weekdays = load_lexicon().weekdays
    end_day = weekdays.get(last.text.lower())
    if first.text.lower() not in weekdays or end_day is None or first.precision != "day" or not first.date:
        return None
    gap = text[first.end:last.start]
    if not _JOIN.fullmatch(gap):
        return None
    if gap.strip().lower() == "and" and not _OPENER.search(text[max(0, first.start - 12):first.start]):
        return None  # "on Monday and Wednesday": two days
    start = date.fromisoformat(first.date)
    end = start + timedelta(days=(end_day - start.isoweekday()) % 7)
    return replace(first, text=text[first.start:last.end], end=last.end, value=f"{start.isoformat()}/{end.isoformat()}",
                   date_end=end.isoformat())
