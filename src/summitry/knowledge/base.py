"""The Knowledge class: every knowledge table loaded once, with the questions asked of it.

Reads: the tables in knowledge/data/ (see docs/architecture.md, "knowledge").
Adds: `Knowledge`, the one object stages ask who held an office on a day,
which country a word names, where a place is and which summit an article
means. `load_knowledge()` builds it once per process; nothing is read at
import time.
"""
from __future__ import annotations

import functools
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..model import OfficeTerm, Place, Summit
from .countries import Country, CountryIndex, read_countries
from .leaders import ORGANISATION_CODES, PersonIndex, leader_files, office_matches, read_terms
from .places import CuratedPlace, PlaceIndex, read_places
from .summits import Series, SummitIndex, read_series, read_summits
from .tables import DATA_DIR, fold
from .titles import Title, TitleIndex, read_titles

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Role:
    """A role mention parsed from a query: "US president" -> (USA, "president")."""

    country: str
    title: str


class Knowledge:
    """Office holders, countries, places and summits, with alias indexes built at load."""

    def __init__(
        self,
        terms: Sequence[OfficeTerm] = (),
        countries: Sequence[Country] = (),
        places: Sequence[CuratedPlace] = (),
        series: Sequence[Series] = (),
        summits: Sequence[Summit] = (),
        titles: Sequence[Title] = (),
        sources: Sequence[Path] = (),
    ):
        self.terms = list(terms)
        self.country_list = list(countries)
        self.curated_places = list(places)
        self.series_list = list(series)
        self.summit_list = list(summits)
        self.title_list = list(titles)
        self.sources = list(sources)
        self._people = PersonIndex(self.terms)
        self._countries = CountryIndex.build(self.country_list)
        self._places = PlaceIndex(self.curated_places, self._place_country, self._countries.by_code)
        self._summits = SummitIndex(self.series_list, self.summit_list)
        self._titles = TitleIndex(self.title_list)
        self._by_country: dict[str, list[OfficeTerm]] = defaultdict(list)
        for term in self.terms:
            self._by_country[term.country].append(term)
        for country_terms in self._by_country.values():
            country_terms.sort(key=lambda term: (term.start, term.office))
        self._by_country = dict(self._by_country)

    # -- office holders ---------------------------------------------------

    def holders(self, country: str, office: str, on: date | None = None) -> list[OfficeTerm]:
        """Terms of `office` in `country` covering `on` (all terms, oldest first, when `on` is None)."""
        code = self._code(country)
        if code is None:
            return []
        return [
            term
            for term in self._by_country.get(code, [])
            if office_matches(term.office, office) and (on is None or term.covers(on))
        ]

    def lookup_person(self, name: str, on: date | None = None, country: str | None = None) -> list[OfficeTerm]:
        """Terms of the people `name` (full name, alias or surname) may mean; preferred country, then terms covering `on`, first."""
        return self._people.lookup(name, on, self._code(country) if country else None)

    def canonical_name(self, name: str, on: date | None = None, country: str | None = None) -> str | None:
        """The full name of the person `name` most likely means, or None."""
        found = self.lookup_person(name, on, country)
        return found[0].name if found else None

    def terms_of(self, canonical_name: str) -> list[OfficeTerm]:
        """Every term of the person with this full name, oldest first."""
        return self._people.terms_of(canonical_name)

    def who(self, query: str, on: date | None = None) -> list[OfficeTerm]:
        """Answer "US president", "Prime Minister of Canada", "Boric": the terms covering `on`.

        A role query without `on` gives every holder of the office, oldest
        first; a name without `on` gives all of that person's terms.
        """
        role = self.parse_role(query)
        if role is not None:
            return self.role_holders(role.country, role.title, on)
        found = self.lookup_person(query, on)
        if on is not None:
            return [term for term in found if term.covers(on)]
        names = list(dict.fromkeys(term.name for term in found))
        return [term for name in names for term in self.terms_of(name)]

    def role_holders(self, country: str, title: str, on: date | None = None) -> list[OfficeTerm]:
        """Holders of the office `title` names in `country`: terms whose own title says it first, then the office's."""
        code = self._code(country)
        if code is None:
            return []
        candidates = [term for term in self._by_country.get(code, []) if on is None or term.covers(on)]
        office = self.office_for_title(title, code)
        wanted = fold(title)
        # A term's own title beats the generic mapping: Iran's "President" is
        # head of government, and "president" would otherwise ask for the
        # Supreme Leader.
        titled = [term for term in candidates if _has_words(fold(term.title), wanted)]
        if titled and (office is None or office.startswith("head_of") or any(office_matches(t.office, office) for t in titled)):
            matching = [term for term in titled if office is None or office_matches(term.office, office)]
            return matching or titled
        if office is None:
            return []
        return [term for term in candidates if office_matches(term.office, office)]

    def parse_role(self, query: str) -> _Role | None:
        """Split "US president" / "Prime Minister of Canada" / "NATO Secretary General" into country and title."""
        key = fold(query)
        if not key:
            return None
        if key in self._titles:
            country = self._titles.only_country(key)
            return _Role(country, key) if country else None
        # "<title> of <country>", "Minister of Foreign Affairs of India"
        parts = key.split(" of ")
        for cut in range(len(parts) - 1, 0, -1):
            title, place = " of ".join(parts[:cut]), " of ".join(parts[cut:])
            code = self._role_country(place)
            if code and title in self._titles:
                return _Role(code, title)
        # "<country word> <title>": the longest title that leaves a country
        words = key.split()
        for cut in range(1, len(words)):
            title, place = " ".join(words[cut:]), " ".join(words[:cut])
            if title in self._titles:
                code = self._role_country(place)
                if code:
                    return _Role(code, title)
        return None

    def _role_country(self, phrase: str) -> str | None:
        return self._countries.code(phrase) or self._countries.metonym(phrase)

    def office_for_title(self, title: str, country: str | None = None) -> str | None:
        """The office a title names, for `country` when given: ("Premier", "CHN") -> head_of_government."""
        return self._titles.office(title, self._code(country) if country else None)

    # -- countries --------------------------------------------------------

    def country_code(self, word: str) -> str | None:
        """ISO3 (or organisation code) of a country name, alias or demonym: "Chilean" -> CHL."""
        return self._countries.code(word)

    def country_name(self, code: str) -> str | None:
        """The usual English name of a code: "KOR" -> "South Korea"."""
        country = self._countries.by_code.get(code.upper()) if code else None
        return country.name if country else None

    def country(self, code: str) -> Country | None:
        """The full countries.csv record of a code."""
        return self._countries.by_code.get(code.upper()) if code else None

    def metonym(self, phrase: str) -> str | None:
        """The country whose government a phrase stands for: "the Kremlin" -> RUS, "Beijing" -> CHN."""
        return self._countries.metonym(phrase)

    def capital(self, code: str) -> str | None:
        """The capital city of a country code."""
        country = self._countries.by_code.get(code.upper()) if code else None
        return country.capital if country else None

    def _code(self, country: str | None) -> str | None:
        if not country:
            return None
        if country.upper() in self._countries.by_code or country.upper() in self._by_country:
            return country.upper()
        return self._countries.code(country)

    # -- places -----------------------------------------------------------

    def resolve_place(self, name: str, context_countries: Sequence[str] = ()) -> Place | None:
        """City, country and coordinates of a place name, preferring readings in `context_countries`."""
        return self._places.resolve(name, context_countries)

    def geonames_id(self, city: str, country: str | None = None, latitude: float | None = None,
                    longitude: float | None = None) -> int | None:
        """GeoNames id of a city (in `country`, ISO3, near the coordinates if given), where the city table has it."""
        return self._places.geonames_id(city, country, latitude, longitude)

    def _place_country(self, name: str) -> str | None:
        # Only names and aliases make a country a place: "Chinese" is not one.
        key = fold(name)
        return self._countries.names.get(key)

    # -- summits ----------------------------------------------------------

    def summit_series(self, phrase: str) -> str | None:
        """The series code a phrase names: "Asia-Pacific Economic Cooperation (APEC) forum" -> "APEC"."""
        return self._summits.code(phrase)

    def find_summit(self, series: str, year: int | None = None, on: date | None = None) -> Summit | None:
        """The edition of `series` in `year`, or the one nearest `on` (within half a year)."""
        return self._summits.find(series, year, on)

    def summits(self, series: str | None = None) -> list[Summit]:
        """Editions, of one series or all, in date order."""
        return self._summits.all(series)

    def series_name(self, code: str) -> str | None:
        entry = self._summits.series.get(code)
        return entry.name if entry else None


