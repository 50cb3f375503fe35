"""Records to API dicts: `serialize.py`'s dicts plus the article reference of each mention."""
from __future__ import annotations

from typing import Any

from ..serialize import event_to_dict


def article_ref(article) -> dict | None:
    if article is None:
        return None
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "source": article.source,
    }


def event_summary(event) -> dict:
    return event_to_dict(event, with_mentions=False)


def event_detail(event, store: Any) -> dict:
    """The event with every mention and, for each, its article's reference."""
    record = event_to_dict(event, with_mentions=True)
    cache: dict[str, dict | None] = {}
    for mention in record["mentions"]:
        article_id = mention["article_id"]
        if article_id not in cache:
            cache[article_id] = article_ref(store.article(article_id))
        mention["article"] = cache[article_id]
    return record
