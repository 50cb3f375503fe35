"""Folding the mentions of one encounter within an article.

Reads: the mentions (drafts) of one article. Adds: one draft per distinct
encounter, in these steps:

1. a visit whose sentence names a host met there becomes that meeting (`hosts`);
2. a trip the article also reports as a meeting there folds into the meeting
   (the meeting takes the trip's place and day);
3. a meeting with no forum held in a summit's city on its days is at that summit;
4. mentions of the same encounter (same parties, compatible kinds, dates,
   places and statuses) combine, the finer date and place winning;
5. step 2 again over the combined encounters.

Also which pair "the two leaders" means (`main_pair`), which the reading of
cues asks while mentions are still being read.
"""
from __future__ import annotations

import re

from ..actors import LEADER_OFFICES, Person
from .draft import GOING_ON_AT_PUBLICATION, PRECISION_RANK, VISIT_LENGTH_DAYS, Draft, draft_dates_compatible, was_put_off, within_days
from .hosts import meet_hosts
from .occasion import apply_summit, summit_at_place
from .participants import told_as_we
from ..model import ArticleRecord
from .reading import ArticleReading, headline_indexes, lead_indexes, start_reading


# How many sentences after a trip an undated meeting may be told and still
# be taken as held on that trip (arrival, then talks, in the next lines).
NARRATIVE_REACH_SENTENCES = 2



def main_pair(drafts: list[Draft], leaders_only: bool = False) -> list[Person] | None:
    """What "the two leaders" means so far: the parties reported together most often (latest on a tie)."""
    counts: dict[frozenset, int] = {}
    latest: dict[frozenset, tuple[int, list[Person]]] = {}
    for order, draft in enumerate(drafts):
        if len(draft.parties) < 2:
            continue
        if leaders_only and not all(p.office in LEADER_OFFICES for p in draft.parties):
            continue
        key = frozenset(p.name for p in draft.parties)
        counts[key] = counts.get(key, 0) + 1
        latest[key] = (order, draft.parties)
    if not counts:
        return None
    best = max(counts, key=lambda key: (counts[key], latest[key][0]))
    return list(latest[best][1])


def same_encounter(a: Draft, b: Draft) -> bool:
    if (a.kind == "call") != (b.kind == "call"):
        return False
    if {p.name for p in a.parties} != {p.name for p in b.parties}:
        return False
    if a.kind == "visit" and b.kind == "visit":
        if a.location and b.location and a.location.country != b.location.country:
            return False
    if not draft_dates_compatible(a, b) and not _put_off_to_the_other(a, b) and not _put_off_to_the_other(b, a):
        return False
    if a.location and b.location and a.location.country and b.location.country and a.location.country != b.location.country:
        return False  # "host Modi in the United States" and "meet in Germany in July" are two meetings
    statuses = {a.status, b.status}
    if statuses == {"planned", "occurred"} and not (a.status_is_default or b.status_is_default):
        planned, held = (a, b) if a.status == "planned" else (b, a)
        if not (a.kind == "call" and planned.date is None):
            return False  # "will visit India in September" and "visited India earlier this year" are two trips
        # "Duterte to receive call from Trump" quoted in the report of that very call.
    return True


def _put_off_to_the_other(put_off: Draft, plan: Draft) -> bool:
    """ "had intended to meet Boluarte in December, but the meeting was delayed" and "will meet Boluarte next
    month": one encounter, put off from the earlier time to the plan's."""
    return (put_off.status == "cancelled" and plan.status == "planned" and was_put_off(put_off)
            and plan.date is not None and (put_off.date is None or put_off.date < plan.date))


def _is_recalled(draft: Draft, published: str | None) -> bool:
    """Dated by month or year to a time before the publication's month: a trip the story looks back on."""
    if not draft.date or draft.precision in ("day", "week") or not published:
        return False
    return draft.date < published[: len(draft.date)]


