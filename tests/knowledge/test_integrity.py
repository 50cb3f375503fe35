"""Integrity of the knowledge tables: every row parses, no overlapping terms, valid codes, unambiguous aliases."""
from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from summitry.knowledge.check import (
    COLLECTIVE_HEADS_OF_STATE,
    STATE_OFFICE_GROUPS,
    _alias_conflicts,
    _overlaps,
    check_knowledge,
    is_valid_code,
)
from summitry.knowledge.leaders import leader_files, read_located_terms
from summitry.knowledge.tables import DATA_DIR, fold, header_comment

TABLES = ["countries.csv", "organisation_leaders.csv", "places.csv", "summits.csv", "summit_series.csv", "titles.csv"]
REGIONAL = ["leaders_africa.csv", "leaders_europe.csv", "leaders_asia_pacific.csv", "leaders_americas.csv"]


def _located(name):
    path = DATA_DIR / name
    if not path.exists():
        pytest.skip(f"{name} is absent")
    return read_located_terms(path)


@pytest.mark.parametrize("name", TABLES + REGIONAL)
def test_table_opens_with_coverage_line(name):
    path = DATA_DIR / name
    if not path.exists():
        pytest.skip(f"{name} is absent")
    comment = header_comment(path)
    assert comment, f"{name} needs a '#' line saying what it covers"
    assert "source" in comment.lower()


@pytest.mark.parametrize("name", ["organisation_leaders.csv"] + REGIONAL)
def test_leader_rows_parse_with_valid_codes(name, kb):
    located = _located(name)
    assert located
    known = {country.code for country in kb.country_list}
    bad = [f"{where}: {term.country}" for term, where in located if term.country not in known or not is_valid_code(term.country)]
    assert not bad


@pytest.mark.parametrize("name", ["organisation_leaders.csv"] + REGIONAL)
def test_leader_terms_do_not_overlap(name):
    issues = _overlaps(_located(name))
    assert not [issue.where + ": " + issue.message for issue in issues]


def test_terms_do_not_overlap_across_files():
    located = [item for path in leader_files(DATA_DIR) for item in read_located_terms(path)]
    assert not [issue.message for issue in _overlaps(located)]


def test_no_alias_names_two_people_in_one_office_at_once():
    located = [item for path in leader_files(DATA_DIR) for item in read_located_terms(path)]
    assert not [issue.message for issue in _alias_conflicts(located)]


def test_concurrent_holders_sharing_an_alias_hold_different_offices(kb):
    # Where one alias names two people in office at once in one country, they
    # must hold different offices, so that office_for_title can tell them apart.
    by_alias = defaultdict(list)
    for term in kb.terms:
        for alias in {fold(a) for a in (term.name, *term.aliases)}:
            by_alias[alias].append(term)
    for alias, terms in by_alias.items():
        for first in terms:
            for second in terms:
                if first.name >= second.name or first.country != second.country:
                    continue
                if first.start < (second.end or date.max) and second.start < (first.end or date.max):
                    if first.country in COLLECTIVE_HEADS_OF_STATE:
                        continue
                    groups_first = {g for g, offices in STATE_OFFICE_GROUPS.items() if first.office in offices} or {first.office}
                    groups_second = {g for g, offices in STATE_OFFICE_GROUPS.items() if second.office in offices} or {second.office}
                    assert not groups_first & groups_second, f"{alias!r}: {first.name} / {second.name}"


def test_country_codes_are_iso_or_known_extras(kb):
    assert not [country.code for country in kb.country_list if not is_valid_code(country.code)]


def test_every_un_member_and_extra_is_listed(kb):
    import pycountry

    codes = {country.code for country in kb.country_list}
    for extra in ("TWN", "XKX", "PSE", "VAT", "EUU", "UNO", "NATO", "AFU", "ASEAN"):
        assert extra in codes
    # 193 UN members + TWN, XKX, PSE, VAT + former SCG
    states = {code for code in codes if code not in {"EUU", "UNO", "NATO", "AFU", "ASEAN"}}
    assert len(states) == 198
    assert all(pycountry.countries.get(alpha_3=code) or code in ("XKX", "SCG") for code in states)


def test_summit_dates_parse_and_lie_in_their_year(kb):
    for summit in kb.summit_list:
        if summit.start:
            assert summit.start.year == summit.year
            assert summit.end >= summit.start


def test_summit_cities_resolve(kb):
    unresolved = [s.label for s in kb.summit_list if s.city and kb.resolve_place(s.city, [s.country] if s.country else []) is None]
    assert not unresolved


def test_check_reports_no_errors():
    errors = [issue for issue in check_knowledge() if issue.level == "error"]
    assert not [f"{issue.where}: {issue.message}" for issue in errors]


@pytest.mark.issue(9)
def test_office_handles_table_is_sound(kb):
    from summitry.actors.people import office_handles
    from summitry.knowledge.tables import DATA_DIR

    lines = (DATA_DIR / "office_handles.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and "up to" in lines[0]
    offices = {term.office for term in kb.terms}
    for handle, (country, office) in office_handles().items():
        assert handle == handle.lower() and " " not in handle
        assert kb.country_name(country), f"{handle}: unknown country {country}"
        assert office in offices, f"{handle}: unknown office {office}"


@pytest.mark.issue(9)
def test_regions_table_is_sound(kb):
    from summitry.actors.people import regions
    from summitry.knowledge.tables import DATA_DIR

    lines = (DATA_DIR / "regions.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and "as of" in lines[0]
    assert len(regions()) >= 5
    for word, members in regions().items():
        assert word == word.lower() and len(members) >= 2, word
        assert len(set(members)) == len(members), f"{word}: a country twice"
        for code in members:
            assert kb.country_name(code), f"{word}: unknown country {code}"


@pytest.mark.issue(9)
def test_world_regions_are_no_place(kb):
    from summitry.knowledge.places import world_regions
    from summitry.knowledge.tables import DATA_DIR

    lines = (DATA_DIR / "world_regions.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and "as of" in lines[0] and lines[1] == "name"
    assert len(world_regions()) == len(lines) - 2, "a region twice"
    for name in lines[2:]:
        assert kb.country_code(name) is None, f"{name} is a country"
        assert kb.resolve_place(name) is None, name
    # A namesake city does not stand in for a continent; cities and countries still resolve.
    assert kb.resolve_place("Tokyo").city == "Tokyo"
    assert kb.resolve_place("Kenya").country == "KEN"


@pytest.mark.issue(9)
def test_institution_words_are_lower_case_words_listed_once():
    from summitry.actors.people import institution_words

    lines = (DATA_DIR / "institution_words.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and "as of" in lines[0] and "source" in lines[0] and lines[1] == "word"
    assert len(institution_words()) == len(lines) - 2, "a word twice"
    assert all(word.isalpha() and word.islower() for word in institution_words())


@pytest.mark.issue(9)
def test_a_city_s_own_name_outranks_an_old_name_of_a_larger_city(kb):
    # GeoNames keeps "Islamabad" among the old names of Chattogram, which is larger.
    place = kb.resolve_place("Islamabad")
    assert (place.city, place.country) == ("Islamabad", "PAK")
    assert kb.resolve_place("Bombay").city == "Mumbai"  # an alternate name still resolves where no city bears it


@pytest.mark.issue(9)
def test_the_story_s_countries_outrank_a_city_s_own_name(kb):
    # "San Cristobal" in a story on Mexico is the Mexican town, though a larger Venezuelan city bears the name.
    assert kb.resolve_place("San Cristobal", ["USA", "MEX"]).country == "MEX"
