"""Stage `encounters.dating`: dates for encounters whose own sentence gives none.

Reads: the folded mentions, the parse, the article's publication date and
dateline. Adds: a date (and its precision) to undated mentions, in steps:

1. anchored on another encounter of the article: "Prior to the official
   talks, Davis met with Marrero", "after their meeting, Xi hosted ..." take
   the day of the encounter they are placed against; "During the visit from
   December 2-5, Oli will meet Xi" the time of the trip;
2. the article's news: an encounter reported as held in the headline or the
   lead, with nothing that marks it as recalled ("had met", "previously"),
   happened on the report's day (the dateline's day, else the publication
   day). A recalled encounter without a date stays undated;
3. the news told later in the story: an undated encounter told as done (not
   recalled) by one of the people of the lead's news took place on the
   news's day ("The Crown Prince also held separate meetings with ...");
4. counted back: an encounter named to place another in time by an offset
   ("comes a week after Wang's visit to Nairobi") lies that far before (or
   after) the time of the clause it is placed against.

Half the encounters in real news have no date expression in their own
sentence (in the dev corpus one in ten), so these steps carry much of the
dating.
"""
from __future__ import annotations

import logging
from functools import lru_cache
import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from ..model import ArticleRecord
from ..temporal.context import number_of
from ..temporal.expressions import load_lexicon
from ..temporal.values import CALENDAR_PRECISIONS, OFFSET_UNITS, add_to_day, first_day
from ..text.published import dateline_day, dateline_spans
from .draft import GOING_ON_AT_PUBLICATION, Draft
from .focus import ANAPHORA_SENTENCE_WINDOW
from .participants import SIDE_NOUNS, TRIP_NOUNS
from .reading import PROSE_MIN_WORDS, lead_indexes, opens_a_period

logger = logging.getLogger(__name__)

# "prior to", "before", "ahead of", "after", "following" an encounter noun.
_ANCHORING_WORDS = {"prior", "before", "ahead", "after", "following"}
_ENCOUNTER_NOUNS = {"meeting", "talk", "talks", "visit", "summit", "call", "conversation", "trip", "session", "discussion", "encounter"}
_NOUN_KINDS = {"call": "call", "conversation": "call", "visit": "visit", "trip": "visit"}
# Words that mark an encounter as recalled rather than today's news.
_RECALL_WORDS = {"previously", "earlier", "once", "already", "before", "last", "ago", "former", "formerly", "past", "recently"}


class DateFromContext:
    """Stage: dates from context. Reads: mentions (folded), doc, article. Adds: dates of undated mentions."""

    def __call__(self, record: ArticleRecord) -> None:
        sentences = list(record.doc.sents)
        for draft in record.mentions:
            _counted_forward(draft, record.mentions, record.doc, record.times)
        _the_one_told_counted_forward(record.mentions, record.doc, record.times)
        for draft in record.mentions:
            if draft.date is None:
                _anchored(draft, record.mentions, sentences)
            if draft.date is None:
                _during(draft, sentences, record.times, record.mentions)
            if draft.date is None:
                _then(draft, record.doc, sentences, record.times, record.mentions, published=record.article.published)
            if draft.date is None:
                _at_the_time(draft, sentences, record.times)
            if draft.date is None:
                _told_of_a_party(draft, record, sentences)
            _after_taking_office(draft, record, sentences)
            if draft.date is None:
                _on_the_same_trip(draft, record.mentions, record.article.published)
            if draft.date is None:
                _on_the_sidelines_of_a_gathering_dated_before(draft, record.doc, sentences, record.times)
            if draft.date is None:
                _in_a_separate_meeting(draft, sentences, record.times, record.mentions)
            if draft.date is None:
                _while_the_other_met(draft, record.mentions, record.doc)
            if draft.date is None:
                _before_doing_it(draft, record.mentions, record.doc)
            if draft.date is None:
                _also_on_that_occasion(draft, record.mentions, record.doc, sentences, record.times)
        day = report_day(record.article.text, record.article.published)
        if day is None:
            return
        for draft in record.mentions:
            if draft.date is None and draft.status == "planned":
                _in_a_window_to_come(draft, sentences, record.times, day)
        lead = lead_indexes(sentences)
        told_day = _day_the_lead_names(record, sentences, lead, day)
        news_day = told_day or day
        # The lead's news of the day, whatever became of it: talks "set for today" and called off still
        # set the day a later "was meeting alone with" happened on.
        news = [d for d in record.mentions if d.sentence_index in lead and (d.status == "occurred" or d.date)
                and (d.date is None or _near(d.date, day))]
        _earlier_in_the_day(record, sentences, news)
        for draft in record.mentions:
            _on_the_eve_of_one_told(draft, record, sentences)
        for draft in record.mentions:
            # (also one dated only by a trip going on at publication: "held talks with Wong, who is on a visit")
            # (a trip itself going on keeps its month: it spans more than the day)
            undated = draft.date is None or (GOING_ON_AT_PUBLICATION in draft.reasons and draft.precision == "month"
                                             and draft.kind != "visit")
            if undated and draft.status == "occurred" and draft.sentence_index in lead and not _is_recalled(draft, record.doc):
                same_story = _same_story(draft, news)
                if same_story is not None:
                    draft.date, draft.precision = same_story.date, same_story.precision
                else:
                    draft.date, draft.precision = news_day.isoformat(), "day"
                draft.reasons.append("the article's news: dated by the report's day")
                logger.debug("dated %s %s by the report's day", draft.kind, [p.name for p in draft.parties])
        # 3. Later in the story: what the people of the lead's news also did, told as done and not as
        # recalled ("The Crown Prince also held separate meetings with ..."), on the news's day.
        for draft in record.mentions:
            if draft.date is not None or draft.status != "occurred" or _is_recalled(draft, record.doc):
                continue
            if _has_own_time(sentences[draft.sentence_index], record.times):
                continue  # "visited Beijing in April, during which he was received by Xi": that time's
            same_story = _same_story(draft, news, news_day)
            if same_story is not None:
                draft.date, draft.date_end, draft.precision = same_story.date, None, same_story.precision
                if told_day is not None and same_story.date != told_day.isoformat() and _near(same_story.date, told_day):
                    # "... on Monday, with Modi and Blinken both holding talks": what follows is of the day the
                    # lead names, not of the arrival the night before told with it
                    draft.date = told_day.isoformat()
                draft.reasons.append("the article's news, told later: the day of the news it goes with")
        for draft in record.mentions:
            if draft.reasons and draft.reasons[-1].startswith("goes on from '"):
                # Once the news is dated, "Blinken later sat down with ..." goes on from Blinken's talks of the
                # day rather than from a time an aside named ("cancelled the stop last week").
                _then(draft, record.doc, sentences, record.times, record.mentions, by_time=False)
        for draft in record.mentions:
            if draft.date is None:
                _before_doing_it(draft, record.mentions, record.doc)  # (now that the lead's news has its day)
            if draft.date is None and draft.status == "occurred":
                _counted_back(draft, record.mentions, record.doc, day, record.times)
            if draft.date is None and draft.status == "occurred" and draft.sentence_index in lead:
                _right_before_the_news(draft, record.doc, news_day)


