"""Encounters laid out as a list: "The Prime Minister received:" followed by one visitor per line.

Reads: the article's sentences and people. Adds: for a sentence that ends
with a colon and is followed by bullet lines ("- Mr. Nguyen Ba Hung,
Ambassador of Vietnam ...;", "• Commerce Minister Piyush Goyal"), the
person each bullet line names first, with the line itself as evidence.
Government readouts and agency copy list the visitors of a day this way;
each line is an encounter of its own with the one who received them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from ..actors import Person
from .reading import ArticleReading

_BULLET = re.compile(r"^\s*(?:[-–—•*·▪●]|\d{1,2}[.)])\s+")
# A list runs on for at most this many lines (a day's audiences rarely exceed a dozen).
MAX_LIST_LINES = 15


@dataclass(frozen=True)
class ListedParty:
    person: Person
    line: Span  # the bullet line, the encounter's evidence


def listed_parties(reading: ArticleReading, index: int) -> list[ListedParty]:
    """The people named by the bullet lines that follow sentence `index`, if it introduces a list."""
    intro = reading.sentences[index]
    if not intro.text.rstrip().endswith(":"):
        return []
    doc, text = reading.doc, reading.doc.text
    listed: list[ListedParty] = []
    position = intro.end_char
    marker = None
    for _ in range(MAX_LIST_LINES * 2):
        end = text.find("\n", position + 1)
        end = len(text) if end == -1 else end
        line_text = text[position:end]
        if line_text.strip():
            bullet = _BULLET.match(line_text)
            # (a list of bullets ends where numbered paragraphs go on: "• Mr. Skerrit" then "3. Prime Minister ...")
            if not bullet or (marker is not None and _numbered(bullet.group(0)) != marker):
                break
            marker = _numbered(bullet.group(0))
            line = doc.char_span(position + len(line_text) - len(line_text.lstrip()), end, alignment_mode="expand")
            person = _first_official(reading, line) if line is not None else None
            if person is not None and all(person is not other.person for other in listed):
                listed.append(ListedParty(person, line))
            if len(listed) >= MAX_LIST_LINES:
                break
        if end >= len(text):
            break
        position = end
    return listed


def _numbered(marker: str) -> bool:
    return marker.strip()[:1].isdigit()


def _first_official(reading: ArticleReading, line: Span) -> Person | None:
    for token in line:
        person = reading.actors.person_at(token)
        if person is not None and person.is_official:
            return person
    return None
