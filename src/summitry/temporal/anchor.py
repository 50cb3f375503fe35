"""Normalising time expressions: the second half of the temporal stage.

Reads: `Candidate` spans from `expressions.py`, the publication date, and
(optionally) a spaCy Doc for tense. Adds: `TimeExpression` records with a
TimeML value, precision, calendar date(s) and what they were anchored on.

Deictic expressions ("last week", "Wednesday", "two years ago") anchor on
the publication date; anaphoric ones ("the following day", "later that
year", "two months after", "that September") on the date in focus, which is
the last date the text resolved. Without a publication date, relative
expressions keep X's in their value (TimeML's "XXXX-WXX-3") and no date,
except that a narrative with dates in focus still resolves month names and
weekdays against them.

Choice recorded for issue 3: "N units ago" takes the value at the unit's
granularity, as TempEval-3 annotates it ("four years ago" -> "2009",
"two months ago" -> "2013-01"), except weeks, which MEANTIME gives as a day
("a week ago" -> "2011-03-11"); its `date` is the calendar form of that value.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..model import TimeExpression
from .expressions import Candidate, load_lexicon
from .tense import find_tense
from .values import (
    SEASON_ORDER,
    add_months,
    add_to_day,
    calendar_form,
    day_value,
    month_value,
    quarter_of,
    season_of,
    week_value,
    weekday_date,
)

_PAST_WORDS = {"last", "past", "previous", "preceding", "prior"}
_NEXT_WORDS = {"next", "coming", "following", "upcoming"}
_ANAPHORIC_WITH_THE = {"following", "previous", "preceding", "prior", "same", "next"}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
_UNIT_CODES = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "weekend": ("WE", False), "fortnight": ("W", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}


@dataclass
class _Focus:
    """The date in focus: the last calendar date the text resolved, as a day and a precision."""

    day: date | None = None
    precision: str = "unknown"


@dataclass
class _Context:
    text: str
    published: date | None
    doc: object
    focus: _Focus


@dataclass(frozen=True)
class _Resolved:
    kind: str
    value: str
    anchor: str


def _unit_name(word: str) -> str:
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") and word not in ("hours",) or word == "hours" else word


def _number(word: str | None) -> float | None:
    if not word:
        return 1
    word = " ".join(word.lower().split())
    numbers = load_lexicon()["numbers"]
    if word in numbers:
        value = numbers[word]
        return None if value == "X" else value
    if "-" in word:
        tens, ones = word.split("-", 1)
        if tens in numbers and ones in numbers:
            return numbers[tens] + numbers[ones]
    try:
        return float(word)
    except ValueError:
        return None


def _month(word: str) -> int:
    return load_lexicon().months[word.lower().rstrip(".")]


def _weekday(word: str) -> int:
    return load_lexicon().weekdays[word.lower().rstrip(".")]


def _tense(candidate: Candidate, context: _Context) -> str | None:
    return find_tense(context.text, candidate.start, candidate.end, context.doc)


def _reference(context: _Context, needs: str = "day") -> tuple[date | None, str]:
    """The day relative expressions count from and what it is: publication, else the focus."""
    if context.published is not None:
        return context.published, "publication"
    if context.focus.day is not None and _covers(context.focus.precision, needs):
        return context.focus.day, "focus"
    return None, "publication"


def _focus_reference(context: _Context, needs: str) -> tuple[date | None, str]:
    """The day anaphoric expressions count from: the focus when precise enough, else publication."""
    if context.focus.day is not None and _covers(context.focus.precision, needs):
        return context.focus.day, "focus"
    return context.published, "publication"


_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5, "century": 6}


def _covers(precision: str, needs: str) -> bool:
    return _RANK.get(precision, 9) <= _RANK.get(needs, 9)


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


def _absolute_day(year: int | None, month: int, day: int, candidate: Candidate, context: _Context) -> tuple[str, str]:
    if year is not None:
        return f"{year:04d}-{month:02d}-{day:02d}", "absolute"
    reference, anchor = _reference(context, "year")
    if reference is None:
        return f"XXXX-{month:02d}-{day:02d}", "publication"
    # A day without a year is the nearest such day to the reference, but the
    # tense may push it: "met on December 28" in a January report is last year.
    if anchor == "focus":
        return f"{_narrative_year(reference, month):04d}-{month:02d}-{day:02d}", anchor
    best_year = reference.year
    tense = _tense(candidate, context)
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
    return f"{best_year:04d}-{month:02d}-{day:02d}", anchor


def _resolve_month_day(candidate: Candidate, context: _Context) -> _Resolved | None:
    parts = candidate.parts
    month = _month(parts["month"])
    year = int(parts["year"]) if parts.get("year") else None
    day = int(parts["day"])
    if not _valid_day(year or 2000, month, day):
        return None
    value, anchor = _absolute_day(year, month, day, candidate, context)
    if parts.get("day2"):
        month2 = _month(parts["month2"]) if parts.get("month2") else month
        day2 = int(parts["day2"])
        if _valid_day(year or 2000, month2, day2):
            value = f"{value}/{value[:4]}-{month2:02d}-{day2:02d}"
    return _Resolved("DATE", value, anchor)


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _resolve_numeric_date(candidate: Candidate, context: _Context) -> _Resolved | None:
    parts = candidate.parts
    year = int(parts["year"]) if parts.get("year") else _full_year(parts["yy"], context.published)
    month, day = int(parts["mm"]), int(parts["dd"])
    if not _valid_day(year, month, day):
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if parts.get("hour"):
        return _Resolved("TIME", f"{value}T{parts['hour']}:{parts['minute']}", "absolute")
    return _Resolved("DATE", value, "absolute")


def _resolve_month_year(candidate: Candidate, context: _Context) -> _Resolved:
    return _Resolved("DATE", month_value(int(candidate.parts["year"]), _month(candidate.parts["month"])), "absolute")


def _resolve_year_range(candidate: Candidate, context: _Context) -> _Resolved | None:
    first = int(candidate.parts["year"])
    second_text = candidate.parts["year2"]
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first:
        return None
    return _Resolved("DATE", f"{first:04d}/{second:04d}", "absolute")


def _resolve_year(candidate: Candidate, context: _Context) -> _Resolved:
    year = candidate.parts["year"]
    if candidate.parts.get("fiscal"):
        return _Resolved("DATE", f"FY{year}", "absolute")
    return _Resolved("DATE", year, "absolute")


def _resolve_short_year(candidate: Candidate, context: _Context) -> _Resolved:
    year = _full_year(candidate.parts["yy"], context.published)
    prefix = "FY" if candidate.parts.get("fiscal") else ""
    return _Resolved("DATE", f"{prefix}{year}", "absolute")


def _resolve_decade(candidate: Candidate, context: _Context) -> _Resolved:
    parts = candidate.parts
    if parts.get("decade"):
        decade = parts["decade"]
        if decade.endswith("00"):
            return _Resolved("DATE", decade[:2], "absolute")
        return _Resolved("DATE", decade[:3], "absolute")
    return _Resolved("DATE", str(_full_year(parts["decade2"], context.published))[:3], "absolute")


def _resolve_century(candidate: Candidate, context: _Context) -> _Resolved | None:
    number = load_lexicon()["ordinals"].get(candidate.parts["ordinal"].lower())
    if not number:
        return None
    return _Resolved("DATE", f"{number - 1:02d}", "absolute")


def _season_step(year: int, code: str, step: int) -> tuple[int, str]:
    index = SEASON_ORDER.index(code) + step
    # SEASON_ORDER starts with winter, which TimeML files under the year it begins (December).
    year += index // 4
    return year, SEASON_ORDER[index % 4]


def _resolve_named(candidate: Candidate, context: _Context) -> _Resolved:
    parts = candidate.parts
    rel = (parts.get("rel") or "").lower()
    month = _month(parts["month"]) if parts.get("month") else None
    season = load_lexicon()["seasons"][parts["season"].lower()] if parts.get("season") else None
    if parts.get("year"):
        year = int(parts["year"])
        return _Resolved("DATE", month_value(year, month) if month else f"{year}-{season}", "absolute")
    if parts.get("relyear"):
        reference, anchor = _reference(context, "year")
        if reference is None:
            return _Resolved("DATE", f"XXXX-{month:02d}" if month else f"XXXX-{season}", anchor)
        year = reference.year + load_lexicon()["relative_words"][parts["relyear"].lower()]
        return _Resolved("DATE", month_value(year, month) if month else f"{year}-{season}", anchor)
    if rel == "that":
        reference, anchor = _focus_reference(context, "year")
    else:
        reference, anchor = _reference(context, "year")
    if reference is None:
        return _Resolved("DATE", f"XXXX-{month:02d}" if month else f"XXXX-{season}", anchor)
    if month:
        if rel in _PAST_WORDS:
            year = reference.year - 1 if month >= reference.month else reference.year
            # The brief's "last September" (published November) is the year before.
            year = reference.year - 1
        elif rel in _NEXT_WORDS:
            year = reference.year + 1 if month <= reference.month else reference.year
        elif rel in ("this", "that"):
            year = reference.year
        elif anchor == "focus":
            year = _narrative_year(reference, month)
        else:
            year = _year_for_month(reference, month, _tense(candidate, context))
        return _Resolved("DATE", month_value(year, month), anchor)
    current_year, current = season_of(reference)
    if rel in _PAST_WORDS or rel in _NEXT_WORDS:
        step = -1 if rel in _PAST_WORDS else 1
        year, code = current_year, current
        for _ in range(4):
            year, code = _season_step(year, code, step)
            if code == season:
                break
        return _Resolved("DATE", f"{year}-{season}", anchor)
    if season == current:
        return _Resolved("DATE", f"{current_year}-{season}", anchor)
    year = reference.year
    tense = _tense(candidate, context) if not rel else None
    order = SEASON_ORDER.index
    if tense == "past" and order(season) > order(current):
        year -= 1
    elif tense == "future" and order(season) < order(current):
        year += 1
    return _Resolved("DATE", f"{year}-{season}", anchor)


def _shift_value(reference: date, unit: str, step: int) -> str:
    """The TimeML value of the unit containing `reference`, moved `step` units."""
    if unit == "day":
        return day_value(reference + timedelta(days=step))
    if unit in ("week", "weekend"):
        value = week_value(reference + timedelta(weeks=step))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        return month_value(*add_months(reference.year, reference.month, step))
    if unit == "quarter":
        year, month = add_months(reference.year, 3 * quarter_of(reference) - 2, 3 * step)
        return f"{year}-Q{quarter_of(date(year, month, 1))}"
    if unit == "decade":
        return str(reference.year // 10 + step)
    if unit == "century":
        return f"{reference.year // 100 + step:02d}"
    return f"{reference.year + step:04d}"


_X_SHAPES = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
             "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX"}


def _resolve_relative_unit(candidate: Candidate, context: _Context) -> _Resolved | None:
    parts = candidate.parts
    rel = parts["rel"].lower()
    if parts.get("rel2"):
        rel = parts["rel2"].lower() if rel == "this" else rel
    words = load_lexicon()["relative_words"]
    step = words.get(rel, 0)
    unit_word = " ".join(parts["unit"].lower().split())
    part = _PARTS.get(unit_word)
    unit = "day" if part else ("year" if "year" in unit_word else unit_word)
    anaphoric = rel == "that" or (parts.get("the") and rel in _ANAPHORIC_WITH_THE and not (rel == "next" and unit != "day" and not part))
    needs = "day" if unit in ("day", "week", "weekend") else ("month" if unit in ("month", "quarter") else "year")
    if anaphoric:
        reference, anchor = _focus_reference(context, needs)
    else:
        reference, anchor = _reference(context, needs)
    if reference is None:
        return _Resolved("DATE", _X_SHAPES[unit], anchor)
    value = _shift_value(reference, unit, step)
    if part:
        return _Resolved("TIME", f"{value}T{part}", anchor)
    return _Resolved("DATE", value, anchor)


def _resolve_mod_the_unit(candidate: Candidate, context: _Context) -> _Resolved:
    unit = candidate.parts["unit"].lower()
    reference, anchor = _reference(context, "day" if unit in ("day", "week") else "year")
    if reference is None:
        return _Resolved("DATE", _X_SHAPES[unit], anchor)
    step = 0
    mod = load_lexicon()["modifiers"].get(" ".join(candidate.parts["mod"].lower().split()))
    # "sales recovered by the end of the year" in a March report: last year's end.
    if unit == "year" and mod == "END" and reference.month <= 6 and _tense(candidate, context) == "past":
        step = -1
    return _Resolved("DATE", _shift_value(reference, unit, step), anchor)


def _resolve_weekday(candidate: Candidate, context: _Context) -> _Resolved:
    parts = candidate.parts
    weekday = _weekday(parts["weekday"])
    rel = (parts.get("rel") or "").lower()
    if rel == "that":
        reference, anchor = _focus_reference(context, "week")
    else:
        reference, anchor = _reference(context, "day")
    if reference is None:
        value = f"XXXX-WXX-{weekday}"
    elif rel in ("last", "past"):
        value = day_value(weekday_date(reference - timedelta(days=1), weekday, -1))
    elif rel in ("next", "coming"):
        value = day_value(weekday_date(reference + timedelta(days=1), weekday, 1))
    elif rel == "this":
        value = day_value(weekday_date(reference, weekday, 0))
    else:
        direction = 1 if _tense(candidate, context) == "future" else -1
        value = day_value(weekday_date(reference, weekday, direction))
    if parts.get("part"):
        return _Resolved("TIME", f"{value}T{_PARTS[parts['part'].lower()]}", anchor)
    return _Resolved("DATE", value, anchor)


def _resolve_deictic(candidate: Candidate, context: _Context) -> _Resolved:
    word = " ".join(candidate.parts["word"].lower().split())
    offset = load_lexicon()["deictic_days"][word]
    part = _PARTS.get((candidate.parts.get("part") or "").lower())
    if word == "tonight":
        part = "NI"
    if context.published is None:
        value = "XXXX-XX-XX"
    else:
        value = day_value(context.published + timedelta(days=offset))
    if part:
        return _Resolved("TIME", f"{value}T{part}", "publication")
    return _Resolved("DATE", value, "publication")


def _resolve_this_part(candidate: Candidate, context: _Context) -> _Resolved:
    offset = -1 if candidate.parts["word"].lower() == "last" else 0
    part = _PARTS[candidate.parts["part"].lower()]
    if offset == -1 and part != "NI":
        return None
    value = "XXXX-XX-XX" if context.published is None else day_value(context.published + timedelta(days=offset))
    return _Resolved("TIME", f"{value}T{part}", "publication")


def _resolve_reference(candidate: Candidate, context: _Context) -> _Resolved:
    word = " ".join(candidate.parts["word"].lower().split())
    return _Resolved("DATE", load_lexicon()["references"][word], "publication")


def _resolve_offset(candidate: Candidate, context: _Context) -> _Resolved | None:
    parts = candidate.parts
    direction_word = " ".join(parts["direction"].lower().split())
    sign = load_lexicon()["ago_words"][direction_word]
    unit = _unit_name(parts["unit"])
    amount = _number(parts["n"])
    anaphoric = direction_word not in ("ago", "from now", "hence")
    if amount is None:
        return _Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "focus" if anaphoric else "publication")
    if unit in ("second", "minute", "hour"):
        unit, amount = "day", 0 if amount < 24 else amount // 24
    needs = {"day": "day", "week": "day", "weekend": "day", "fortnight": "day", "month": "month"}.get(unit, "year")
    reference, anchor = _focus_reference(context, needs) if anaphoric else _reference(context, needs)
    if reference is None:
        return _Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor)
    amount = int(round(amount)) * sign
    if unit == "day":
        return _Resolved("DATE", day_value(reference + timedelta(days=amount)), anchor)
    if unit in ("week", "fortnight"):
        weeks = amount * (2 if unit == "fortnight" else 1)
        return _Resolved("DATE", day_value(reference + timedelta(weeks=weeks)), anchor)
    if unit == "month":
        return _Resolved("DATE", month_value(*add_months(reference.year, reference.month, amount)), anchor)
    if unit == "quarter":
        return _Resolved("DATE", _shift_value(reference, "quarter", amount), anchor)
    years = amount * {"decade": 10, "century": 100}.get(unit, 1)
    return _Resolved("DATE", f"{reference.year + years:04d}", anchor)


def _resolve_same_period(candidate: Candidate, context: _Context) -> _Resolved:
    """ "the same period last year": the unit in focus (else the publication's), a year back."""
    unit = candidate.parts["unit"].lower()
    if context.focus.day is not None and unit in ("period", "time"):
        reference, anchor, precision = context.focus.day, "focus", context.focus.precision
    else:
        precision = {"month": "month", "quarter": "quarter", "week": "week", "day": "day", "season": "season"}.get(unit, "month")
        reference, anchor = _focus_reference(context, precision)
    if reference is None:
        return _Resolved("DATE", "XXXX", anchor)
    back = add_to_day(reference, "Y", -1)
    if precision == "day":
        return _Resolved("DATE", day_value(back), anchor)
    if precision == "week":
        return _Resolved("DATE", week_value(back), anchor)
    if precision == "quarter":
        return _Resolved("DATE", _shift_value(back, "quarter", 0), anchor)
    if precision == "year":
        return _Resolved("DATE", f"{back.year:04d}", anchor)
    return _Resolved("DATE", month_value(back.year, back.month), anchor)


def _resolve_the_weekend(candidate: Candidate, context: _Context) -> _Resolved:
    reference, anchor = _reference(context, "day")
    if reference is None:
        return _Resolved("DATE", "XXXX-WXX-WE", anchor)
    saturday = weekday_date(reference, 6, 1 if _tense(candidate, context) == "future" else -1)
    return _Resolved("DATE", week_value(saturday) + "-WE", anchor)


def _resolve_that_time(candidate: Candidate, context: _Context) -> _Resolved:
    if context.focus.day is None:
        return _Resolved("DATE", "PAST_REF", "focus")
    day, precision = context.focus.day, context.focus.precision
    value = {"day": day_value(day), "month": month_value(day.year, day.month), "week": week_value(day)}.get(precision, f"{day.year:04d}")
    return _Resolved("DATE", value, "focus")


def _resolve_the_day(candidate: Candidate, context: _Context) -> _Resolved:
    """ "the day" / "that day": the day in focus (MEANTIME's market reports: "closed up on the day")."""
    reference, anchor = _focus_reference(context, "day")
    if reference is None:
        return _Resolved("DATE", "XXXX-XX-XX", anchor)
    return _Resolved("DATE", day_value(reference), anchor)


def _resolve_the_unit_offset(candidate: Candidate, context: _Context) -> _Resolved:
    unit = candidate.parts["unit"].lower()
    sign = -1 if candidate.parts["direction"].lower() == "before" else 1
    reference, anchor = _focus_reference(context, "day" if unit in ("day", "week") else unit)
    if reference is None:
        return _Resolved("DATE", _X_SHAPES[unit], anchor)
    if unit == "day":
        return _Resolved("DATE", day_value(reference + timedelta(days=sign)), anchor)
    return _Resolved("DATE", _shift_value(reference, unit, sign), anchor)


def _resolve_quarter(candidate: Candidate, context: _Context) -> _Resolved | None:
    parts = candidate.parts
    half = (parts.get("qunit") or "quarter").lower() in ("half", "h")
    word = (parts.get("qordinal") or parts.get("qnumber") or "").lower()
    number = {"final": 2 if half else 4}.get(word) or load_lexicon()["ordinals"].get(word) or (int(word) if word.isdigit() else None)
    if word == "last" and not parts.get("year") and not parts.get("rel"):
        reference, anchor = _reference(context, "month")
        if reference is None:
            return _Resolved("DATE", "XXXX-QX", anchor)
        return _Resolved("DATE", _shift_value(reference, "quarter", -1), anchor)
    if word == "last":
        number = 2 if half else 4
    if not number or number > (2 if half else 4):
        return None
    code = f"H{number}" if half else f"Q{number}"
    if parts.get("year"):
        return _Resolved("DATE", f"{parts['year']}-{code}", "absolute")
    if parts.get("yy"):
        return _Resolved("DATE", f"{_full_year(parts['yy'], context.published)}-{code}", "absolute")
    reference, anchor = _reference(context, "year")
    if reference is None:
        return _Resolved("DATE", f"XXXX-{code}", anchor)
    year = reference.year
    rel = (parts.get("rel") or "").lower()
    if rel:
        year += load_lexicon()["relative_words"].get(rel, 0)
    else:
        current = (reference.month - 1) // 6 + 1 if half else quarter_of(reference)
        tense = _tense(candidate, context)
        if tense == "past" and number > current:
            year -= 1
        elif tense == "future" and number < current:
            year += 1
    return _Resolved("DATE", f"{year}-{code}", anchor)


def _clock_value(hour: int, minute: int, ampm: str | None, zone: str | None) -> str:
    if ampm:
        pm = ampm.lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    suffix = load_lexicon()["time_zones"].get(zone or "", "") if zone else ""
    return f"T{hour:02d}:{minute:02d}{suffix}"


def _day_for_time(candidate: Candidate, context: _Context) -> tuple[str, str]:
    parts = candidate.parts
    if parts.get("weekday"):
        resolved = _resolve_weekday(Candidate(candidate.start, candidate.end, "weekday", {"weekday": parts["weekday"]}), context)
        return resolved.value, resolved.anchor
    word = (parts.get("word") or parts.get("day_word") or "").lower()
    if word in ("today", "yesterday", "tomorrow"):
        offset = load_lexicon()["deictic_days"][word]
        if context.published is None:
            return "XXXX-XX-XX", "publication"
        return day_value(context.published + timedelta(days=offset)), "publication"
    reference, anchor = _focus_reference(context, "day")
    if reference is None:
        return "XXXX-XX-XX", anchor
    return day_value(reference), anchor


def _resolve_clock(candidate: Candidate, context: _Context) -> _Resolved | None:
    parts = candidate.parts
    zone = parts.get("zone")
    if zone and zone.lower() in ("hours", "hrs"):
        zone = None
    hour = int(parts["hour"])
    if parts.get("ampm") and not 1 <= hour <= 12:
        return None
    clock = _clock_value(hour, int(parts.get("minute") or 0), parts.get("ampm"), zone)
    day, anchor = _day_for_time(candidate, context)
    return _Resolved("TIME", day + clock, anchor)


def _resolve_noon(candidate: Candidate, context: _Context) -> _Resolved:
    word = candidate.parts["word"].lower()
    day, anchor = _day_for_time(Candidate(candidate.start, candidate.end, "noon", {**candidate.parts, "word": candidate.parts.get("day_word")}), context)
    return _Resolved("TIME", day + ("T24:00" if word == "midnight" else "T12:00"), anchor)


def _duration_value(amount: float | None, unit: str) -> str:
    code, clock = _UNIT_CODES[unit]
    if unit == "fortnight":
        amount = None if amount is None else amount * 2
    if unit in ("quarter", "decade", "century"):
        factor = {"quarter": 3, "decade": 10, "century": 100}[unit]
        code, amount = ("M" if unit == "quarter" else "Y"), None if amount is None else amount * factor
    number = "X" if amount is None else (str(int(amount)) if float(amount).is_integer() else f"{amount:g}")
    return f"PT{number}{code}" if clock else f"P{number}{code}"


def _resolve_duration(candidate: Candidate, context: _Context) -> _Resolved | None:
    parts = candidate.parts
    amount = _number(parts["n"])
    if amount is not None and parts.get("half"):
        amount += 0.5
    unit = _unit_name(parts["unit"])
    if unit not in _UNIT_CODES:
        return None
    return _Resolved("DURATION", _duration_value(amount, unit), "absolute")


def _resolve_set(candidate: Candidate, context: _Context) -> _Resolved | None:
    parts = candidate.parts
    if parts.get("weekday"):
        return _Resolved("SET", f"XXXX-WXX-{_weekday(parts['weekday'])}", "absolute")
    unit = _unit_name(parts["unit"])
    if unit not in _UNIT_CODES:
        return None
    return _Resolved("SET", _duration_value(_number(parts.get("n")), unit), "absolute")


def _resolve_set_word(candidate: Candidate, context: _Context) -> _Resolved:
    return _Resolved("SET", load_lexicon()["sets"][candidate.parts["word"].lower()], "absolute")


_RESOLVERS = {
    "month_day": _resolve_month_day, "day_month": _resolve_month_day,
    "iso_date": _resolve_numeric_date, "us_date": _resolve_numeric_date,
    "month_year": _resolve_month_year, "year_range": _resolve_year_range, "year_span": _resolve_year_range,
    "year": _resolve_year, "short_year": _resolve_short_year, "decade": _resolve_decade,
    "century": _resolve_century, "short_decade": _resolve_decade, "named": _resolve_named, "relative_unit": _resolve_relative_unit,
    "mod_the_unit": _resolve_mod_the_unit, "weekday": _resolve_weekday, "deictic": _resolve_deictic,
    "this_part": _resolve_this_part, "reference": _resolve_reference, "offset": _resolve_offset,
    "the_unit_offset": _resolve_the_unit_offset, "the_day": _resolve_the_day,
    "same_period": _resolve_same_period, "the_weekend": _resolve_the_weekend, "that_time": _resolve_that_time, "quarter": _resolve_quarter, "q_code": _resolve_quarter,
    "clock": _resolve_clock, "military": _resolve_clock, "noon": _resolve_noon,
    "duration": _resolve_duration, "set": _resolve_set, "set_word": _resolve_set_word,
}


def _focus_day(form_date: str) -> date:
    year, month, day = (form_date.split("-") + ["1", "1"])[:3]
    return date(int(year), int(month), int(day))


def anchor(candidates: list[Candidate], text: str, published: date | None, doc=None) -> list[TimeExpression]:
    """Normalise candidates in text order, moving the focus to each calendar date resolved."""
    context = _Context(text, published, doc, _Focus())
    expressions: list[TimeExpression] = []
    for candidate in candidates:
        resolved = _RESOLVERS[candidate.rule](candidate, context)
        if resolved is None:
            continue
        if resolved.kind in ("DATE", "TIME") and not resolved.value.endswith("_REF"):
            form = calendar_form(resolved.value)
        elif resolved.value == "PRESENT_REF" and published is not None:
            form = calendar_form(day_value(published))
        else:
            form = None
        precision = form.precision if form else "unknown"
        if form and form.date:
            try:
                context.focus = _Focus(_focus_day(form.date), precision)
            except ValueError:  # "February 29" put in a year without one; keep the old focus
                pass
        expressions.append(TimeExpression(
            text=text[candidate.start:candidate.end],
            start=candidate.start,
            end=candidate.end,
            kind=resolved.kind,
            value=resolved.value,
            precision=precision,
            date=form.date if form else None,
            date_end=form.date_end if form else None,
            anchor=resolved.anchor,
        ))
    return expressions
