"""One writer for every command that prints rows: table, json, jsonl or csv."""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

import click
from tabulate import tabulate

FORMATS = ("table", "json", "jsonl", "csv")


def format_option(default: str = "table", choices: Sequence[str] = FORMATS):
    """The shared `--format` option."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help="Output format.",
    )


def _flat(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_flat(item)) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def write_rows(rows: Iterable[dict], fmt: str, columns: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Write dict rows in `fmt` to `out` (stdout); return how many were written."""
    out = out or sys.stdout
    if fmt == "jsonl":
        count = 0
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            count += 1
        return count
    rows = list(rows)
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return len(rows)
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_flat(row.get(column)) for column in columns])
        return len(rows)
    table = [[_flat(row.get(column)) for column in columns] for row in rows]
    out.write(tabulate(table, headers=columns, tablefmt="simple") + "\n")
    return len(rows)