def is_part_of_meeting(visit: Draft, drafts: list[Draft], published: str | None = None, doc=None, lead: set[int] = frozenset()) -> bool:
    """A trip the article also reports as a meeting with a host there is that meeting, not a second event."""
    if visit.kind != "visit" or visit.location is None:
        return False
    travellers = {p.name for p in visit.parties}
    for meeting in drafts:
        if meeting.kind != "meeting" or meeting is visit or not travellers & {p.name for p in meeting.parties}:
            continue
        there = meeting.location.country if meeting.location else None
        hosts = {p.country for p in meeting.parties if p.name not in travellers}
        if there is not None and visit.location.country != there:
            continue
        # ("Blinken, who arrives in Vientiane on Friday, expects to meet Wang on Saturday": a meeting with
        # no place, days into the trip, is held on it)
        during = (visit.date is not None and meeting.date is not None and len(visit.date) == 10 and len(meeting.date) == 10
                  and visit.date <= meeting.date and within_days(visit.date, meeting.date, VISIT_LENGTH_DAYS))
        if there is None and visit.location.country not in hosts and not (
                during and visit.status == meeting.status and visit.sentence_index == meeting.sentence_index):
            continue
        if meeting.sentence_index < visit.sentence_index and meeting.date is None and there is None and len(hosts - {None}) > 1:
            # (a trip told after a gathering of several countries' leaders, of no place, to one of those countries is
            # another story's: "Macron, Merz ... met Zelensky. [...] Merz travelled to Paris")
            continue
        if (meeting.sentence_index < visit.sentence_index and meeting.date is None and meeting.sentence_index in lead
                and visit.sentence_index not in lead and visit.location.country in ({there} | hosts)
                and visit.status == meeting.status == "occurred" and visit.precision == "day" and not _is_recalled(visit, published)):
            return True  # the trip the lead's news was on, told later ("Museveni arrived on Sunday"): its day is the
            # arrival's, not the news's
        if during and visit.status == "occurred" and meeting.status == "planned":
            return True  # "Ruto, who landed in Atlanta on Monday, ... will meet Biden on Thursday": the trip goes on
        if meeting.date is None and _is_recalled(visit, published) and (
                visit.aside or not 0 <= meeting.sentence_index - visit.sentence_index <= NARRATIVE_REACH_SENTENCES):
            # An undated meeting takes a trip recalled by month or year only when the story tells them
            # together: "Kishida held talks with Yoon" is not "Yoon travelled to Tokyo in March", and
            # "Davis met Marrero, who visited Nassau in August" tells the trip as an aside.
            continue
        where = doc is not None and any(doc[i].lower_ == "where" for i in range(visit.cue_index, meeting.cue_index))
        if (meeting.sentence_index == visit.sentence_index and visit.cue_index < meeting.cue_index
                and ((visit.date is None and there is not None) or where)):
            # "Macron flies on to South Africa, where he is due to meet Ramaphosa on Friday": a trip with no
            # time of its own, or whose where-clause tells the meeting, is that meeting, at the meeting's time.
            if meeting.location is None or (meeting.location.city is None and visit.location.city
                                            and meeting.location.country == visit.location.country):
                meeting.location = visit.location
            return True
        if (draft_dates_compatible(visit, meeting) or within_days(visit.date, meeting.date, VISIT_LENGTH_DAYS)) and visit.status == "cancelled" and meeting.status == "planned":
            # "called off a state visit to the Netherlands" ... "had been due to hold talks with Schoof":
            # the talks go with the trip.
            meeting.status = "cancelled"
            return True
        if (draft_dates_compatible(visit, meeting) or within_days(visit.date, meeting.date, VISIT_LENGTH_DAYS)) and (visit.status == meeting.status or visit.status_is_default or meeting.status_is_default):
            if visit.date is not None and PRECISION_RANK.get(visit.precision, -1) > PRECISION_RANK.get(meeting.precision, -1) and draft_dates_compatible(visit, meeting):
                meeting.date, meeting.date_end, meeting.precision = visit.date, visit.date_end, visit.precision
                # (a trip "going on at publication" dates it no finer than its month: the news's day may still)
                meeting.reasons.extend(r for r in visit.reasons if r == GOING_ON_AT_PUBLICATION)
            if meeting.location is None or (meeting.location.city is None and visit.location.city
                                            and meeting.location.country == visit.location.country):
                meeting.location = visit.location
            if meeting.occasion is None and meeting.kind != "call":
                meeting.occasion = visit.occasion  # the forum the trip was made for
            return True
    return False


def _news_and_a_recalled_one(a: Draft, b: Draft, lead: set[int], published: str | None) -> bool:
    """ "Trump and Xi met for 80 minutes on Saturday ... since they dined together in Buenos Aires in
    December": the lead's undated news (dated later by the report's day) is not an encounter the story
    recalls from a month before publication."""
    for news, other in ((a, b), (b, a)):
        if (news.date is None and news.status == "occurred" and news.sentence_index in lead and other.date
                and published and other.date[:7] < published[:7]):
            return True
    return False