# 1. anchored on another encounter ----------------------------------------------

def _anchored(draft: Draft, drafts: list[Draft], sentences: list[Span]) -> None:
    sentence = sentences[draft.sentence_index]
    for noun in _anchoring_nouns(sentence):
        if noun.i == draft.cue_index:
            continue  # "met on Monday after their talks in Doha": the talks are what is placed against
        anchor = _encounter_named_by(noun, draft, drafts, draft.sentence_index)
        if anchor is not None and anchor.date is not None:
            draft.date, draft.date_end, draft.precision = anchor.date, None, anchor.precision
            draft.reasons.append(f"dated by the encounter it is placed against ('{noun.head.text} ... {noun.text}')")
            return


def _anchoring_nouns(sentence: Span) -> list[Token]:
    """Encounter nouns that a time preposition governs: "prior to the talks", "after their meeting"."""
    nouns = []
    for token in sentence:
        if token.lower_ == "which" and token.dep_ == "pobj" and token.head.lower_ in ("during", "at", "in", "on"):
            # "a three-day state visit, during which he will meet Xi": the visit the clause hangs on
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            if clause is not None and (clause.head.lemma_.lower() in _ENCOUNTER_NOUNS or clause.head.lower_ in _ENCOUNTER_NOUNS):
                nouns.append(clause.head)
            continue
        if token.lemma_.lower() not in _ENCOUNTER_NOUNS and token.lower_ not in _ENCOUNTER_NOUNS:
            continue
        if token.dep_ != "pobj" or any(child.lower_ in ("any", "every", "no") for child in token.children):
            continue  # ("before any such encounter" names none in particular)
        preposition = token.head
        words = {preposition.lower_, preposition.head.lower_}
        if words & _ANCHORING_WORDS:
            nouns.append(token)
    return nouns


def _encounter_named_by(noun: Token, draft: Draft, drafts: list[Draft], index: int) -> Draft | None:
    """The encounter a noun refers to: the one it reports itself, else the latest dated one of its
    kind, told before it and not as an aside, that shares a party ("the official talks" of the
    visit in focus)."""
    for other in drafts:
        if other is not draft and other.cue_index == noun.i and other.date:
            return other
    kind = _NOUN_KINDS.get(noun.lemma_.lower(), "meeting")
    parties = {p.name for p in draft.parties}
    earlier = [other for other in drafts if other is not draft and other.date and other.sentence_index <= index
               and not other.aside and other.kind == kind and parties & {p.name for p in other.parties}]
    return earlier[-1] if earlier else None


def _during(draft: Draft, sentences: list[Span], times, drafts: list[Draft] = ()) -> None:
    """ "During the visit from December 2-5, Oli is to meet Xi", "On the tour, which ends on March 14, he
    will visit Kenya", "In her tour, set to end on 9 March, she will also visit ...": the time of the trip
    it is held on; with no time in the phrase, "During the meeting, Duda and the four leaders held a call with
    Rutte": the time of the encounter told before that the definite noun points to, of one of its people."""
    for token in sentences[draft.sentence_index]:
        if token.dep_ != "pobj" or token.lemma_.lower() not in _ENCOUNTER_NOUNS | TRIP_NOUNS or token.i == draft.cue_index:
            continue
        if not (token.head.lower_ in ("during", "throughout") or (token.head.lower_ in ("on", "in") and token.lemma_.lower() in TRIP_NOUNS)):
            continue
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
        # (not a time told after "since" inside it: "on his first trip abroad since becoming premier in March")
        since = [t.idx for t in token.subtree if t.lower_ == "since"]
        inside = [t for t in times if t.date and start <= t.start and t.end <= end and not any(s < t.start for s in since)]
        if inside:
            draft.date, draft.date_end, draft.precision = inside[0].date, inside[0].date_end, inside[0].precision
            draft.reasons.append(f"dated by the {token.text} it is held during")
            return
        names = {p.name for p in draft.parties}
        told = [d for d in drafts if d is not draft and d.date and d.sentence_index < draft.sentence_index
                and draft.sentence_index - d.sentence_index <= ANAPHORA_SENTENCE_WINDOW and names & {p.name for p in d.parties}
                and (d.kind == "call") == (token.lemma_.lower() in ("call", "conversation"))]
        if told and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in token.children):
            draft.date, draft.date_end, draft.precision = told[-1].date, told[-1].date_end, told[-1].precision
            draft.reasons.append(f"during the {token.text} told before")
            return


def _told_of_a_party(draft: Draft, record: ArticleRecord, sentences: list[Span]) -> None:
    """ "The last French president to visit Rwanda was Sarkozy, who spent a few hours in Kigali in
    February 2010": a relative clause on a party that tells when."""
    for token in sentences[draft.sentence_index]:
        if token.dep_ != "relcl" or record.actors.person_at(token.head) not in draft.parties:
            continue
        # (a "who" clause tells when the encounter was only when it puts the party somewhere: not "Yoon, who took
        # office in May", "Khan, who was arrested on Tuesday"; a "which" clause the parser hung on the party's
        # name is the encounter's own: "a call with Raisi, which took place on Wednesday")
        personal = any(c.lower_ in ("who", "whom") for c in token.children)
        if personal and not any(t.ent_type_ in ("GPE", "LOC", "FAC") and t.head.dep_ == "prep" and t.head.lower_ in ("in", "into", "to", "at")
                                for t in token.subtree):
            continue
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
        inside = [t for t in record.times if t.date and start <= t.start and t.end <= end and t.precision != "unknown"
                  and not opens_a_period(record.doc, t)]
        if inside:
            draft.date, draft.date_end, draft.precision = inside[0].date, inside[0].date_end, inside[0].precision
            draft.reasons.append("dated by a relative clause on a party")
            return


# Words for the start of a term of office ("the day after Trump's swearing-in", "after taking office").
_TERM_START_NOUNS = {"swearing", "swearing-in", "inauguration", "investiture"}
_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "hour": 0, "hours": 0}
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


# How far before "the swearing-in" the words that count from it end: "two days after the " is 5 characters off.
COUNTED_PHRASE_GAP_CHARS = 12


