"""GDELT 2.0 rows: the 61-column events table and the 16-column mentions table.

Reads: an `EventCoding` and the citations of its articles. Adds: one events
row per event and one mentions row per source encounter, as lists in the
published column order (`columns.GDELT_EVENT`, `columns.GDELT_MENTION`),
written tab-separated without a header like GDELT's own files, so a reader
that loads GDELT by position loads these. Values are Python ints, floats and
strings; None is an empty field.

GDELT holds two actors per row. A meeting of three or more parties stays one
row (every format has the same events); its Actor1/Actor2 are the guest and
the host, or the first two parties, and the plover and csv exports list all.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date

from ..model import Citation, Encounter
from ..resolve import normalise_name
from .citations import citation_of, first_report, gdelt_id, identifier, outlet
from .codes import CodeTables
from .coding import CodedActor, EventCoding

# ActionGeo_Type (GDELT 2.0 codebook): 1 country, 2 US state, 3 US city,
# 4 world city, 5 world state.
_GEO_COUNTRY, _GEO_US_CITY, _GEO_WORLD_CITY = 1, 3, 4


def _day_number(day: date | None) -> int | None:
    return int(day.strftime("%Y%m%d")) if day else None


def _fraction(day: date) -> float:
    # GDELT: "YYYY.FFFF, where FFFF is the percentage of the year completed by that day".
    days_in_year = (date(day.year + 1, 1, 1) - date(day.year, 1, 1)).days
    return round(day.year + (day.timetuple().tm_yday - 1) / days_in_year, 4)


def _actor_fields(actor: CodedActor | None) -> list:
    if actor is None:
        return [None] * 10
    return [
        actor.cameo_code or None, actor.name.upper(), actor.cameo_country or None, actor.known_group or None,
        None, None, None, actor.cameo_type or None, None, None,
    ]


def date_added(coding: EventCoding) -> int | None:
    """DATEADDED: the latest source's publication day at 00:00:00 (summitry keeps no ingest time)."""
    days = sorted(e.published[:10] for e in coding.event.encounters if e.published)
    if not days:
        return None
    try:
        return int(date.fromisoformat(days[-1]).strftime("%Y%m%d")) * 1_000_000
    except ValueError:
        return None


def _action_geo(coding: EventCoding, tables: CodeTables) -> list:
    location = coding.event.location
    if location is None or not location.country:
        return [None] * 8
    codes = tables.countries.get(location.country)
    fips = codes.fips if codes else None
    country_name = codes.name if codes else location.country
    if location.city:
        geo_type = _GEO_US_CITY if location.country == "USA" else _GEO_WORLD_CITY
        full_name, feature = f"{location.city}, {country_name}", None
    else:
        geo_type, full_name, feature = _GEO_COUNTRY, country_name, fips
    return [geo_type, full_name, fips or None, fips or None, None, location.latitude, location.longitude, feature or None]


def event_row(coding: EventCoding, citations: Mapping[str, Citation], tables: CodeTables) -> list:
    """The 61 fields of one event."""
    event = coding.event
    day = coding.date_first
    actor1, actor2 = coding.dyad()
    outlets = {outlet(citation_of(e, citations)) or e.article_id for e in event.encounters}
    first = first_report(event)
    return [
        gdelt_id(event.id), _day_number(day), int(day.strftime("%Y%m")) if day else None, day.year if day else None,
        _fraction(day) if day else None,
        *_actor_fields(actor1), *_actor_fields(actor2),
        1, coding.cameo_code, coding.cameo_base, coding.cameo_root, coding.quad_class, coding.goldstein,
        len(event.encounters), len(outlets), event.sources, None,
        *([None] * 16),
        *_action_geo(coding, tables),
        date_added(coding),
        identifier(citation_of(first, citations)) if first else None,
    ]


def _offset(encounter: Encounter, words: str | None) -> int:
    """Character offset of `words` in the article when the evidence sentence contains them, else -1."""
    if not words:
        return -1
    found = encounter.evidence.sentence.find(words)
    return encounter.evidence.start + found if found >= 0 else -1


def _actor_offset(encounter: Encounter, actor: CodedActor | None) -> int:
    """Where this sentence names the actor: its own words for them, the first source's, the name, a surname.

    Both ends of the name are tried as the surname: "Biden", and "Xi" of Xi Jinping.
    """
    if actor is None:
        return -1
    key = normalise_name(actor.name)
    own = [p.mention for p in encounter.participants if p.mention and normalise_name(p.name) == key]
    words = actor.name.split()
    for candidate in (*own, actor.entity_text, actor.name, *(words[-1:] + words[:1])):
        found = _offset(encounter, candidate)
        if found >= 0:
            return found
    return -1


def mention_rows(coding: EventCoding, citations: Mapping[str, Citation]) -> Iterator[list]:
    """The 16 fields of each source encounter of one event."""
    event = coding.event
    actor1, actor2 = coding.dyad()
    added = date_added(coding)
    for encounter in event.encounters:
        citation = citation_of(encounter, citations)
        published = citation.published or encounter.published
        try:
            mentioned = int(date.fromisoformat(published[:10]).strftime("%Y%m%d")) * 1_000_000 if published else None
        except ValueError:
            mentioned = None
        action = _offset(encounter, encounter.cue)
        yield [
            gdelt_id(event.id), added, mentioned, 1 if citation.url else 2, outlet(citation) or None,
            identifier(citation), None,
            _actor_offset(encounter, actor1), _actor_offset(encounter, actor2),
            action if action >= 0 else encounter.evidence.start,
            1, round(event.confidence * 100), citation.length, None, None,
            f"<SENTENCE_OFFSETS>{encounter.evidence.start}-{encounter.evidence.end}</SENTENCE_OFFSETS>",
        ]


def tsv_line(fields: list) -> str:
    """Fields as one GDELT line: tab-separated, empty for None, tabs and newlines in text made spaces."""
    return "\t".join("" if value is None else str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")
                     for value in fields) + "\n"
