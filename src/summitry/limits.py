"""Bounds on the work one article may cause: a time budget, and parts of bounded length.

Reads: articles (or read failures) and the setting `article_time_limit`.
Adds: the pipeline's results in input order, where an article that runs past
its budget, or raises anything at all, becomes a `Failure` naming it and the
next article goes on. `ingest`, `extract` and the HTTP ingest call
`run_within_limits` instead of `pipeline.run`; the stages know nothing of it.

Why a signal and not a thread or a child process: a thread cannot stop the
code it waits for, least of all C code holding the GIL (a backtracking
regular expression froze the whole server, issue 13); a child process can,
but pays a pickle round trip per article and a model load per restart.
`signal.setitimer` in the main thread interrupts Python code and the `re`
engine (which checks for signals while it backtracks) for two system calls
per batch. Off the main thread (the web server's worker threads) no signal
can be delivered and the budget is not enforced; the other bounds hold.

Articles still go through `Pipeline.run` in batches, the batch under one
article's budget, and only a batch that runs out of time is run again one
article at a time to find the one at fault. On the throughput stream (161
articles, benchmarks/limits.py, 2 busy cores) every article alone under its
own alarm cost 22% more time than `Pipeline.run` (14.6/s against 17.8/s);
batches under one alarm cost 2% (14.7/s against 15.0/s).

Long texts are cut into parts of at most MAX_PARSE_CHARS at paragraph
breaks, extracted one after the other, with offsets shifted back into the whole text:
some stages compare every mention with every other one in the document, so
their time grows with the square of its length (80,000 characters took
5.7 s whole and 2.8 s in parts of 20,000; see benchmarks/limits.py). The
part of a long article after the first takes the first part's publication
date, and a mention in one part cannot resolve a name given in another.
"""
from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from .model import Article, ArticleResult, Encounter, Failure
from .settings import Settings

logger = logging.getLogger(__name__)

__all__ = ["ArticleTimeout", "MAX_PARSE_CHARS", "run_within_limits", "time_limit"]

# Articles longer than this are extracted in parts of at most this many
# characters, cut at paragraph breaks. Wire copy runs to 2,000-6,000
# characters (the corpora's longest is 6,215) and stays whole. On the
# corpora repeated to 200,000 characters, in one run: parts of 5,000 took
# 8.0 s, of 10,000 6.7 s, of 20,000 13.0 s (2 busy cores); below 10,000 the
# fixed cost per part wins, above it the stages that compare every mention
# with every other.
MAX_PARSE_CHARS = 10_000


class ArticleTimeout(BaseException):
    """Raised inside an article's extraction when its time budget runs out.

    A BaseException, like KeyboardInterrupt, so that the `except Exception`
    blocks of the stages do not swallow it and carry on.
    """


def _raise_timeout(signum, frame) -> None:
    raise ArticleTimeout()


def _can_use_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float):
    """Raise ArticleTimeout in the block after `seconds` (no limit when 0, or off the main thread)."""
    if not seconds or seconds <= 0 or not _can_use_alarm():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_pipelines: dict[Settings, object] = {}


def _pipeline_for(settings: Settings):
    # One pipeline per settings per process: it loads spaCy and the tables once.
    if settings not in _pipelines:
        from .pipeline import Pipeline

        _pipelines[settings] = Pipeline(settings)
    return _pipelines[settings]


def run_within_limits(
    items: Iterable[Article | Failure], settings: Settings | None = None, pipeline=None
) -> Iterator[ArticleResult | Failure]:
    """Like `pipeline.run(items)`, but no article can take more than its budget or stop the others.

    Articles go through the pipeline in batches (spaCy parses a batch faster
    than its articles one by one), the whole batch under one article's
    budget: a normal batch takes a few seconds. When a batch runs out of
    time or raises, the articles it had not finished are run again one by
    one, each with the full budget, so the one at fault is found and
    reported; an article is therefore given up after at most twice the budget.
    """
    settings = settings or Settings()
    pipeline = pipeline or _pipeline_for(settings)
    seconds = settings.article_time_limit
    if seconds and not _can_use_alarm():
        logger.debug("article_time_limit is not enforced off the main thread")
    size = max(1, settings.batch_size)
    batch: list[Article | Failure] = []
    for item in items:
        if isinstance(item, Article) and len(item.text) > MAX_PARSE_CHARS:
            yield from _run_batch(pipeline, batch, seconds)
            batch = []
            yield _run_one(pipeline, item, seconds)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield from _run_batch(pipeline, batch, seconds)
            batch = []
    yield from _run_batch(pipeline, batch, seconds)


