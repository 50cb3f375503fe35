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


def open_store(url: str):
    """Open the event store at `url`: a SQLite file path or a postgresql:// URL."""
    from .store import open_store as _open_store

    return _open_store(url)
