"""PLOVER / POLECAT records: one JSON object per event, as the PLOVER manual lays records out.

Reads: an `EventCoding` and the citations of its articles. Adds: a record
with `id`, `date`/`enddate`, `event`, `mode` and `context` lists from the
PLOVER vocabulary, `actor`/`recipient` lists (code, sector, entity_text,
office), `event_loc`, `event_text` with offsets and `cite_info` per source;
summitry's own fields sit under `summitry`. export/schemas/plover.schema.json
describes the record and tests/export validates every record against it.

A meeting of three or more parties is one record; a reciprocal encounter
(a call, a meeting at a third location) lists every party as `actor` and
none as `recipient`, as the PLOVER gold-standard records do for "A and B
met"; a visit lists the guests as `actor` and the hosts as `recipient`.
"""
from __future__ import annotations

from collections.abc import Mapping

from ..model import Citation
from ..resolve import date_interval
from .citations import citation_of, first_report, gdelt_id
from .coding import CodedActor, EventCoding

RECORD_PREFIX = "summitry-"


def _actor(actor: CodedActor) -> dict:
    return {
        "entity_text": actor.entity_text,
        "name": actor.name,
        "code": actor.plover_code or None,
        "sector": actor.sector,
        "office": actor.office,
        "cameo_code": actor.cameo_code or None,
    }


def plover_record(coding: EventCoding, citations: Mapping[str, Citation], version: str, geonames_id=None) -> dict:
    """The PLOVER record of one event; `geonames_id(place)` looks up the city's GeoNames id."""
    event = coding.event
    location = event.location
    event_loc = None
    if location is not None and (location.city or location.country):
        event_loc = {
            "name": location.name or location.city or location.country,
            "city": location.city,
            "country": location.country,
            "lat": location.latitude,
            "lon": location.longitude,
            "geonameid": geonames_id(location) if geonames_id else None,
        }
    first = first_report(event)
    cite_info = []
    for encounter in event.encounters:
        citation = citation_of(encounter, citations)
        cite_info.append({
            "article_id": encounter.article_id,
            "url": citation.url,
            "publisher": citation.source,
            "headline": citation.title,
            "pub_date": (citation.published or encounter.published or "")[:10] or None,
            "evidence_start": encounter.evidence.start,
            "evidence_end": encounter.evidence.end,
            "coder": "summitry",
            "version": version,
        })
    interval = date_interval(event.date, event.date_end)
    return {
        "id": f"{RECORD_PREFIX}{event.id}",
        "date": coding.date_first.isoformat() if coding.date_first else None,
        "enddate": coding.date_last.isoformat() if coding.date_last else None,
        "event": [coding.plover_event],
        "mode": list(coding.plover_modes),
        "context": list(coding.plover_contexts),
        "actor": [_actor(actor) for actor in coding.actors],
        "recipient": [_actor(actor) for actor in coding.recipients],
        "event_loc": event_loc,
        "event_text": {
            "text": first.evidence.sentence, "start": first.evidence.start, "end": first.evidence.end,
            "article_id": first.article_id,
        } if first else None,
        "cite_info": cite_info,
        "summitry": {
            "event_id": event.id,
            "gdelt_id": gdelt_id(event.id),
            "kind": event.kind,
            "status": event.status,
            "dated_by": coding.dated_by,
            "event_date": interval[0].isoformat() if interval else None,
            "event_enddate": interval[1].isoformat() if interval else None,
            "date_precision": event.date_precision,
            "occasion": event.occasion,
            "cameo_code": coding.cameo_code,
            "goldstein": coding.goldstein,
            "confidence": event.confidence,
            "sources": event.sources,
        },
    }