def _after_taking_office(draft: Draft, record: ArticleRecord, sentences: list[Span]) -> None:
    """ "The day after President Trump's swearing-in, Rubio hosted ...": counted from the start of the
    term the office tables give, in the direction and by the amount the sentence says. It outranks a
    date the tagger counted from the publication day for the same words."""
    sentence = sentences[draft.sentence_index]
    if draft.date and any(sentence.start_char <= t.start < sentence.end_char and t.date and t.precision in ("day", "month")
                          and t.anchor == "absolute" or (t.anchor == "publication" and _names_a_day(t.text))
                          for t in record.times if sentence.start_char <= t.start < sentence.end_char):
        return  # "first spoke on July 14, days after Abdelatty took office": the day it names stands
    for token in sentence:
        if token.lower_ not in _TERM_START_NOUNS and not (token.lemma_.lower() == "take" and any(c.lower_ == "office" for c in token.children)):
            continue
        counted = [t for t in record.times if t.end <= token.idx and token.idx - t.end <= COUNTED_PHRASE_GAP_CHARS]
        if draft.date and draft.precision == "day" and counted and draft.date not in {t.date for t in counted}:
            continue  # "... two days after the swearing-in, and with Ishiba on Monday": Monday is that call's own day
        person = _term_holder(record, token) or _term_holder_told_before(record, token)
        if person is None and not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            person = next((p for p in draft.parties if p.name in draft.subjects), None)  # "after taking office"
        start = _term_start(person, record.article.published) if person is not None else None
        offset = _offset_before(sentence, token)
        if start is None or offset is None:
            continue
        day = start + timedelta(days=offset)
        published = record.article.published
        if draft.status == "planned" and published is not None and day <= published and not (
                draft.reasons and draft.reasons[0].endswith("after publication")):
            return  # ("spoke a week after the inauguration and discussed a visit": the plan is not of that day)
        draft.date, draft.date_end, draft.precision = day.isoformat(), None, "day"
        draft.reasons.append(f"counted from {person.name}'s taking office")
        if draft.status == "planned" and draft.reasons[0].endswith("after publication") and record.article.published and day <= record.article.published:
            draft.status = "occurred"  # planned only because the day was counted from publication
        return


# A time expression that names its day itself (a month and day), not one counted in days from somewhere.
_NAMES_A_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d", re.IGNORECASE)


def _names_a_day(text: str) -> bool:
    """Whether a time expression names its day itself: "July 14", or a holiday ("on New Year's Day")."""
    return _NAMES_A_DAY.search(text) is not None or " ".join(text.replace("\u2019", "'").lower().split()) in _holiday_names()


@lru_cache(maxsize=1)
def _holiday_names() -> frozenset[str]:
    return frozenset(name.lower() for name in load_lexicon()["holidays"])


def _term_holder(record: ArticleRecord, token: Token):
    """Whose term starts: the possessor of "swearing-in", or the subject of "took office"."""
    for child in [*token.children, *(token.head.children if token.dep_ in ("compound", "pobj") else [])]:
        if child.dep_ in ("poss", "nsubj"):
            for part in child.subtree:
                person = record.actors.person_at(part)
                if person is not None:
                    return person
    return None


def _term_holder_told_before(record: ArticleRecord, token: Token):
    """ "... the day after Donald Trump's inauguration. [...] three days before the inauguration": whose the story
    said before ("the inauguration" is none of the clause's subject's own)."""
    if token.lower_ not in _TERM_START_NOUNS:
        return None
    for before in reversed(record.doc[: token.i]):
        if before.lower_ == token.lower_:
            person = _term_holder(record, before)
            if person is not None:
                return person
    return None


def _term_start(person, published: date | None) -> date | None:
    starts = [term.start for term in person.terms if published is None or term.start <= published]
    return max(starts) if starts else None


def _offset_before(sentence: Span, token: Token) -> int | None:
    """Days from the anchor: "the day after" +1, "two weeks before" -14, "hours after" 0."""
    words = [t.lower_ for t in sentence[: token.i - sentence.start]][-8:]
    for index, word in enumerate(words):
        if word in ("after", "before") and index >= 1:
            sign = 1 if word == "after" else -1
            unit = words[index - 1]
            if unit not in _UNIT_DAYS:
                continue
            count = _SMALL_NUMBERS.get(words[index - 2], 1) if index >= 2 and not words[index - 2].isdigit() else int(words[index - 2]) if index >= 2 else 1
            return sign * count * _UNIT_DAYS[unit]
    return None


# How many sentences back the trip a further meeting goes with may be told (a story of a visit runs
# on for a dozen sentences; 5 missed a meeting told in the closing paragraph of such a story).
TRIP_REACH_SENTENCES = 12


def _on_the_same_trip(draft: Draft, drafts: list[Draft], published: date | None) -> None:
    """ "During the visit from December 2-5, Oli is to meet Xi in Beijing ... Oli will also meet Zhao
    Leji": a further encounter of the traveller, told as the trip is told, is on that trip - when the
    other party is of the country visited or of no stated country."""
    if draft.kind == "call":
        return
    names = {p.name for p in draft.parties}
    for other in reversed(drafts):
        if (draft.kind == "meeting" and other is not draft and other.kind == "visit" and other.date and other.status == draft.status
                and other.sentence_index == draft.sentence_index and other.cue_index < draft.cue_index and names & {p.name for p in other.parties}):
            # "made his first trips abroad in November, flying to Bamako for talks with Goita": the trips told
            # with it, wherever they went
            draft.date, draft.date_end, draft.precision = other.date, other.date_end, other.precision
            draft.reasons.append("on the trips told with it")
            return
        if other is draft or not other.date or other.aside or other.status != draft.status or other.location is None:
            continue
        if not 0 <= draft.sentence_index - other.sentence_index <= TRIP_REACH_SENTENCES:
            continue
        if (draft.status == "occurred" and published is not None and other.date[:7] < published.isoformat()[:7]
                and other.sentence_index != draft.sentence_index):
            continue  # a trip recalled from before the news is not the one the story tells
        travellers = names & {p.name for p in other.parties}
        hosts = [p for p in draft.parties if p.name not in travellers]
        # ("will host Marcos and Kishida ... Marcos and Biden will have a separate meeting": some of the
        # gathering's parties, apart, at it)
        apart = len(names) >= 2 and names < {p.name for p in other.parties}
        if apart or (travellers and hosts and all(p.country in (None, other.location.country) for p in hosts)):
            draft.date, draft.date_end, draft.precision = other.date, other.date_end, other.precision
            if draft.location is None or (draft.location.city is None and draft.location.country == other.location.country):
                draft.location = other.location
            draft.reasons.append("on the same trip as the encounter told before")
            return


