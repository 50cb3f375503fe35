"""Code a merged event in CAMEO and PLOVER terms: event code, orientation, actor codes, date.

Reads: an `Event` (with its encounters) and the tables of `codes.py`.
Adds: an `EventCoding` that every export format writes from, so GDELT,
PLOVER, CSV and Parquet always agree on the code, the actors and the date.

The rules, in order (CAMEO 1.1b3 manual, ch. 2; PLOVER via CAMEO2PLOVER-2021):
  1. planned or cancelled  -> 036 "express intent to meet" (PLOVER AGREE, as
     the PLOVER codebook files "expressing willingness to meet in the
     future"), dated by the statement: the publication date of the first
     source that reported it, not the date of the meeting it announces.
  2. call                  -> 041 (CONSULT, mode phone), reciprocal.
  3. a traveller alone     -> 042 (CONSULT, visit), the traveller towards the
     destination country.
  4. a meeting held where some parties are at home -> 042, the guests
     towards the hosts (GDELT reports most visit stories from the visitor).
  5. held in no party's country -> 044 "meet at a third location"; place
     unknown -> 040. Both reciprocal: every party is an actor.
  6. a held meeting whose evidence says mediation or negotiation
     (consult_words.csv) -> 045 / 046, keeping the orientation.
PLOVER adds mode `multilateral` to a CONSULT of three or more parties or on
the sidelines of a summit ("a meeting that occurs in a multilateral context",
NGEC codebook). A party of unknown country gets no country code: it never
borrows the destination's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..knowledge.leaders import ORGANISATION_CODES
from ..model import Event, Participant
from ..resolve import date_interval, normalise_name
from .codes import CodeTables, load_code_tables

# GDELT's QuadClass from the CAMEO root code (GDELT 2.0 event codebook):
# 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal
# conflict, 15-20 material conflict.
_QUAD_CLASS_FROM_ROOT = ((5, 1), (9, 2), (14, 3), (20, 4))
_WORD = re.compile(r"[A-Za-z]+")
# CAMEO2PLOVER writes several contexts in one cell ("crime; legal").
_CONTEXT_SEPARATOR = re.compile(r"[;,\s]+")


@dataclass(frozen=True)
class CodedActor:
    """One party as the exports code it."""

    name: str  # canonical name, or the country's name for a visit's destination
    entity_text: str  # the words the first source used
    country: str | None  # ISO3, or an organisation code (UNO, NATO, ...)
    office: str | None  # title as the text gives it
    cameo_code: str  # "CHNGOV", "IGOUNO", "FRA" (a country standing in for its people), "" unknown
    cameo_country: str  # CAMEO country code, "" for organisations and unknown countries
    known_group: str  # CAMEO known group of an organisation ("UNO"), else ""
    cameo_type: str  # "GOV", "IGO", ... ; "" for a bare country
    plover_code: str  # ISO3, "IGO", or "" unknown
    sector: str | None  # GOV, MIL, ... ; None for a bare country or unknown party


@dataclass(frozen=True)
class EventCoding:
    """An event's codes, actors and coded date; see the module docstring for the rules."""

    event: Event
    cameo_code: str  # "042"
    quad_class: int
    goldstein: float
    plover_event: str  # "CONSULT"
    plover_modes: tuple[str, ...]
    plover_contexts: tuple[str, ...]
    actors: tuple[CodedActor, ...]  # source side (every party when reciprocal)
    recipients: tuple[CodedActor, ...]  # target side (empty when reciprocal)
    date_first: date | None  # the coded date: the event's span, or the statement day for 036
    date_last: date | None
    dated_by: str  # "event" | "statement" | "unknown"

    @property
    def cameo_root(self) -> str:
        return self.cameo_code[:2]

    @property
    def cameo_base(self) -> str:
        return self.cameo_code[:3]

    @property
    def reciprocal(self) -> bool:
        return not self.recipients

    def dyad(self) -> tuple[CodedActor | None, CodedActor | None]:
        """The two actors a dyadic format (GDELT) has room for: source and target, else the first two parties."""
        first = self.actors[0] if self.actors else None
        if self.recipients:
            return first, self.recipients[0]
        return first, self.actors[1] if len(self.actors) > 1 else None


def quad_class(code: str) -> int:
    root = int(code[:2])
    return next(quad for last_root, quad in _QUAD_CLASS_FROM_ROOT if root <= last_root)


def _participant_records(event: Event) -> dict[str, Participant]:
    """Event participant name -> the first encounter participant that stands for them."""
    found: dict[str, Participant] = {}
    keyed = [(normalise_name(p.name), p) for encounter in event.encounters for p in encounter.participants]
    for name in event.participants:
        key = normalise_name(name)
        exact = [p for other, p in keyed if other == key]
        partial = [p for other, p in keyed if other and (other in key.split() or key in other.split())]
        candidates = exact or partial
        # Prefer a record that knows the country and the words the text used.
        candidates.sort(key=lambda p: (p.country is None, p.mention is None))
        if candidates:
            found[name] = candidates[0]
    return found


