"""The event store's SQL, shared by the SQLite and PostgreSQL back ends.

Stage `store`: reads `ArticleResult`s, merges their encounters with the stored
ones (`resolve.merge_encounters`) and writes articles, encounters, events and
actors; answers the queries of the CLI and the web. SQL is written once with
`?` placeholders; the PostgreSQL back end rewrites them to `%s`. A back end
supplies `_query`, `_execute`, `_executemany`, `_write` (one transaction) and
`_script`.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from importlib import resources

from ..errors import StoreError
from ..model import Article, Citation, Event
from ..resolve import date_interval, normalise_name
from . import records
from .write import AddSummary, StoreWriter, chunks as _chunks, marks, marks as _marks

logger = logging.getLogger(__name__)

__all__ = ["SQLStore", "AddSummary", "schema_sql", "SCHEMA_VERSION"]

# Version 2 (issue 10) added event_reach, event_names, name_tokens, name_offices, name_forms
# and actor_countries, and dropped encounter_names; `_upgrade` builds them
# from the encounters and events of a version-1 store.
SCHEMA_VERSION = "2"


def _bound(value, last: bool) -> str:
    """A --since/--until value ("2023", "2023-11", date) as its first or last day."""
    if isinstance(value, date):
        return value.isoformat()
    interval = date_interval(str(value))
    if interval is None:
        raise StoreError(f"date filter {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    return (interval[1] if last else interval[0]).isoformat()


def _like_literal(text: str) -> str:
    """`text` with LIKE's wildcards escaped: a search for "a_b" finds "a_b", not "axb"."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def schema_sql() -> str:
    return resources.files("summitry.store").joinpath("schema.sql").read_text(encoding="utf-8")