# Adverbs that go on from the time just named: "announced the ruling last month. The two leaders
# then spoke by telephone".
# "Beforehand" looks back from that time, but in a report it is the same occasion: "gave a joint press
# conference on Friday ... Macron and Scholz had met for a bilateral lunch beforehand".
_SEQUENCE_ADVERBS = {"then", "afterwards", "afterward", "subsequently", "later", "thereafter", "beforehand"}
# How many sentences back the time such an adverb goes on from may stand.
SEQUENCE_REACH_SENTENCES = 2


def _then(draft: Draft, doc, sentences: list[Span], times, drafts: list[Draft] = (), by_time: bool = True,
          published: date | None = None) -> None:
    """ "... last month. The two leaders then spoke by telephone": the time in focus goes on - the time of
    what the same people did last, where the story told it ("Blinken and Marape held talks. [an aside about
    last week] Blinken later sat down with ..."), else the last time named."""
    if draft.cue_index < 0:
        return
    cue = doc[draft.cue_index]
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    # ("then Vice President elect Mike Pence" is a title of the time, not a sequence.)
    # (nor "days later": some other day, which the story does not tell)
    # (the small parser may hang the adverb from a phrase of the verb: "met for a lunch beforehand")
    adverbs = list(verb.children) + [t for prep in verb.children if prep.dep_ == "prep" for t in prep.children
                                     if t.dep_ == "pobj" and t.tag_ == "RB"]
    if not any(child.lower_ in _SEQUENCE_ADVERBS and child.dep_ in ("advmod", "pobj") and not doc[min(child.i + 1, len(doc) - 1)].text[:1].isupper()
               and not any(count.dep_ == "npadvmod" for count in child.children)
               for child in adverbs) and _opening_earlier(verb) is None:
        return
    sentence = sentences[draft.sentence_index]
    if _has_own_time(sentence, times):
        return
    first = max(0, draft.sentence_index - SEQUENCE_REACH_SENTENCES)
    names = {p.name for p in draft.parties}
    done = [d for d in drafts if d is not draft and first <= d.sentence_index < draft.sentence_index and d.date
            and d.status == draft.status and names & {p.name for p in d.parties} and not _compared_against(doc, d)]
    if done:
        # (the one told last: "was greeted on Sunday night by Marape, and the pair held talks on Monday")
        done.sort(key=lambda d: (d.sentence_index, d.cue_index))
        draft.date, draft.date_end, draft.precision = done[-1].date, None, done[-1].precision
        # (and where that sentence goes on to a later time of theirs, from there: "... and the pair held talks
        # on Monday morning", told as one encounter with the greeting)
        told = sentences[done[-1].sentence_index]
        later = [t for t in times if t.date and told.start_char <= t.start < told.end_char and t.date > done[-1].date
                 and t.precision == "day" and _is_adverbial(doc, t)]
        if later:
            draft.date, draft.precision = later[-1].date, later[-1].precision
        draft.reasons.append("goes on from what the same people did before")
        return
    if not by_time:
        return
    since = sentences[first].start_char
    # Times of events, not of things ("a 2002 boundary ruling" names a ruling, not when anyone acted).
    before = [t for t in times if t.date and since <= t.start < sentence.start_char and _is_adverbial(doc, t)
              # (what was done goes on from a time before the report, not from a plan's: "to attend the summit to be
              # held in September. He later hosted a luncheon")
              and not (draft.status == "occurred" and published is not None and t.date > published.isoformat()[:len(t.date)])]
    if before:
        draft.date, draft.date_end, draft.precision = before[-1].date, None, before[-1].precision
        draft.reasons.append(f"goes on from '{before[-1].text}'")


# How far ahead of the report a vague stretch reaches at most: "the coming days", "weeks", "months".
WINDOW_REACH_DAYS = {"PXD": 10, "PXW": 56, "PXM": 183}


def _in_a_window_to_come(draft: Draft, sentences: list[Span], times, report: date) -> None:
    """ "Yellen will travel to China in the coming days" (in an April 2 report): a plan in a vague stretch to
    come is dated at the coarsest period that holds the whole stretch - the month, else the year, else not."""
    sentence = sentences[draft.sentence_index]
    reach = [WINDOW_REACH_DAYS[t.value] for t in times if t.value in WINDOW_REACH_DAYS
             and sentence.start_char <= t.start < sentence.end_char]
    if len(reach) != 1:
        return
    first, last = report + timedelta(days=1), report + timedelta(days=reach[0])
    if (first.year, first.month) == (last.year, last.month):
        draft.date, draft.precision = f"{first.year:04d}-{first.month:02d}", "month"
    elif first.year == last.year:
        draft.date, draft.precision = f"{first.year:04d}", "year"
    else:
        return
    draft.reasons.append("in a stretch to come: the period that holds all of it")


# Nouns of a gathering whose sidelines host bilateral encounters, and how many sentences back its dates may stand.
_GATHERING_WORDS = {"summit", "conference", "forum", "gathering", "session", "assembly", "meeting", "meet", "gather"}
GATHERING_REACH_SENTENCES = 4


def _on_the_sidelines_of_a_gathering_dated_before(draft: Draft, doc, sentences: list[Span], times) -> None:
    """ "Leaders of the Group of 20 met in New Delhi on Sept. 9 and 10. [...] On the sidelines of the summit, Modi
    met Sunak, Kishida and Macron separately": an encounter on the sidelines of a gathering the story dated
    before, with no time of its own, was during it."""
    if draft.cue_index < 0 or draft.status != "occurred":
        return
    sentence = sentences[draft.sentence_index]
    nth_day = _nth_day_of_it(sentence)
    if not (nth_day is not None or any(t.lower_ in SIDE_NOUNS for t in sentence)) or (nth_day is None and _has_own_time(sentence, times)):
        return
    for index in range(draft.sentence_index - 1, max(-1, draft.sentence_index - 1 - GATHERING_REACH_SENTENCES), -1):
        before = sentences[index]
        if not any(t.lemma_.lower() in _GATHERING_WORDS for t in before):
            continue
        dated = [t for t in times if t.date and before.start_char <= t.start < before.end_char and t.precision == "day"]
        if not dated:
            continue
        when = dated[-1]
        draft.date, draft.date_end, draft.precision = when.date, when.date_end, when.precision
        if nth_day is not None:
            # "on the first day", "on the final day": that day of it
            first, last = date.fromisoformat(when.date), date.fromisoformat(when.date_end or when.date)
            day = last if nth_day < 0 else first + timedelta(days=nth_day)
            draft.date, draft.date_end = (day.isoformat(), None) if day <= last else (when.date, when.date_end)
        draft.reasons.append(f"on the sidelines of the gathering dated '{when.text}'")
        return


