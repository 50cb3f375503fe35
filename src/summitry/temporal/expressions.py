"""Finding time expressions in text: the first half of the temporal stage.

Reads: plain text. Adds: `Candidate` spans (char offsets, the rule that
matched, and the parts it captured: year, month, weekday, unit, ...), not yet
normalised; `anchor.py` turns them into TimeML values. The words (month and
weekday names, seasons, number words, modifiers) live in `data/lexicon.json`;
the patterns below are a small grammar over those word lists, compiled once
at first use. Overlapping matches are settled longest-first, so "late last
July" wins over "July" and "the past nine days" over "the past".
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.json"


@dataclass(frozen=True)
class Candidate:
    """A span the grammar matched: offsets, the rule's name and its captured parts."""

    start: int
    end: int
    rule: str
    parts: dict = field(default_factory=dict, hash=False, compare=False)


class Lexicon:
    """The word lists of `data/lexicon.json`, with lower-cased lookups (built once: they are asked for per token)."""

    def __init__(self, raw: dict):
        self.raw = raw
        self.months: dict[str, int] = {name.lower(): number for name, number in raw["months"].items()}
        self.weekdays: dict[str, int] = {name.lower(): number for name, number in raw["weekdays"].items()}

    def __getitem__(self, key: str):
        return self.raw[key]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The tagger's word lists, read once."""
    with LEXICON_PATH.open(encoding="utf-8") as handle:
        return Lexicon(json.load(handle))


def _alternation(words, *, capitalised: bool = False, dotted: bool = False) -> str:
    """A regex alternation, longest first; `capitalised` also accepts the ALL-CAPS form."""
    forms: set[str] = set()
    for word in words:
        forms.add(word)
        if capitalised:
            forms.add(word.upper())
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        escaped = re.escape(form).replace(r"\ ", r"\s+")
        if dotted and len(form) <= 5 and form.lower() not in ("may", "june", "july", "march", "april"):
            escaped += r"\.?"
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


def _ci(words) -> str:
    """A case-insensitive alternation of lexicon words."""
    return "(?i:" + _alternation(words) + ")"


@dataclass(frozen=True)
class Grammar:
    """The compiled rules in priority order (each with the trigger classes it needs), and the trigger words."""

    rules: tuple[tuple[str, re.Pattern, frozenset[str]], ...]
    lexicon: Lexicon
    triggers: dict[str, frozenset[str]]


# Which kinds of trigger word each rule needs at least one of; a rule runs
# only in windows holding one. "digit" is any number.
_RULE_TRIGGERS = {
    "month_day": {"months"}, "day_month": {"months"}, "month_year": {"months"},
    "named": {"months", "seasons"}, "weekday": {"weekdays"},
    "deictic": {"deictic_days"}, "this_part": {"parts_of_day"}, "the_part": {"parts_of_day"}, "reference": {"references"}, "set_word": {"sets"},
    "century": {"units"}, "relative_unit": {"units", "parts_of_day"}, "mod_the_unit": {"units"},
    "same_period": {"units"}, "coming_window": {"units"}, "the_weekend": {"units"}, "the_day": {"units"}, "that_time": {"references"},
    "the_unit_offset": {"units"}, "offset": {"units"}, "hours_offset": {"extra"}, "duration": {"units"}, "whole_unit": {"units"},
    "running_unit": {"units"}, "week_of_month": {"months"}, "holiday": {"holidays"},
    "quarter": {"units", "extra"}, "q_code": {"extra"}, "noon": {"extra"}, "set": {"extra"},
}
_EXTRA_TRIGGERS = ("centuries", "noon", "midday", "midnight", "fiscal", "fy", "half", "every", "each",
                   "q1", "q2", "q3", "q4", "h1", "h2", "hours", "hrs", "minutes", "moments")
_NOT_TRIGGERS = {"the", "a", "an", "at", "in", "of", "this", "that", "last", "on", "very", "near", "from"}


