"""The typed events table behind the csv, parquet and pandas exports: one row per event.

Reads: an `EventCoding` and the citations of its articles. Adds: a dict per
event with Python values of the types `columns.EVENT_TABLE` declares (dates
as `datetime.date`, lists as lists, mentions as dicts), plus the Arrow
schema those rows are written with. CSV writes the same rows as text.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from ..model import Citation
from ..resolve import date_interval
from .citations import citation_of, first_report, gdelt_id, identifier
from .coding import EventCoding
from .columns import EVENT_TABLE, MENTION_FIELDS, Column


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def event_row(coding: EventCoding, citations: Mapping[str, Citation], geonames_id=None) -> dict:
    """One event as a row of EVENT_TABLE; `geonames_id(place)` looks up the city's GeoNames id."""
    event = coding.event
    location = event.location
    # The table keeps the event's own date; a plan's statement date is only how gdelt/plover code it.
    interval = date_interval(event.date, event.date_end)
    interval_start, interval_end = interval if interval else (None, None)
    first = first_report(event)
    first_citation = citation_of(first, citations) if first else None
    mentions = []
    for encounter in event.encounters:
        citation = citation_of(encounter, citations)
        mention_interval = date_interval(encounter.date, encounter.date_end)
        mentions.append({
            "article_id": encounter.article_id,
            "url": citation.url,
            "source": citation.source,
            "title": citation.title,
            "published": _day(citation.published or encounter.published),
            "status": encounter.status,
            "date_start": mention_interval[0] if mention_interval else None,
            "date_end": mention_interval[1] if mention_interval else None,
            "date_precision": encounter.date_precision,
            "evidence": encounter.evidence.sentence,
            "evidence_start": encounter.evidence.start,
            "evidence_end": encounter.evidence.end,
        })
    urls = list(dict.fromkeys(identifier(citation_of(e, citations)) for e in event.encounters))
    city = location.city if location else None
    country = location.country if location else None
    return {
        "id": event.id,
        "gdelt_id": gdelt_id(event.id),
        "kind": event.kind,
        "status": event.status,
        "date_start": interval_start,
        "date_end": interval_end,
        "date_precision": event.date_precision,
        "participants": list(event.participants),
        "countries": list(event.countries),
        "location_name": (location.name or None) if location else None,
        "location_city": city,
        "location_country": country,
        "latitude": location.latitude if location else None,
        "longitude": location.longitude if location else None,
        "geonames_id": geonames_id(location) if geonames_id else None,
        "occasion": event.occasion,
        "cameo_code": coding.cameo_code,
        "plover_event": coding.plover_event,
        "confidence": event.confidence,
        "sources": event.sources,
        "date_reason": event.date_reason or None,
        "url": identifier(first_citation) if first_citation else None,
        "source": first_citation.source if first_citation else None,
        "title": first_citation.title if first_citation else None,
        "published": _day(first_citation.published or first.published) if first_citation else None,
        "evidence": first.evidence.sentence if first else None,
        "evidence_start": first.evidence.start if first else None,
        "evidence_end": first.evidence.end if first else None,
        "urls": urls,
        "mentions": mentions,
    }


def csv_cell(column: Column, value) -> str:
    """A table value as CSV text: ISO dates, JSON arrays for lists and mentions, '' for missing."""
    if value is None:
        return ""
    if column.type == "date":
        return value.isoformat()
    if column.type in ("string[]", "mentions"):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return str(value)


def _json_default(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def arrow_schema(version: str):
    """The Arrow schema of EVENT_TABLE, each field carrying its description as metadata."""
    import pyarrow as pa

    scalar = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "date": pa.date32()}
    mention = pa.struct([pa.field(c.name, scalar[c.type], metadata={"description": c.description}) for c in MENTION_FIELDS])
    types = dict(scalar, **{"string[]": pa.list_(pa.string()), "mentions": pa.list_(mention)})
    fields = [pa.field(c.name, types[c.type], metadata={"description": c.description}) for c in EVENT_TABLE]
    return pa.schema(fields, metadata={
        "summitry_version": version,
        "description": "summitry events: one row per merged event; see docs/codebook.md",
    })
