"""Export stored events: our own JSON Lines, CSV and Parquet, and CAMEO / PLOVER flavoured rows.

Reads: `Event` records (usually `store.iter_events()`). Adds nothing; writes
rows to a stream. The CAMEO flavour follows GDELT 2.0's event table column
names, so GDELT/ICEWS tooling can load it; the PLOVER flavour follows the
POLECAT field names. One encounter between more than two parties becomes one
row per pair (dyad), as in both data sets.

CAMEO codes used (CAMEO 1.1b3 manual, chapter 2):
  036  Express intent to meet or negotiate   planned or cancelled encounters
  040  Consult, not specified                 held, place unknown
  041  Discuss by telephone                   calls
  042  Make a visit                           held in the target's country (source visits target)
  043  Host a visit                           held in the source's country
  044  Meet at a "third" location             held in neither party's country (summits)
Goldstein scores are the standard CAMEO ones for those codes.
PLOVER: event_type CONSULT, mode `phone`, `visit` or `third-party` (empty when
the place is unknown); planned and cancelled encounters keep CONSULT and say so
in `summitry_status` (PLOVER has no intent category).
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from itertools import combinations
from typing import BinaryIO, TextIO

from ..model import Event
from ..serialize import event_to_dict
from .records import date_span

__all__ = ["EXPORT_FORMATS", "export_events", "cameo_rows", "plover_rows", "flat_event"]

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "cameo", "plover")

_GOLDSTEIN = {"036": 4.0, "040": 1.0, "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5}
# GDELT's QuadClass 1 is verbal cooperation, where every 03x and 04x code sits.
_QUAD_CLASS_VERBAL_COOPERATION = 1

FLAT_COLUMNS = (
    "id", "kind", "date", "date_end", "date_precision", "status", "participants", "countries",
    "city", "location_country", "occasion", "confidence", "sources", "date_reason", "articles",
)
CAMEO_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "DatePrecision", "Actor1Name", "Actor1CountryCode", "Actor2Name",
    "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumSources", "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode",
    "SummitryStatus", "SOURCEURL",
)
PLOVER_COLUMNS = (
    "event_id", "event_date", "date_precision", "event_type", "event_mode", "event_context", "actor_name",
    "actor_country", "recipient_name", "recipient_country", "location_city", "location_country",
    "summitry_status", "num_sources", "story_ids", "event_text",
)


def flat_event(event: Event) -> dict:
    """One event as a flat row (lists joined by '; ') for CSV and Parquet."""
    location = event.location
    return {
        "id": event.id,
        "kind": event.kind,
        "date": event.date,
        "date_end": event.date_end,
        "date_precision": event.date_precision,
        "status": event.status,
        "participants": "; ".join(event.participants),
        "countries": "; ".join(event.countries),
        "city": location.city if location else None,
        "location_country": location.country if location else None,
        "occasion": event.occasion,
        "confidence": event.confidence,
        "sources": event.sources,
        "date_reason": event.date_reason,
        "articles": "; ".join(sorted({encounter.article_id for encounter in event.encounters})),
    }


def _party_countries(event: Event) -> dict[str, str | None]:
    countries: dict[str, str | None] = {}
    for encounter in event.encounters:
        for participant in encounter.participants:
            if participant.name in event.participants and participant.country:
                countries.setdefault(participant.name, participant.country)
    aligned = len(event.countries) == len(event.participants) and event.kind != "visit"
    for index, name in enumerate(event.participants):
        if not countries.get(name):
            countries[name] = event.countries[index] if aligned else None
    return countries


def _dyads(event: Event) -> list[tuple[str, str | None, str | None, str | None]]:
    """(source, source country, target, target country) pairs; a visit's target is the destination country."""
    countries = _party_countries(event)
    if len(event.participants) == 1:
        name = event.participants[0]
        destination = event.countries[-1] if len(event.countries) > 1 else (event.location.country if event.location else None)
        return [(name, countries[name] or (event.countries[0] if event.countries else None), None, destination)]
    return [(a, countries[a], b, countries[b]) for a, b in combinations(event.participants, 2)]


def _consult_code(event: Event, source_country: str | None, target_country: str | None) -> tuple[str, str]:
    """(CAMEO code, PLOVER mode), orienting a visit from visitor to host."""
    if event.status != "occurred":
        return "036", ""
    if event.kind == "call":
        return "041", "phone"
    place = event.location.country if event.location else None
    if event.kind == "visit" or (place and place == target_country):
        return "042", "visit"
    if place and place == source_country:
        return "043", "visit"
    if place:
        return "044", "third-party"
    return "040", ""


