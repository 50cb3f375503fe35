"""Anchoring calendar names: explicit dates, years, decades, centuries, month and season names, quarters.

Reads: `Candidate`s whose words name a calendar unit ("November 15",
"May 2010", "the 1990s", "last summer", "the fourth quarter"). Adds: their
TimeML value. A name without a year takes it from the publication date (and
the tense: "met in December" published in March is last December) or, in a
narrative without one, from the date in focus.
"""
from __future__ import annotations

import re

from datetime import date, timedelta

from dateutil.easter import easter

from .context import (
    NEXT_WORDS,
    PAST_WORDS,
    Context,
    Resolved,
    focus_reference_day,
    month_number,
    reference_day,
    shift_value,
    tense_of,
)
from .tense import hangs_on_verb
from .expressions import Candidate, load_lexicon
from .values import SEASON_ORDER, month_value, quarter_of, season_of


def _year_for_month(reference: date, month: int, tense: str | None) -> int:
    if tense == "past" and month > reference.month:
        return reference.year - 1
    if tense == "future" and month < reference.month:
        return reference.year + 1
    return reference.year


# How far (in months) a bare month may fall behind the focus and keep its
# year; beyond it the month is read as next year's ("December 1941 ...
# January" is 1942). WikiWars value F1 for 0/3/6/7/12: .759/.791/.793/.794/.794;
# 7 is the smallest of the best.
NARRATIVE_BACK_MONTHS = 7


def _narrative_year(focus: date, month: int) -> int:
    """Year of a bare month in a narrative, from the focus: its year, or the next when far behind.

    WikiWars: "...in September 1940. In February, Italian forces..." is February 1941.
    """
    back = focus.month - month
    # Stories move forward, but a month close behind the focus is still its year:
    # "24 August ... 12 August" stays in 1914; "September 1940 ... February" is 1941.
    return focus.year + 1 if back > NARRATIVE_BACK_MONTHS else focus.year


def _full_year(two_digits: str, reference: date | None) -> int:
    number = int(two_digits)
    pivot = ((reference.year if reference else 2030) % 100) + 10
    return (2000 if number <= pivot else 1900) + number


def _absolute_day(year: int | None, month: int, day: int, candidate: Candidate, context: Context) -> tuple[str, str]:
    if year is not None:
        return f"{year:04d}-{month:02d}-{day:02d}", "absolute"
    focus = context.focus
    if (focus.day is not None and focus.day.month == month and focus.precision in ("month", "day")
            and 0 <= focus.end <= candidate.start and not re.search(r"[.!?]\s|\n", context.text[focus.end:candidate.start])):
        # "In June 2023, Ramaphosa led a delegation to Kyiv, where they met Zelenskyy on June 16":
        # the month just named, with its year, in the same sentence.
        return f"{focus.day.year:04d}-{month:02d}-{day:02d}", "focus"
    reference, anchor = reference_day(context, "year")
    if reference is None:
        return f"XXXX-{month:02d}-{day:02d}", "publication"
    # A day without a year is the nearest such day to the reference, but the
    # tense may push it: "met on December 28" in a January report is last year.
    if anchor == "focus":
        return f"{_narrative_year(reference, month):04d}-{month:02d}-{day:02d}", anchor
    best_year = reference.year
    tense = tense_of(candidate, context)
    options = []
    for year_option in (reference.year - 1, reference.year, reference.year + 1):
        try:
            options.append((abs((date(year_option, month, day) - reference).days), year_option))
        except ValueError:
            continue
    if options:
        best_year = min(options)[1]
        if tense == "past" and date(best_year, month, min(day, 28)) > reference + timedelta(days=1) and min(options)[0] > 60:
            best_year -= 1
        elif (tense == "future" and date(best_year, month, min(day, 28)) < reference - timedelta(days=1) and min(options)[0] > 60
              and hangs_on_verb(context.doc, candidate.start, candidate.end)):
            best_year += 1  # "will meet on December 28" in a March report is this coming December
    return f"{best_year:04d}-{month:02d}-{day:02d}", anchor


def resolve_holiday(candidate: Candidate, context: Context) -> Resolved | None:
    """ "on New Year's Day": the holiday's day, in the year given or nearest the report as for "January 1"."""
    name = " ".join(candidate.parts["holiday"].replace("\u2019", "'").split())
    rule = next(value for key, value in load_lexicon()["holidays"].items() if key.lower() == name.lower())
    year = int(candidate.parts["year"]) if candidate.parts.get("year") else None
    if rule[0] == "easter":
        return _around_easter(year, rule[1], rule[2], candidate, context)
    month, day = rule
    value, anchor = _absolute_day(year, month, day, candidate, context)
    return Resolved("DATE", value, anchor)


