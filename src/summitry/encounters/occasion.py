"""Occasion of an encounter: the summit or forum it was held on the sidelines of.

Reads: the phrases attached to the cue ("on the sidelines of the APEC
summit", "during the G20 summit", "at the UN General Assembly"), or the
encounter's own place and date, and the knowledge base's summit editions.
Adds: the occasion as "<FORUM> <YEAR>" and the summit edition itself, whose
city and days fill the encounter's place and date when the text omits them.
"""
from __future__ import annotations

import re

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from spacy.tokens import Token

from ..model import Place, Summit
from ..places import resolve_place
from .draft import PRECISION_RANK, Draft, within_days

# Prepositions that put an encounter *at* a forum. "after/before the G20"
# are left out on purpose: "visit Colombia after the G-20 summit" is not on
# the G20's sidelines.
_OCCASION_PREPOSITIONS = {"on", "at", "during", "for", "in", "to", "on the sidelines of", "alongside", "amid"}
# How far from the publication date an undated planned encounter may be and
# still be matched to a summit held in its city (a preview is written within
# weeks of the summit; 45 days covered every preview in the dev corpus).
UNDATED_SUMMIT_WINDOW_DAYS = 45
# Leaders hold their side meetings over a summit's two or three days, and
# arrive the day before: a meeting this many days from the summit meeting an
# article reports is taken to be at that summit.
SUMMIT_SPAN_DAYS = 2


# A forum's name with no word for a gathering ("at APEC Haus", "as ASEAN chair") is taken for the forum's
# summit only within this many days of it.
EDITION_REACH_DAYS = 30
# (a word for a gathering within a few words after a name: "the APEC trade ministers' meeting", "G20 summit")
_GATHERING_WORD = re.compile(r"\b(?:sidelines|margins)\b|\b[A-Z][\w-]*(?:['’]s?)?(?:\s+[\w'’-]+){0,3}?\s+"
                             r"(?i:summit|meeting|conference|forum|session|assembly|gathering|talks|ministerial|week|games)\b")

# Verbs of a purpose clause that name the forum a trip is for: "arrived in
# Bridgetown to attend the CARICOM meeting", "flew to Bali to take part in the G20".
_ATTENDING_VERBS = {"attend", "join", "participate", "take", "address", "chair"}


def occasion_phrases(governors: Iterable[Token]) -> list[str]:
    """Texts of the phrases that may name a forum: prepositional phrases and a purpose clause's object."""
    phrases = []
    for governor in governors:
        for clause in governor.children:
            if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in _ATTENDING_VERBS:
                # The clause to the end of the sentence: "..., also known as CARICOM" hangs anywhere.
                phrases.append(clause.doc[clause.i + 1 : clause.sent.end].text)
        for child in governor.children:
            if child.dep_ == "prep" and child.lower_ in _OCCASION_PREPOSITIONS:
                phrases.append(" ".join(t.text for t in child.subtree))
            if child.dep_ in ("npadvmod", "pobj", "dobj") and child.pos_ in ("PROPN", "NOUN"):
                phrases.append(" ".join(t.text for t in child.subtree))
    return phrases


def sideline_phrases(sentence, governors: Iterable[Token]) -> list[str]:
    """ "on the sidelines of the G20 summit", "on the margins of the UN General Assembly" anywhere in the
    sentence: a forum the encounter was held on, however the parser hung the phrase - unless the phrase
    belongs to another verb of the sentence ("travelled to Ankara, and had earlier met in Samarkand on
    the margins of the SCO summit")."""
    own = {token.i for token in governors}
    phrases = []
    for token in sentence:
        if token.lemma_.lower() not in ("sideline", "sidelines", "margin", "margins") or token.dep_ != "pobj":
            continue
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i in own:
            phrases.append(" ".join(t.text for t in token.subtree))
    return phrases


# Words for a gathering: a sentence that names a forum with one of them sets the forum in focus.
_GATHERING_WORDS = {"summit", "meeting", "forum", "conference", "gathering", "session", "assembly", "talks"}
# How many sentences back a bare "on the sidelines" looks for its forum.
FORUM_REACH_SENTENCES = 3


