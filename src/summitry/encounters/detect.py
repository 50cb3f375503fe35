"""Stage `encounters.detect`: every mention of a diplomatic encounter in one article.

Reads: the article's reading (parse, people, time expressions). Adds: one
`Draft` per cue that reports an encounter, in text order.

Per sentence, the times are first given to the cues they belong to
(`timing`). Each cue ("met", "talks", "visit", "phone call") is then read
in numbered steps (`read_cue`):

1. parties: who the parse puts around the cue (`participants`);
2. what the cue needs: a resolved subject, a person as object, a phone word;
3. kind: meeting, call or visit, as the cue and its phrases say;
4. time and status (`timing`, `status`), or the mention is dropped;
5. a noun with no parties of its own speaks of the encounter in focus (`focus`);
6. place (`place`);
7. travellers of a visit, and whether it is a visit at all;
8. whether it is diplomacy: officials, two parties, two countries;
9. the draft, with its forum (`occasion`).

A mention that reports several encounters is then split (`distribute`).
"""
from __future__ import annotations

import logging
from datetime import timedelta
from functools import lru_cache
from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..actors import Person
from ..model import ArticleRecord, Evidence, Place, TimeExpression
from .cues import Cue, cue_lexicon, find_cues, government_role_words, modality_lexicon, verb_stems
from .distribute import distribute, more_destinations
from .draft import GOING_ON_AT_PUBLICATION, PRECISION_RANK, Draft, as_date, replace_draft, was_put_off
from .focus import ANAPHORA_SENTENCE_WINDOW, SIDELINES_REACH_DAYS, encounter_in_focus, enrich, is_anaphoric
from .fold import main_pair
from .lists import listed_parties
from .occasion import (apply_summit, forum_phrases_before, has_bare_sidelines, held_during, occasion_phrases,
                       sideline_phrases, summit_from_phrases)
from .participants import SIDE_NOUNS, TRIP_NOUNS, Parties, governing_verb, is_encounter_noun
from .place import find_place
from ..places import names_in, resolve_place
from .reading import ArticleReading, start_reading
from .status import StatusDecision, decide_status
from ..temporal.context import number_of
from ..temporal.expressions import load_lexicon
from ..temporal.tense import is_deferred_to
from .timing import assign_times, direct_by_status, in_a_plan_phrase, is_present_state, reanchor_present_weekday

logger = logging.getLogger(__name__)

# Titles only governments give ("NSA", "national security adviser"), unlike "President" of a union.


class DetectMentions:
    """Stage: every mention of an encounter. Reads: article, doc, times, actors. Adds: mentions."""

    def __init__(self, kb):
        self.kb = kb

    def __call__(self, record: ArticleRecord) -> None:
        record.mentions = detect_mentions(start_reading(record, self.kb))


def detect_mentions(reading: ArticleReading) -> list[Draft]:
    """Read every cue of every sentence; returns (and keeps on `reading`) the mentions found."""
    for index, sentence in enumerate(reading.sentences):
        cues = [cue for cue in find_cues(sentence) if cue.word.needs != "object_cue"]
        if not cues:
            continue
        sentence_roots = reading.times_in(sentence)
        assigned, reading.reported, more_times = assign_times(cues, sentence_roots)
        reading.sentence_times = [expression for _, expression in sentence_roots]
        first = len(reading.mentions)
        reading.listed = listed_parties(reading, index)
        for cue in cues:
            reading.parties.token_of, reading.parties.single_subjects = {}, set()
            earlier = _implied_earlier(reading, cue, index, sentence_roots)
            if earlier is not None:
                reading.mentions.append(earlier)
            expression, deferral = _time_of_cue(reading, cue, assigned, more_times)
            draft = read_cue(reading, cue, index, expression)
            if draft is None:
                continue
            if deferral is not None and draft.status == "cancelled":
                # "The meeting, planned for Thursday, has been postponed to July 10": planned, on the new day.
                draft.status = "planned"
                draft.reasons.append(f"postponed to '{deferral.text}'")
            if reading.listed:
                reading.mentions.extend(_one_per_line(reading, draft))
                continue
            parts = distribute(reading, draft, cue)
            for part in parts:
                reading.mentions.append(part)
                reading.mentions.extend(more_destinations(reading, part, cue))
            # Several times for one cue are several encounters - unless each party already took its own.
            own_times = len(parts) > 1 and any(part.date != draft.date for part in parts)
            extra = more_times.get(cue.token.i, ()) if not own_times else ()
            if extra:
                for part in parts:
                    _place_each_time(reading, part, assigned.get(cue.token.i))
            for expression, part in ((expression, part) for expression in extra for part in parts):
                reading.mentions.append(replace_draft(part, date=expression.date, date_end=expression.date_end, precision=expression.precision))
                _place_each_time(reading, reading.mentions[-1], expression)
                if len(parts) == 1:
                    _party_each_time(reading, reading.mentions[-1], expression)
        _share_with_conjuncts(reading.mentions[first:], reading.doc)
        reading.mentions[first:] = _without_objects_of_verb_cues(reading.mentions[first:], reading.doc)
    return reading.mentions


def _without_objects_of_verb_cues(drafts: list[Draft], doc) -> list[Draft]:
    """The noun a hosting or meeting verb takes as its object or is for is that verb's encounter, told once:
    as the verb tells it ("before co-hosting a meeting of Pacific ministers with Bainimarama on Monday"), or
    as the noun does where only the noun has a time ("hosted A and B for rounds of talks in July and August")."""
    by_cue: dict[int, list[Draft]] = {}
    for draft in drafts:
        by_cue.setdefault(draft.cue_index, []).append(draft)
    dropped: set[int] = set()
    for draft in drafts:
        cue = doc[draft.cue_index] if draft.cue_index >= 0 else None
        # "telephoned the Prime Minister to greet her": the purpose of a call or meeting is that encounter
        if cue is not None and cue.pos_ == "VERB" and cue.dep_ in ("advcl", "xcomp") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in cue.children) and any(
                told.kind in ("call", "meeting") for told in by_cue.get(cue.head.i, [])):
            dropped.add(id(draft))
            continue
        if cue is None or cue.pos_ != "NOUN":
            continue
        verb = _verb_taking(cue)
        for told in by_cue.get(verb.i, []) if verb is not None else []:
            if told.kind != draft.kind or {p.name for p in told.parties} != {p.name for p in draft.parties}:
                continue
            dropped.add(id(told) if told.date is None and draft.date is not None else id(draft))
    return [draft for draft in drafts if id(draft) not in dropped]


def _verb_taking(noun: Token) -> Token | None:
    """The verb a cue noun is the object of, or the purpose of: "co-hosting a meeting", "hosted A for (rounds
    of) talks"."""
    if noun.dep_ == "dobj":
        return noun.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


# How many tokens before its time a place may stand and still be that time's:
# "at Wuhan in April 2018 and at Mamallapuram, near Chennai, in October 2019".
PLACE_BEFORE_TIME_TOKENS = 8


def _place_each_time(reading: ArticleReading, draft: Draft, expression: TimeExpression | None) -> None:
    """Several times for one cue, each with its own place: the place named just before each time."""
    if expression is None or draft.kind == "call":
        return
    span = reading.doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return
    window = reading.doc[max(span.sent.start, span.start - PLACE_BEFORE_TIME_TOKENS): span.start]
    # The place nearest before the time, not one "near" another ("at Mamallapuram, near Chennai, in
    # October 2019"); the tagger misses rarer cities now and then, so proper nouns count too.
    candidates = [t for t in window if t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "DATE", "NORP")
                  and reading.doc[max(t.i - 1, 0)].lower_ != "near"]
    countries = [p.country for p in draft.parties if p.country]
    place = next((found for t in reversed(candidates)
                  if (found := resolve_place(reading.kb, names_in(t)[:1] or [t.text], countries)) is not None), None)
    if place is not None:
        draft.location = place


def _one_per_line(reading: ArticleReading, draft: Draft) -> list[Draft]:
    """One encounter per bullet line: the one who received them with the person each line names."""
    hosts = [p for p in draft.parties if p.name in draft.subjects]
    if not hosts:
        return []
    parts = []
    for listed in reading.listed:
        if listed.person in hosts:
            continue
        part = replace_draft(draft, parties=hosts + [listed.person], kind="meeting" if draft.kind == "visit" else draft.kind)
        part.evidence = _evidence(reading, listed.line)
        parts.append(part)
    return parts


def _party_each_time(reading: ArticleReading, draft: Draft, expression: TimeExpression) -> None:
    """ "held separate meetings with Trudeau in February and Lopez Obrador in March": a time with an
    official of its own named just before it is that official's encounter with the subject."""
    anchor = [p for p in draft.parties if p.name in draft.subjects]
    if len(anchor) != 1 or len(draft.parties) != 2:
        return
    span = reading.doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return
    window = reading.doc[max(span.sent.start, span.start - PLACE_BEFORE_TIME_TOKENS): span.start]
    named = [reading.actors.person_at(t) for t in window if reading.actors.person_at(t) is not None]
    if named and named[-1] not in draft.parties and named[-1].is_official:
        draft.parties = anchor + [named[-1]]


def _share_with_conjuncts(drafts: list[Draft], doc) -> None:
    """Coordinated predicates share the time and place one of them names.

    "is scheduled to meet Xi in Beijing and hold talks with Li": the talks are
    in Beijing too, on the days of the visit.
    """
    def verb_of(draft: Draft) -> Token | None:
        token = doc[draft.cue_index]
        return token if token.pos_ in ("VERB", "AUX") else governing_verb(token)

    for draft in drafts:
        verb = verb_of(draft)
        if verb is None:
            continue
        for other in drafts:
            if other is draft or other.status != draft.status or verb_of(other) not in verb.conjuncts:
                continue
            if draft.date is None and other.date is not None:
                draft.date, draft.date_end, draft.precision = other.date, other.date_end, other.precision
            if draft.location is None and other.location is not None and draft.kind != "call":
                draft.location = other.location