def _run_batch(pipeline, batch: list[Article | Failure], seconds: float) -> Iterator[ArticleResult | Failure]:
    if not batch:
        return
    results: list[ArticleResult | Failure] = []
    started, cpu = time.monotonic(), time.process_time()
    try:
        # Results are collected under the alarm and handed on after it: the
        # caller's own work (a store transaction) must never be interrupted.
        with time_limit(seconds):
            for result in pipeline.run(batch):
                results.append(result)
    except (ArticleTimeout, Exception) as error:  # noqa: BLE001 - find the article at fault below
        logger.debug("batch of %d stopped after %d (%s); the rest one by one", len(batch), len(results), error.__class__.__name__)
        yield from results
        for item in batch[len(results):]:
            yield item if isinstance(item, Failure) else _run_one(pipeline, item, seconds)
        return
    first = next((item for item in batch if isinstance(item, Article)), None)
    if first is not None:
        logger.debug("extracted %d from %s on: %.2f s (%.2f s CPU)", len(batch), first.path or first.id,
                     time.monotonic() - started, time.process_time() - cpu)
    yield from results


def _run_one(pipeline, article: Article, seconds: float) -> ArticleResult | Failure:
    source = article.path or article.id
    started, cpu = time.monotonic(), time.process_time()
    try:
        with time_limit(seconds):
            result = _extract(pipeline, article)
    except ArticleTimeout:
        return Failure(
            source,
            f"extraction took over {seconds} s and was stopped; skipped "
            "(setting article_time_limit, SUMMITRY_ARTICLE_TIME_LIMIT)",
        )
    except Exception as error:  # noqa: BLE001 - one article must never stop the others
        logger.debug("extraction of %s failed", source, exc_info=True)
        return Failure(source, f"extraction failed: {error.__class__.__name__}: {_first_line(error)}")
    logger.debug("extracted %s: %.2f s (%.2f s CPU)", source, time.monotonic() - started, time.process_time() - cpu)
    return result


def _first_line(error: BaseException) -> str:
    return (str(error).splitlines() or [""])[0][:300]


def _extract(pipeline, article: Article) -> ArticleResult | Failure:
    if len(article.text) <= MAX_PARSE_CHARS:
        return _only(pipeline.run([article]))
    return _extract_in_parts(pipeline, article)


def _only(results: Iterable[ArticleResult | Failure]) -> ArticleResult | Failure:
    [result] = list(results)
    return result


def _extract_in_parts(pipeline, article: Article) -> ArticleResult | Failure:
    """Run the parts of a long article one by one and join the results into one.

    The first part fixes the publication date for the others (a dateline
    opens the article); every part's cleaned text has the length of its raw
    text, so joined they are the cleaned article and offsets shift by the
    part's start.
    """
    texts, encounters = [], []
    first: ArticleResult | None = None
    # One part at a time: parsed as one batch, 20 parts of a 200,000-character
    # article took 760 MB at peak for no gain in time (215 MB one by one).
    for start, end in split_into_parts(article.text, MAX_PARSE_CHARS):
        part = replace(article, text=article.text[start:end])
        if first is not None:
            part = replace(part, published=first.article.published or article.published)
        result = _only(pipeline.run([part]))
        if isinstance(result, Failure):
            return result
        first = first or result
        texts.append(result.article.text)
        encounters.extend(_shifted(encounter, start) for encounter in result.encounters)
    assert first is not None
    joined = replace(first.article, text="".join(texts))
    return ArticleResult(article=joined, encounters=tuple(encounters))


def _shifted(encounter: Encounter, offset: int) -> Encounter:
    evidence = encounter.evidence
    return replace(encounter, evidence=replace(evidence, start=evidence.start + offset, end=evidence.end + offset))


def split_into_parts(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive parts of `text`, each at most `limit` long, cut after a blank line where possible."""
    parts = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            found = text.rfind(separator, start + limit // 2, end)
            if found != -1:
                cut = found + len(separator)
                break
        if cut == -1:
            cut = end
        parts.append((start, cut))
        start = cut
    parts.append((start, len(text)))
    return parts