def has_bare_sidelines(sentence) -> bool:
    """ "met Putin on the sidelines", "On the margins, Xi held talks": sidelines of no forum named here."""
    return any(token.lemma_.lower() in ("sideline", "sidelines", "margin", "margins") and token.dep_ == "pobj"
               and not any(child.dep_ == "prep" and child.lower_ == "of" for child in token.children) for token in sentence)


def forum_phrases_before(sentences, index: int) -> list[str]:
    """The sentences before `index`, nearest first, that tell of a gathering ("Leaders of the SCO gathered
    in Astana on Thursday for their annual summit"): the forum a bare "on the sidelines" is of."""
    return [sentences[i].text for i in range(index - 1, max(-1, index - 1 - FORUM_REACH_SENTENCES), -1)
            if any(token.lemma_.lower() in _GATHERING_WORDS for token in sentences[i])]


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _year_named(phrase: str) -> int | None:
    match = _YEAR.search(phrase)
    return int(match.group(1)) if match else None


def _year_held_in(kb, series: str, phrase: str, published: date | None, city: str | None = None,
                  terms: Sequence[Sequence] = ()) -> int | None:
    """The year of the latest edition of `series`, not after the report, held in a city the phrase names
    or in the encounter's own city ("met Lula in Johannesburg on the sidelines of the BRICS summit"), and
    while every party whose office `terms` are known held office."""
    try:
        editions = kb.summits(series)
    except Exception:  # noqa: BLE001
        return None
    held = [s for s in editions if s.city and (s.city.lower() in phrase.lower() or s.city == city)
            and (published is None or s.year <= published.year) and _in_office(terms, s.start)]
    return max(held, key=lambda s: s.year).year if held else None


def _in_office(terms: Sequence[Sequence], day: date | None) -> bool:
    """Whether every party with known terms held an office on `day` (True when nothing is known)."""
    return day is None or all(any(term.covers(day) for term in party) for party in terms if party)