def _trigger_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Trigger word -> the kinds it belongs to: every expression holds one of them, or a digit."""
    kinds: dict[str, set[str]] = {}
    for table in ("months", "weekdays", "seasons", "parts_of_day", "units", "references", "deictic_days", "sets"):
        for entry in lexicon[table]:
            for word in entry.lower().replace("-", " ").split():
                kinds.setdefault(word, set()).add(table)
    for holiday in lexicon["holidays"]:
        # "New Year's Day" is found around "year" and "day", not around every "new".
        for word in holiday.lower().replace("'s", "").split():
            if word != "new":
                kinds.setdefault(word, set()).add("holidays")
    for unit in lexicon["units"]:
        kinds.setdefault(unit + "s", set()).add("units")
    kinds.setdefault("centuries", set()).add("units")
    for word in _EXTRA_TRIGGERS:
        kinds.setdefault(word, set()).add("extra")
    return {word: frozenset(found) for word, found in kinds.items() if word not in _NOT_TRIGGERS}


@lru_cache(maxsize=1)
def load_grammar() -> Grammar:
    """Compile every rule from the lexicon, once."""
    lexicon = load_lexicon()
    month = _alternation(lexicon["months"], capitalised=True, dotted=True)
    longest: dict[int, str] = {}
    for name, number in lexicon["months"].items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    full_month = _alternation(longest.values(), capitalised=True)
    weekday = _alternation(lexicon["weekdays"], capitalised=True, dotted=True)
    full_weekday = _alternation([w for w in lexicon["weekdays"] if w.endswith("day")], capitalised=True)
    season = "(?i:" + _alternation(lexicon["seasons"]) + ")"
    # Either apostrophe: "New Year's Day", "New Year’s Day".
    holiday = _alternation({form for name in lexicon["holidays"] for form in (name, name.replace("'", "\u2019"))}, capitalised=True)
    number = (
        r"(?:\d+(?:\.\d+)?|(?i:(?:twenty|thirty|forty|fifty|sixty)-(?:one|two|three|four|five|six|seven|eight|nine))|"
        + _ci(lexicon["numbers"])
        + ")"
    )
    ordinal = _ci(lexicon["ordinals"])
    part = _ci(lexicon["parts_of_day"])
    zone = _alternation(lexicon["time_zones"])
    modifier = _ci(lexicon["modifiers"])
    relative = _ci([w for w in lexicon["relative_words"]])
    ago = _ci(lexicon["ago_words"])
    blockers = _ci(lexicon["year_blockers"])
    references = _ci(lexicon["references"])
    deictic = _ci([w for w in lexicon["deictic_days"] if w not in ("this", "last")])
    sets = _ci(lexicon["sets"])
    unit_words = r"(?i:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centuries|century)"
    rel_units = r"(?i:fiscal\s+year|financial\s+year|weekend|week|month|year|quarter|decade|century|day|morning|afternoon|evening|night)"

    day = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
    day2 = r"(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
    year = r"(?P<year>1\d{3}|20\d{2})(?!\d|,\d)"  # not "16764.09", not "2,000"
    year2 = r"(?P<year2>1\d{3}|20\d{2}|\d{2})(?!\d)"
    mod = rf"(?:(?P<mod>{modifier})[\s-]+)?"
    range_link = r"\s*(?:-|–|—|(?i:to|through|until|till|and))\s*"
    year_guard = rf"(?!\s*(?:%|(?i:per\s*cent|percent))|\s+{blockers}\b)"
    leading = r"(?<![\w$£€#.,/:-])"
    # ("on 6 August last year"; "on April 24 of that year", "in May of the same year": the year in focus)
    relyear = r"\s+(?:(?i:of)\s+)?(?P<relyear>(?i:this|last|next|that|the\s+same))\s+(?i:year)\b"

    patterns = [
        # Dates with a day of month: "Wednesday, November 15", "Nov. 17 to 21, 2023".
        # (also "August 6 last year", "6 August next year")
        ("month_day", rf"(?:(?P<weekday>{weekday})\s*,?\s+(?:the\s+)?)?(?P<month>{month})\s+{day}"
                      rf"(?:{range_link}(?:(?P<month2>{month})\s+)?{day2})?(?:\s*,?\s*{year}|{relyear})?"),
        ("day_month", rf"(?:(?P<weekday>{weekday})\s*,?\s+)?(?:the\s+)?{day}"
                      rf"(?:{range_link}{day2})?\s+(?:of\s+)?(?P<month>{month})(?:\s*,?\s*{year}|{relyear})?"),
        ("iso_date", rf"{leading}(?P<year>\d{{4}})(?P<sep>[-/])(?P<mm>0[1-9]|1[0-2])(?P=sep)(?P<dd>0[1-9]|[12]\d|3[01])"
                     rf"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d))?(?![\d/])"),
        # "12/03/2023", "25/11/2023", "5.6.2024": month or day first, decided when resolved.
        ("numeric_date", rf"{leading}(?P<first>3[01]|[12]\d|0?[1-9])(?P<nsep>[/.])(?P<second>3[01]|[12]\d|0?[1-9])(?P=nsep)"
                         rf"(?P<yy>\d{{4}}|(?<=/\d/)\d{{2}}|(?<=/\d\d/)\d{{2}})(?![\d/]|\.\d)"),
        ("month_year", rf"{mod}(?P<month>{month})(?:\s+of)?\s*,?\s+{year}"),
        ("year_range", rf"(?P<link>(?i:between|from))\s+(?P<core>{year}{range_link}{year2})"),
        ("year_span", rf"(?<![\w$£€#.,/:-]){year}[-–](?P<year2>1\d{{3}}|20\d{{2}}|\d{{2}})(?![\d%-])"),
        ("year", rf"(?<![\w$£€#.,/:]){mod}(?:(?P<fiscal>(?i:fiscal(?:\s+year)?|FY))\s*)?{year}{year_guard}"),
        ("short_year", r"(?:(?P<fiscal>(?i:fiscal(?:\s+year)?|FY))\s*|')(?P<yy>\d{2})(?![\d%])"),
        ("decade", rf"(?:(?i:the)\s+)?{mod}(?:(?P<decade>1\d{{2}}0|20\d0)'?s|'(?P<decade2>\d0)s)\b"),
        ("short_decade", r"(?<![\w$£€.,'])(?P<decade2>[1-9]0)s\b"),
        ("century", rf"(?:(?i:the)\s+)?{mod}(?P<ordinal>{ordinal})[\s-]+(?i:century)"),
        ("named", rf"{mod}(?:(?P<rel>{relative})\s+)?(?:(?P<month>{full_month})|(?P<season>{season}))"
                  rf"(?:\s+(?:of\s+)?(?:{year}|(?P<relyear>(?i:this|last|next|that|the\s+same))\s+(?i:year)))?(?![\w-])(?!\s+(?i:time\b|school|camp|games|olympics|palace))"),
        ("relative_unit", rf"{mod}(?:(?P<the>(?i:the))\s+)?(?P<rel>{relative})(?:\s+(?P<rel2>(?i:past|coming)))?\s+(?P<unit>{rel_units})\b"),
        ("mod_the_unit", rf"(?P<mod>{modifier})\s+(?:(?i:in)\s+)?(?:(?i:the)\s+)?(?P<unit>(?i:year|month|week|day|decade|century))\b"),
        # (with the day of the month in brackets, as Brazilian copy writes it: "on Saturday (8)")
        ("weekday", rf"(?:(?P<rel>{relative})\s+)?(?P<weekday>{full_weekday})(?:\s+(?P<part>{part}))?\b(?:\s?\((?P<dom>\d{{1,2}})\))?"),
        ("deictic", rf"\b(?P<word>{deictic})(?:\s+(?P<part>{part}))?\b"),
        ("this_part", rf"\b(?P<word>(?i:this|last))\s+(?P<part>{part})\b"),
        # "In the afternoon, he held talks with ...": a part of the day in focus (not "the morning of May 3").
        ("the_part", rf"(?:(?<=\b[Ii]n\s)|(?<=\b[Oo]n\s)|(?<=\b[Dd]uring\s))(?i:the)\s+(?P<part>{part})\b(?!\s+(?i:of|after|before|when|that)\b)"),
        ("reference", rf"\b(?P<word>{references})\b"),
        ("offset", rf"\b(?P<n>{number})[\s-]+(?P<unit>{unit_words})\s+(?P<direction>{ago})\b"),
        # "hours later", "a few minutes earlier": the day in focus (WikiWars annotates "Hours later" so).
        ("hours_offset", r"\b(?:(?i:a\s+few|several|a\s+couple\s+of|some|just)\s+)?(?i:hours|minutes|moments)\s+(?i:earlier|later)\b(?!\s+(?i:than)\b)"),
        ("same_period", r"\b(?i:the)\s+(?i:same)\s+(?P<unit>(?i:period|month|quarter|week|day|time|season))"
                        r"(?:\s+(?i:of))?\s+(?P<back>(?i:last\s+year|a\s+year\s+(?:ago|earlier|before)|(?:the\s+)?(?:previous|last|prior)\s+year))\b"),
        # "in the coming days", "over the next few months", "in the weeks ahead": a vague stretch to come
        # (TimeML: a DURATION "PXM", as TempEval-3 annotates "the next few months").
        ("coming_window", r"\b(?i:the)\s+(?:(?i:coming|next\s+few|next\s+several|next\s+couple\s+of)\s+(?P<unit>(?i:days|weeks|months))"
                          r"|(?P<unit2>(?i:days|weeks|months))\s+(?i:ahead))\b"),
        ("the_weekend", r"\b(?i:the)\s+(?i:weekend)\b"),
        ("that_time", r"\b(?i:that)\s+(?i:time)\b"),
        # (not "on the day Russia invaded Ukraine": a day the clause after it dates)
        ("the_day", r"\b(?P<word>(?i:the|that))\s+(?i:day)\b(?!\s+(?i:before|after|of|when|that|which|in|to|for|and)\b)(?!\s+[A-Z])"),
        ("the_unit_offset", r"\b(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<direction>(?i:before|after|previous|prior|earlier))\b(?!\s+\w+ing\b)(?!\s+(?i:to|than)\b)"),
        ("whole_unit", r"\b(?i:the)\s+(?i:entire|whole|full)\s+(?P<unit>(?i:day|week|month|year))\b(?![\s-]+(?i:of)\b)"),
        # "for a second consecutive day", "gains for fourth week in a row": the current unit.
        ("running_unit", rf"(?:(?i:a|the)\s+)?(?P<ordinal>{ordinal})\s+(?:(?P<run>(?i:consecutive|straight|successive))\s+)?"
                         r"(?P<unit>(?i:day|week|month|year|quarter|session))(?P<row>\s+(?i:in\s+a\s+row|running))?\b"),
        # "on New Year's Day", "Christmas Eve 2019": days named by the calendar, not by a number.
        ("holiday", rf"(?P<holiday>{holiday})(?:\s*,?\s*{year})?\b"),
        ("week_of_month", rf"\b(?i:the)\s+(?P<ordinal>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+(?i:of)\s+(?P<month>{full_month})(?:\s*,?\s*{year})?\b"),
        ("quarter", rf"(?:(?i:the)\s+)?(?P<qordinal>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))[\s-]+(?P<qunit>(?i:quarter|half))"
                    rf"(?:\s+(?:of\s+)?(?:(?P<rel>(?i:this|last|next))\s+(?i:year)|(?i:fiscal\s+)?{year}))?\b"),
        ("q_code", rf"\b(?P<qunit>[QH])(?P<qnumber>[1-4])(?:\s*(?:of\s+)?{year}|-(?P<yy>\d{{2}}))?\b"),
        ("clock", rf"\b(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d)|(?=\s*(?i:[ap]\.?m)\b))\s*(?P<ampm>(?i:[ap]\.?m\.?))?(?:\s*\(?(?P<zone>{zone})\b\)?)?"
                  rf"(?:\s*,?\s*(?:(?i:on)\s+)?(?:(?P<weekday>{full_weekday})|(?P<word>(?i:today|yesterday|tomorrow))))?"),
        ("military", r"\b(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?P<zone>UTC|GMT|Z|(?i:hours|hrs))\b"),
        ("noon", rf"\b(?P<word>(?i:noon|midday|midnight))(?:\s+(?:(?P<weekday>{full_weekday})|(?P<day_word>(?i:today|yesterday|tomorrow))))?\b"),
        ("duration", rf"(?:(?P<the>(?i:the))\s+(?P<rel>(?i:past|last|next|coming|first|previous|following))\s+)?\b(?P<n>{number})[\s-]+(?P<unit>{unit_words})(?P<half>\s+and\s+a\s+half)?\b"),
        ("set", rf"\b(?P<every>(?i:every|each))\s+(?:(?P<n>{number})\s+)?(?:(?P<unit>{unit_words})|(?P<weekday>{full_weekday}))\b"),
        ("set_word", rf"\b(?P<word>{sets})\b"),
    ]
    # Every rule starts at the start of a word (or at an apostrophe: "'80s");
    # saying so up front lets the regex engine skip the inside of words, which
    # made the tagger about five times faster on news text.
    # An expression never runs across a line break: titles, datelines and
    # paragraphs each end a line ("...until Friday\nSeptember 18, 2008").
    compiled = tuple(
        (name, re.compile(r"(?:\b(?=\w)|(?='))" + _same_line(pattern)), frozenset(_RULE_TRIGGERS.get(name, {"digit"})))
        for name, pattern in patterns
    )
    return Grammar(compiled, lexicon, _trigger_words(lexicon))


_TOKEN = re.compile(r"[A-Za-z]+\d?|\d+")
_THAN = re.compile(r"\s+than\b")
# Rules run only in windows around trigger words (digits, month and weekday
# names, units, ...). Expressions grow leftwards from their trigger more than
# rightwards ("the very beginning of the financial year", 41 characters, vs
# "two months after"); 40/20 kept every TE3 and MEANTIME match of the
# unwindowed tagger and halves the text the rules scan. Touching windows merge.
WINDOW_LEFT = 40
WINDOW_RIGHT = 20


def _windows(text: str, triggers: dict[str, frozenset[str]]) -> list[tuple[int, int, set[str]]]:
    """Stretches of text around trigger words, each with the kinds of trigger it holds."""
    windows: list[tuple[int, int, set[str]]] = []
    for token in _TOKEN.finditer(text):
        word = token.group()
        kinds = _DIGIT if word[0].isdigit() else triggers.get(word.lower())
        if not kinds:
            continue
        start, end = max(0, token.start() - WINDOW_LEFT), min(len(text), token.end() + WINDOW_RIGHT)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end, windows[-1][2] | kinds)
        else:
            windows.append((start, end, set(kinds)))
    return windows


_DIGIT = frozenset({"digit"})


def _same_line(pattern: str) -> str:
    """`pattern` with every \\s narrowed to spaces and tabs (inside and outside [...] classes)."""
    out, inside, index = [], False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            pair = pattern[index:index + 2]
            out.append((r" \t\xa0" if inside else r"[ \t\xa0]") if pair == r"\s" else pair)
            index += 2
            continue
        if char == "[" and not inside:
            inside = True
        elif char == "]" and inside:
            inside = False
        out.append(char)
        index += 1
    return "".join(out)


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 20):start])
    return match.group(1).lower() if match else ""


def _accept(text: str, rule: str, match: re.Match, lexicon: Lexicon) -> bool:
    """Guards the grammar cannot say: "May" the modal, "spring" the verb, "a" as a number."""
    parts = match.groupdict()
    if rule == "named":
        word = parts.get("month") or parts.get("season") or ""
        bare = not (parts.get("rel") or parts.get("mod") or parts.get("year"))
        if bare and parts.get("month") and word in lexicon["ambiguous_months"]:
            return _previous_word(text, match.start()) in lexicon["month_context_before"]
        if bare and parts.get("season") and word.lower() in lexicon["ambiguous_seasons"]:
            return _previous_word(text, match.start()) in lexicon["season_context_before"]
        if parts.get("rel") and parts["rel"].lower() not in lexicon["name_relative_words"]:
            return False
    if rule == "weekday" and parts.get("rel") and parts["rel"].lower() not in lexicon["name_relative_words"]:
        return False
    if rule == "relative_unit":
        rel = parts["rel"].lower()
        unit = parts["unit"].lower()
        # "next day" without "the" is headline-speak for the following day, too rare to risk.
        if unit in ("day", "morning", "afternoon", "evening", "night") and not (parts.get("the") or rel == "that"):
            return rel == "same"  # "that same day"
        if rel == "present" or (rel == "same" and not parts.get("the")):
            return False
    if rule == "year" and not parts.get("mod") and not parts.get("fiscal"):
        value = int(parts["year"])
        if not 1500 <= value <= 2099:
            return False
        # Before 1800 a bare four-digit number is a count ("1676 points") more
        # often than a year, unless a preposition or "the" introduces it.
        if value < 1800 and _previous_word(text, match.start()) not in lexicon["month_context_before"]:
            return False
    if rule == "clock" and not (parts.get("ampm") or parts.get("zone")):
        # "3:07" is a score or a ratio as often as a time; a bare clock needs two hour digits ("15:00").
        if not parts.get("minute") or len(parts["hour"]) < 2:
            return False
    if rule == "offset":
        if parts["unit"].lower().startswith(("hour", "minute", "second")):
            return False
        # "a month earlier than usual" compares; it does not point at a date.
        if parts["direction"].lower() in ("earlier", "later") and _THAN.match(text, match.end()):
            return False
    if rule == "the_day" and parts["word"].lower() == "the":
        # "ended the day at 8,017", "for the day": market reports; elsewhere "the day" is rarely a date.
        return _previous_word(text, match.start()) in lexicon["the_day_context"]
    if rule == "running_unit" and not (parts.get("run") or parts.get("row")):
        return False
    if rule == "short_decade" and _previous_word(text, match.start()) not in lexicon["decade_context_before"]:
        return False  # "in their 80s" is an age
    if rule == "duration" and parts["n"].lower() in ("some", "many") and not parts.get("the"):
        return False
    if rule == "short_year" and not parts.get("fiscal"):
        return _previous_word(text, match.start()) in lexicon["short_year_context_before"]
    return True


def find_candidates(text: str) -> list[Candidate]:
    """Every time-expression span in `text`, non-overlapping, in text order."""
    grammar = load_grammar()
    found: list[tuple[int, int, int, str, dict]] = []
    windows = _windows(text, grammar.triggers)
    for priority, (rule, pattern, needs) in enumerate(grammar.rules):
        for match in (m for lo, hi, kinds in windows if not needs.isdisjoint(kinds) for m in pattern.finditer(text, lo, hi)):
            if not _accept(text, rule, match, grammar.lexicon):
                continue
            start, end = match.span("core") if "core" in pattern.groupindex else match.span()
            text_span = text[start:end]
            stripped = text_span.rstrip(" ,.-")
            if text_span.endswith(".") and re.search(r"\b[A-Z][a-z]{2,3}\.$", text_span):
                stripped = text_span
            end = start + len(stripped)
            if end > start:
                found.append((start, end, priority, rule, match.groupdict()))
    found.sort(key=lambda item: (-(item[1] - item[0]), item[2], item[0]))
    taken = bytearray(len(text) + 1)
    chosen: list[Candidate] = []
    for start, end, _priority, rule, parts in found:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(Candidate(start, end, rule, parts))
    chosen.sort(key=lambda candidate: candidate.start)
    return chosen
