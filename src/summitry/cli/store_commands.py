"""CLI commands of the store: ingest, events, show, timeline, actors, export."""
from __future__ import annotations

import functools
import logging
import os
import sys
from pathlib import Path

import click

from ..errors import SummitryError
from .app import main
from .output import format_option, write_rows
from .progress import is_quiet, progress_bar, shows_progress

EVENT_COLUMNS = ("id", "date", "kind", "status", "participants", "place", "occasion", "sources")


def _default_db() -> str:
    return os.environ.get("SUMMITRY_DB") or "summitry.db"


def _check_store_exists(db: str) -> None:
    """Refuse a SQLite path that does not exist: opening it would create an empty store."""
    from ..store import is_postgres_url

    if db != ":memory:" and not is_postgres_url(db) and not Path(db).expanduser().exists():
        raise click.BadParameter(
            f"{db}: no such store; create it with `summitry ingest ARTICLES --db {db}`, or check the path",
            param_hint="'--db'",
        )


def db_option(command=None, *, create: bool = False):
    """The shared `--db` option; the command receives an open store as `store`.

    Commands that only read (`create=False`) refuse a SQLite path that does
    not exist, with exit code 2, instead of creating an empty store.
    """
    if command is None:
        return functools.partial(db_option, create=create)

    @click.option(
        "--db",
        default=_default_db,
        show_default="summitry.db, or $SUMMITRY_DB",
        help="Event store: a SQLite file, or a postgresql:// URL." + ("" if create else " It must exist."),
    )
    @functools.wraps(command)
    def wrapper(db: str, **kwargs):
        from ..store import open_store

        if not create:
            _check_store_exists(db)
        try:
            opened = open_store(db)
        except SummitryError as error:
            from .exit_codes import RunFailed

            raise RunFailed(str(error)) from error  # no store, no run: exit code 3
        try:
            with opened as store:
                return command(store=store, **kwargs)
        except SummitryError as error:
            raise click.ClickException(str(error)) from error

    return wrapper