# Nouns for an exchange that may have been on the telephone as well as in person.
_EITHER_NOUNS = {"talk", "talks", "conversation", "discussion", "discussions", "exchange", "chat"}


def _talk_that_was_a_call(draft: Draft, drafts: list[Draft], doc) -> bool:
    """ "Sheinbaum wins tariff pause after morning talk with Trump": talks with no place or day of their own,
    between two the article reports a call between, are that call."""
    if draft.kind != "meeting" or draft.location is not None or draft.date is not None or draft.cue_index < 0:
        return False
    if doc[draft.cue_index].lemma_.lower() not in _EITHER_NOUNS and doc[draft.cue_index].lower_ not in _EITHER_NOUNS:
        return False
    names = {p.name for p in draft.parties}
    return any(other.kind == "call" and {p.name for p in other.parties} == names for other in drafts)


def _talking_told_as_another(draft: Draft, drafts: list[Draft], doc) -> bool:
    """ "Maduro received him at Miraflores palace. The two presidents spoke for more than four hours", "talked with
    Trump for five minutes on Thursday, their first conversation ... the phone conversation": talking told by a verb
    of talking, with no phone word or place of its own, on the day of another encounter of the same two told a
    sentence or two away, is that encounter, of its kind (not talking placed against another time: "seven months
    after they last spoke by phone")."""
    if draft.cue_index < 0 or draft.by_phone or draft.location is not None:
        return False
    cue = doc[draft.cue_index]
    placed = cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in cue.children)
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in _TALKING_VERBS or placed:
        return False
    names = {p.name for p in draft.parties}
    for other in drafts:
        if other is draft or other.kind == draft.kind or {p.name for p in other.parties} != names or other.cue_index < 0:
            continue
        if other.cue_index == draft.cue_index and other.kind == "call":
            return True  # (one verb read both ways: "talked with Trump ..., their first conversation": the call)
        if (doc[other.cue_index].lemma_.lower() not in _TALKING_VERBS and abs(other.sentence_index - draft.sentence_index) <= 2
                and other.status == draft.status and other.date is not None and draft_dates_compatible(draft, other)):
            return True
    return False


# Verbs of talking, which say no more than that two talked: in person or by phone, as another mention tells.
_TALKING_VERBS = {"talk", "speak", "converse", "chat"}


# Words that tell the meetings of one sentence apart: "held separate meetings with A and B before ...".
_APART_WORDS = {"separate", "separately", "individual", "bilateral", "one-on-one"}


# Words that tell talks held apart from a gathering: "later held one-on-one talks".
_ON_THEIR_OWN = re.compile(r"\b(?:one-on-one|one on one|private|t[eê]te-[aà]-t[eê]te)\b", re.IGNORECASE)
_LATER_WORDS = {"later", "afterwards", "afterward", "subsequently"}


def _later_on_their_own(draft: Draft, doc) -> bool:
    """ "... met at a summit hosted by Macron. Putin and Zelensky later held one-on-one talks": talks told later
    and apart, another encounter than the same pair's earlier mention."""
    if draft.cue_index < 0:
        return False
    cue = doc[draft.cue_index]
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    if not any(c.lower_ in _LATER_WORDS and c.dep_ == "advmod" for c in verb.children):
        return False
    return _ON_THEIR_OWN.search(doc[verb.left_edge.i: cue.right_edge.i + 1].text) is not None


def _headline_told_in_full(draft: Draft, drafts: list[Draft], headline: set[int], lead: set[int]) -> bool:
    """ "Sanchez, Meloni and Mitsotakis hold Valletta summit on Libya, call Tebboune": a headline's encounter that
    the lead tells with all its parties ("held a joint phone call with Tebboune") is that one; a headline's few
    words place it and split it less well than the story does."""
    if draft.sentence_index not in headline:
        return False
    names = {p.name for p in draft.parties}
    # (a part of it only where the headline's cue was split into pairs: "..., call Tebboune" with three callers)
    split = any(other is not draft and other.cue_index == draft.cue_index for other in drafts)
    # (told in the lead, which the headline restates: not a recalled one of the same people further on)
    return any(other.sentence_index not in headline and other.sentence_index in lead and (other.kind == "call") == (draft.kind == "call")
               and (names == {p.name for p in other.parties} or (split and names < {p.name for p in other.parties}))
               and (draft.date is None or draft_dates_compatible(draft, other))
               for other in drafts if other is not draft)


