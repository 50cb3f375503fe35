"""Scaling of `summitry ingest` on Dask: articles/s for 1, 2 and 4 worker processes on one stream.

The stream is at least 2,000 articles built from the texts of
benchmarks/throughput.py (the shared corpora, the 20 TempEval-3 platinum and
120 MEANTIME news texts) plus ../shared/corpus/dev2, repeated with new ids and
publication dates moved on by a week per copy (so every copy is a new article
to the store, not a duplicate), written as .jsonl shards of 100 articles.

For each run it prints:
- articles/s from the first task to the last committed batch, with the
  cluster up and every worker's pipeline loaded (start-up is printed apart);
- peak RSS of each worker process (ru_maxrss, read on the workers at the end);
- the time the client spent writing to the store (one transaction per batch);
- CPU time per article in the workers and in the client, and how many cores
  the workers kept busy: on a machine shared with other work, articles/s
  follows the cores left free, while CPU per article shows the overhead of
  running on Dask (it should not grow with the number of workers);
- the machine's load average before and after, since the cores may be shared.
The one-process ingest (no Dask) runs first in a child process, for its
articles/s and peak RSS (the "one-process figure" per-worker memory is
compared with).

    python benchmarks/scale.py                      # 1, 2, 4 workers, >= 2,000 articles
    python benchmarks/scale.py --workers 1,2 --articles 600
    python benchmarks/scale.py --db postgresql://localhost/bench   # stores must be empty; one schema per run is not made
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

SHARD_SIZE = 100


def build_stream(folder: Path, wanted: int) -> int:
    """Write >= `wanted` articles as .jsonl shards in `folder`; returns how many."""
    from throughput import SHARED, load_stream

    from summitry.model import Article
    from summitry.text import read_paths

    base = load_stream(1, None) + [a for a in read_paths([SHARED / "corpus" / "dev2" / "articles"]) if isinstance(a, Article)]
    records, copy = [], 0
    while len(records) < wanted:
        for article in base:
            published = article.published + timedelta(days=7 * copy) if article.published else None
            records.append({"id": f"{article.id}-c{copy}", "text": article.text,
                            "published": published.isoformat() if published else None})
        copy += 1
    for start in range(0, len(records), SHARD_SIZE):
        with (folder / f"shard-{start // SHARD_SIZE:03d}.jsonl").open("w", encoding="utf-8") as shard:
            for record in records[start:start + SHARD_SIZE]:
                shard.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """User + system CPU time of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _load() -> str:
    return "/".join(f"{value:.2f}" for value in os.getloadavg())


def one_process(stream: Path, db: str) -> dict:
    """Runs in a child process: a plain one-process ingest, as `summitry ingest` does it."""
    from summitry.ingest import ingest
    from summitry.store import open_store

    started = time.perf_counter()
    with open_store(db) as store:
        summary = ingest([stream], store)
    return {"articles": summary.articles, "seconds": time.perf_counter() - started, "write_seconds": summary.write_seconds,
            "rss_mb": peak_rss_mb(), "cpu_seconds": cpu_seconds()}


def on_cluster(stream: Path, db: str, workers: int) -> dict:
    from summitry.cluster import _worker_pipeline, connect, extract_on_cluster, plan_partitions
    from summitry.ingest import list_inputs, write_results
    from summitry.settings import Settings
    from summitry.store import open_store

    settings = Settings()
    partitions = plan_partitions(list_inputs([stream]), settings.partition_size)
    started = time.perf_counter()
    with connect(f"local:{workers}") as client:
        client.run(lambda: _worker_pipeline(settings) and None)  # every worker loads its pipeline
        startup = time.perf_counter() - started
        cpu_before = sum(client.run(cpu_seconds).values())
        with open_store(db) as store:
            begun, client_cpu = time.perf_counter(), cpu_seconds()
            summary = write_results(extract_on_cluster(client, partitions, settings), store, settings)
            seconds, client_cpu = time.perf_counter() - begun, cpu_seconds() - client_cpu
        workers_cpu = sum(client.run(cpu_seconds).values()) - cpu_before
        rss = sorted(client.run(peak_rss_mb).values())
    return {"articles": summary.articles, "seconds": seconds, "startup": startup, "write_seconds": summary.write_seconds,
            "worker_rss_mb": rss, "workers_cpu": workers_cpu, "client_cpu": client_cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", default="1,2,4", help="Worker counts to run (comma-separated).")
    parser.add_argument("--articles", type=int, default=2000, help="At least this many articles in the stream.")
    parser.add_argument("--one-process-child", nargs=2, metavar=("STREAM", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_process_child:
        print(json.dumps(one_process(Path(args.one_process_child[0]), args.one_process_child[1])))
        return
    folder = Path(tempfile.mkdtemp(prefix="summitry-scale-"))
    stream = folder / "stream"
    stream.mkdir()
    count = build_stream(stream, args.articles)
    print(f"stream: {count} articles in {len(list(stream.iterdir()))} .jsonl shards; {os.cpu_count()} cores; "
          f"load average {_load()}", flush=True)

    before = _load()
    child = subprocess.run([sys.executable, __file__, "--one-process-child", str(stream), str(folder / "one.db")],
                           capture_output=True, text=True, check=True)
    base = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"one process (no Dask): {base['articles'] / base['seconds']:6.1f} articles/s ({base['seconds']:.1f} s incl. "
          f"start-up; {base['cpu_seconds'] / base['articles'] * 1000:.0f} ms CPU per article), peak RSS {base['rss_mb']:.0f} MB, "
          f"store writes {base['write_seconds']:.1f} s; load {before} -> {_load()}", flush=True)
    rates = {}
    for workers in [int(value) for value in args.workers.split(",")]:
        before = _load()
        run = on_cluster(stream, str(folder / f"workers-{workers}.db"), workers)
        rates[workers] = run["articles"] / run["seconds"]
        worst = max(run["worker_rss_mb"])
        print(f"{workers} worker(s): {rates[workers]:6.1f} articles/s ({run['seconds']:.1f} s; start-up {run['startup']:.1f} s), "
              f"x{rates[workers] / rates.get(1, rates[workers]):.2f} of 1 worker; worker peak RSS "
              f"{', '.join(f'{v:.0f}' for v in run['worker_rss_mb'])} MB ({worst / base['rss_mb'] - 1:+.0%} vs one process); "
              f"store writes {run['write_seconds']:.1f} s; CPU per article: workers {run['workers_cpu'] / run['articles'] * 1000:.0f} ms, "
              f"client {run['client_cpu'] / run['articles'] * 1000:.0f} ms; workers busy {run['workers_cpu'] / run['seconds']:.2f} "
              f"cores of {workers}; load {before} -> {_load()}", flush=True)
    print(json.dumps({"articles": count, "one_process": base, "articles_per_s": {str(k): round(v, 2) for k, v in rates.items()}}))


if __name__ == "__main__":
    main()
