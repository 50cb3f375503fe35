"""Places: the curated table of diplomatic venues and regions, plus GeoNames cities.

Reads: knowledge/data/places.csv, and (lazily, on the first lookup that
needs it) knowledge/data/cities.tsv, GeoNames' cities of 15,000+ people
trimmed to the fields used here by scripts/build_city_table.py, whose index
is kept in the user's cache folder after the first build (derived_cache.py). Adds:
`PlaceIndex.resolve`, which turns a place name into a `model.Place` with
city, country and coordinates, and `PlaceIndex.geonames_id`.

Order of trust: the curated table first (it exists because GeoNames
lacks venues and islands, or spells "Washington, D.C."), then country
names, then GeoNames cities, choosing among namesakes the one in a
context country, else the most populous ("Lima" is Peru, not Ohio).
"""
from __future__ import annotations

import logging
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from ..errors import KnowledgeError
from ..model import Place
from .derived_cache import cached_index
from .tables import DATA_DIR, fold, read_table, split_list

logger = logging.getLogger(__name__)

PLACE_COLUMNS = ("name", "aliases", "city", "country", "latitude", "longitude", "kind")
PLACE_KINDS = ("city", "venue", "island", "region", "resort", "port", "district")

# GeoNames' cities15000 (34k cities); towns of 15,000 people are where
# bilateral visits go at the small end (Gyeongju, Woodside, Nusa Dua is
# curated), so the whole file is indexed. Capitals are indexed whatever
# their size (Vaduz, Funafuti).
MIN_CITY_POPULATION = 15_000
# GeoNames' alternate names hold every language's spelling; indexing them all
# for small towns makes English words into places. Only big cities' ASCII
# alternates ("Kiev", "Bombay", "Peking") are worth the risk, so only those
# are kept in cities.tsv.
MIN_POPULATION_FOR_ALTERNATE_NAMES = 1_000_000
CITY_TABLE = "cities.tsv"
CITY_COLUMNS = ("geonameid", "name", "country", "latitude", "longitude", "population", "alternates")


@dataclass(frozen=True)
class CuratedPlace:
    """One row of places.csv."""

    name: str
    aliases: tuple[str, ...]
    city: str | None
    country: str
    latitude: float | None
    longitude: float | None
    kind: str


class _City(NamedTuple):
    """A GeoNames city (a tuple: 34,000 of them are made at first use, three times faster than a dataclass)."""

    name: str
    country: str  # ISO3
    latitude: float
    longitude: float
    population: int
    geonames_id: int | None = None


