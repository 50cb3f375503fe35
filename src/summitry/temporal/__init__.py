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

from datetime import date

from ..model import TimeExpression
from .anchor import anchor
from .expressions import Candidate, find_candidates
from .values import calendar_form

__all__ = ["find_dates", "find_time_expressions", "anchor", "calendar_form", "Candidate"]


def find_time_expressions(text: str) -> list[Candidate]:
    """Spans of every time expression in `text`, not yet normalised."""
    return find_candidates(text)


def find_dates(text: str, published: date | None, doc=None) -> list[TimeExpression]:
    """Every DATE/TIME/DURATION/SET expression in `text`, normalised against `published`.

    `doc`, a spaCy Doc of exactly `text`, lets the governing verb's tense set
    the direction of bare weekdays, months and quarters.
    """
    if doc is not None and doc.text != text:
        doc = None
    return anchor(find_candidates(text), text, published, doc)