def _year_of(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def summit_from_phrases(kb, phrases: Iterable[str], date_value: str | None, published: date | None,
                        city: str | None = None, terms: Sequence[Sequence] = (), status: str | None = None) -> Summit | None:
    """The summit edition a phrase names, with the year taken from the encounter date, an edition held in
    the phrase's or the encounter's `city`, or the publication (then only an edition the encounter's
    `status` allows: one already open for what occurred, one not yet over for what is planned)."""
    for phrase in phrases:
        try:
            series = kb.summit_series(phrase)
        except Exception:  # noqa: BLE001
            series = None
        if not series:
            continue
        # The year the phrase itself names ("the NATO summit in Vilnius in July 2023", "COP26 ... 2021"),
        # else the edition held in a city the phrase names, else the encounter's year or the report's.
        year = _year_named(phrase) or _year_of(date_value) or _year_held_in(kb, series, phrase, published, city, terms)
        from_publication = year is None
        year = year or (published.year if published else None)
        if year is None:
            return None  # without a year the edition is unknown: "the G20 summit" alone is no occasion
        on = _as_date(date_value)
        try:
            summit = kb.find_summit(series, year=year, on=on)
        except Exception:  # noqa: BLE001
            summit = None
        if (summit is not None and summit.start and date_value and len(date_value) >= 7 and not _GATHERING_WORD.search(phrase)
                and not _near_edition(date_value, summit)):
            # "talks at APEC Haus in Port Moresby on May 22": a forum's name with no gathering word, months from
            # its summit, is not that summit (but "an APEC trade ministers' meeting in May" is the forum's).
            continue
        if from_publication and not _edition_fits(summit, status, published):
            # "held talks at APEC Haus" in May, "chaired the meeting as ASEAN chair" in July: that year's
            # summit, months away, is not where it happened.
            continue
        if summit is None and year is not None:
            summit = Summit(series=series, year=year, city=None, country=None, start=None, end=None)
        if summit is not None:
            return summit
    return None


def _near_edition(value: str, summit: Summit) -> bool:
    """Whether an encounter's month or day lies within a month of the edition."""
    first = _as_date(value if len(value) == 10 else value[:7] + "-01")
    if first is None:
        return True
    last = first if len(value) == 10 else first + timedelta(days=30)
    reach = timedelta(days=EDITION_REACH_DAYS)
    return summit.start - reach <= last and first <= (summit.end or summit.start) + reach


def _edition_fits(summit: Summit | None, status: str | None, published: date | None) -> bool:
    """Whether an edition dated only by the report's year can hold an encounter of this status."""
    if summit is None or summit.start is None or published is None or status not in ("occurred", "planned"):
        return True
    if status == "occurred":
        return summit.start <= published + timedelta(days=1)
    return (summit.end or summit.start) >= published - timedelta(days=1)


def summit_at_place(kb, place: Place | None, date_value: str | None, published: date | None) -> Summit | None:
    """A summit held in the encounter's city at a compatible time ("meeting Xi in Buenos Aires" in late 2018)."""
    if place is None or place.city is None:
        return None
    try:
        candidates = kb.summits()
    except Exception:  # noqa: BLE001
        return None
    for summit in candidates:
        if summit.city != place.city or summit.start is None:
            continue
        end = summit.end or summit.start
        if date_value:
            if _compatible(date_value, summit.start, end):
                return summit
        elif published is not None and abs((summit.start - published).days) <= UNDATED_SUMMIT_WINDOW_DAYS:
            return summit
    return None


def held_during(summit: Summit | None, date_value: str | None) -> bool:
    """Whether an encounter dated `date_value` (a day) falls on the summit's days, give or take one."""
    return (summit is not None and summit.start is not None and date_value is not None and len(date_value) == 10
            and _compatible(date_value, summit.start, summit.end or summit.start))


def _compatible(value: str, start: date, end: date) -> bool:
    if len(value) == 4:
        return False  # a year alone is too loose to tie a meeting to a summit in that city
    if len(value) == 7:
        return start.strftime("%Y-%m") <= value <= end.strftime("%Y-%m")
    day = _as_date(value)
    return day is not None and start - timedelta(days=1) <= day <= end + timedelta(days=1)


def _as_date(value: str | None) -> date | None:
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def apply_summit(kb, draft: Draft, summit: Summit | None) -> None:
    """Give a mention the summit's forum, and its city and days where the text gives none."""
    if summit is None or draft.kind == "call":
        return  # a call is not held on anyone's sidelines
    draft.occasion = summit.label
    if summit.city and (draft.location is None or draft.location.city is None):
        place = resolve_place(kb, [summit.city], [summit.country] if summit.country else [])
        draft.location = place or Place(name=summit.city, city=summit.city, country=summit.country)
    if summit.start and PRECISION_RANK.get(draft.precision, -1) < PRECISION_RANK["day"]:
        start, end = summit.start.isoformat(), (summit.end or summit.start).isoformat()
        if draft.date is None or start.startswith(draft.date) or (draft.date_end and draft.date <= start <= draft.date_end):
            draft.date, draft.date_end, draft.precision = start, (end if end != start else None), "day"


class ShareSummits:
    """Stage: meetings on a summit's days share its forum. Reads: mentions (folded, dated). Adds: occasion, location."""

    def __call__(self, record) -> None:
        share_summit(record.mentions)


def share_summit(drafts: list[Draft]) -> None:
    """Meetings of a summit's days that name no forum, and no place or the summit's city, were held there.

    A report from a summit goes on "On Thursday morning, the Vietnamese
    leader met President Marcos" without repeating "on the sidelines of the
    ASEAN summit in Vientiane": a meeting with no place and no occasion,
    dated within the summit's days (or within a day or two of the summit
    meeting the article reports), shares that summit's occasion and city.
    """
    summits = [d for d in drafts if d.occasion and d.location is not None and d.date and d.kind == "meeting"]
    if not summits:
        return
    for draft in drafts:
        if draft.kind != "meeting" or draft.occasion or not draft.date or len(draft.date) < 10:
            continue
        for summit in summits:
            # A meeting placed elsewhere is not at the summit (one in its city, as the dateline says, is).
            if summit is draft or (draft.location is not None and draft.location.city != summit.location.city):
                continue
            start, end = summit.date, summit.date_end or summit.date
            if len(start) < 10:
                continue
            if within_days(start, draft.date, SUMMIT_SPAN_DAYS) or within_days(draft.date, end, SUMMIT_SPAN_DAYS):
                draft.occasion, draft.location = summit.occasion, summit.location
                break