# "on the first day", "the closing day": which day of a gathering (-1 for the last).
_NTH_DAY = {"first": 0, "opening": 0, "second": 1, "third": 2, "last": -1, "final": -1, "closing": -1}


def _nth_day_of_it(sentence: Span) -> int | None:
    for token in sentence:
        if token.lower_ == "day" and token.dep_ == "pobj" and token.head.lower_ == "on":
            ordinal = next((c.lower_ for c in token.children if c.lower_ in _NTH_DAY), None)
            if ordinal is not None and not any(c.dep_ == "prep" for c in token.children):
                return _NTH_DAY[ordinal]
    return None


def _in_a_separate_meeting(draft: Draft, sentences: list[Span], times, drafts: list[Draft]) -> None:
    """ "On the sidelines, Xi held talks with Ramaphosa. In a separate meeting, Ramaphosa hosted Lula": another
    encounter of the same occasion, at the time of the one told just before."""
    sentence = sentences[draft.sentence_index]
    # ("In a separate meeting, ...", "also held separate talks with ...")
    if _has_own_time(sentence, times) or not any(t.lower_ == "separate" and t.dep_ == "amod" and t.head.pos_ == "NOUN" for t in sentence):
        return
    before = [d for d in drafts if d is not draft and d.date and draft.sentence_index - 2 <= d.sentence_index < draft.sentence_index
              and d.status == draft.status and (d.kind == "call") == (draft.kind == "call")]
    if before:
        told = max(before, key=lambda d: (d.sentence_index, d.cue_index))
        draft.date, draft.date_end, draft.precision = told.date, told.date_end, told.precision
        draft.reasons.append("in a separate meeting: the time of the one told just before")


def _before_doing_it(draft: Draft, drafts: list[Draft], doc) -> None:
    """ "Erdogan held separate meetings with A and B on Wednesday before bringing them together for talks": what a
    dated clause did "before" doing something, with no span said, it did then; the later act is of that day too."""
    if draft.cue_index < 0:
        return
    cue = doc[draft.cue_index]
    verb = cue if cue.tag_ == "VBG" else cue.head if cue.dep_ == "dobj" and cue.head.tag_ == "VBG" else None
    if verb is None or verb.dep_ != "pcomp" or verb.head.lower_ != "before" or any(c.dep_ == "npadvmod" for c in verb.head.children):
        return
    main = verb.head.head
    for other in drafts:
        if (other is not draft and other.date and other.precision == "day" and other.status == draft.status and other.cue_index >= 0
                and (other.cue_index == main.i or doc[other.cue_index].head == main)):
            draft.date, draft.precision = other.date, "day"
            draft.reasons.append(f"done right after what the clause it is told 'before' did, that day")
            return


def _while_the_other_met(draft: Draft, drafts: list[Draft], doc) -> None:
    """ "Vance and Rubio met Zelensky on the sidelines of the Munich Security Conference, while Wang Yi held talks
    with Baerbock": an encounter told in a "while" clause of another one happened at the same time and occasion."""
    if draft.cue_index < 0:
        return
    cue = doc[draft.cue_index]
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("while", "whilst") for c in verb.children):
        return
    main = verb.head
    for other in drafts:
        if other is not draft and other.date and other.status == draft.status and other.cue_index >= 0 and (
                other.cue_index == main.i or doc[other.cue_index].head == main):
            draft.date, draft.date_end, draft.precision = other.date, other.date_end, other.precision
            if draft.occasion is None and other.occasion is not None and draft.kind != "call":
                draft.occasion = other.occasion
                draft.location = draft.location or other.location
            draft.reasons.append("told in a 'while' clause of another: at its time")
            return


def _also_on_that_occasion(draft: Draft, drafts: list[Draft], doc, sentences: list[Span], times) -> None:
    """ "Meloni held talks with Modi on the sidelines of the G7 summit in Apulia. Modi also met Zelensky at the
    resort": "also", told of one of the people just told, with no time of its own, is the same occasion."""
    if draft.cue_index < 0 or _has_own_time(sentences[draft.sentence_index], times):
        return
    cue = doc[draft.cue_index]
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    if not any(c.lower_ == "also" and c.dep_ == "advmod" for c in verb.children):
        return
    subjects = set(draft.subjects) or {p.name for p in draft.parties}
    told = [d for d in drafts if d is not draft and d.date and d.status == draft.status
            and draft.sentence_index - SEQUENCE_REACH_SENTENCES <= d.sentence_index < draft.sentence_index
            and subjects & {p.name for p in d.parties}]
    if not told:
        return
    told.sort(key=lambda d: (d.sentence_index, d.cue_index))
    other = told[-1]
    draft.date, draft.date_end, draft.precision = other.date, other.date_end, other.precision
    if draft.occasion is None and other.occasion is not None and draft.kind != "call":
        draft.occasion = other.occasion
    draft.reasons.append("'also', told of one of the people of the encounter before: on that occasion")


def _compared_against(doc, draft: Draft) -> bool:
    """ "a far friendlier encounter than their Feb. 28 meeting": an encounter recalled for a comparison is
    not where the story stands."""
    return draft.cue_index >= 0 and any(token.lower_ == "than" for token in doc[draft.cue_index].ancestors)


# Phrases that point back at the time told before: "held calls with both at the time".
_THAT_TIME = re.compile(r"^(?:at the time|at that time|by then|back then|at that point)$", re.IGNORECASE)


def _at_the_time(draft: Draft, sentences: list[Span], times) -> None:
    """ "Floods struck in late January. Ruto held calls with Museveni and Kagame at the time.": the time
    told last before, not the report's day."""
    sentence = sentences[draft.sentence_index]
    if not any(sentence.start_char <= t.start < sentence.end_char and _THAT_TIME.match(t.text.strip()) for t in times):
        return
    first = sentences[max(0, draft.sentence_index - SEQUENCE_REACH_SENTENCES)].start_char
    before = [t for t in times if t.date and first <= t.start < sentence.start_char]
    if before:
        draft.date, draft.date_end, draft.precision = before[-1].date, before[-1].date_end, before[-1].precision
        draft.reasons.append(f"at the time of '{before[-1].text}'")


def _is_adverbial(doc, expression) -> bool:
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    return span is not None and span.root.dep_ not in ("compound", "nummod", "amod", "nmod", "poss")


# 2. the article's news ---------------------------------------------------------

# "Earlier in the day", "later in the day": in a report, the day of its news.
_IN_THE_DAY = re.compile(r"^(?:earlier|later) in the day$", re.IGNORECASE)


