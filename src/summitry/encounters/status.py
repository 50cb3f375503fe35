"""Status of an encounter: occurred, planned or cancelled, or not an encounter at all.

Reads: the cue token, the verb that governs it, its date and the
publication date. Adds: a status, or None for negated ("has not met"),
hypothetical ("could meet", "if they meet") and generic ("the third time
the leaders have met", "usually meet") mentions, which are dropped.

The words and their effects come from `encounters/data/modality.csv`; tense
comes from the parse: "will meet" is planned, "met" occurred, "is meeting"
with no past date is planned, a date after publication is planned.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .cues import _stems, modality_lexicon

_CLAUSE_UP_DEPS = {"xcomp", "aux", "auxpass", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "amod", "acomp", "oprd", "pcomp", "agent"}
_SPEECH_VERBS = {"say", "tell", "announce", "confirm", "report", "state", "add", "note", "reveal", "disclose", "indicate"}
_FREQUENCY_NOUNS = {"time", "times", "occasion", "occasions"}


@dataclass(frozen=True)
class StatusDecision:
    status: str | None  # None: drop the mention
    reason: str
    is_default: bool = False  # nothing in the text marked it; another mention of the same encounter may know better


# Verbs whose modality is the encounter's own when an encounter noun is their
# subject or object ("the meeting will take place", "will hold talks"); for
# other verbs ("the visit could lead to a deal") it is not.
_CARRIER_VERBS = {
    "take", "happen", "occur", "hold", "have", "make", "begin", "start", "end", "conclude", "proceed", "go",
    "pay", "conduct", "plan", "schedule", "arrange", "cancel", "postpone", "scrap", "delay", "announce",
    "confirm", "expect", "be", "mark", "attend", "host", "receive", "undertake", "seek", "call",
}


def _clause_chain(cue: Token) -> list[Token]:
    """The cue and the tokens above it up to its clause head ("meet" <- "expected" <- ROOT)."""
    chain = [cue]
    current = cue
    if cue.pos_ in ("NOUN", "PROPN"):
        # A noun takes the modality of the verb that carries it ("will hold talks", "the meeting
        # will take place"), not of a verb it is an adverbial to ("Following their call, the two
        # will discuss ...").
        head = cue.head
        if cue.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr", "conj", "appos", "compound") or head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in _CARRIER_VERBS:
            # "the talks between the two heads of state will be framed by ...": a future that is the
            # noun's own, though "the visit could lead to a deal" is no doubt about the visit.
            if cue.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
                chain.extend(child for child in head.children if child.dep_ == "aux" and child.lower_ in ("will", "shall", "'ll"))
            return chain
    for _ in range(6):
        if current.head == current:
            break
        if current.dep_ == "ccomp" and current.head.lemma_.lower() not in _SPEECH_VERBS:
            # "will not allow him to travel": the verb that frames the trip speaks for it.
            current = current.head
            chain.append(current)
            continue
        if current.dep_ not in _CLAUSE_UP_DEPS:
            break
        current = current.head
        chain.append(current)
    return chain


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def decide_status(cue: Token, is_noun: bool, date: str | None, published: str | None) -> StatusDecision:
    """Decide the status of the encounter the cue reports."""
    effects = modality_lexicon()
    chain = _clause_chain(cue)
    planned = cancelled = False
    reasons = []

    # Generic mentions: "the third time the leaders have met", "have met many times".
    for token in chain:
        if token.dep_ in ("relcl",) and token.head.lower_ in _FREQUENCY_NOUNS:
            return StatusDecision(None, f"generic: '{token.head.text} ... {token.text}'")
    if cue.dep_ == "relcl" and cue.head.lower_ in _FREQUENCY_NOUNS:
        return StatusDecision(None, "generic: ordinal time")
    # "It is the first time in two years that a meeting between the leaders took place": a statement
    # about meetings, not a report of one.
    for ancestor in list(cue.ancestors)[:3]:
        if ancestor.dep_ in ("relcl", "acl", "ccomp") and ancestor.head.lower_ in _FREQUENCY_NOUNS and any(
            child.lower_ in ("first", "second", "third", "last", "only") for child in ancestor.head.children
        ):
            return StatusDecision(None, f"generic: '{ancestor.head.text} ... {cue.text}'")
    for child in cue.children:
        # "have met many times", "have met more than 40 times": a count of meetings, not one.
        if child.lower_ in ("times", "occasions") and any(
            g.lower_ in ("many", "several", "numerous", "multiple", "countless") or g.like_num or g.dep_ in ("nummod", "quantmod")
            for g in child.subtree if g != child
        ):
            return StatusDecision(None, "generic: a number of times")

    context: list[Token] = []
    for token in chain:
        context.append(token)
        context.extend(child for child in token.children if child.dep_ in ("aux", "auxpass", "neg", "advmod", "mark", "amod", "prt", "acomp"))
    if is_noun:
        # "The meeting, which will take place on Wednesday": the relative clause speaks for the noun.
        for child in cue.children:
            if child.dep_ in ("relcl", "acl"):
                # Only the clause's auxiliaries speak for the noun ("which will take place"); its own
                # verb may be about something else ("during which they agreed to boost trade").
                if _lemma(child) in _CARRIER_VERBS or child.lemma_.lower() in ("plan", "schedule", "expect", "cancel", "postpone", "scrap"):
                    context.append(child)
                context.extend(g for g in child.children if g.dep_ in ("aux", "auxpass", "neg"))
        # "ahead of the meeting" / "before their visit" make it upcoming.
        if cue.dep_ == "pobj" and cue.head.lower_ in ("ahead", "before"):
            planned = True
            reasons.append(f"'{cue.head.text} of' the encounter")

    speech_above = any(_lemma(token) in _SPEECH_VERBS for token in cue.ancestors)
    # "it was not clear whether this meeting will be in September when Modi visits the US":
    # an encounter inside a whether/if clause is not asserted.
    for ancestor in [cue, *list(cue.ancestors)[:4]]:
        if any(child.dep_ == "mark" and child.lower_ in ("whether", "if", "unless") for child in ancestor.children):
            return StatusDecision(None, f"hypothetical: '{ancestor.text}' under whether/if")
    # "when Modi visits the US": a present tense after when/once/before/after looks ahead.
    if cue.tag_ in ("VBZ", "VBP") and any(child.dep_ == "mark" and child.lower_ in ("when", "once", "before", "after", "until") for child in cue.children):
        planned = True
        reasons.append("present tense in a time clause")
    for token in context:
        lemma = _lemma(token)
        word = token.lower_
        if token.dep_ == "neg" or word in ("not", "n't", "never", "no"):
            if token.head != cue and token.head not in chain:
                continue
            if any(t.lower_ == "until" for t in token.head.subtree):
                # "the trip not taking place until later this month": postponed into the future.
                planned = True
                reasons.append("'not ... until'")
                continue
            if any(effects.get(_lemma(t)) == "cancelled" for t in context):
                cancelled = True
                continue
            return StatusDecision(None, f"negated: '{token.text}'")
        effect = effects.get(word) or effects.get(lemma) or next((effects[stem] for stem in _stems(word) if stem in effects), None)
        if token.dep_ == "prt" and token.lower_ == "off" and _lemma(token.head) == "call":
            effect = "cancelled"
        if effect == "cancelled":
            cancelled = True
            reasons.append(f"'{token.text}'")
        elif effect == "drop" and token.dep_ in ("aux", "mark", "advmod", "ROOT", "acomp", "amod") or (effect == "drop" and token != cue and token.pos_ in ("VERB",)):
            if word == "would" and speech_above:
                planned = True  # reported future: "said he would visit"
                reasons.append("'would' in reported speech")
                continue
            return StatusDecision(None, f"hypothetical or generic: '{token.text}'")
        elif effect == "planned":
            planned = True
            reasons.append(f"'{token.text}'")

    # "are set to meet", "is due to visit", "is poised to travel": arranged ahead.
    if cue.dep_ == "xcomp" and _lemma(cue.head) in ("set", "due", "poise", "slate", "schedule", "expect", "plan"):
        planned = True
        reasons.append(f"'{cue.head.text} to'")
    # "is meeting"/"are visiting": present progressive reports an arrangement.
    if cue.tag_ == "VBG" and any(child.dep_ == "aux" and _lemma(child) == "be" and child.tag_ in ("VBZ", "VBP") for child in cue.children):
        planned = True
        reasons.append("present progressive")
    # "agreed to meet", "invited him to visit", "wants to visit": an infinitive under a verb.
    if cue.tag_ == "VB" and any(child.dep_ == "aux" and child.lower_ == "to" for child in cue.children):
        head = cue.head
        # "is to meet", "travels to meet" look ahead; "took a trip to meet" reports what was done.
        if head.tag_ in ("VBZ", "VBP", "VB") or _lemma(head) == "be":
            if not any(_lemma(t) in ("first", "last") for t in cue.sent):
                planned = True
                reasons.append("infinitive")

    if cancelled:
        return StatusDecision("cancelled", "cancelled: " + ", ".join(reasons))
    if date and published and date[:10] > published[: len(date[:10])]:
        return StatusDecision("planned", f"date {date} after publication")
    if planned:
        return StatusDecision("planned", "planned: " + ", ".join(reasons))
    finite = [t for t in chain if t.tag_ in ("VBD", "VBN", "VBZ", "VBP", "MD")]
    if is_noun and not reasons and not finite:
        # "marking the final in-person conversation": nothing dates the noun itself.
        return StatusDecision("occurred", "unmarked noun", is_default=True)
    return StatusDecision("occurred", "past or present report")
