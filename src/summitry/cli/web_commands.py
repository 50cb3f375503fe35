"""CLI commands of the web layer: `serve` an event store, and `demo` on the bundled sample articles."""
from __future__ import annotations

import sys
import tempfile
from importlib import resources
from pathlib import Path

import click

from ..errors import SummitryError
from .app import main

# Where `demo --no-serve` keeps the sample store when no --db is given.
DEMO_DB = "summitry-demo.db"

_HOST_HELP = (
    "Address to bind. The default, 127.0.0.1, makes the server reachable only from this machine. "
    "0.0.0.0 would expose it to every network this machine is on, so anyone who can reach the port "
    "could read the store (and ingest, with --allow-ingest and the token)."
)


def sample_paths() -> list[Path]:
    """The bundled sample articles (written for the demo, not real wire copy)."""
    folder = resources.files("summitry") / "samples"
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith((".json", ".txt")))


def ingest_samples(store, settings=None):
    """Extract the sample articles and add them to `store`; return the store's summary."""
    from ..pipeline import run
    from ..text import read_paths

    return store.add_results(run(read_paths(sample_paths()), settings))


def _serve(settings, store, allow_ingest: bool = False) -> None:
    import uvicorn

    from ..web import create_app

    app = create_app(settings, store, allow_ingest=allow_ingest)
    click.echo(f"summitry: serving {settings.db} on http://{settings.host}:{settings.port}/ (Ctrl+C stops)", err=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")


def _describe(stats: dict) -> str:
    span = f", {stats['first_date']} to {stats['last_date']}" if stats.get("first_date") else ""
    return (
        f"{stats['articles']} articles, {stats['encounters']} encounters, "
        f"{stats['events']} events, {stats['actors']} actors{span}"
    )


@main.command()
@click.option("--db", envvar="SUMMITRY_DB", default="summitry.db", show_default=True,
              help="Event store: a SQLite file or a postgresql:// URL (env SUMMITRY_DB).")
@click.option("--host", default="127.0.0.1", show_default=True, help=_HOST_HELP)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--allow-ingest", is_flag=True,
              help="Accept POST /api/articles (extract and store a posted article); needs a token.")
@click.option("--token", envvar="SUMMITRY_INGEST_TOKEN", default=None,
              help="Token POST /api/articles requires as 'Authorization: Bearer <token>' (env SUMMITRY_INGEST_TOKEN).")
def serve(db: str, host: str, port: int, allow_ingest: bool, token: str | None) -> None:
    """Serve the events list, timelines, network and map, and the JSON API.

    The API is read-only unless --allow-ingest is given with a token. Pages
    and API docs are at http://127.0.0.1:8000/ and /docs.

    \b
    Examples:
      summitry serve
      summitry serve --db events.db --port 8080
      SUMMITRY_INGEST_TOKEN=secret summitry serve --allow-ingest
    """
    from ..settings import Settings
    from ..store import is_postgres_url, open_store

    if not is_postgres_url(db) and not Path(db).exists():
        raise click.BadParameter(
            f"{db}: no such store; create it with `summitry ingest ARTICLES --db {db}`, or try `summitry demo`",
            param_hint="'--db'",
        )
    if allow_ingest and not token:
        raise click.UsageError("--allow-ingest needs a token: pass --token or set SUMMITRY_INGEST_TOKEN")
    try:
        settings = Settings.from_env(db=db, host=host, port=port, ingest_token=token)
        _serve(settings, open_store(db), allow_ingest=allow_ingest)
    except SummitryError as error:
        raise click.ClickException(str(error)) from None


@main.command()
@click.option("--db", default=None,
              help="SQLite file to fill (default: a temporary file removed on exit; with --no-serve, "
                   f"{DEMO_DB} in the current folder, kept).")
@click.option("--host", default="127.0.0.1", show_default=True, help=_HOST_HELP)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--no-serve", is_flag=True, help="Ingest the samples, print the summary and exit (for tests and CI).")
def demo(db: str | None, host: str, port: int, no_serve: bool) -> None:
    """Ingest the bundled sample articles into a temporary store and serve it.

    The samples are short articles written for the demo in the style of wire
    reports: a planned meeting and the report that it happened, a phone call,
    visits, a recalled meeting, and one pair meeting twice.

    \b
    Examples:
      summitry demo
      summitry demo --port 8080
      summitry demo --no-serve
    """
    from ..settings import Settings
    from ..store import open_store

    if no_serve and db is None:
        # Kept, so the commands of the README's short session have a store to read afterwards.
        db = DEMO_DB
    with tempfile.TemporaryDirectory(prefix="summitry-demo-") as folder:
        path = db or str(Path(folder) / "demo.db")
        try:
            store = open_store(path)
            summary = ingest_samples(store)
            stats = store.stats()
        except SummitryError as error:
            raise click.ClickException(str(error)) from None
        if getattr(summary, "failures", 0):
            click.echo(f"summitry: {summary.failures} sample article(s) failed", err=True)
        if no_serve:
            click.echo(_describe(stats))
            store.close()
            click.echo(f"summitry demo: stored in {path}; try `summitry events --db {path}` or `summitry serve --db {path}`", err=True)
            return
        click.echo(f"summitry demo: {_describe(stats)}", err=True)
        settings = Settings.from_env(db=path, host=host, port=port)
        try:
            _serve(settings, store)
        finally:
            store.close()
            sys.stderr.flush()
