"""One mention that reports several encounters, split into one each.

Reads: a mention just read from a cue, its cue and the sentence's time
expressions. Adds: one mention per encounter the cue reports:

- a plural cue reports one encounter per party: "calls to the leaders of
  Canada and Mexico on Saturday and of Israel and Egypt on Sunday", "state
  visits by Mandela (1996) and Mbeki (2001)";
- one official meeting several people of one country meets them together
  ("will meet Foreign Minister Mahuta and Prime Minister Ardern") unless the
  story tells the meetings apart ("separate talks") or gives each its own
  time; people of several countries are met one after the other ("Xi held
  talks with the Kyrgyz and Turkmen presidents"), and called one by one,
  unless the story speaks of one gathering (a summit, a trilateral, "the
  trio", "jointly") or a host has them together ("will host Marcos and
  Kishida");
- a tour: one visit per country, "a six-day visit to Japan, Papua New
  Guinea and Australia".
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..knowledge.base import ORGANISATION_CODES
from ..spans import entities
from ..model import TimeExpression
from ..places import resolve_place
from .cues import Cue
from .draft import Draft, replace_draft
from .participants import is_encounter_noun, told_as_we
from .reading import ArticleReading


def distribute(reading: ArticleReading, draft: Draft, cue: Cue) -> list[Draft]:
    """The encounters one mention reports: itself, or one per party, each with its own time."""
    token = cue.token
    plural = token.tag_ in ("NNS", "NNPS") and token.lower_ != "talks"
    anchor = [p for p in draft.parties if p.name in draft.subjects]
    others = [p for p in draft.parties if p not in anchor]
    several = (draft.kind in ("meeting", "call") and len(anchor) == 1 and len(others) >= 2
               and token.lemma_.lower() not in _JOINT_GATHERINGS
               # ("spoke to both leaders by phone": two calls; "spoke with the leaders of France, Germany and
               # Italy": one call with the group)
               and (not _named_as_a_group(reading, token) or (draft.kind == "call" and _both_of_a_pair(token)))
               and not _joint_in_itself(token))
    if draft.kind == "meeting" and len({p.country for p in others}) == 1:
        # "she will meet Foreign Minister Mahuta and Prime Minister Ardern": one country's leaders met
        # together, unless the story tells them apart ("separate talks") or gives each its own time.
        one_after_another = several and (_told_apart(reading, draft) or _times_apart(reading, others))
    else:
        # (but one meets four or more of several countries at a gathering: "met with the host, Milei, Peña and
        # von der Leyen")
        crowd = draft.kind == "meeting" and len(others) >= 4
        one_after_another = several and (_told_apart(reading, draft) or not (
            _told_as_one(reading, draft) or _hosts_a_group(token, others) or crowd or _one_state_and_organisations(others)))
    pairs = _pairs_respectively(reading, draft, anchor, others)
    if pairs:
        return [replace_draft(draft, parties=pair) for pair in pairs]
    # "A, B and C separately called on the Prime Minister": each subject's own encounter with the one met; "Putin
    # and Meloni also called to congratulate him": callers of several countries each make their own call
    # (not "Macron and Scholz spoke with Putin": a joint conversation)
    several_callers = (draft.kind == "call" and token.lemma_.lower() in ("call", "phone", "telephone", "ring", "dial")
                       and len({p.country for p in anchor}) == len(anchor)
                       and not _told_as_one(reading, draft) and not told_as_we(token))
    if draft.kind in ("meeting", "call") and len(anchor) >= 2 and len(others) == 1 and (_apart_in_itself(token) or several_callers):
        return [replace_draft(draft, parties=[subject, others[0]]) for subject in anchor]
    if not plural and not one_after_another:
        return [draft]
    if draft.kind == "visit":
        groups = [[person] for person in draft.parties]
    else:
        if len(anchor) != 1 or len(others) < 2:
            return [draft]
        groups = [anchor + [other] for other in others]
    if len(groups) < 2:
        return [draft]
    parts = []
    tokens = [reading.parties.token_of.get(group[-1].name) for group in groups]
    times_lead = _times_lead(reading, token, [t for t in tokens if t is not None])
    for group, party_token in zip(groups, tokens):
        part = replace_draft(draft, parties=group)
        expression = _own_time(reading, party_token, before=times_lead)
        if expression is not None:
            part.date, part.date_end, part.precision = expression.date, expression.date_end, expression.precision
        parts.append(part)
    return parts


# One official meeting several named people meets them one after the other ("Xi held talks with Kyrgyz
# President Japarov and Turkmen President Berdimuhamedov", "Xi is to meet Prime Minister Chinh and
# Chairman Hue"), unless the story speaks of one gathering (a summit, "a trilateral", "the trio") or a host
# has guests of several countries together ("Biden will host Marcos and Kishida"); "separate talks" and
# "bilateral meetings" are apart whatever the verb.
_JOINT_GATHERINGS = {"summit", "trilateral", "session", "conference", "forum", "gathering", "retreat", "dinner", "lunch"}
# Words by which the sentence or the next ones speak of the people met as one group: "The trio will sit down".
_JOINT_WORDS = re.compile(r"\b(?:trio|trilateral|quadrilateral|(?:three|four|five)[- ]way|threesome|quartet|jointly|together|joint"
                          r"|the three (?:leaders|ministers|presidents|men|sides)|along with|alongside|joined by"
                          # ("sat down with a group of Pacific leaders, among them A and B": one sitting)
                          r"|a group of (?:\w+ ){0,2}(?:leaders|ministers|presidents|heads|officials))\b")
# How many sentences on such a word may stand.
GROUP_REACH_SENTENCES = 2


def _told_as_one(reading: ArticleReading, draft: Draft) -> bool:
    """Whether the sentence, or the next ones, speak of the parties as one meeting ("a trilateral summit",
    "The trio will sit down for talks", "a four-way meeting", "met jointly")."""
    sentences = reading.sentences[draft.sentence_index: draft.sentence_index + 1 + GROUP_REACH_SENTENCES]
    text = " ".join(sentence.text.lower() for sentence in sentences)
    return bool(_JOINT_WORDS.search(text))


_APART_WORDS = re.compile(r"\b(?:separate|separately|bilateral|bilaterals|respectively|individually|one-on-one|each|and then)\b")


def _one_state_and_organisations(people) -> bool:
    """ "Erdogan met Kristersson and NATO Secretary-General Stoltenberg": one state's officials with the heads of
    international organisations, who sit in as mediators or hosts, are met together."""
    countries = {p.country for p in people}
    states = countries - set(ORGANISATION_CODES)
    return len(states) == 1 and None not in countries and len(countries) > 1


def _joint_in_itself(cue: Token) -> bool:
    """ "held a three-way meeting with Abe and Modi": the cue's own words make it one meeting; so does one
    meeting in the singular, "after a meeting with Erdogan and Kristersson" (not "talks", plural in form)."""
    start = cue.left_edge.idx
    singular = cue.tag_ == "NN" and any(child.dep_ == "det" and child.lower_ in ("a", "an", "the") for child in cue.children)
    return singular or bool(_JOINT_WORDS.search(cue.doc.text[start:cue.idx + len(cue.text)].lower()))


def _pairs_respectively(reading: ArticleReading, draft: Draft, anchor: list, others: list) -> list[list]:
    """ "A and B held talks with C and D respectively": A with C and B with D, each in the order named."""
    if draft.kind not in ("meeting", "call") or len(anchor) < 2 or len(anchor) != len(others):
        return []
    if "respectively" not in reading.sentences[draft.sentence_index].text.lower():
        return []
    where = reading.parties.token_of
    if any(where.get(person.name) is None for person in anchor + others):
        return []
    by_place = lambda person: where[person.name].i  # noqa: E731
    return [[first, second] for first, second in zip(sorted(anchor, key=by_place), sorted(others, key=by_place))]


def _apart_in_itself(cue: Token) -> bool:
    """ "separately called on", "held separate meetings": the cue's own words tell the encounters apart (not
    "the Romanian president, who traveled separately")."""
    return any(child.dep_ in ("advmod", "amod") and _APART_WORDS.fullmatch(child.lower_) for child in cue.children)


def _told_apart(reading: ArticleReading, draft: Draft) -> bool:
    """Whether the sentence tells the encounters apart - not by a word of another encounter that places this one
    in time ("hosted Erdogan and Guterres in Lviv, after holding a one-on-one meeting with Erdogan")."""
    sentence = reading.sentences[draft.sentence_index]
    for match in _APART_WORDS.finditer(sentence.text.lower()):
        word = sentence.doc.char_span(sentence.start_char + match.start(), sentence.start_char + match.end(), alignment_mode="expand")
        if word is None:
            return True
        # (nor by a word of another encounter noun: "held separate meetings with A and B before bringing them together
        # for talks")
        other_noun = word.root.head if word.root.dep_ == "amod" and word.root.head.i != draft.cue_index and is_encounter_noun(word.root.head) else None
        if other_noun is None and not any(a.lower_ in _PLACING_WORDS and a.dep_ in ("prep", "mark") for a in word.root.ancestors):
            return True
    return False


# Words that open a phrase placing a clause in time by another encounter.
_PLACING_WORDS = {"after", "before", "following", "since", "ahead"}


_HOSTING = {"host", "co-host", "welcome", "gather", "bring", "convene", "invite", "join", "mediate", "broker", "chair", "co-chair"}


def _verb_it_is_for(cue: Token) -> Token:
    """ "hosted A and B for (rounds of) talks": the verb the talks are for, whose reading they share; else the cue."""
    noun = cue
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return cue


def _hosts_a_group(cue: Token, guests) -> bool:
    """A host with guests of several countries has them together ("will host Marcos and Kishida")."""
    countries = {p.country for p in guests}
    verb = _verb_it_is_for(cue)
    if verb is cue and cue.dep_ == "dobj" and cue.head.pos_ == "VERB":
        verb = cue.head  # "hosted talks between A and B", "was joined by A and B for talks"
    return verb.lemma_.lower() in _HOSTING and len(countries) > 1


def _named_as_a_group(reading: ArticleReading, cue: Token) -> bool:
    """Whether the people met are one plural phrase ("hosted the presidents of Uganda, Tanzania and Rwanda")."""
    verb = _verb_it_is_for(cue)
    for child in verb.children:
        targets = [child] if child.dep_ in ("dobj", "dative") else [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        if any(t.tag_ in ("NNS", "NNPS") and reading.actors.is_role_noun(t) for t in targets):
            return True
    return False


def _both_of_a_pair(cue: Token) -> bool:
    """Whether the people met are "both leaders", "the two presidents": a pair told before, not a list."""
    verb = _verb_it_is_for(cue)
    targets = [t for child in verb.children for t in ([child] if child.dep_ in ("dobj", "dative") else
                                                      [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [])]
    # (or "the foreign ministers of both countries")
    targets += [obj for t in targets for of in t.children if of.dep_ == "prep" and of.lower_ == "of"
                for obj in of.children if obj.dep_ == "pobj"]
    return any(c.lower_ in ("both", "two") for t in targets for c in t.children if c.dep_ in ("det", "nummod", "predet"))


def _times_apart(reading: ArticleReading, people) -> bool:
    """Whether the people met each have their own time: "meets Chinh on Tuesday and Hue on Wednesday"."""
    times = [_own_time(reading, reading.parties.token_of.get(person.name)) for person in people]
    return all(times) and len({(t.start, t.end) for t in times}) == len(times)


def _own_time(reading: ArticleReading, token: Token | None, before: bool = False) -> TimeExpression | None:
    """The time that belongs to one party of a list: the first one after it in the sentence, or with
    `before` the last one before it.

    "Mandela (1996), Mbeki (2001) and Zuma (2010)"; "leaders of Canada and
    Mexico on Saturday and of Israel and Egypt on Sunday"; with `before`, "spoke
    on Tuesday with Sisi and on Wednesday with the Emir".
    """
    if token is None:
        return None
    if before:
        earlier = [e for e in reading.sentence_times if e.end <= token.idx]
        return max(earlier, key=lambda e: e.start) if earlier else None
    after = [e for e in reading.sentence_times if e.start >= token.idx + len(token.text)]
    return min(after, key=lambda e: e.start) if after else None


def _times_lead(reading: ArticleReading, cue: Token, party_tokens: list[Token]) -> bool:
    """Whether each party's time comes before it: the first time of the sentence stands between the cue and
    the first party ("spoke on Tuesday with A and on Wednesday with B")."""
    if not party_tokens:
        return False
    first_party = min(token.idx for token in party_tokens)
    times = [e for e in reading.sentence_times if e.start >= cue.idx]
    return bool(times) and cue.idx < min(e.start for e in times) < first_party


def more_destinations(reading: ArticleReading, draft: Draft, cue: Cue) -> list[Draft]:
    """One visit per country of a tour: "a six-day visit to Japan, Papua New Guinea and Australia"."""
    if draft.kind != "visit" or draft.location is None:
        return []
    extra = []
    seen = {draft.location.country}
    for token in cue.token.subtree:
        # "a visit to Japan, Papua New Guinea and Australia"; "toured Ghana, Tanzania and Zambia"
        # (also "a visit to the OECD headquarters in Paris, Tanzania and Zambia": the list may hang on the "in")
        if not ((token.dep_ == "pobj" and token.head.lower_ in ("to", "in")) or (token.dep_ == "dobj" and token.head == cue.token)):
            continue
        for conj in token.conjuncts:
            # The conjunct's own name, not a place hung below it ("Barbados, from New York").
            own = next((ent.text for ent in entities(reading.doc) if ent.start <= conj.i < ent.end), conj.text)
            place = resolve_place(reading.kb, [own], [])
            if place is None or place.country in seen or place.country is None:
                continue
            if all(p.country == place.country for p in draft.parties):
                continue
            seen.add(place.country)
            extra.append(replace_draft(draft, location=place))
    return extra
