"""The PostgreSQL back end, chosen by a postgresql:// URL.

The same SQL as SQLite (store/queries.py), with `?` placeholders rewritten to
psycopg's `%s`. The connection runs in autocommit mode for reads; each write
call is one explicit transaction.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from contextlib import contextmanager

from ..errors import StoreError
from .queries import SQLStore


def _pg(sql: str) -> str:
    # Our SQL has no literal '?' or '%': parameters carry every pattern.
    return sql.replace("?", "%s")


class PostgresStore(SQLStore):
    """Events in a PostgreSQL database."""

    dialect = "postgresql"

    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError as error:  # pragma: no cover - psycopg is a dependency
            raise StoreError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from error
        self._psycopg = psycopg
        self.url = url
        try:
            self._connection = psycopg.connect(url, autocommit=True)
        except psycopg.Error as error:
            raise StoreError(f"{_redact(url)}: cannot connect to PostgreSQL ({error})".strip()) from error
        self._lock = threading.RLock()
        self._create_schema()

    def __repr__(self) -> str:
        return f"<PostgresStore {_redact(self.url)}>"

    def _query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._connection.execute(_pg(sql), tuple(params)).fetchall()
            except self._psycopg.Error as error:
                raise StoreError(f"PostgreSQL: {error}") from error

    def _execute(self, sql: str, params: Sequence = ()) -> None:
        with self._lock:
            try:
                self._connection.execute(_pg(sql), tuple(params) or None)
            except self._psycopg.Error as error:
                raise StoreError(f"PostgreSQL: {error}") from error

    def _executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        rows = list(rows)
        if not rows:
            return
        with self._lock:
            try:
                with self._connection.cursor() as cursor:
                    cursor.executemany(_pg(sql), rows)
            except self._psycopg.Error as error:
                raise StoreError(f"PostgreSQL: {error}") from error

    def _script(self, sql: str) -> None:
        # Serialise concurrent schema creation (parallel test runs) on one database.
        self._execute("SELECT pg_advisory_xact_lock(72657)")
        self._execute(sql)

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        """Bulk-load rows with COPY (benchmarks)."""
        with self._lock, self._connection.transaction():
            with self._connection.cursor() as cursor:
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)

    @contextmanager
    def _write(self):
        with self._lock:
            try:
                with self._connection.transaction():
                    yield
            except self._psycopg.Error as error:
                raise StoreError(f"PostgreSQL: {error}") from error

    def close(self) -> None:
        with self._lock:
            self._connection.close()


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        credentials, host = rest.rsplit("@", 1)
        user = credentials.split(":", 1)[0]
        return f"{scheme}://{user}@{host}"
    return url
