"""The encounter draft: what one cue reports while the article is being read.

Reads: nothing (a record type and date helpers). Adds: `Draft`, the mutable
working form of an `Encounter`, and the date comparisons every later step
(folding, visits, summits) shares.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from dataclasses import replace as _replace
from datetime import date

from ..actors import Person
from ..model import Evidence, Place


# Finer precision wins when two mentions of one encounter give dates.
PRECISION_RANK = {"day": 5, "week": 4, "month": 3, "season": 2, "quarter": 2, "year": 1, "decade": 0, "century": 0, "unknown": -1}


@dataclass


class Draft:
    """An encounter while it is being assembled (mutable; becomes an `Encounter`)."""

    kind: str
    parties: list[Person]
    status: str
    sentence_index: int
    evidence: Evidence
    cue: str
    cue_index: int = -1  # the cue's token index in the article's Doc
    date: str | None = None
    date_end: str | None = None
    precision: str = "unknown"
    location: Place | None = None
    occasion: str | None = None
    reasons: list[str] = field(default_factory=list)
    status_is_default: bool = False
    subjects: list[str] = field(default_factory=list)  # names of the parties that are the grammatical subject
    aside: bool = False  # told in a relative clause on a person ("Marrero, who visited Nassau in August")
    awaiting_parties: bool = False  # a gathering told with its chair only; the parties may be listed later
    by_phone: bool = False  # its own phrase says phone or video ("spoke by phone"), not only the story


def replace_draft(draft: Draft, **changes) -> Draft:
    """A copy of a draft with some fields changed (drafts are mutable; copies must not share lists)."""
    changes.setdefault("parties", list(draft.parties))
    changes.setdefault("reasons", list(draft.reasons))
    return _replace(draft, **changes)


def as_date(value: str | None) -> date | None:
    """A representative day for a date at any precision (the middle of a month or year), for office look-ups."""
    if not value:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        if len(value) == 7:
            return date.fromisoformat(value + "-15")
        if len(value) == 4:
            return date(int(value), 7, 1)
    except ValueError:
        return None
    return None


def dates_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    return a.startswith(b) or b.startswith(a)


def draft_dates_compatible(a: Draft, b: Draft) -> bool:
    """Dates that can be one encounter, reading a range ("next week": Monday to Sunday) as a range."""
    if dates_compatible(a.date, b.date):
        return True
    for ranged, single in ((a, b), (b, a)):
        if ranged.date_end and single.date and len(single.date) == 10 and ranged.date <= single.date <= ranged.date_end:
            return True
    return False


# A state or official visit lasts a few days: a meeting up to this many days
# after the arrival is part of the trip ("arrived in Havana May 24" ... "held
# talks on Friday", May 26). Official visits in the dev corpus ran 2-6 days.
VISIT_LENGTH_DAYS = 6


def within_days(start: str | None, later: str | None, days: int) -> bool:
    first, second = as_date(start), as_date(later)
    if first is None or second is None or len(start) < 10 or len(later) < 10:
        return False
    return 0 <= (second - first).days <= days


# Words of putting an encounter off to a later time, as the status reasons quote them: a put-off encounter is
# not called off for good.
PUTTING_OFF_WORDS = ("postpone", "reschedul", "delay", "put off", "push back")


def was_put_off(draft: Draft) -> bool:
    """Whether the draft's reasons tell it was put off ("the meeting was delayed"), not called off."""
    return any(word in reason.lower() for reason in draft.reasons for word in PUTTING_OFF_WORDS)


# The reason a trip told in the present ("is on an official visit") gets its publication's month: the finest the
# telling allows, which the day of the story's news may refine.
GOING_ON_AT_PUBLICATION = "going on at publication"
