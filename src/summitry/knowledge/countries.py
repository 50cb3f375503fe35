"""Countries and organisations: names, aliases, demonyms, capitals, metonyms.

Reads: knowledge/data/countries.csv. Adds: `Country` records and the folded
indexes behind `Knowledge.country_code` ("Chilean" -> CHL) and
`Knowledge.metonym` ("the Kremlin" -> RUS).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .tables import fold, read_table, split_list, without_possessive

COUNTRY_COLUMNS = ("iso3", "name", "aliases", "demonyms", "capital", "metonyms", "latitude", "longitude")


@dataclass(frozen=True)
class Country:
    """A country (or organisation) as news names it."""

    code: str  # ISO 3166-1 alpha-3, XKX, or an organisation code
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    metonyms: tuple[str, ...] = ()
    latitude: float | None = None  # of the capital
    longitude: float | None = None


def read_countries(path: Path) -> list[Country]:
    """The rows of countries.csv; KnowledgeError names the file and line of a bad row."""
    countries = []
    seen: dict[str, str] = {}
    for row in read_table(path, COUNTRY_COLUMNS):
        code = row.required("iso3").upper()
        if code in seen:
            raise row.fail(f"{code} already defined at {seen[code]}")
        seen[code] = row.where
        countries.append(
            Country(
                code=code,
                name=row.required("name"),
                aliases=split_list(row.get("aliases")),
                demonyms=split_list(row.get("demonyms")),
                capital=row.get("capital") or None,
                metonyms=split_list(row.get("metonyms")),
                latitude=row.number("latitude"),
                longitude=row.number("longitude"),
            )
        )
    return countries


@dataclass
class CountryIndex:
    """Folded names/aliases/demonyms and metonyms -> country code."""

    by_code: dict[str, Country]
    names: dict[str, str]  # names and aliases
    demonyms: dict[str, str]
    metonyms: dict[str, str]  # explicit metonyms, then capitals

    @classmethod
    def build(cls, countries: list[Country]) -> "CountryIndex":
        by_code = {country.code: country for country in countries}
        names: dict[str, str] = {}
        demonyms: dict[str, str] = {}
        metonyms: dict[str, str] = {}
        for country in countries:
            for word in (country.name, *country.aliases):
                names.setdefault(fold(word), country.code)
            for word in country.demonyms:
                demonyms.setdefault(fold(word), country.code)
            for word in country.metonyms:
                metonyms.setdefault(fold(word), country.code)
        # Capitals speak for their governments ("Beijing said"), unless a
        # table row already gave the word to someone else.
        for country in countries:
            if country.capital:
                metonyms.setdefault(fold(country.capital), country.code)
        return cls(by_code, names, demonyms, metonyms)

    def code(self, word: str) -> str | None:
        stripped = word.strip()
        if len(stripped) in (3, 4, 5) and stripped.isupper() and stripped in self.by_code:
            return stripped
        key = fold(stripped)
        if key not in self.names and key not in self.demonyms:
            key = without_possessive(key)
        for table in (self.names, self.demonyms):
            if key in table:
                return table[key]
        # plural demonyms: "Ukrainians", "Chinese" (already plural)
        if key.endswith("s") and key[:-1] in self.demonyms:
            return self.demonyms[key[:-1]]
        return None

    def metonym(self, phrase: str) -> str | None:
        key = fold(phrase)
        return self.metonyms.get(key) or self.metonyms.get(without_possessive(key))
