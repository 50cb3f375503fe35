"""Plain-dict forms of the records, shared by the CLI, the store's JSON and the HTTP API.

The keys are a stable public contract (documented in docs/data-model.md):
new keys may be added, existing ones keep their meaning. Gold-schema fields
come first with exactly the gold names, so predictions can be scored as they
are printed.
"""
from __future__ import annotations

from .model import ArticleResult, Encounter, Event, Participant, Place


def place_to_dict(place: Place | None) -> dict | None:
    if place is None:
        return None
    return {
        "city": place.city,
        "country": place.country,
        "name": place.name,
        "latitude": place.latitude,
        "longitude": place.longitude,
    }


def participant_to_dict(participant: Participant) -> dict:
    return {
        "name": participant.name,
        "role": participant.role,
        "country": participant.country,
        "mention": participant.mention,
        "alternatives": list(participant.alternatives),
    }


def _gold_name(participant: Participant) -> str:
    # The gold schema writes "named person|office" alternatives with a bar.
    return "|".join((participant.name, *participant.alternatives))


def encounter_to_dict(encounter: Encounter) -> dict:
    """One encounter in the gold schema's EVENT shape plus summitry's extra fields."""
    return {
        "kind": encounter.kind,
        "participants": [_gold_name(p) for p in encounter.participants],
        "countries": list(encounter.countries),
        "date": encounter.date,
        "date_end": encounter.date_end,
        "status": encounter.status,
        "location": place_to_dict(encounter.location),
        "occasion": encounter.occasion,
        "evidence": encounter.evidence.sentence,
        "date_precision": encounter.date_precision,
        "evidence_start": encounter.evidence.start,
        "evidence_end": encounter.evidence.end,
        "actors": [participant_to_dict(p) for p in encounter.participants],
        "cue": encounter.cue,
        "article_id": encounter.article_id,
    }


def result_to_dict(result: ArticleResult) -> dict:
    """One article's output line for `summitry extract`."""
    article = result.article
    return {
        "id": article.id,
        "published": article.published.isoformat() if article.published else None,
        "published_source": article.published_source,
        "events": [encounter_to_dict(encounter) for encounter in result.encounters],
    }


def event_to_dict(event: Event, with_mentions: bool = True) -> dict:
    """One merged event; `with_mentions` adds every source encounter."""
    record = {
        "id": event.id,
        "kind": event.kind,
        "participants": list(event.participants),
        "countries": list(event.countries),
        "date": event.date,
        "date_end": event.date_end,
        "date_precision": event.date_precision,
        "status": event.status,
        "location": place_to_dict(event.location),
        "occasion": event.occasion,
        "confidence": event.confidence,
        "sources": event.sources,
        "date_reason": event.date_reason,
        "status_history": [
            {"status": change.status, "published": change.published, "article_id": change.article_id}
            for change in event.status_history
        ],
    }
    if with_mentions:
        record["mentions"] = [encounter_to_dict(encounter) for encounter in event.encounters]
    return record