def _oriented(event: Event) -> Iterator[tuple[str, str | None, str | None, str | None, str, str]]:
    for source, source_country, target, target_country in _dyads(event):
        code, mode = _consult_code(event, source_country, target_country)
        if code == "043":
            # Report the visitor as the source, like GDELT does for most visit stories.
            source, source_country, target, target_country = target, target_country, source, source_country
            code = "042"
        yield source, source_country, target, target_country, code, mode


def cameo_rows(events: Iterable[Event]) -> Iterator[dict]:
    """GDELT-style event rows (CAMEO codes), one per dyad."""
    for event in events:
        first, _ = date_span(event.date, event.date_end)
        urls = sorted({encounter.article_id for encounter in event.encounters})
        for index, (source, source_country, target, target_country, code, _mode) in enumerate(_oriented(event)):
            location = event.location
            yield {
                "GLOBALEVENTID": f"{event.id}-{index}" if index else event.id,
                "SQLDATE": first.replace("-", "") if first else "",
                "DatePrecision": event.date_precision,
                "Actor1Name": source.upper(),
                "Actor1CountryCode": source_country or "",
                "Actor2Name": (target or "").upper(),
                "Actor2CountryCode": target_country or "",
                "IsRootEvent": 1,
                "EventCode": code,
                "EventBaseCode": code,
                "EventRootCode": code[:2],
                "QuadClass": _QUAD_CLASS_VERBAL_COOPERATION,
                "GoldsteinScale": _GOLDSTEIN[code],
                "NumSources": event.sources,
                "NumArticles": len(event.encounters),
                "ActionGeo_FullName": ", ".join(part for part in ((location.city if location else None), (location.country if location else None)) if part),
                "ActionGeo_CountryCode": (location.country if location else None) or "",
                "SummitryStatus": event.status,
                "SOURCEURL": "; ".join(urls),
            }


def plover_rows(events: Iterable[Event]) -> Iterator[dict]:
    """POLECAT-style PLOVER records (event_type CONSULT), one per dyad."""
    for event in events:
        first, _ = date_span(event.date, event.date_end)
        for index, (source, source_country, target, target_country, _code, mode) in enumerate(_oriented(event)):
            location = event.location
            yield {
                "event_id": f"{event.id}-{index}" if index else event.id,
                "event_date": first or None,
                "date_precision": event.date_precision,
                "event_type": "CONSULT",
                "event_mode": mode,
                "event_context": event.occasion or "",
                "actor_name": source,
                "actor_country": source_country,
                "recipient_name": target,
                "recipient_country": target_country,
                "location_city": location.city if location else None,
                "location_country": location.country if location else None,
                "summitry_status": event.status,
                "num_sources": event.sources,
                "story_ids": sorted({encounter.article_id for encounter in event.encounters}),
                "event_text": event.encounters[0].evidence.sentence if event.encounters else "",
            }


def _write_parquet(events: Iterable[Event], out: BinaryIO, batch: int = 10_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([
        (name, pa.float64() if name == "confidence" else pa.int64() if name == "sources" else pa.string())
        for name in FLAT_COLUMNS
    ] + [("mentions", pa.string())])
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        rows: list[dict] = []
        for event in events:
            row = flat_event(event)
            row["mentions"] = json.dumps(event_to_dict(event)["mentions"], ensure_ascii=False)
            rows.append(row)
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                count += len(rows)
                rows = []
        if rows or count == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count


def _write_csv(rows: Iterable[dict], columns: tuple[str, ...], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({key: ("" if value is None else value) for key, value in row.items()})
        count += 1
    return count


def export_events(events: Iterable[Event], fmt: str, out) -> int:
    """Write events to `out` in `fmt` (one of EXPORT_FORMATS); return rows written.

    `out` is a text stream, or a binary stream for parquet. `cameo` is CSV with
    GDELT column names, `plover` JSON Lines with POLECAT field names.
    """
    if fmt == "jsonl":
        count = 0
        for event in events:
            out.write(json.dumps(event_to_dict(event), ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "csv":
        return _write_csv((flat_event(event) for event in events), FLAT_COLUMNS, out)
    if fmt == "parquet":
        return _write_parquet(events, out)
    if fmt == "cameo":
        return _write_csv(cameo_rows(events), CAMEO_COLUMNS, out)
    if fmt == "plover":
        count = 0
        for row in plover_rows(events):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
