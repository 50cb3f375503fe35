"""Merging encounters into events (summitry.resolve), on hand-built cases and our merge corpus."""
from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest

from summitry.model import Encounter, Evidence, Participant, Place
from summitry.resolve import date_interval, merge_encounters, normalise_name

MERGE = Path(__file__).resolve().parent / "fixtures" / "merge"


def gold_mentions() -> tuple[list[Encounter], dict[tuple, str]]:
    """Encounters built from the gold annotation of tests/fixtures/merge, and the gold event of each."""
    gold = json.loads((MERGE / "gold.json").read_text(encoding="utf-8"))
    encounters, truth = [], {}
    for event in gold["events"]:
        for mention in event["mentions"]:
            article = json.loads((MERGE / "articles" / f"{mention['article_id']}.json").read_text(encoding="utf-8"))
            start = article["text"].index(mention["evidence"])
            countries = dict(zip(mention["participants"], mention["countries"]))
            location = mention["location"]
            encounter = Encounter(
                article_id=mention["article_id"], kind=mention["kind"],
                participants=tuple(Participant(name=name, country=countries.get(name)) for name in mention["participants"]),
                countries=tuple(mention["countries"]), date=mention["date"], status=mention["status"],
                evidence=Evidence(mention["evidence"], start, start + len(mention["evidence"])),
                location=Place(name=location["city"] or location["country"], city=location["city"], country=location["country"]) if location else None,
                occasion=mention["occasion"], published=article["published"], cue=mention["kind"],
            )
            encounters.append(encounter)
            truth[_key(encounter)] = event["id"]
    return encounters, truth


def _key(encounter: Encounter) -> tuple:
    return (encounter.article_id, encounter.evidence.start, encounter.kind)


def pairwise_scores(events, truth) -> dict:
    """Pairwise precision/recall/F1 of a clustering against gold event labels."""
    predicted = {}
    for event in events:
        for encounter in event.encounters:
            predicted[_key(encounter)] = event.id
    keys = sorted(truth)
    same_pred = {(a, b) for a, b in itertools.combinations(keys, 2) if predicted[a] == predicted[b]}
    same_gold = {(a, b) for a, b in itertools.combinations(keys, 2) if truth[a] == truth[b]}
    hits = len(same_pred & same_gold)
    precision = hits / len(same_pred) if same_pred else 1.0
    recall = hits / len(same_gold) if same_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "events": len(events), "truth": len(set(truth.values()))}


@pytest.mark.issue(5)
def test_merge_corpus_pairwise_f1():
    encounters, truth = gold_mentions()
    scores = pairwise_scores(merge_encounters(encounters), truth)
    assert scores["f1"] >= 0.90, scores
    assert abs(scores["events"] - scores["truth"]) <= 0.1 * scores["truth"], scores


@pytest.mark.issue(5)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_merge_is_order_independent(seed):
    encounters, _ = gold_mentions()
    expected = merge_encounters(encounters)
    shuffled = encounters[:]
    random.Random(seed).shuffle(shuffled)
    assert merge_encounters(shuffled) == expected


def _gold_event(events, truth, gold_id):
    for event in events:
        if any(truth[_key(encounter)] == gold_id for encounter in event.encounters):
            return event
    raise AssertionError(gold_id)


@pytest.mark.parametrize("gold_id, status, day", [
    ("biden-xi-woodside-2023", "occurred", "2023-11-15"),
    ("biden-xi-call-2024-04", "occurred", "2024-04-02"),
    ("macron-modi-jaipur-2024", "occurred", "2024-01-25"),
    ("kishida-albanese-canberra-cancelled", "cancelled", "2023-10-20"),
    ("kishida-albanese-hiroshima-2023", "occurred", "2023-05-20"),
    ("xi-putin-moscow-2023-03", "occurred", "2023-03-21"),
])
def test_merge_status_and_date_follow_evidence(gold_id, status, day):
    encounters, truth = gold_mentions()
    event = _gold_event(merge_encounters(encounters), truth, gold_id)
    assert (event.status, event.date) == (status, day)
    assert event.date_reason


def test_merge_conflicting_dates_keep_both_and_say_why():
    encounters, truth = gold_mentions()
    call = _gold_event(merge_encounters(encounters), truth, "biden-xi-call-2024-04")
    assert sorted({e.date for e in call.encounters}) == ["2024-04-02", "2024-04-03"]
    assert "2 of 3" in call.date_reason and "2024-04-03" in call.date_reason