def _has_words(text: str, words: str) -> bool:
    return f" {words} " in f" {text} "


def build_knowledge(data_dir: Path | str | None = None) -> Knowledge:
    """Read every table in `data_dir` (default: the package's knowledge/data) into a new Knowledge."""
    folder = Path(data_dir) if data_dir is not None else DATA_DIR
    sources: list[Path] = []

    def optional(name: str) -> Path | None:
        path = folder / name
        if path.exists():
            sources.append(path)
            return path
        logger.warning("knowledge table %s is missing", path)
        return None

    countries_path = optional("countries.csv")
    countries = read_countries(countries_path) if countries_path else []
    terms: list[OfficeTerm] = []
    for path in leader_files(folder):
        sources.append(path)
        terms.extend(read_terms(path))
    places_path = optional("places.csv")
    places = read_places(places_path) if places_path else []
    series_path = optional("summit_series.csv")
    series = read_series(series_path) if series_path else []
    summits_path = optional("summits.csv")
    summits = read_summits(summits_path, {entry.code for entry in series} if series else None) if summits_path else []
    titles_path = optional("titles.csv")
    titles = read_titles(titles_path) if titles_path else []
    return Knowledge(terms, countries, places, series, summits, titles, sources)


@functools.lru_cache(maxsize=4)
def _cached(folder: Path) -> Knowledge:
    return build_knowledge(folder)


def load_knowledge(data_dir: Path | str | None = None) -> Knowledge:
    """The Knowledge for `data_dir` (default: the package's tables), built once per process."""
    folder = Path(data_dir).resolve() if data_dir is not None else DATA_DIR
    return _cached(folder)


__all__ = ["Knowledge", "build_knowledge", "load_knowledge", "ORGANISATION_CODES"]
