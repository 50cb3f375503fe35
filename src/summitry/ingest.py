"""Ingest: read article files, extract encounters, store them batch by batch.

Reads: paths (files, folders, globs) listed by `list_inputs` and read by
`summitry.text.read_paths`. Adds: articles, encounters and merged events in a
store, through `store.add_results`, one transaction per batch. A process
killed mid-run leaves the store as it was after the last committed batch;
running the same command again skips what is stored (same content hash) and
completes the rest.

Extraction runs in this process, or on a Dask cluster (`scheduler`:
`local[:N]` or a scheduler address; `jobs=N` means `local:N`), see
`summitry.cluster`. Either way this process writes the results in input order
and in the same batches, so the store ends up the same whatever the number of
workers.
"""
from __future__ import annotations

import glob
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from itertools import chain, islice
from pathlib import Path

from .model import ArticleResult, Failure
from .settings import Settings

logger = logging.getLogger(__name__)

__all__ = ["IngestSummary", "ingest", "list_inputs", "write_results"]

_GLOB_CHARACTERS = set("*?[")


@dataclass
class IngestSummary:
    """Counts of one ingest run."""

    articles: int = 0  # articles read and extracted
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failures: int = 0
    encounters: int = 0
    events: int = 0  # events written (new or re-merged)
    seconds: float = 0.0  # wall time of the run
    write_seconds: float = 0.0  # of which spent writing to the store
    workers: int = 1  # extraction processes

    def add(self, summary) -> None:
        for spec in fields(summary):
            if spec.name != "failures" and hasattr(self, spec.name):
                setattr(self, spec.name, getattr(self, spec.name) + getattr(summary, spec.name))

    @property
    def rate(self) -> float:
        """Articles per second over the whole run."""
        return self.articles / self.seconds if self.seconds else 0.0


def list_inputs(paths: Iterable[str | Path]) -> list[Path | Failure]:
    """The article files under `paths`: files as given, folders recursively (sorted), globs expanded (sorted);
    a Failure for each folder entry that is skipped (unknown type, broken link, unreadable folder)."""
    from .text.read import iter_inputs

    files: list[Path | Failure] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists() and _GLOB_CHARACTERS & set(str(raw)):
            matches = sorted(glob.glob(str(raw), recursive=True))
            if matches:
                files.extend(list_inputs(matches))
                continue
        # Folders are walked as `read_paths` walks them: what is skipped comes back as a Failure naming it.
        files.extend(iter_inputs([path]))
    return files


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest(
    paths: Iterable[str | Path],
    store,
    settings: Settings | None = None,
    jobs: int | None = None,
    scheduler: str | None = None,
    on_start: Callable | None = None,
    on_batch: Callable[[int], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    strict: bool = False,
) -> IngestSummary:
    """Extract encounters from the articles under `paths` and add them to `store`.

    `scheduler`: run extraction on a Dask cluster (`local`, `local:N`, or a
    scheduler address such as tcp://host:8786); `jobs` > 1 means `local:N`.
    `on_start(total, cluster)` is called once the inputs are listed, with their
    estimated number of articles and a `cluster.ClusterInfo` (None in one
    process); `on_batch(n)` after each committed batch of n inputs;
    `on_failure(failure)` for each input that could not be read or extracted.
    With `strict`, the first failure stops the run before its batch is written.
    """
    from .cluster import plan_partitions

    settings = settings or Settings()
    jobs = settings.jobs if jobs is None else jobs
    scheduler = scheduler or settings.scheduler or (f"local:{jobs}" if jobs > 1 else None)
    started = time.perf_counter()
    listed = list_inputs(paths)
    skipped = [item for item in listed if isinstance(item, Failure)]  # reported first, in the first batch
    files = [item for item in listed if not isinstance(item, Failure)]
    if scheduler is None:
        from .limits import run_within_limits
        from .text import read_paths

        if on_start:
            on_start(sum(p.items for p in plan_partitions(files, settings.batch_size)), None)
        results = run_within_limits(read_paths(files, settings.max_article_size), settings)
        summary = write_results(chain(skipped, results), store, settings, on_batch, on_failure, strict)
    else:
        from .cluster import cluster_info, connect, extract_on_cluster

        partitions = plan_partitions(files, settings.partition_size)
        with connect(scheduler) as client:
            info = cluster_info(client, scheduler)
            if on_start:
                on_start(sum(p.items for p in partitions), info)
            results = extract_on_cluster(client, partitions, settings)
            summary = write_results(chain(skipped, results), store, settings, on_batch, on_failure, strict)
            summary.workers = info.workers
    summary.seconds = time.perf_counter() - started
    return summary


def write_results(results: Iterable[ArticleResult | Failure], store, settings: Settings, on_batch=None, on_failure=None,
                  strict: bool = False) -> IngestSummary:
    """Write results in batches of `settings.batch_size` inputs, one transaction each."""
    summary = IngestSummary()
    for batch in _batches(results, max(1, settings.batch_size)):
        failures = [item for item in batch if isinstance(item, Failure)]
        for failure in failures:
            if on_failure:
                on_failure(failure)
            else:  # reported once: by the caller when it listens, else in the log
                logger.warning("skipped %s: %s", failure.source, failure.message)
        summary.failures += len(failures)
        if strict and failures:
            break
        articles = [item for item in batch if isinstance(item, ArticleResult)]
        summary.articles += len(articles)
        written = time.perf_counter()
        summary.add(store.add_results(articles))
        summary.write_seconds += time.perf_counter() - written
        if on_batch:
            on_batch(len(batch))
    return summary