def test_merge_confidence_grows_with_sources():
    encounters, truth = gold_mentions()
    events = merge_encounters(encounters)
    woodside = _gold_event(events, truth, "biden-xi-woodside-2023")
    orban = _gold_event(events, truth, "putin-orban-beijing-2023-10-17")
    assert woodside.sources == 5 and orban.sources == 1
    assert woodside.confidence > orban.confidence > 0


def _encounter(article, people, day, kind="meeting", status="occurred", published="2023-12-01", city=None, start=0):
    sentence = f"{article} {start}"
    return Encounter(
        article_id=article, kind=kind, participants=tuple(Participant(name=name) for name in people),
        countries=(), date=day, status=status, evidence=Evidence(sentence, start, start + len(sentence)),
        location=Place(name=city, city=city) if city else None, published=published,
    )


@pytest.mark.parametrize("first, second, merged", [
    (_encounter("a", ["Joe Biden", "Xi Jinping"], "2023-11"), _encounter("b", ["Biden", "Xi"], "2023-11-15"), True),
    (_encounter("a", ["Joe Biden", "Xi Jinping"], "2023-11-15"), _encounter("b", ["Joe Biden", "Xi Jinping"], "2023-11-20"), False),
    (_encounter("a", ["Joe Biden", "Xi Jinping"], "2023-11-15", kind="call"), _encounter("b", ["Joe Biden", "Xi Jinping"], "2023-11-15"), False),
    (_encounter("a", ["Joe Biden", "Xi Jinping"], "2023-11-15", kind="call"), _encounter("b", ["Joe Biden", "Xi Jinping"], "2023-11-16", kind="call"), True),
    (_encounter("a", ["Joe Biden", "Xi Jinping"], "2023-11-15"), _encounter("b", ["Joe Biden", "Xi Jinping"], "2023-11-16"), False),
    (_encounter("a", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside"), _encounter("b", ["Joe Biden", "Xi Jinping"], "2023-11-16", city="Woodside"), True),
    (_encounter("a", ["Joe Biden", "Xi Jinping"], "2023-11", city="Woodside"), _encounter("b", ["Joe Biden", "Xi Jinping"], "2023-11", city="Bali"), False),
    (_encounter("a", ["Joe Biden", "Xi Jinping"], "2023"), _encounter("b", ["Joe Biden", "Vladimir Putin"], "2023"), False),
    (_encounter("a", ["Lula da Silva", "Olaf Scholz"], "2023-12-04"), _encounter("b", ["Lúla Da Silva", "olaf scholz"], "2023-12-04"), True),
])
def test_merge_pairs(first, second, merged):
    assert (len(merge_encounters([first, second])) == 1) is merged


def test_merge_planned_then_held_follows_latest_evidence():
    planned = _encounter("a", ["Joe Biden", "Xi Jinping"], "2023-11-15", status="planned", published="2023-11-10")
    held = _encounter("b", ["Joe Biden", "Xi Jinping"], "2023-11-15", published="2023-11-16")
    [event] = merge_encounters([held, planned])
    assert event.status == "occurred"
    assert [change.status for change in event.status_history] == ["planned", "occurred"]


def test_merge_undated_report_joins_the_recent_meeting():
    recent = _encounter("a", ["Joe Biden", "Xi Jinping"], "2023-11-15", published="2023-11-16")
    earlier = _encounter("b", ["Joe Biden", "Xi Jinping"], "2022-11-14", published="2023-11-16")
    undated = _encounter("c", ["Joe Biden", "Xi Jinping"], None, published="2023-11-17")
    events = merge_encounters([recent, earlier, undated])
    assert len(events) == 2
    assert {e.article_id for e in next(ev for ev in events if ev.date == "2023-11-15").encounters} == {"a", "c"}


def test_merge_event_ids_are_stable():
    encounters, _ = gold_mentions()
    assert [e.id for e in merge_encounters(encounters)] == [e.id for e in merge_encounters(list(reversed(encounters)))]
    assert len({e.id for e in merge_encounters(encounters)}) == len(merge_encounters(encounters))


@pytest.mark.parametrize("name, expected", [("Président Lula da Silva", "lula da silva"), ("Mr. Xi", "xi"), ("Prime Minister of Canada", "prime minister of canada")])
def test_normalise_name(name, expected):
    assert normalise_name(name) == expected


@pytest.mark.parametrize("value, first, last", [("2023", "2023-01-01", "2023-12-31"), ("2024-02", "2024-02-01", "2024-02-29"), ("2023-11-15", "2023-11-15", "2023-11-15")])
def test_date_interval(value, first, last):
    start, end = date_interval(value)
    assert (start.isoformat(), end.isoformat()) == (first, last)
