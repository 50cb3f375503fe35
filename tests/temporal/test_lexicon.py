"""Issue 3: the tagger's word lists (temporal/data/lexicon.json) and the grammar built from them."""
from __future__ import annotations

import re

import pytest

from summitry.temporal.expressions import _RULE_TRIGGERS, load_grammar, load_lexicon


@pytest.mark.issue(3)
@pytest.mark.parametrize("table,numbers", [("months", set(range(1, 13))), ("weekdays", set(range(1, 8)))])
def test_lexicon_names_every_month_and_weekday(table, numbers):
    assert set(load_lexicon()[table].values()) == numbers


@pytest.mark.issue(3)
def test_lexicon_ambiguous_months_are_months():
    lexicon = load_lexicon()
    assert set(lexicon["ambiguous_months"]) <= set(lexicon["months"])


@pytest.mark.issue(3)
def test_grammar_compiles_every_rule_with_known_triggers():
    grammar = load_grammar()
    kinds = set().union(*grammar.triggers.values()) | {"digit"}
    assert {name for name, _pattern, _needs in grammar.rules} >= set(_RULE_TRIGGERS)
    for name, pattern, needs in grammar.rules:
        assert isinstance(pattern, re.Pattern)
        assert needs <= kinds, name


@pytest.mark.issue(3)
@pytest.mark.parametrize("key", ["references", "sets", "deictic_days", "ago_words", "modifiers", "time_zones"])
def test_lexicon_phrases_are_lower_case_except_zones(key):
    entries = load_lexicon()[key]
    assert all(entry == entry.lower() for entry in entries) or key == "time_zones"
