"""Stage `parse`: the model loads with the tokenizer it saved (read from disk only where it differs from spaCy's)."""
from __future__ import annotations

from pathlib import Path

import pytest
import srsly

from summitry.parse import DEFAULT_MODEL, _keep_prefixed_verbs_whole, tokenizer_rules_differ


def _saved_rules(nlp) -> dict:
    return srsly.msgpack_loads((Path(nlp.path) / "tokenizer").read_bytes())


def test_parse_tokenizer_is_the_one_the_model_saved(nlp):
    import spacy

    loaded_whole = spacy.load(DEFAULT_MODEL)
    # (plus the prefixed verbs kept whole, which load_nlp adds after the saved rules)
    _keep_prefixed_verbs_whole(loaded_whole)
    # The vocabulary grows with every text the session parsed: the rules are what must match.
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == loaded_whole.tokenizer.to_bytes(exclude=["vocab"])


@pytest.mark.parametrize("text, verb", [("Ruto co-chaired the session.", "co-chair"),
                                        ("Widodo Co-hosted the summit.", "co-host")])
def test_parse_keeps_prefixed_verbs_whole_with_their_lemma(nlp, text, verb):
    doc = nlp(text)
    assert [t.text for t in doc][1] == text.split()[1]
    assert doc[1].lemma_ == verb and doc[0].dep_ == "nsubj"


@pytest.mark.parametrize("field, value", [
    ("exceptions", {}),
    ("url_match", None),
    ("prefix_search", "^x"),
    ("faster_heuristics", False),
    ("a_field_of_a_later_spacy", 1),
])
def test_parse_tokenizer_rules_differ_on_any_field(nlp, field, value):
    import spacy

    saved = _saved_rules(nlp)
    tokenizer = spacy.load(DEFAULT_MODEL).tokenizer
    assert not tokenizer_rules_differ(tokenizer, saved)
    saved[field] = value
    assert tokenizer_rules_differ(tokenizer, saved)
