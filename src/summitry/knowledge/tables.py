"""Shared reading of the knowledge tables (knowledge/data/*.csv).

Every table opens with one or more `#` lines that say what it covers, up to
when and from what source; `read_table` skips them, checks the header, and
yields each data row with its file and line number so that loaders can fail
with a message that points at the row to fix. `fold` is the one
normalisation every alias index uses, so that a lookup and the index it
searches always agree.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from pathlib import Path

from ..errors import KnowledgeError

DATA_DIR = Path(__file__).resolve().parent / "data"

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/,;:()\"]+")
_DOTS = re.compile(r"\.(?!\d)")
_LEADING_THE = re.compile(r"^the\s+")


# The same names are folded again and again (a leader's aliases in each of their terms, every index
# built from the tables, each article's names): 27,800 folds of 9,800 strings while the pipeline loads.
# Remembering the last 65,536 keys keeps memory bounded on a long stream.
FOLD_CACHE_SIZE = 2**16


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "the Élysée" -> "elysee", "U.S." -> "us".

    A leading "the" goes because news writes both "the Kremlin" and
    "Kremlin"; hyphens become spaces because "Yoon Suk-yeol" and "Yoon Suk
    Yeol" are the same man; dots go so "U.S." meets "US".
    """
    if text.isascii():
        # Nothing to decompose or strip (most names, and every city table key): the same key, five times faster.
        text = text.replace("`", "'").lower()  # the one ASCII character of _QUOTES
        if "." in text:
            text = _DOTS.sub("", text)
        text = _SEPARATORS.sub(" ", text).strip()
        # After _SEPARATORS one space follows a leading "the", which is what _LEADING_THE removes.
        return text[4:] if text.startswith("the ") else text
    else:
        text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
        text = "".join(char for char in text if not unicodedata.combining(char))
        text = text.casefold().replace("\u0131", "i").replace("\u00df", "ss").replace("\u00f8", "o").replace("\u0142", "l")
    text = _DOTS.sub("", text)
    text = _SEPARATORS.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)


def without_possessive(key: str) -> str:
    """A folded key without a trailing possessive: "china's" -> "china", "biden's" -> "biden"."""
    if key.endswith("'s"):
        return key[:-2]
    if key.endswith("'"):
        return key[:-1]
    return key


def split_list(value: str | None) -> tuple[str, ...]:
    """The `|`-separated items of a cell, stripped, empty ones dropped."""
    if not value:
        return ()
    return tuple(item.strip() for item in value.split("|") if item.strip())


@dataclass(frozen=True)
class Row:
    """One data row of a knowledge table, with where it came from."""

    path: Path
    line: int
    values: dict[str, str]

    @property
    def where(self) -> str:
        return f"{self.path.name} line {self.line}"

    def get(self, column: str) -> str:
        return (self.values.get(column) or "").strip()

    def fail(self, problem: str) -> KnowledgeError:
        """A KnowledgeError naming this row, to raise."""
        return KnowledgeError(f"{self.where}: {problem}")

    def required(self, column: str) -> str:
        value = self.get(column)
        if not value:
            raise self.fail(f"empty '{column}'; every row needs one")
        return value

    def date(self, column: str, required: bool = False) -> date | None:
        value = self.get(column)
        if not value:
            if required:
                raise self.fail(f"empty '{column}'; write the date as YYYY-MM-DD")
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(f"'{column}' is {value!r}, not a date; write it as YYYY-MM-DD") from None

    def number(self, column: str) -> float | None:
        value = self.get(column)
        if not value:
            return None
        try:
            return float(value)
        except ValueError:
            raise self.fail(f"'{column}' is {value!r}, not a number") from None


def header_comment(path: Path) -> str:
    """The leading `#` line(s) of a table, without the `#`."""
    lines = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            lines.append(line[1:].strip())
    return " ".join(lines)


def read_table(path: Path, columns: Sequence[str]) -> Iterator[Row]:
    """Yield the rows of the CSV table at `path`; `columns` must all be in its header.

    Raises KnowledgeError naming the file and line for a missing `#` line,
    a missing column or a row with too many cells.
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as error:
        raise KnowledgeError(f"{path}: cannot read ({error.strerror})") from None
    with handle:
        lines = enumerate(handle, start=1)
        comment_lines = 0
        first_data = None
        for number, line in lines:
            if line.startswith("#"):
                comment_lines += 1
                continue
            first_data = (number, line)
            break
        if comment_lines == 0:
            raise KnowledgeError(
                f"{path.name} line 1: no '#' line; start the table with '# <what it covers>, up to <date>; source: <where from>'"
            )
        if first_data is None:
            raise KnowledgeError(f"{path.name}: no header row after the '#' line(s); expected {', '.join(columns)}")

        def numbered() -> Iterator[tuple[int, str]]:
            yield first_data
            yield from lines

        header_line = first_data[0]
        reader = csv.reader(_track(numbered(), line_numbers := []))
        try:
            header = [cell.strip() for cell in next(reader)]
        except csv.Error as error:
            raise KnowledgeError(f"{path.name} line {header_line}: {error}") from None
        missing = [column for column in columns if column not in header]
        if missing:
            raise KnowledgeError(
                f"{path.name} line {header_line}: missing column(s) {', '.join(missing)}; the header must name {', '.join(columns)}"
            )
        while True:
            consumed = len(line_numbers)
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise KnowledgeError(f"{path.name} line {line_numbers[-1]}: {error}") from None
            # the row starts on the first line the reader had not yet consumed
            # (a quoted cell may span several lines)
            number = line_numbers[consumed] if consumed < len(line_numbers) else line_numbers[-1]
            if not cells or all(not cell.strip() for cell in cells) or cells[0].lstrip().startswith("#"):
                continue
            if len(cells) > len(header):
                raise KnowledgeError(
                    f"{path.name} line {number}: {len(cells)} cells but the header has {len(header)}; quote cells that contain commas"
                )
            yield Row(path, number, dict(zip(header, cells)))


def _track(lines: Iterator[tuple[int, str]], line_numbers: list[int]) -> Iterator[str]:
    """Feed csv.reader the text of each line while remembering its file line number."""
    for number, text in lines:
        line_numbers.append(number)
        yield text

