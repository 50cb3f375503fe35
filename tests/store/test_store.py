"""The store API (docs/architecture.md) on SQLite and PostgreSQL, with hand-built encounters."""
from __future__ import annotations

from dataclasses import replace

import pytest

from summitry.model import Failure
from summitry.store import open_store

from conftest import make_encounter, make_result


def _summit_results():
    return [
        make_result("a1", "2023-11-10", [
            make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11-15", status="planned", published="2023-11-10",
                           city="San Francisco", country="USA", occasion="APEC 2023"),
        ]),
        make_result("a2", "2023-11-16", [
            make_encounter("a2", ["Joe Biden", "Xi Jinping"], "2023-11-15", published="2023-11-16",
                           city="San Francisco", country="USA", occasion="APEC 2023"),
            make_encounter("a2", ["Joe Biden", "Xi Jinping"], "2022-11-14", published="2023-11-16", city="Bali",
                           country="IDN", occasion="G20 2022", start=100),
        ]),
        make_result("a3", "2024-04-03", [
            make_encounter("a3", ["Biden", "Xi"], "2024-04-02", kind="call", published="2024-04-03"),
            make_encounter("a3", ["Xi Jinping", "Vladimir Putin"], "2023-10-18", published="2024-04-03", city="Beijing",
                           country="CHN", start=200),
        ]),
    ]


def test_store_add_results_merges_across_articles(store):
    summary = store.add_results(_summit_results())
    assert summary.added == 3
    assert store.count_events() == 4
    summit = store.events(actor="Joe Biden", since="2023-11", until="2023-11")
    assert len(summit) == 1
    assert summit[0].status == "occurred"
    assert summit[0].sources == 2
    assert [change.status for change in summit[0].status_history] == ["planned", "occurred"]


@pytest.mark.parametrize("filters, expected", [
    ({"actor": "Joe Biden"}, 3),
    ({"actor": "biden"}, 3),
    ({"actor": "Xi Jinping", "with_": "Vladimir Putin"}, 1),
    ({"actor": "Xi Jinping", "with_": "Joe Biden"}, 3),
    ({"country": "RUS"}, 1),
    ({"country": "idn"}, 1),
    ({"since": "2023"}, 3),
    ({"since": "2023-11-16"}, 1),
    ({"until": "2022"}, 1),
    ({"kind": "call"}, 1),
    ({"status": "occurred"}, 4),
    ({"search": "apec"}, 1),
    ({"actor": "Nobody Known"}, 0),
])
def test_store_events_filters(store, filters, expected):
    store.add_results(_summit_results())
    assert len(store.events(**filters)) == expected
    assert store.count_events(**filters) == expected


def test_store_readding_same_article_changes_nothing(store):
    store.add_results(_summit_results())
    before = [(e.id, e.sources) for e in store.events()]
    summary = store.add_results(_summit_results())
    assert summary.unchanged == 3 and summary.added == 0
    assert [(e.id, e.sources) for e in store.events()] == before
    assert store.stats()["encounters"] == 5


def test_store_changed_article_replaces_its_encounters(store):
    store.add_results(_summit_results())
    changed = make_result("a3", "2024-04-03", [
        make_encounter("a3", ["Biden", "Xi"], "2024-04-02", kind="call", published="2024-04-03"),
    ], text="A corrected text.")
    summary = store.add_results([changed])
    assert summary.updated == 1
    assert store.count_events(actor="Vladimir Putin") == 0
    assert store.count_events() == 3
    assert "Vladimir Putin" not in [actor["name"] for actor in store.actors()]


def test_store_same_content_under_another_id_is_not_a_new_source(store):
    first = _summit_results()[0]
    copy = replace(first, article=replace(first.article, id="copy-of-a1"))
    store.add_results([first])
    summary = store.add_results([copy])
    assert summary.duplicates == 1
    assert store.events()[0].sources == 1


def test_store_order_of_batches_does_not_matter(store_url, tmp_path):
    results = _summit_results()
    with open_store(store_url) as store:
        for result in reversed(results):
            store.add_results([result])
        one_by_one = sorted((e.id, e.sources, e.status, e.date) for e in store.events())
    with open_store(tmp_path / "together.db") as together:
        together.add_results(results)
        at_once = sorted((e.id, e.sources, e.status, e.date) for e in together.events())
    assert one_by_one == at_once


def test_store_event_show_keeps_every_mention(store):
    store.add_results(_summit_results())
    summit = store.events(actor="Xi Jinping", with_="Joe Biden", kind="meeting", since="2023")[0]
    loaded = store.event(summit.id)
    assert loaded == summit
    assert {(e.article_id, e.evidence.start) for e in loaded.encounters} == {("a1", 0), ("a2", 0)}
    assert store.event("no-such-id") is None


def test_store_timeline_is_oldest_first(store):
    store.add_results(_summit_results())
    dates = [event.date for event in store.timeline("Joe Biden")]
    assert dates == ["2022-11-14", "2023-11-15", "2024-04-02"]
    assert [event.date for event in store.timeline("Xi Jinping", with_="Vladimir Putin")] == ["2023-10-18"]


def test_store_actors_counts_events(store):
    store.add_results(_summit_results())
    actors = {actor["name"]: actor for actor in store.actors()}
    assert actors["Xi Jinping"]["events"] == 4
    assert actors["Xi Jinping"]["country"] == "CHN"
    assert actors["Vladimir Putin"]["events"] == 1


def test_store_article_and_stats(store):
    store.add_results(_summit_results() + [Failure("bad.html", "unreadable")])
    assert store.article("a1").published.isoformat() == "2023-11-10"
    assert store.article("missing") is None
    stats = store.stats()
    assert (stats["articles"], stats["encounters"], stats["events"]) == (3, 5, 4)
    assert stats["first_date"] == "2022-11-14"


def test_store_failed_batch_leaves_store_unchanged(store):
    store.add_results(_summit_results()[:1])

    def exploding():
        yield _summit_results()[1]
        raise RuntimeError("killed mid-batch")

    with pytest.raises(RuntimeError):
        store.add_results(exploding())
    assert store.stats()["articles"] == 1
    assert store.count_events() == 1


def test_store_pagination(store):
    store.add_results(_summit_results())
    page = store.events(limit=2, offset=1)
    everything = store.events()
    assert [e.id for e in page] == [e.id for e in everything[1:3]]
    assert [e.id for e in store.events(offset=3)] == [everything[3].id]


def test_store_iter_events_reads_everything(store):
    store.add_results(_summit_results())
    assert sorted(e.id for e in store.iter_events(batch=1)) == sorted(e.id for e in store.events())


@pytest.mark.issue(12)
def test_store_citations_give_article_metadata_without_text(store):
    from datetime import date

    from summitry.model import Article, ArticleResult, Citation

    article = Article(id="c1", text="Twelve chars", published=date(2023, 11, 16), url="https://news.example/c1",
                      title="Leaders meet", source="Example News")
    store.add_results([ArticleResult(article=article), make_result("c2", "2023-11-17", [])])
    cited = store.citations(["c1", "c2", "unknown"])
    assert cited["c1"] == Citation("c1", url="https://news.example/c1", source="Example News", title="Leaders meet",
                                   published="2023-11-16", length=12)
    assert (cited["c2"].url, cited["c2"].published) == (None, "2023-11-17") and "unknown" not in cited