class SQLStore(StoreWriter):
    """Events and their sources in a SQL database; see docs/store.md."""

    url: str

    # -- back-end hooks -------------------------------------------------------
    def _query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        raise NotImplementedError

    def _execute(self, sql: str, params: Sequence = ()) -> None:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        raise NotImplementedError

    @contextmanager
    def _write(self):
        raise NotImplementedError
        yield

    def _script(self, sql: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url}>"

    # -- schema ---------------------------------------------------------------
    def _create_schema(self) -> None:
        with self._write():
            self._script(schema_sql())
            rows = self._query("SELECT value FROM meta WHERE key = 'schema_version'")
            if not rows:
                self._execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            elif rows[0][0] == "1":
                self._upgrade_from_1()
            elif rows[0][0] != SCHEMA_VERSION:
                raise StoreError(
                    f"{self.url}: schema version {rows[0][0]}, this summitry writes {SCHEMA_VERSION}; "
                    "ingest into a new database"
                )

    def _upgrade_from_1(self) -> None:
        """Build the version-2 indexes of a version-1 store from its encounters and events."""
        logger.warning("%s: upgrading the store to schema version %s (one-off)", self.url, SCHEMA_VERSION)
        columns = ", ".join(records.ENCOUNTER_COLUMNS)
        self._add_names(records.encounter_from_row(row) for row in self._query(f"SELECT {columns} FROM encounters"))
        self._execute(
            "INSERT INTO actor_countries (actor, country, events) "
            "SELECT actor, COALESCE(country, ''), COUNT(*) FROM event_participants GROUP BY actor, COALESCE(country, '')"
        )
        from .write import _EVENT_TABLES, _reach_rows

        REACH, NAMES = _EVENT_TABLES["event_reach"][0], _EVENT_TABLES["event_names"][0]

        for event in self.iter_events():
            reach_row, name_rows = _reach_rows(event)
            self._executemany(f"INSERT INTO event_reach ({', '.join(REACH)}) VALUES ({marks(len(REACH))})", [reach_row])
            self._executemany(f"INSERT INTO event_names ({', '.join(NAMES)}) VALUES ({marks(len(NAMES))})", name_rows)
        self._execute("DROP TABLE IF EXISTS encounter_names")
        self._execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION,))

    # -- reading --------------------------------------------------------------
    def _actor_names(self, name: str) -> list[str]:
        """Stored actor names a query name stands for: exact, then ignoring case/accents, then a surname."""
        if self._query("SELECT name FROM actors WHERE name = ?", (name,)):
            return [name]
        key = normalise_name(name)
        rows = self._query("SELECT name FROM actors WHERE key = ?", (key,))
        if not rows and key and " " not in key:
            word = _like_literal(key)
            rows = self._query(
                "SELECT name FROM actors WHERE key LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\'",
                (f"% {word}", f"{word} %", f"% {word} %"),
            )
        return sorted(row[0] for row in rows) or [name]

    def _filtered(self, actor=None, with_=None, country=None, since=None, until=None, kind=None, status=None,
                  search=None) -> tuple[str, list, bool]:
        """FROM/WHERE clause, parameters, and whether rows may repeat, selecting the matching events as `e`."""
        joins, where, params = [], [], []
        repeats = False
        for alias, name in (("pa", actor), ("pb", with_)):
            if name:
                names = self._actor_names(name)
                repeats = repeats or len(names) > 1
                joins.append(f"JOIN event_participants {alias} ON {alias}.event_id = e.id AND {alias}.actor IN ({_marks(len(names))})")
                params.extend(names)
        if actor and with_:
            where.append("pa.actor <> pb.actor")
        if country:
            where.append("EXISTS (SELECT 1 FROM event_countries c WHERE c.event_id = e.id AND c.country = ?)")
            params.append(country.upper())
        if since:
            where.append("e.date_last >= ?")
            params.append(_bound(since, last=False))
        if until:
            where.append("e.date_first <> '' AND e.date_first <= ?")
            params.append(_bound(until, last=True))
        if kind:
            where.append("e.kind = ?")
            params.append(kind)
        if status:
            where.append("e.status = ?")
            params.append(status)
        if search:
            where.append("e.search_text LIKE ? ESCAPE '\\'")
            params.append(f"%{_like_literal(normalise_name(search))}%")
        sql = "FROM events e " + " ".join(joins)
        if where:
            sql += " WHERE " + " AND ".join(where)
        return sql, params, repeats

    def _load_events(self, rows: list[tuple]) -> list[Event]:
        ids = [row[0] for row in rows]
        by_event: dict[str, list[tuple]] = {event_id: [] for event_id in ids}
        for chunk in _chunks(ids):
            for row in self._query(
                f"SELECT {', '.join(records.ENCOUNTER_COLUMNS)} FROM encounters WHERE event_id IN ({_marks(len(chunk))})",
                list(chunk),
            ):
                by_event[row[3]].append(row)
        events = []
        for row in rows:
            mentions = sorted(by_event[row[0]], key=lambda r: (r[11] or "", r[1], r[14], r[15]))
            events.append(records.event_from_row(row, tuple(records.encounter_from_row(r) for r in mentions)))
        return events

    def events(self, actor=None, with_=None, country=None, since=None, until=None, kind=None, status=None,
               search=None, limit=None, offset=0, order="desc") -> list[Event]:
        """Events matching every given filter, newest first (`order="asc"`: oldest first)."""
        sql, params, repeats = self._filtered(actor, with_, country, since, until, kind, status, search)
        direction = "ASC" if order == "asc" else "DESC"
        columns = ", ".join(f"e.{column}" for column in records.EVENT_COLUMNS)
        # Events with unknown dates ('') come last when newest first, first when oldest first.
        # With an actor, order by the copy of the date in event_participants: the
        # same order, read straight from the (actor, date_first, event_id) index.
        key = "pa.date_first, pa.event_id" if actor and not repeats else "e.date_first, e.id"
        order_by = ", ".join(f"{part} {direction}" for part in key.split(", "))
        query = f"SELECT {'DISTINCT ' if repeats else ''}{columns} {sql} ORDER BY {order_by}"
        if limit is not None:
            query += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset or 0)]
        elif offset:
            query += " LIMIT -1 OFFSET ?" if self.dialect == "sqlite" else " OFFSET ?"
            params.append(int(offset))
        return self._load_events(self._query(query, params))

    def count_events(self, actor=None, with_=None, country=None, since=None, until=None, kind=None, status=None,
                     search=None) -> int:
        """How many events match the filters of `events`."""
        sql, params, repeats = self._filtered(actor, with_, country, since, until, kind, status, search)
        counted = "DISTINCT e.id" if repeats else "*"
        return int(self._query(f"SELECT COUNT({counted}) {sql}", params)[0][0])

    def event(self, event_id: str) -> Event | None:
        """One event with all its source encounters, or None."""
        rows = self._query(f"SELECT {', '.join(records.EVENT_COLUMNS)} FROM events WHERE id = ?", (event_id,))
        return self._load_events(rows)[0] if rows else None

    def timeline(self, actor: str, with_: str | None = None) -> list[Event]:
        """Every event of `actor` (with `with_` if given), oldest first."""
        return self.events(actor=actor, with_=with_, order="asc")

    def actors(self) -> list[dict]:
        """Every actor with their country and number of events, most active first."""
        rows = self._query("SELECT name, country, events FROM actors ORDER BY events DESC, name")
        return [{"name": name, "country": country, "events": int(count)} for name, country, count in rows]

    def article(self, article_id: str) -> Article | None:
        """A stored article, or None."""
        rows = self._query(f"SELECT {', '.join(records.ARTICLE_COLUMNS)} FROM articles WHERE id = ?", (article_id,))
        return records.article_from_row(rows[0]) if rows else None

    def citations(self, article_ids: Iterable[str]) -> dict[str, Citation]:
        """URL, outlet, title, publication date and text length of stored articles, by id (no text)."""
        found: dict[str, Citation] = {}
        for chunk in _chunks(sorted(set(article_ids))):
            for article_id, url, source, title, published, length in self._query(
                f"SELECT id, url, source, title, published, LENGTH(text) FROM articles WHERE id IN ({_marks(len(chunk))})",
                list(chunk),
            ):
                found[article_id] = Citation(article_id, url or None, source or None, title or None, published or None,
                                             None if length is None else int(length))
        return found

    def article_ids(self) -> list[str]:
        """Ids of every stored article, sorted."""
        return [row[0] for row in self._query("SELECT id FROM articles ORDER BY id")]

    def stats(self) -> dict:
        """Counts of articles, encounters, events and actors, and the date range covered."""
        counts = {}
        for table in ("articles", "encounters", "events", "actors"):
            counts[table] = int(self._query(f"SELECT COUNT(*) FROM {table}")[0][0])
        first = self._query("SELECT MIN(date_first) FROM events WHERE date_first <> ''")[0][0]
        last = self._query("SELECT MAX(date_last) FROM events WHERE date_last <> ''")[0][0]
        counts["first_date"], counts["last_date"] = first, last
        counts["backend"] = self.dialect
        return counts

    def to_pandas(self, **filters):
        """Events matching the filters of `events` as a typed pandas DataFrame (needs `summitry[pandas]`).

        The columns are those of the csv/parquet export (docs/codebook.md),
        oldest event first.
        """
        from ..export import events_frame

        events = self.events(order="asc", **filters) if any(filters.values()) else self.iter_events()
        return events_frame(events, citations=self.citations)

    def iter_events(self, batch: int = 1000) -> Iterator[Event]:
        """Every event, oldest first, read in batches (for export)."""
        columns = ", ".join(records.EVENT_COLUMNS)
        last_key = ("", "")
        first_page = True
        while True:
            if first_page:
                rows = self._query(f"SELECT {columns} FROM events ORDER BY date_first, id LIMIT ?", (batch,))
            else:
                rows = self._query(
                    f"SELECT {columns} FROM events WHERE date_first > ? OR (date_first = ? AND id > ?) "
                    "ORDER BY date_first, id LIMIT ?",
                    (last_key[0], last_key[0], last_key[1], batch),
                )
            if not rows:
                return
            yield from self._load_events(rows)
            last_key = (rows[-1][5], rows[-1][0])
            first_page = False


