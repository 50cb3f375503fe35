"""CLI commands of the temporal stage: `summitry dates FILE`."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from ..temporal import find_dates
from .app import main
from .output import format_option, write_rows

COLUMNS = ("text", "start", "end", "kind", "value", "precision", "date", "date_end", "anchor")


def _published(ctx, param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


@main.command("dates")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--published", callback=_published, metavar="YYYY-MM-DD",
              help="Publication date that relative expressions are resolved against.")
@format_option()
def dates_command(file: Path, published: date | None, fmt: str) -> None:
    """Print the date and time expressions found in FILE, normalised.

    \b
    Example:
      summitry dates article.txt --published 2023-11-10 --format json
    """
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        click.echo(f"Error: {file}: cannot read it ({reason}); give a UTF-8 text file", err=True)
        raise SystemExit(1) from None
    rows = [{column: getattr(expression, column) for column in COLUMNS} for expression in find_dates(text, published)]
    write_rows(rows, fmt, COLUMNS)
