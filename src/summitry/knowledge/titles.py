"""Titles: the words news uses for an office ("Premier", "top diplomat") -> office.

Reads: knowledge/data/titles.csv. Adds: `TitleIndex`, behind
`Knowledge.office_for_title`; a title may be restricted to some countries
("Chancellor" is head of government in Germany and Austria, a finance
minister in Britain).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .leaders import OFFICES
from .tables import fold, read_table, split_list

TITLE_COLUMNS = ("title", "office", "countries")


@dataclass(frozen=True)
class Title:
    """One row of titles.csv."""

    title: str
    office: str
    countries: tuple[str, ...] = ()  # empty: any country


def read_titles(path: Path, known_codes: set[str] | None = None) -> list[Title]:
    titles = []
    for row in read_table(path, TITLE_COLUMNS):
        office = row.required("office")
        if office not in OFFICES:
            raise row.fail(f"unknown office {office!r}; use one of {', '.join(OFFICES)}")
        countries = tuple(code.upper() for code in split_list(row.get("countries")))
        for code in countries:
            if known_codes is not None and code not in known_codes:
                raise row.fail(f"unknown country code {code!r}")
        titles.append(Title(row.required("title"), office, countries))
    return titles


class TitleIndex:
    """Folded title -> its rows; rows restricted to a country win for that country."""

    def __init__(self, titles: list[Title]):
        self.titles = titles
        self.by_key: dict[str, list[Title]] = defaultdict(list)
        for title in titles:
            self.by_key[fold(title.title)].append(title)
        self.by_key = dict(self.by_key)

    def __contains__(self, title: str) -> bool:
        return fold(title) in self.by_key

    def office(self, title: str, country: str | None = None) -> str | None:
        rows = self.by_key.get(fold(title))
        if not rows:
            return None
        if country is None:
            return rows[0].office
        country = country.upper()
        for row in rows:
            if country in row.countries:
                return row.office
        for row in rows:
            if not row.countries:
                return row.office
        return None

    def only_country(self, title: str) -> str | None:
        """The one country a title belongs to, if it names a single one ("NATO Secretary General")."""
        rows = self.by_key.get(fold(title), [])
        countries = {code for row in rows for code in row.countries}
        if len(countries) == 1 and all(row.countries for row in rows):
            return countries.pop()
        return None
