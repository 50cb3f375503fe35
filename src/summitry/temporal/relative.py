"""Anchoring deictic and anaphoric expressions: "next week", "Wednesday", "two years ago", "the following day".

Reads: `Candidate`s that count from a reference day. Adds: their TimeML
value, counted from the publication date (deictic) or from the date in focus
(anaphoric: "the following day", "later that year", "two months after").

Choice recorded for issue 3: "N units ago" takes the value at the unit's
granularity, as TempEval-3 annotates it ("four years ago" -> "2009",
"two months ago" -> "2013-01"), except weeks, which MEANTIME gives as a day
("a week ago" -> "2011-03-11"); its `date` is the calendar form of that value.
"N units after/before <event>" counts from the event: it restates a date
named just before it ("27 June 1950, two days after the KPA invaded"), else
counts from a date the text named, and is a DURATION when only the
publication date is in focus. "the day" is the last day the text named.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .context import (
    ANAPHORIC_WITH_THE,
    PARTS,
    UNIT_CODES,
    X_SHAPES,
    Context,
    covers,
    Resolved,
    day_in_focus,
    duration_value,
    focus_reference_day,
    month_number,
    number_of,
    reference_day,
    shift_value,
    tense_of,
    unit_name,
    weekday_number,
)
from .expressions import Candidate, load_lexicon
from .values import (
    add_months,
    add_to_day,
    day_value,
    month_value,
    week_value,
    weekday_date,
)


def resolve_relative_unit(candidate: Candidate, context: Context) -> Resolved | None:
    parts = candidate.parts
    rel = parts["rel"].lower()
    if parts.get("rel2"):
        rel = parts["rel2"].lower() if rel == "this" else rel
    words = load_lexicon()["relative_words"]
    step = words.get(rel, 0)
    unit_word = " ".join(parts["unit"].lower().split())
    part = PARTS.get(unit_word)
    unit = "day" if part else ("year" if "year" in unit_word else unit_word)
    if unit in ("decade", "century") and parts.get("the") and rel in ("past", "last", "next", "coming") \
            and not re.match(r"\s+of\b", context.text[candidate.end:]):
        # "the past decade", "over the next decade": ten years back or ahead, a TimeML duration
        # (TE3: "the next decade" = P10Y), not the calendar decade.
        return Resolved("DURATION", duration_value(1, unit), "absolute")
    # "the following day", "the previous year", "the next morning" count from the focus;
    # "the next week" (not a day) still counts from publication.
    next_not_day = rel == "next" and unit != "day"
    anaphoric = rel == "that" or (bool(parts.get("the")) and rel in ANAPHORIC_WITH_THE and not next_not_day)
    needs = "day" if unit in ("day", "week", "weekend") else ("month" if unit in ("month", "quarter") else "year")
    if anaphoric and step == 0 and context.focus.day is not None and context.focus.precision in ("month", "year") \
            and needs == "day" and not part and not _within(context.focus.last_day, context.focus.day, context.focus.precision) \
            and _same_sentence(context.text, context.focus.end, candidate.start):
        # "flew to Kigali in March ... and on to Kinshasa the same day": the month told in the same sentence, with no
        # day told inside it, holds the day, known only to its month (not a day told before it, nor the publication
        # day); a month told in an earlier sentence is a recalled time ("the summit of December 2022. On the same day
        # ..."), and the day goes on from the day told last
        focus = context.focus
        value = shift_value(focus.day, focus.precision, 0)
        return Resolved("DATE", value, "focus")
    if anaphoric:
        reference, anchor = focus_reference_day(context, needs)
    else:
        reference, anchor = reference_day(context, needs)
    if reference is None:
        return Resolved("DATE", X_SHAPES[unit], anchor)
    value = shift_value(reference, unit, step)
    if part:
        return Resolved("TIME", f"{value}T{part}", anchor)
    return Resolved("DATE", value, anchor)


def _same_sentence(text: str, start: int, end: int) -> bool:
    """Whether no full stop lies between two offsets of the text."""
    return 0 <= start <= end and not re.search(r"[.!?]\s", text[start:end])


def _within(day: date | None, period_start: date, precision: str) -> bool:
    """Whether a day lies in the month or year that starts at `period_start`."""
    if day is None:
        return False
    return day.year == period_start.year and (precision == "year" or day.month == period_start.month)


def resolve_mod_the_unit(candidate: Candidate, context: Context) -> Resolved:
    unit = candidate.parts["unit"].lower()
    if unit == "day":  # "later in the day": the day the text is about
        reference, anchor = day_in_focus(context)
    else:
        reference, anchor = reference_day(context, "week" if unit == "week" else "year")
    if reference is None:
        return Resolved("DATE", X_SHAPES[unit], anchor)
    step = 0
    mod = load_lexicon()["modifiers"].get(" ".join(candidate.parts["mod"].lower().split()))
    # "sales recovered by the end of the year" in a March report: last year's end.
    if unit == "year" and mod == "END" and reference.month <= 6 and tense_of(candidate, context) == "past":
        step = -1
    return Resolved("DATE", shift_value(reference, unit, step), anchor)


def resolve_weekday(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    weekday = weekday_number(parts["weekday"])
    rel = (parts.get("rel") or "").lower()
    if rel == "that":
        reference, anchor = focus_reference_day(context, "week")
    else:
        reference, anchor = reference_day(context, "day")
    pinned = _weekday_on_day_of_month(reference, weekday, int(parts["dom"])) if reference is not None and parts.get("dom") else None
    if reference is None:
        value = f"XXXX-WXX-{weekday}"
    elif pinned is not None:
        value = day_value(pinned)  # "on Saturday (8)": the Saturday that is the 8th, nearest the reference
    elif rel in ("last", "past"):
        value = day_value(weekday_date(reference - timedelta(days=1), weekday, -1))
    elif rel in ("next", "coming"):
        value = day_value(weekday_date(reference + timedelta(days=1), weekday, 1))
    elif rel == "this":
        value = day_value(weekday_date(reference, weekday, 0))
    else:
        direction = 1 if tense_of(candidate, context) == "future" else -1
        value = day_value(weekday_date(reference, weekday, direction))
    if parts.get("part"):
        return Resolved("TIME", f"{value}T{PARTS[parts['part'].lower()]}", anchor)
    return Resolved("DATE", value, anchor)


# How far from the reference day a weekday pinned to a day of the month is looked for ("Saturday (8)").
PINNED_WEEKDAY_REACH_DAYS = 60


def _weekday_on_day_of_month(reference: date, weekday: int, day_of_month: int) -> date | None:
    """The day nearest `reference` that is both the weekday and that day of the month, if one is near."""
    for distance in range(PINNED_WEEKDAY_REACH_DAYS + 1):
        for day in (reference - timedelta(days=distance), reference + timedelta(days=distance)):
            if day.day == day_of_month and day.isoweekday() == weekday:
                return day
    return None


def resolve_deictic(candidate: Candidate, context: Context) -> Resolved:
    word = " ".join(candidate.parts["word"].lower().split())
    offset = load_lexicon()["deictic_days"][word]
    part = PARTS.get((candidate.parts.get("part") or "").lower())
    if word == "tonight":
        part = "NI"
    if context.published is None:
        value = "XXXX-XX-XX"
    else:
        value = day_value(context.published + timedelta(days=offset))
    if part:
        return Resolved("TIME", f"{value}T{part}", "publication")
    return Resolved("DATE", value, "publication")


def resolve_this_part(candidate: Candidate, context: Context) -> Resolved:
    offset = -1 if candidate.parts["word"].lower() == "last" else 0
    part = PARTS[candidate.parts["part"].lower()]
    if offset == -1 and part != "NI":
        return None
    value = "XXXX-XX-XX" if context.published is None else day_value(context.published + timedelta(days=offset))
    return Resolved("TIME", f"{value}T{part}", "publication")


def resolve_the_part(candidate: Candidate, context: Context) -> Resolved:
    """ "in the afternoon": that part of the day in focus (the day the story is telling), else of publication."""
    part = PARTS[candidate.parts["part"].lower()]
    reference, anchor = day_in_focus(context)
    value = "XXXX-XX-XX" if reference is None else day_value(reference)
    return Resolved("TIME", f"{value}T{part}", anchor)


def resolve_reference(candidate: Candidate, context: Context) -> Resolved:
    word = " ".join(candidate.parts["word"].lower().split())
    return Resolved("DATE", load_lexicon()["references"][word], "publication")


_NEXT_WORD = re.compile(r"[ \t\xa0]+([A-Za-z][A-Za-z'-]*|\d)")
_APPOSITION = re.compile(r"\s*(?:,|-|–|—|\()\s*")


def _governs_event(candidate: Candidate, context: Context) -> bool:
    """ "three years after it was first due", "a day after Chrysler released": the signal heads an event, not a date."""
    match = _NEXT_WORD.match(context.text, candidate.end)
    if match is None or match.group(1)[0].isdigit():
        return False
    word = match.group(1).lower().rstrip(".")
    lexicon = load_lexicon()
    return not (word in lexicon.months or word in lexicon.weekdays or word in lexicon["deictic_days"])


def _in_apposition(candidate: Candidate, context: Context) -> bool:
    """ "On 27 June 1950, two days after the KPA invaded": the expression restates the date just named."""
    focus = context.focus
    return focus.day is not None and 0 <= focus.end <= candidate.start and _APPOSITION.fullmatch(context.text, focus.end, candidate.start) is not None


def _focus_value(context: Context) -> str:
    """The date in focus as a TimeML value at its own precision (day, week, month, else year)."""
    day, precision = context.focus.day, context.focus.precision
    values = {"day": day_value(day), "month": month_value(day.year, day.month), "week": week_value(day)}
    return values.get(precision, f"{day.year:04d}")


# The precision a date counted from must have for an offset in each unit.
_OFFSET_NEEDS = {"day": "day", "week": "day", "weekend": "day", "fortnight": "day", "month": "month"}


def resolve_offset(candidate: Candidate, context: Context) -> Resolved | None:
    parts = candidate.parts
    direction_word = " ".join(parts["direction"].lower().split())
    sign = load_lexicon()["ago_words"][direction_word]
    unit = unit_name(parts["unit"])
    amount = number_of(parts["n"])
    anaphoric = direction_word not in ("ago", "from now", "hence")
    if direction_word in ("after", "before") and _governs_event(candidate, context):
        # The count runs from an event ("three years after its launch"). When the expression
        # restates the date just named, it is that date; when the only date to count from is
        # the publication date (never the event's), it is TimeML's duration, as TE3 and
        # MEANTIME annotate it; else the event is taken to be the date in focus.
        if _in_apposition(candidate, context):
            return Resolved("DATE", _focus_value(context), "focus")
        focus = context.focus.day
        # A focus too coarse for the unit ("next spring" before "a week after the visit") is no date
        # to count from either: the count would run from the publication date.
        usable = focus is not None and covers(context.focus.precision, _OFFSET_NEEDS.get(unit, "year"))
        if context.published is not None and (not usable or focus == context.published) and unit in UNIT_CODES:
            return Resolved("DURATION", duration_value(amount, unit), "absolute")
    if amount is None:
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "focus" if anaphoric else "publication")
    if unit in ("second", "minute", "hour"):
        unit, amount = "day", 0 if amount < 24 else amount // 24
    needs = _OFFSET_NEEDS.get(unit, "year")
    reference, anchor = focus_reference_day(context, needs) if anaphoric else reference_day(context, needs)
    if reference is None:
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor)
    reference = _from_the_end(reference, anchor, sign, context)
    amount = int(round(amount)) * sign
    if unit == "day":
        return Resolved("DATE", day_value(reference + timedelta(days=amount)), anchor)
    if unit in ("week", "fortnight"):
        weeks = amount * (2 if unit == "fortnight" else 1)
        return Resolved("DATE", day_value(reference + timedelta(weeks=weeks)), anchor)
    if unit == "month":
        return Resolved("DATE", month_value(*add_months(reference.year, reference.month, amount)), anchor)
    if unit == "quarter":
        return Resolved("DATE", shift_value(reference, "quarter", amount), anchor)
    years = amount * {"decade": 10, "century": 100}.get(unit, 1)
    return Resolved("DATE", f"{reference.year + years:04d}", anchor)


def resolve_same_period(candidate: Candidate, context: Context) -> Resolved:
    """ "the same period last year": the unit in focus (else the publication's), a year back."""
    unit = candidate.parts["unit"].lower()
    if context.focus.day is not None and unit in ("period", "time"):
        reference, anchor, precision = context.focus.day, "focus", context.focus.precision
    else:
        precision = {"month": "month", "quarter": "quarter", "week": "week", "day": "day", "season": "season"}.get(unit, "month")
        reference, anchor = focus_reference_day(context, precision)
    if reference is None:
        return Resolved("DATE", "XXXX", anchor)
    back = add_to_day(reference, "Y", -1)
    if precision == "day":
        return Resolved("DATE", day_value(back), anchor)
    if precision == "week":
        return Resolved("DATE", week_value(back), anchor)
    if precision == "quarter":
        return Resolved("DATE", shift_value(back, "quarter", 0), anchor)
    if precision == "year":
        return Resolved("DATE", f"{back.year:04d}", anchor)
    return Resolved("DATE", month_value(back.year, back.month), anchor)


def resolve_coming_window(candidate: Candidate, context: Context) -> Resolved:
    """ "the coming days", "the next few months": a stretch of unknown length, "PXD", "PXW", "PXM"."""
    unit = (candidate.parts.get("unit") or candidate.parts["unit2"]).lower()
    return Resolved("DURATION", f"PX{unit[0].upper()}", "absolute")


def resolve_the_weekend(candidate: Candidate, context: Context) -> Resolved:
    reference, anchor = reference_day(context, "day")
    if reference is None:
        return Resolved("DATE", "XXXX-WXX-WE", anchor)
    saturday = weekday_date(reference, 6, 1 if tense_of(candidate, context) == "future" else -1)
    return Resolved("DATE", week_value(saturday) + "-WE", anchor)


def resolve_that_time(candidate: Candidate, context: Context) -> Resolved:
    if context.focus.day is None:
        return Resolved("DATE", "PAST_REF", "focus")
    return Resolved("DATE", _focus_value(context), "focus")


def _from_the_end(reference: date, anchor: str, sign: int, context: Context) -> date:
    """What comes after a range in focus counts from its last day: "NATO leaders meet on July 11 and 12. The
    day after the summit, ..." is July 13."""
    if anchor == "focus" and sign > 0 and context.focus.end_day is not None and reference == context.focus.day:
        return context.focus.end_day
    return reference


def resolve_the_day(candidate: Candidate, context: Context) -> Resolved:
    """ "the day" / "that day": the day in focus (MEANTIME's market reports: "closed up on the day")."""
    reference, anchor = day_in_focus(context)
    if reference is None:
        return Resolved("DATE", "XXXX-XX-XX", anchor)
    return Resolved("DATE", day_value(reference), anchor)


def resolve_the_unit_offset(candidate: Candidate, context: Context) -> Resolved:
    unit = candidate.parts["unit"].lower()
    sign = 1 if candidate.parts["direction"].lower() == "after" else -1
    if _governs_event(candidate, context) and _in_apposition(candidate, context):
        return Resolved("DATE", _focus_value(context), "focus")  # "2 October 1950 - the day after the ROK Army crossed"
    reference, anchor = focus_reference_day(context, "day" if unit in ("day", "week") else unit)
    if reference is None:
        return Resolved("DATE", X_SHAPES[unit], anchor)
    reference = _from_the_end(reference, anchor, sign, context)
    if unit == "day":
        return Resolved("DATE", day_value(reference + timedelta(days=sign)), anchor)
    return Resolved("DATE", shift_value(reference, unit, sign), anchor)


def resolve_whole_unit(candidate: Candidate, context: Context) -> Resolved:
    """ "the fourth quarter of 2005 and ... for the entire year": the unit holding the date in focus."""
    unit = candidate.parts["unit"].lower()
    if unit == "day":
        reference, anchor = day_in_focus(context)
    else:
        reference, anchor = focus_reference_day(context, unit)
    if reference is None:
        return Resolved("DATE", X_SHAPES[unit], anchor)
    return Resolved("DATE", shift_value(reference, unit, 0), anchor)


def resolve_running_unit(candidate: Candidate, context: Context) -> Resolved:
    """ "for a second consecutive day", "fourth week in a row": the streak ends in the current unit."""
    unit = candidate.parts["unit"].lower()
    unit = "day" if unit == "session" else unit
    reference, anchor = reference_day(context, "day" if unit in ("day", "week") else unit)
    if reference is None:
        return Resolved("DATE", X_SHAPES[unit], anchor)
    return Resolved("DATE", shift_value(reference, unit, 0), anchor)


def resolve_week_of_month(candidate: Candidate, context: Context) -> Resolved:
    """ "the last week of March": the ISO week whose Thursday is the month's first (second, ..., last) Thursday."""
    parts = candidate.parts
    month = month_number(parts["month"])
    if parts.get("year"):
        year = int(parts["year"])
    else:
        reference, _ = reference_day(context, "year")
        if reference is None:
            return Resolved("DATE", "XXXX-WXX", "publication")
        year = reference.year
    ordinal = parts["ordinal"].lower()
    if ordinal in ("last", "final"):
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        thursday = end - timedelta(days=(end.weekday() - 3) % 7)
    else:
        first = date(year, month, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 7 * (load_lexicon()["ordinals"][ordinal] - 1))
    return Resolved("DATE", week_value(thursday), "absolute" if parts.get("year") else "publication")