@dataclass
class _Cue:
    """One cue while it is being read: the token, its lexicon entry and what the steps found so far."""

    cue: Cue
    index: int
    found: Parties
    people: list[Person]
    governors: list[Token]  # the cue, the verb that governs a noun cue, a noun's relative clauses
    governor: Token | None  # the verb a noun cue hangs from ("held" in "held talks"); the cue itself for a verb
    kind: str
    is_phone: bool = False  # a phone or video word in the cue's own phrase

    @property
    def token(self) -> Token:
        return self.cue.token

    @property
    def is_noun(self) -> bool:
        return self.cue.word.pos == "NOUN"


def read_cue(reading: ArticleReading, cue: Cue, index: int, expression: TimeExpression | None) -> Draft | None:
    """The encounter one cue reports, or None when it reports none."""
    on = as_date(expression.date if expression else None) or reading.published
    current = _find_parties(reading, cue, index, on)                           # 1
    _host_of_the_place(reading, current, on)
    if not _has_what_it_needs(reading, current):                               # 2
        return None
    if current.is_noun and current.token.dep_ == "appos" and is_encounter_noun(current.token.head):
        return None  # "the Leaders' Summit, a gathering described as ...": the one it restates, told by its own cue
    current.kind = _decide_kind(reading, current)                              # 3
    if current.kind is None:
        return None
    timed = _time_and_status(reading, current, expression)                     # 4
    if timed is None:
        return None
    expression, decision = timed
    if _during_the_call_in_focus(reading, current, expression) or _during_the_ones_told(reading, current, expression):
        return None
    if current.is_noun and not current.people:
        current.people = _parties_of_the_series(reading, current) or _previous_edition(reading, current, expression)
    if current.is_noun and not current.people and not _focus_or_pair(reading, current, expression, decision):  # 5
        return None
    if _hosts_of_the_one_told(reading, current):
        return None
    if len(current.people) >= 2 and current.is_noun and is_anaphoric(current.token):
        _add_host_told_before(reading, current)
    if len(current.people) == 1 and current.kind == "meeting" and _host_of_focus(reading, current):
        return None
    if current.cue.word.needs == "agent":
        _in_company_of_focus(reading, current)
    if current.cue.word.needs == "attendance" and _join_focus(reading, current):
        return None
    if _attending_were(reading, current, on) and _join_focus(reading, current):
        return None
    if _taking_part_in_the_one_told(current) and (_join_focus(reading, current, delegations=True)
                                                  or current.governor.lemma_.lower() == "attend"):
        return None  # (those who attended "the meeting" join it where the story told it, and hold none of their own)
    if _gathering_told_brings_together(current) and _join_focus(reading, current):
        return None  # "The summit brought together A, B and C": more of the parties of the summit told before
    place = find_place(reading, current.kind, current.governors, current.found, current.people)  # 6
    if current.kind == "visit" and current.is_noun and place is None and is_anaphoric(current.token) \
            and _put_off_to(reading, current, expression):
        return None  # "he had postponed the visit to March 10": the trip told before, put off
    place = _visit(reading, current, place, expression)                        # 7
    if current.kind == "visit" and not current.people:
        return None
    if not _is_diplomacy(current):                                             # 8
        return None
    draft = _draft(reading, current, expression, decision, place)              # 9
    if draft.date is None:
        _on_the_sidelines_of_the_one_told(reading, current, draft)
    if draft.date is None:
        _on_a_day_of_the_trip_told(reading, current, draft)
    return draft


# 1. parties --------------------------------------------------------------------

def _find_parties(reading: ArticleReading, cue: Cue, index: int, on) -> _Cue:
    token = cue.token
    is_noun = cue.word.pos == "NOUN"
    finder = reading.parties
    group = main_pair(reading.mentions)
    finder.actors.leader_group = main_pair(reading.mentions, leaders_only=True)
    # At a summit, countries stand for their leaders ("a meeting between India and Japan").
    finder.as_leaders = cue.word.lemma == "summit" or any(t.lemma_.lower() == "summit" for t in token.children if t.dep_ == "compound")
    found = finder.of_noun(token, on, group) if is_noun else finder.of_verb(token, on, group)
    finder.as_leaders = False
    if cue.word.needs == "attendance":
        found = _attendees(reading, token)
    for listed in reading.listed:
        # "The Prime Minister received:" and a visitor per line: the people met are on the lines.
        if listed.person not in found.others and listed.person not in found.subjects:
            found.others.append(listed.person)
            found.host_found = True
    people: list[Person] = []
    for person in found.all():
        if person.is_official and all(person.name != other.name for other in people):
            people.append(person)
    governor = governing_verb(token) if is_noun else token
    governors = [token] + ([governor] if governor is not None and governor != token else [])
    if not is_noun and token.dep_ == "advcl" and token.tag_ == "VBG":
        governors.append(token.head)  # "was in Wellington on November 2, meeting with Ardern": there
    if is_noun:
        # "The meeting, which will take place ... on the sidelines of APEC in Lima": the clause's phrases.
        governors += [child for child in token.children if child.dep_ in ("relcl", "acl")]
    if cue.word.lemma == "be":
        governors += _planned_predicates(token)  # "was due in Copenhagen": the place hangs on "due"
    if is_noun and governor is not None and ({governor.lemma_.lower(), *verb_stems(governor.lower_)} & _SCHEDULING_VERBS):
        # "the summit is slated to be held in Brasilia later this month": the place hangs on "held"
        governors += [child for child in governor.children if child.dep_ == "xcomp"]
    return _Cue(cue=cue, index=index, found=found, people=people, governors=governors, governor=governor, kind=cue.word.kind)


# 2. what the cue needs ---------------------------------------------------------

def _has_what_it_needs(reading: ArticleReading, current: _Cue) -> bool:
    token, word, found = current.token, current.cue.word, current.found
    governor = current.governor
    subject_of = token if not current.is_noun else (governor if governor is not None and token.dep_ == "dobj" else None)
    subjects = reading.parties.subject_tokens(subject_of) if subject_of is not None else []
    if (subjects and not found.subjects and word.kind != "visit"
            and not all(is_encounter_noun(s) for s in subjects)  # "Hosted by X, the meeting focused on ..."
            and not (current.is_noun and found.among_themselves and len(found.others) >= 2)
            and not (_passive_with_people_as_agents(reading, token) and found.others)):  # "was signed by A, B and C"
        # "He made calls to the leaders of Canada and Mexico" with no one "he" can be: the caller is
        # unknown, and the people called did not call each other (a noun naming its own parties, "the
        # summit held among A, B and C", needs no subject).
        logger.debug("skipped %r (%s): subject not resolved", token.text, token.sent.text[:60])
        return False
    if found.unknown_other and not found.others:
        # "A and B were the first ministers to meet him": the one met is unknown, and A and B did not
        # meet each other.
        logger.debug("skipped %r (%s): the one met not resolved", token.text, token.sent.text[:60])
        return False
    if word.lemma == "be" and _on_the_line(token):
        return len(found.subjects) + len(found.others) >= 2  # "Trump and Putin were on the line for two hours"
    if word.lemma == "be" and not _is_presence(token, found, lambda t: _names_a_place(reading, t)):
        return False
    if word.lemma == "expect" and any(child.dep_ == "xcomp" for child in token.children):
        return False  # "are expected to co-host a meeting in London": presence is "expected in London"
    if current.is_noun and _describes_the_trip(token):
        return False  # "This is Widodo's third visit to Australia": the trip already told, counted
    if (not current.is_noun and word.lemma in ("host", "chair") and token.dep_ == "xcomp" and token.head.lemma_ == "be"
            and any(is_encounter_noun(s) for s in reading.parties.subject_tokens(token))):
        return False  # "The meeting was to have been hosted by A and B": the hosts are the meeting's, read from it
    if current.is_noun and _founded_as_a_format(reading, token):
        return False  # "since the three-way meeting was launched in 2008": a format set up, not one encounter
    if word.lemma == "call" and not current.is_noun and any((child.dep_ in ("oprd", "xcomp", "ccomp", "attr") and not _purpose(child)
                                                             and not _the_one_called(reading, child)) or (
            child.dep_ == "prt" and child.lower_ == "off") for child in token.children):
        return False  # "calling them terrorist attacks": naming, not phoning; "calls off the summit": cancelling
    if word.needs == "sidelines" and not (found.others and _in_person(token)):
        return False  # "told Xi on the sidelines of the summit" is a meeting; "told reporters" is not
    if word.needs == "together" and (not any(t.lower_ == "together" and t.dep_ in ("advmod", "prt", "acomp")
                                             for t in token.subtree)  # (the parser may hang it on the last object)
                                     or any(is_encounter_noun(s) for s in reading.parties.subject_tokens(token))):
        # "brought Tshisekedi and Kagame together" is a meeting; "brought a proposal" is not, and "the summit brought
        # together A, B and C" is the summit's, read from the noun
        return False
    if word.needs == "agent" and not (any(child.dep_ == "auxpass" for child in token.children) and any(
            child.dep_ == "agent" and any(reading.actors.person_at(t) for t in child.subtree) for child in token.children)) \
            and not _joined_someone_somewhere(reading, token):
        # "He was then joined by Starmer and Macron" is a meeting; "joined the talks" is told with the talks, and
        # "held a video call with Macron, joined by Starmer" with the call
        return False
    if word.needs == "jointly" and not _done_jointly(reading, current):
        return False  # "A, B and C signed the accord" is a meeting; "Putin signed a decree", "signed a letter to" are not
    if (word.needs == "jointly" or (word.needs == "with" and not found.others)) and _part_of_a_joined_encounter(token):
        return False  # "held a virtual summit and signed a pact": the signing is part of the summit told
    if token.lemma_.lower() == "sit" and not found.others and not any(c.lower_ in ("down", "together", "side") for c in token.children):
        return False  # "when both sat on the European Council": members of a body, not two who sat down together
    if word.needs in ("object", "with") and not found.others and not (word.needs == "with" and len(found.subjects) >= 2):
        # ("Trump and Xi dined together in Buenos Aires": two subjects are with each other)
        # "welcomed the role of Washington", "met with criticism": the object must be a person.
        logger.debug("skipped %r (%s): no person as object", token.text, token.sent.text[:60])
        return False
    return True


