"""Ingest on a Dask cluster (issue 11): partitioning, and a real scheduler with two workers on loopback.

The cluster is started with the commands an operator would use
(`dask scheduler`, `dask worker`); the store it fills is compared with a
one-process ingest of the same inputs, in SQLite and in PostgreSQL, after a
clean run, after a worker is SIGKILLed mid-run, and after the client is.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from summitry.cli import main
from summitry.cluster import Part, plan_partitions
from summitry.errors import ConfigError
from summitry.ingest import ingest, list_inputs
from summitry.model import Failure
from summitry.serialize import event_to_dict
from summitry.store import open_store

PROJECT = Path(__file__).resolve().parents[1]
PAIRS = [("Joe Biden", "Xi Jinping"), ("Emmanuel Macron", "Narendra Modi"), ("Olaf Scholz", "Vladimir Putin"),
         ("Anthony Albanese", "Fumio Kishida")]
CITIES = ["Paris", "Berlin", "Tokyo", "Geneva", "Nairobi", "Lima"]


def _generated_text(number: int) -> dict:
    meeting = number // 2
    first, second = PAIRS[meeting % len(PAIRS)]
    day, month = 1 + meeting % 28, 1 + (meeting // 28) % 12
    if number % 3 == 2:  # a second report naming the parties by surname only
        first, second = first.split()[-1], second.split()[-1]
    text = (f"{first} and {second} held talks in {CITIES[meeting % len(CITIES)]} on 2023-{month:02d}-{day:02d}, "
            f"officials said. Report {number}.")
    return {"id": f"g{number:04d}", "published": f"2023-{month:02d}-{min(day + 1, 28):02d}", "text": text}


@pytest.fixture(scope="module")
def stream(tmp_path_factory) -> Path:
    """A generated stream: .json files, a .jsonl shard split over several tasks, and one broken file."""
    folder = tmp_path_factory.mktemp("stream")
    for number in range(24):
        (folder / f"g{number:04d}.json").write_text(json.dumps(_generated_text(number)))
    with (folder / "shard.jsonl").open("w") as shard:
        for number in range(24, 40):
            shard.write(json.dumps(_generated_text(number)) + "\n")
    (folder / "broken.json").write_text("{not json")
    return folder


@pytest.fixture(scope="module")
def inputs(shared_dir, stream) -> list[str]:
    corpus = [str(path) for path in sorted((shared_dir / "corpus").glob("*/articles"))]
    if not corpus:
        pytest.skip("no shared corpus articles")
    return corpus + [str(stream)]


def _dump(url) -> dict:
    """Everything a user can read from a store: events with their sources, articles, actors."""
    with open_store(url) as store:
        return {
            "events": sorted((event_to_dict(event) for event in store.events()), key=lambda record: record["id"]),
            "articles": store.article_ids(),
            "actors": store.actors(),
        }


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory) -> dict:
    """The store after a one-process ingest of the same inputs."""
    db = tmp_path_factory.mktemp("reference") / "one-process.db"
    with open_store(db) as store:
        summary = ingest(inputs, store)
    assert summary.failures == 1 and summary.workers == 1
    return _dump(db)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_worker(address: str, name: str, log: Path) -> subprocess.Popen:
    # --no-nanny: the process started here is the worker itself, so a SIGKILL kills it for good.
    return subprocess.Popen(
        [sys.executable, "-m", "dask", "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
         "--name", name, "--death-timeout", "60"],
        stdout=log.open("ab"), stderr=subprocess.STDOUT,
    )


def _wait_for_workers(address: str, count: int, timeout: float = 120) -> None:
    from distributed import Client

    with Client(address, timeout="30s") as client:
        client.wait_for_workers(count, timeout=timeout)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory) -> str:
    """`dask scheduler` and two `dask worker` processes on loopback, stopped after the module."""
    pytest.importorskip("distributed")
    logs = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{_free_port()}"
    processes = [subprocess.Popen(
        [sys.executable, "-m", "dask", "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
         "--no-dashboard"],
        stdout=(logs / "scheduler.log").open("ab"), stderr=subprocess.STDOUT,
    )]
    try:
        processes += [_start_worker(address, f"worker-{n}", logs / f"worker-{n}.log") for n in (1, 2)]
        _wait_for_workers(address, 2)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


# -- partitioning ---------------------------------------------------------------
@pytest.mark.issue(11)
@pytest.mark.parametrize("lines, size, expected", [
    (3, 4, [[(0, None)]]),
    (10, 4, [[(0, 4)], [(4, 8)], [(8, None)]]),
    (8, 4, [[(0, 4)], [(4, None)]]),
])
def test_plan_partitions_splits_jsonl_shards(tmp_path, lines, size, expected):
    shard = tmp_path / "shard.jsonl"
    shard.write_text("".join(json.dumps({"id": str(n), "text": "x"}) + "\n" for n in range(lines)))
    partitions = plan_partitions([shard], size)
    assert [[(part.start, part.stop) for part in partition.parts] for partition in partitions] == expected
    assert sum(partition.items for partition in partitions) == lines


@pytest.mark.issue(11)
def test_plan_partitions_groups_files_in_order(tmp_path):
    files = [tmp_path / f"{n}.txt" for n in range(5)]
    partitions = plan_partitions(files, 2)
    assert [partition.parts for partition in partitions] == [
        (Part(str(files[0])), Part(str(files[1]))), (Part(str(files[2])), Part(str(files[3]))), (Part(str(files[4])),),
    ]
    assert [partition.number for partition in partitions] == [0, 1, 2]


@pytest.mark.issue(11)
def test_list_inputs_expands_folders_and_globs(tmp_path):
    (tmp_path / "a").mkdir()
    for name in ("a/2.json", "a/1.txt", "a/skip.csv", "b.jsonl", "c.jsonl"):
        (tmp_path / name).write_text("{}")
    found = list_inputs([tmp_path / "a", str(tmp_path / "*.jsonl"), tmp_path / "missing.txt"])
    skipped = [item for item in found if isinstance(item, Failure)]
    paths = [item for item in found if not isinstance(item, Failure)]
    assert [path.relative_to(tmp_path).as_posix() for path in paths] == ["a/1.txt", "a/2.json", "b.jsonl", "c.jsonl", "missing.txt"]
    # A file of an unknown type inside a folder is named, not silently dropped.
    assert [Path(item.source).name for item in skipped] == ["skip.csv"] and "unknown file type" in skipped[0].message


@pytest.mark.issue(11)
@pytest.mark.parametrize("scheduler", ["local:0", "local:two", "nowhere"])
def test_ingest_rejects_a_bad_scheduler(tmp_path, scheduler):
    pytest.importorskip("distributed")
    with open_store(tmp_path / "x.db") as store, pytest.raises(ConfigError, match="--scheduler"):
        ingest([tmp_path], store, scheduler=scheduler)


class _FailingFuture:
    def result(self):
        raise RuntimeError("worker lost three times")

    def release(self):
        pass

    def cancel(self):
        pass


class _FailingClient:
    """A Dask client whose every task fails for good (as after KilledWorker)."""

    def scheduler_info(self):
        return {"workers": {"tcp://127.0.0.1:1": {}}}

    def submit(self, function, partition, settings, key):
        return _FailingFuture()


@pytest.mark.issue(11)
def test_extract_on_cluster_reports_a_failed_task_by_file(tmp_path):
    from summitry.cluster import extract_on_cluster
    from summitry.settings import Settings

    shard = tmp_path / "big.jsonl"
    shard.write_text("".join(json.dumps({"id": str(n), "text": "x"}) + "\n" for n in range(5)))
    partitions = plan_partitions([tmp_path / "a.txt", shard], 3)
    failures = list(extract_on_cluster(_FailingClient(), partitions, Settings()))
    assert [failure.source for failure in failures] == [str(tmp_path / "a.txt"), f"{shard} articles 1-3", f"{shard} articles 4-end"]
    assert all("extraction task failed (RuntimeError: worker lost three times)" in f.message for f in failures)


# -- a real cluster ---------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.issue(11)
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_cluster_ingest_equals_one_process_ingest(backend, scheduler, inputs, reference, tmp_path, stream, fresh_store_url):
    with fresh_store_url(backend, tmp_path) as url:
        result = CliRunner().invoke(main, ["ingest", *inputs, "--scheduler", scheduler, "--partition-size", "4", "--db", url])
        assert result.exit_code == 1, result.output  # the broken file
        assert f"error: {stream / 'broken.json'}: invalid JSON at line 1" in result.output
        assert f"Dask scheduler {scheduler}, 2 worker(s)" in result.output
        assert f"{len(reference['articles'])} articles in " in result.output and "1 failed" in result.output
        assert _dump(url) == reference


def _stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(db) as connection:
            return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _ingest_process(inputs, scheduler, db) -> subprocess.Popen:
    command = [sys.executable, "-m", "summitry", "-q", "ingest", *inputs, "--scheduler", scheduler,
               "--partition-size", "2", "--batch-size", "4", "--db", str(db)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_until(condition, process: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None and not condition():
        time.sleep(0.05)
    assert process.poll() is None, "ingest finished before it could be interrupted; give it more input"


@pytest.mark.slow
@pytest.mark.issue(11)
def test_cluster_ingest_survives_a_worker_killed_mid_run(scheduler, inputs, reference, tmp_path):
    from distributed import Client

    victim = _start_worker(scheduler, "victim", tmp_path / "victim.log")
    db = tmp_path / "killed-worker.db"
    try:
        with Client(scheduler, timeout="30s") as client:
            client.wait_for_workers(3, timeout=120)
            address = next(a for a, w in client.scheduler_info()["workers"].items() if w.get("name") == "victim")
            process = _ingest_process(inputs, scheduler, db)
            _wait_until(lambda: _stored_articles(db) >= 4 and client.processing().get(address), process)
            os.kill(victim.pid, signal.SIGKILL)
            victim.wait()
        assert process.wait(timeout=300) == 1, process.stderr.read().decode()  # 1: the broken file
    finally:
        if victim.poll() is None:
            victim.kill()
    assert _dump(db) == reference


@pytest.mark.slow
@pytest.mark.issue(11)
def test_cluster_ingest_rerun_after_client_killed_completes(scheduler, inputs, reference, tmp_path):
    db = tmp_path / "killed-client.db"
    process = _ingest_process(inputs, scheduler, db)
    _wait_until(lambda: _stored_articles(db) >= 8, process)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored = _stored_articles(db)
    assert 0 < stored < len(reference["articles"])
    assert _ingest_process(inputs, scheduler, db).wait(timeout=300) == 1
    assert _dump(db) == reference
