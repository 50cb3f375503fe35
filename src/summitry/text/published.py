"""Stage `text.published`: find the article's publication date.

Reads: an `Article` (text as received, before boilerplate removal, because
copyright and date lines are boilerplate that still tells the date). Adds:
`published` and `published_source`, in this order of trust:

1. metadata: the date the input file states (kept as is), except a page's
   guessed date (1 January of a year, as HTML date extraction falls back to),
   which any evidence below outranks;
2. dateline: "WASHINGTON, Nov 10 (Reuters) -" with the year from the
   dateline itself, a full date elsewhere in the text (photo captions), or a
   copyright line;
3. page date line: a short line near the top or bottom that is mostly a date
   ("2024/11/16", "Published: 16 November 2024", "date 2024-11-18 Politics");
   when a page shows several, the earliest is the publication, later ones are
   updates or crawl dates;
4. URL: a date in the page address's path ("/2019/06/14/");
5. content: the latest full date the text reports in the past is a lower
   bound, the earliest one it announces for the future an upper bound, and a
   weekday the text calls "this Friday" pins the day inside that window.
   A month and day without a year ("March 21") takes its year from the
   copyright line, from full dates in the text, or from the offices the
   text gives people: "Chinese Foreign Minister Qin Gang" can only be
   written while Qin Gang held that office (terms held twice leave a gap;
   of several fitting years the one in which the month-days fall on the
   weekdays the text names, else the earliest not before a year it reports);
6. estimate: a page with no date at all but months ("In April he visited
   Doha") and office holders gets the start of the month after the months
   it reports, in a year those people held office together (the year of a
   summit it names in its host city, "the Apec summit in Da Nang", first);
   one naming someone "new" in an office and a weekday gets the day after
   that weekday's first coming in office. The source says it is an estimate.

A dateline without a year ("CARACAS, Nov 1 (Reuters) -") takes it from a
full date or copyright line in the text, else from the terms of the office
holders it names (the first year of the window that is not before any year
the text mentions: an estimate, and the source says so). Without any of
these the date stays unknown, and relative expressions stay unresolved
rather than being dated by a guess.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..model import Article
from ..temporal.context import number_of

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Full dates written out in running text or page lines.
_FULL_DATE = re.compile(
    rf"""\b(?:
        (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTHS}),?\s+(?P<y1>(?:19|20)\d\d)   # 16 November 2024
      | (?P<m2>{_MONTHS})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)          # November 16, 2024
      | (?P<y3>(?:19|20)\d\d)[-/.](?P<mo3>\d{{1,2}})[-/.](?P<d3>\d{{1,2}})                            # 2024/11/16
      | (?<![\d/.])(?P<a4>\d{{1,2}})(?P<s4>[/.])(?P<b4>\d{{1,2}})(?P=s4)(?P<y4>(?:19|20)\d\d)(?![\d/])  # 25/11/2023, 11/25/2023
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Month and day without a year ("November 17", "March 21").
_MONTH_DAY = re.compile(rf"\b(?P<m>{_MONTHS})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _foreign_months() -> dict[str, int]:
    """Month names of translated copy's datelines by their number (text/data/dateline_months.csv)."""
    from .candidates import table_rows

    return {name: int(number) for name, number, _language in table_rows("dateline_months.csv")}


# A dateline's month: English, or as translated copy leaves it ("Kinshasa, 5 mars 2023 (LPC) -").
_DATELINE_MONTHS = "(?:" + "|".join(
    [_MONTHS] + [re.escape(spelling) for name in sorted(_foreign_months(), key=len, reverse=True)
                 for spelling in (name, name.capitalize())]) + ")"
_DATELINE = re.compile(
    rf"""^[ \t]*(?P<place>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ž.'\- ]{{1,40}})(?:[ \t]*\([^()\n]{{1,30}}\))?,[ \t]*(?:[A-Z][A-Za-z.'\- ]{{1,30}},[ \t]*)?   # "ASMARA, Eritrea, July 8", "Bali (Indonesia), Nov 16"
         (?:[A-Z][a-z]+,[ \t]*)?                                  # optional weekday
         (?:(?P<day_first>\d{{1,2}})(?:st|nd|rd|th|\.)?[ \t]+(?:de[ \t]+)?)?   # "5 March 2023", "5 de marzo de 2023"
         (?P<month>{_DATELINE_MONTHS})(?(day_first)|[ \t]+(?P<day>\d{{1,2}}))
         (?:(?:,?[ \t]+(?:de[ \t]+)?|/)(?P<year>(?:19|20)\d\d))?                  # ", 2023", " de 2023", "/2018"
         [ \t]*(?:\((?P<agency>[^)]{{1,30}})\)[ \t]*(?:\.?[-–—:]+|\.-)?                # "(Reuters) -", "(ACN) Cuban President ..."
                |(?:,[ \t]*[A-Z]{{2,10}})?[ \t]*(?:\.?[-–—:]+|\.-))""",                       # ", GNA -", " -"
    re.VERBOSE | re.MULTILINE,
)
# "Copyright 2023 Reuters", "© 2000-2023 XINHUANET.com": the last year is the page's.
# ("(c) dpa GmbH, 2024": the owner's name may carry punctuation)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:[\w.,&-]+\s+){0,3}?((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\b", re.IGNORECASE)
_THIS_WEEKDAY = re.compile(r"\b(?:this|on|last|early|late)\s+(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_FUTURE_CUE = re.compile(r"\b(?:will|shall|is to|are to|set to|set for|scheduled|slated|planned for|expected to|plans? to|due to|upcoming|next)\b", re.IGNORECASE)
# Lines that announce the page's own date: "Published 2 November 2018", "Updated: ...".
# (the stamp may run on with a time and a byline: "Published on 09/07/2023 - 11:20 By Pedro Peduzzi - Reporter")
# (or stand after a byline's separators: "Written by News Service | Madrid | Updated: March 10, 2017 9:05 am")
# (each separator ends one stretch of the byline, so the pattern cannot backtrack over the spaces between)
_STAMP_LINE = re.compile(r"^(?:[^\n|·•]*[|·•])*?[ \t]*(?P<stamp>(?:published|posted|updated|last updated|first published|date)\b[ \t:,-]*(?:on[ \t]+)?([^\n]{6,40}))",
                         re.IGNORECASE | re.MULTILINE)

# Page date lines are short; a long line with a date in it is article prose.
MAX_DATE_LINE_CHARS = 60
# The share of a page date line its date takes up at least ("date 2024-11-18
# Politics" is 0.4; prose sentences with a date are well under a third).
DATE_LINE_SHARE = 0.4
# How many lines from the top and the bottom are searched for page date lines.
DATE_LINE_WINDOW = 12


@dataclass(frozen=True)
class _Found:
    day: date
    start: int
    text: str
    is_future: bool


# "WASHINGTON (UrduPoint News / Sputnik - 12th November, 2021)": an outlet and a date in brackets.
_BRACKET_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Za-z.'\- ]{1,40}[ \t]*\([^()\n]{1,60}?[-–—,][ \t]*[^()\n]{4,30}\d{4}\)", re.MULTILINE)


# "WASHINGTON (AP) —", "MANILA, Philippines –", "NAIROBI, (Reuters) -": a dateline without a date, the place in
# capitals at the start of a line, then a dash or colon before the first sentence.
_PLAIN_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\- ]{1,30}[A-ZÀ-ÖØ-Þ.])(?:,[ \t]*[A-Z][A-Za-z.'\- ]{1,30}?)?"
    r"(?:,?[ \t]*\([^()\n]{1,30}\))?[ \t]*[-–—:]+[ \t]+(?=[A-Z\"“‘'])",
    re.MULTILINE,
)
# "Tehran, IRNA --", "Nairobi, KNA -": a place in plain case, then an agency's initials in capitals and a dash.
_AGENCY_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÀ-ÖØ-Þ][a-zà-öø-ž]{2,20}(?:[ \t][A-ZÀ-ÖØ-Þ][a-zà-öø-ž]{2,20})?),[ \t]*[A-Z]{2,10}[ \t]*[-–—:]+[ \t]+(?=[A-Z\"“‘'])",
    re.MULTILINE,
)
# Datelines stand in the first lines of a report.
DATELINE_HEAD_CHARS = 3000


def dateless_dateline(text: str) -> re.Match | None:
    """The first dateline without a date ("WASHINGTON (AP) —", "Tehran, IRNA --") at the head of a report, or None."""
    head = text[:DATELINE_HEAD_CHARS]
    found = [match for match in (_PLAIN_DATELINE.search(head), _AGENCY_DATELINE.search(head)) if match is not None]
    return min(found, key=lambda match: match.start()) if found else None


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of datelines ("WASHINGTON, Nov 10 (Reuters) -"): their date is the report's, not an event's."""
    head = text[:3000]
    return [match.span() for match in _DATELINE.finditer(head)] + [match.span() for match in _BRACKET_DATELINE.finditer(head)]


# A dateline's day lies at most this many days before the publication day
# (wire copy republished a few days later keeps its dateline); a day further
# off, or after publication, is not this report's day.
DATELINE_REACH_DAYS = 7


def dateline_place(text: str) -> str | None:
    """The place a dateline names ("HAVANA, Dec 20 (ACN)" -> "HAVANA"), or None without one."""
    match = _DATELINE.search(text[:3000]) or dateless_dateline(text)
    return match.group("place").strip() if match else None


def _dateline_day_of(match: re.Match) -> str:
    """The day of the month a dateline match gives, written before its month or after it."""
    return match.group("day") or match.group("day_first")


def dateline_day(text: str, published: date | None) -> date | None:
    """The day a dateline gives ("HAVANA, Dec 20 (ACN)"), in the publication's year; None without one."""
    if published is None:
        return None
    match = _DATELINE.search(text[:3000])
    if not match:
        return None
    for year in (published.year, published.year - 1):
        day = _parse_day(_dateline_day_of(match), match.group("month"), match.group("year") or year)
        if day is not None and 0 <= (published - day).days <= DATELINE_REACH_DAYS:
            return day
    return None


def infer_published(article: Article, kb=None) -> Article:
    """The article with `published` and `published_source` filled in where they can be found.

    `kb` (the knowledge base) is optional; with it, the offices the text
    gives people narrow the possible years.
    """
    guessed = article.published_source == "guessed"
    if article.published is not None and not guessed:
        return replace(article, published_source="metadata")
    text = article.text
    explicit = _full_dates(text)
    copyright_year = _copyright_year(text)

    spans = office_spans(text, kb) if kb is not None else None
    window = (spans[0][0], spans[-1][1]) if spans else None
    found = _from_dateline(text, explicit, copyright_year, window, kb)
    held = just_held = frozenset()
    if found is None and kb is not None:  # (only the steps after the dateline ask for summits)
        held = summits_held_in_named_cities(text, kb)
        just_held = summits_held_in_named_cities(text, kb, recent=True)
    if found is None:
        found = _from_date_lines(text, explicit, just_held)
    if found is None:
        found = _from_url(article.url)
    if found is None:
        # A date the text's own announcements rule out (a page's "viewed on" line) is no evidence of its day.
        consistent = [f for f in explicit if f.is_future or not _contradicted(f.day, explicit, just_held)]
        # (its year no evidence either: blanked out of the text the content is read from)
        for ruled_out in (f for f in explicit if f not in consistent):
            text = text[:ruled_out.start] + " " * len(ruled_out.text) + text[ruled_out.start + len(ruled_out.text):]
        found = _from_content(text, consistent, copyright_year, spans, held if spans else frozenset())
    if found is None and spans:
        found = _from_months(text, explicit, spans, held)
    if found is None and kb is not None:
        found = _from_new_office(text, kb)
    if found is None:
        # A page's guessed date (1 January of a year) is kept only when the text offers nothing better.
        return article if guessed else replace(article, published_source="none")
    day, source = found
    return replace(article, published=day, published_source=source)


# "/2019/06/14/", "/2019-06-14/", "/20190614/" in a URL's path.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")


def _from_url(url: str | None):
    """The date a URL's path carries ("https://example.org/2019/06/14/story.html")."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3))), f"URL path {match.group(0)!r}"
    except ValueError:
        return None


# The months _MONTHS spells, by their first three letters.
_MONTH_NUMBERS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


def _parse_day(day: str, month: str, year: str | int) -> date | None:
    """The day of a day, a month as _MONTHS spells it and a year; None when there is no such day (31 June)."""
    number = _foreign_months().get(month.lower()) or _MONTH_NUMBERS.get(month.lower().rstrip(".")[:3])
    if number is not None and day.isdigit():
        # What dateparser gives for these spellings (tests/text/test_published.py checks it), without
        # its start-up: importing it and its first parse cost 0.15 s of CPU in every process.
        try:
            return date(int(year), number, int(day))
        except (TypeError, ValueError):  # no year, or no such day
            return None
    import dateparser

    parsed = dateparser.parse(f"{day} {month} {year}", languages=["en"], settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})
    return parsed.date() if parsed else None


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left:right]


def _numeric_day(first: int, second: int, year: int, text: str = "") -> date | None:
    """ "25/11/2023" or "11/25/2023": the day when only one order is a date; "05/11/2023" is 5 November
    or 11 May, and nothing on a page line tells which, so it is no evidence - unless the text pins a
    weekday to a day of the month that only one reading follows ("met on Saturday (8)")."""
    readings = []
    for month, day in ((first, second), (second, first)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    if len(set(readings)) == 1:
        return readings[0]
    fitting = [reading for reading in set(readings) if _follows_pinned_weekdays(reading, text)]
    return fitting[0] if len(fitting) == 1 else None


# "on Saturday (8)": a weekday with its day of the month in brackets, as Brazilian copy writes it.
_PINNED_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) ?\((\d{1,2})\)")


def _follows_pinned_weekdays(day: date, text: str) -> bool:
    """Whether every "Saturday (8)" the text gives falls in the week up to `day` (a report of those days)."""
    pins = [(_WEEKDAYS.index(match.group(1).lower()), int(match.group(2))) for match in _PINNED_WEEKDAY.finditer(text[:5000])]
    return bool(pins) and all(any((earlier := day - timedelta(days=back)).day == dom and earlier.weekday() == weekday
                                  for back in range(DATELINE_REACH_DAYS + 1)) for weekday, dom in pins)


def _full_dates(text: str, context: str | None = None) -> list[_Found]:
    """The full dates in `text` (a numeric one read by the weekdays `context`, the whole article, pins)."""
    found = []
    for match in _FULL_DATE.finditer(text):
        groups = match.groupdict()
        if groups["y3"]:
            try:
                day = date(int(groups["y3"]), int(groups["mo3"]), int(groups["d3"]))
            except ValueError:
                continue
        elif groups["y4"]:
            day = _numeric_day(int(groups["a4"]), int(groups["b4"]), int(groups["y4"]), context or text)
            if day is None:
                continue
        else:
            day = _parse_day(groups["d1"] or groups["d2"], groups["m1"] or groups["m2"], groups["y1"] or groups["y2"])
            if day is None:
                continue
        sentence = _sentence_around(text, match.start(), match.end())
        found.append(_Found(day, match.start(), match.group(0), bool(_FUTURE_CUE.search(sentence))))
    return found


def _copyright_year(text: str) -> int | None:
    years = [int(match.group(2) or match.group(1)) for match in _COPYRIGHT.finditer(text)]
    return max(years) if years else None


def _closest_year(month: str, day: str, explicit: list[_Found], copyright_year: int | None) -> int | None:
    """The year for a dateline's month-day: the first that is not before the latest full date the text
    reports as past, else the last that is not after the earliest one it announces."""
    past = [found.day for found in explicit if not found.is_future]
    future = [found.day for found in explicit if found.is_future]
    if past:
        anchor = max(past)
        for year in (anchor.year, anchor.year + 1):
            candidate = _parse_day(day, month, year)
            if candidate and candidate >= anchor:
                return year
        return anchor.year
    if future:
        anchor = min(future)
        for year in (anchor.year, anchor.year - 1):
            candidate = _parse_day(day, month, year)
            if candidate and candidate <= anchor:
                return year
        return anchor.year
    return copyright_year


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _summit_year(text: str, place: str, candidates: list[date], kb) -> int | None:
    if kb is None or len(candidates) < 2:
        return None
    try:
        summits = kb.summits()
        city = kb.resolve_place(place.strip().title())
    except Exception:  # noqa: BLE001 - a knowledge gap must not stop the date search
        return None
    named = {summit.series for summit in summits if summit.series.lower() in text.lower()}
    for day in candidates:
        for summit in summits:
            if summit.series in named and summit.start and city is not None and summit.city == city.city \
                    and abs((summit.start - day).days) <= SUMMIT_DATELINE_DAYS:
                return day.year
    return None


# A dateline day this close to a summit named in the text, in the same city, is that summit's year.
SUMMIT_DATELINE_DAYS = 7


def _from_dateline(text: str, explicit: list[_Found], copyright_year: int | None, window=None, kb=None):
    bracket = _BRACKET_DATELINE.search(text[:3000])
    if bracket:
        dates = _full_dates(bracket.group(0))
        if dates:
            return dates[0].day, f"dateline {bracket.group(0).strip()!r}"
    match = _DATELINE.search(text[:3000])
    if not match:
        return None
    year = match.group("year") or _closest_year(match.group("month"), match.group("day"), explicit, copyright_year)
    summit_year = None
    if year is None and window is not None:
        # "CARACAS, Nov 1 (Reuters)" and "Colombian President Gustavo Petro": the years of Petro's
        # term, not before any year the text itself mentions, that hold Nov 1 ...
        floor = max((int(y) for y in _YEAR.findall(text)), default=0)
        candidates = []
        for candidate in range(max(window[0].year, floor), window[1].year + 1):
            day = _parse_day(_dateline_day_of(match), match.group("month"), candidate)
            if day and window[0] <= day <= window[1]:
                candidates.append(day)
        # ... and among them the one in which a summit the text names was held in the dateline's
        # city within days ("ASTANA, July 3 (Xinhua)" and "the SCO summit": 2024); else the first.
        summit_year = _summit_year(text, match.group("place"), candidates, kb)
        candidates = _fitting_weekday(text[match.end():match.end() + LEAD_CHARS], candidates)
        year = summit_year or (candidates[0].year if candidates else None)
    if year is None:
        return None
    day = _parse_day(_dateline_day_of(match), match.group("month"), year)
    if day is None:
        return None
    how = ("in the dateline" if match.group("year") else "from a full date in the text" if explicit
           else "from the copyright line" if copyright_year else "from a summit it names held there then" if summit_year
           else "from the terms of the office holders it names")
    return day, f"dateline {match.group(0).strip()!r}, year {how}"


# How much of the story after a dateline is read for the weekday it reports ("held talks on Tuesday").
LEAD_CHARS = 400


def _fitting_weekday(lead: str, candidates: list[date]) -> list[date]:
    """The candidate days that best fit the weekday the lead reports.

    "Havana, Dec 20 (ACN) ... held official talks in Havana on Tuesday": of the
    years the people named held office, one in which Dec 20 was a Tuesday.
    For what was done, a weekday that is the dateline's day fits best and the
    day before next; for what will be ("will meet on Friday"), any day but
    the dateline's own fits. Without such a weekday the candidates stay as
    they were.
    """
    match = _THIS_WEEKDAY.search(lead)
    if not match or not candidates:
        return candidates
    named = _WEEKDAYS.index(match.group(1).lower())
    step = 1 if _FUTURE_CUE.search(_sentence_around(lead, match.start(), match.end())) else -1

    def fit(day: date) -> int:
        if step > 0:  # "will meet on Friday": a day still ahead, not the dateline's own
            return 1 if day.weekday() != named else 0
        return 2 if day.weekday() == named else 1 if (day - timedelta(days=1)).weekday() == named else 0

    best = max(fit(day) for day in candidates)
    return [day for day in candidates if fit(day) == best] if best else candidates


def _from_date_lines(text: str, explicit: Sequence[_Found] = (), held: frozenset[date] = frozenset()):
    lines = text.splitlines()
    window = lines[:DATE_LINE_WINDOW] + lines[-DATE_LINE_WINDOW:]
    # A "Published ..." line counts wherever the page furniture put it.
    window += [match.group("stamp") for match in _STAMP_LINE.finditer(text[:5000])]
    candidates = []
    for line in window:
        stripped = line.strip()
        if not stripped or len(stripped) > MAX_DATE_LINE_CHARS:
            continue
        dates = _full_dates(stripped, context=text)
        # A page date line is mostly its date ("2024/11/16", "Published: 16 November 2024");
        # "They met on March 14, 2023 in Paris." is a sentence that happens to be short.
        labelled = _STAMP_LINE.match(stripped) is not None
        if dates and (len(dates[0].text) >= DATE_LINE_SHARE * len(stripped) or labelled):
            if not labelled and _contradicted(dates[0].day, explicit, held):
                continue  # the day the page was viewed, not written: the text announces an earlier day
            candidates.append((dates[0].day, stripped))
    if not candidates:
        return None
    day, line = min(candidates)
    return day, f"page date line {line!r}"


# How far before a page date line a date the text announces as coming must lie to rule the line out
# (a sentence that mixes tenses may put a future cue next to a date just past).
CONTRADICTION_MARGIN_DAYS = 14


def _contradicted(day: date, explicit: Sequence[_Found], held: frozenset[date] = frozenset()) -> bool:
    """Whether the text rules out `day` as its publication: it announces as coming a date well before it,
    or it tells of a summit in its host city as just past, while `day` is after the last day it could
    still do so (`held`: "last month's meeting at the G7 summit in Hiroshima" on a page dated half a year
    later)."""
    if held and all(day > latest for latest in held):
        return True
    return any(found.is_future and found.day < day - timedelta(days=CONTRADICTION_MARGIN_DAYS) for found in explicit)



# A count of days or weeks after what a sentence dates: "came ten days after ... on November 5".
_DAYS_AFTER = re.compile(r"\b(\d{1,2}|[a-z]+) (days?|weeks?) after\b", re.IGNORECASE)
# How far after a month-day a future word may stand and still be about it ("On March 21, the leaders will meet").
FUTURE_CUE_AFTER_CHARS = 30


def _told_as_coming(text: str, match: re.Match) -> bool:
    """Whether a month-day is told as to come: a future word before it in its sentence, or just after it (not
    one in a later clause: "won the election on November 5, amid uncertainty over whether Washington will")."""
    start = _sentence_start(text, match.start())
    right = [i for i in (text.find(".", match.end()), text.find("\n", match.end())) if i != -1]
    end = min([match.end() + FUTURE_CUE_AFTER_CHARS, *right])
    return bool(_FUTURE_CUE.search(text[start:end]))


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts, as _sentence_around cuts sentences."""
    return max(text.rfind(".", 0, position), text.rfind("\n", 0, position)) + 1


def _from_content(text: str, explicit: list[_Found], copyright_year: int | None, spans: list[tuple[date, date]] | None = None,
                  summit_years: frozenset[date] = frozenset()):
    past = [found.day for found in explicit if not found.is_future]
    future = [found.day for found in explicit if found.is_future]
    matches = list(_MONTH_DAY.finditer(text))
    month_days = [(match.group("m"), match.group("d"), _told_as_coming(text, match)) for match in matches]
    year = _content_year(text, month_days, explicit, copyright_year, spans, summit_years)
    for match, (month, day_of_month, is_future) in zip(matches, month_days):
        day = _parse_day(day_of_month, month, year) if year is not None else None
        if day is not None:
            (future if is_future else past).append(day)
            # "The conversation came ten days after Trump won the election on November 5": the report's day
            counted = _DAYS_AFTER.search(text, _sentence_start(text, match.start()), match.start())
            days = number_of(counted.group(1)) if counted and not is_future else None
            if days and days == int(days):
                past.append(day + timedelta(days=int(days) * (7 if counted.group(2).lower().startswith("week") else 1)))
    lower = max(past) if past else None
    upper = min(future) - timedelta(days=1) if future else None
    if lower and upper and lower > upper:
        upper = None  # the text contradicts itself; trust what it reports as done
    weekday = _pinned_weekday(text)
    if upper is not None:
        day = upper
        if weekday is not None:
            day = upper - timedelta(days=(upper.weekday() - weekday) % 7)
        if lower is None or day >= lower:
            return day, "content: the day before the earliest date it announces" + (", on the weekday it names" if weekday is not None else "")
    if lower is not None:
        day = lower
        if weekday is not None:
            day = lower + timedelta(days=(weekday - lower.weekday()) % 7)
        return day, "content: the latest date it reports" + (", moved to the weekday it names" if weekday is not None else "")
    return None


# "in April", "In February": a month named alone.
_MONTH_ALONE = re.compile(rf"\b(?:in|In|since|Since|last|Last|early|late|mid-)\s+(?P<m>{_MONTHS})\b(?!\s*\d)")
_MONTH_NUMBERS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


def _from_months(text: str, explicit: list[_Found], spans: list[tuple[date, date]], summit_years: frozenset[date] = frozenset()):
    """An estimate for a page with no date at all, from the offices of the people it names and the months
    it reports ("In April he visited Doha"): the start of the month after the one from which all the months
    named lie closest back, in the years the people held their offices together (not before a year the
    text reports; the earliest on a tie), moved on to the weekday the text names."""
    months = {_MONTH_NUMBERS[match.group("m")[:3].lower()] for match in _MONTH_ALONE.finditer(text)
              if not _FUTURE_CUE.search(_sentence_around(text, match.start(), match.end()))}
    ends = [date(year + month // 12, month % 12 + 1, 1) for year in _candidate_years(text, explicit, spans, (), summit_years)
            for month in months]
    ends = [day for day in ends if _within(day, spans) and day <= date.today()]
    if not ends:
        return None

    def reach(day: date) -> int:
        # ("in January ... February ... April" and "in December", Assad's fall, read from May, not January)
        return max((day.month - month - 1) % 12 + 1 for month in months)

    day = min(ends, key=lambda day: (reach(day), day))
    # (a summit the text tells of, held that year, was before the report: "held talks at the Apec summit")
    day = max([day] + [start for start in summit_years if start.year == day.year and start <= date.today()])
    weekday = _pinned_weekday(text)
    if weekday is not None:
        day += timedelta(days=(weekday - day.weekday()) % 7)
    return day, "estimate: after the latest month it reports, in the years its office holders served together"


# "Britain's new Prime Minister Keir Starmer", "the newly elected president": an office just taken.
_NEW_IN_OFFICE = re.compile(r"\b(?:new|newly(?:[ -](?:elected|appointed|installed|sworn[ -]in))?|incoming)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _from_new_office(text: str, kb):
    """An estimate for a page with no date but a person "new" in an office and a weekday ("Lula and
    Britain's new Prime Minister Keir Starmer had their first telephone call Saturday"): the day after the
    first such weekday once that person took office."""
    named = {_WEEKDAYS.index(word.lower()) for word in re.findall(r"\b(" + "|".join(_WEEKDAYS) + r")\b", text, re.IGNORECASE)}
    if not named:
        return None
    today = date.today()
    for match in _TITLED_NAME.finditer(text):
        if not _NEW_IN_OFFICE.search(text[max(0, match.start() - 40):match.start()]):
            continue
        terms = _titled_terms(match, kb, today, set())
        starts = [start for start, _ in terms if start <= today]
        if not starts:
            continue
        day = max(starts)
        while day.weekday() not in named:
            day += timedelta(days=1)
        return day + timedelta(days=1), f"estimate: the day after the first {_WEEKDAYS[day.weekday()].title()} of {match.group(2).strip()} in office"
    return None


_RECENTLY = re.compile(r"\b(?:last (?:week|month)|this (?:week|month|year)|earlier this|recent|days ago|yesterday)", re.IGNORECASE)


def summits_held_in_named_cities(text: str, kb, recent: bool = False) -> frozenset[date]:
    """The first days of the summit editions whose series and city the text both names ("the Apec summit in
    Da Nang": 2017-11-10); with `recent`, only those it tells of as just past ("last month's meeting at
    the G7 summit in Hiroshima")."""
    lowered = text.lower()
    years = set()
    try:
        editions = kb.summits()
    except Exception:  # noqa: BLE001 - a knowledge gap must not stop the date search
        return frozenset()
    for edition in editions:
        if not edition.city or not edition.start or edition.city not in text:
            continue
        # (not a summit recalled with its year: "they first met at the G20 summit in Hamburg in July 2017")
        at = text.index(edition.city)
        sentence = _sentence_around(text, at, at + len(edition.city))
        recently = _RECENTLY.search(sentence)
        if _YEAR.search(sentence) or (recent and not recently):
            continue
        names = {edition.series.lower(), (kb.series_name(edition.series) or "").lower()} - {""}
        if any(re.search(r"\b" + re.escape(name) + r"\b", lowered) for name in names):
            # (with `recent`, the day until which the text could still speak of it so: "last month's" a
            # month or two on, "this year's" within the year)
            years.add(edition.start + timedelta(days=_RECENT_DAYS.get(recently.group(0).lower().split()[-1], 366)) if recent
                      else edition.start)
    return frozenset(years)


# How long after a gathering a text may still call it "last week's", "last month's", "this year's" ...
_RECENT_DAYS = {"week": 14, "month": 62, "ago": 31, "yesterday": 3, "year": 366, "this": 366, "recent": 92}


def _candidate_years(text: str, explicit: list[_Found], spans: list[tuple[date, date]], month_days=(),
                     summit_years: frozenset[date] = frozenset()) -> list[int]:
    """The years in which the people named held their offices together, not before a year the text reports
    as past, that leave room for the days it reports and announces - of them, those in which a summit the
    text names was held in the city it names, if any."""
    latest_full = max((found.day.year for found in explicit), default=None)
    floor = max([latest_full or 0] + [int(match.group(1)) for match in _YEAR.finditer(text)
                                      if not _FUTURE_CUE.search(_sentence_around(text, match.start(), match.end()))])
    last = min(spans[-1][1].year, date.today().year)
    years = [year for year in range(max(floor, spans[0][0].year), last + 1)
             if any(low.year <= year <= high.year for low, high in spans) and _fits_spans(list(month_days), year, spans)]
    # A report is filed days after the latest day it reports: years that leave a publication day in the
    # spans that soon come first ("arrived in Kyiv on Aug. 23" and met a prime minister in office since December).
    soon = [year for year in years if _fits_spans(list(month_days), year, spans, reach=timedelta(days=DATELINE_REACH_DAYS))]
    years = soon or years
    # "the Apec summit in Da Nang": the year of the edition held in the city the text names.
    held = [year for year in years if year in {day.year for day in summit_years}]
    return held or years


def _content_year(text: str, month_days: list[tuple[str, str, bool]], explicit: list[_Found], copyright_year: int | None,
                  spans: list[tuple[date, date]] | None, summit_years: frozenset[date] = frozenset()) -> int | None:
    """The year of the month-days a text gives without one ("set to meet on August 15").

    The copyright line's, else - when the offices of the people named narrow
    the time - a year in which they held them, not before any year the text
    reports as past, in which the month-days fall on the weekdays the text
    names ("Friday's summit"), the earliest such; else the latest year of a
    full date in the text.
    """
    if copyright_year:
        return copyright_year
    latest_full = max((found.day.year for found in explicit), default=None)
    if not spans:
        return latest_full
    years = _candidate_years(text, explicit, spans, month_days, summit_years)
    if not years:
        return latest_full
    named = {_WEEKDAYS.index(word.lower()) for word in re.findall(r"\b(" + "|".join(_WEEKDAYS) + r")\b", text, re.IGNORECASE)}

    def on_named_weekdays(year: int) -> int:
        return sum(1 for month, day, _ in month_days if (found := _parse_day(day, month, year)) and found.weekday() in named)

    return max(years, key=lambda year: (on_named_weekdays(year), -year))


def _fits_spans(month_days: list[tuple[str, str, bool]], year: int, spans: list[tuple[date, date]],
                reach: timedelta | None = None) -> bool:
    """Whether the days the text reports and announces, read in `year`, leave a publication day in the spans
    (within `reach` of the latest day reported, when given)."""
    days = [(found, is_future) for month, day, is_future in month_days if (found := _parse_day(day, month, year))]
    lower = max((day for day, is_future in days if not is_future), default=date(year, 1, 1))
    upper = min((day for day, is_future in days if is_future), default=date(year, 12, 31))
    if lower > upper:
        lower, upper = date(year, 1, 1), date(year, 12, 31)
    if reach is not None and any(not is_future for _, is_future in days):
        upper = min(upper, lower + reach)
    return any(low <= upper and lower <= high for low, high in spans)


def _pinned_weekday(text: str) -> int | None:
    """The latest weekday the text anchors events on ("This Friday, ..."), as 0=Monday."""
    # ("last Sunday" is a day of the week before, not one the report anchors its news on)
    named = [_WEEKDAYS.index(match.group(1).lower()) for match in _THIS_WEEKDAY.finditer(text)
             if not match.group(0).lower().startswith("last")]
    if not named:
        return None
    return max(named)


# "<Title> <Name>" and "<Title>, <Name>," as news writes them; the title
# words are matched against the knowledge base's titles, so this list only
# has to catch the phrase.
# (Titles also in lower case and "interim"/"acting" ones, "Syria's interim president Ahmed al-Sharaa"; name
# particles in lower case, "al-", "bin", "van".)
_TITLED_NAME = re.compile(
    r"\b((?i:(?:interim |acting )?(?:President|Prime Minister|Premier|Chancellor|Foreign Minister|Secretary of State|"
    r"Foreign Secretary|King|Queen|Emir|Crown Prince|Minister of Foreign Affairs)))"
    r",?\s+((?:(?:[A-Z]|al-|el-|(?:bin|ibn|al|el|de|da|del|van|von|der)\s)[\w'’\-]*\s?){1,4})"
)


def office_window(text: str, kb) -> tuple[date, date] | None:
    """The first and last day on which every titled name in the text held that title (see `office_spans`)."""
    spans = office_spans(text, kb)
    return (spans[0][0], spans[-1][1]) if spans else None


def office_spans(text: str, kb) -> list[tuple[date, date]] | None:
    """The spans of days in which every titled name in the text held that title.

    Each "<Title> <Name>" whose person the office tables know gives that
    person's terms in that office; the spans are their intersection over
    names, gaps kept (a leader in office twice is not in office between). A
    name whose terms would empty the spans is ignored rather than trusted
    over the others (a "former president" written as "President").
    """
    spans: list[tuple[date, date]] | None = None
    today = date.today()
    seen: set[str] = set()
    for match in _TITLED_NAME.finditer(text):
        terms = _titled_terms(match, kb, today, seen)
        if not terms:
            continue
        narrowed = terms if spans is None else _intersect(spans, terms)
        if narrowed:
            spans = narrowed
    return spans


def _titled_terms(match: re.Match, kb, today: date, seen: set[str]) -> list[tuple[date, date]]:
    """The terms, as spans of days, in which the person of one "<Title> <Name>" held that title."""
    title, name = match.group(1), match.group(2).strip()
    words = name.split()
    terms = []
    for size in range(min(len(words), 3), 1, -1):
        candidate = " ".join(words[:size])
        try:
            terms = kb.lookup_person(candidate)
        except Exception:  # noqa: BLE001 - a knowledge gap must not stop the date search
            terms = []
        if terms:
            break
    if not terms or terms[0].name in seen:
        return []
    seen.add(terms[0].name)
    matching = []
    for term in terms:
        try:
            office = kb.office_for_title(title.split()[-1] if title.lower().startswith(("interim", "acting")) else title, term.country)
        except Exception:  # noqa: BLE001
            office = None
        if office and (term.office == office or term.office == "head_of_state_and_government" and office.startswith("head_of")):
            matching.append((term.start, term.end or today))
    return _merge(sorted(matching))


def _merge(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Sorted spans with the overlapping or touching ones joined."""
    merged: list[tuple[date, date]] = []
    for low, high in spans:
        if merged and low <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def _intersect(a: list[tuple[date, date]], b: list[tuple[date, date]]) -> list[tuple[date, date]]:
    return _merge(sorted((max(x[0], y[0]), min(x[1], y[1])) for x in a for y in b if max(x[0], y[0]) <= min(x[1], y[1])))


def _within(day: date, spans: list[tuple[date, date]] | None) -> bool:
    return spans is None or any(low <= day <= high for low, high in spans)