def _passive_with_people_as_agents(reading: ArticleReading, token: Token) -> bool:
    return any(child.dep_ == "auxpass" for child in token.children) and any(
        child.dep_ == "agent" and any(reading.actors.person_at(t) for t in child.subtree) for child in token.children)


def _done_jointly(reading: ArticleReading, current: _Cue) -> bool:
    """Whether at least two people did it together: as joint subjects ("A and B signed"), as the agents of a
    passive ("was signed by A, B and C"), or one with another ("A signed the deal with B")."""
    token, found = current.token, current.found
    if len(found.subjects) >= 2:
        return True
    if _passive_with_people_as_agents(reading, token) and len(found.others) >= 2:
        return True
    # (not those written to: "signed a letter to Trump")
    written_to = {reading.actors.person_at(t).name for prep in token.subtree if prep.dep_ == "prep" and prep.lower_ == "to"
                  for t in prep.subtree if reading.actors.person_at(t) is not None}
    return bool(found.subjects) and any(p.name not in written_to for p in found.others)


# 3. kind -----------------------------------------------------------------------

def _decide_kind(reading: ArticleReading, current: _Cue) -> str | None:
    """meeting, call or visit; None when a phone-only cue ("spoke") has no phone word and no call story."""
    token, word = current.token, current.cue.word
    # "call on President X", "pay a courtesy call on the Prime Minister": a visit of respect, in person.
    courtesy = word.kind == "call" and current.is_noun and any(
        child.lower_ == "courtesy" or (child.dep_ == "prep" and child.lower_ == "on" and any(
            reading.actors.person_at(t) is not None for t in child.subtree)) for child in token.children)
    kind = "meeting" if current.found.called_on or courtesy else word.kind
    if word.lemma == "be" and _on_the_line(token):
        return "call"
    is_phone = current.is_phone = mentions_phone(current.governors)
    if word.needs in ("phone_word_before", "phone_word") and not is_phone:
        return None  # "a press conference", "discussed trade": no call
    if word.needs == "phone" and not is_phone:
        # "spoke with Xi" is a call in a story of calls, or when it lasted "forty minutes";
        # "They spoke again on March 18" goes on a story of calls between the same two; anything
        # else ("spoke to reporters", "spoke at the summit") is no encounter.
        names = {p.name for p in current.people}
        if _in_person(token) or (len(current.people) >= 2 and any(t.lemma_.lower() in _IN_PERSON_NOUNS and not _told_aside(t, token)
                                                                   for t in token.sent)):
            kind = "meeting"  # ("The two spoke following a working session on Sunday": in one room)
        elif not (reading.reports_calls or _lasted(token) or _far_apart(reading, current) or (
                len(current.people) >= 2 and any(d.kind == "call" and {p.name for p in d.parties} == names for d in reading.mentions))):
            return None
    if word.needs == "phone_or_participants" and not is_phone:
        # ("had a brief conversation with Xi in Lima": the place may hang on the verb that holds the noun)
        if _in_person(token) or (current.is_noun and current.governor is not None and _in_person(current.governor)):
            kind = "meeting"  # "in-person conversation", "a brief conversation on the margins of the summit"
        elif _names_own_parties(reading, token) and len(current.people) >= 2:
            # "Putin's last conversation with the Saudi crown prince was on March 3"
            # (two leaders of different countries who converse with no place named do so by phone)
            kind = "call" if reading.reports_calls or _far_apart(reading, current) else "meeting"
        else:
            current.people = []  # a bare "conversation", "their conversation": the encounter in focus
    if kind == "meeting" and is_phone and not courtesy:
        kind = "call"
    if kind == "visit" and current.found.host_found and len(current.people) >= 2 and word.lemma not in _SENDING_VERBS:
        kind = "meeting"
    return kind


def _in_person(token: Token) -> bool:
    """ "in-person conversation", "spoke on the sidelines of the summit", "talked for three hours at a
    hotel in Nusa Dua", "a military base in Anchorage, where the two talked for three hours": face to face."""
    return _where_clause_of_a_place(token) or any(t.lower_ in ("person", "face") for left in token.lefts for t in left.subtree) or any(
        t.lower_ in ("sidelines", "margins", "margin", "sideline") for t in token.subtree) or any(
        prep.dep_ == "prep" and prep.lower_ in ("at", "in") and any(
            obj.dep_ == "pobj" and (obj.lemma_.lower() in _VENUE_NOUNS or obj.ent_type_ in ("FAC", "GPE", "LOC"))
            for obj in prep.children)
        for prep in token.children)


# Verbs that set up a format of meetings rather than hold one ("the trilateral summit was launched in 2008").
_FOUNDING_VERBS = {"launch", "establish", "found", "institute", "create", "inaugurate", "initiate", "institutionalise", "institutionalize"}


def _founded_as_a_format(reading: ArticleReading, noun: Token) -> bool:
    """Whether a gathering noun is the thing a founding verb sets up, naming no party of its own."""
    verb = noun.head
    if noun.dep_ not in ("nsubjpass", "dobj") or verb.lemma_.lower() not in _FOUNDING_VERBS:
        return False
    if cue_lexicon().get((noun.lemma_.lower(), "NOUN"), ({},))[0] and all(w.kind == "call" for w in cue_lexicon()[(noun.lemma_.lower(), "NOUN")]):
        return False  # "The telephone conversation was initiated by the Turkish side": who placed a call, not a format
    return not any(reading.actors.person_at(t) is not None for t in noun.subtree)


def _the_one_called(reading: ArticleReading, child: Token) -> bool:
    """A person the parser took for what someone is called ("called Colombian President Gustavo Petro on
    Tuesday" read as "called him a friend"), when the verb has no other object."""
    return (child.dep_ == "oprd" and reading.actors.person_at(child) is not None
            and not any(c.dep_ == "dobj" for c in child.head.children))


def _time_of_cue(reading: ArticleReading, cue: Cue, assigned: dict, more_times: dict) -> tuple[TimeExpression | None, TimeExpression | None]:
    """The time a cue is read with, and the time it was put off to if it was (which is then its only time)."""
    if _offset_of_its_own(cue, assigned.get(cue.token.i)):
        # "met on Monday, two months after they spoke by phone": the offset restates Monday; the call lies two
        # months before it, counted back once the meeting is dated (encounters/dating.py).
        assigned.pop(cue.token.i)
    deferral = _deferred_to(reading, [assigned.get(cue.token.i), *more_times.get(cue.token.i, ())])
    if deferral is not None:
        more_times[cue.token.i] = []
    expression = assigned.get(cue.token.i)
    return deferral or (_said_on_its_day(reading, expression) if expression is not None else None), deferral


# Words of a quotation that count from the day it was said.
_SPEECH_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this evening": 0, "tomorrow": 1, "yesterday": -1}
_QUOTE_MARKS = '"“”'


def _said_on_its_day(reading: ArticleReading, expression: TimeExpression) -> TimeExpression:
    """ '"I spoke today with Netanyahu," Biden told reporters on Sunday' in Monday's paper: "today" in a
    quotation is the day it was said, when the sentence names that day outside the quotation."""
    shift = _SPEECH_DAYS.get(expression.text.lower())
    doc = reading.doc
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if shift is None or span is None:
        return expression
    sentence = span.sent
    def quoted(char: int) -> bool:
        return sum(doc.text[sentence.start_char:char].count(mark) for mark in _QUOTE_MARKS) % 2 == 1
    if not quoted(expression.start):
        return expression
    said = next((e for e in reading.sentence_times if e is not expression and e.precision == "day" and e.date and len(e.date) == 10
                 and sentence.start_char <= e.start < sentence.end_char and not quoted(e.start)), None)
    if said is None:
        return expression
    day = (as_date(said.date) + timedelta(days=shift)).isoformat()
    return replace(expression, date=day, value=day, anchor="event")


def _offset_of_its_own(cue: Cue, expression: TimeExpression | None) -> bool:
    """Whether the time given to a verb cue is the offset its "after"/"before" clause is measured by."""
    token = cue.token
    if expression is None or cue.word.pos != "VERB" or token.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in token.children):
        return False
    words = expression.text.lower().split()
    return bool(words) and words[-1] in ("after", "before") and any(
        c.dep_ == "npadvmod" and c.idx >= expression.start and c.idx < expression.end for c in token.children)


def _deferred_to(reading: ArticleReading, expressions) -> TimeExpression | None:
    """The time an encounter is put off to ("postponed to July 10", "delayed until next week"), if one of its is."""
    return next((e for e in expressions if e is not None and e.date and is_deferred_to(reading.doc.text, e.start)), None)


def _purpose(clause: Token) -> bool:
    """Whether a clause under a verb is its purpose: "called Petro to discuss the Amazon" (not "called the move
    reckless", "called them to account", nor "called on the Prime Minister to secure a release": urging)."""
    urging = any(c.dep_ == "prep" and c.lower_ == "on" for c in clause.head.children)
    return not urging and clause.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _where_clause_of_a_place(verb: Token) -> bool:
    """Whether the verb heads a "where" clause about a place ("at a base in Anchorage, where they talked")."""
    return (verb.dep_ == "relcl" and any(child.lower_ == "where" for child in verb.children)
            and (verb.head.ent_type_ in ("FAC", "GPE", "LOC") or verb.head.lemma_.lower() in _VENUE_NOUNS
                 or (verb.head.dep_ == "pobj" and verb.head.head.lower_ in ("at", "in"))))


