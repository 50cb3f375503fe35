"""summitry: who met whom, when and where, from news articles.

The public Python API:

    >>> import summitry
    >>> encounters = summitry.extract("Biden met Xi in Woodside on Wednesday.", published="2023-11-16")
    >>> store = summitry.open_store("summitry.db")
"""
from __future__ import annotations

from .model import Article, ArticleResult, Encounter, Event, Evidence, Failure, Participant, Place, TimeExpression

__all__ = [
    "Article",
    "ArticleResult",
    "Encounter",
    "Event",
    "Evidence",
    "Failure",
    "Participant",
    "Place",
    "TimeExpression",
    "events_frame",
    "extract",
    "open_store",
    "run",
]


def extract(text: str, published=None, article_id: str = "text") -> list[Encounter]:
    """The encounters one text reports (see `summitry.pipeline.extract`)."""
    from .pipeline import extract as _extract

    return _extract(text, published=published, article_id=article_id)


def run(items, settings=None):
    """Stream `ArticleResult`s for articles (see `summitry.pipeline.run`)."""
    from .pipeline import run as _run

    return _run(items, settings=settings)


def events_frame(events, citations=None):
    """Events as a typed pandas DataFrame, the columns of the csv/parquet export (needs `summitry[pandas]`).

    `citations` is a store's `citations` method, for URLs and outlets;
    `store.to_pandas(...)` does both in one call.
    """
    from .export import events_frame as _events_frame

    return _events_frame(events, citations=citations)


def open_store(url: str):
    """Open the event store at `url`: a SQLite file path or a postgresql:// URL."""
    from .store import open_store as _open_store

    return _open_store(url)
