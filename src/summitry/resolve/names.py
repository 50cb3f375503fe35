"""Stage `resolve`, names: who a participant's name stands for when encounters are merged.

Reads: the participants of encounters. Adds: normalised keys
(`normalise_name`), the full name a surname or an office stands for
(`name_aliases`), and the name and country an event shows for each person.
A `NameBook` holds what is known about the names of many encounters without
the encounters themselves; a store keeps one in its tables (issue 10).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Encounter

__all__ = ["normalise_name", "NameBook", "name_aliases"]

# Words dropped before names are compared: titles and honorifics the pipeline may
# leave in a name ("President Joe Biden", "Mr. Xi").
_TITLE_WORDS = frozenset(
    "president prime minister premier chancellor king queen prince crown sheikh emir "
    "mr mrs ms dr sir dame his her excellency majesty secretary general foreign state "
    "vice deputy pope".split()
)
# Names repeat endlessly in a stream (and a store merge normalises every name
# of every candidate event): cache the answer. 2**16 names take about 10 MB.
@lru_cache(maxsize=2**16)
def normalise_name(name: str) -> str:
    """Casefold, strip accents, punctuation and titles: "Président Lula da Silva" -> "lula da silva"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    words = re.findall(r"[\w]+", text)
    start = 0
    while start < len(words) and words[start] in _TITLE_WORDS:
        start += 1
    kept = words[start:]
    # An office with no holder ("Prime Minister of Canada") is titles all the way: keep it whole.
    if not kept or kept[0] in ("of", "the"):
        kept = words
    return " ".join(kept)


@dataclass
class NameBook:
    """What is known about the names of many encounters, without the encounters themselves.

    A store keeps one in its tables and hands `merge_encounters` the part that
    concerns a batch, so that surnames and offices resolve, and display names
    are chosen, as in a merge of everything stored, at a cost that does not
    grow with the store.
    """

    full_names: set[str] = field(default_factory=set)  # normalised names of two words or more
    office_holders: dict[str, set[str]] = field(default_factory=dict)  # normalised office -> normalised holder names
    forms: Counter = field(default_factory=Counter)  # (normalised name, name as written) -> mentions
    countries: Counter = field(default_factory=Counter)  # (normalised name, country) -> mentions

    @classmethod
    def from_encounters(cls, encounters: Iterable[Encounter]) -> "NameBook":
        book = cls()
        for encounter in encounters:
            for participant in encounter.participants:
                key = normalise_name(participant.name)
                if " " in key:
                    book.full_names.add(key)
                for alternative in participant.alternatives:
                    book.office_holders.setdefault(normalise_name(alternative), set()).add(key)
                book.forms[(key, participant.name)] += 1
                if participant.country:
                    book.countries[(key, participant.country)] += 1
        return book


def name_aliases(book: NameBook) -> dict[str, str]:
    """Normalised short names and offices -> the normalised full name they stand for, given what `book` knows."""
    aliases: dict[str, str] = {}
    by_token: dict[str, set[str]] = {}
    for full in book.full_names:
        for token in full.split():
            by_token.setdefault(token, set()).add(full)
    for token, owners in by_token.items():
        if len(owners) == 1 and token not in book.full_names:
            aliases[token] = next(iter(owners))
    for office, holders in book.office_holders.items():
        holders = {aliases.get(holder, holder) for holder in holders} - {office}
        if len(holders) == 1:
            aliases.setdefault(office, next(iter(holders)))
    return aliases


def display_names(book: NameBook, aliases: dict[str, str]) -> dict[str, tuple[str, str | None]]:
    """Resolved key -> (the fullest name the sources use for that person, their country)."""
    names: dict[str, Counter] = {}
    countries: dict[str, Counter] = {}
    for (key, form), count in book.forms.items():
        names.setdefault(aliases.get(key, key), Counter())[form] += count
    for (key, country), count in book.countries.items():
        countries.setdefault(aliases.get(key, key), Counter())[country] += count
    chosen = {}
    for key, counter in names.items():
        best = sorted(counter.items(), key=lambda item: (-len(normalise_name(item[0]).split()), -item[1], item[0]))[0][0]
        country_counter = countries.get(key)
        country = sorted(country_counter.items(), key=lambda item: (-item[1], item[0]))[0][0] if country_counter else None
        chosen[key] = (best, country)
    return chosen