# Buildings and rooms where people meet: talks "at a hotel" were held face to face.
_VENUE_NOUNS = {"hotel", "palace", "residence", "house", "office", "villa", "castle", "estate", "resort", "venue", "hall",
                "chancellery", "ministry", "embassy", "airport", "retreat", "dinner", "lunch", "banquet"}


def _names_own_parties(reading: ArticleReading, noun: Token) -> bool:
    """Whether a noun names its parties itself ("Putin's conversation with Xi"), not by a pronoun or a
    group ("their conversation", "conversations between the two leaders")."""
    for child in noun.children:
        if (child.dep_ == "prep" and child.lower_ in ("with", "between")) or child.dep_ == "poss":
            if any(reading.actors.person_at(t) is not None for t in child.subtree):
                return True
        if child.dep_ == "poss" and child.lower_ == "their":
            # "Biden and Xi discussed trade in their first conversation": the pair its own clause names
            verb = governing_verb(noun)
            subjects = [t for s in (verb.children if verb is not None else ()) if s.dep_ == "nsubj" for t in s.subtree]
            if len({p.name for t in subjects if (p := reading.actors.person_at(t)) is not None}) >= 2:
                return True
    return False


_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "maiden"}


def _describes_the_trip(noun: Token) -> bool:
    """ "This is X's third visit to Y", "It was his first trip abroad", "..., his second trip there in
    five years": a count of the trip told, not a new one."""
    counted = any(child.lower_ in _ORDINALS for child in noun.children)
    if noun.dep_ == "appos":
        return counted
    start = noun.left_edge.i
    if counted and start > noun.sent.start and noun.doc[start - 1].text == "," and any(
            is_encounter_noun(t) or t.lemma_.lower() in ("meet", "visit", "call") for t in noun.doc[noun.sent.start : start - 1]):
        # "held talks with the Iranian President on Wednesday, their first meeting since ...": set off
        # by a comma after the encounter told, however the parser hung it.
        return True
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return counted and subject is not None and subject.lower_ in ("this", "it", "that", "which")


# Gatherings that put people in one room: leaders who speak around one are not on the telephone.
# (Not "summit" or "forum" themselves: "spoke ahead of next week's summit" may well be by telephone.)
_IN_PERSON_NOUNS = {"session", "sidelines", "sideline", "margins", "margin", "dinner", "lunch", "breakfast",
                    "banquet", "ceremony", "reception", "retreat", "plenary"}


# Words a parser may take for a complement of "be" that only say when: "was last in Washington".
_WHEN_WORDS = {"last", "first", "previously", "recently", "once", "already", "again"}


def _is_presence(verb: Token, found: Parties, is_place=lambda token: token.ent_type_ in ("GPE", "LOC")) -> bool:
    """ "Lula will be in Uruguay on Dec. 5-6", "Xi is in Moscow": one official's presence in a place -
    not a description ("were the first ministers to meet him, in Damascus") nor a group."""
    # ("was last in Washington in 2021": "last" tells when, it describes no one)
    # ("was due in Copenhagen", "is expected in Minsk": a presence planned)
    if len(found.subjects) != 1 or any(child.dep_ in ("attr", "acomp", "oprd") and child.lower_ not in _WHEN_WORDS
                                       and modality_lexicon().get(child.lower_) != "planned"
                                       for child in verb.children):
        return False
    return any(child.dep_ == "prep" and child.lower_ == "in" and any(is_place(g) for g in child.subtree)
               for head in [verb, *_planned_predicates(verb)] for child in head.children)


def _planned_predicates(verb: Token) -> list[Token]:
    """The adjective that makes "be" a plan: "was due in Copenhagen", "is expected in Minsk"."""
    return [child for child in verb.children
            if child.dep_ in ("acomp", "oprd") and modality_lexicon().get(child.lower_) == "planned"]


def _names_a_place(reading: ArticleReading, token: Token) -> bool:
    """A place name, also where the tagger took it for an organisation or a building ("in Copenhagen" as ORG,
    "Port Moresby" as FAC) and the
    gazetteer knows it."""
    if token.ent_type_ in ("GPE", "LOC"):
        return True
    if token.pos_ != "PROPN" or token.ent_type_ not in ("ORG", "FAC", "") or token.dep_ != "pobj":
        return False
    return resolve_place(reading.kb, names_in(token), []) is not None


def _far_apart(reading: ArticleReading, current: _Cue) -> bool:
    """ "Lula said he and Fernandez spoke on Tuesday about trade": leaders of two countries who speak
    with no place named speak by telephone; had they met, the report would say where. (A name the
    tagger took for a place, "Scholz and Ruto spoke", is still a person.)"""
    countries = {p.country for p in current.people if p.country}
    if len(current.people) < 2 or len(countries) < 2:
        return False
    if any(child.dep_ == "aux" and child.lower_ in ("will", "shall", "'ll") for child in current.token.children) and not _speaks_with_someone_soon(current.token):
        return False  # "They will also be talking about trade": what a coming meeting will cover
    if any(t.lemma_.lower() in _IN_PERSON_NOUNS and not _told_aside(t, current.token) for t in current.token.sent):
        return False  # "The two spoke following a working session": they were in one room
    names = {p.name for p in current.people}
    if any(d.kind == "meeting" and names <= {p.name for p in d.parties} and 0 <= current.index - d.sentence_index <= 2
           for d in reading.mentions):
        return False  # "Wong met Ardern in Wellington. They also talked about trade": the meeting goes on
    # (a place where they were: "spoke in Paris"; not one inside what they spoke of, "the India-UK agreement")
    # (also hung on a party: "a brief conversation with Biden in Lima")
    return not any(t.ent_type_ in ("GPE", "FAC", "LOC") and reading.actors.person_at(t) is None
                   and t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and not _told_aside(t, current.token)
                   for t in current.token.subtree)


def _part_of_a_joined_encounter(verb: Token) -> bool:
    """Whether a verb is joined by "and" to a verb that tells an encounter ("met" or "held talks")."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    head = verb.head
    return bool(cue_lexicon().get((head.lemma_.lower(), "VERB"))) and head.lemma_.lower() not in ("have", "hold") or any(
        child.dep_ == "dobj" and is_encounter_noun(child) for child in head.children)


def _speaks_with_someone_soon(verb: Token) -> bool:
    """ "Biden will speak with Zelensky on Thursday": a coming talk with someone named, on a day and at no
    gathering, is a call being set up (not "will speak with Xi at the summit")."""
    with_someone = any(child.dep_ == "prep" and child.lower_ == "with" and any(g.dep_ == "pobj" and g.ent_type_ == "PERSON" or g.pos_ == "PROPN" for g in child.children)
                       for child in verb.children)
    on_a_day = any(child.dep_ in ("prep", "npadvmod") and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree) for child in verb.children)
    at_a_gathering = any(t.lemma_.lower() in _GATHERING_NOUNS | _IN_PERSON_NOUNS for t in verb.sent)
    return with_someone and on_a_day and not at_a_gathering


def _told_aside(token: Token, cue: Token) -> bool:
    """Whether a word stands in a relative clause on someone, apart from the cue's own clause ("Blinken, who
    was in Beijing for talks with Xi, spoke with Fidan": the talks are Blinken's, elsewhere)."""
    return any(a.dep_ == "relcl" and a not in cue.ancestors and a is not cue for a in token.ancestors)


def _lasted(verb: Token) -> bool:
    """ "spoke for forty minutes": a conversation of a measured length, as calls are reported."""
    return any(child.lower_ == "for" and any(obj.lemma_.lower() in ("minute", "hour") for obj in child.children)
               for child in verb.children)


# Prepositions that place an encounter against another one rather than say how it is held.
_BEFORE_OR_AFTER = {"after", "following", "before", "since", "ahead", "prior"}


def mentions_phone(governors: list[Token]) -> bool:
    """Whether the encounter is by phone or video: "phone call", "spoke by phone", "held talks over
    the telephone", "virtual summit", "met virtually". Only the cue's own phrase and the verb's
    adverbials count, not a phone call mentioned elsewhere in the clause."""
    call_words = {lemma for lemma, effect in modality_lexicon().items() if effect == "call"}
    cue, verbs = governors[0], governors[1:]
    if cue.pos_ not in ("VERB", "AUX") and cue.dep_ == "pobj" and cue.head.lower_ in _BEFORE_OR_AFTER:
        verbs = []  # "spoke by phone on Monday, a week after their meeting in Sochi": the phone is the clause's
    words = list(cue.subtree) if cue.pos_ not in ("VERB", "AUX") else [cue]
    for verb in verbs + ([cue] if cue.pos_ in ("VERB", "AUX") else []):
        for child in verb.children:
            if verb is cue and child.dep_ == "dobj" and child.lemma_.lower() in call_words | {"call"}:
                return True  # "received a (phone) call from the Emir": the receiving is the call
            if verb is cue and child.dep_ == "dobj":
                # "exchanged views over the phone": the parser hangs the means on the object
                words.extend(t for prep in child.children if prep.dep_ == "prep" and prep.lower_ in ("by", "over", "via", "in", "during")
                             for t in prep.subtree)
            if child.dep_ == "prep" and child.lower_ in _BEFORE_OR_AFTER:
                continue  # "Following their phone call, the two will discuss": another encounter, not the means
            if verb is cue and child.dep_ == "prep" and _names_a_call(child):
                return True  # "discussed energy, according to a Kremlin readout of the call"
            if child.dep_ in ("prep", "advmod", "npadvmod", "acomp"):
                words.append(child)
                for grandchild in child.children:
                    # "by phone", "over the telephone", "on a phone call" - but "in a phone call to
                    # Erdogan during a meeting between Obama and Netanyahu" is the call's, not the meeting's.
                    if grandchild.dep_ in ("pobj", "amod", "compound") and not (cue.pos_ not in ("VERB", "AUX") and grandchild.lemma_.lower() in ("call", "conversation")):
                        words.extend(grandchild.subtree)
    return any(token.lower_ in call_words or token.lemma_.lower() in call_words for token in words)


