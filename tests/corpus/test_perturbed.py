"""Issue 9: extraction returns on every corpus article however its text is perturbed, and one bad article
does not stop the others (a hypothesis property test over the shared and written corpora)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summitry.model import Article, ArticleResult, Failure
from summitry.pipeline import Pipeline

PROJECT = Path(__file__).resolve().parents[2]


def _articles(shared: Path) -> list[dict]:
    folders = [shared / "corpus" / name / "articles" for name in ("seeds", "dev", "dev2")]
    folders += [PROJECT / "tests" / "fixtures" / name / "articles" for name in ("corpus", "corpus3")]
    return [json.loads(path.read_text(encoding="utf-8")) for folder in folders if folder.is_dir() for path in sorted(folder.glob("*.json"))]


def _swap_quotes(text: str) -> str:
    return text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'") if "\u201c" in text or "\u2019" in text else (
        text.replace('"', "\u201c", 1).replace("'", "\u2019"))


PERTURBATIONS = {
    "upper": str.upper,
    "lower": str.lower,
    "swap_quotes": _swap_quotes,
    "no_line_breaks": lambda text: text.replace("\n", " "),
    "double_line_breaks": lambda text: text.replace("\n", "\n\n"),
    "boilerplate": lambda text: "\n".join(line + "\nShare this article\nREAD MORE: Markets today" for line in text.split("\n")[:40]),
    "html": lambda text: "<html><body><p>" + text.replace("\n\n", "</p><p>") + "</p></body></html>",
}


@pytest.fixture(scope="module")
def corpus_articles(shared_dir):
    articles = _articles(shared_dir)
    if not articles:
        pytest.skip("no corpus articles")
    return articles


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.issue(9)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(index=st.integers(min_value=0, max_value=10_000), perturbation=st.sampled_from(sorted(PERTURBATIONS)))
def test_extraction_returns_on_perturbed_articles(corpus_articles, pipeline, index, perturbation):
    record = corpus_articles[index % len(corpus_articles)]
    text = PERTURBATIONS[perturbation](record["text"])
    perturbed = Article(id=f"{record['id']}-{perturbation}", text=text)
    good = Article(id="good", text="Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.")
    results = list(pipeline.run([perturbed, good]))
    # Every input gives one result, in order; a failure is reported with the article's id, and the next goes on.
    assert [getattr(r, "article", None) and r.article.id or r.source for r in results][1] == "good"
    assert isinstance(results[0], (ArticleResult, Failure))
    if isinstance(results[0], Failure):
        assert perturbed.id in results[0].source
    assert isinstance(results[1], ArticleResult) and len(results[1].encounters) == 1
