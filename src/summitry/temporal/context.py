"""Shared state of the anchoring rules: the date in focus, the reference day, tense, word lookups.

Reads: the publication date, the focus the text has built so far, and the
lexicon. Adds: nothing itself; `absolute.py`, `relative.py` and `clock.py`
use these helpers to turn one `Candidate` into a TimeML value.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .expressions import Candidate, load_lexicon
from .tense import find_tense
from .values import add_months, day_value, month_value, quarter_of, week_value

PAST_WORDS = {"last", "past", "previous", "preceding", "prior"}


NEXT_WORDS = {"next", "coming", "following", "upcoming"}


ANAPHORIC_WITH_THE = {"following", "previous", "preceding", "prior", "same", "next"}


PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}


@dataclass
class Focus:
    """The date in focus: the last calendar date the text resolved, as a day and a precision."""

    day: date | None = None
    precision: str = "unknown"
    end: int = -1  # where the expression that set it ends in the text
    last_day: date | None = None  # the last date resolved to a day ("Friday", not a later "in March")
    end_day: date | None = None  # the last day of a range in focus ("July 11 and 12"), which "after" counts from


@dataclass
class Context:
    text: str
    published: date | None
    doc: object
    focus: Focus


@dataclass(frozen=True)
class Resolved:
    kind: str
    value: str
    anchor: str


UNIT_CODES = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "weekend": ("WE", False), "fortnight": ("W", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}


def duration_value(amount: float | None, unit: str) -> str:
    """The TimeML duration of `amount` units: (3, "year") -> "P3Y", (2, "hour") -> "PT2H", (None, "month") -> "PXM"."""
    code, clock = UNIT_CODES[unit]
    if unit == "fortnight":
        amount = None if amount is None else amount * 2
    if unit in ("quarter", "decade", "century"):
        factor = {"quarter": 3, "decade": 10, "century": 100}[unit]
        code, amount = ("M" if unit == "quarter" else "Y"), None if amount is None else amount * factor
    number = "X" if amount is None else (str(int(amount)) if float(amount).is_integer() else f"{amount:g}")
    return f"PT{number}{code}" if clock else f"P{number}{code}"


def unit_name(word: str) -> str:
    """The singular unit a word names: "Days" -> "day", "centuries" -> "century"."""
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def number_of(word: str | None) -> float | None:
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


def month_number(word: str) -> int:
    return load_lexicon().months[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return load_lexicon().weekdays[word.lower().rstrip(".")]


def tense_of(candidate: Candidate, context: Context) -> str | None:
    return find_tense(context.text, candidate.start, candidate.end, context.doc)


def reference_day(context: Context, needs: str = "day") -> tuple[date | None, str]:
    """The day relative expressions count from and what it is: publication, else the focus."""
    if context.published is not None:
        return context.published, "publication"
    if context.focus.day is not None and covers(context.focus.precision, needs):
        return context.focus.day, "focus"
    return None, "publication"


def focus_reference_day(context: Context, needs: str) -> tuple[date | None, str]:
    """The day anaphoric expressions count from: the focus when precise enough, else publication."""
    if context.focus.day is not None and covers(context.focus.precision, needs):
        return context.focus.day, "focus"
    return context.published, "publication"


def day_in_focus(context: Context) -> tuple[date | None, str]:
    """The day "the day" means: the last day the text named, else the publication date.

    "posted gains on Friday ... jobs in March ... ending the day at 8,017": Friday.
    """
    if context.focus.last_day is not None:
        return context.focus.last_day, "focus"
    return context.published, "publication"


_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5, "century": 6}


def covers(precision: str, needs: str) -> bool:
    return _RANK.get(precision, 9) <= _RANK.get(needs, 9)


def shift_value(reference: date, unit: str, step: int) -> str:
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


X_SHAPES = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
             "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX"}
