"""Latency of the events list page and /api/events over a store of 100,000 synthetic events.

    python benchmarks/web_list.py                   # 100,000 events in a temporary SQLite file
    python benchmarks/web_list.py --events 20000 --db /tmp/bench.db --keep

Fills the store through the public `Store.add_results` (one synthetic article
per event: 100 leaders per batch of 2,000, pairs drawn at random, dates
spread over 1990-2024), then times requests through FastAPI's TestClient:
the first page, a deep page, and filtered lists. Prints the median and the
95th percentile of each, in milliseconds. The target is < 300 ms for the
list page.
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from summitry.model import Article, ArticleResult, Encounter, Evidence, Participant, Place

COUNTRIES = ["USA", "CHN", "FRA", "DEU", "IND", "BRA", "JPN", "GBR", "RUS", "TUR", "ZAF", "IDN", "MEX", "KOR", "EGY"]
CITIES = [("Paris", "FRA", 48.86, 2.35), ("Beijing", "CHN", 39.9, 116.4), ("Washington", "USA", 38.9, -77.04),
          ("New Delhi", "IND", 28.61, 77.21), ("Brasilia", "BRA", -15.79, -47.88), ("Tokyo", "JPN", 35.68, 139.69)]
KINDS = ("meeting", "call", "visit")
# Each batch of 2,000 reports has its own 100 leaders: the store then never re-reads
# earlier batches to merge, and the fill stays linear (about a minute for 100,000).
# With shared leaders the merge re-reads every stored encounter of them per batch.
BATCH = 2_000
LEADERS_PER_BATCH = 100
REPEATS = 15


def _leader(number: int) -> Participant:
    return Participant(f"Leader{number:05d} Synthetic{number:05d}", "President", COUNTRIES[number % len(COUNTRIES)])


def _results(count: int, seed: int = 7):
    rng = random.Random(seed)
    start = date(1990, 1, 1)
    for number in range(count):
        offset = number // BATCH * LEADERS_PER_BATCH
        a, b = (offset + pick for pick in rng.sample(range(LEADERS_PER_BATCH), 2))
        first, second = _leader(a), _leader(b)
        # Spread over 1990-2024 (12,700 days); the pair is random, so two reports of one pair on one day are rare.
        day = start + timedelta(days=rng.randrange(12_700))
        city = CITIES[number % len(CITIES)]
        sentence = f"{first.name} met {second.name} in {city[0]} on {day.isoformat()}."
        text = f"{city[0].upper()} - {sentence} Talks covered trade."
        article = Article(id=f"bench-{number:06d}", text=text, published=day, published_source="metadata", title=sentence)
        encounter = Encounter(
            article_id=article.id, kind=KINDS[number % 3], participants=(first, second),
            countries=(first.country, second.country), date=day.isoformat(), date_precision="day", status="occurred",
            evidence=Evidence(sentence, text.index(sentence), text.index(sentence) + len(sentence)),
            location=Place(city[0], city[0], city[1], city[2], city[3]), published=day.isoformat(), cue="met",
        )
        yield ArticleResult(article, (encounter,))


def fill(store, count: int) -> None:
    batch = []
    started = time.perf_counter()
    for result in _results(count):
        batch.append(result)
        if len(batch) == BATCH:
            store.add_results(batch)
            batch = []
            done = store.count_events()
            print(f"  {done:>7} events stored ({time.perf_counter() - started:.0f} s)", flush=True)
    if batch:
        store.add_results(batch)


def _time(client, url: str) -> tuple[float, float]:
    client.get(url)  # warm up caches once
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="SQLite file to (re)use; default a temporary one")
    parser.add_argument("--keep", action="store_true", help="keep --db filled between runs")
    options = parser.parse_args()

    from fastapi.testclient import TestClient

    from summitry.settings import Settings
    from summitry.store import open_store
    from summitry.web import create_app

    with tempfile.TemporaryDirectory() as folder:
        path = options.db or Path(folder) / "bench.db"
        store = open_store(path)
        have = store.count_events()
        if have < options.events:
            print(f"filling {path} with {options.events} synthetic events ...", flush=True)
            fill(store, options.events)
        total = store.count_events()
        print(f"store: {total} events")
        client = TestClient(create_app(Settings(db=str(path)), store))
        actor = _leader(1).name
        cases = [
            ("list page, first page", "/"),
            ("list page, page 1000", "/?offset=50000"),
            ("list page, actor filter", f"/?actor={actor.replace(' ', '+')}"),
            ("list page, since 2020, kind call", "/?since=2020&kind=call"),
            ("list page, search", "/?q=Leader00007"),
            ("/api/events, first page", "/api/events"),
            ("/api/events, limit 500", "/api/events?limit=500"),
            ("/api/events, country USA", "/api/events?country=USA"),
        ]
        print(f"{'request':<36} {'median ms':>10} {'p95 ms':>8}")
        for label, url in cases:
            median, p95 = _time(client, url)
            print(f"{label:<36} {median:>10.1f} {p95:>8.1f}")
        store.close()


if __name__ == "__main__":
    main()