@lru_cache(maxsize=8)
def _noun_cues(kinds: tuple[str, ...], needs: str | None = None) -> frozenset[str]:
    """The noun cue lemmas of some kinds (and, given, of one need) in the cue lexicon."""
    return frozenset(lemma for (lemma, pos), words in cue_lexicon().items() if pos == "NOUN"
                     and any(w.kind in kinds and (needs is None or w.needs == needs) for w in words))


def _during_the_call_in_focus(reading: ArticleReading, current: _Cue, expression) -> bool:
    """ "During the 50-minute conversation, the two leaders discussed ...": what was done in the call told
    before, not another call; the call in focus takes what the sentence adds. Returns whether it did."""
    if current.is_noun or current.kind != "call":
        return False
    nouns = [t for prep in current.token.children if prep.dep_ == "prep" and _names_a_call(prep)
             for t in prep.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in _noun_cues(("call",))]
    if not nouns or not all(is_anaphoric(noun) for noun in nouns):
        return False
    # (the last call of the same people the story told, however far back: the definite article points to it)
    names = {p.name for p in current.people}
    target = next((d for d in reversed(reading.mentions) if d.kind == "call" and names <= {p.name for p in d.parties}), None)
    if target is None:
        # ("During the calls, the leaders ...": the people of several calls told just before)
        return _during_the_ones_told(reading, current, expression, nouns[-1])
    enrich(reading.kb, target, expression, current.governors)
    return True


def _during_the_ones_told(reading: ArticleReading, current: _Cue, expression, noun: Token | None = None) -> bool:
    """ "... received separate phone calls from A and B. During the calls, the leaders discussed Gaza": a
    definite noun in a "during" phrase places what the sentence tells in encounters told before, not in a new
    one - when the people it names all took part in those of the same family (calls apart) told within the
    anaphora window. The last of them takes what the sentence adds. `noun` is the noun of the phrase when the
    cue is the verb it modifies. Returns whether it was such a reference."""
    token = noun if noun is not None else current.token
    if not (current.is_noun or noun is not None) or not current.people or not is_anaphoric(token):
        return False
    if not (token.dep_ == "pobj" and token.head.lower_ in ("during", "in", "over", "throughout")
            and token.head.head.pos_ in ("VERB", "AUX") and token.head.i < token.head.head.i):
        return False  # (only an opening phrase: "took part in the talks" is the encounter itself)
    if any(child.lower_ in _EARLIER_WORDS for child in token.children):
        return False  # "In their previous call, in October, the two discussed Lebanon": another one
    told = [d for d in reading.mentions if (d.kind == "call") == (current.kind == "call")
            and current.index - d.sentence_index <= ANAPHORA_SENTENCE_WINDOW]
    taking_part = {p.name for d in told for p in d.parties}
    if not told or not {p.name for p in current.people} <= taking_part:
        return False
    if expression is not None and told[-1].date and not expression.date.startswith(told[-1].date[:len(expression.date)]):
        return False  # a time of its own that is not theirs
    enrich(reading.kb, told[-1], expression, current.governors)
    return True


def _names_a_call(prep: Token) -> bool:
    """ "according to a readout of the call", "during the conversation": a verb's phrase that places what it
    tells in a call (a conversation with no meeting, summit or visit named in the phrase is one by phone)."""
    if prep.lower_ not in ("during", "in", "according", "over"):
        return False  # (not "with the purchase expected to dominate the conversation")
    words = {t.lemma_.lower() for t in prep.subtree if t.pos_ == "NOUN"}  # (not "the so-called process")
    # (a call noun that is one by itself, "the call"; "conversation" only with no meeting or visit beside it)
    return bool(words & _noun_cues(("call",), needs="")) or (
        "conversation" in words and not words & _noun_cues(("meeting", "visit")))


# 4. time and status ------------------------------------------------------------

def _time_and_status(reading: ArticleReading, current: _Cue, expression: TimeExpression | None) -> tuple[TimeExpression | None, StatusDecision] | None:
    token, is_noun = current.token, current.is_noun
    published, published_iso = reading.published, reading.published_iso
    if expression is not None and published is not None:
        expression = reanchor_present_weekday(expression, token if not is_noun else (governing_verb(token) or token), published)
    if expression is not None and token.i in reading.reported:
        # The day a plan was announced is not the day it will happen.
        if decide_status(token, is_noun, None, published_iso).status != "occurred":
            expression = None
    decision = decide_status(token, is_noun, expression.date if expression else None, published_iso)
    if expression is not None and decision.status in ("planned", "occurred", "cancelled") and published is not None:
        turned = direct_by_status(expression, decision.status, published, planned_day=in_a_plan_phrase(reading.doc, expression))
        if turned is not expression:
            expression = turned
            decision = decide_status(token, is_noun, expression.date, published_iso)
    if decision.status is None:
        logger.debug("skipped %r: %s", token.sent.text[:80], decision.reason)
        return None
    if expression is None and published_iso and is_present_state(token, is_noun) and (is_noun or current.cue.word.kind == "visit"):
        # "Modi is on a six-day visit to Japan", "Modi visits Australia": going on now.
        expression = TimeExpression(text="", start=token.idx, end=token.idx, kind="DATE", value=published_iso[:7],
                                    precision="month", date=published_iso[:7], anchor="publication")
        if decision.status == "occurred":
            decision = replace(decision, reason=GOING_ON_AT_PUBLICATION, is_default=False)
    return expression, decision


# 5. the encounter in focus -----------------------------------------------------

def _parties_of_the_series(reading: ArticleReading, current: _Cue) -> list[Person]:
    """ "they had held five phone or video calls, most recently a phone call in July, as well as a
    virtual summit in November": encounters set off after a comma to single out some of the ones just
    told are between the same parties."""
    first = current.token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ not in ("npadvmod", "appos") or first.i == 0 or first.doc[first.left_edge.i - 1].text != ",":
        return []
    if current.token.tag_ != "NN":
        return []  # "..., meetings that helped pave the way for the summit": a summary, not one singled out
    head = first.head
    on = reading.published
    found = reading.parties.of_noun(head, on, None) if head.pos_ in ("NOUN", "PROPN") else reading.parties.of_verb(head, on, None)
    people = [p for p in found.all() if p.is_official]
    return people if len(people) >= 2 else []


def _previous_edition(reading: ArticleReading, current: _Cue, expression: TimeExpression | None) -> list[Person]:
    """ "The previous retreat took place here in February of last year", "The 21st edition was held in New
    Delhi in December 2021": an earlier edition of the meeting in focus, between the holders then of the
    same offices (and "with then-Iranian President Rouhani": the one the text names for then)."""
    noun = current.token
    # (an ordinal edition, "the 21st edition", not the count of a group's name: "the Group of 20 summit")
    if not any(child.lower_ in _EARLIER_WORDS or child.lower_ in _ORDINALS or (child.like_num and child.lower_[-2:] in ("st", "nd", "rd", "th"))
               for child in noun.children if child.dep_ in ("amod", "nummod")):
        return []
    if any(child.dep_ == "poss" and child.lower_ == "its" for child in noun.children):
        return []  # "Its previous summit was held in Manila": a grouping's, not the pair in focus's
    published = reading.published
    day = as_date(expression.date if expression else None)
    if day is None or published is None or day >= published:
        return []
    if noun.dep_ in ("nsubj", "nsubjpass") and any(reading.actors.person_at(t) is not None for c in noun.head.children
                                                    if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") for t in c.subtree):
        return []  # "The previous summit, in Phnom Penh, saw Ardern hold talks with Hun Sen": the setting of others' talks
    focus = main_pair(reading.mentions)
    if not focus:
        return []
    then = []
    for person in focus:
        if person.terms and not any(term.covers(day) for term in person.terms) and person.country and person.office:
            person = reading.actors.holder(person.country, person.office, day) or person
        then.append(person)
    named = [p for g in current.governors for child in g.children if child.dep_ == "prep" and child.lower_ == "with"
             for obj in child.children for p in reading.parties._people(obj, day, None, None)]
    for person in named:  # "with then-Iranian President Hassan Rouhani"
        then = [p for p in then if p.country != person.country] + [person]
    return then if len({p.name for p in then}) >= 2 else []


# Words that make a gathering an earlier one of the same kind: "the previous retreat", "the last summit".
_EARLIER_WORDS = {"previous", "last", "preceding", "earlier", "prior"}


def _focus_or_pair(reading: ArticleReading, current: _Cue, expression: TimeExpression | None, decision: StatusDecision | None = None) -> bool:
    """A noun with no parties of its own speaks of the encounter in focus ("The meeting, which will
    take place on Wednesday, ..."), which it enriches. With none in focus, a call noun speaks of the
    two officials just named: "Putin and the Saudi crown prince discussed oil. Saturday's phone
    conversation came at Riyadh's initiative." Returns whether the cue is then read as that call."""
    needs = current.cue.word.needs
    if needs == "participants" or not (is_anaphoric(current.token) or needs == "phone_or_participants"):
        return False
    if any(a.lower_ == "since" for a in current.token.ancestors):
        return False  # "the first meeting since the talks in Montevideo": another, earlier encounter
    target = encounter_in_focus(reading.mentions, current.kind, current.index)
    subjects_before = _joint_subjects_before(reading, current) if current.kind == "call" and current.is_phone else []
    if target is not None and not (subjects_before and {p.name for p in subjects_before} != {p.name for p in target.parties}):
        if _new_date_of_one_put_off(target, expression, decision):
            # "He postponed a visit to Saudi Arabia ... His office said the visit would now take place on March 10":
            # put off to a new date, it is planned for that date
            target.status, target.date, target.date_end, target.precision = "planned", expression.date, expression.date_end, expression.precision
            target.reasons.append(f"put off to a new date ('{expression.text}')")
        enrich(reading.kb, target, expression, current.governors)
        bare = not any(c.dep_ == "prep" and c.lower_ in ("to", "in", "with", "between") for c in current.token.children) and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in current.token.children)
        # (told right after: further on, "the scrapped meeting" may be another plan than the last one told)
        if decision is not None and decision.status == "cancelled" and target.status == "planned" and bare and current.index - target.sentence_index <= 1:
            # "... was scheduled to travel to Washington on Wednesday for talks with Trump. The trip had been
            # postponed": the plan told (the trip and the talks on it) is called off
            for told in (d for d in reading.mentions if d.sentence_index == target.sentence_index and d.status == "planned"
                         and (d.kind == "call") == (target.kind == "call")):
                told.status = "cancelled"
                told.reasons.append(f"called off when told again ('{current.token.text}': {decision.reason})")
        return False
    plain_call = current.token.lemma_.lower() == "call" and not any(
        child.dep_ in ("prep", "acl") and child.lower_ in ("for", "to", "on") for child in current.token.children)
    if current.kind != "call" or not (current.is_phone or plain_call):
        # "These conversations echo ...": no phone word, no call to find parties for ("The call, requested by
        # Tokyo, lasted 20 minutes" is one; "the call for a ceasefire" is not)
        return False
    current.people = subjects_before or _pair_just_named(reading, current.token)
    return len(current.people) >= 2


