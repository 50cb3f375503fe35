"""Stage `resolve`: merge encounters from many articles into events.

Reads: `Encounter` records (one mention of an encounter in one article), from
any number of articles. Adds: `Event` records, one per real encounter, each
keeping every encounter that reports it, a status that follows the latest
evidence, the best-supported date with the reason it was chosen, and a
confidence from the number of distinct articles.

Two encounters are the same event when they have the same participants (after
name normalisation: case, accents and titles ignored, a surname alone matching
the one full name in the batch that contains it), compatible kinds (meeting and
visit go together, a call only with a call), dates that overlap at their own
precision (2023-11 holds 2023-11-15; two different days do not, unless the same
city or occasion or the time zones of a call vouch for a one-day slip), and no
contradicting city, country or occasion. A visit with no named counterpart
joins a meeting of its traveller in the destination country.

Merging is deterministic and order-independent: encounters are first sorted by
a canonical key that covers all their content, most precise dates first, and
then clustered greedily with complete linkage (an encounter joins a cluster
only if it is compatible with every member). Event ids are a hash of the
cluster's canonical content.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from calendar import monthrange
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from ..model import Encounter, Event, Place, StatusChange
from ..serialize import encounter_to_dict
from .names import NameBook, display_names, name_aliases, normalise_name

logger = logging.getLogger(__name__)

__all__ = ["merge_encounters", "date_interval", "event_id_for", "encounter_reach", "event_reach"]

# A single source is right about an encounter about half the time it is the only
# one to report it (seed corpus: of the encounters only one article mentioned,
# roughly half were real, distinct events). Sources are treated as independent,
# so confidence = 1 - (1 - SINGLE_SOURCE_CONFIDENCE) ** sources: 0.5, 0.75, 0.875...
SINGLE_SOURCE_CONFIDENCE = 0.5

# Two day-precision dates one day apart may still be one encounter: outlets on
# either side of the date line print different days for a late-evening call, and
# wire copy filed after midnight says "yesterday" about the day before. We allow
# the slip only for calls, or when both mentions name the same city or occasion;
# 2 days merged a Monday and a Wednesday call between the same leaders in our
# fixtures, 0 split every trans-Pacific call.
DAY_SLIP_DAYS = 1

# An undated report of a held encounter refers to something shortly before
# publication ("the two leaders met and agreed ..."); an undated plan to
# something after it. Windows tried on our merge fixtures: 7 days split reports
# filed a week after a summit, 60 days attached recaps to an earlier meeting of
# the same pair; 30 and 180 (plans are announced months ahead) kept both right.
UNDATED_OCCURRED_WINDOW_DAYS = 30
UNDATED_PLANNED_WINDOW_DAYS = 180

# A report that an encounter happened is published after it; allowing a day
# covers dateline time zones.
PUBLICATION_SLACK_DAYS = 1

# When the last evidence is equally recent, a report that an encounter happened
# outweighs news that it was cancelled, which outweighs the plan itself.
_STATUS_RANK = {"occurred": 2, "cancelled": 1, "planned": 0}

_PRECISION_DAYS = {"day": 1, "month": 31, "year": 366}


def _parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def date_interval(value: str | None, value_end: str | None = None) -> tuple[date, date] | None:
    """First and last day covered by an ISO date at its precision ("2023-11" -> Nov 1..30)."""
    if not value:
        return None
    start_end = _bounds(value)
    if start_end is None:
        return None
    start, end = start_end
    if value_end:
        end_bounds = _bounds(value_end)
        if end_bounds and end_bounds[1] >= start:
            end = end_bounds[1]
    return start, end


@lru_cache(maxsize=2**14)  # a store merge reads the same few thousand dates over and over
def _bounds(value: str) -> tuple[date, date] | None:
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            single = date(int(year), int(month), int(day))
            return single, single
        if month:
            last = monthrange(int(year), int(month))[1]
            return date(int(year), int(month), 1), date(int(year), int(month), last)
        return date(int(year), 1, 1), date(int(year), 12, 31)
    except ValueError:
        return None


def _precision_of(value: str | None) -> str:
    if not value:
        return "unknown"
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "unknown")


@dataclass
class _Mention:
    """An encounter with the keys the merge compares, computed once."""

    encounter: Encounter
    people: frozenset[str]  # normalised participant keys, surnames resolved
    keys: tuple[str, ...]  # the resolved key of each participant, in order
    is_call: bool
    interval: tuple[date, date] | None  # as stated
    window: tuple[date, date] | None  # where it may lie, for undated encounters
    city: str | None
    place_country: str | None
    occasion: str | None
    sort_key: tuple

    @property
    def signature(self) -> tuple:
        """Everything `_fits` and `_affinity` compare: mentions that share it are interchangeable there."""
        encounter = self.encounter
        return (encounter.kind, self.people, encounter.countries, self.is_call, self.interval, self.window, self.city,
                self.place_country, self.occasion)


@dataclass
class _Cluster:
    """The mentions of one event being built, and one of each distinct signature with its count.

    A summit reported 4,000 times holds a few dozen distinct signatures:
    checking a new mention against those instead of every member keeps
    clustering linear (issue 10).
    """

    members: list[_Mention] = field(default_factory=list)
    distinct: dict[tuple, list] = field(default_factory=dict)  # signature -> [representative mention, count]

    @classmethod
    def of(cls, mention: _Mention) -> "_Cluster":
        cluster = cls()
        cluster.add(mention)
        return cluster

    def add(self, mention: _Mention) -> None:
        self.members.append(mention)
        entry = self.distinct.setdefault(mention.signature, [mention, 0])
        entry[1] += 1

    def kinds(self) -> list[_Mention]:
        return [mention for mention, _count in self.distinct.values()]

    @property
    def first(self) -> _Mention:
        return self.members[0]


def _window(encounter: Encounter, interval: tuple[date, date] | None) -> tuple[date, date] | None:
    published = _parse_day(encounter.published) if encounter.published else None
    if interval is not None:
        if published and encounter.status == "occurred":
            # A held encounter lies before its report: "met this month" in a
            # report of the 20th cannot be the meeting on the 28th.
            limit = published + timedelta(days=PUBLICATION_SLACK_DAYS)
            if interval[0] <= limit:
                return interval[0], min(interval[1], limit)
        return interval
    if published is None:
        return None
    if encounter.status == "occurred":
        return published - timedelta(days=UNDATED_OCCURRED_WINDOW_DAYS), published + timedelta(days=PUBLICATION_SLACK_DAYS)
    if encounter.status == "planned":
        return published - timedelta(days=PUBLICATION_SLACK_DAYS), published + timedelta(days=UNDATED_PLANNED_WINDOW_DAYS)
    return published - timedelta(days=UNDATED_OCCURRED_WINDOW_DAYS), published + timedelta(days=UNDATED_PLANNED_WINDOW_DAYS)


def _mention(encounter: Encounter, aliases: dict[str, str]) -> _Mention:
    keys = tuple(aliases.get(key, key) for key in (normalise_name(p.name) for p in encounter.participants))
    people = frozenset(keys)
    interval = date_interval(encounter.date, encounter.date_end)
    window = _window(encounter, interval)
    location = encounter.location
    city = normalise_name(location.city) if location and location.city else None
    place_country = location.country if location and location.country else None
    occasion = normalise_name(encounter.occasion) if encounter.occasion else None
    width = (interval[1] - interval[0]).days if interval else 10**6
    canonical = json.dumps(encounter_to_dict(encounter), sort_keys=True, ensure_ascii=False)
    sort_key = (
        encounter.kind == "visit",  # meetings and calls seed clusters; visits join them
        width,  # most precise first: precise dates seed clusters, coarse ones join
        interval[0].isoformat() if interval else "",
        tuple(sorted(people)),
        encounter.published or "",
        encounter.article_id,
        encounter.evidence.start,
        canonical,
    )
    return _Mention(encounter, people, keys, encounter.kind == "call", interval, window, city, place_country, occasion, sort_key)


def _same_people(first: _Mention, second: _Mention) -> bool:
    if first.people == second.people:
        return True
    # A visit names only the traveller: it joins a meeting the traveller had in
    # the destination country.
    visit, other = (first, second) if first.encounter.kind == "visit" else (second, first)
    if visit.encounter.kind != "visit" or other.encounter.kind == "visit":
        return False
    if not visit.people < other.people:
        return False
    countries = visit.encounter.countries
    destination = countries[-1] if len(countries) > 1 else (visit.place_country)
    if destination is None:
        return False
    return destination in other.encounter.countries or destination == other.place_country


def _days_apart(first: tuple[date, date], second: tuple[date, date]) -> int:
    if first[1] < second[0]:
        return (second[0] - first[1]).days
    if second[1] < first[0]:
        return (first[0] - second[1]).days
    return 0


def _compatible(first: _Mention, second: _Mention) -> bool:
    """Whether two mentions can report the same encounter (cities are checked per cluster)."""
    if first.is_call != second.is_call:
        return False
    if not _same_people(first, second):
        return False
    if not first.is_call and first.place_country and second.place_country and first.place_country != second.place_country:
        return False
    if first.occasion and second.occasion and first.occasion != second.occasion:
        return False
    if first.window is None or second.window is None:
        return True
    gap = _days_apart(first.window, second.window)
    if gap == 0:
        return True
    same_city = first.city is not None and first.city == second.city
    same_occasion = first.occasion is not None and first.occasion == second.occasion
    slip_allowed = first.is_call or same_city or same_occasion
    return slip_allowed and gap <= DAY_SLIP_DAYS


def _same_day(first: _Mention, second: _Mention) -> bool:
    return first.interval is not None and first.interval == second.interval and first.interval[0] == first.interval[1]


def _fits(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether a mention can join a cluster: compatible with every member, and no other city.

    A city only contradicts when no member names it: outlets name the suburb
    ("Woodside") or the nearby city ("San Francisco") for the same summit, and
    a cluster that already holds both accepts either. Two cities are reconciled
    by the same occasion or the same day, which two distinct meetings of one
    pair almost never share.
    """
    kinds = cluster.kinds()
    if not all(_compatible(mention, member) for member in kinds):
        return False
    if mention.is_call or mention.city is None:
        return True
    cities = {member.city for member in kinds if member.city}
    if not cities or mention.city in cities:
        return True
    return any(
        (mention.occasion is not None and mention.occasion == member.occasion) or _same_day(mention, member)
        for member in kinds
    )


