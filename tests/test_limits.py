"""Issue 13: bounds on one article's work (limits.py): a time budget, and long texts in parts."""
from __future__ import annotations

import json
import threading
import time
from dataclasses import replace
from datetime import date
from importlib import resources

import pytest

from summitry.limits import ArticleTimeout, run_within_limits, split_into_parts, time_limit
from summitry.model import Article, ArticleResult, Failure
from summitry.settings import Settings


class _FakePipeline:
    """Stands in for Pipeline: sleeps on articles whose text says so, raises on others."""

    def run(self, articles):
        for article in articles:
            if "sleep" in article.text:
                time.sleep(30)
            if "explode" in article.text:
                raise ValueError("boom\nsecond line")
            yield ArticleResult(article=article)


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, text=text, path=f"{article_id}.txt")


@pytest.mark.issue(13)
def test_run_within_limits_reports_and_skips_a_hanging_article():
    items = [_article("a", "fine"), _article("b", "sleep"), Failure("c.txt", "unreadable"), _article("d", "explode"), _article("e", "fine")]
    results = list(run_within_limits(items, Settings(article_time_limit=1), pipeline=_FakePipeline()))
    assert [(type(r).__name__, getattr(r, "source", None) or r.article.id) for r in results] == [
        ("ArticleResult", "a"), ("Failure", "b.txt"), ("Failure", "c.txt"), ("Failure", "d.txt"), ("ArticleResult", "e"),
    ]
    assert results[1].message.startswith("extraction took over 1 s and was stopped; skipped (setting article_time_limit")
    assert results[3].message == "extraction failed: ValueError: boom"


@pytest.mark.issue(13)
def test_time_limit_interrupts_a_backtracking_regex():
    import re

    with pytest.raises(ArticleTimeout):
        with time_limit(0.5):
            re.search(r"(a+)+b", "a" * 40)


@pytest.mark.issue(13)
def test_time_limit_is_not_enforced_off_the_main_thread():
    finished = []

    def work():
        with time_limit(0.1):
            time.sleep(0.3)
        finished.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert finished == [True]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,limit,expected",
    [
        ("short", 10, [(0, 5)]),
        ("aaaa\n\nbbbb\n\ncccc", 8, [(0, 6), (6, 12), (12, 16)]),
        ("aaaa bbbb cccc", 8, [(0, 5), (5, 10), (10, 14)]),
        ("x" * 20, 8, [(0, 8), (8, 16), (16, 20)]),
    ],
)
def test_split_into_parts(text, limit, expected):
    parts = split_into_parts(text, limit)
    assert parts == expected
    assert "".join(text[start:end] for start, end in parts) == text


@pytest.fixture(scope="module")
def long_article():
    """The bundled samples, one after the other, as one 40,000-character article."""
    folder = resources.files("summitry") / "samples"
    records = [json.loads(entry.read_text(encoding="utf-8")) for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".json")]
    text = "\n\n".join(record["text"] for record in records)
    return Article(id="long", text="\n\n".join([text] * (40_000 // len(text) + 1)), published=date(2023, 11, 16), path="long.json")


@pytest.mark.issue(13)
def test_run_within_limits_long_article_in_parts_keeps_exact_offsets(long_article):
    from summitry.limits import MAX_PARSE_CHARS

    assert len(long_article.text) > 2 * MAX_PARSE_CHARS
    [result] = list(run_within_limits([long_article], Settings()))
    assert isinstance(result, ArticleResult)
    assert len(result.article.text) == len(long_article.text)
    assert result.encounters
    for encounter in result.encounters:
        evidence = encounter.evidence
        assert result.article.text[evidence.start:evidence.end] == evidence.sentence
    # Every part contributes: evidence is found in the last part too.
    assert max(e.evidence.start for e in result.encounters) > len(long_article.text) - MAX_PARSE_CHARS


@pytest.mark.issue(13)
def test_run_within_limits_short_article_same_as_pipeline(long_article):
    from summitry.pipeline import Pipeline

    article = replace(long_article, text=long_article.text[:3000])
    pipeline = Pipeline()
    assert list(run_within_limits([article], Settings(), pipeline=pipeline)) == list(pipeline.run([article]))