def filter_options(command):
    """The event filters shared by `events` and `export`."""
    options = [
        click.option("--actor", help='A participant, e.g. "Xi Jinping" (case and accents ignored; a surname works).'),
        click.option("--with", "with_", metavar="OTHER", help="The other party: events of --actor with OTHER."),
        click.option("--country", help="ISO 3166-1 alpha-3 code of a party or of the place, e.g. CHN."),
        click.option("--since", help="Events on or after this date: YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("--until", help="Events on or before this date: YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("--kind", type=click.Choice(["meeting", "call", "visit"]), help="Kind of encounter."),
        click.option("--status", type=click.Choice(["occurred", "planned", "cancelled"]), help="Status as of the latest source."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _event_row(event) -> dict:
    location = event.location
    place = ", ".join(part for part in ((location.city if location else None), (location.country if location else None)) if part)
    return {
        "id": event.id,
        "date": event.date,
        "kind": event.kind,
        "status": event.status,
        "participants": list(event.participants),
        "place": place or None,
        "occasion": event.occasion,
        "sources": event.sources,
    }


def _write_events(events, fmt: str, store) -> None:
    from ..serialize import event_to_dict

    if fmt == "table":
        write_rows((_event_row(event) for event in events), fmt, columns=EVENT_COLUMNS)
    elif fmt == "csv":
        from ..export import export_events

        export_events(events, "csv", sys.stdout, citations=store.citations)
    else:
        write_rows((event_to_dict(event, with_mentions=False) for event in events), fmt)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Extract on a Dask cluster: tcp://HOST:8786, or local / local:N for N worker processes on this "
                   "machine (needs summitry[dask]) [default: none, or $SUMMITRY_SCHEDULER].")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes on this machine; more than 1 is the same as --scheduler local:N [default: 1, or $SUMMITRY_JOBS].")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Articles per store transaction [default: 32].")
@click.option("--partition-size", type=click.IntRange(min=1), default=None, help="Articles per Dask task [default: 32].")
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read or extracted.")
@db_option(create=True)
def ingest(store, paths: tuple[str, ...], scheduler: str | None, jobs: int | None, batch_size: int | None,
           partition_size: int | None, strict: bool) -> None:
    """Extract encounters from articles and merge them into the event store.

    PATHS are .txt, .html, .json or .jsonl files, folders of them, or quoted
    globs ('shards/*.jsonl'). Each batch is one transaction: if the run is
    interrupted, run it again and it completes; articles already stored
    (same content) are skipped. A file, line or folder entry that cannot be
    used is named on stderr once and the run goes on. With --scheduler (or
    --jobs N) extraction runs on Dask workers and this process writes the
    results, in input order: the store is the same as after a one-process
    ingest.

    Exit status: 0 all stored; 1 some inputs failed, the others stored;
    2 bad usage; 3 the run failed (store unavailable or an unexpected error).

    \b
    Example:
      summitry ingest articles/*.html
      summitry ingest corpus/ --jobs 2
      summitry ingest 'shards/*.jsonl' --scheduler tcp://10.0.0.5:8786 --db postgresql://localhost/summitry
    """
    from tqdm import tqdm

    from ..ingest import ingest as run_ingest
    from ..settings import Settings
    from .exit_codes import SOME_INPUTS_FAILED, RunFailed

    settings = Settings.from_env(jobs=jobs, batch_size=batch_size, scheduler=scheduler, partition_size=partition_size)
    quiet = is_quiet()

    def started(total: int, cluster) -> None:
        bar.reset(total=total)
        if cluster is not None and not quiet:
            dashboard = f"; dashboard {cluster.dashboard}" if cluster.dashboard else ""
            tqdm.write(f"Dask scheduler {cluster.scheduler}, {cluster.workers} worker(s){dashboard}", file=sys.stderr)

    try:
        # The total comes from the listing of the inputs (on_start), before extraction begins.
        with progress_bar(None, unit="article", desc="ingest") as bar:
            summary = run_ingest(
                paths, store, settings=settings, on_start=started, on_batch=bar.update, strict=strict,
                on_failure=lambda failure: tqdm.write(f"error: {failure.source}: {failure.message}", file=sys.stderr),
            )
    except SummitryError as error:
        raise RunFailed(f"ingest stopped: {error}; batches committed before this point are stored") from error
    except Exception as error:  # noqa: BLE001 - a message and exit code 3, not a traceback
        logging.getLogger(__name__).debug("ingest stopped", exc_info=True)
        raise RunFailed(
            f"ingest stopped by an unexpected error: {error.__class__.__name__}: {error}; batches committed "
            "before this point are stored (run with -vv for the traceback)"
        ) from error
    if not quiet:
        click.echo(
            f"{summary.articles} articles in {summary.seconds:.1f} s ({summary.rate:.1f} articles/s, "
            f"{summary.workers} worker(s)): {summary.added} added, {summary.updated} updated, "
            f"{summary.unchanged} unchanged, {summary.duplicates} duplicates; {summary.failures} failed; "
            f"{summary.encounters} encounters; {store.stats()['events']} events in the store",
            err=True,
        )
    if summary.failures:
        sys.exit(SOME_INPUTS_FAILED)


@main.command()
@filter_options
@click.option("--search", help="Words to find in participants, places and occasions.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many events.")
@format_option()
@db_option
def events(store, fmt: str, limit: int | None, **filters) -> None:
    """List events, newest first.

    \b
    Example:
      summitry events --actor "Xi Jinping" --since 2023
      summitry events --actor Biden --with Xi --kind call --format json
    """
    _write_events(store.events(limit=limit, **filters), fmt, store)


@main.command()
@click.argument("event_id")
@format_option()
@db_option
def show(store, event_id: str, fmt: str) -> None:
    """Show one event with every source and evidence sentence.

    \b
    Example:
      summitry show 3f9a2c41d0b7e815
    """
    from ..serialize import event_to_dict

    event = store.event(event_id)
    if event is None:
        raise click.ClickException(f"no event {event_id!r}; `summitry events` lists the ids")
    if fmt in ("json", "jsonl"):
        write_rows([event_to_dict(event)], fmt)
        return
    mentions = [
        {
            "article": encounter.article_id,
            "published": encounter.published,
            "status": encounter.status,
            "date": encounter.date,
            "offsets": f"{encounter.evidence.start}-{encounter.evidence.end}",
            "evidence": encounter.evidence.sentence,
        }
        for encounter in event.encounters
    ]
    if fmt == "csv":
        write_rows(mentions, fmt)
        return
    summary = _event_row(event)
    summary.update(
        countries=list(event.countries), date_end=event.date_end, confidence=event.confidence,
        date_reason=event.date_reason,
        status_history=[f"{c.published or '?'} {c.status} ({c.article_id})" for c in event.status_history],
    )
    write_rows([{"field": key, "value": value} for key, value in summary.items()], "table")
    click.echo()
    write_rows(mentions, "table")


@main.command()
@click.argument("actor")
@click.option("--with", "with_", metavar="OTHER", help="Only events with this other party.")
@format_option()
@db_option
def timeline(store, actor: str, with_: str | None, fmt: str) -> None:
    """Every event of one actor, oldest first.

    \b
    Example:
      summitry timeline "Xi Jinping" --with "Joe Biden"
    """
    _write_events(store.timeline(actor, with_=with_), fmt, store)


@main.command()
@format_option()
@db_option
def actors(store, fmt: str) -> None:
    """List the actors in the store with their country and number of events.

    \b
    Example:
      summitry actors --format csv > actors.csv
    """
    write_rows(store.actors(), fmt, columns=("name", "country", "events"))


@main.command()
@filter_options
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "gdelt", "gdelt-mentions", "plover"]), default="jsonl",
    show_default=True,
    help="jsonl: summitry's records; csv/parquet: the typed events table; gdelt/gdelt-mentions: GDELT 2.0 "
         "events/mentions (tab-separated, no header); plover: PLOVER/POLECAT JSON Lines. See docs/codebook.md.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@db_option
def export(store, fmt: str, output: str | None, **filters) -> None:
    """Export events for other tools: GDELT, PLOVER/POLECAT, CSV, Parquet.

    Every format holds each event once, with the URL of its sources;
    docs/codebook.md describes every column.

    \b
    Example:
      summitry export --format csv > events.csv
      summitry export --format parquet -o events.parquet
      summitry export --format gdelt --since 2023 > events.export.CSV
      summitry export --format gdelt-mentions > events.mentions.CSV
      summitry export --format plover > events.plover.jsonl
    """
    from ..export import BINARY_FORMATS, export_events

    filtered = any(filters.values())
    total = (store.count_events(**filters) if filtered else store.stats()["events"]) if shows_progress() else None
    events = store.events(order="asc", **filters) if filtered else store.iter_events()
    binary = fmt in BINARY_FORMATS
    with progress_bar(total, unit="event", desc="export") as bar:
        counted = _counted(events, bar)
        if output:
            with open(output, "wb" if binary else "w", encoding=None if binary else "utf-8", newline=None if binary else "") as out:
                count = export_events(counted, fmt, out, citations=store.citations)
        else:
            count = export_events(counted, fmt, sys.stdout.buffer if binary else sys.stdout, citations=store.citations)
            if binary:
                sys.stdout.buffer.flush()
    if not is_quiet():
        click.echo(f"exported {count} events", err=True)


def _counted(events, bar):
    for event in events:
        yield event
        bar.update(1)