def _earlier_in_the_day(record: ArticleRecord, sentences: list[Span], news: list[Draft]) -> None:
    """ "Earlier in the day, the President had telephone conversations with Xi": the day of the report's
    news (the call the lead reports), not the last day named before (a meeting "which took place on
    August 6", told in passing)."""
    news_day = next((d.date for d in news if d.date and len(d.date) == 10), None)
    if news_day is None:
        return
    for draft in record.mentions:
        sentence = sentences[draft.sentence_index]
        said = [t for t in record.times if sentence.start_char <= t.start < sentence.end_char and _IN_THE_DAY.match(t.text)]
        if said and draft.date == said[0].date and draft.date != news_day and draft not in news:
            draft.date, draft.date_end, draft.precision = news_day, None, "day"
            draft.reasons.append("earlier in the day: the day of the report's news")
            if draft.status == "planned" and any(r.startswith("date ") and r.endswith("after publication") for r in draft.reasons) and (
                    record.article.published is None or news_day <= record.article.published.isoformat()):
                # (planned only for the later day it was wrongly given: "had called on ... earlier in the day")
                draft.status = "occurred"


def _on_the_eve_of_one_told(draft: Draft, record: ArticleRecord, sentences: list[Span]) -> None:
    """ "The summit took place in Astana on Tuesday. On the eve of the summit, Tokayev held talks with Scholz":
    the day before the day the story gave the gathering (a summit the tables know is handled when read)."""
    if draft.cue_index < 0:
        return
    cue = record.doc[draft.cue_index]
    clause = cue if cue.pos_ in ("VERB", "AUX") else (cue.head if cue.head.pos_ in ("VERB", "AUX") else cue)
    eve = next((t for t in clause.subtree if t.lower_ == "eve" and t.dep_ == "pobj" and t.head.lower_ == "on"), None)
    gathering = next((o for of in (eve.children if eve is not None else ()) if of.lower_ == "of"
                      for o in of.children if o.dep_ == "pobj"), None)
    if gathering is None and cue.head.lower_ == "of" and cue.head.head.lower_ == "eve":
        gathering = cue  # (read from the gathering noun itself, whose clause named the talks' parties)
    if gathering is None:
        return
    # ("on the eve of the summit, which will take place on December 26": the day its own phrase gives)
    start, end = gathering.left_edge.idx, gathering.right_edge.idx + len(gathering.right_edge.text)
    own = [t for t in record.times if start <= t.start and t.end <= end and t.precision == "day" and t.date and len(t.date) == 10]
    if own:
        # (the text's own day beats the tables' for a summit they know: "which opens on Monday, Sept. 1")
        draft.date = (date.fromisoformat(own[0].date) - timedelta(days=1)).isoformat()
        draft.date_end, draft.precision = None, "day"
        draft.reasons.append(f"on the eve of the {gathering.text} on {own[0].date}")
        return
    if draft.occasion:
        return  # a summit the tables know was dated when read
    # (the first told: "the summit" of a report is the one its news is about, not an earlier edition recalled since)
    for sentence in sentences[: draft.sentence_index]:
        if not any(t.lemma_.lower() == gathering.lemma_.lower() for t in sentence):
            continue
        days = [t for t in record.times if sentence.start_char <= t.start < sentence.end_char and t.precision == "day" and t.date]
        if days:
            draft.date = (date.fromisoformat(days[0].date) - timedelta(days=1)).isoformat()
            draft.date_end, draft.precision = None, "day"
            draft.reasons.append(f"on the eve of the {gathering.text} told on {days[0].date}")
            return


def _lead_day(record: ArticleRecord, sentences: list[Span], lead: set[int], day: date) -> date:
    """The day the lead's first prose sentence names for its news, where it names one just before the
    report ("ANKARA, Dec 12 - Ethiopia and Somalia agreed late on Wednesday ..."), else the report's day."""
    return _day_the_lead_names(record, sentences, lead, day) or day


def _day_the_lead_names(record: ArticleRecord, sentences: list[Span], lead: set[int], day: date) -> date | None:
    datelines = dateline_spans(record.doc.text)
    for index in sorted(lead):
        sentence = sentences[index]
        if len(sentence.text.split()) < PROSE_MIN_WORDS or not sentence.text.rstrip().rstrip("\"'”’)").endswith((".", "!", "?")):
            continue  # a headline, a date line or a menu
        for expression in record.times:
            if any(start <= expression.start < end for start, end in datelines):
                continue  # the dateline's own day is the report's
            if sentence.start_char <= expression.start < sentence.end_char and expression.precision == "day" and _near(expression.date or "", day):
                return date.fromisoformat(expression.date)
        return None
    return None


def _same_story(draft: Draft, news: list[Draft], news_day: date | None = None) -> Draft | None:
    """The dated news encounter that shares a party with `draft`: one on the news's day first (not the
    arrival the night before, told with it)."""
    names = {p.name for p in draft.parties}
    sharing = [d for d in news if d is not draft and d.date and names & {p.name for p in d.parties}]
    on_the_day = [d for d in sharing if news_day is not None and d.date == news_day.isoformat()]
    return (on_the_day or sharing or [None])[0]


def _has_own_time(sentence: Span, times) -> bool:
    return any(sentence.start_char <= t.start < sentence.end_char and t.date for t in times)


def _opening_earlier(verb: Token) -> Token | None:
    """ "Earlier, Blinken met Sisi": wire copy's "earlier" that opens a sentence on its own goes back within the
    day the story tells (not "earlier this year", not "had met earlier")."""
    for child in verb.children:
        if (child.lower_ == "earlier" and child.dep_ == "advmod" and child.i == child.sent.start and not list(child.children)
                and child.i + 1 < len(child.doc) and child.doc[child.i + 1].text == ","):
            return child
    return None


def _is_recalled(draft: Draft, doc) -> bool:
    """Whether the cue's clause reports the encounter as past before the news: "had met", "previously
    met", "their last meeting"."""
    if draft.cue_index < 0:
        return False
    cue = doc[draft.cue_index]
    preposition = _preposition_placing(cue)
    if preposition is not None and preposition.lower_ in ("after", "before", "since", "following", "prior"):
        return True  # "less than a month after Blinken's trip": named to place another event in time
    if cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in cue.children):
        return True  # "The call came days after Trump spoke with Putin": the same, as a clause
    clause = [cue] + ([cue.head] if cue.pos_ in ("NOUN", "PROPN") and cue.head.pos_ in ("VERB", "AUX") else [])
    if cue.dep_ in ("acl", "relcl"):
        clause.append(cue.head)  # "the last French president to visit Rwanda"
    for head in clause:
        for child in head.children:
            if child.lower_ in _RECALL_WORDS and child.dep_ in ("advmod", "amod", "npadvmod") and child is not _opening_earlier(head):
                return True
            if child.lower_ == "had" and child.dep_ == "aux":
                return True
            if child.lower_ in _SEQUENCE_ADVERBS and any(count.dep_ == "npadvmod" for count in child.children):
                return True  # "met Xi days later": counted from another time, not the report's
    return False


