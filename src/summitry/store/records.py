"""Rows to records and back: how encounters, events and articles sit in the tables.

Reads and adds nothing on its own; `queries.SQLStore` calls these to write and
read rows. Nested values (participants, places, status history) are JSON text
so both SQLite and PostgreSQL hold them in a plain TEXT column.
"""
from __future__ import annotations

import hashlib
import json
from datetime import date

from ..model import Article, Encounter, Event, Evidence, Participant, Place, StatusChange
from ..resolve import date_interval, normalise_name
from ..serialize import participant_to_dict, place_to_dict

ENCOUNTER_COLUMNS = (
    "id", "article_id", "ordinal", "event_id", "kind", "date", "date_end", "date_precision", "status",
    "location_json", "occasion", "published", "cue", "evidence", "evidence_start", "evidence_end",
    "participants_json", "countries_json",
)
EVENT_COLUMNS = (
    "id", "kind", "date", "date_end", "date_precision", "date_first", "date_last", "status", "location_json",
    "location_city", "location_country", "occasion", "confidence", "sources", "date_reason",
    "participants_json", "countries_json", "status_history_json", "search_text",
)
ARTICLE_COLUMNS = ("id", "content_hash", "published", "published_source", "url", "title", "source", "path", "text")


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def content_hash(article: Article) -> str:
    """Hash of what the extraction depends on: the text and the publication date."""
    published = article.published.isoformat() if article.published else ""
    return hashlib.sha256(f"{published}\n{article.text}".encode("utf-8")).hexdigest()


def article_row(article: Article) -> tuple:
    published = article.published.isoformat() if article.published else None
    return (
        article.id, content_hash(article), published, article.published_source,
        article.url, article.title, article.source, article.path, article.text,
    )


def article_from_row(row) -> Article:
    (article_id, _hash, published, published_source, url, title, source, path, text) = row
    return Article(
        id=article_id, text=text, published=date.fromisoformat(published) if published else None,
        published_source=published_source or "unknown", url=url, title=title, source=source, path=path,
    )


def encounter_row(encounter: Encounter, encounter_id: str, ordinal: int, event_id: str | None = None) -> tuple:
    return (
        encounter_id, encounter.article_id, ordinal, event_id, encounter.kind, encounter.date, encounter.date_end,
        encounter.date_precision, encounter.status,
        _dumps(place_to_dict(encounter.location)) if encounter.location else None,
        encounter.occasion, encounter.published, encounter.cue, encounter.evidence.sentence,
        encounter.evidence.start, encounter.evidence.end,
        _dumps([participant_to_dict(p) for p in encounter.participants]), _dumps(list(encounter.countries)),
    )


def _place(text: str | None) -> Place | None:
    if not text:
        return None
    value = json.loads(text)
    return Place(
        name=value.get("name") or "", city=value.get("city"), country=value.get("country"),
        latitude=value.get("latitude"), longitude=value.get("longitude"),
    )


def encounter_from_row(row) -> Encounter:
    (_id, article_id, _ordinal, _event_id, kind, date_value, date_end, precision, status, location_json, occasion,
     published, cue, evidence, evidence_start, evidence_end, participants_json, countries_json) = row
    participants = tuple(
        Participant(
            name=p["name"], role=p.get("role"), country=p.get("country"), mention=p.get("mention"),
            alternatives=tuple(p.get("alternatives") or ()),
        )
        for p in json.loads(participants_json)
    )
    return Encounter(
        article_id=article_id, kind=kind, participants=participants, countries=tuple(json.loads(countries_json)),
        date=date_value, status=status, evidence=Evidence(evidence, evidence_start, evidence_end),
        date_end=date_end, date_precision=precision or "unknown", location=_place(location_json),
        occasion=occasion, published=published, cue=cue,
    )


def name_tokens(encounter: Encounter) -> set[str]:
    """Tokens under which an encounter is found when a new one may merge with it."""
    tokens = set()
    for participant in encounter.participants:
        tokens.update(normalise_name(participant.name).split())
        tokens.update(normalise_name(alternative) for alternative in participant.alternatives)
    return tokens


def date_span(value: str | None, value_end: str | None = None) -> tuple[str, str]:
    """(date_first, date_last) as ISO days, '' when unknown."""
    interval = date_interval(value, value_end)
    if interval is None:
        return "", ""
    return interval[0].isoformat(), interval[1].isoformat()


def event_row(event: Event) -> tuple:
    first, last = date_span(event.date, event.date_end)
    location = event.location
    search = " ".join(
        normalise_name(part)
        for part in (*event.participants, *event.countries, event.kind, event.occasion or "",
                     (location.city or "") if location else "", (location.country or "") if location else "")
        if part
    )
    return (
        event.id, event.kind, event.date, event.date_end, event.date_precision, first, last, event.status,
        _dumps(place_to_dict(location)) if location else None,
        location.city if location else None, location.country if location else None,
        event.occasion, event.confidence, event.sources, event.date_reason,
        _dumps(list(event.participants)), _dumps(list(event.countries)),
        _dumps([{"status": c.status, "published": c.published, "article_id": c.article_id} for c in event.status_history]),
        search,
    )


def event_from_row(row, encounters: tuple[Encounter, ...]) -> Event:
    (event_id, kind, date_value, date_end, precision, _first, _last, status, location_json, _city, _country,
     occasion, confidence, _sources, date_reason, participants_json, countries_json, history_json, _search) = row
    return Event(
        id=event_id, kind=kind, participants=tuple(json.loads(participants_json)),
        countries=tuple(json.loads(countries_json)), date=date_value, status=status, encounters=encounters,
        date_end=date_end, date_precision=precision or "unknown", location=_place(location_json), occasion=occasion,
        confidence=float(confidence), date_reason=date_reason or "",
        status_history=tuple(
            StatusChange(c["status"], c.get("published"), c["article_id"]) for c in json.loads(history_json)
        ),
    )


def event_participant_rows(event: Event) -> list[tuple]:
    first, _ = date_span(event.date, event.date_end)
    countries: dict[str, str] = {}
    for encounter in event.encounters:
        for participant in encounter.participants:
            if participant.country:
                countries.setdefault(normalise_name(participant.name), participant.country)
    rows = {}
    for name in event.participants:
        key = normalise_name(name)
        country = countries.get(key) or next(
            (code for other, code in sorted(countries.items()) if other in key.split() or key in other.split()), None
        )
        rows[name] = (name, event.id, country, first)
    return list(rows.values())


def event_country_rows(event: Event) -> list[tuple]:
    first, _ = date_span(event.date, event.date_end)
    codes = set(event.countries)
    if event.location and event.location.country:
        codes.add(event.location.country)
    return [(code, event.id, first) for code in sorted(codes) if code]
