"""Which articles an exported event cites, and how each export names them.

Reads: an `Event`'s encounters and the `Citation`s the store gives for their
articles (`store.citations(ids)`). Adds: the first report of an event, the
identifier of an article (its URL, else its id: every row stays traceable),
its outlet, and the GDELT event id, so every format cites the same way.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from urllib.parse import urlsplit

from ..model import Citation, Encounter, Event

CitationLookup = Callable[[Iterable[str]], Mapping[str, Citation]]
_HEX = re.compile(r"[0-9a-f]{15,}")


def no_citations(article_ids: Iterable[str]) -> dict[str, Citation]:
    """A lookup for events that come without a store: every article is known by its id only."""
    return {}


def citation_of(encounter: Encounter, citations: Mapping[str, Citation]) -> Citation:
    """The article's citation, or one built from the encounter when the store has none."""
    return citations.get(encounter.article_id) or Citation(encounter.article_id, published=encounter.published)


def first_report(event: Event) -> Encounter | None:
    """The earliest published source (the store keeps encounters ordered by publication date)."""
    return event.encounters[0] if event.encounters else None


def identifier(citation: Citation) -> str:
    """The article's URL, or its id in the store when it came without one."""
    return citation.url or citation.article_id


def outlet(citation: Citation) -> str:
    """The outlet's name, else the host of the URL, else ''."""
    if citation.source:
        return citation.source
    if citation.url:
        host = urlsplit(citation.url).hostname or ""
        return host.removeprefix("www.")
    return ""


def gdelt_id(event_id: str) -> int:
    """GLOBALEVENTID: the event id's first 15 hex digits as a number (fits a signed 64-bit integer)."""
    if _HEX.fullmatch(event_id):
        return int(event_id[:15], 16)
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)