# 4. counted back from the clause it is placed against -----------------------------


def _counted_back(draft: Draft, drafts: list[Draft], doc, report: date, times=()) -> None:
    """"The tour comes a week after Wang's visit to Nairobi": the visit lies a week before the time of
    the clause it places in time: the date of the encounter that clause reports, else, for a clause in
    the present tense ("comes", "is"), the report's day."""
    if draft.cue_index < 0:
        return
    preposition = _preposition_placing(doc[draft.cue_index])
    if preposition is None or preposition.lower_ not in ("after", "before"):
        return
    offset = _offset_of(preposition)
    clause = preposition.head
    if preposition.dep_ == "mark":
        # (the offset hangs on the clause, and the clause on the one it is placed against - or on that one:
        # "It came a day after Biden held talks with Lourenco")
        offset, clause = _offset_of(clause), clause.head
        offset = offset or _offset_of(clause)
    if offset is None and preposition.head.dep_ == "npadvmod":
        # "met Xi on Wednesday, a year after their talks": the parser hung "after" on the offset.
        offset, clause = _offset_of(preposition.head.head, unit=preposition.head), preposition.head.head
    if offset is None:
        return
    code, amount, precision = offset
    reference = _clause_time(clause, draft, drafts, report) or _own_time_of(clause, preposition, doc, times)
    if reference is None or CALENDAR_PRECISIONS.index(reference[1]) < CALENDAR_PRECISIONS.index(precision):
        return
    if precision == "year" and reference[1] != "year":
        precision = "month"  # "in May 2023, a year after hosting Ramaphosa": May of the year before
    sign = -1 if preposition.lower_ == "after" else 1
    moved = add_to_day(first_day(reference[0]), code, sign * amount)
    draft.date = moved.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
    draft.precision = precision
    draft.reasons.append(f"counted back: '{preposition.text}' an offset from the time of '{preposition.head.text}'")


def _counted_forward(draft: Draft, drafts: list[Draft], doc, times) -> None:
    """ "Meloni received Vance, a day after she was hosted by Trump on Thursday", "held talks the morning after
    Vucic welcomed his guest on the evening of May 7": the encounter lies that offset from the time told inside
    the phrase that places it - not at that time, which the tree may have given it."""
    if draft.cue_index < 0:
        return
    cue = doc[draft.cue_index]
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head if cue.dep_ == "dobj" else None
    if verb is None:
        return
    for phrase, unit, preposition in _placing_phrases(verb):
        offset = _offset_of(preposition, unit=unit) or _the_next_part_of_a_day(unit)
        reference = _time_inside(phrase, doc, times, after=preposition)
        if offset is None or reference is None or reference[1] != "day" or _own_time_of(verb, preposition, doc, times):
            continue  # (with a time of its own outside the phrase, that one dates it)
        code, amount, _ = offset
        counted = add_to_day(first_day(reference[0]), code, (1 if preposition.lower_ == "after" else -1) * amount).isoformat()
        if draft.date not in (None, reference[0], counted):
            return  # a time of its own
        if draft.date != counted:
            draft.date, draft.date_end, draft.precision = counted, None, "day"
            draft.reasons.append(f"counted forward: '{preposition.text}' an offset from '{reference[0]}'")
        # (and what the phrase tells keeps its own day, where the tagger counted it too: "hosted Tusk, a day
        # after a phone call with Scholz on Monday")
        inside = range(phrase.left_edge.i, phrase.right_edge.i + 1)
        for other in drafts:
            if other is not draft and other.cue_index in inside and other.date == counted:
                other.date, other.date_end, other.precision = reference[0], None, "day"
                other.reasons.append(f"the day told inside '{preposition.text}', not the one counted from it")
        return


def _the_one_told_counted_forward(drafts: list[Draft], doc, times) -> None:
    """ "Witkoff and Araghchi held a second round of talks in Rome. The session came exactly a week after their
    first round in Muscat on April 12": the encounter a definite noun or "it" points back to lies that offset from
    the time told inside the placing phrase."""
    for verb in (t for t in doc if t.pos_ in ("VERB", "AUX")):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not _points_back(subject):
            continue
        for phrase, unit, preposition in _placing_phrases(verb):
            offset = _offset_of(preposition, unit=unit) or _the_next_part_of_a_day(unit)
            reference = _time_inside(phrase, doc, times, after=preposition)
            told = [d for d in drafts if d.status == "occurred" and 0 <= d.cue_index < subject.i
                    and d.cue_index not in range(phrase.left_edge.i, phrase.right_edge.i + 1)]
            if offset is None or reference is None or reference[1] != "day" or not told or told[-1].date is not None:
                continue
            code, amount, _ = offset
            sign = 1 if preposition.lower_ == "after" else -1
            told[-1].date = add_to_day(first_day(reference[0]), code, sign * amount).isoformat()
            told[-1].date_end, told[-1].precision = None, "day"
            told[-1].reasons.append(f"'{subject.text} ... {preposition.text}' counted forward from '{reference[0]}'")


def _points_back(subject: Token) -> bool:
    """ "The session", "the talks", "It": a subject that points back to the encounter the story told."""
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "this")
    return subject.lemma_.lower() in _ENCOUNTER_NOUNS | {"gathering", "session"} and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "their") for c in subject.children)


def _placing_phrases(verb: Token) -> list[tuple[Token, Token, Token]]:
    """(phrase, unit, preposition) of each phrase that places a verb's clause an offset from another time: a
    clause ("a day after she was hosted"), or a noun's phrase ("a day after a phone call")."""
    found = []
    for child in verb.children:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in child.children):
            mark = next(c for c in child.children if c.dep_ == "mark" and c.lower_ in ("after", "before"))
            unit = next((c for c in child.children if c.dep_ == "npadvmod" and c.i < mark.i), None)
            if unit is not None:
                found.append((child, unit, mark))
        if child.dep_ == "npadvmod":
            found += [(prep, child, prep) for prep in child.children if prep.dep_ == "prep" and prep.lower_ in ("after", "before")]
        if child.dep_ == "prep" and child.lower_ in ("after", "before"):
            # ("came exactly a week after their first round": the measure hung on the preposition)
            found += [(child, unit, child) for unit in child.children if unit.dep_ == "npadvmod"]
    return found


# Parts of a day that, with "the", count one day from the time told: "the morning after", "the day before".
_PARTS_OF_A_DAY = {"day", "morning", "afternoon", "evening", "night"}


