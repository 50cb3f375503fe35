#!/usr/bin/env python3
"""Foreign-minister terms from CountryInfo, as candidate rows for leaders_foreign_ministers.csv.

Reads: ../shared/benchmarks/cameo-phoenix-dictionaries/derived/countryinfo_leaders.jsonl
(CountryInfo.120116, CC BY-SA 3.0, (c) 2012 Philip A. Schrodt; its "Government" section
comes from the CIA's Chiefs of State and Cabinet Members, 2003-2011, at month precision).
Writes: CSV rows in the leader-table columns (country,office,title,name,start,end,aliases)
plus a `note` column, to stdout, sorted by country and start.

The derivation is repeatable but its output is a draft, not the table: CountryInfo joins
all of a person's cabinet titles with " & " and lists their intervals without saying
which title each belongs to, so a row whose title names another ministry too is marked
`ambiguous` and must be checked by hand; `open start` (in office at the first snapshot)
and `open end` (in office when the file was frozen) need a real date; names are
upper-case transliterations and need their Wikipedia spelling. leaders_foreign_ministers.csv
is this draft after that review.

Usage: scripts/countryinfo_foreign_ministers.py [path/to/countryinfo_leaders.jsonl] > draft.csv
"""
from __future__ import annotations

import calendar
import csv
import json
import re
import sys
from pathlib import Path

DEFAULT_SOURCE = Path(__file__).resolve().parents[2] / "shared/benchmarks/cameo-phoenix-dictionaries/derived/countryinfo_leaders.jsonl"
# One cabinet title that means the foreign minister ("Minister of Foreign Affairs and
# Cooperation", "Secretary of State" in the USA, "Minister of External Relations").
FOREIGN_TITLE = re.compile(
    r"^(?:Minister (?:of|for) (?:Foreign|External) (?:Affairs|Relations)(?:[ ,].*)?"
    r"|Minister of Foreign and European Affairs"
    r"|Secretary of State for Foreign (?:and Commonwealth )?Affairs"
    r"|Secretary of State)$"
)
# Titles that contain the words but are not the minister (a "Minister of State" is a junior minister).
NOT_FOREIGN = re.compile(r"Deputy|Vice|Assistant|^Minister of State for Foreign")
WINDOW = ("2001-01-01", "2013-12-31")
COLUMNS = ("country", "office", "title", "name", "start", "end", "aliases", "note")


def valid_day(text: str | None) -> str | None:
    """"2005-11-31" (CountryInfo's month ends) -> "2005-11-30"."""
    if not text:
        return None
    year, month, day = (int(part) for part in text.split("-"))
    return f"{year:04d}-{month:02d}-{min(day, calendar.monthrange(year, month)[1]):02d}"


def display_name(entity: str) -> str:
    """"FRANK_WALTER_STEINMEIER_" -> "Frank Walter Steinmeier" (a draft: the table uses Wikipedia's spelling)."""
    words = entity.strip("_").replace("_", " ").split()
    return " ".join(word.capitalize() if word.isupper() else word for word in words)


def foreign_title(title: str) -> tuple[str | None, bool]:
    """The foreign-minister part of a joined CountryInfo title, and whether other offices are joined to it."""
    parts = [part.strip() for part in title.split(" & ") if part.strip()]
    foreign = [part for part in parts if FOREIGN_TITLE.match(part) and not NOT_FOREIGN.search(part)]
    if not foreign:
        return None, False
    return foreign[0], len(set(parts) - set(foreign)) > 0


def country_code(raw: str | None) -> str | None:
    """CountryInfo's code, or the current one of a former Yugoslav state ("[YUGSVN <20910625][SVN >20030101]" -> "SVN")."""
    if not raw:
        return None
    found = re.findall(r"\[([A-Z]{3})[A-Z]* >", raw)
    return found[-1] if found else raw


def candidates(lines) -> list[dict]:
    rows = []
    seen = set()
    for line in lines:
        entry = json.loads(line)
        code = country_code(entry.get("country_code"))
        if entry.get("section") != "Government" or not code:
            continue
        title, ambiguous = foreign_title(entry.get("title") or "")
        if title is None:
            continue
        start, end = valid_day(entry.get("start")), valid_day(entry.get("end"))
        if (end and end < WINDOW[0]) or (start and start > WINDOW[1]):
            continue
        notes = []
        if ambiguous:
            notes.append("ambiguous: " + entry["title"])
        if entry.get("open_start"):
            notes.append("open start")
        if entry.get("open_end"):
            notes.append("open end")
        key = (code, entry["name"], start, end)
        if key in seen:  # dependencies (Jersey under GBR) repeat their sovereign's cabinet
            continue
        seen.add(key)
        rows.append(
            {
                "country": code,
                "office": "foreign_minister",
                "title": "Foreign Minister" if "Secretary of State" not in title else title,
                "name": display_name(entry["name"]),
                "start": start or "",
                "end": end or "",
                "aliases": "|".join(display_name(v) for v in entry.get("name_variants", []) if v != entry["name"]),
                "note": "; ".join(notes),
            }
        )
    return sorted(rows, key=lambda row: (row["country"], row["start"] or "0000", row["name"]))


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    if not source.exists():
        print(f"{source}: not found (the CountryInfo-derived file from ../shared/benchmarks)", file=sys.stderr)
        return 2
    with source.open(encoding="utf-8") as handle:
        rows = candidates(handle)
    writer = csv.DictWriter(sys.stdout, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    print(f"{len(rows)} candidate rows, {sum(1 for row in rows if row['note'].startswith('ambiguous'))} ambiguous", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