def _once_more(draft: Draft, told: Draft, doc) -> bool:
    """ "... held a second round of talks in Rome. Both sides said they would meet again": "again", with a status of
    its own or a time phrase of its own ("spoke again in the evening"), tells another encounter than the one told
    before."""
    if draft.cue_index < 0:
        return False
    cue = doc[draft.cue_index]
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    if not any(c.lower_ == "again" and c.dep_ == "advmod" for c in verb.children):
        return False
    own_time = any(c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "later") and any(
        g.ent_type_ in ("DATE", "TIME") or g.lower_ in ("morning", "afternoon", "evening", "night") for g in c.subtree)
        for c in verb.children)
    return draft.status != told.status or own_time


def _told_by_its_object(draft: Draft, drafts: list[Draft], doc) -> bool:
    """ "Meloni chaired a video conference of G7 leaders": a verb whose object is an encounter noun reports
    that noun's encounter, which says what kind it was (a call); the verb's own reading goes."""
    if draft.cue_index < 0 or doc[draft.cue_index].pos_ not in ("VERB", "AUX"):
        return False
    objects = {c.i for c in doc[draft.cue_index].children if c.dep_ == "dobj"}
    names = {p.name for p in draft.parties}
    for other in drafts:
        if (other is not draft and other.cue_index in objects and {p.name for p in other.parties} == names
                and other.kind != draft.kind and draft_dates_compatible(draft, other)):
            return True
    return False


def _part_of_a_larger_one(draft: Draft, drafts: list[Draft], doc) -> bool:
    """ "In one of their last encounters, Santos and Maduro held talks in Quito mediated by Correa and
    Vazquez": two mentions in one sentence, one naming only some of the other's parties, same time and
    status, are one encounter (the larger one absorbs the smaller) - unless the smaller is told apart."""
    names = {p.name for p in draft.parties}
    if len(names) < 2 or draft.kind == "visit":
        return False  # a trip and a meeting in one sentence are often two things
    if draft.cue_index >= 0 and any(child.lower_ in _APART_WORDS for child in doc[draft.cue_index].children):
        return False
    for other in drafts:
        # (or, with no time of its own, the sentence before: "... talks. Erdogan told a news conference with the
        # two leaders, who shook hands for the cameras.")
        next_one = (draft.date is None and other.sentence_index == draft.sentence_index - 1
                    and draft.cue_index >= 0 and doc[draft.cue_index].dep_ == "relcl")
        # (or told by the group itself just after: "... held a phone conversation with Trump. 'We had a productive
        # phone call with President Trump'")
        next_one = next_one or (0 < draft.sentence_index - other.sentence_index <= 2 and draft.cue_index >= 0 and told_as_we(doc[draft.cue_index]))
        if other is draft or (other.sentence_index != draft.sentence_index and not next_one) or other.kind != draft.kind:
            continue
        if draft.location and other.location and draft.location.country != other.location.country:
            continue
        if _told_in_turn(doc, draft, other):
            continue  # "held talks with Biden, before the two were joined by A and B for the summit"
        if names < {p.name for p in other.parties} and other.status == draft.status and draft_dates_compatible(draft, other):
            absorb(other, draft)
            return True
    return False


# Words between two encounter cues of a sentence that tell them one after the other.
_IN_TURN_WORDS = {"before", "after", "then", "later", "afterwards", "following"}


def _told_in_turn(doc, a: Draft, b: Draft) -> bool:
    """Whether a word of sequence stands between the two drafts' cues."""
    if a.cue_index < 0 or b.cue_index < 0:
        return False
    first, last = sorted((a.cue_index, b.cue_index))
    later = doc[last]
    # (not "the then Colombian president": "then" of a time past, not of a sequence; and "before" or "after"
    # only where its phrase holds the later cue: not "shook hands after signing a declaration, with Trump
    # standing between them")
    return any(token.lower_ in _IN_TURN_WORDS and (token.lower_ != "then" or token.head.pos_ in ("VERB", "AUX"))
               and (token.lower_ not in _LINKING_WORDS or token.head == later or token in later.ancestors
                    or (token.dep_ == "mark" and token.head in later.ancestors))
               for token in doc[first + 1:last])