def _the_next_part_of_a_day(unit: Token) -> tuple[str, int, str] | None:
    if unit.lemma_.lower() in _PARTS_OF_A_DAY and any(c.dep_ == "det" and c.lower_ == "the" for c in unit.children):
        return "D", 1, "day"
    return None


def _time_inside(phrase: Token, doc, times, after: Token | None = None) -> tuple[str, str] | None:
    """(date, precision) of the last dated time expression inside a phrase (past the word `after`, where given:
    not "two days after his arrival", which the tagger counted itself)."""
    inside = range(phrase.left_edge.i, phrase.right_edge.i + 1)
    start = after.idx + len(after.text) if after is not None else 0
    found = None
    for expression in times:
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand") if expression.date else None
        if (span is not None and span.root.i in inside and expression.precision in CALENDAR_PRECISIONS
                and expression.start >= start and expression.anchor != "event"):
            found = (expression.date, expression.precision)
    return found


def _right_before_the_news(draft: Draft, doc, news_day: date) -> None:
    """ "Trump made the announcement after speaking with Putin by phone" in the lead: what the news came right
    after (no span said, as "two days after" would) happened on the news's day."""
    cue = doc[draft.cue_index] if draft.cue_index >= 0 else None
    # (a participle, or what it holds: "after holding a one-on-one meeting with Erdogan"; not "after their talks in
    # Doha", which may lie any time before)
    if cue is None or not (cue.tag_ == "VBG" or (cue.dep_ == "dobj" and cue.head.tag_ == "VBG" and cue.head.dep_ == "pcomp")):
        return
    preposition = _preposition_placing(doc[draft.cue_index])
    if preposition is None or preposition.lower_ not in ("after", "following"):
        return
    if any(child.dep_ in ("npadvmod", "advmod") for child in preposition.children) or preposition.head.dep_ == "npadvmod":
        return  # "days after", "long after": another day
    clause = preposition.head
    if clause.pos_ not in ("VERB", "AUX") or clause.tag_ not in ("VBD", "VBN"):
        return  # the news told as done
    draft.date, draft.precision = news_day.isoformat(), "day"
    draft.reasons.append(f"right before the news: '{preposition.text}' the lead's clause, on its day")


def _preposition_placing(cue: Token) -> Token | None:
    """The preposition that places the cue's encounter in time: "after" in "a week after Wang's visit", in
    "a day after holding talks with Sunak" and in "two days after meeting Sunak"."""
    if cue.dep_ == "pobj":
        return cue.head
    if cue.dep_ == "dobj" and cue.head.dep_ == "pcomp":
        return cue.head.head
    if cue.dep_ == "dobj" and cue.head.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in cue.head.children):
        # "a day after Biden held talks with Lourenco": the mark of the clause that holds the talks (one with a
        # subject: "after hastily arranged talks" is the talks themselves)
        return next((c for c in cue.head.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if cue.dep_ == "pcomp":
        return cue.head
    if cue.dep_ == "advcl":
        # "met on Monday, two months after they spoke by phone": the clause's own "after"
        return next((c for c in cue.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if cue.dep_ == "relcl" and any(c.lower_ in ("where", "when") for c in cue.children):
        # "three days after Trump welcomed Putin in Anchorage, where the two leaders talked": the talk is
        # what the clause it describes the place of tells
        told = next((a for a in cue.ancestors if a.dep_ == "advcl"), None)
        if told is not None:
            return next((c for c in told.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    return None


def _offset_of(preposition: Token, unit: Token | None = None) -> tuple[str, int, str] | None:
    """(unit code, amount, precision) of the offset that measures a preposition: "a week" after, "three
    months" before (or of the `unit` token given); None when there is none or its amount is not a number
    ("days after")."""
    for child in [unit] if unit is not None else preposition.children:
        measure = OFFSET_UNITS.get(child.lemma_.lower())
        if child.dep_ != "npadvmod" or measure is None:
            continue
        counts = [c for c in child.children if c.dep_ in ("nummod", "det")]
        if not counts:
            return None
        amount = 1 if counts[0].lower_ in ("a", "an", "one") else number_of(counts[0].text)
        if amount is None or amount != int(amount) or counts[0].dep_ == "det" and counts[0].lower_ not in ("a", "an"):
            return None
        code, per, precision = measure
        return code, int(amount) * per, precision
    return None


def _clause_time(clause: Token, draft: Draft, drafts: list[Draft], report: date) -> tuple[str, str] | None:
    """(date, precision) of what the clause reports: a dated encounter whose cue is the clause or its
    subject, else the report's day for a present-tense clause."""
    # (the clause's verb, its subject, or its object in "held talks")
    cues = {clause.i} | {child.i for child in clause.children if child.dep_ in ("nsubj", "nsubjpass", "dobj")}
    for other in drafts:
        if other is not draft and other.cue_index in cues and other.date and other.precision in CALENDAR_PRECISIONS:
            return other.date, other.precision
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    pointing_back = subject is not None and (
        (subject.lemma_.lower() in _ENCOUNTER_NOUNS | {"gathering"}
         and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "their", "his", "her") for c in subject.children))
        or (subject.pos_ == "PRON" and subject.lower_ in ("it", "this")))
    if pointing_back:
        # "The gathering came three days after ...", "It came a day after ...": the encounter the story has
        # told, which it points back to
        told = [d for d in drafts if d is not draft and d.date and d.precision in CALENDAR_PRECISIONS
                and d.status == "occurred" and 0 <= d.cue_index < subject.i]
        if told:
            return told[-1].date, told[-1].precision
    if clause.tag_ in ("VBZ", "VBP"):
        return report.isoformat(), "day"
    return None


def _own_time_of(clause: Token, preposition: Token, doc, times) -> tuple[str, str] | None:
    """(date, precision) of a time the clause itself is told at, outside the placing phrase: "flew home on
    Monday, two days after meeting Ramaphosa"."""
    placing = range(preposition.left_edge.i, preposition.right_edge.i + 1)
    for expression in times:
        if not expression.date or expression.precision not in CALENDAR_PRECISIONS:
            continue
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
        if span is None or span.root.i in placing:
            continue
        head = span.root.head.head if span.root.head.dep_ == "prep" else span.root.head
        if head == clause and span.root.dep_ in ("pobj", "npadvmod"):
            return expression.date, expression.precision
    return None


# The news of a report happened on its day or the day before ("on Monday" in Tuesday's paper).
NEWS_REACH_DAYS = 2


def _near(value: str, day: date) -> bool:
    return len(value) == 10 and 0 <= (day - date.fromisoformat(value)).days <= NEWS_REACH_DAYS


def report_day(article_text: str, published: date | None) -> date | None:
    """The day the report speaks from: its dateline's day, else the publication day."""
    return dateline_day(article_text, published) or published
