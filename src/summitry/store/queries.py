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
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources

from ..errors import StoreError
from ..model import Article, ArticleResult, Citation, Encounter, Event, Failure
from ..resolve import DAY_SLIP_DAYS, date_interval, merge_encounters, normalise_name
from . import records

logger = logging.getLogger(__name__)

SCHEMA_VERSION = "1"

# SQLite allows 32766 host parameters per statement (999 before 3.32); 500 keeps
# IN lists well inside either limit and PostgreSQL's plans cheap.
_CHUNK = 500


@dataclass(frozen=True)
class AddSummary:
    """What one `add_results` call changed."""

    added: int = 0  # new articles
    updated: int = 0  # known ids whose content changed
    unchanged: int = 0  # same id and content hash: nothing to do
    duplicates: int = 0  # same content under another id: not an independent source
    failures: int = 0  # Failure records passed through
    encounters: int = 0  # encounters written
    events: int = 0  # events written (new or re-merged)


def _chunks(values: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _marks(count: int) -> str:
    return ",".join("?" * count)


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


class SQLStore:
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
            elif rows[0][0] != SCHEMA_VERSION:
                raise StoreError(
                    f"{self.url}: schema version {rows[0][0]}, this summitry writes {SCHEMA_VERSION}; "
                    "ingest into a new database"
                )

    # -- writing --------------------------------------------------------------
    def add_results(self, results: Iterable[ArticleResult | Failure]) -> AddSummary:
        """Store articles and their encounters and re-merge the events they touch, in one transaction.

        Re-adding an article with the same content hash changes nothing; an
        article whose content changed replaces its old encounters.
        """
        counts = dict(added=0, updated=0, unchanged=0, duplicates=0, failures=0, encounters=0, events=0)
        with self._write():
            new: dict[str, Encounter] = {}
            touched: set[str] = set()
            for result in results:
                if isinstance(result, Failure):
                    counts["failures"] += 1
                    continue
                status = self._put_article(result, new, touched)
                counts[status] += 1
            counts["encounters"] = len(new)
            if new or touched:
                counts["events"] = self._remerge(new, touched)
        return AddSummary(**counts)

    def _put_article(self, result: ArticleResult, new: dict[str, Encounter], touched: set[str]) -> str:
        article = result.article
        row = records.article_row(article)
        digest = row[1]
        existing = self._query("SELECT content_hash FROM articles WHERE id = ?", (article.id,))
        if existing and existing[0][0] == digest:
            return "unchanged"
        if not existing:
            if self._query("SELECT id FROM articles WHERE content_hash = ? LIMIT 1", (digest,)):
                return "duplicates"
            self._execute(f"INSERT INTO articles ({', '.join(records.ARTICLE_COLUMNS)}) VALUES ({_marks(len(row))})", row)
            status = "added"
        else:
            touched.update(
                event_id for (event_id,) in self._query(
                    "SELECT DISTINCT event_id FROM encounters WHERE article_id = ? AND event_id IS NOT NULL", (article.id,)
                )
            )
            for encounter_id in [key for key in new if key.startswith(f"{article.id}#")]:
                del new[encounter_id]
            self._execute(
                "DELETE FROM encounter_names WHERE encounter_id IN (SELECT id FROM encounters WHERE article_id = ?)",
                (article.id,),
            )
            self._execute("DELETE FROM encounters WHERE article_id = ?", (article.id,))
            self._execute("DELETE FROM articles WHERE id = ?", (article.id,))
            self._execute(f"INSERT INTO articles ({', '.join(records.ARTICLE_COLUMNS)}) VALUES ({_marks(len(row))})", row)
            status = "updated"
        published = article.published.isoformat() if article.published else None
        encounter_rows, name_rows = [], []
        for ordinal, encounter in enumerate(result.encounters):
            encounter = replace(encounter, article_id=article.id, published=encounter.published or published)
            encounter_id = f"{article.id}#{ordinal}"
            new[encounter_id] = encounter
            encounter_rows.append(records.encounter_row(encounter, encounter_id, ordinal))
            name_rows.extend((token, encounter_id) for token in sorted(records.name_tokens(encounter)))
        if encounter_rows:
            columns = ", ".join(records.ENCOUNTER_COLUMNS)
            self._executemany(f"INSERT INTO encounters ({columns}) VALUES ({_marks(len(records.ENCOUNTER_COLUMNS))})", encounter_rows)
            self._executemany("INSERT INTO encounter_names (token, encounter_id) VALUES (?, ?) ON CONFLICT DO NOTHING", name_rows)
        return status

    def _candidate_events(self, new: dict[str, Encounter], context: list[Encounter]) -> set[str]:
        """Stored events a new encounter may belong to: shared name token, and dates within reach.

        Every stored encounter sharing a name token goes into `context`, so
        surnames resolve to the same full names as in a merge of everything.
        """
        tokens = sorted(set().union(*(records.name_tokens(e) for e in new.values()))) if new else []
        candidate_ids: set[str] = set()
        for chunk in _chunks(tokens):
            candidate_ids.update(
                encounter_id for (encounter_id,) in self._query(
                    f"SELECT encounter_id FROM encounter_names WHERE token IN ({_marks(len(chunk))})", list(chunk)
                )
            )
        candidate_ids -= set(new)
        if not candidate_ids:
            return set()
        new_spans = [(_reach(e), e.kind == "call") for e in new.values()]
        events: set[str] = set()
        for chunk in _chunks(sorted(candidate_ids)):
            rows = self._query(
                f"SELECT {', '.join(records.ENCOUNTER_COLUMNS)} FROM encounters WHERE id IN ({_marks(len(chunk))})",
                list(chunk),
            )
            for row in rows:
                event_id = row[3]
                stored = records.encounter_from_row(row)
                context.append(stored)
                if event_id is None or event_id in events:
                    continue
                if any(" " not in normalise_name(p.name) for p in stored.participants):
                    # A surname alone resolves against the full names now known: re-merge it.
                    events.add(event_id)
                    continue
                span, is_call = _reach(stored), stored.kind == "call"
                if any(call == is_call and _within_reach(span, other) for other, call in new_spans):
                    events.add(event_id)
        return events

    def _encounters_of_events(self, event_ids: Iterable[str]) -> dict[str, Encounter]:
        found: dict[str, Encounter] = {}
        for chunk in _chunks(sorted(event_ids)):
            for row in self._query(
                f"SELECT {', '.join(records.ENCOUNTER_COLUMNS)} FROM encounters WHERE event_id IN ({_marks(len(chunk))})",
                list(chunk),
            ):
                found[row[0]] = records.encounter_from_row(row)
        return found

    def _remerge(self, new: dict[str, Encounter], touched: set[str]) -> int:
        context: list[Encounter] = []
        touched = set(touched) | self._candidate_events(new, context)
        while True:
            pool = dict(new)
            pool.update(self._encounters_of_events(touched))
            row_ids = {id(encounter): encounter_id for encounter_id, encounter in pool.items()}
            events = merge_encounters(pool.values(), context=context)
            ids = [event.id for event in events]
            clashes = set()
            for chunk in _chunks(ids):
                clashes.update(
                    event_id for (event_id,) in self._query(f"SELECT id FROM events WHERE id IN ({_marks(len(chunk))})", list(chunk))
                )
            clashes -= touched
            if not clashes:
                break
            # An event with the same content already exists outside the merge: merge with it too.
            touched |= clashes
        affected_actors = self._delete_events(touched)
        event_rows, participant_rows, country_rows, links = [], [], [], []
        for event in events:
            event_rows.append(records.event_row(event))
            participant_rows.extend(records.event_participant_rows(event))
            country_rows.extend(records.event_country_rows(event))
            links.extend((event.id, row_ids[id(encounter)]) for encounter in event.encounters)
            affected_actors.update(event.participants)
        self._executemany(f"INSERT INTO events ({', '.join(records.EVENT_COLUMNS)}) VALUES ({_marks(len(records.EVENT_COLUMNS))})", event_rows)
        self._executemany("INSERT INTO event_participants (actor, event_id, country, date_first) VALUES (?, ?, ?, ?)", participant_rows)
        self._executemany("INSERT INTO event_countries (country, event_id, date_first) VALUES (?, ?, ?)", country_rows)
        self._executemany("UPDATE encounters SET event_id = ? WHERE id = ?", links)
        self._refresh_actors(affected_actors)
        return len(events)

    def _delete_events(self, event_ids: set[str]) -> set[str]:
        actors: set[str] = set()
        for chunk in _chunks(sorted(event_ids)):
            marks, params = _marks(len(chunk)), list(chunk)
            actors.update(name for (name,) in self._query(f"SELECT actor FROM event_participants WHERE event_id IN ({marks})", params))
            for table, column in (("event_participants", "event_id"), ("event_countries", "event_id"), ("events", "id")):
                self._execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", params)
        return actors

    def _refresh_actors(self, names: set[str]) -> None:
        for chunk in _chunks(sorted(names)):
            marks, params = _marks(len(chunk)), list(chunk)
            self._execute(f"DELETE FROM actors WHERE name IN ({marks})", params)
            counts = self._query(
                f"SELECT actor, country, COUNT(*) FROM event_participants WHERE actor IN ({marks}) GROUP BY actor, country",
                params,
            )
            best: dict[str, tuple[int, str | None]] = {}
            totals: dict[str, int] = {}
            for actor, country, count in counts:
                totals[actor] = totals.get(actor, 0) + count
                if country and (actor not in best or (count, country) > best[actor]):
                    best[actor] = (count, country)
            self._executemany(
                "INSERT INTO actors (name, key, country, events) VALUES (?, ?, ?, ?)",
                [(actor, normalise_name(actor), best.get(actor, (0, None))[1], total) for actor, total in sorted(totals.items())],
            )

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


def _reach(encounter: Encounter):
    """The days an encounter could lie on, widened for undated ones (None: anywhere)."""
    interval = date_interval(encounter.date, encounter.date_end)
    if interval is not None:
        return interval
    return None


def _within_reach(first, second) -> bool:
    # Undated encounters may merge with anything of the same people: always re-merge them.
    if first is None or second is None:
        return True
    gap = max((second[0] - first[1]).days, (first[0] - second[1]).days, 0)
    return gap <= DAY_SLIP_DAYS
