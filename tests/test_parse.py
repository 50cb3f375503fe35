"""Stage `parse`: the model loads with the tokenizer it saved (read from disk only where it differs from spaCy's)."""
from __future__ import annotations

from pathlib import Path

import pytest
import srsly

from summitry.parse import DEFAULT_MODEL, tokenizer_rules_differ


def _saved_rules(nlp) -> dict:
    return srsly.msgpack_loads((Path(nlp.path) / "tokenizer").read_bytes())


def test_parse_tokenizer_is_the_one_the_model_saved(nlp):
    import spacy

    loaded_whole = spacy.load(DEFAULT_MODEL)
    # The vocabulary grows with every text the session parsed: the rules are what must match.
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == loaded_whole.tokenizer.to_bytes(exclude=["vocab"])


@pytest.mark.parametrize("field, value", [
    ("exceptions", {}),
    ("url_match", None),
    ("prefix_search", "^x"),
    ("faster_heuristics", False),
    ("a_field_of_a_later_spacy", 1),
])
def test_parse_tokenizer_rules_differ_on_any_field(nlp, field, value):
    saved = _saved_rules(nlp)
    assert not tokenizer_rules_differ(nlp.tokenizer, saved)
    saved[field] = value
    assert tokenizer_rules_differ(nlp.tokenizer, saved)
