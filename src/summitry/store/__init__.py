"""Stage `store`: events, their sources and their actors in SQLite or PostgreSQL.

`open_store(url)` picks the back end: a `postgresql://` (or `postgres://`) URL
selects PostgreSQL, anything else is a SQLite file path (WAL mode). Both offer
the same methods: `add_results`, `events`, `count_events`, `event`, `actors`,
`timeline`, `article`, `stats`, `iter_events` (see docs/store.md).
"""
from __future__ import annotations

from pathlib import Path

from .queries import AddSummary, SQLStore

__all__ = ["open_store", "SQLStore", "AddSummary", "is_postgres_url"]


def is_postgres_url(url: str | Path) -> bool:
    return str(url).startswith(("postgresql://", "postgres://"))


def open_store(url: str | Path = "summitry.db") -> SQLStore:
    """Open (creating if needed) the event store at `url`: a SQLite path or a postgresql:// URL."""
    if is_postgres_url(url):
        from .postgres import PostgresStore

        return PostgresStore(str(url))
    from .sqlite import SQLiteStore

    return SQLiteStore(url)
