"""A full name written with another spelling of the surname that the tables list as an alias."""
from __future__ import annotations

import pytest

from summitry.knowledge import load_knowledge


def test_given_name_with_an_alias_spelling_finds_the_person():
    terms = load_knowledge().lookup_person("Volodymyr Zelenskiy")
    assert {term.name for term in terms} == {"Volodymyr Zelenskyy"}


def test_another_given_name_with_the_alias_finds_no_one():
    # (the surname alone would name him; with another given name it is someone else)
    assert load_knowledge().lookup_person("Oleksandr Zelenskiy") == []


def test_middle_initial_and_suffix_are_read_past():
    kb = load_knowledge()
    assert {t.name for t in kb.lookup_person("Joseph R. Biden Jr.")} == {"Joe Biden"}
    assert {t.name for t in kb.lookup_person("Ferdinand R. Marcos Jr.")} == {"Ferdinand Marcos Jr."}


def test_a_single_initial_name_is_not_cut():
    # ("K P Sharma Oli": initials of the given name, not a middle initial; "Kim Jong Un" has none)
    from summitry.knowledge.leaders import name_keys

    assert "k sharma oli" not in name_keys("K P Sharma Oli")
    assert name_keys("Kim Jong Un")[0] == "kim jong un" and len(name_keys("Kim Jong Un")) == 1


@pytest.mark.issue(9)
def test_of_two_offices_taken_the_same_day_the_sole_one_comes_first():
    """Macron became French president and Andorran co-prince the same day: his home is France."""
    first = load_knowledge().terms_of("Emmanuel Macron")[0]
    assert (first.country, first.office) == ("FRA", "head_of_state")


@pytest.mark.issue(9)
def test_a_leader_named_without_title_or_country_is_of_his_home_office():
    import summitry

    encounters = summitry.extract("Emmanuel Macron hosted Olaf Scholz in Paris on Monday.", published="2023-06-06")
    assert {(p.name, p.country) for p in encounters[0].participants} == {("Emmanuel Macron", "FRA"), ("Olaf Scholz", "DEU")}
