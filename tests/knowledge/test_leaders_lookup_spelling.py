"""A full name written with another spelling of the surname that the tables list as an alias."""
from __future__ import annotations

from summitry.knowledge import load_knowledge


def test_given_name_with_an_alias_spelling_finds_the_person():
    terms = load_knowledge().lookup_person("Volodymyr Zelenskiy")
    assert {term.name for term in terms} == {"Volodymyr Zelenskyy"}


def test_another_given_name_with_the_alias_finds_no_one():
    # (the surname alone would name him; with another given name it is someone else)
    assert load_knowledge().lookup_person("Oleksandr Zelenskiy") == []
