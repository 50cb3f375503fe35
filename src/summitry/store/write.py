"""Writing to the event store: articles, encounters, and the events they merge into.

Stage `store`, write side. Reads `ArticleResult`s; adds articles and
encounters, and re-merges (`resolve.merge_encounters`) only the stored events a
new encounter may join. Each `add_results` call is one transaction.

The cost of a batch must not grow with the store (issue 10: ingesting article
1,000,001 costs what article 1,001 cost), so nothing here reads "every stored
encounter of Xi Jinping". Two summaries are kept up to date instead:

- `event_reach`: one row per (participant key, event) with the days the
  event's encounters may lie on. A new encounter finds its candidate events
  with one index range per participant: same people, reach within a day of
  its own window.
- `name_tokens`, `name_offices`, `name_forms`: what the store knows about names
  (`resolve.NameBook`): the full names that share a token with a surname, the
  holders of an office, and how often each spelling and country was used. A
  batch reads only the rows of the names it holds, so surnames resolve and
  display names are chosen as in a merge of everything stored.

Actor counts (`actors`, `actor_countries`) change by what a batch added and
removed, rather than by counting the events of every actor it touched.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import combinations

from ..model import ArticleResult, Encounter, Event, Failure
from ..resolve import (
    DAY_SLIP_DAYS, NameBook, encounter_reach, event_reach, merge_encounters, name_aliases, normalise_name,
)
from . import records

# SQLite allows 32766 host parameters per statement (999 before 3.32); 500 keeps
# IN lists well inside either limit and PostgreSQL's plans cheap.
CHUNK = 500

# Reach classes: the longest reach (days from first to last) of each. A probe
# for a class reads the index from (start - its longest reach) on, so a short
# class never reads the long reaches' range. Day-precision dates with their
# one-day slips fit in 8 days, months and undated reports of held encounters
# (30 days before publication) in 40, years and undated plans (180 days) in
# 400; longer or unbounded reaches (date ranges, no date and no publication
# date) go in the last class, which every probe reads whole.
REACH_CLASSES = (8, 40, 400)
_UNBOUNDED = (len(REACH_CLASSES), "", "9999-12-31")


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


def chunks(values: Sequence, size: int = CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def marks(count: int) -> str:
    return ",".join("?" * count)


def _tokens(keys: Iterable[str]) -> set[str]:
    return {token for key in keys for token in key.split()}


def _reach_bounds(reach: tuple[date, date] | None) -> tuple[int, str, str]:
    """(class, first day, last day) of a reach, as stored."""
    if reach is None:
        return _UNBOUNDED
    days = (reach[1] - reach[0]).days
    for number, longest in enumerate(REACH_CLASSES):
        if days <= longest:
            return number, reach[0].isoformat(), reach[1].isoformat()
    return _UNBOUNDED


def _reach_clause(reach: tuple[date, date] | None, prefix: str = "") -> list[tuple[str, list]]:
    """WHERE terms (one per reach class, to be OR-ed as UNION ALL parts) for stored reaches within a day of `reach`."""
    if reach is None:
        return [("", [])]
    slip = timedelta(days=DAY_SLIP_DAYS)
    start, end = reach[0] - slip, reach[1] + slip
    parts = [
        (f"{prefix}reach_class = {number} AND {prefix}reach_first >= ? AND {prefix}reach_first <= ? AND {prefix}reach_last >= ?",
         [(start - timedelta(days=longest)).isoformat(), end.isoformat(), start.isoformat()])
        for number, longest in enumerate(REACH_CLASSES)
    ]
    parts.append((f"{prefix}reach_class = {len(REACH_CLASSES)}", []))
    return parts


# The tables that hold an event: columns, and the key of a row.
_EVENT_TABLES = {
    "events": (records.EVENT_COLUMNS, ("id",)),
    "event_participants": (("actor", "event_id", "country", "date_first"), ("actor", "event_id")),
    "event_countries": (("country", "event_id", "date_first"), ("country", "event_id")),
    "event_reach": (("event_id", "people", "is_call", "is_visit", "reach_class", "reach_first", "reach_last"), ("event_id",)),
    "event_names": (("name", "event_id", "reach_class", "reach_first", "reach_last"), ("name", "event_id")),
}


class StoreWriter:
    """The write side of `SQLStore` (mixed in); uses its `_query`/`_execute`/`_executemany`/`_write`."""

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
            if new:
                touched |= self._events_filed_under(self._add_names(new.values()))
            if new or touched:
                counts["events"] = self._remerge(new, touched)
        return AddSummary(**counts)

    # -- articles and encounters ---------------------------------------------
    def _put_article(self, result: ArticleResult, new: dict[str, Encounter], touched: set[str]) -> str:
        article = result.article
        row = records.article_row(article)
        digest = row[1]
        insert = f"INSERT INTO articles ({', '.join(records.ARTICLE_COLUMNS)}) VALUES ({marks(len(row))})"
        existing = self._query("SELECT content_hash FROM articles WHERE id = ?", (article.id,))
        if existing and existing[0][0] == digest:
            return "unchanged"
        if not existing:
            if self._query("SELECT id FROM articles WHERE content_hash = ? LIMIT 1", (digest,)):
                return "duplicates"
            self._execute(insert, row)
            status = "added"
        else:
            self._drop_article(article.id, new, touched)
            self._execute(insert, row)
            status = "updated"
        published = article.published.isoformat() if article.published else None
        encounter_rows = []
        for ordinal, encounter in enumerate(result.encounters):
            encounter = replace(encounter, article_id=article.id, published=encounter.published or published)
            encounter_id = f"{article.id}#{ordinal}"
            new[encounter_id] = encounter
            encounter_rows.append(records.encounter_row(encounter, encounter_id, ordinal))
        if encounter_rows:
            columns = ", ".join(records.ENCOUNTER_COLUMNS)
            self._executemany(f"INSERT INTO encounters ({columns}) VALUES ({marks(len(records.ENCOUNTER_COLUMNS))})", encounter_rows)
        return status

    def _drop_article(self, article_id: str, new: dict[str, Encounter], touched: set[str]) -> None:
        """Remove a changed article and its encounters; their events are re-merged."""
        rows = self._query(
            f"SELECT {', '.join(records.ENCOUNTER_COLUMNS)} FROM encounters WHERE article_id = ?", (article_id,)
        )
        touched.update(row[3] for row in rows if row[3] is not None)
        for encounter_id in [key for key in new if key.startswith(f"{article_id}#")]:
            del new[encounter_id]
        # Spellings and countries are counted; the names themselves stay known.
        self._count_forms(NameBook.from_encounters(records.encounter_from_row(row) for row in rows), sign=-1)
        self._execute("DELETE FROM encounters WHERE article_id = ?", (article_id,))
        self._execute("DELETE FROM articles WHERE id = ?", (article_id,))

    # -- names ---------------------------------------------------------------
    def _add_names(self, encounters: Iterable[Encounter]) -> set[str]:
        """Record the names of new encounters; returns the short names and offices whose meaning may change.

        A token that gains a full name ("xi" when "Xi Jinping" is first
        stored, or a second "... Biden") may now resolve differently, and so
        may an office that gains a holder: the events filed under them are
        re-merged, whatever their dates.
        """
        book = NameBook.from_encounters(encounters)
        token_rows = {(token, name) for name in book.full_names for token in name.split()}
        office_rows = {(office, holder) for office, holders in book.office_holders.items() for holder in holders}
        known: set[tuple[str, str]] = set()
        for chunk in chunks(sorted({token for token, _name in token_rows})):
            known.update(self._query(f"SELECT token, name FROM name_tokens WHERE token IN ({marks(len(chunk))})", list(chunk)))
        for chunk in chunks(sorted({office for office, _holder in office_rows})):
            known.update(self._query(f"SELECT office, holder FROM name_offices WHERE office IN ({marks(len(chunk))})", list(chunk)))
        token_rows -= known
        office_rows -= known
        self._executemany("INSERT INTO name_tokens (token, name) VALUES (?, ?)", sorted(token_rows))
        self._executemany("INSERT INTO name_offices (office, holder) VALUES (?, ?)", sorted(office_rows))
        self._count_forms(book, sign=1)
        return {token for token, _name in token_rows} | {office for office, _holder in office_rows}

    def _events_filed_under(self, names: set[str]) -> set[str]:
        events: set[str] = set()
        for chunk in chunks(sorted(names)):
            events.update(
                event_id for (event_id,) in self._query(
                    f"SELECT event_id FROM event_names WHERE name IN ({marks(len(chunk))})", list(chunk)
                )
            )
        return events

    def _count_forms(self, book: NameBook, sign: int) -> None:
        rows: Counter = Counter()
        for (key, form), count in book.forms.items():
            rows[(key, form, "")] += count
        for (key, country), count in book.countries.items():
            rows[(key, "", country)] += count
        self._executemany(
            "INSERT INTO name_forms (name_key, form, country, mentions) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (name_key, form, country) DO UPDATE SET mentions = name_forms.mentions + excluded.mentions",
            [(key, form, country, sign * count) for (key, form, country), count in sorted(rows.items())],
        )

    def _name_book(self, encounters: Iterable[Encounter]) -> NameBook:
        """The part of the stored NameBook that the names of `encounters` need.

        Full names are read only for the short names that occur alone (a
        participant's, an office holder's, or a token of a full name that some
        source used alone), so a common first name does not pull in everyone
        who bears it.
        """
        keys = {normalise_name(p.name) for e in encounters for p in e.participants}
        book = NameBook()
        for chunk in chunks(sorted(keys)):
            for office, holder in self._query(f"SELECT office, holder FROM name_offices WHERE office IN ({marks(len(chunk))})", list(chunk)):
                book.office_holders.setdefault(office, set()).add(holder)
        names = keys | {holder for values in book.office_holders.values() for holder in values}
        self._read_forms(book, names | _tokens(names))
        used_alone = {key for key, _form in book.forms} | {key for key, _country in book.countries}
        short = {name for name in names | used_alone if " " not in name}
        book.full_names.update(name for name in names if " " in name)
        for chunk in chunks(sorted(short)):
            book.full_names.update(
                name for (name,) in self._query(f"SELECT name FROM name_tokens WHERE token IN ({marks(len(chunk))})", list(chunk))
            )
        # Display names: the spellings of the full names the short ones stand for.
        aliases = name_aliases(book)
        self._read_forms(book, {aliases[name] for name in short if name in aliases} - names)
        return book

    def _read_forms(self, book: NameBook, names: set[str]) -> None:
        for chunk in chunks(sorted(names)):
            for key, form, country, count in self._query(
                f"SELECT name_key, form, country, mentions FROM name_forms WHERE name_key IN ({marks(len(chunk))}) AND mentions > 0",
                list(chunk),
            ):
                if form:
                    book.forms[(key, form)] += int(count)
                if country:
                    book.countries[(key, country)] += int(count)

    # -- candidates and merging ----------------------------------------------
    def _candidate_events(self, new: dict[str, Encounter], book: NameBook) -> set[str]:
        """Stored events a new encounter may join: the same people (or a visit by some of them), reach within a day.

        Mirrors `resolve._same_people`: the same participants; a visit joins
        an event of more people that includes its travellers; an encounter
        takes in visits by one or two of its participants.
        """
        aliases = name_aliases(book)
        events: set[str] = set()
        for encounter in new.values():
            people = frozenset(aliases.get(key, key) for key in (normalise_name(p.name) for p in encounter.participants))
            is_call, is_visit = encounter.kind == "call", encounter.kind == "visit"
            reach = encounter_reach(encounter)
            wanted = {"|".join(sorted(people))}
            if not is_visit and not is_call:
                ordered = sorted(people)
                wanted |= {"|".join(group) for size in (1, 2) for group in combinations(ordered, size) if len(group) < len(ordered)}
            found = self._reach_rows_for("SELECT event_id, people, is_call, is_visit FROM event_reach WHERE people IN ({})",
                                         sorted(wanted), reach)
            if is_visit:
                found += self._reach_rows_for(
                    "SELECT r.event_id, r.people, r.is_call, r.is_visit FROM event_names n "
                    "JOIN event_reach r ON r.event_id = n.event_id WHERE n.name IN ({})",
                    sorted(people)[:1], reach, prefix="n.",
                )
            for event_id, stored_people, stored_call, stored_visit in found:
                if event_id in events or bool(stored_call) != is_call:
                    continue
                others = frozenset(stored_people.split("|"))
                if others == people or (is_visit and not stored_visit and people < others) or (stored_visit and others < people):
                    events.add(event_id)
        return events

    def _reach_rows_for(self, select: str, keys: list[str], reach, prefix: str = "") -> list[tuple]:
        parts, params = [], []
        for clause, values in _reach_clause(reach, prefix):
            parts.append(select.format(marks(len(keys))) + (f" AND {clause}" if clause else ""))
            params.extend([*keys, *values])
        return self._query(" UNION ALL ".join(parts), params)

    def _encounters_of_events(self, event_ids: Iterable[str], linked: dict[str, str]) -> dict[str, Encounter]:
        """Stored encounters of these events by id; `linked` gets each one's event id."""
        found: dict[str, Encounter] = {}
        for chunk in chunks(sorted(event_ids)):
            for row in self._query(
                f"SELECT {', '.join(records.ENCOUNTER_COLUMNS)} FROM encounters WHERE event_id IN ({marks(len(chunk))})",
                list(chunk),
            ):
                found[row[0]] = records.encounter_from_row(row)
                linked[row[0]] = row[3]
        return found

    def _remerge(self, new: dict[str, Encounter], touched: set[str]) -> int:
        book = self._name_book(new.values())
        touched = set(touched) | self._candidate_events(new, book)
        linked: dict[str, str] = {}
        while True:
            pool = dict(new)
            pool.update(self._encounters_of_events(touched, linked))
            book = self._name_book(pool.values())
            row_ids = {id(encounter): encounter_id for encounter_id, encounter in pool.items()}
            events = merge_encounters(pool.values(), names=book)
            ids = [event.id for event in events]
            clashes = set()
            for chunk in chunks(ids):
                clashes.update(
                    event_id for (event_id,) in self._query(f"SELECT id FROM events WHERE id IN ({marks(len(chunk))})", list(chunk))
                )
            clashes -= touched
            if not clashes:
                break
            # An event with the same content already exists outside the merge: merge with it too.
            touched |= clashes
        rows: dict[str, set[tuple]] = {table: set() for table in _EVENT_TABLES}
        links = []
        for event in events:
            rows["events"].add(records.event_row(event))
            rows["event_participants"].update(records.event_participant_rows(event))
            rows["event_countries"].update(records.event_country_rows(event))
            reach_row, name_rows = _reach_rows(event)
            rows["event_reach"].add(reach_row)
            rows["event_names"].update(name_rows)
            links.extend((event.id, encounter_id) for encounter_id in (row_ids[id(e)] for e in event.encounters)
                         if linked.get(encounter_id) != event.id)
        actor_counts = self._replace_event_rows(touched, rows)
        self._executemany("UPDATE encounters SET event_id = ? WHERE id = ?", links)
        self._count_actors(actor_counts)
        return len(events)

    def _replace_event_rows(self, old_ids: set[str], rows: dict[str, set[tuple]]) -> Counter:
        """Make the rows of the events `old_ids` those in `rows`, writing only what differs.

        Most merges add one report to an event that keeps its id, place and
        people: rewriting its every row would dirty a dozen index pages
        scattered over the file, and that, not the reading, is what grows
        with the store. Returns the change in events per (actor, country).
        """
        counts: Counter = Counter()
        for table, (columns, key) in _EVENT_TABLES.items():
            old: set[tuple] = set()
            event_column = "id" if table == "events" else "event_id"
            for chunk in chunks(sorted(old_ids)):
                old.update(tuple(row) for row in self._query(
                    f"SELECT {', '.join(columns)} FROM {table} WHERE {event_column} IN ({marks(len(chunk))})", list(chunk)
                ))
            gone, added = sorted(old - rows[table]), sorted(rows[table] - old)
            positions = [columns.index(column) for column in key]
            where = " AND ".join(f"{column} = ?" for column in key)
            self._executemany(f"DELETE FROM {table} WHERE {where}", [tuple(row[i] for i in positions) for row in gone])
            self._executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks(len(columns))})", added)
            if table == "event_participants":
                for actor, _event_id, country, _first in gone:
                    counts[(actor, country or "")] -= 1
                for actor, _event_id, country, _first in added:
                    counts[(actor, country or "")] += 1
        return counts

    def _count_actors(self, changes: Counter) -> None:
        """Apply event-count changes per (actor, country), then rewrite those actors' rows."""
        changed = sorted((key, delta) for key, delta in changes.items() if delta)
        self._executemany(
            "INSERT INTO actor_countries (actor, country, events) VALUES (?, ?, ?) "
            "ON CONFLICT (actor, country) DO UPDATE SET events = actor_countries.events + excluded.events",
            [(actor, country, delta) for (actor, country), delta in changed],
        )
        names = sorted({actor for (actor, _country), _delta in changed})
        for chunk in chunks(names):
            chunk_marks, params = marks(len(chunk)), list(chunk)
            self._execute(f"DELETE FROM actors WHERE name IN ({chunk_marks})", params)
            best: dict[str, tuple[int, str]] = {}
            totals: dict[str, int] = {}
            for actor, country, count in self._query(
                f"SELECT actor, country, events FROM actor_countries WHERE actor IN ({chunk_marks}) AND events > 0", params
            ):
                count = int(count)
                totals[actor] = totals.get(actor, 0) + count
                if country and (actor not in best or (count, country) > best[actor]):
                    best[actor] = (count, country)
            self._executemany(
                "INSERT INTO actors (name, key, country, events) VALUES (?, ?, ?, ?)",
                [(actor, normalise_name(actor), best.get(actor, (0, None))[1], total) for actor, total in sorted(totals.items())],
            )


def _reach_rows(event: Event) -> tuple[tuple, list[tuple]]:
    """The event_reach row of an event, and its event_names rows (its participants and every name its sources use)."""
    reach_class, first, last = _reach_bounds(event_reach(event))
    people = sorted({normalise_name(name) for name in event.participants})
    names = set(people) | {normalise_name(p.name) for e in event.encounters for p in e.participants}
    reach_row = (event.id, "|".join(people), int(event.kind == "call"), int(event.kind == "visit"), reach_class, first, last)
    return reach_row, [(name, event.id, reach_class, first, last) for name in sorted(names)]