def _around_easter(year: int | None, first: int, last: int, candidate: Candidate, context: Context) -> Resolved | None:
    """ "over the Easter weekend", "on Good Friday": days counted from Easter Sunday (dateutil's Gregorian
    computus), in the year given or - like a month and day without one - the nearest that the tense allows."""
    def days(of_year: int) -> tuple[date, date]:
        sunday = easter(of_year)
        return sunday + timedelta(days=first), sunday + timedelta(days=last)

    if year is None:
        reference, anchor = reference_day(context, "year")
        if reference is None:
            return None
        tense = tense_of(candidate, context)
        options = [days(y) for y in (reference.year - 1, reference.year, reference.year + 1)]
        if tense == "past":
            options = [o for o in options if o[0] <= reference] or options
        elif tense == "future":
            options = [o for o in options if o[1] >= reference] or options
        start, end = min(options, key=lambda o: abs((o[0] - reference).days))
    else:
        (start, end), anchor = days(year), "absolute"
    value = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return Resolved("DATE", value, anchor)


def _anaphoric_year(word: str) -> bool:
    return " ".join(word.lower().split()) in ("that", "the same")


def _year_reference(word: str, context: Context):
    """The day a year word counts from: the focus for "that year" and "the same year", else the report's."""
    return focus_reference_day(context, "year") if _anaphoric_year(word) else reference_day(context, "year")


def _year_step(word: str) -> int:
    return 0 if _anaphoric_year(word) else load_lexicon()["relative_words"][word.lower()]


def resolve_month_day(candidate: Candidate, context: Context) -> Resolved | None:
    parts = candidate.parts
    month = month_number(parts["month"])
    year = int(parts["year"]) if parts.get("year") else None
    day = int(parts["day"])
    if not _valid_day(year or 2000, month, day):
        return None
    if parts.get("relyear"):
        # "on 6 August last year": the year counted from the report's ("of that year": the year in focus).
        reference, anchor = _year_reference(parts["relyear"], context)
        if reference is not None:
            year = reference.year + _year_step(parts["relyear"])
            if _valid_day(year, month, day):
                return Resolved("DATE", f"{year:04d}-{month:02d}-{day:02d}", anchor)
    value, anchor = _absolute_day(year, month, day, candidate, context)
    if parts.get("day2"):
        month2 = month_number(parts["month2"]) if parts.get("month2") else month
        day2 = int(parts["day2"])
        if _valid_day(year or 2000, month2, day2):
            value = f"{value}/{value[:4]}-{month2:02d}-{day2:02d}"
    return Resolved("DATE", value, anchor)


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def resolve_numeric_date(candidate: Candidate, context: Context) -> Resolved | None:
    parts = candidate.parts
    if parts.get("year"):
        year, month, day = int(parts["year"]), int(parts["mm"]), int(parts["dd"])
    else:
        year = int(parts["yy"]) if len(parts["yy"]) == 4 else _full_year(parts["yy"], context.published)
        reading = _month_and_day(year, int(parts["first"]), int(parts["second"]), context.published)
        if reading is None:
            return None
        month, day = reading
    if not _valid_day(year, month, day):
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if parts.get("hour"):
        return Resolved("TIME", f"{value}T{parts['hour']}:{parts['minute']}", "absolute")
    return Resolved("DATE", value, "absolute")


def _month_and_day(year: int, first: int, second: int, published: date | None) -> tuple[int, int] | None:
    """ "12/03/2023" is 3 December in American copy and 12 March elsewhere: of the readings that are
    dates, the one nearer the publication day (American order when nothing tells them apart)."""
    readings = [(m, d) for m, d in ((first, second), (second, first)) if _valid_day(year, m, d)]
    if not readings:
        return None
    if published is None or len(readings) == 1:
        return readings[0]
    distance = [abs((date(year, *md) - published).days) for md in readings]
    # Far from the report, nearness says nothing ("the crash on 7/8/07"): American order.
    return readings[1] if distance[1] < distance[0] and distance[1] <= 183 else readings[0]


def resolve_month_year(candidate: Candidate, context: Context) -> Resolved:
    return Resolved("DATE", month_value(int(candidate.parts["year"]), month_number(candidate.parts["month"])), "absolute")


def resolve_year_range(candidate: Candidate, context: Context) -> Resolved | None:
    first = int(candidate.parts["year"])
    second_text = candidate.parts["year2"]
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first:
        return None
    return Resolved("DATE", f"{first:04d}/{second:04d}", "absolute")


def resolve_year(candidate: Candidate, context: Context) -> Resolved:
    year = candidate.parts["year"]
    if candidate.parts.get("fiscal"):
        return Resolved("DATE", f"FY{year}", "absolute")
    return Resolved("DATE", year, "absolute")


def resolve_short_year(candidate: Candidate, context: Context) -> Resolved:
    year = _full_year(candidate.parts["yy"], context.published)
    prefix = "FY" if candidate.parts.get("fiscal") else ""
    return Resolved("DATE", f"{prefix}{year}", "absolute")


