"""Progress bars for long commands: a total, a rate and an ETA on stderr, only for a person to read.

Bars are hidden when stderr is not a terminal (pipes, CI logs, tests) or
with `summitry -q`. `count_inputs` gives `ingest` its total before the run:
one per file, one per non-empty line of a JSON Lines file, as `read_paths`
reads them.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import click

from ..text.read import JSONL_SUFFIXES, iter_inputs


def is_quiet() -> bool:
    """Whether `summitry -q` was given."""
    context = click.get_current_context(silent=True)
    root = context.find_root() if context else None
    return bool(root and root.obj and root.obj.get("quiet"))


def shows_progress() -> bool:
    """Bars only for a person at a terminal, and not with -q."""
    return not is_quiet() and sys.stderr.isatty()


def progress_bar(total: int | None, unit: str, desc: str):
    """A tqdm bar on stderr (disabled unless `shows_progress()`); with a total it shows an ETA."""
    from tqdm import tqdm

    return tqdm(total=total, unit=unit, desc=desc, file=sys.stderr, disable=not shows_progress(), dynamic_ncols=True)


def _lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # read_paths reports the file as one failure


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many inputs `read_paths(paths)` will yield (articles and failures)."""
    total = 0
    for file in iter_inputs(paths):
        # A skipped entry or an empty file is still one input: read_paths reports it as a failure.
        is_jsonl = isinstance(file, Path) and file.suffix.lower() in JSONL_SUFFIXES and file.is_file()
        total += max(1, _lines(file)) if is_jsonl else 1
    return total
