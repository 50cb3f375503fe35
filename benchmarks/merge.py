"""Merge cost against store size: does ingesting article 1,000,001 cost what article 1,001 cost?

Builds one store from a synthetic stream of extraction results (no spaCy:
this measures `store.add_results`, i.e. candidate search, merge and writes)
and, each time the store reaches a size (10k, 100k, 1M events by default),
times rounds of the next encounters of the stream written the way `summitry
ingest` writes them (batches of 32 articles, one transaction each). It prints
the merge time per 1,000 encounters at each size and its ratio to the first.

The stream is a news firehose in time order: 2,000 leaders whose share of
events falls off as 1/sqrt(rank) (the busiest in about 1 % of events), 50
shared first names, 25 events a day (`--per-day`), most reported once or
twice, 1 % summits reported 10 to 30 times; 15 % of reports are plans
published before the day, 10 % undated, 5 % month-precision, 10 % name one
party by surname only; meetings, calls (20 %) and visits (10 %). Filling to
the next size uses batches of 500 articles (faster, same code path).

What a new encounter costs depends on how many stored events of the same
people lie within its reach (up to 400 days for undated plans and
year-precision dates), not on the size of the store. At 25 events a day the
first size (10k events) already holds those 400 days; with `--per-day 250`
the 10k store holds 40 days, and the cost rises with the history until the
store holds 400 days (about 100k events), then stays flat. Times are wall
and CPU (process) time: on a shared machine the CPU figure is the steadier.

    python benchmarks/merge.py                          # 10k, 100k, 1M events (SQLite)
    python benchmarks/merge.py --sizes 10000,100000     # quicker
    python benchmarks/merge.py --db postgresql://localhost/bench   # an empty PostgreSQL database
    python benchmarks/merge.py --shapes 4000            # one meeting x4000, one pair x4000 days, one traveller x4000 visits
"""
from __future__ import annotations

import argparse
import bisect
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from itertools import accumulate, islice
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "src"))

from summitry.model import Article, ArticleResult, Encounter, Evidence, Participant, Place  # noqa: E402
from summitry.store import open_store  # noqa: E402

PEOPLE = 2000
INGEST_BATCH = 32  # articles per transaction, as `summitry ingest` (Settings.batch_size)
FILL_BATCH = 500
FIRST_NAMES = ("Joe Ali Maria Li Ahmed Anna John Wei Fatima Jose Olga Kim Omar Sara Ivan Mohammed Elena Juan Yuki Amina "
               "Peter Chen Lucia Hassan Emma Raul Nadia Tomas Aisha Pedro Irina Luis Hana Karim Sofia David Mei Ali "
               "Marta Paul Leila Victor Rosa Samir Ines Igor Noor Carlos Zhang Ana").split()
SYLLABLES = "ka lo mi ra to shi na be du fe go ha ji ku le mo nu pa ri su".split()
CITIES = ("Paris Berlin Tokyo Geneva Nairobi Lima Cairo Delhi Hanoi Oslo Quito Seoul Accra Doha Baku Riga "
          "Minsk Dakar Lagos Rome").split()


