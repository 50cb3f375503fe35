"""The encounter in focus: what a bare "the meeting" refers to.

Reads: the mentions read so far and a noun cue with no parties of its own
("The meeting, which will take place on Wednesday, ..."). Adds: the date,
place and forum that such a later mention tells, to the encounter it refers
to. The status is left alone: a bare "the scrapped meeting" may point at
another meeting.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..model import TimeExpression
from ..places import place_phrases, resolve_place
from .draft import PRECISION_RANK, Draft
from .occasion import apply_summit, occasion_phrases, summit_from_phrases

# How many sentences back a bare "the meeting" may refer to. Wire copy
# returns to its main encounter within a paragraph or two; 6 sentences kept
# every such reference in the dev corpus without reaching a different one.
ANAPHORA_SENTENCE_WINDOW = 6
_ANAPHORIC_DETERMINERS = {"the", "this", "that", "their", "its", "his", "her", "these", "those"}


# How far from the report a gathering told before may be for "on the sidelines of the summit" (no date of its
# own) to point to it: the story's gathering, not one recalled from years back.
SIDELINES_REACH_DAYS = 366


def is_anaphoric(token: Token) -> bool:
    """Whether a noun cue points back ("the meeting", "their talks", "this visit")."""
    return any(child.lower_ in _ANAPHORIC_DETERMINERS for child in token.children if child.dep_ in ("det", "poss"))


def encounter_in_focus(mentions: list[Draft], kind: str, sentence_index: int, status: str | None = None) -> Draft | None:
    """The latest mention of the same family (calls apart) within the anaphora window; with `status`, the
    latest of that status ("took part in the talks" is about talks held, not the plan told since)."""
    for draft in reversed(mentions):
        if sentence_index - draft.sentence_index > ANAPHORA_SENTENCE_WINDOW:
            return None
        if (draft.kind == "call") == (kind == "call") and status in (None, draft.status):
            return draft
    return None


def enrich(kb, draft: Draft, expression: TimeExpression | None, governors: list[Token]) -> None:
    """Add a finer date, a place or a forum that a later anaphoric mention gives."""
    if expression is not None and PRECISION_RANK.get(expression.precision, 0) > PRECISION_RANK.get(draft.precision, -1):
        # (a finer date inside the one known: "next month" is not made the day a later sentence names for the
        # announcement; a year may still be made a day of it)
        if draft.date is None or expression.date.startswith(draft.date[:7]) or draft.precision in ("week", "unknown"):
            draft.date, draft.date_end, draft.precision = expression.date, expression.date_end, expression.precision
    if draft.kind != "call":
        place = resolve_place(kb, place_phrases(governors), [p.country for p in draft.parties if p.country])
        if place is not None and (draft.location is None or (draft.location.city is None and place.city is not None)):
            draft.location = place
    if draft.occasion is None:
        apply_summit(kb, draft, summit_from_phrases(kb, occasion_phrases(governors), draft.date, None))
