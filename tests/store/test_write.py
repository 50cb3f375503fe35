"""The store's write side (store/write.py): incremental merges equal a merge of everything, and read only what is in reach (issue 10)."""
from __future__ import annotations

import random
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

from summitry.model import Article, ArticleResult
from summitry.resolve import merge_encounters
from summitry.store import open_store

from conftest import make_encounter, make_result

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_resolve import gold_mentions  # noqa: E402


def _gold_results() -> list[ArticleResult]:
    """The merge fixture's gold mentions, grouped back into their articles."""
    encounters, _ = gold_mentions()
    by_article = defaultdict(list)
    for encounter in encounters:
        by_article[encounter.article_id].append(encounter)
    return [
        ArticleResult(Article(id=article_id, text=f"text of {article_id}", published=date.fromisoformat(found[0].published)),
                      tuple(sorted(found, key=lambda e: e.evidence.start)))
        for article_id, found in sorted(by_article.items())
    ]


def _shape(events) -> list[tuple]:
    return sorted((event.id, event.status, event.date, event.participants,
                   tuple(sorted((e.article_id, e.evidence.start) for e in event.encounters))) for event in events)


@pytest.mark.issue(10)
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_store_batches_in_any_order_equal_one_merge_of_everything(store, seed):
    results = _gold_results()
    expected = _shape(merge_encounters(e for result in results for e in result.encounters))
    order = results[:]
    random.Random(seed).shuffle(order)
    while order:
        size = random.Random(seed + len(order)).randint(1, 4)
        store.add_results(order[:size])
        order = order[size:]
    assert _shape(store.events()) == expected


@pytest.mark.issue(10)
def test_store_surname_stored_before_the_full_name_joins_it(store):
    store.add_results([make_result("early", "2024-04-03", [make_encounter("early", ["Biden", "Xi"], "2024-04-02", kind="call")])])
    store.add_results([make_result("late", "2024-06-01", [make_encounter("late", ["Joe Biden", "Xi Jinping"], "2023-11-15")])])
    assert sorted(event.participants for event in store.events()) == [("Joe Biden", "Xi Jinping")] * 2


@pytest.mark.issue(10)
def test_store_visit_joins_a_stored_meeting_of_its_traveller(store):
    store.add_results([make_result("m", "2023-11-16", [
        make_encounter("m", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside", country="USA")])])
    store.add_results([make_result("v", "2023-11-16", [
        make_encounter("v", ["Xi Jinping"], "2023-11-15", kind="visit", countries=["CHN", "USA"], country="USA")])])
    [event] = store.events()
    assert event.sources == 2 and event.kind == "meeting"


@pytest.mark.issue(10)
def test_store_merge_reads_only_events_within_reach(store, monkeypatch):
    start = date(2020, 1, 1)
    store.add_results([
        make_result(f"a{n}", (start + timedelta(days=3 * n + 1)).isoformat(), [
            make_encounter(f"a{n}", ["Joe Biden", "Xi Jinping"], (start + timedelta(days=3 * n)).isoformat(), city="Paris")])
        for n in range(200)
    ])
    read: list[tuple] = []
    query = store._query

    def spy(sql, params=()):
        rows = query(sql, params)
        if "FROM encounters" in sql or "FROM event_" in sql:
            read.extend(rows)
        return rows

    monkeypatch.setattr(store, "_query", spy)
    day = start + timedelta(days=3 * 150)
    store.add_results([make_result("new", (day + timedelta(days=1)).isoformat(), [
        make_encounter("new", ["Joe Biden", "Xi Jinping"], day.isoformat(), city="Paris")])])
    # The one meeting on that day and its rows, not the 199 other meetings of the pair.
    assert len({row[0] for row in read if isinstance(row[0], str) and row[0].startswith("a")}) <= 1
    assert len(read) < 20
    assert store.count_events() == 200


@pytest.mark.issue(10)
def test_store_upgrades_a_version_1_store(store_url, tmp_path):
    results = _gold_results()
    with open_store(store_url) as store:
        store.add_results(results[:7])
        for table in ("event_reach", "event_names", "name_tokens", "name_offices", "name_forms", "actor_countries"):
            store._execute(f"DROP TABLE {table}")
        store._execute("CREATE TABLE encounter_names (token TEXT NOT NULL, encounter_id TEXT NOT NULL)")
        store._execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with open_store(store_url) as upgraded:
        upgraded.add_results(results[7:])
        assert upgraded._query("SELECT value FROM meta WHERE key = 'schema_version'") == [("2",)]
        after_upgrade, actors = _shape(upgraded.events()), upgraded.actors()
    with open_store(tmp_path / "fresh.db") as fresh:
        fresh.add_results(results)
        assert after_upgrade == _shape(fresh.events())
        assert actors == fresh.actors()
