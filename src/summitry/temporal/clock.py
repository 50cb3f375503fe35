"""Anchoring clock times, durations and sets: "8 PM", "15:00 GMT Saturday", "five years", "every week".

Reads: `Candidate`s of the clock, duration and set rules. Adds: TIME values
on the day the text names (or the day in focus, else the publication date),
and TimeML DURATION ("P5Y", "PT24H") and SET ("P1W", "XXXX-WXX-1") values.
A time followed by its date ("16:15 UTC, June 1st") takes that date.
"""
from __future__ import annotations

import re
from datetime import timedelta

from .absolute import resolve_month_day
from .context import (
    UNIT_CODES,
    Context,
    Resolved,
    duration_value,
    focus_reference_day,
    number_of,
    unit_name,
    weekday_number,
)
from .expressions import Candidate, find_candidates, load_lexicon
from .relative import resolve_weekday
from .values import day_value


def _clock_value(hour: int, minute: int, ampm: str | None, zone: str | None) -> str:
    if ampm:
        pm = ampm.lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    suffix = load_lexicon()["time_zones"].get(zone or "", "") if zone else ""
    return f"T{hour:02d}:{minute:02d}{suffix}"


def _day_for_time(candidate: Candidate, context: Context) -> tuple[str, str]:
    parts = candidate.parts
    if parts.get("weekday"):
        resolved = resolve_weekday(Candidate(candidate.start, candidate.end, "weekday", {"weekday": parts["weekday"]}), context)
        return resolved.value, resolved.anchor
    word = (parts.get("word") or parts.get("day_word") or "").lower()
    if word in ("today", "yesterday", "tomorrow"):
        offset = load_lexicon()["deictic_days"][word]
        if context.published is None:
            return "XXXX-XX-XX", "publication"
        return day_value(context.published + timedelta(days=offset)), "publication"
    named = _date_after(candidate, context)
    if named is not None:
        return named.value, named.anchor
    reference, anchor = focus_reference_day(context, "day")
    if reference is None:
        return "XXXX-XX-XX", anchor
    return day_value(reference), anchor


_DATE_LINK = re.compile(r"\.?[ \t]*,?[ \t]*(?:on[ \t]+)?")


def _date_after(candidate: Candidate, context: Context):
    """ "at 16:15 UTC, June 1st": the day written right after the time, resolved; else None."""
    link = _DATE_LINK.match(context.text, candidate.end)
    rest = context.text[link.end():link.end() + 40]
    if not rest[:1].isalnum():
        return None
    following = find_candidates(rest)
    if not following or following[0].start != 0 or following[0].rule not in ("month_day", "day_month"):
        return None
    resolved = resolve_month_day(following[0], context)
    return resolved if resolved is not None and "/" not in resolved.value else None


def resolve_clock(candidate: Candidate, context: Context) -> Resolved | None:
    parts = candidate.parts
    zone = parts.get("zone")
    if zone and zone.lower() in ("hours", "hrs"):
        zone = None
    hour = int(parts["hour"])
    if parts.get("ampm") and not 1 <= hour <= 12:
        return None
    clock = _clock_value(hour, int(parts.get("minute") or 0), parts.get("ampm"), zone)
    day, anchor = _day_for_time(candidate, context)
    return Resolved("TIME", day + clock, anchor)


def resolve_noon(candidate: Candidate, context: Context) -> Resolved:
    word = candidate.parts["word"].lower()
    day_named = Candidate(candidate.start, candidate.end, "noon", {**candidate.parts, "word": candidate.parts.get("day_word")})
    day, anchor = _day_for_time(day_named, context)
    return Resolved("TIME", day + ("T24:00" if word == "midnight" else "T12:00"), anchor)


def resolve_duration(candidate: Candidate, context: Context) -> Resolved | None:
    parts = candidate.parts
    amount = number_of(parts["n"])
    if amount is not None and parts.get("half"):
        amount += 0.5
    unit = unit_name(parts["unit"])
    if unit not in UNIT_CODES:
        return None
    if not parts.get("the") and _RECORD_SPAN.search(context.text, max(0, candidate.start - 60), candidate.start):
        # "closed at its lowest level in over six years": the span the record reaches back
        # over, which MEANTIME annotates as a DATE carrying the duration's value.
        return Resolved("DATE", duration_value(amount, unit), "publication")
    return Resolved("DURATION", duration_value(amount, unit), "absolute")


_RECORD_SPAN = re.compile(r"(?i)\b(?:highest|lowest|best|worst|strongest|weakest)\s+(?:closing\s+)?levels?\s+in\s+"
                          r"(?:(?:over|more\s+than|nearly|almost|about)\s+)?$")


def resolve_set(candidate: Candidate, context: Context) -> Resolved | None:
    parts = candidate.parts
    if parts.get("weekday"):
        return Resolved("SET", f"XXXX-WXX-{weekday_number(parts['weekday'])}", "absolute")
    unit = unit_name(parts["unit"])
    if unit not in UNIT_CODES:
        return None
    return Resolved("SET", duration_value(number_of(parts.get("n")), unit), "absolute")


def resolve_set_word(candidate: Candidate, context: Context) -> Resolved:
    return Resolved("SET", load_lexicon()["sets"][candidate.parts["word"].lower()], "absolute")
