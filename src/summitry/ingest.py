"""Ingest: read article files, extract encounters, store them batch by batch.

Reads: paths (files or folders) through `summitry.text.read_paths`. Adds:
articles, encounters and merged events in a store, through
`store.add_results`, one transaction per batch. A process killed mid-run
leaves the store as it was after the last committed batch; running the same
command again skips what is stored (same content hash) and completes the rest.

With `jobs > 1` extraction runs in worker processes, each loading the
pipeline once; results are written by this process in input order, so the
store ends up the same whatever the number of jobs.
"""
from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from itertools import islice
from pathlib import Path

from .model import Article, ArticleResult, Failure
from .settings import Settings

logger = logging.getLogger(__name__)

__all__ = ["IngestSummary", "ingest"]


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
    events: int = 0

    def add(self, summary) -> None:
        for spec in fields(summary):
            if spec.name != "failures" and hasattr(self, spec.name):
                setattr(self, spec.name, getattr(self, spec.name) + getattr(summary, spec.name))


_worker_pipeline = None


def _init_worker(settings: Settings) -> None:
    global _worker_pipeline
    from .pipeline import Pipeline

    _worker_pipeline = Pipeline(settings)


def _extract_batch(batch: list[Article | Failure]) -> list[ArticleResult | Failure]:
    from .limits import run_within_limits

    return list(run_within_limits(batch, _worker_pipeline.settings, pipeline=_worker_pipeline))


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _extracted_batches(paths: Iterable[str | Path], settings: Settings, jobs: int) -> Iterator[list[ArticleResult | Failure]]:
    from .text import read_paths

    batches = _batches(read_paths(paths, settings.max_article_size), max(1, settings.batch_size))
    if jobs <= 1:
        from .limits import run_within_limits

        for batch in batches:
            yield list(run_within_limits(batch, settings))
        return
    # spawn: workers start clean (no copy of an open database connection) and load the pipeline once each.
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        yield from pool.imap(_extract_batch, batches)


def ingest(
    paths: Iterable[str | Path],
    store,
    settings: Settings | None = None,
    jobs: int | None = None,
    on_batch: Callable[[int], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    strict: bool = False,
) -> IngestSummary:
    """Extract encounters from the articles under `paths` and add them to `store`.

    `on_batch(n)` is called after each committed batch of n inputs;
    `on_failure(failure)` for each input that could not be read or extracted.
    With `strict`, the first failure stops the run before its batch is written.
    """
    settings = settings or Settings()
    jobs = settings.jobs if jobs is None else jobs
    summary = IngestSummary()
    for batch in _extracted_batches(paths, settings, jobs):
        failures = [item for item in batch if isinstance(item, Failure)]
        for failure in failures:
            if on_failure:
                on_failure(failure)
            else:  # reported once: by the caller when it listens, else in the log
                logger.warning("skipped %s: %s", failure.source, failure.message)
        summary.failures += len(failures)
        if strict and failures:
            break
        results = [item for item in batch if isinstance(item, ArticleResult)]
        summary.articles += len(results)
        summary.add(store.add_results(results))
        if on_batch:
            on_batch(len(batch))
    return summary
