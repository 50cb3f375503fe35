"""Leaders as the web shows them: the store's actor rows, normalised, and the offices each held."""
from __future__ import annotations

import logging
from typing import Any

logger = logging.getLogger(__name__)


def leader_rows(store: Any) -> list[dict]:
    """Every actor of the store as {id, name, country, events}, busiest first."""
    rows = []
    for row in store.actors():
        count = row.get("events", row.get("event_count", row.get("count", 0)))
        if isinstance(count, (list, tuple)):
            count = len(count)
        rows.append({"id": row["name"], "name": row["name"], "country": row.get("country"), "events": int(count or 0)})
    rows.sort(key=lambda row: (-row["events"], row["name"]))
    return rows


def find_leader(store: Any, name: str) -> dict | None:
    for row in leader_rows(store):
        if row["name"] == name:
            return row
    folded = name.casefold()
    for row in leader_rows(store):
        if row["name"].casefold() == folded:
            return row
    return None


def offices_of(name: str) -> list[dict]:
    """The office terms the knowledge tables record for `name` (empty when unknown)."""
    try:
        from ..knowledge import load_knowledge

        terms = load_knowledge().terms_of(name)
    except Exception:  # the knowledge base is optional for browsing a store
        logger.debug("no office terms for %r", name, exc_info=True)
        return []
    return [
        {
            "office": term.office,
            "title": term.title,
            "country": term.country,
            "start": term.start.isoformat(),
            "end": term.end.isoformat() if term.end else None,
        }
        for term in terms
    ]