# Words by which an encounter is put off rather than called off.


def _put_off_to(reading: ArticleReading, current: _Cue, expression: TimeExpression | None) -> bool:
    """ "had been due to travel to Riyadh on Wednesday, but ... had postponed the visit to March 10": the trip told
    before is planned for the new date. Returns whether it was so put off."""
    if expression is None or not expression.date or not is_deferred_to(reading.doc.text, expression.start):
        return False
    target = encounter_in_focus(reading.mentions, current.kind, current.index)
    names = {p.name for p in current.people}
    if target is None or target.status == "occurred" or (names and not names & {p.name for p in target.parties}):
        return False
    target.status, target.date, target.date_end, target.precision = "planned", expression.date, expression.date_end, expression.precision
    target.reasons.append(f"put off to '{expression.text}'")
    return True



def _new_date_of_one_put_off(target: Draft, expression: TimeExpression | None, decision: StatusDecision | None) -> bool:
    """Whether a later mention gives a postponed encounter its new date: planned, on a day of its own."""
    return (target.status == "cancelled" and decision is not None and decision.status == "planned" and expression is not None
            and expression.date is not None and expression.date != target.date and not expression.value.endswith("_REF")
            and was_put_off(target))


def _joint_subjects_before(reading: ArticleReading, current: _Cue) -> list[Person]:
    """Officials of different countries who are together the subject of the sentence before, where that
    sentence told no encounter of its own: "The Sultan and the Emir of Qatar reviewed regional developments
    on Friday. Friday's telephone conversation was made at the request of the Qatari side." They outrank
    the call in focus, which the sentence before did not continue."""
    if current.index == 0 or any(d.sentence_index == current.index - 1 for d in reading.mentions):
        return []
    root = reading.sentences[current.index - 1].root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    people: list[Person] = []
    # (the whole subject phrase: the parser hangs "His Majesty the Sultan and His Highness Sheikh Tamim"
    # on the honorifics)
    for token in subject.subtree:
        person = reading.actors.person_at(token)
        if person is None and reading.actors.is_role_noun(token):
            found = reading.actors.resolve(token)  # "the Sultan": the sultan named before
            person = found[0] if len(found) == 1 else None
        if person is None or person in people:
            continue
        if not person.is_official or any(person.country == p.country for p in people):
            return []
        people.append(person)
    return people if len(people) >= 2 else []


def _attendees(reading: ArticleReading, token: Token) -> Parties:
    """The officials a clause on attendance lists ("In attendance were Presidents A, B and C")."""
    verb = governing_verb(token) or token.head
    listed = Parties()
    for word in verb.subtree:
        person = reading.actors.person_at(word)
        if person is not None and person.is_official and person not in listed.others:
            listed.others.append(person)
    return listed


def _taking_part_in_the_one_told(current: _Cue) -> bool:
    """ "Vance and Rubio took part in parts of the talks", "joined the meeting": people who join the encounter
    the story is telling, named by a definite noun, are more of its parties, not an encounter of their own."""
    governor, noun = current.governor, current.token
    if not current.is_noun or governor is None or not is_anaphoric(noun):
        return False
    # (the thing joined: "joined the talks", "took part in (parts of) the talks" - not "joined them before the
    # talks", nor "joined them, in the first encounter of the three")
    lemma = governor.lemma_.lower()
    if lemma in ("join", "attend"):
        return noun.dep_ == "dobj"
    taking_part = lemma == "participate" or (lemma == "take" and any(c.lower_ == "part" for c in governor.children))
    inside = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj" else noun
    return taking_part and inside.dep_ == "pobj" and inside.head.lower_ == "in"


def _attending_were(reading: ArticleReading, current: _Cue, on) -> bool:
    """ "Attending were the presidents of Kenya, William Ruto; DR Congo, Felix Tshisekedi; and ...": like "In
    attendance were", the people listed; returns whether it is so told (and sets them as the cue's people)."""
    token = current.token
    if token.lemma_.lower() != "attend" or token.dep_ not in ("csubj", "nsubj") or token.head.lemma_.lower() != "be":
        return False
    listed = [child for child in token.head.children if child.dep_ in ("attr", "nsubj")]
    people = [p for child in listed for t in child.subtree if (p := reading.actors.person_at(t)) is not None and p.is_official]
    if not people:
        people = [p for child in listed for p in reading.parties._people(child, on, None, None)]
    current.people = [p for i, p in enumerate(people) if p not in people[:i]]
    return bool(current.people)


def _gathering_told_brings_together(current: _Cue) -> bool:
    """Whether a definite gathering noun is the subject of "brought together" ("The summit brought together ...")."""
    governor, noun = current.governor, current.token
    return (current.is_noun and governor is not None and is_anaphoric(noun) and noun.dep_ == "nsubj"
            and governor.lemma_.lower() in ("bring", "gather", "unite", "assemble"))


def _in_company_of_focus(reading: ArticleReading, current: _Cue) -> None:
    """ "Trump met Zelenskyy in the Oval Office. He was then joined by Starmer and Macron": the one joined
    was with the people of the meeting just told, who all meet the newcomers."""
    target = encounter_in_focus(reading.mentions, "meeting", current.index)
    if target is None or not any(person in target.parties for person in current.people):
        return
    current.people = target.parties + [person for person in current.people if person not in target.parties]


def _join_focus(reading: ArticleReading, current: _Cue, delegations: bool = False) -> bool:
    """ "In attendance were Presidents Embalo of Guinea-Bissau, Ouattara of Cote d'Ivoire and Sall of
    Senegal": the people listed take part in the gathering in focus."""
    told_as_done = current.governor is not None and current.governor.tag_ == "VBD"
    target = encounter_in_focus(reading.mentions, "meeting", current.index, "occurred" if told_as_done else None)
    if target is None or not current.people:
        return False
    # (with `delegations`, those of a country already at the table are its delegation, no parties themselves)
    seated = {p.country for p in target.parties} if delegations else set()
    target.parties = target.parties + [p for p in current.people if p not in target.parties
                                       and not (p.country in seated or (delegations and p.country is None))]
    return True


# Verbs by which one person convenes a gathering named by their object ("hosted a peace summit").
_CONVENING_VERBS = {"host", "chair", "convene", "organise", "organize", "co-host", "cohost"}


def _add_host_told_before(reading: ArticleReading, current: _Cue) -> None:
    """ "Sisi hosted a peace summit on Saturday. Attending the summit were ...": the gathering a definite noun
    points back to was convened by someone the sentences before name; the host takes part."""
    lemma = current.token.lemma_.lower()
    first = max(0, current.index - ANAPHORA_SENTENCE_WINDOW)
    for sentence in reversed(reading.sentences[first:current.index]):
        for noun in sentence:
            if noun.lemma_.lower() != lemma or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _CONVENING_VERBS:
                continue
            hosts = [person for subject in noun.head.children if subject.dep_ == "nsubj"
                     if (person := reading.actors.person_at(subject)) is not None and person.is_official]
            current.people = current.people + [host for host in hosts if host not in current.people]
            return


def _hosts_of_the_one_told(reading: ArticleReading, current: _Cue) -> bool:
    """ "Putin and Zelensky met in Paris. The talks, hosted by Macron and Merkel, ...": the hosts of an
    encounter the story points back to are more of its parties."""
    token = current.token
    if not current.people:
        return False
    if current.is_noun:
        # ("The talks, hosted by A and B, ...": the noun's only people are those its participle names)
        hosts = [reading.actors.person_at(t) for acl in token.children if acl.dep_ == "acl" and acl.lemma_.lower() in _CONVENING_VERBS
                 for agent in acl.children if agent.dep_ == "agent" for t in agent.subtree]
        if not is_anaphoric(token) or not all(person in hosts for person in current.people):
            return False
    else:
        gathering = _gathering_of_participle(token) if token.lemma_.lower() in _CONVENING_VERBS and token.tag_ == "VBN" else None
        told = next((d for d in reversed(reading.mentions) if gathering is not None and d.cue_index == gathering.i), None)
        if told is not None:
            # "took part in a meeting in El Alamein, hosted by Sisi": the noun's own mention tells it, and where the
            # host is at home, there
            told.location = told.location or find_place(reading, told.kind, current.governors, current.found, current.people)
            return True
        hosted = reading.parties.subject_tokens(token) if token.lemma_.lower() in _CONVENING_VERBS and not current.found.subjects else []
        if not hosted or not all(is_encounter_noun(noun) and is_anaphoric(noun) for noun in hosted):
            return False
    target = encounter_in_focus(reading.mentions, "meeting", current.index)
    if target is None or len(target.parties) < 2:
        return False
    target.parties = target.parties + [person for person in current.people if person not in target.parties]
    return True


