"""Corpus regression tests (trafilatura's expected-output corpus, one test per article).

Each article of ../shared/corpus/seeds, dev and dev2 and of our own written
corpora must extract without error and still match the gold events it
matched when its floor was pinned, and each corpus's strict
and loose event F1 and date and status slot accuracy must stay at or above
the floors pinned in baseline.json (re-pin with `python tests/corpus/pin.py
--update`). These tests watch the whole pipeline; they are not a target to
tune rules to. The pipeline runs once per corpus per session: parsing is the
slow part.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from summitry.model import KINDS, STATUSES, ArticleResult, Failure

_spec = importlib.util.spec_from_file_location("summitry_corpus_pin", Path(__file__).resolve().parent / "pin.py")
pin = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = pin  # dataclasses look their module up there
_spec.loader.exec_module(pin)

SHARED_CORPORA = ("seeds", "dev", "dev2")


def _article_params():
    params = []
    for name, folder in pin.corpus_dirs().items():
        files = sorted((folder / "articles").glob("*.json")) if (folder / "articles").is_dir() else []
        if not files:
            # Keep one placeholder so the corpus shows up as skipped rather than vanishing.
            params.append(pytest.param(name, None, id=f"{name}-absent"))
        params.extend(pytest.param(name, file.name, id=f"{name}-{file.stem}") for file in files)
    return params


@pytest.fixture(scope="session")
def corpus_runs(request):
    """Runs each corpus through the pipeline at most once per session, on first use."""
    cache: dict[str, pin.CorpusRun] = {}

    def get(name: str) -> pin.CorpusRun:
        if name in SHARED_CORPORA:
            request.getfixturevalue("shared_dir")  # skips cleanly when ../shared is absent
        folder = pin.corpus_dirs()[name]
        if not (folder / "articles").is_dir():
            pytest.skip(f"{folder} is absent")
        if name not in cache:
            cache[name] = pin.run_corpus(folder)
        return cache[name]

    return get


@pytest.mark.parametrize("corpus,file_name", _article_params())
def test_corpus_article_extracts(corpus_runs, corpus, file_name):
    run = corpus_runs(corpus)
    if file_name is None:
        pytest.skip(f"no articles in the {corpus} corpus")
    result = run.results.get(file_name)
    assert result is not None, f"{file_name}: no result"
    assert not isinstance(result, Failure), f"{result.source}: {result.message}"
    assert isinstance(result, ArticleResult)
    text = result.article.text
    for encounter in result.encounters:
        assert encounter.kind in KINDS
        assert encounter.status in STATUSES
        assert encounter.participants
        assert text[encounter.evidence.start:encounter.evidence.end] == encounter.evidence.sentence
    # The gold events this article matched when its floor was pinned are still matched.
    article_id = Path(file_name).stem
    pinned = pin.read_baseline().get("articles", {}).get(corpus, {}).get(article_id)
    if pinned is not None:
        assert run.matches.get(article_id, 0) >= pinned, f"{corpus}/{article_id}: {run.matches.get(article_id, 0)} gold events matched, {pinned} pinned"


@pytest.mark.parametrize("corpus", list(pin.corpus_dirs()))
def test_corpus_scores_hold_their_floors(corpus_runs, corpus):
    floors = pin.read_baseline().get(corpus)
    assert floors, f"baseline.json has no floors for {corpus}; run python tests/corpus/pin.py --update"
    scores = corpus_runs(corpus).scores
    below = {
        metric: (scores[metric], floor)
        for metric, floor in floors.items()
        if scores.get(metric) is not None and scores[metric] < floor
    }
    assert not below, f"{corpus}: scores below their pinned floors (score, floor): {below}"


@pytest.mark.parametrize(
    "value,expected",
    [(0.9444, 0.92), (1.0, 0.98), (0.9, 0.88), (0.01, 0.0), (0.766, 0.74)],
)
def test_pin_floor_for(value, expected):
    assert pin.floor_for(value) == expected


@pytest.mark.parametrize(
    "allow_lower,expected_floor,message",
    [
        (False, 0.9, "dev.strict_f1: 0.9 kept; score 0.8 would pin 0.78 (pass --allow-lower to lower it)"),
        (True, 0.78, "dev.strict_f1: 0.9 -> 0.78 (lowered)"),
    ],
)
def test_pin_repin_never_lowers_without_flag(allow_lower, expected_floor, message):
    baseline = {"dev": {"strict_f1": 0.9, "loose_f1": 0.5}}
    updated, messages = pin.repin(baseline, {"dev": {"strict_f1": 0.8, "loose_f1": 0.95, "date": None, "status": 1.0}}, allow_lower)
    assert updated["dev"] == {"strict_f1": expected_floor, "loose_f1": 0.93, "status": 0.98}
    assert message in messages
    assert "dev.loose_f1: 0.5 -> 0.93" in messages
    assert baseline == {"dev": {"strict_f1": 0.9, "loose_f1": 0.5}}  # the input is not changed


@pytest.mark.issue(9)
def test_pin_repin_articles_raises_and_keeps():
    baseline = {"articles": {"dev": {"a": 2, "b": 1}}}
    updated, messages = pin.repin_articles(baseline, {"dev": {"a": 1, "b": 3, "c": 0}})
    assert updated["articles"]["dev"] == {"a": 2, "b": 3, "c": 0}
    assert "dev/a: 2 events kept; it matches 1 (pass --allow-lower to lower it)" in messages
    lowered, _ = pin.repin_articles(baseline, {"dev": {"a": 1}}, allow_lower=True)
    assert lowered["articles"]["dev"]["a"] == 1
