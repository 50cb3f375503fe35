"""Ingest end to end: extraction, batches, re-runs and a SIGKILL mid-run (issue 5)."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from summitry.cli import main
from summitry.ingest import ingest
from summitry.store import open_store

MERGE = Path(__file__).resolve().parent / "fixtures" / "merge"
PROJECT = Path(__file__).resolve().parents[1]

PAIRS = [("Joe Biden", "Xi Jinping"), ("Emmanuel Macron", "Narendra Modi"), ("Olaf Scholz", "Vladimir Putin"),
         ("Anthony Albanese", "Fumio Kishida")]
CITIES = ["Paris", "Berlin", "Tokyo", "Geneva", "Nairobi", "Lima"]


def _write_generated_articles(folder: Path, count: int) -> None:
    """Small articles: each pair meets on distinct days, each meeting reported by two articles."""
    folder.mkdir()
    for number in range(count):
        meeting = number // 2
        first, second = PAIRS[meeting % len(PAIRS)]
        day = 1 + meeting % 28
        month = 1 + (meeting // 28) % 12
        city = CITIES[meeting % len(CITIES)]
        published = f"2023-{month:02d}-{min(day + 1, 28):02d}"
        text = f"{first} and {second} held talks in {city} on 2023-{month:02d}-{day:02d}, officials said. Report {number}."
        (folder / f"g{number:04d}.json").write_text(json.dumps({"id": f"g{number:04d}", "published": published, "text": text}))


def _counts(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as connection:
        articles = connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        events = connection.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    return articles, events


@pytest.mark.slow
@pytest.mark.issue(5)
def test_ingest_merge_corpus_and_rerun_changes_nothing(tmp_path):
    db = tmp_path / "corpus.db"
    with open_store(db) as store:
        first = ingest([MERGE / "articles"], store)
        assert first.added == 14 and first.failures == 0
        events = sorted((e.id, e.sources) for e in store.events())
        again = ingest([MERGE / "articles"], store)
        assert again.unchanged == 14 and again.added == 0
        assert sorted((e.id, e.sources) for e in store.events()) == events
        assert store.count_events(actor="Xi Jinping", with_="Vladimir Putin") >= 1


@pytest.mark.slow
def test_ingest_cli_reports_bad_files_and_goes_on(tmp_path):
    folder = tmp_path / "articles"
    _write_generated_articles(folder, 4)
    (folder / "broken.json").write_text("{not json")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(tmp_path / "cli.db")])
    assert result.exit_code == 1
    assert "broken.json" in result.output
    assert _counts(tmp_path / "cli.db")[0] == 4


@pytest.mark.slow
@pytest.mark.issue(5)
def test_ingest_sigkill_mid_run_then_rerun_loses_nothing(tmp_path):
    folder = tmp_path / "articles"
    count = 160
    _write_generated_articles(folder, count)
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    command = [sys.executable, "-m", "summitry", "-q", "ingest", str(folder), "--batch-size", "4", "--db"]
    environment = dict(os.environ, PYTHONPATH=str(PROJECT / "src"))
    process = subprocess.Popen(command + [str(killed_db)], env=environment)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if killed_db.exists():
            try:
                if _counts(killed_db)[0] >= 8:
                    break
            except sqlite3.Error:
                pass
        time.sleep(0.05)
    assert process.poll() is None, "ingest finished before it could be killed; raise `count`"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored, _ = _counts(killed_db)
    assert 0 < stored < count
    assert stored % 4 == 0  # whole batches only
    subprocess.run(command + [str(killed_db)], env=environment, check=True)
    subprocess.run(command + [str(clean_db)], env=environment, check=True)
    assert _counts(killed_db) == _counts(clean_db)
    assert _counts(killed_db)[0] == count
    with open_store(killed_db) as killed, open_store(clean_db) as clean:
        assert sorted((e.id, e.sources) for e in killed.events()) == sorted((e.id, e.sources) for e in clean.events())
        assert max(e.sources for e in killed.events()) <= 2


@pytest.mark.slow
def test_ingest_parallel_jobs_give_the_same_store(tmp_path):
    folder = tmp_path / "articles"
    _write_generated_articles(folder, 16)
    results = []
    for jobs in (1, 2):
        with open_store(tmp_path / f"jobs{jobs}.db") as store:
            ingest([folder], store, jobs=jobs)
            results.append(sorted((e.id, e.sources) for e in store.events()))
    assert results[0] == results[1]