def _party_country(event: Event, name: str, record: Participant | None) -> str | None:
    if record and record.country:
        return record.country
    # The event's countries line up with its participants only for meetings and calls
    # where every party's country is known; a visit's list ends with the destination.
    if event.kind != "visit" and len(event.countries) == len(event.participants):
        return event.countries[event.participants.index(name)]
    return None


def _person(tables: CodeTables, name: str, record: Participant | None, country: str | None) -> CodedActor:
    office = record.role if record else None
    entity_text = (record.mention if record and record.mention else None) or name
    if country in ORGANISATION_CODES or (country and country in tables.organisations):
        organisation = tables.organisations.get(country)
        return CodedActor(
            name=name, entity_text=entity_text, country=country, office=office,
            cameo_code=organisation.cameo if organisation else "IGO", cameo_country="",
            known_group=organisation.known_group if organisation else "", cameo_type="IGO",
            plover_code="IGO", sector="GOV",
        )
    sector = tables.sector(office)
    codes = tables.countries.get(country or "")
    cameo_country = codes.cameo if codes else ""
    return CodedActor(
        name=name, entity_text=entity_text, country=country, office=office,
        cameo_code=f"{cameo_country}{sector}" if cameo_country else "", cameo_country=cameo_country,
        known_group="", cameo_type=sector if cameo_country else "",
        plover_code=country if codes else "", sector=sector,
    )


def _country(tables: CodeTables, code: str) -> CodedActor:
    """A country standing in for the people a traveller visits (CAMEO codes it bare: "FRA")."""
    codes = tables.countries.get(code)
    name = codes.name if codes else code
    cameo = codes.cameo if codes else ""
    return CodedActor(
        name=name, entity_text=name, country=code, office=None, cameo_code=cameo, cameo_country=cameo,
        known_group="", cameo_type="", plover_code=code if codes else "", sector=None,
    )


def _statement_day(event: Event) -> date | None:
    """The publication day of the first source reporting the plan (or the cancellation)."""
    days = sorted(
        e.published for e in event.encounters if e.published and e.status != "occurred"
    ) or sorted(e.published for e in event.encounters if e.published)
    try:
        return date.fromisoformat(days[0][:10]) if days else None
    except ValueError:
        return None


def _consult_word_code(tables: CodeTables, event: Event) -> str | None:
    codes = {tables.consult_words.get(word.lower()) for e in event.encounters for word in _WORD.findall(e.evidence.sentence)}
    return "045" if "045" in codes else "046" if "046" in codes else None


def _orient(event: Event, tables: CodeTables) -> tuple[str, tuple[CodedActor, ...], tuple[CodedActor, ...]]:
    """(CAMEO consult code before the intent/negotiation rules, actors, recipients)."""
    records = _participant_records(event)
    countries = {name: _party_country(event, name, records.get(name)) for name in event.participants}
    people = [_person(tables, name, records.get(name), countries[name]) for name in event.participants]
    place = event.location.country if event.location else None
    if event.kind == "call":
        return "041", tuple(people), ()
    if len(people) == 1:
        traveller = people[0]
        destination = place or (event.countries[-1] if len(event.countries) > 1 else None)
        if destination is None and len(event.countries) == 1 and event.countries[0] != traveller.country:
            destination = event.countries[0]
        if destination and destination != traveller.country:
            return "042", (traveller,), (_country(tables, destination),)
        return "040", (traveller,), ()
    if not place:
        return "040", tuple(people), ()
    hosts = tuple(person for person in people if person.country == place)
    guests = tuple(person for person in people if person.country != place)
    if hosts and guests:
        return "042", guests, hosts
    if not hosts:
        return "044", tuple(people), ()
    return "040", tuple(people), ()


def code_event(event: Event, tables: CodeTables | None = None) -> EventCoding:
    """The CAMEO/PLOVER coding of one event."""
    tables = tables or load_code_tables()
    code, actors, recipients = _orient(event, tables)
    interval = date_interval(event.date, event.date_end)
    first, last = interval if interval else (None, None)
    dated_by = "event" if interval else "unknown"
    if event.status != "occurred":
        code = "036"
        statement = _statement_day(event)
        if statement is not None:
            first, last, dated_by = statement, statement, "statement"
    elif event.kind != "call":
        code = _consult_word_code(tables, event) or code
    plover = tables.plover[code]
    modes = [plover.mode] if plover.mode else []
    if plover.event == "CONSULT" and (len(event.participants) > 2 or event.occasion):
        modes.append("multilateral")
    return EventCoding(
        event=event, cameo_code=code, quad_class=quad_class(code), goldstein=tables.goldstein[code],
        plover_event=plover.event, plover_modes=tuple(modes),
        plover_contexts=tuple(context for context in _CONTEXT_SEPARATOR.split(plover.context) if context),
        actors=actors, recipients=recipients, date_first=first, date_last=last, dated_by=dated_by,
    )
