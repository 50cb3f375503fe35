"""The cached stand-ins for spaCy's attribute ruler and lemmatizer annotate exactly as the originals (issue 10)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(10)

TEXTS = [
    # The attribute ruler's two-token rules: "there is", "ain't", "gonna", "gotta", "let's", "c'mon", "y'all".
    "There is a meeting today. There were two. He ain't here. Y'all gonna see. I gotta go. Let's go, c'mon.",
    "Chinese President Xi Jinping met U.S. President Joe Biden in Woodside, California, on Wednesday.\n\n"
    "The two leaders held talks for four hours and agreed to resume military-to-military communications.",
    "Prime Minister Narendra Modi dined with President Emmanuel Macron at the Élysée Palace; they're meeting again "
    "in Delhi, where Macron's visit was being prepared by officials who'd worked on the 2018 trip.",
    "MOSCOW, March 21 (Reuters) - Xi's state visit ended; Putin called it \"very useful\". Talks, talks and more talks.",
    "   \n  A line of white space, then the words: visited, visits, visiting, revisited, geese, mice, better, best.",
]


@pytest.fixture(scope="module")
def pipelines():
    """An unmodified spaCy pipeline and one with the cached components, from the same package."""
    import spacy

    from summitry.cached_pipes import use_cached_pipes
    from summitry.parse import DEFAULT_MODEL

    original = spacy.load(DEFAULT_MODEL)
    return original, use_cached_pipes(spacy.load(DEFAULT_MODEL))


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in doc]


def test_use_cached_pipes_swaps_the_two_components_in_place(pipelines):
    original, cached = pipelines
    assert cached.pipe_names == original.pipe_names
    assert type(cached.get_pipe("attribute_ruler")) is not type(original.get_pipe("attribute_ruler"))
    assert type(cached.get_pipe("lemmatizer")) is not type(original.get_pipe("lemmatizer"))


@pytest.mark.parametrize("text", TEXTS)
def test_cached_pipes_annotate_as_the_originals(pipelines, text):
    original, cached = pipelines
    assert _annotations(cached(text)) == _annotations(original(text))
    # Twice: the second pass reads the caches the first one filled.
    assert _annotations(cached(text)) == _annotations(original(text))


def test_cached_pipes_annotate_the_fixture_corpora_as_the_originals(pipelines, fixtures_dir):
    import json

    original, cached = pipelines
    texts = [json.loads(path.read_text(encoding="utf-8"))["text"] for path in sorted((fixtures_dir / "corpus" / "articles").glob("*.json"))]
    assert texts
    for expected, found in zip(original.pipe(texts), cached.pipe(texts)):
        assert _annotations(found) == _annotations(expected)
