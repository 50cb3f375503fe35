"""Summits: the recurring series and their editions (APEC 2023 in San Francisco, ...).

Reads: knowledge/data/summit_series.csv (series codes and the names news
gives them) and summits.csv (editions). Adds: `SummitIndex`, behind
`Knowledge.summit_series`, `find_summit` and `summits`.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..model import Summit
from .tables import fold, read_table, split_list

SERIES_COLUMNS = ("series", "name", "aliases")
SUMMIT_COLUMNS = ("series", "year", "name", "city", "country", "start", "end")

# "the G20 summit" in an article with no year means the edition nearest the
# date in focus, if one falls within half a year either way: news announces
# summits months ahead and recalls them for months after, while a year away
# the writer would name the year.
NEAREST_EDITION_DAYS = 183


@dataclass(frozen=True)
class Series:
    """A recurring summit series and the names news gives it."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()


def read_series(path: Path) -> list[Series]:
    """The rows of summit_series.csv."""
    series = []
    seen: set[str] = set()
    for row in read_table(path, SERIES_COLUMNS):
        code = row.required("series")
        if code in seen:
            raise row.fail(f"series {code!r} defined twice")
        seen.add(code)
        series.append(Series(code, row.required("name"), split_list(row.get("aliases"))))
    return series


def read_summits(path: Path, series_codes: set[str] | None = None, known_codes: set[str] | None = None) -> list[Summit]:
    """The rows of summits.csv; KnowledgeError names the file and line of a bad row."""
    summits = []
    for row in read_table(path, SUMMIT_COLUMNS):
        code = row.required("series")
        if series_codes is not None and code not in series_codes:
            raise row.fail(f"unknown series {code!r}; add it to summit_series.csv first")
        try:
            year = int(row.required("year"))
        except ValueError:
            raise row.fail(f"year {row.get('year')!r} is not a number") from None
        country = row.get("country").upper() or None
        if country and known_codes is not None and country not in known_codes:
            raise row.fail(f"unknown country code {country!r}")
        start, end = row.date("start"), row.date("end")
        if start and end and end < start:
            raise row.fail(f"ends ({end}) before it starts ({start})")
        if start and start.year != year:
            raise row.fail(f"starts in {start.year} but the year column says {year}")
        summits.append(
            Summit(
                series=code,
                year=year,
                city=row.get("city") or None,
                country=country,
                start=start,
                end=end or start,
                name=row.get("name") or None,
            )
        )
    return summits


class SummitIndex:
    """Series names -> code; series -> editions in date order."""

    def __init__(self, series: list[Series], summits: list[Summit]):
        self.series = {entry.code: entry for entry in series}
        self.names: dict[str, str] = {}
        for entry in series:
            for word in (entry.code, entry.name, *entry.aliases):
                self.names.setdefault(fold(word), entry.code)
        # Longest names first, so "East Asia Summit" wins over "ASEAN" inside
        # "the ASEAN-hosted East Asia Summit".
        ordered = sorted(self.names, key=len, reverse=True)
        self._pattern = re.compile(r"\b(" + "|".join(re.escape(key) for key in ordered) + r")\b") if ordered else None
        self.editions: dict[str, list[Summit]] = defaultdict(list)
        for summit in summits:
            self.editions[summit.series].append(summit)
        for editions in self.editions.values():
            editions.sort(key=lambda summit: (summit.year, summit.start or date(summit.year, 12, 31)))
        self.editions = dict(self.editions)

    def code(self, phrase: str) -> str | None:
        if phrase in self.series:
            return phrase
        key = fold(phrase)
        if key in self.names:
            return self.names[key]
        if self._pattern is None:
            return None
        match = self._pattern.search(key)
        return self.names[match.group(1)] if match else None

    def find(self, series: str, year: int | None = None, on: date | None = None) -> Summit | None:
        code = self.code(series)
        if code is None:
            return None
        editions = self.editions.get(code, [])
        if year is not None:
            editions = [summit for summit in editions if summit.year == year]
            if not editions:
                return None
            if on is None:
                # Where a series meets twice a year (ASEAN), the later summit is
                # the one with the dialogue partners, which news covers most.
                return editions[-1]
            return min(editions, key=lambda summit: _distance(summit, on))
        if on is None:
            return editions[-1] if editions else None
        dated = [summit for summit in editions if summit.start is not None]
        if not dated:
            return None
        nearest = min(dated, key=lambda summit: _distance(summit, on))
        return nearest if _distance(nearest, on) <= NEAREST_EDITION_DAYS else None

    def all(self, series: str | None = None) -> list[Summit]:
        if series is None:
            found = [summit for editions in self.editions.values() for summit in editions]
        else:
            code = self.code(series)
            found = list(self.editions.get(code, [])) if code else []
        return sorted(found, key=lambda summit: (summit.start or date(summit.year, 12, 31), summit.series))


def _distance(summit: Summit, day: date) -> int:
    """Days between `day` and the edition (0 inside it); undated editions count from mid-year."""
    start = summit.start or date(summit.year, 7, 1)
    end = summit.end or start
    if start <= day <= end:
        return 0
    return (start - day).days if day < start else (day - end).days
