"""Scale-out: extract on a Dask cluster, write into the store from the client.

Reads: the input files listed by `ingest.list_inputs`. Adds: the same
`ArticleResult`/`Failure` stream, in the same order, as the one-process
pipeline over those files, so `ingest` writes the same batches and the
store ends up identical whatever the number of workers.

The client cuts the inputs into partitions (whole files, and item ranges of
large .jsonl shards), and keeps a window of them running as Dask tasks. A
task reads its files on the worker (workers need the same paths: a shared
file system) and extracts them with a pipeline that each worker process
loads once (`_worker_pipeline`, cached per settings). The client takes the
results back in partition order and writes them; a worker that dies has its
tasks re-run elsewhere by the scheduler, and since nothing is written until
the client holds a result, nothing is lost or written twice. Writing stays
on the client because merging into events must see one batch after another
(see docs/scaling.md).
"""
from __future__ import annotations

import logging
import os
import uuid
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from .errors import ConfigError
from .model import ArticleResult, Failure
from .settings import Settings

logger = logging.getLogger(__name__)

__all__ = ["Part", "Partition", "plan_partitions", "connect", "extract_on_cluster", "ClusterInfo"]

# Partitions in flight per worker. Results are written in input order, so a
# slow partition at the head holds back the ones after it: with 3 per worker,
# 2 workers on the 2,000-article stream of benchmarks/scale.py sat idle
# behind it. 8 keeps them busy, while what is held (a partition's results are
# a few hundred kB) stays bounded however long the input.
IN_FLIGHT_PER_WORKER = 8

JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass(frozen=True)
class Part:
    """A whole file, or items [start, stop) of a .jsonl file (stop None: to the end)."""

    path: str
    start: int = 0
    stop: int | None = None


@dataclass(frozen=True)
class Partition:
    """The unit of work of one Dask task: consecutive parts of the input."""

    number: int
    parts: tuple[Part, ...]
    items: int  # estimated articles, for progress


@dataclass(frozen=True)
class ClusterInfo:
    """What the client tells the user about the cluster it runs on."""

    scheduler: str
    workers: int
    dashboard: str | None


def _count_lines(path: Path) -> int:
    """Articles in a .jsonl file: its non-blank lines (an unreadable file is one failure)."""
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1


def _parts(path: Path, size: int) -> Iterator[tuple[Part, int]]:
    if path.suffix.lower() not in JSONL_SUFFIXES or not path.is_file():
        yield Part(str(path)), 1
        return
    lines = _count_lines(path)
    if lines <= size:
        yield Part(str(path)), max(lines, 1)
        return
    for start in range(0, lines, size):
        # The last range runs to the end, so a miscount can never drop an article.
        stop = start + size if start + size < lines else None
        yield Part(str(path), start, stop), min(size, lines - start)


def plan_partitions(files: list[Path], size: int) -> list[Partition]:
    """Cut the listed input files into partitions of about `size` articles, in input order."""
    size = max(1, size)
    partitions: list[Partition] = []
    current: list[Part] = []
    items = 0
    for path in files:
        for part, count in _parts(path, size):
            if current and items + count > size:
                partitions.append(Partition(len(partitions), tuple(current), items))
                current, items = [], 0
            current.append(part)
            items += count
    if current:
        partitions.append(Partition(len(partitions), tuple(current), items))
    return partitions


# -- on the worker ------------------------------------------------------------
_pipelines: dict = {}


def _worker_pipeline(settings: Settings):
    """The worker process's pipeline for these settings, loaded on first use."""
    if settings not in _pipelines:
        from .pipeline import Pipeline

        _pipelines[settings] = Pipeline(settings)
    return _pipelines[settings]


def _read_parts(parts: tuple[Part, ...], max_article_size: int | None = None):
    from .text import read_paths

    for part in parts:
        items = read_paths([part.path], max_article_size)
        if part.start or part.stop is not None:
            items = islice(items, part.start, part.stop)
        yield from items


def extract_partition(partition: Partition, settings: Settings) -> list[ArticleResult | Failure]:
    """Read and extract one partition (runs on a worker)."""
    from .limits import run_within_limits

    return list(run_within_limits(_read_parts(partition.parts, settings.max_article_size), settings, pipeline=_worker_pipeline(settings)))


# -- on the client --------------------------------------------------------------
def _import_distributed():
    try:
        import distributed
    except ImportError:
        raise ConfigError(
            "running on a Dask cluster (--scheduler, --jobs > 1) needs dask and distributed: "
            "pip install 'summitry[dask]'"
        ) from None
    return distributed


def _local_workers(spec: str) -> int:
    _, _, count = spec.partition(":")
    if not count:
        return os.cpu_count() or 1
    if not count.isdigit() or int(count) < 1:
        raise ConfigError(f"--scheduler {spec!r}: expected local or local:N with N a number of worker processes")
    return int(count)


@contextmanager
def connect(scheduler: str):
    """A Dask client for `scheduler`: `local[:N]` starts a LocalCluster of N worker processes, else an address."""
    distributed = _import_distributed()
    cluster = None
    if scheduler == "local" or scheduler.startswith("local:"):
        # One thread per process: spaCy holds the GIL, so threads would not run in parallel.
        cluster = distributed.LocalCluster(
            n_workers=_local_workers(scheduler), threads_per_worker=1, processes=True,
            dashboard_address=":0", silence_logs=logging.ERROR,
        )
        address = cluster
    elif "://" in scheduler or ":" in scheduler:
        address = scheduler
    else:
        raise ConfigError(f"--scheduler {scheduler!r}: expected tcp://HOST:PORT, local or local:N")
    try:
        client = distributed.Client(address, timeout="30s")
    except OSError as error:
        if cluster is not None:
            cluster.close()
        raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def cluster_info(client, scheduler: str) -> ClusterInfo:
    info = client.scheduler_info()
    dashboard = client.dashboard_link if "dashboard" in info.get("services", {}) else None
    return ClusterInfo(scheduler=info.get("address", scheduler), workers=len(info.get("workers", {})), dashboard=dashboard)


def _partition_failure(partition: Partition, error: BaseException) -> list[Failure]:
    """One failure per part of a task that failed for good, naming its file (and articles, for a shard's range)."""
    message = f"extraction task failed ({error.__class__.__name__}: {error}); run again to retry these files"
    failures = []
    for part in partition.parts:
        whole = part.start == 0 and part.stop is None
        where = part.path if whole else f"{part.path} articles {part.start + 1}-{part.stop or 'end'}"
        failures.append(Failure(where, message))
    return failures


def extract_on_cluster(client, partitions: list[Partition], settings: Settings) -> Iterator[ArticleResult | Failure]:
    """Results of every partition, in partition order, extracted by the cluster's workers."""
    run = uuid.uuid4().hex[:8]
    queue = iter(partitions)
    pending: deque = deque()

    def submit_more() -> None:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        while len(pending) < IN_FLIGHT_PER_WORKER * workers and (partition := next(queue, None)) is not None:
            future = client.submit(extract_partition, partition, settings, key=f"summitry-extract-{run}-{partition.number}")
            pending.append((partition, future))

    submit_more()
    try:
        while pending:
            partition, future = pending.popleft()
            try:
                results = future.result()
            except Exception as error:  # noqa: BLE001 - a task that fails for good (KilledWorker, a bug) costs its files only
                logger.error("partition %d failed: %s", partition.number, error)
                results = _partition_failure(partition, error)
            future.release()
            submit_more()
            yield from results
    finally:
        # Stopped early (--strict, an error while writing): drop the work still queued.
        for _partition, future in pending:
            future.cancel()