def _person(index: int) -> tuple[str, str]:
    surname = "".join(SYLLABLES[(index // 20 ** k) % 20] for k in range(3)).capitalize()
    country = "".join(chr(65 + (index // 26 ** k) % 26) for k in range(2)) + chr(65 + index % 7)
    return f"{FIRST_NAMES[index % len(FIRST_NAMES)]} {surname}", country


class Stream:
    """Synthetic extraction results in publication order, reproducible from a seed."""

    def __init__(self, seed: int = 7, per_day: int = 25):
        self.random = random.Random(seed)
        self.per_day = per_day
        self.people = [_person(index) for index in range(PEOPLE)]
        self.weights = list(accumulate(1 / (rank + 1) ** 0.5 for rank in range(PEOPLE)))
        self.day = date(2000, 1, 1)
        self.article = 0

    def _pick(self, count: int) -> list[int]:
        chosen: set[int] = set()
        while len(chosen) < count:
            chosen.add(bisect.bisect(self.weights, self.random.random() * self.weights[-1]))
        return sorted(chosen)

    def _reports(self, event: int) -> list[Encounter]:
        r = self.random
        kind = r.choices(("meeting", "call", "visit"), (70, 20, 10))[0]
        people = self._pick(1 if kind == "visit" else 2)
        city = None if kind == "call" else r.choice(CITIES)
        occasion = None
        count = 1 + int(r.expovariate(2.0))
        if r.random() < 0.01:
            occasion, count = f"Summit {self.day.year}-{self.day.month}", r.randint(10, 30)
        reports = []
        for number in range(count):
            status, published = "occurred", self.day + timedelta(days=r.randint(0, 2))
            if r.random() < 0.15:
                status, published = "planned", self.day - timedelta(days=r.randint(1, 20))
            draw = r.random()
            day = None if draw < 0.10 else (self.day.isoformat()[:7] if draw < 0.15 else self.day.isoformat())
            names = []
            for index in people:
                name, country = self.people[index]
                if r.random() < 0.10:
                    name = name.split()[-1]
                names.append(Participant(name=name, country=country))
            countries = tuple(p.country for p in names)
            if kind == "visit":
                countries += (r.choice(self.people)[1],)
            sentence = f"{' and '.join(p.name for p in names)} {kind} ({event}.{number})."
            reports.append(Encounter(
                article_id="", kind=kind, participants=tuple(names), countries=countries, date=day, status=status,
                evidence=Evidence(sentence, 0, len(sentence)),
                date_precision="unknown" if day is None else ("month" if len(day) == 7 else "day"),
                location=Place(name=city, city=city) if city else None, occasion=occasion, published=published.isoformat(),
            ))
        return reports

    def articles(self):
        """Endless ArticleResults of one to three encounters each."""
        event = 0
        while True:
            pending: list[Encounter] = []
            for _ in range(self.per_day):
                pending.extend(self._reports(event))
                event += 1
            self.random.shuffle(pending)
            while pending:
                size = min(len(pending), self.random.randint(1, 3))
                group, pending = pending[:size], pending[size:]
                self.article += 1
                article_id = f"a{self.article:08d}"
                published = min(e.published for e in group)
                text = " ".join(e.evidence.sentence for e in group)
                yield ArticleResult(
                    Article(id=article_id, text=text, published=date.fromisoformat(published)),
                    tuple(replace(e, article_id=article_id) for e in group),
                )
            self.day += timedelta(days=1)


def _shape_articles(shape: str, count: int):
    """The issue's worst cases, one encounter per article: one meeting reported `count` times,
    one pair meeting on `count` days, one traveller making `count` visits."""
    start = date(2020, 1, 1)
    for number in range(count):
        if shape == "one-meeting":
            people, kind, day, city = ("Joe Kalomi", "Ali Ramito"), "meeting", start, "Paris"
        elif shape == "one-pair":
            people, kind, day, city = ("Joe Kalomi", "Ali Ramito"), "meeting", start + timedelta(days=2 * number), "Paris"
        else:
            people, kind, day, city = ("Joe Kalomi",), "visit", start + timedelta(days=2 * number), CITIES[number % len(CITIES)]
        sentence = f"{' and '.join(people)} {kind} ({number})."
        published = day + timedelta(days=1)
        encounter = Encounter(
            article_id=f"{shape}-{number:05d}", kind=kind, participants=tuple(Participant(name=n, country="AAA") for n in people),
            countries=("AAA", "BBB") if kind == "visit" else ("AAA", "AAA"), date=day.isoformat(), status="occurred",
            evidence=Evidence(sentence, 0, len(sentence)), date_precision="day", location=Place(name=city, city=city),
            published=published.isoformat(),
        )
        yield ArticleResult(Article(id=encounter.article_id, text=sentence, published=published), (encounter,))


def shapes(count: int) -> None:
    """Time per 1,000 encounters for each quarter of each worst case, each in a new store."""
    print(f"worst cases of issue 10, {count} encounters each, batches of {INGEST_BATCH} articles; "
          "CPU s per 1,000 encounters in each quarter of the run")
    for shape in ("one-meeting", "one-pair", "one-traveller"):
        with tempfile.TemporaryDirectory(prefix="summitry-shape-") as folder, open_store(Path(folder) / "shape.db") as store:
            articles, quarters = _shape_articles(shape, count), []
            for _ in range(4):
                encounters, _seconds, cpu = _round(store, articles, count // 4)
                quarters.append(cpu / encounters * 1000)
            events = store.stats()["events"]
            print(f"  {shape:<14} {' '.join(f'{v:7.3f}' for v in quarters)}   last/first x{quarters[-1] / quarters[0]:.2f}; {events} events")


def _round(store, articles, encounters_wanted: int) -> tuple[int, float, float]:
    """Write the next articles in ingest-sized batches until `encounters_wanted`; (encounters, wall s, CPU s)."""
    done, seconds, cpu = 0, 0.0, 0.0
    while done < encounters_wanted:
        batch = list(islice(articles, INGEST_BATCH))
        if not batch:
            break
        started, started_cpu = time.perf_counter(), time.process_time()
        summary = store.add_results(batch)
        seconds += time.perf_counter() - started
        cpu += time.process_time() - started_cpu
        done += summary.encounters
    return done, seconds, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="Store sizes (events) to measure at.")
    parser.add_argument("--round", type=int, default=1000, help="Encounters per timed round.")
    parser.add_argument("--rounds", type=int, default=3, help="Timed rounds per size (the median is reported).")
    parser.add_argument("--db", help="Store URL (default: a new SQLite file in a temporary folder).")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-day", type=int, default=25, help="Events per day of the stream.")
    parser.add_argument("--shapes", type=int, metavar="N", help="Instead: the issue's worst cases with N encounters each.")
    args = parser.parse_args()
    if args.shapes:
        shapes(args.shapes)
        return
    sizes = [int(value) for value in args.sizes.split(",")]
    folder = tempfile.TemporaryDirectory(prefix="summitry-merge-")
    url = args.db or str(Path(folder.name) / "merge.db")
    articles = Stream(args.seed, args.per_day).articles()
    rows = []
    with open_store(url) as store:
        events = store.stats()["events"]
        fill_started = time.perf_counter()
        for size in sizes:
            while events < size:
                batch = list(islice(articles, FILL_BATCH))
                store.add_results(batch)
                events = int(store._query("SELECT COUNT(*) FROM events")[0][0])
            wall, cpu = [], []
            for _ in range(args.rounds):
                encounters, seconds, cpu_seconds = _round(store, articles, args.round)
                wall.append(seconds / encounters * 1000)
                cpu.append(cpu_seconds / encounters * 1000)
            stats = store.stats()
            rows.append((stats["events"], stats["encounters"], statistics.median(wall), statistics.median(cpu)))
            print(f"size {size:>9,}: {stats['events']:>9,} events, {stats['encounters']:>9,} encounters stored; "
                  f"s per 1,000 encounters: wall {', '.join(f'{v:.3f}' for v in wall)}, CPU {', '.join(f'{v:.3f}' for v in cpu)}; "
                  f"filled in {time.perf_counter() - fill_started:.0f} s so far; load {'/'.join(f'{v:.1f}' for v in os.getloadavg())}",
                  flush=True)
            events = stats["events"]
    print()
    print(f"store: {url if args.db else 'SQLite (temporary file)'}; {args.per_day} events a day; batches of "
          f"{INGEST_BATCH} articles; median of {args.rounds} rounds of ~{args.round} encounters")
    print(f"{'events':>10} {'encounters':>11} {'wall s/1k':>10} {'x first':>8} {'CPU s/1k':>9} {'x first':>8}")
    for events, encounters, wall, cpu in rows:
        print(f"{events:>10,} {encounters:>11,} {wall:>10.3f} {wall / rows[0][2]:>8.2f} {cpu:>9.3f} {cpu / rows[0][3]:>8.2f}")


if __name__ == "__main__":
    main()
