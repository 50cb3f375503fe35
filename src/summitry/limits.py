"""Bounds on the work one article may cause: a time budget, and parts of bounded length.

Reads: articles (or read failures) and the settings `article_time_limit`.
Adds: the pipeline's results in input order, where an article that runs past
its budget, or raises anything at all, becomes a `Failure` naming it and the
next article goes on. `ingest`, `extract` and the HTTP ingest call
`run_within_limits` instead of `pipeline.run`; the stages themselves know
nothing of it.

Why a signal and not a thread or a child process: a thread cannot stop the
code it is waiting for, least of all C code holding the GIL (a backtracking
regular expression froze the whole server, issue 13); a child process per
article can, but pays a pickle round trip per article and a model load per
restart. `signal.setitimer` in the main thread interrupts Python code and
the `re` engine (which checks for signals while it backtracks) at a cost of
two system calls per article; benchmarks/limits.py measures the overhead
of running articles one at a time with it against `pipeline.run` on whole
batches. Off the main thread (the web server's worker threads) no signal
can be delivered, and the budget is not enforced; the other bounds still
hold there.

Long texts are cut into parts of at most MAX_PARSE_CHARS at paragraph
breaks and each part goes through the pipeline on its own, with offsets
shifted back into the whole text: some stages compare every mention with
every other one in the document, so their time grows with the square of
its length (an 80,000-character article took 4 s whole where 4 parts of
20,000 take 2.8 s; see benchmarks/limits.py).
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
# characters, cut at paragraph breaks. Long news articles run to 10,000-
# 15,000 characters and stay whole; measured on the corpora repeated to
# length, 20,000 is where the per-character time starts to climb (0.033 ms
# at 10,000, 0.036 at 20,000, 0.041 at 40,000, 0.053 at 80,000).
MAX_PARSE_CHARS = 20_000


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
    """Like `pipeline.run(items)`, but no article can take more than its budget or stop the others."""
    settings = settings or Settings()
    pipeline = pipeline or _pipeline_for(settings)
    seconds = settings.article_time_limit
    if seconds and not _can_use_alarm():
        logger.debug("article_time_limit is not enforced off the main thread")
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        source = item.path or item.id
        started = time.monotonic()
        try:
            with time_limit(seconds):
                result = _extract(pipeline, item)
        except ArticleTimeout:
            yield Failure(
                source,
                f"extraction took over {seconds} s and was stopped; skipped "
                "(setting article_time_limit, SUMMITRY_ARTICLE_TIME_LIMIT)",
            )
            continue
        except Exception as error:  # noqa: BLE001 - one article must never stop the others
            logger.debug("extraction of %s failed", source, exc_info=True)
            yield Failure(source, f"extraction failed: {error.__class__.__name__}: {_first_line(error)}")
            continue
        logger.debug("%s: %.2f s", source, time.monotonic() - started)
        yield result


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
    whole: Article | None = None
    for start, end in split_into_parts(article.text, MAX_PARSE_CHARS):
        part = replace(article, text=article.text[start:end])
        if whole is not None and whole.published is not None:
            part = replace(part, published=whole.published)
        result = _only(pipeline.run([part]))
        if isinstance(result, Failure):
            return result
        if whole is None:
            whole = result.article
        texts.append(result.article.text)
        encounters.extend(_shifted(encounter, start) for encounter in result.encounters)
    assert whole is not None
    joined = replace(whole, text="".join(texts))
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