def resolve_decade(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    if parts.get("decade"):
        decade = parts["decade"]
        if decade.endswith("00"):
            return Resolved("DATE", decade[:2], "absolute")
        return Resolved("DATE", decade[:3], "absolute")
    return Resolved("DATE", str(_full_year(parts["decade2"], context.published))[:3], "absolute")


def resolve_century(candidate: Candidate, context: Context) -> Resolved | None:
    number = load_lexicon()["ordinals"].get(candidate.parts["ordinal"].lower())
    if not number:
        return None
    return Resolved("DATE", f"{number - 1:02d}", "absolute")


def _season_step(year: int, code: str, step: int) -> tuple[int, str]:
    index = SEASON_ORDER.index(code) + step
    # (winter, the last season of a TimeML year, is filed under the year it begins in December)
    year += index // 4
    return year, SEASON_ORDER[index % 4]


def resolve_named(candidate: Candidate, context: Context) -> Resolved:
    parts = candidate.parts
    rel = (parts.get("rel") or "").lower()
    month = month_number(parts["month"]) if parts.get("month") else None
    season = load_lexicon()["seasons"][parts["season"].lower()] if parts.get("season") else None
    if parts.get("year"):
        year = int(parts["year"])
        return Resolved("DATE", month_value(year, month) if month else f"{year}-{season}", "absolute")
    if parts.get("relyear"):
        reference, anchor = _year_reference(parts["relyear"], context)
        if reference is None:
            return Resolved("DATE", f"XXXX-{month:02d}" if month else f"XXXX-{season}", anchor)
        year = reference.year + _year_step(parts["relyear"])
        return Resolved("DATE", month_value(year, month) if month else f"{year}-{season}", anchor)
    if rel == "that":
        reference, anchor = focus_reference_day(context, "year")
    else:
        reference, anchor = reference_day(context, "year")
    if reference is None:
        return Resolved("DATE", f"XXXX-{month:02d}" if month else f"XXXX-{season}", anchor)
    if month:
        if rel in PAST_WORDS:
            # "last September": the most recent past September (the same year in a November report),
            # as MEANTIME and TimeML annotate it.
            year = reference.year - 1 if month >= reference.month else reference.year
        elif rel in NEXT_WORDS:
            year = reference.year + 1 if month <= reference.month else reference.year
        elif rel in ("this", "that"):
            year = reference.year
        elif anchor == "focus":
            year = _narrative_year(reference, month)
        else:
            year = _year_for_month(reference, month, tense_of(candidate, context))
        return Resolved("DATE", month_value(year, month), anchor)
    current_year, current = season_of(reference)
    if rel in PAST_WORDS or rel in NEXT_WORDS:
        step = -1 if rel in PAST_WORDS else 1
        year, code = current_year, current
        for _ in range(4):
            year, code = _season_step(year, code, step)
            if code == season:
                break
        return Resolved("DATE", f"{year}-{season}", anchor)
    if season == current:
        return Resolved("DATE", f"{current_year}-{season}", anchor)
    year = current_year  # (January's winter is the year before's)
    tense = tense_of(candidate, context) if not rel else None
    order = SEASON_ORDER.index
    if tense == "past" and order(season) > order(current):
        year -= 1
    elif tense == "future" and order(season) < order(current):
        year += 1
    return Resolved("DATE", f"{year}-{season}", anchor)


def resolve_quarter(candidate: Candidate, context: Context) -> Resolved | None:
    parts = candidate.parts
    half = (parts.get("qunit") or "quarter").lower() in ("half", "h")
    word = (parts.get("qordinal") or parts.get("qnumber") or "").lower()
    number = {"final": 2 if half else 4}.get(word) or load_lexicon()["ordinals"].get(word) or (int(word) if word.isdigit() else None)
    if word == "last" and not parts.get("year") and not parts.get("rel"):
        reference, anchor = reference_day(context, "month")
        if reference is None:
            return Resolved("DATE", "XXXX-QX", anchor)
        return Resolved("DATE", shift_value(reference, "quarter", -1), anchor)
    if word == "last":
        number = 2 if half else 4
    if not number or number > (2 if half else 4):
        return None
    code = f"H{number}" if half else f"Q{number}"
    if parts.get("year"):
        return Resolved("DATE", f"{parts['year']}-{code}", "absolute")
    if parts.get("yy"):
        return Resolved("DATE", f"{_full_year(parts['yy'], context.published)}-{code}", "absolute")
    reference, anchor = reference_day(context, "year")
    if reference is None:
        return Resolved("DATE", f"XXXX-{code}", anchor)
    year = reference.year
    rel = (parts.get("rel") or "").lower()
    if rel:
        year += load_lexicon()["relative_words"].get(rel, 0)
    else:
        current = (reference.month - 1) // 6 + 1 if half else quarter_of(reference)
        tense = tense_of(candidate, context)
        if tense == "past" and number > current:
            year -= 1
        elif tense == "future" and number < current:
            year += 1
    return Resolved("DATE", f"{year}-{code}", anchor)
