"""The on-disk copy of derived indexes (knowledge/derived_cache.py): it matches its source, and goes stale with it."""
from __future__ import annotations

import pytest

from summitry.knowledge.derived_cache import cache_dir, cached_index
from summitry.knowledge.places import CITY_TABLE, _city_rows, load_cities
from summitry.knowledge.tables import DATA_DIR


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "summitry"


def _counting(build):
    calls = []

    def counted():
        calls.append(1)
        return build()

    return counted, calls


def test_derived_cache_city_index_matches_the_city_table(cache_home):
    built = _city_rows(load_cities())
    build, calls = _counting(lambda: built)
    assert cached_index(DATA_DIR / CITY_TABLE, build, kind="cities") == built
    assert [path.name.split("-")[0] for path in cache_home.iterdir()] == ["cities"]
    # The second process reads the copy instead of building, and gets the same index.
    assert cached_index(DATA_DIR / CITY_TABLE, build, kind="cities") == built
    assert calls == [1]


@pytest.mark.parametrize("first, second", [("Lima", "Lima, Ohio")])
def test_derived_cache_is_rebuilt_when_the_source_changes(tmp_path, cache_home, first, second):
    source = tmp_path / "table.tsv"
    source.write_text(first, encoding="utf-8")
    assert cached_index(source, lambda: {"name": source.read_text(encoding="utf-8")}, kind="test") == {"name": first}
    source.write_text(second, encoding="utf-8")
    assert cached_index(source, lambda: {"name": source.read_text(encoding="utf-8")}, kind="test") == {"name": second}


def test_derived_cache_unwritable_folder_still_gives_the_index(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # cache_dir() lies under a file: it cannot be made
    source = tmp_path / "table.tsv"
    source.write_text("x", encoding="utf-8")
    assert cached_index(source, lambda: {"x": (1, 2.5, None)}, kind="test") == {"x": (1, 2.5, None)}
    assert not cache_dir().exists()


def test_derived_cache_unreadable_copy_is_rebuilt(tmp_path, cache_home):
    source = tmp_path / "table.tsv"
    source.write_text("x", encoding="utf-8")
    cached_index(source, lambda: {"x": 1}, kind="test")
    [copy] = cache_home.iterdir()
    copy.write_bytes(b"\x00garbage")
    assert cached_index(source, lambda: {"x": 1}, kind="test") == {"x": 1}


@pytest.mark.parametrize("name, country", [("Lima", "PER"), ("Kiev", "UKR")])
def test_derived_cache_cities_resolve_the_same_from_the_copy(kb, cache_home, name, country):
    """A place index reading the cached copy resolves as one that built it (capitals added on top)."""
    from summitry.knowledge.places import PlaceIndex

    fresh = PlaceIndex(kb._places.curated, kb._places._country_of, kb._places._countries)
    assert fresh.cities().get(name.lower())[0].country == country
    assert any(cache_home.iterdir())
    again = PlaceIndex(kb._places.curated, kb._places._country_of, kb._places._countries)
    assert again.cities().get(name.lower()) == fresh.cities().get(name.lower())