@lru_cache(maxsize=1)
def world_regions() -> frozenset[str]:
    """Folded names of continents and wide regions (knowledge/data/world_regions.csv): never a place."""
    text = resources.files("summitry.knowledge").joinpath("data/world_regions.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return frozenset(fold(name) for name in lines[1:])


def read_places(path: Path, known_codes: set[str] | None = None) -> list[CuratedPlace]:
    """The rows of places.csv; KnowledgeError names the file and line of a bad row."""
    places = []
    for row in read_table(path, PLACE_COLUMNS):
        country = row.required("country").upper()
        if known_codes is not None and country not in known_codes:
            raise row.fail(f"unknown country code {country!r}; use ISO 3166-1 alpha-3")
        kind = row.get("kind") or "city"
        if kind not in PLACE_KINDS:
            raise row.fail(f"unknown kind {kind!r}; use one of {', '.join(PLACE_KINDS)}")
        latitude, longitude = row.number("latitude"), row.number("longitude")
        if latitude is not None and not -90 <= latitude <= 90 or longitude is not None and not -180 <= longitude <= 180:
            raise row.fail("latitude/longitude out of range")
        places.append(
            CuratedPlace(
                name=row.required("name"),
                aliases=split_list(row.get("aliases")),
                city=row.get("city") or None,
                country=country,
                latitude=latitude,
                longitude=longitude,
                kind=kind,
            )
        )
    return places


# A namesake in a country of the story wins over the most populous reading only
# when it is not much smaller: "Lima" in a story about Ohio is Lima, Ohio, but
# "Bali" next to an Indian prime minister is still Bali, not the Indian town,
# and "Moscow" next to an American is still Moscow. A tenth kept every
# diplomatic city of the dev corpus on its main reading.
CONTEXT_POPULATION_SHARE = 0.1


def _pick(candidates: Sequence, context_countries: Sequence[str], population: Callable) -> object:
    """The candidate in the earliest context country unless it is far smaller than the most populous one."""
    largest = max(candidates, key=population)
    for code in context_countries:
        for candidate in candidates:
            if candidate.country == code and population(candidate) >= CONTEXT_POPULATION_SHARE * population(largest):
                return candidate
    return largest


class PlaceIndex:
    """Curated places, then countries, then GeoNames cities."""

    def __init__(self, curated: list[CuratedPlace], country_of: Callable[[str], str | None], countries: dict):
        self.curated = curated
        self._country_of = country_of  # name/alias -> code
        self._countries = countries  # code -> Country
        self.by_key: dict[str, list[CuratedPlace]] = defaultdict(list)
        for place in curated:
            for word in (place.name, *place.aliases):
                self.by_key[fold(word)].append(place)
        self.by_key = dict(self.by_key)
        self._cities: CityIndex | None = None

    def resolve(self, name: str, context_countries: Sequence[str] = ()) -> Place | None:
        key = fold(name)
        if not key:
            return None
        if key in world_regions():
            return None  # "a tour of Asia": no city of that name is meant
        context = [code.upper() for code in context_countries if code]
        curated = self.by_key.get(key)
        if curated:
            # The curated table is the diplomatic reading of a name; it is not overridden by namesakes.
            place = next((c for code in context for c in curated if c.country == code), curated[0])
            return Place(name=name, city=place.city, country=place.country, latitude=place.latitude, longitude=place.longitude)
        code = self._country_of(name)
        if code is not None:
            country = self._countries.get(code)
            return Place(
                name=name,
                city=None,
                country=code,
                latitude=country.latitude if country else None,
                longitude=country.longitude if country else None,
            )
        cities = self.cities().get(key)
        if cities:
            # A city whose own name it is outranks one that once bore it ("Islamabad", an old name of Chattogram),
            # unless the countries of the story point to the other ("San Cristobal" in a story on Mexico).
            own = [candidate for candidate in cities if fold(candidate.name) == key]
            in_context = [candidate for candidate in cities if candidate.country in context]
            city = _pick(cities if in_context else (own or cities), context, lambda candidate: candidate.population)
            return Place(name=name, city=city.name, country=city.country, latitude=city.latitude, longitude=city.longitude)
        return None

    def geonames_id(self, city: str, country: str | None, latitude: float | None = None,
                    longitude: float | None = None) -> int | None:
        """The GeoNames id of `city` in `country` (ISO3), when the city table has it.

        With coordinates, only a namesake near them counts: the curated
        Woodside (California) is not GeoNames' Woodside (Queens).
        """
        candidates = [c for c in self.cities().get(fold(city), ()) if c.geonames_id and (country is None or c.country == country)]
        if latitude is not None and longitude is not None:
            candidates = [c for c in candidates if _km(c.latitude, c.longitude, latitude, longitude) <= SAME_CITY_KM]
        return max(candidates, key=lambda c: c.population).geonames_id if candidates else None

    def cities(self) -> CityIndex:
        """GeoNames cities by folded name, built on first use (from the cached copy when there is one)."""
        if self._cities is None:
            path = DATA_DIR / CITY_TABLE
            self._cities = CityIndex(cached_index(path, lambda: _city_rows(load_cities(path)), kind="cities"))
            for country in self._countries.values():
                key = fold(country.capital or "")
                if key and country.latitude is not None and not any(city.country == country.code for city in self._cities.get(key, ())):
                    self._cities.add(key, _City(country.capital, country.code, country.latitude, country.longitude, 0))
        return self._cities


class CityIndex:
    """GeoNames cities by folded name, each name's `_City`s made when it is first looked up.

    The index arrives as plain tuples (what `derived_cache` can store);
    making all 34,000 cities at once would cost 0.08 s, and a run looks up
    a few hundred names.
    """

    def __init__(self, rows: dict[str, tuple[tuple, ...]]):
        self._rows = rows
        self._made: dict[str, list[_City]] = {}

    def get(self, key: str, default=None) -> list[_City] | None:
        found = self._made.get(key)
        if found is None:
            rows = self._rows.get(key)
            if rows is None:
                return default
            found = self._made[key] = [_City._make(row) for row in rows]
        return found

    def add(self, key: str, city: _City) -> None:
        """Index one more city under `key` (a capital GeoNames lacks)."""
        found = self.get(key)
        if found is None:
            self._made[key] = [city]
        else:
            found.append(city)

    def __len__(self) -> int:
        return len(self._rows.keys() | self._made.keys())


def _city_rows(index: dict[str, list[_City]]) -> dict[str, tuple[tuple, ...]]:
    """`load_cities`'s index as plain tuples, the form `derived_cache` stores."""
    return {key: tuple(tuple(city) for city in cities) for key, cities in index.items()}


# A curated place and a GeoNames city of the same name are one city when
# this close: venues lie within a city's area (Filoli is 4 km from Woodside's
# centre, Camp David 10 km from Thurmont), namesakes are hundreds of km apart.
SAME_CITY_KM = 30.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine, mean Earth radius)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def load_cities(path: Path | None = None) -> dict[str, list[_City]]:
    """cities.tsv indexed by folded name and alternate name; KnowledgeError names a bad line."""
    path = path or DATA_DIR / CITY_TABLE
    index: dict[str, list[_City]] = defaultdict(list)
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != len(CITY_COLUMNS):
                raise KnowledgeError(f"{path.name} line {number}: expected {len(CITY_COLUMNS)} tab-separated fields, got {len(fields)}")
            if fields[0] == CITY_COLUMNS[0]:
                continue
            geonames_id, name, country, latitude, longitude, population, alternates = fields
            try:
                city = _City(name, country, float(latitude), float(longitude), int(population), int(geonames_id))
            except ValueError as error:
                raise KnowledgeError(f"{path.name} line {number}: {error}") from None
            keys = {fold(name)} if name else set()
            if alternates:
                keys.update(fold(word) for word in alternates.split("|") if word)
            for key in keys:
                index[key].append(city)
    logger.debug("indexed %d city names from %s", len(index), path.name)
    return dict(index)
