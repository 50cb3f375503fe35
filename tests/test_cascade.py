"""The cascade loses no encounter that a full parse finds (issue 10).

By default the pipeline parses only the sentences that can hold an
encounter and the context reading them needs (`text/candidates.py`);
`Settings(parse_all=True)` parses every article that has a cue word whole,
as before. Every article of ../shared/corpus seeds, dev and dev2 and of our
own corpora goes through both, and every encounter the full parse finds
(kind, participants, date, status) must come out of the cascade too. When
one is lost, widen what the cascade keeps; do not tune extraction rules.
The shared corpora are skipped cleanly when ../shared is absent.
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from summitry.model import Article, ArticleResult

pytestmark = [pytest.mark.issue(10), pytest.mark.slow]

CORPORA = {
    "seeds": ("shared", "corpus/seeds"),
    "dev": ("shared", "corpus/dev"),
    "dev2": ("shared", "corpus/dev2"),
    "own": ("fixtures", "corpus"),
    "heldout": ("fixtures", "corpus2"),
    "corpus3": ("fixtures", "corpus3"),
}


@pytest.fixture(scope="module")
def pipelines():
    """The pipeline with the cascade (the default) and with a full parse."""
    from summitry.pipeline import Pipeline
    from summitry.settings import Settings

    return Pipeline(Settings()), Pipeline(Settings(parse_all=True))


def _articles(request, corpus: str) -> list[Article]:
    from summitry.text import read_paths

    root, folder = CORPORA[corpus]
    base: Path = request.getfixturevalue("shared_dir" if root == "shared" else "fixtures_dir")
    articles_dir = base / folder / "articles"
    if not articles_dir.is_dir():
        pytest.skip(f"{articles_dir} is absent")
    return [item for item in read_paths([articles_dir]) if isinstance(item, Article)]


def _encounters(results) -> dict[str, Counter]:
    found = {}
    for result in results:
        assert isinstance(result, ArticleResult), result
        found[result.article.id] = Counter(
            (e.kind, tuple(sorted(p.name for p in e.participants)), e.date, e.status) for e in result.encounters
        )
    return found


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_cascade_loses_no_encounter_of_the_full_parse(request, pipelines, corpus):
    cascade, full = pipelines
    articles = _articles(request, corpus)
    assert articles
    with_cascade = _encounters(cascade.run(articles))
    with_full_parse = _encounters(full.run(articles))
    assert sum(sum(found.values()) for found in with_full_parse.values()) > 0
    lost = {article_id: sorted((found - with_cascade[article_id]).elements())
            for article_id, found in with_full_parse.items() if found - with_cascade[article_id]}
    assert not lost, f"the cascade lost encounters the full parse finds: {lost}"


def test_cascade_parses_less_than_the_whole_article(request, pipelines):
    """The news articles it skips, and the sentences of a diplomatic article that hold nothing."""
    cascade, _ = pipelines
    article = next(a for a in _articles(request, "heldout") if "Here is what we know." in a.text)
    record = cascade.prepare(article)
    cascade.candidates(record)
    assert len(record.text) == len(article.text)
    assert "Here is what we know." not in record.text
    assert "They first met in person on the sidelines of the G20 summit in Hamburg in July 2017." in record.text


# (publication day, text, what the probe parses: the candidates, with the sentence before one that names no party or holds a
# pronoun; whether the rest is parsed after it; the encounters found)
_PROBED = [
    ("2024-11-20", "Boeing raises output of its jets\n\nBoeing said on Tuesday it would build ten 787 jets a month from next "
     "year, up from two. The company has hired 2,000 workers at its plant in Everett, Washington. Boeing president "
     "Jim McNerney said the plant must meet customer demand. Shares rose 2 percent in New York.",
     "Boeing president Jim McNerney said the plant must meet customer demand.", False, []),
    ("2024-11-20", "Brazil and China sign trade deals\n\nBrazil and China signed 37 agreements on trade and energy on Wednesday. "
     "Shares of Vale rose 2 percent in Sao Paulo. The agreements cover soybeans and iron ore. Chinese President Xi "
     "Jinping met Brazilian President Luiz Inacio Lula da Silva at the Alvorada Palace in Brasilia on Wednesday. "
     "Iron ore prices rose 3 percent.",
     "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva at the Alvorada Palace in "
     "Brasilia on Wednesday.", True,
     [("meeting", ("Luiz Inácio Lula da Silva", "Xi Jinping"), "2024-11-20")]),
    ("2018-07-09", "Ethiopia and Eritrea end a war\n\nEthiopian Prime Minister Abiy Ahmed stunned the region last month by accepting "
     "a 2002 boundary ruling. He and Eritrean President Isaias Afwerki then spoke by telephone for the first time. "
     "Coffee prices fell.",
     "Ethiopian Prime Minister Abiy Ahmed stunned the region last month by accepting a 2002 boundary ruling. "
     "He and Eritrean President Isaias Afwerki then spoke by telephone for the first time.", True,
     [("call", ("Abiy Ahmed", "Isaias Afwerki"), "2018-06")]),
]


@pytest.mark.parametrize("published, text, probed, parsed_after, expected", _PROBED)
def test_cascade_probe_parses_the_rest_only_after_a_mention(pipelines, monkeypatch, published, text, probed, parsed_after, expected):
    """One or two candidate sentences are parsed alone first; the lead and context only when they hold a mention."""
    cascade, _ = pipelines
    parsed: list[list[str]] = []
    original = cascade.nlp.pipe

    def spy(texts, **options):
        texts = list(texts)
        parsed.append(texts)
        return original(texts, **options)

    monkeypatch.setattr(cascade.nlp, "pipe", spy)
    [result] = cascade.run([Article(id="probe", text=text, published=date.fromisoformat(published))])
    texts = [" ".join(one.split()) for call in parsed for one in call]
    assert texts[0] == probed
    assert any(one.startswith(text.split("\n")[0]) for one in texts[1:]) == parsed_after  # the headline
    assert [(e.kind, tuple(sorted(p.name for p in e.participants)), e.date) for e in result.encounters] == expected
