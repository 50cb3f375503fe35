"""Offsets counted from the date that follows them: "two days after the election on May 5, 2023".

The tagger reads text left to right, so when it meets "two days after" the
day it counts from is not known yet: TimeML calls it a duration, and "the
day after" counts from the report. When the same phrase goes on to give the
date of what it counts from, the offset's calendar date is that date moved
by the offset; its TimeML value stays a duration (as TE3 and MEANTIME
annotate it), a "the day after" date takes the new day as its value.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import TimeExpression
from .context import number_of
from .values import CALENDAR_PRECISIONS, OFFSET_UNITS, add_to_day, day_value, first_day, month_value

_OFFSET = re.compile(r"^(?:(?P<the>the)|(?P<n>[\w-]+(?:\s+and\s+a\s+half)?))\s+(?P<unit>day|week|fortnight|month|year)s?\s+"
                     r"(?P<direction>after|before|later|earlier)$", re.IGNORECASE)
# What may stand between the offset and the date it counts from: "after <the election on> May 5".
MAX_GAP_CHARS = 60
_CLAUSE_BREAK = re.compile(r"[.;:,()\n]|\b(?:and|but|while)\b")


def count_from_following_dates(expressions: list[TimeExpression], text: str) -> list[TimeExpression]:
    """The expressions, with each offset that a following date in its phrase anchors counted from it."""
    counted = list(expressions)
    for index, expression in enumerate(expressions[:-1]):
        offset = _OFFSET.match(" ".join(expression.text.split()))
        following = expressions[index + 1]
        if offset is None or not _anchors(expression, following, text):
            continue
        moved = _moved(offset, following)
        if moved is not None:
            counted[index] = _counted(expression, *moved)
    return counted


def _anchors(offset: TimeExpression, following: TimeExpression, text: str) -> bool:
    """Whether `following` is the date the offset counts from: in the same phrase, a calendar date."""
    gap = text[offset.end:following.start]
    return (following.date is not None and following.kind == "DATE" and len(gap) <= MAX_GAP_CHARS
            and not _CLAUSE_BREAK.search(gap))


def _moved(offset: re.Match, anchor: TimeExpression) -> tuple[str, str] | None:
    """(value, precision) of the anchor's date moved by the offset, or None when it is too coarse for it."""
    unit, per, needs = OFFSET_UNITS[offset["unit"].lower()]
    amount = 1 if offset["the"] else number_of(offset["n"])
    if amount is None or amount != int(amount):
        return None
    amount = int(amount) * per * (-1 if offset["direction"].lower() in ("before", "earlier") else 1)
    order = CALENDAR_PRECISIONS
    if anchor.precision not in order or order.index(anchor.precision) < order.index(needs):
        return None  # "two days after the May 2023 summit": the day is not known
    day = add_to_day(first_day(anchor.date), unit, amount)
    if anchor.precision == "day":
        return day_value(day), "day"
    if anchor.precision == "month":
        return month_value(day.year, day.month), "month"
    return f"{day.year:04d}", "year"


def _counted(expression: TimeExpression, value: str, precision: str) -> TimeExpression:
    calendar = value
    if expression.kind == "DATE":
        return replace(expression, value=value, date=calendar, date_end=None, precision=precision, anchor="event")
    return replace(expression, date=calendar, date_end=None, precision=precision, anchor="event")