def _on_the_sidelines_of_the_one_told(reading: ArticleReading, current: _Cue, draft: Draft) -> None:
    """ "Hamad took part in a meeting in El Alamein yesterday ... On the sidelines of the meeting, he held
    talks with Sisi": held while the gathering just told was, on its day."""
    side = next((t for g in current.governors for t in g.subtree if t.lower_ in SIDE_NOUNS
                 and any(of.lower_ == "of" and any(is_anaphoric(n) for n in of.children) for of in t.children)), None)
    if side is None:
        return
    gathering = next((d for d in reversed(reading.mentions) if len(d.parties) >= 3 and d.kind == "meeting"
                      and current.index - d.sentence_index <= ANAPHORA_SENTENCE_WINDOW), None)
    # (the last one told, dated or not; and not one years back: the story's own)
    if gathering is not None and gathering.date and not (reading.published and abs(
            (as_date(gathering.date) - reading.published).days) > SIDELINES_REACH_DAYS):
        draft.date, draft.date_end, draft.precision = gathering.date, gathering.date_end, gathering.precision
        draft.location = draft.location or gathering.location
        draft.reasons.append("on the sidelines of the gathering just told")


# A trip or a gathering whose days may be counted ("the second day of the visit", "the final day of the summit").
_DAYS_OF_NOUNS = TRIP_NOUNS | {"summit"}


def _on_a_day_of_the_trip_told(reading: ArticleReading, current: _Cue, draft: Draft) -> None:
    """ "began a two-day visit to Moscow on Monday. On the second day of the visit he held talks with Putin":
    the day counted from the first day of the trip just told ("the final day" from its length)."""
    # (anywhere in the sentence: the parser may make "On the second day of the visit" its root; but not in a
    # clause joined to the cue's, which tells another encounter: "held informal talks, and on the second day of the
    # visit the two held formal negotiations")
    clause = current.governor or current.token
    later_clauses = [v for v in clause.children if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX")]
    day = next((t for t in current.token.sent if t.dep_ == "pobj" and t.lemma_.lower() == "day" and t.head.lower_ == "on"
                and not any(t in v.subtree for v in later_clauses)
                and not (clause.dep_ == "conj" and t not in clause.subtree)), None)
    of = next((c for c in day.children if c.dep_ == "prep" and c.lower_ == "of"), None) if day is not None else None
    noun = next((t for t in of.children if t.dep_ == "pobj" and t.lemma_.lower() in _DAYS_OF_NOUNS and is_anaphoric(t)), None) if of else None
    ordinal = next((c.lower_ for c in day.children if c.dep_ == "amod"), None) if noun is not None else None
    if ordinal is None:
        return
    names = {p.name for p in draft.parties}
    trip = next((d for d in reversed(reading.mentions) if d.date and len(d.date) == 10 and names & {p.name for p in d.parties}
                 and current.index - d.sentence_index <= ANAPHORA_SENTENCE_WINDOW), None)
    if trip is None:
        return
    if ordinal in ("final", "last"):
        length = _length_in_days(reading, trip)
        offset = (as_date(trip.date_end) - as_date(trip.date)).days if trip.date_end else (length - 1 if length else None)
    else:
        number = load_lexicon()["ordinals"].get(ordinal)
        offset = number - 1 if number else None
    if offset is None or offset < 0:
        return
    draft.date, draft.precision = (as_date(trip.date) + timedelta(days=offset)).isoformat(), "day"
    draft.reasons.append(f"the {ordinal} day of the trip told")


def _length_in_days(reading: ArticleReading, trip: Draft) -> int | None:
    """The length of a trip its noun gives: "a three-day visit"."""
    if trip.cue_index < 0:
        return None
    noun = reading.doc[trip.cue_index]
    nouns = [noun] + [t for t in noun.subtree if t.lemma_.lower() in _DAYS_OF_NOUNS]
    for trip_noun in nouns:
        for day in (c for c in trip_noun.children if c.lemma_.lower() == "day"):
            count = next((number_of(c.text) for c in day.children if c.dep_ == "nummod"), None)
            if count:
                return int(count)
    return None


def _gathering_of_participle(participle: Token) -> Token | None:
    """The gathering noun, not anaphoric, a participle describes: hung on the noun ("a meeting, hosted by Sisi")
    or on the verb that holds it ("took part in a meeting in El Alamein, hosted by Sisi"), as the noun's own
    reading takes it (participants.py, gathering clauses)."""
    if participle.dep_ == "acl":
        return participle.head if is_encounter_noun(participle.head) and not is_anaphoric(participle.head) else None
    if participle.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in participle.children):
        return None
    return next((t for t in participle.head.subtree if t.i < participle.i and is_encounter_noun(t) and not is_anaphoric(t)
                 and governing_verb(t) == participle.head), None)


def _host_of_focus(reading: ArticleReading, current: _Cue) -> bool:
    """ "Kagame's visit to Luanda ... Hosted by President Lourenco, the meeting focused on security": an
    anaphoric meeting naming one person names the host of the trip in focus, which becomes a meeting."""
    hosting_with_no_guest = not current.is_noun and not current.found.subjects and current.token.lemma_.lower() in ("host", "receive", "welcome")
    if not (is_anaphoric(current.token) if current.is_noun else hosting_with_no_guest):
        return False  # ("Hosted by President Lourenco, the meeting ...": the guest is the one in focus)
    host = current.people[0]
    target = encounter_in_focus(reading.mentions, current.kind, current.index)
    if target is None or host in target.parties or target.location is None:
        return False
    if host.country is None or host.country != target.location.country or any(p.country == host.country for p in target.parties):
        return False
    target.parties = target.parties + [host]
    target.kind = "meeting"
    return True


# How far back a call noun with no parties looks for the two it speaks of: its
# own sentence and the one before ("... discussed oil. Saturday's call ...").
PAIR_REACH_SENTENCES = 1


def _pair_just_named(reading: ArticleReading, token: Token) -> list[Person]:
    """The two officials of different countries named last before `token`, in its sentence or the one before."""
    index = next(i for i, sentence in enumerate(reading.sentences) if sentence.start <= token.i < sentence.end)
    since = reading.sentences[max(0, index - PAIR_REACH_SENTENCES)].start_char
    named = []
    for person in reading.actors.people:
        starts = [start for start in person.mentions if since <= start < token.idx]
        if person.is_official and person.country and starts:
            named.append((max(starts), person))
    pair: list[Person] = []
    for _, person in sorted(named, key=lambda item: item[0], reverse=True):
        if all(person.country != other.country for other in pair):
            pair.append(person)
    return pair[:2] if len(pair) >= 2 else []


# 7. visits ---------------------------------------------------------------------

def _host_of_the_place(reading: ArticleReading, current: _Cue, on) -> None:
    """ "The President on Wednesday received Ethiopian Prime Minister Abiy Ahmed at State House, Nairobi": a
    bare role that hosts at a place is the holder of that office in the place's country."""
    token = current.token
    if current.found.subjects or current.is_noun or token.lemma_.lower() not in _HOST_VERBS:
        return
    place = find_place(reading, "meeting", current.governors, current.found, [])
    if place is None or not place.country:
        return
    for subject in (c for c in token.children if c.dep_ == "nsubj" and reading.actors.is_role_noun(c)):
        if not any(child.lower_ == "the" for child in subject.children):
            continue
        host = reading.actors.holder_of_role_in(subject, place.country, on)
        if host is not None and all(host.name != p.name for p in current.people):
            current.found.subjects.append(host)
            current.people.insert(0, host)
            current.kind = "meeting" if current.kind == "visit" and len(current.people) >= 2 else current.kind


_HOST_VERBS = {"receive", "host", "welcome"}


def _visit(reading: ArticleReading, current: _Cue, place: Place | None, expression: TimeExpression | None = None) -> Place | None:
    """Travellers and destination of a visit; a visit that names its host becomes a meeting.

    Leaves `current.people` empty when the cue reports no foreign trip by an official.
    """
    if current.kind != "visit":
        return place
    token = current.token
    if place is None:
        place = _where_the_summit_attended_is(reading, current, expression)
    if current.cue.word.lemma in _SENDING_VERBS:
        # "is sending Vice President Alckmin to the summit instead": the one sent travels, to a place or
        # to a gathering whose city the forum gives.
        sent = [reading.actors.person_at(child) for child in token.children if child.dep_ == "dobj"]
        current.people = [p for p in current.found.others if p.is_official and p in sent]
        to = [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "to" for obj in prep.children]
        to_gathering = any(obj.lemma_.lower() in _GATHERING_NOUNS for obj in to)
        if not current.people or not to or (place is None and not to_gathering):
            current.people = []  # ("sent her messages": no one is sent anywhere)
        return place
    if place is None and current.is_noun and token.tag_ == "NNS":
        # "there have been state visits previously by Mandela (1996) ...": visits like the one in focus.
        focus = next((d for d in reversed(reading.mentions) if d.location is not None and d.location.country), None)
        if focus is not None:
            place = Place(name=focus.location.country, country=focus.location.country)
    travellers = [p for p in (current.found.subjects or current.people) if p.is_official]
    if not travellers:
        logger.debug("skipped %r (%s): no official traveller", token.text, token.sent.text[:60])
        current.people = []
        return place
    if len(current.people) >= 2 and current.found.host_found:
        current.kind = "meeting"
        return place
    if place is None or place.country is None or all(p.country == place.country for p in travellers):
        if current.cue.word.needs == "place" or place is None:
            logger.debug("skipped %r (%s): no foreign destination", token.text, token.sent.text[:60])
            current.people = []
            return place
    current.people = travellers
    return place


