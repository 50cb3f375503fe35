"""The SQLite back end: one file in WAL mode, the default store.

WAL lets the web server read while `ingest` writes; `synchronous=NORMAL` in WAL
mode keeps every committed transaction across a crash of the process (only a
power cut may lose the last ones), which is what a killed ingest needs.
"""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .queries import SQLStore

# Wait this long for another process's write lock before failing; an ingest
# batch of 32 articles commits in well under a second.
BUSY_TIMEOUT_MS = 30_000

# Copy the write-ahead log into the database every this many pages (4 KiB
# each) instead of SQLite's 1,000: an ingest batch dirties about 1,000 pages,
# so the default checkpointed after every batch and rewrote the same index
# pages each time. 10,000 (40 MB of log) cut commit time by a quarter to a
# half in benchmarks/merge.py at 10k and 100k events.
WAL_AUTOCHECKPOINT_PAGES = 10_000

# SQLite's page cache per connection, in KiB (its default is 2,000). A merge
# probes a dozen indexes per batch; with a million events their upper levels
# and the recent end of the date indexes no longer fit in 2 MB, and every
# probe became a read from the OS.
CACHE_KIB = 65_536


class SQLiteStore(SQLStore):
    """Events in a SQLite file (WAL mode)."""

    dialect = "sqlite"

    def __init__(self, path: str | Path):
        self.url = str(path)
        if self.url != ":memory:":
            parent = Path(self.url).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"{self.url}: folder {parent} does not exist; create it or pass another --db")
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one per write call.
            self._connection = sqlite3.connect(self.url, isolation_level=None, check_same_thread=False)
            self._connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._connection.execute("PRAGMA journal_mode = WAL")
            self._connection.execute("PRAGMA synchronous = NORMAL")
            self._connection.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
            self._connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._connection.execute("PRAGMA foreign_keys = OFF")
        except sqlite3.Error as error:
            raise StoreError(f"{self.url}: cannot open SQLite database ({error})") from error
        # One connection shared by the threads of the web server: serialise its use.
        self._lock = threading.RLock()
        self._create_schema()

    def _query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._connection.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as error:
                raise StoreError(f"{self.url}: {error}") from error

    def _execute(self, sql: str, params: Sequence = ()) -> None:
        with self._lock:
            try:
                self._connection.execute(sql, tuple(params))
            except sqlite3.Error as error:
                raise StoreError(f"{self.url}: {error}") from error

    def _executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        with self._lock:
            try:
                self._connection.executemany(sql, rows)
            except sqlite3.Error as error:
                raise StoreError(f"{self.url}: {error}") from error

    def _script(self, sql: str) -> None:
        # executescript would COMMIT the open transaction; run the statements one by one.
        for statement in (part.strip() for part in _split_statements(sql)):
            if statement:
                self._execute(statement)

    @contextmanager
    def _write(self):
        with self._lock:
            try:
                self._connection.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise StoreError(f"{self.url}: cannot start a write ({error})") from error
            try:
                yield
            except BaseException:
                self._connection.execute("ROLLBACK")
                raise
            else:
                self._connection.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._connection.close()


def _split_statements(sql: str) -> list[str]:
    lines = [line.split("--", 1)[0] for line in sql.splitlines()]
    return "\n".join(lines).split(";")
