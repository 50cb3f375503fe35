"""Loader behaviour: '#' lines skipped, bad rows fail with file and line, derived indexes match their sources."""
from __future__ import annotations

import shutil

import pytest

from summitry.errors import KnowledgeError
from summitry.knowledge import build_knowledge, fold
from summitry.knowledge.leaders import read_terms
from summitry.knowledge.tables import DATA_DIR, read_table

HEADER = "# test table, up to 2026; source: tests\ncountry,office,title,name,start,end,aliases\n"


@pytest.mark.parametrize(
    "row, message",
    [
        ("USA,head_of_state_and_government,President,Joe Biden,2021-01-20,2025-01-xx,Biden\n", "line 3"),
        ("USA,king_of_everything,President,Joe Biden,2021-01-20,,\n", "line 3"),
        ("USA,head_of_state,President,,2021-01-20,,\n", "line 3"),
        ("USA,head_of_state,President,Joe Biden,2021-01-20,2020-01-01,\n", "line 3"),
        ("USA,head_of_state,President,Joe Biden,2021-01-20,,a,b,c\n", "line 3"),
    ],
)
def test_read_terms_bad_row_names_file_and_line(tmp_path, row, message):
    path = tmp_path / "leaders_test.csv"
    path.write_text(HEADER + row, encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        read_terms(path)
    assert "leaders_test.csv" in str(error.value) and message in str(error.value)


@pytest.mark.parametrize("text", ["country,office\nUSA,x\n", ""])
def test_read_table_requires_hash_line(tmp_path, text):
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="t.csv line 1"):
        list(read_table(path, ["country"]))


def test_read_table_missing_column(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("# t\ncountry\nUSA\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="line 2: missing column"):
        list(read_table(path, ["country", "office"]))


def test_read_table_skips_hash_lines_and_counts_lines(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("# one\n# two\ncountry\nUSA\n\nCHN\n", encoding="utf-8")
    rows = list(read_table(path, ["country"]))
    assert [(row.line, row.get("country")) for row in rows] == [(4, "USA"), (6, "CHN")]


def test_build_knowledge_bad_regional_file_fails(tmp_path):
    for name in ("countries.csv", "titles.csv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "leaders_test.csv").write_text(HEADER + "USA,head_of_state,President,X,2021-13-01,,\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="leaders_test.csv line 3"):
        build_knowledge(tmp_path)


def test_build_knowledge_without_regional_files(tmp_path):
    for name in ("countries.csv", "organisation_leaders.csv", "titles.csv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    kb = build_knowledge(tmp_path)
    assert kb.who("NATO Secretary General", __import__("datetime").date(2025, 1, 1))[0].name == "Mark Rutte"


@pytest.mark.parametrize("text, expected", [("the Élysée", "elysee"), ("U.S.", "us"), ("Yoon Suk-yeol", "yoon suk yeol"), ("Xi’s", "xi's")])
def test_fold(text, expected):
    assert fold(text) == expected


def test_country_index_matches_countries_table(kb):
    # Every name, alias and demonym in countries.csv finds its own row (or a
    # row listed earlier that claims the same word first).
    for country in kb.country_list:
        for word in (country.name, *country.aliases):
            assert kb.country_code(word) is not None, word
        assert kb.country_code(country.name) == country.code
        for word in country.metonyms:
            assert kb.metonym(word) is not None, word


def test_person_index_matches_leader_tables(kb):
    for term in kb.terms:
        assert term in kb.lookup_person(term.name), term.name
        for alias in term.aliases:
            assert kb.lookup_person(alias), alias


def test_series_index_matches_series_table(kb):
    for series in kb.series_list:
        for word in (series.code, series.name, *series.aliases):
            assert kb.summit_series(word) is not None, word
        assert kb.summit_series(series.code) == series.code


def test_place_index_matches_places_table(kb):
    for place in kb.curated_places:
        for word in (place.name, *place.aliases):
            assert kb.resolve_place(word) is not None, word
        assert kb.resolve_place(place.name, [place.country]).country == place.country


@pytest.mark.issue(10)
@pytest.mark.parametrize("ascii_text,accented", [
    ("the  Elysee. Palace-x", "the  Élysée. Palace-x"),
    ("U.S. 1.5 `x`", "Ü.S. 1.5 `x`"),
    ("the", "thé"),
    ("  the   x  ", "  thé   x  "),
    ("The (White) House; the/Kremlin", "Thé (White) House; the/Kremlin"),
    ("theatre", "théatre"),
])
def test_fold_reads_ascii_as_the_general_path_does(ascii_text, accented):
    """Plain ASCII takes a short path; the key is the one an accented spelling of the same words gets."""
    assert fold(ascii_text) == fold(accented)