def _where_the_summit_attended_is(reading: ArticleReading, current: _Cue, expression: TimeExpression | None) -> Place | None:
    """ "Tinubu will on Saturday depart Abuja to attend the 17th BRICS Summit": a trip to a summit edition the
    tables know goes to the city that holds it - unless attended from afar ("attended virtually")."""
    if current.is_noun or current.is_phone or any(t.lower_ in _FROM_AFAR_WORDS for t in current.token.sent):
        return None
    summit = summit_from_phrases(reading.kb, occasion_phrases(current.governors), expression.date if expression else None,
                                 reading.published)
    if summit is None or not summit.country:
        return None
    if summit.city:
        return resolve_place(reading.kb, [summit.city], [summit.country]) or Place(name=summit.city, city=summit.city, country=summit.country)
    return Place(name=summit.country, country=summit.country)


# Words that tell a gathering attended without travelling.
_FROM_AFAR_WORDS = {"virtually", "video", "videoconference", "online", "remotely", "virtual"}


# 8. diplomacy ------------------------------------------------------------------

def _is_diplomacy(current: _Cue) -> bool:
    token, people = current.token, current.people
    if not any(p.is_known_leader for p in people) and not all(p.country or is_government_role(p.role) for p in people):
        # Neither party is in the office tables and one has no country: in general news this is
        # a union leader or a company officer far more often than a diplomat.
        logger.debug("skipped %r (%s): no known official and a party without country", token.text, token.sent.text[:60])
        return False
    if current.kind in ("meeting", "call"):
        if len(people) == 1 and _chaired_gathering(current):
            return True  # "Tinubu chaired an ECOWAS summit ... In attendance were ...": kept for its parties
        if len(people) < 2:
            logger.debug("skipped %r (%s): parties %s", token.text, token.sent.text[:60], [p.name for p in people])
            return False
        countries = {p.country for p in people}
        if len(countries) == 1 and None not in countries:
            logger.debug("skipped %r (%s): same country", token.text, token.sent.text[:60])
            return False  # same-country encounters are not diplomacy
    return True


_GATHERING_NOUNS = {"summit", "session", "conference", "meeting", "gathering", "forum"}
# Verbs that schedule what their subject names: "the summit is slated to be held ...".
_SCHEDULING_VERBS = {"slate", "schedule", "set", "plan", "expect", "due"}
# Verbs by which an official sends someone else on a trip.
_SENDING_VERBS = {"send", "dispatch"}
_CHAIRING_VERBS = {"chair", "host", "convene", "open", "preside", "lead"}


def _chaired_gathering(current: _Cue) -> bool:
    """A gathering told with the one who chaired or hosted it: its other parties may be listed later."""
    return (current.is_noun and current.token.lemma_.lower() in _GATHERING_NOUNS and current.governor is not None
            and current.governor.lemma_.lower() in _CHAIRING_VERBS)


def is_government_role(role: str | None) -> bool:
    """Titles only governments give ("NSA", "national security adviser"), unlike "President" of a union."""
    if not role or "press" in role.lower():
        return False
    words = tuple(role.lower().split())
    return any(words[i:i + len(phrase)] == phrase for phrase in government_role_words() for i in range(len(words)))


# 9. the draft ------------------------------------------------------------------

def _evidence(reading: ArticleReading, sentence) -> Evidence:
    """The sentence as the article prints it (not as recased for the parse), with its offsets."""
    # Without white space tokens at its edges: where the text was masked before the parse
    # (text/candidates.py), such a token stands for sentences that were not parsed.
    words = [token for token in sentence if not token.is_space] or list(sentence)
    end = words[-1].idx + len(words[-1].text)
    text = reading.article.text[words[0].idx:end]
    start = words[0].idx + len(text) - len(text.lstrip())
    return Evidence(text.strip(), start, start + len(text.strip()))


def _is_aside(reading: ArticleReading, current: _Cue) -> bool:
    """Whether the cue's clause is a relative clause on a person ("Marrero, who visited Nassau in
    August"), not on a place or time ("visited Beijing in April, during which he held talks")."""
    verb = current.governor if current.governor is not None else current.token
    return verb.dep_ == "relcl" and reading.actors.person_at(verb.head) is not None


def _implied_earlier(reading: ArticleReading, cue: Cue, index: int, roots) -> Draft | None:
    """ "the first get-together for the North American leaders since 2016": a first encounter since a
    time implies the one before it, between the office holders of then, at that time."""
    noun = cue.token
    if cue.word.pos != "NOUN" or not any(child.lower_ == "first" for child in noun.children):
        return None
    # ("will be the first get-together ... since 2016": the parser may hang "since" on the "be")
    around = list(noun.children) + (list(noun.head.children) if noun.dep_ == "attr" else [])
    since = next((child for child in around if child.dep_ == "prep" and child.lower_ == "since"), None)
    if since is None or any(is_encounter_noun(t) for t in since.subtree):
        return None  # "since their Geneva summit": that encounter is told by its own cue
    expression = next((expression for root, expression in roots if since.i < root.i <= since.right_edge.i and expression.date), None)
    summit = _summit_named_since(reading, since) if expression is None else None
    if summit is not None:
        # "their first meeting since the G20 in Rome": the one before was at that summit
        expression = TimeExpression(text=summit.label, start=since.idx, end=since.idx, kind="DATE", value=summit.start.isoformat(),
                                    precision="day", date=summit.start.isoformat(), anchor="absolute")
    if expression is None or reading.published is None or expression.date[:4] > reading.published.isoformat()[:4]:
        return None
    current = _find_parties(reading, cue, index, as_date(expression.date))
    if len(current.people) < 2 or len({p.country for p in current.people}) < 2:
        return None
    current.kind = "call" if cue.word.kind == "call" else "meeting"
    place = resolve_place(reading.kb, [summit.city], [summit.country] if summit.country else []) if summit is not None and summit.city else None
    draft = _draft(reading, current, expression, StatusDecision("occurred", "implied: the first encounter since then"), place)
    if summit is not None:
        apply_summit(reading.kb, draft, summit)
    return draft


def _summit_named_since(reading: ArticleReading, since: Token):
    """The past summit edition a "since" phrase names ("since the G20 in Rome"), or None."""
    phrase = " ".join(t.text for t in since.subtree if t != since)
    summit = summit_from_phrases(reading.kb, [phrase], None, reading.published)
    if summit is None or summit.start is None or reading.published is None or summit.start >= reading.published:
        return None
    return summit


def _draft(reading: ArticleReading, current: _Cue, expression: TimeExpression | None, decision: StatusDecision, place: Place | None) -> Draft:
    evidence = _evidence(reading, current.token.sent)
    draft = Draft(
        kind=current.kind,
        parties=current.people,
        status=decision.status,
        sentence_index=current.index,
        evidence=evidence,
        cue=current.token.text,
        cue_index=current.token.i,
        location=None if current.kind == "call" else place,
        reasons=[decision.reason],
        status_is_default=decision.is_default,
        subjects=[p.name for p in current.found.subjects],
        aside=_is_aside(reading, current),
        awaiting_parties=current.kind != "visit" and len(current.people) < 2,
        by_phone=current.is_phone,
    )
    if expression is not None:
        draft.date, draft.date_end, draft.precision = expression.date, expression.date_end, expression.precision
    city = draft.location.city if draft.location else None
    terms = [person.terms for person in current.people]  # an edition held while the parties were in office
    summit = summit_from_phrases(reading.kb, occasion_phrases(current.governors), draft.date, reading.published, city, terms,
                                 draft.status)
    if summit is None and draft.kind != "call":
        summit = summit_from_phrases(reading.kb, sideline_phrases(current.token.sent, current.governors), draft.date,
                                     reading.published, city, terms, draft.status)
    bare_sidelines = summit is None and has_bare_sidelines(current.token.sent)
    if summit is None and draft.kind != "call" and (bare_sidelines or draft.location is None):
        # "Leaders gathered in Astana for the SCO summit. Xi met Putin on the sidelines." - or, with no
        # place named, "... Biden met Lula on Saturday", a day of that summit.
        in_focus = summit_from_phrases(reading.kb, forum_phrases_before(reading.sentences, current.index), draft.date,
                                       reading.published, city, terms, draft.status)
        if bare_sidelines or held_during(in_focus, draft.date):
            summit = in_focus
    apply_summit(reading.kb, draft, summit)
    if summit is not None and summit.start and _on_the_eve(current.governors) and PRECISION_RANK.get(draft.precision, -1) <= PRECISION_RANK["day"]:
        # "talked for three hours on the eve of the G20 summit": the day before it opened.
        eve = (summit.start - timedelta(days=1)).isoformat()
        draft.date, draft.date_end, draft.precision = eve, None, "day"
    return draft


def _on_the_line(verb: Token) -> bool:
    """ "were on the line for more than two hours", "was on the phone with Macron": being on the phone is a call."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lemma_.lower() in ("line", "phone", "telephone")
                                                   and any(d.lower_ == "the" for d in g.children) for g in c.children)
        for c in verb.children)


def _joined_someone_somewhere(reading: ArticleReading, verb: Token) -> bool:
    """ "The presidents of Mercosur ... joined von der Leyen on stage in Montevideo": an active "joined" with a
    person as object and a place is a meeting (not "joined Biden in calling for a ceasefire", nor "joined the talks")."""
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and reading.actors.person_at(c) is not None]
    if not objects:
        return False
    doing = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children)
    placed = any(c.dep_ == "prep" and c.lower_ in ("in", "at", "on") and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "FAC", "LOC") or g.lower_ in ("stage", "podium")) for g in c.children)
        for c in verb.children)
    return placed and not doing


def _on_the_eve(governors: list[Token]) -> bool:
    """Whether the cue's clause is placed "on the eve of" a gathering."""
    return any(token.lower_ == "eve" and token.dep_ == "pobj" and token.head.lower_ == "on"
               for governor in governors[:2] for token in governor.subtree)