# The words of sequence that head a phrase or clause, which then holds the later encounter.
_LINKING_WORDS = {"before", "after", "following"}


def absorb(target: Draft, other: Draft) -> None:
    # "Lula will travel to Argentina in February to meet Milei. He had intended to meet Milei before the
    # inauguration, but the meeting was delayed": put off from an earlier time, it is the plan now dated.
    put_off_to_it, put_off_from_it = _put_off_to_the_other(other, target), _put_off_to_the_other(target, other)
    plan = (target.date, target.date_end, target.precision, target.evidence)  # (the put-off one's earlier time is not the plan's)
    if target.status_is_default and not other.status_is_default:
        target.status, target.status_is_default = other.status, False
    narrower = (target.date_end and other.date and not other.date_end and len(other.date) == 10
                and target.date <= other.date <= target.date_end)  # one day of the summit's days
    if narrower or PRECISION_RANK.get(other.precision, -1) > PRECISION_RANK.get(target.precision, -1):
        target.date, target.date_end, target.precision = other.date, other.date_end, other.precision
        target.evidence = other.evidence
    if other.location is not None and (target.location is None or (target.location.city is None and other.location.city)):
        target.location = other.location
    if target.occasion is None and other.occasion:
        target.occasion = other.occasion
    if other.status == "cancelled" and not put_off_to_it:
        target.status = "cancelled"
    if put_off_from_it:
        target.status, target.date, target.date_end, target.precision = "planned", other.date, other.date_end, other.precision
        target.evidence = other.evidence
    if put_off_to_it:
        target.date, target.date_end, target.precision, target.evidence = plan
    if target.kind == "visit" and other.kind == "meeting":
        target.kind = "meeting"


class FoldMentions:
    """Stage: one draft per distinct encounter. Reads: mentions, doc, actors. Adds: mentions, folded."""

    def __init__(self, kb):
        self.kb = kb

    def __call__(self, record: ArticleRecord) -> None:
        record.mentions = fold_mentions(start_reading(record, self.kb))


def fold_mentions(reading: ArticleReading) -> list[Draft]:
    """The distinct encounters among an article's mentions, in the order first mentioned."""
    drafts = reading.mentions
    for draft in drafts:
        meet_hosts(reading, draft)
    published = reading.published_iso
    # Trips first: a meeting takes its place and day from the trip it was held on ("arrived in Seoul
    # on Sunday ... held talks with Yoon"), so that it is not then mistaken for another meeting of
    # the same two ("Yoon travelled to Tokyo in March, when he met Kishida").
    lead = lead_indexes(reading.sentences)
    drafts = [draft for draft in drafts if not is_part_of_meeting(draft, drafts, published, reading.doc, lead)]
    drafts = [draft for draft in drafts if not _talk_that_was_a_call(draft, drafts, reading.doc)]
    drafts = [draft for draft in drafts if not _talking_told_as_another(draft, drafts, reading.doc)]
    kept: list[Draft] = []
    for draft in drafts:
        if draft.occasion is None and draft.kind != "call":
            apply_summit(reading.kb, draft, summit_at_place(reading.kb, draft.location, draft.date, reading.published))
        twin = next((other for other in kept if same_encounter(other, draft)
                     and not _news_and_a_recalled_one(other, draft, lead, published)
                     and not (other.sentence_index < draft.sentence_index and (_later_on_their_own(draft, reading.doc)
                                                                                 or _once_more(draft, other, reading.doc)))), None)
        if twin is None:
            kept.append(draft)
        else:
            absorb(twin, draft)
    kept = [draft for draft in kept if not is_part_of_meeting(draft, kept, published, reading.doc, lead)]
    kept = [draft for draft in kept if not _told_by_its_object(draft, kept, reading.doc)]
    kept = [draft for draft in kept if not _part_of_a_larger_one(draft, kept, reading.doc)]
    headline = headline_indexes(reading.sentences)
    kept = [draft for draft in kept if not _headline_told_in_full(draft, kept, headline, lead)]
    # A gathering told with its chair only, whose parties were never listed, is no encounter between anyone.
    return [draft for draft in kept if not (draft.awaiting_parties and len(draft.parties) < 2)]
