"""leaders_foreign_ministers.csv: valid codes and dates, no overlapping terms, one name per person,
and the CountryInfo draft script it was checked against."""
from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from summitry.knowledge.check import _overlaps, is_valid_code
from summitry.knowledge.leaders import leader_files, read_located_terms
from summitry.knowledge.tables import DATA_DIR, fold, header_comment

TABLE = DATA_DIR / "leaders_foreign_ministers.csv"
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "countryinfo_foreign_ministers.py"

pytestmark = pytest.mark.skipif(not TABLE.exists(), reason="leaders_foreign_ministers.csv is absent")


@pytest.fixture(scope="module")
def located():
    return read_located_terms(TABLE)


def _all_located():
    return [item for path in leader_files(DATA_DIR) for item in read_located_terms(path)]


def test_foreign_ministers_header_names_coverage_and_sources():
    comment = header_comment(TABLE).lower()
    assert "2025-06-30" in comment
    assert "source" in comment and "countryinfo" in comment and "cc by-sa" in comment


def test_foreign_ministers_rows_are_foreign_ministers_with_valid_codes(located, kb):
    known = {country.code for country in kb.country_list}
    assert len(located) > 500
    assert not [where for term, where in located if term.office != "foreign_minister"]
    assert not [f"{where}: {term.country}" for term, where in located if term.country not in known or not is_valid_code(term.country)]


def test_foreign_ministers_dates_parse_and_run_forward(located):
    # read_located_terms already refuses unparsable dates and ends before starts
    assert all(isinstance(term.start, date) for term, _ in located)
    assert not [where for term, where in located if term.end is not None and term.end < term.start]


def test_foreign_ministers_terms_do_not_overlap(located):
    assert not [f"{issue.where}: {issue.message}" for issue in _overlaps(located)]


def test_one_person_has_one_canonical_name_across_tables():
    # A name spelled two ways in one country, or an alias that is another row's full
    # name there, means one person under two canonical names.
    located = _all_located()
    spellings: dict[tuple[str, str], set[str]] = {}
    for term, _ in located:
        spellings.setdefault((term.country, fold(term.name)), set()).add(term.name)
    assert not {key: names for key, names in spellings.items() if len(names) > 1}
    names = {(term.country, fold(term.name)): term.name for term, _ in located}
    clashes = {
        (term.country, term.name, alias)
        for term, _ in located
        for alias in term.aliases
        if len(fold(alias).split()) > 1 and names.get((term.country, fold(alias)), term.name) != term.name
    }
    assert not clashes


@pytest.mark.parametrize(
    "query, on, expected",
    [
        ("German foreign minister", date(2003, 6, 1), "Joschka Fischer"),
        ("Israeli foreign minister", date(2010, 6, 1), "Avigdor Lieberman"),
        ("Iranian foreign minister", date(2015, 7, 1), "Mohammad Javad Zarif"),
        ("Egyptian foreign minister", date(2020, 1, 1), "Sameh Shoukry"),
        ("Spanish foreign minister", date(2022, 6, 1), "José Manuel Albares"),
        ("US Secretary of State", date(2006, 1, 1), "Condoleezza Rice"),
        ("Ukrainian foreign minister", date(2023, 1, 1), "Dmytro Kuleba"),
        ("Qatari foreign minister", date(2010, 1, 1), "Hamad bin Jassim bin Jaber Al Thani"),
    ],
)
def test_who_foreign_minister(kb, query, on, expected):
    assert [term.name for term in kb.who(query, on)][:1] == [expected]


def _script():
    spec = importlib.util.spec_from_file_location("countryinfo_foreign_ministers", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Minister of Foreign Affairs", ("Minister of Foreign Affairs", False)),
        ("Minister of Foreign Affairs and Cooperation", ("Minister of Foreign Affairs and Cooperation", False)),
        ("Secretary of State for Justice & Secretary of State for Foreign and Commonwealth Affairs",
         ("Secretary of State for Foreign and Commonwealth Affairs", True)),
        ("Deputy Minister of Foreign Affairs", (None, False)),
        ("Minister of State for Foreign Affairs", (None, False)),
        ("Minister of Foreign Trade", (None, False)),
    ],
)
def test_countryinfo_script_foreign_title(title, expected):
    assert _script().foreign_title(title) == expected


def test_countryinfo_script_drafts_rows_from_government_entries():
    lines = [
        json.dumps({"country_code": "DEU", "section": "Government", "title": "Minister of Foreign Affairs",
                    "name": "JOSCHKA_FISCHER_", "name_variants": ["JOSCHKA_FISCHER_"], "start": None,
                    "end": "2005-11-31", "open_start": True}),
        json.dumps({"country_code": "DEU", "section": "Government", "title": "Minister of Finance",
                    "name": "HANS_EICHEL_", "name_variants": [], "start": "2001-01-01", "end": "2005-11-30"}),
        json.dumps({"country_code": "DEU", "section": "Leaders", "position": "Chancellors",
                    "name": "GERHARD_SCHROEDER_", "name_variants": [], "start": "1998-10-27", "end": "2005-11-22"}),
    ]
    rows = _script().candidates(lines)
    assert [(row["name"], row["start"], row["end"], row["note"]) for row in rows] == [("Joschka Fischer", "", "2005-11-30", "open start")]


@pytest.mark.parametrize(
    "raw, expected",
    [("DEU", "DEU"), ("[YUGSVN <20910625][SVN >20030101]", "SVN"), ("[YUGBIH <20911024][BIHSPR >20030101]", "BIH"), (None, None)],
)
def test_countryinfo_script_country_code(raw, expected):
    assert _script().country_code(raw) == expected