def _affinity(mention: _Mention, cluster: _Cluster) -> tuple:
    """How well a mention fits a cluster it is compatible with; larger is better."""
    shared = sum(
        count * ((m.city is not None and m.city == mention.city) + (m.occasion is not None and m.occasion == mention.occasion))
        for m, count in cluster.distinct.values()
    )
    if mention.window is None:
        distance = 0
    else:
        distance = min(
            (_days_apart(mention.window, m.window) if m.window else 0) for m in cluster.kinds()
        )
        centre = mention.window[0] + (mention.window[1] - mention.window[0]) / 2
        anchor = cluster.first.window
        distance = distance * 10**4 + (abs((centre - anchor[0]).days) if anchor else 0)
    return (shared, -distance, len(cluster.members))


def _cluster(mentions: list[_Mention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_people: dict[frozenset[str], list[_Cluster]] = {}
    for mention in mentions:  # already in canonical order
        if mention.encounter.kind == "visit":
            # A visit may join a meeting of its traveller with the host: look at every larger party set.
            groups = [group for people, group in by_people.items() if people == mention.people or mention.people < people]
        else:
            groups = [by_people.get(mention.people, [])]  # the common case: one look-up, not a scan
        candidates = [cluster for group in groups for cluster in group if _fits(mention, cluster)]
        if candidates:
            # max() keeps the first of equals, and clusters are in creation order: deterministic.
            best = max(candidates, key=lambda cluster: _affinity(mention, cluster))
            best.add(mention)
            logger.debug("merged %s:%s into event of %s", mention.encounter.article_id, mention.encounter.evidence.start, best.first.encounter.article_id)
            continue
        cluster = _Cluster.of(mention)
        clusters.append(cluster)
        by_people.setdefault(mention.people, []).append(cluster)
    return clusters


def _articles(mentions: Iterable[_Mention]) -> set[str]:
    return {mention.encounter.article_id for mention in mentions}


def _choose_date(cluster: _Cluster, status: str) -> tuple[str | None, str | None, str, str]:
    """(date, date_end, precision, reason): the best-supported date of the cluster."""
    dated = [m for m in cluster.members if m.interval is not None]
    if not dated:
        return None, None, "unknown", "no source gives a date"
    # Once an encounter has happened, the reports of it outrank the plans, which
    # may have been overtaken by a postponement.
    pool = [m for m in dated if m.encounter.status == status] or dated
    candidates = sorted({m.encounter.date for m in pool}, key=lambda value: (date_interval(value)[1] - date_interval(value)[0], value))
    support = {}
    for value in candidates:
        interval = date_interval(value)
        support[value] = _articles(m for m in dated if m.interval[0] <= interval[0] and interval[1] <= m.interval[1])
    finest = min((date_interval(v)[1] - date_interval(v)[0]).days for v in candidates)
    finest_values = [v for v in candidates if (date_interval(v)[1] - date_interval(v)[0]).days == finest]
    best = sorted(finest_values, key=lambda value: (-len(support[value]), value))[0]
    total = len(_articles(dated))
    if len(finest_values) == 1:
        others = sorted({m.encounter.date for m in dated} - {best})
        if not others:
            reason = f"all {total} dated source(s) give {best}"
        else:
            reason = f"{best} is the most precise date and agrees with {', '.join(others)}"
    else:
        rivals = ", ".join(f"{value} ({len(support[value])})" for value in finest_values if value != best)
        reason = f"sources disagree: {best} has {len(support[best])} of {total} sources, against {rivals}"
        if len(support[best]) == max(len(support[v]) for v in finest_values if v != best):
            reason += "; tie broken by the earliest date"
    ends = Counter(m.encounter.date_end for m in dated if m.encounter.date == best and m.encounter.date_end)
    date_end = sorted(ends.items(), key=lambda item: (-item[1], item[0]))[0][0] if ends else None
    return best, date_end, _precision_of(best), reason


def _status(cluster: _Cluster) -> tuple[str, tuple[StatusChange, ...]]:
    changes = sorted(
        {(m.encounter.published or "", m.encounter.article_id, m.encounter.status) for m in cluster.members},
        key=lambda item: (item[0], _STATUS_RANK.get(item[2], 0), item[1]),
    )
    history = tuple(StatusChange(status, published or None, article_id) for published, article_id, status in changes)
    latest = changes[-1][0]
    status = max((item for item in changes if item[0] == latest), key=lambda item: _STATUS_RANK.get(item[2], 0))[2]
    return status, history


def _most_common(values: Iterable, key=repr):
    counter = Counter(value for value in values if value is not None)
    if not counter:
        return None
    return sorted(counter.items(), key=lambda item: (-item[1], key(item[0])))[0][0]


def event_id_for(kind: str, participants: Iterable[str], date_value: str | None, place: str | None, occasion: str | None) -> str:
    """A stable id from an event's canonical content."""
    content = json.dumps(
        ["call" if kind == "call" else "in-person", sorted(normalise_name(p) for p in participants), date_value, place, occasion],
        ensure_ascii=False,
    )
    return hashlib.sha1(content.encode("utf-8")).hexdigest()[:16]


def _build_event(cluster: _Cluster, names: dict[str, tuple[str, str | None]]) -> Event:
    members = cluster.members
    encounters = tuple(m.encounter for m in members)
    kinds = {e.kind for e in encounters}
    kind = "call" if "call" in kinds else ("meeting" if "meeting" in kinds else "visit")
    status, history = _status(cluster)
    date_value, date_end, precision, reason = _choose_date(cluster, status)
    # The participants of the widest mention (a meeting rather than a visit's traveller).
    people = max((m.people for m in members), key=lambda p: (len(p), sorted(p)))
    participants = tuple(names[key][0] for key in sorted(people) if key in names)
    if kind == "visit":
        countries = _most_common((e.countries for e in encounters), key=lambda value: list(value)) or ()
    else:
        countries = tuple(names[key][1] or "" for key in sorted(people) if key in names)
        countries = tuple(code for code in countries if code)
    location = None
    if kind != "call":
        location = _most_common(
            (e.location for e in encounters if e.location and (e.location.city or e.location.country)),
            key=lambda place: (place.city is None, place.city or "", place.country or "", place.name),
        )
    occasion = _most_common(e.occasion for e in encounters)
    sources = len(_articles(members))
    confidence = round(1 - (1 - SINGLE_SOURCE_CONFIDENCE) ** sources, 4)
    ordered = tuple(sorted(encounters, key=lambda e: (e.published or "", e.article_id, e.evidence.start, e.evidence.end)))
    event_id = event_id_for(kind, participants, date_value, location.city if isinstance(location, Place) else None, occasion)
    return Event(
        id=event_id,
        kind=kind,
        participants=participants,
        countries=countries,
        date=date_value,
        status=status,
        encounters=ordered,
        date_end=date_end,
        date_precision=precision,
        location=location,
        occasion=occasion,
        confidence=confidence,
        date_reason=reason,
        status_history=history,
    )


def merge_encounters(encounters: Iterable[Encounter], context: Iterable[Encounter] = (),
                     names: NameBook | None = None) -> list[Event]:
    """Merge encounters that report the same real encounter into events.

    `context`: further encounters (already stored elsewhere) used only to
    resolve surnames and offices to full names. `names`: a `NameBook` that
    already covers `encounters` and everything stored (what a store passes);
    when given, `context` is ignored. Either way, merging a new batch against
    a store gives the same names as merging everything at once.
    Deterministic and independent of input order; events come back sorted by
    date, then id. Colliding ids (two events with the same canonical content)
    get a numbered suffix in canonical order.
    """
    encounters = list(encounters)
    book = names if names is not None else NameBook.from_encounters(encounters + list(context))
    aliases = name_aliases(book)
    display = display_names(book, aliases)
    mentions = sorted((_mention(encounter, aliases) for encounter in encounters), key=lambda m: m.sort_key)
    events = [_build_event(cluster, display) for cluster in _cluster(mentions)]
    events.sort(key=lambda event: (date_interval(event.date)[0].isoformat() if date_interval(event.date) else "9999", event.id, event.encounters[0].article_id, event.encounters[0].evidence.start))
    seen: Counter = Counter()
    unique = []
    for event in events:
        seen[event.id] += 1
        if seen[event.id] > 1:
            event = replace(event, id=f"{event.id}-{seen[event.id]}")
        unique.append(event)
    return unique


def encounter_reach(encounter: Encounter) -> tuple[date, date] | None:
    """The days an encounter may lie on (its date, or a window around publication); None: anywhere."""
    return _window(encounter, date_interval(encounter.date, encounter.date_end))


def event_reach(event: Event) -> tuple[date, date] | None:
    """The days any encounter of the event may lie on; None when one of them may lie anywhere."""
    first = last = None
    for encounter in event.encounters:
        reach = encounter_reach(encounter)
        if reach is None:
            return None
        first = reach[0] if first is None else min(first, reach[0])
        last = reach[1] if last is None else max(last, reach[1])
    return (first, last) if first is not None else None
