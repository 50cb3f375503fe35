"""Where encounters took place: places and countries for the map page.

Reads events (location) and the shipped Natural Earth 1:110m outline
(static/world-110m.json, built by scripts/build_world_outline.py); adds one
marker per place, in the outline's equirectangular coordinates (x = longitude
+ 180, y = 90 - latitude, on a 360 x 180 box), and a count per country.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass
class PlaceMarker:
    name: str
    country: str | None
    latitude: float
    longitude: float
    x: float
    y: float
    radius: float = 1.0
    event_ids: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # "2023-11-15 Joe Biden, Xi Jinping", one per event


@dataclass
class WorldMap:
    countries: list[dict]  # iso_a3, name, d (SVG path), events (count at places in it)
    places: list[PlaceMarker]
    unplaced: int  # events without coordinates


@lru_cache(maxsize=1)
def load_outline() -> tuple[dict, ...]:
    """The shipped country outlines, read on first use (never at import)."""
    path = resources.files("summitry.web") / "static" / "world-110m.json"
    return tuple(json.loads(path.read_text(encoding="utf-8"))["countries"])


def build_map(events: Iterable) -> WorldMap:
    places: dict[tuple, PlaceMarker] = {}
    per_country: Counter[str] = Counter()
    unplaced = 0
    for event in events:
        location = event.location
        if location is None or location.latitude is None or location.longitude is None:
            unplaced += 1
            if location is not None and location.country:
                per_country[location.country] += 1
            continue
        if location.country:
            per_country[location.country] += 1
        key = (location.city or location.name, location.country, round(location.latitude, 2), round(location.longitude, 2))
        marker = places.get(key)
        if marker is None:
            marker = places[key] = PlaceMarker(
                name=location.city or location.name,
                country=location.country,
                latitude=location.latitude,
                longitude=location.longitude,
                x=round(location.longitude + 180, 2),
                y=round(90 - location.latitude, 2),
            )
        marker.event_ids.append(event.id)
        marker.labels.append(f"{event.date or 'undated'} {', '.join(event.participants)}")
    busiest = max((len(m.event_ids) for m in places.values()), default=1)
    for marker in places.values():
        marker.radius = round(1.2 + 3 * math.sqrt(len(marker.event_ids) / busiest), 2)
    countries = [dict(country, events=per_country.get(country["iso_a3"], 0)) for country in load_outline()]
    ordered = sorted(places.values(), key=lambda m: (-len(m.event_ids), m.name))
    return WorldMap(countries=countries, places=ordered, unplaced=unplaced)
