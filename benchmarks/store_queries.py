"""Query latency of the event store on 1,000,000 synthetic events.

Builds a store with N synthetic events (default 1,000,000; 600 actors from
150 countries, dates 2000-2024, one source encounter each) by bulk insert,
then prints median and p95 latency in ms of the common queries: events of an
actor, of a pair, in a date range (each a first page of 50, with its encounters
loaded), and the count of an actor's events. SQLite always; PostgreSQL too
when SUMMITRY_TEST_PG_URL is set.

    python benchmarks/store_queries.py [--events 1000000] [--db /tmp/summitry-bench.db]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta

from summitry.store import open_store
from summitry.store.records import ENCOUNTER_COLUMNS, EVENT_COLUMNS

ACTORS = 600
COUNTRIES = 150
PAGE = 50
RUNS = 60


def _actor(index: int) -> str:
    return f"Leader {index:04d} Synthetic"


def _rows(count: int, seed: int = 5):
    rng = random.Random(seed)
    first = date(2000, 1, 1).toordinal()
    span = date(2024, 12, 31).toordinal() - first
    for number in range(count):
        a, b = rng.sample(range(ACTORS), 2)
        day = date.fromordinal(first + rng.randrange(span)).isoformat()
        kind = rng.choice(("meeting", "meeting", "call", "visit"))
        status = rng.choice(("occurred", "occurred", "occurred", "planned", "cancelled"))
        event_id = f"{number:016x}"
        names = [_actor(a), _actor(b)]
        countries = [f"C{a % COUNTRIES:02d}", f"C{b % COUNTRIES:02d}"]
        event = (
            event_id, kind, day, None, "day", day, day, status, None, None, None, None, 0.5, 1,
            f"all 1 dated source(s) give {day}", json.dumps(names), json.dumps(countries), "[]",
            " ".join(names).lower(),
        )
        participants = [(names[0], event_id, countries[0], day), (names[1], event_id, countries[1], day)]
        country_rows = [(code, event_id, day) for code in sorted(set(countries))]
        sentence = f"{names[0]} met {names[1]} on {day}."
        participants_json = json.dumps([{"name": n, "role": None, "country": c, "mention": n, "alternatives": []} for n, c in zip(names, countries)])
        encounter = (
            f"art{number}#0", f"art{number}", 0, event_id, kind, day, None, "day", status, None, None, day, "met",
            sentence, 0, len(sentence), participants_json, json.dumps(countries),
        )
        yield event, participants, country_rows, encounter


def build(store, count: int) -> float:
    started = time.perf_counter()
    events, participants, countries, encounters = [], [], [], []

    def flush():
        if store.dialect == "postgresql":
            store.copy_rows("events", EVENT_COLUMNS, events)
            store.copy_rows("event_participants", ("actor", "event_id", "country", "date_first"), participants)
            store.copy_rows("event_countries", ("country", "event_id", "date_first"), countries)
            store.copy_rows("encounters", ENCOUNTER_COLUMNS, encounters)
        else:
            with store._write():
                store._executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({','.join('?' * len(EVENT_COLUMNS))})", events)
                store._executemany("INSERT INTO event_participants VALUES (?, ?, ?, ?)", participants)
                store._executemany("INSERT INTO event_countries VALUES (?, ?, ?)", countries)
                store._executemany(f"INSERT INTO encounters ({', '.join(ENCOUNTER_COLUMNS)}) VALUES ({','.join('?' * len(ENCOUNTER_COLUMNS))})", encounters)
        for batch in (events, participants, countries, encounters):
            batch.clear()

    for event, participant_rows, country_rows, encounter in _rows(count):
        events.append(event)
        participants.extend(participant_rows)
        countries.extend(country_rows)
        encounters.append(encounter)
        if len(events) >= 50_000:
            flush()
    flush()
    with store._write():
        store._execute("DELETE FROM actors")
        store._execute(
            "INSERT INTO actors (name, key, country, events) "
            "SELECT actor, LOWER(actor), MIN(country), COUNT(*) FROM event_participants GROUP BY actor"
        )
    if store.dialect == "postgresql":
        store._execute("ANALYZE")
    else:
        store._execute("ANALYZE")
    return time.perf_counter() - started


def _time(function, runs: int = RUNS) -> tuple[float, float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(0.95 * (len(timings) - 1))]


def measure(store) -> list[tuple[str, float, float]]:
    rng = random.Random(7)
    actor = lambda: _actor(rng.randrange(ACTORS))  # noqa: E731

    def date_range():
        start = date(2000, 1, 1) + timedelta(days=rng.randrange(9000))
        return start.isoformat(), (start + timedelta(days=30)).isoformat()

    queries = [
        ("events by actor (page of 50)", lambda: store.events(actor=actor(), limit=PAGE)),
        ("events by pair (page of 50)", lambda: store.events(actor=actor(), with_=actor(), limit=PAGE)),
        ("events by date range, 1 month (page of 50)", lambda: store.events(*(), **dict(zip(("since", "until"), date_range())), limit=PAGE)),
        ("events by actor + date range, 1 year", lambda: store.events(actor=actor(), since=str(rng.randrange(2000, 2025)), until=None, limit=PAGE)),
        ("timeline of a pair (all events)", lambda: store.timeline(actor(), with_=actor())),
        ("count of an actor's events", lambda: store.count_events(actor=actor())),
        ("event by id", lambda: store.event(f"{rng.randrange(10**6):016x}")),
    ]
    return [(name, *_time(query)) for name, query in queries]


def report(label: str, store, count: int, rebuild: bool) -> None:
    existing = store.stats()["events"]
    if rebuild or existing != count:
        if existing:
            print(f"{label}: store holds {existing} events, expected {count}; use a fresh --db", file=sys.stderr)
            return
        seconds = build(store, count)
        print(f"{label}: built {count:,} events in {seconds:.0f} s")
    print(f"{label}: {count:,} events, median / p95 ms over {RUNS} runs")
    for name, median, p95 in measure(store):
        print(f"  {name:45s} {median:8.2f} {p95:8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/summitry-bench.db")
    arguments = parser.parse_args()
    with open_store(arguments.db) as store:
        report("SQLite", store, arguments.events, rebuild=False)
    url = os.environ.get("SUMMITRY_TEST_PG_URL")
    if url:
        with open_store(url) as store:
            report("PostgreSQL", store, arguments.events, rebuild=False)


if __name__ == "__main__":
    main()
