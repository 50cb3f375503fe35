"""The temporal stage: find date and time expressions and normalise them.

Reads: text, its publication date, optionally a spaCy Doc of the same text.
Adds: `TimeExpression` records (TimeML value, precision, calendar dates,
anchor). `expressions.py` finds the spans (words from `data/lexicon.json`),
`anchor.py` resolves them against the publication date and the date in focus
(rules in `absolute.py`, `relative.py`, `clock.py`), `tense.py` says which
way a bare weekday or month points, and `values.py` does the calendar
arithmetic.
"""
from __future__ import annotations

from datetime import date, datetime

from ..model import TimeExpression
from .anchor import anchor
from .counted import count_from_following_dates
from .expressions import Candidate, find_candidates
from .values import calendar_form
from .weekday_range import join_weekday_ranges

__all__ = ["find_dates", "publication_day", "find_time_expressions", "anchor", "calendar_form", "Candidate"]


def find_time_expressions(text: str) -> list[Candidate]:
    """Spans of every time expression in `text`, not yet normalised."""
    return find_candidates(text)


def publication_day(published: date | datetime | str | None) -> date | None:
    """`published` as a calendar day: a date, a datetime (its hour dropped) or an ISO string.

    "2023-12-06", "2023-12-06T14:30:00+01:00" and datetime(2023, 12, 6, 14, 30)
    all give date(2023, 12, 6): publication dates anchor days, never hours.
    """
    if published is None or type(published) is date:
        return published
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, str):
        text = published.strip()
        try:
            return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(f"published={published!r} is not an ISO date; write it as YYYY-MM-DD") from None
    raise TypeError(f"published must be a date, a datetime or an ISO date string, not {type(published).__name__}")


def find_dates(text: str, published: date | datetime | str | None, doc=None) -> list[TimeExpression]:
    """Every DATE/TIME/DURATION/SET expression in `text`, normalised against `published`.

    `published` is a date, a datetime or an ISO string ("2023-12-06"); only
    its day counts. `doc`, a spaCy Doc of exactly `text`, lets the governing
    verb's tense set the direction of bare weekdays, months and quarters.
    """
    published = publication_day(published)
    if doc is not None and doc.text != text:
        doc = None
    return join_weekday_ranges(count_from_following_dates(anchor(find_candidates(text), text, published, doc), text), text)
