"""CLI commands over the knowledge tables: who, summit, knowledge check|stats.

Thin layers over `summitry.knowledge`: parse the options, ask the
Knowledge, print rows through `write_rows`.
"""
from __future__ import annotations

import sys
from dataclasses import asdict

import click

from .app import main
from .output import format_option, write_rows

TERM_COLUMNS = ("name", "title", "office", "country", "start", "end")
SUMMIT_COLUMNS = ("occasion", "name", "city", "country", "start", "end")


def _term_row(term) -> dict:
    row = asdict(term)
    row["aliases"] = list(term.aliases)
    return row


def _summit_row(summit) -> dict:
    return {"occasion": summit.label, **asdict(summit)}


@main.command()
@click.argument("query")
@click.option("--on", "on", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only terms covering this day (YYYY-MM-DD).")
@format_option()
def who(query: str, on, fmt: str) -> None:
    """Who held an office, or which offices a person held.

    \b
    Examples:
      summitry who "US president" --on 2023-11-15
      summitry who "Prime Minister of Canada" --on 2019-06-01
      summitry who Boric
    """
    from ..knowledge import load_knowledge

    terms = load_knowledge().who(query, on.date() if on else None)
    if not terms:
        click.echo(f"no office holder found for {query!r}", err=True)
        sys.exit(1)
    write_rows((_term_row(term) for term in terms), fmt, TERM_COLUMNS if fmt in ("table", "csv") else None)


@main.command()
@click.argument("series")
@click.argument("year", type=int, required=False)
@format_option()
def summit(series: str, year: int | None, fmt: str) -> None:
    """Editions of a summit series, or the edition of one year.

    \b
    Examples:
      summitry summit APEC 2024
      summitry summit "G-20"
    """
    from ..knowledge import load_knowledge

    kb = load_knowledge()
    code = kb.summit_series(series)
    if code is None:
        click.echo(f"unknown summit series {series!r}; see knowledge/data/summit_series.csv", err=True)
        sys.exit(1)
    summits = [summit for summit in kb.summits(code) if year is None or summit.year == year]
    if not summits:
        click.echo(f"no {code} summit on record for {year}", err=True)
        sys.exit(1)
    write_rows((_summit_row(summit) for summit in summits), fmt, SUMMIT_COLUMNS if fmt in ("table", "csv") else None)


@main.group()
def knowledge() -> None:
    """Check and describe the knowledge tables (office holders, countries, places, summits)."""


@knowledge.command()
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False), help="Folder of tables (default: the package's).")
@click.option("--errors-only", is_flag=True, help="Hide warnings (coverage gaps, unresolved summit cities).")
@format_option()
def check(data_dir: str | None, errors_only: bool, fmt: str) -> None:
    """Integrity report; exits 1 when there are errors.

    \b
    Example:
      summitry knowledge check
    """
    from ..knowledge.check import check_knowledge

    issues = check_knowledge(data_dir)
    shown = [issue for issue in issues if issue.level == "error" or not errors_only]
    errors = sum(1 for issue in issues if issue.level == "error")
    if shown:
        write_rows((issue.as_row() for issue in shown), fmt, ("level", "where", "message"))
    click.echo(f"{errors} error(s), {len(issues) - errors} warning(s)", err=True)
    if errors:
        sys.exit(1)


@knowledge.command()
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False), help="Folder of tables (default: the package's).")
@format_option()
def stats(data_dir: str | None, fmt: str) -> None:
    """Coverage figures: countries, rows per table, office holders per year, summits per series.

    \b
    Example:
      summitry knowledge stats
    """
    from ..knowledge import load_knowledge
    from ..knowledge.check import coverage

    figures = coverage(load_knowledge(data_dir))
    if fmt in ("json", "jsonl"):
        write_rows([figures], fmt)
        return
    summary = [
        {"figure": key, "value": value}
        for key, value in figures.items()
        if not isinstance(value, (dict, list))
    ]
    summary += [{"figure": f"rows {name}", "value": rows} for name, rows in figures["rows_per_file"].items()]
    summary += [{"figure": f"summits {series}", "value": count} for series, count in figures["summits_per_series"].items()]
    write_rows(summary, fmt, ("figure", "value"))
    if fmt == "table":
        click.echo("")
    write_rows(figures["per_year"], fmt, ("year", "countries_with_leader", "countries_with_foreign_minister", "of"))
