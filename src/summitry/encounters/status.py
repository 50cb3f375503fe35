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

from dataclasses import dataclass, field

from spacy.tokens import Token

from .cues import _stems, cue_lexicon, modality_lexicon, verb_stems
from .participants import INTENT_NOUNS, SETTING_OFF_VERBS, TRIP_NOUNS, holding_infinitive_after

# "is scheduled to meet Xi and hold talks with Li": a coordinated verb shares its first conjunct's modality.
_CLAUSE_UP_DEPS = {"conj", "xcomp", "aux", "auxpass", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "amod", "acomp", "oprd", "pcomp", "agent"}
_SPEECH_VERBS = {"say", "tell", "announce", "confirm", "report", "state", "add", "note", "reveal", "disclose", "indicate"}
_FREQUENCY_NOUNS = {"time", "times", "occasion", "occasions"}
_WITHDRAWING_VERBS = {"pull", "withdraw", "back", "bow", "drop"}
# Phrases that put a plan beyond any time: "agreed to meet at the earliest opportunity".
_VAGUE_TIMES = ("earliest opportunity", "early date", "earliest convenience", "some point", "in the future", "one day",
                "mutually convenient", "earliest possible")


# Verbs that hope for an encounter ("hoping for a meeting with Xi") without arranging it.
_HOPING = {"hope", "wish", "long", "yearn", "pray"}
_WISHING = {"like", "love", "want", "wish", "prefer", "welcome"}


def _is_wish(verb: Token) -> bool:
    """ "would like to visit", "would be willing to meet", "would be happy to host": a wish, no plan."""
    if verb.lemma_.lower() in _WISHING:
        return True
    return verb.lemma_.lower() == "be" and any(c.lower_ in _READY_WORDS for c in verb.children)


# Words of readiness after "be": "would be prepared to meet" is no arrangement.
_READY_WORDS = {"willing", "happy", "glad", "ready", "open", "keen", "prepared"}


def _as_arranged(verb: Token) -> bool:
    """ "as originally scheduled", "as planned": the negated encounter had been arranged."""
    text = " ".join(t.lower_ for t in verb.subtree)
    return "as originally" in text or "as scheduled" in text or "as planned" in text or "as previously" in text


# Nouns of an encounter or a trip that a clause on them may tell the plans of.
_GATHERING_NOUNS = {"summit", "meeting", "visit", "trip", "talks", "tour", "conference", "journey"}
# Nouns of an encounter offered, which is a plan only once accepted: "accepted an invitation to visit".
_OFFER_NOUNS = {"invitation", "offer"}
_ACCEPTING_VERBS = {"accept", "take", "honour", "honor", "welcome"}
# Participles that, before an encounter noun, report it rather than plan it.
_REPORTED_PARTICIPLES = {"announce", "confirm", "report", "publicize", "publicise"}


@dataclass(frozen=True)
class StatusDecision:
    status: str | None  # None: drop the mention
    reason: str
    is_default: bool = False  # nothing in the text marked it; another mention of the same encounter may know better


# Verbs whose modality is the encounter's own when an encounter noun is their
# subject or object ("the meeting will take place", "will hold talks"); for
# other verbs ("the visit could lead to a deal") it is not.
# Verbs of asking for an encounter: "asked Japan for a meeting", "pressed for talks".
_ASKING_VERBS = {"ask", "request", "press", "push", "call", "appeal", "seek", "lobby", "write", "apply"}
_CARRIER_VERBS = {
    "take", "happen", "occur", "hold", "have", "make", "begin", "start", "end", "conclude", "proceed", "go",
    "pay", "conduct", "plan", "schedule", "arrange", "cancel", "postpone", "scrap", "delay", "announce",
    "confirm", "expect", "be", "mark", "attend", "host", "receive", "undertake", "seek", "call",
    "shelve", "suspend", "abandon", "drop", "welcome", "invite", "propose", "request", "get", "secure", "win", "slate",
    "co-host", "cohost", "chair", "co-chair", "prepare", "organise", "organize", "finalise", "finalize", "set",
}


def _purpose_of_a_trip(noun: Token) -> bool:
    """ "visit South Korea for the APEC summit", "travel to Lima for talks": the encounter a trip is for."""
    preposition = noun.head
    verb = preposition.head
    return (noun.dep_ == "pobj" and preposition.lower_ == "for" and verb.pos_ == "VERB"
            and any(word.kind == "visit" for word in cue_lexicon().get((verb.lemma_.lower(), "VERB"), ())))


def _added_along_with(noun: Token) -> bool:
    """ "along with a summit", "together with the talks", hung on a verb: a second object of that verb."""
    preposition = noun.head
    return (noun.dep_ == "pobj" and preposition.lower_ == "with" and preposition.head.lower_ in ("along", "together")
            and preposition.head.head.pos_ == "VERB")


def _trip_set_off_for(cue: Token) -> bool:
    """ "will leave Astana on Thursday for a state visit to Tajikistan": a trip noun a verb of setting off is for."""
    return (cue.lemma_.lower() in TRIP_NOUNS and cue.dep_ == "pobj" and cue.head.lower_ in ("for", "on")
            and cue.head.head.pos_ == "VERB" and _lemma(cue.head.head) in SETTING_OFF_VERBS)


def _clause_chain(cue: Token) -> list[Token]:
    """The cue and the tokens above it up to its clause head ("meet" <- "expected" <- ROOT)."""
    chain = [cue]
    current = cue
    if cue.pos_ in ("NOUN", "PROPN") and cue.dep_ == "pobj" and cue.head.lower_ == "for" and _lemma(cue.head.head) in _ASKING_VERBS:
        # "had asked Japan for a meeting with Kishida, but it could not happen": the request is the
        # meeting's mood, and what is joined to it tells what became of it.
        current = cue.head.head
        chain.extend([cue.head, current])
    elif cue.pos_ in ("NOUN", "PROPN") and _purpose_of_a_trip(cue):
        # "hoped that Xi could visit South Korea for the APEC summit": the summit is as the trip is.
        current = cue.head.head
        chain.extend([cue.head, current])
    elif cue.pos_ in ("NOUN", "PROPN") and _trip_set_off_for(cue):
        # "Xi will leave Astana on Thursday for a state visit to Tajikistan": the trip is as the setting off is.
        current = cue.head.head
        chain.extend([cue.head, current])
    elif cue.pos_ in ("NOUN", "PROPN") and _added_along_with(cue):
        # "cancelled his trip, along with a summit in Sydney": joined to the object, it shares its verb.
        current = cue.head.head.head
        chain.extend([cue.head, cue.head.head, current])
    elif cue.pos_ in ("NOUN", "PROPN"):
        # A noun takes the modality of the verb that carries it ("will hold talks", "the meeting
        # will take place"), not of a verb it is an adverbial to ("Following their call, the two
        # will discuss ...").
        head = cue.head
        if cue.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr", "conj", "appos", "compound") or head.pos_ not in ("VERB", "AUX") or _lemma(head) not in _CARRIER_VERBS:
            # "the talks between the two heads of state will be framed by ...": a future that is the
            # noun's own, though "the visit could lead to a deal" is no doubt about the visit.
            if cue.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
                chain.extend(child for child in head.children if child.dep_ == "aux" and child.lower_ in ("will", "shall", "'ll"))
            if cue.dep_ in ("nsubj", "nsubjpass"):
                # "A summit that was to bring them face to face ... was called off": the predicate, also where the
                # parser made the subject part of a longer one
                predicate = head.head if head.dep_ in ("nsubj", "nsubjpass") else head
                if predicate.pos_ in ("VERB", "AUX") and modality_lexicon().get(_phrasal_lemma(predicate)) == "cancelled":
                    chain.append(predicate)
            if cue.dep_ == "dobj" and head.pos_ == "VERB" and (modality_lexicon().get(_lemma(head)) in ("drop", "cancelled")
                                                               or modality_lexicon().get(_phrasal_lemma(head)) in ("drop", "cancelled")):
                # "rejected a meeting", "did not rule out a meeting": no meeting told; "calls off the summit"
                chain.append(head)
            return chain
    if (cue.dep_ in ("acl", "relcl") and cue.tag_ in ("VBN", "VB") and cue.head.dep_ == "attr"
            and cue.head.head.pos_ in ("VERB", "AUX")):
        # "Ramaphosa will be the first head of state hosted by the new king", "Merkel will be the fifth
        # chancellor to visit Russia": the encounter is as the "be" of the description says, here to come.
        current = cue.head.head
        chain.append(current)
    for _ in range(6):
        if current.head == current:
            break
        if current.dep_ == "ccomp" and current.head.lemma_.lower() not in _SPEECH_VERBS:
            # "will not allow him to travel": the verb that frames the trip speaks for it.
            current = current.head
            chain.append(current)
            continue
        if current.dep_ == "advcl" and current.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            # "before heading to Beijing to meet Xi": a purpose is as the going is
            current = current.head
            chain.append(current)
            continue
        if current.dep_ == "advcl" and current.tag_ == "VBG" and current == cue:
            # "will make his first trip abroad in February, traveling to Panama and Guatemala"
            current = current.head
            chain.append(current)
            continue
        if current.dep_ not in _CLAUSE_UP_DEPS or _done_before_a_present_act(current):
            break
        if (current.dep_ == "conj" and current.pos_ in ("VERB", "AUX")
                and any(child.dep_ in ("aux", "auxpass") for child in current.children)):
            break  # "has scrapped his tour and is sending his deputy": a predicate with its own tense
        current = current.head
        chain.append(current)
    return chain


def _done_before_a_present_act(token: Token) -> bool:
    """ "is arranging a meeting after hosting Zelenskyy": what came before an act told in the present or the
    past has happened; the plan in the act is not its own. (Not "is to meet Xi after visiting Tokyo": the
    head there is a plan's infinitive.)"""
    if token.dep_ != "prep" or token.lower_ not in ("after", "following") or token.head.pos_ not in ("VERB", "AUX"):
        return False
    head = token.head
    auxiliaries = [child for child in head.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.lower_ in ("will", "shall", "'ll", "would", "to") or aux.tag_ == "MD" for aux in auxiliaries) or any(
            child.dep_ == "xcomp" for child in head.children):
        return False  # (nor "is set to meet Putin after hosting Zelensky": the time is the infinitive's)
    return head.tag_ in ("VBD", "VBZ", "VBP") or head.tag_ in ("VBG", "VBN") and any(aux.tag_ in ("VBZ", "VBP", "VBD") for aux in auxiliaries)


def _lemma(token: Token) -> str:
    """The token's lemma, or - where the lemmatizer slips on a rarer verb ("slated" -> "slat") - the plain
    suffix cut that is a word of the status lexicons."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and lemma not in _CARRIER_VERBS and lemma not in modality_lexicon():
        for stem in verb_stems(token.lower_):
            if stem in _CARRIER_VERBS or stem in modality_lexicon():
                return stem
    return lemma


@dataclass
class _Marks:
    """What the words around a cue say so far."""

    planned: bool = False
    cancelled: bool = False
    relative: bool = False  # planned only from the time of a past clause ("before his meeting with Xi, Modi met ...")
    reasons: list[str] = field(default_factory=list)

    def plan(self, reason: str) -> None:
        self.planned = True
        self.reasons.append(reason)


def decide_status(cue: Token, is_noun: bool, date: str | None, published: str | None) -> StatusDecision:
    """Decide the status of the encounter the cue reports, in steps:

    1. generic mentions are dropped ("the third time the leaders have met");
    2. the words that speak for the cue are gathered (its clause chain and
       their auxiliaries, a noun's relative clause, "ahead of the meeting");
    3. an encounter under whether/if is not asserted, one in a present-tense
       time clause ("when Modi visits") lies ahead;
    4. the modality words among them: negation, cancellation, doubt, plans;
    5. constructions that look ahead: "set to", "is meeting", "agreed to meet";
    6. a planned encounter that a joined clause calls off ("but the trip was
       postponed", "but the meeting did not take place");
    7. the verdict: cancelled, else a date after publication or a plan makes
       it planned, else it occurred.
    """
    chain = _clause_chain(cue)
    generic = _generic(cue, chain, date)                                       # 1
    if generic is not None:
        return generic
    anchor = _a_past_anchor(cue, is_noun, date, published)
    if anchor is not None:
        return anchor
    marks = _Marks()
    context = _context(cue, chain, is_noun, marks)                             # 2
    dropped = _clause_mood(cue, marks) or _hoped_for(cue, date) or _offered_only(cue) or _no_plans(cue)  # 3
    if dropped is not None:
        return dropped
    dropped = _modality_words(cue, chain, context, marks)                      # 4
    if dropped is not None:
        return dropped
    _looking_ahead(cue, marks)                                                 # 5
    if is_noun and cue.dep_ == "nsubj" and _lemma(cue.head) == "be":
        # "The meeting was to have been hosted by ...": what the noun "was to" be done speaks for it
        for predicate in (c for c in cue.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            _looking_ahead(predicate, marks)
    _undone_in_a_joined_clause(chain, marks)                                   # 6
    _inside_a_trip_called_off(cue, marks)
    return _verdict(chain, is_noun, date, published, marks)                    # 7


def _no_plans(cue: Token) -> StatusDecision | None:
    """ "had no plans to travel to meet Kagame", "has no intention of visiting": an intent denied is no encounter."""
    for noun in cue.ancestors:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in INTENT_NOUNS and any(
                c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in noun.children):
            return StatusDecision(None, f"'no {noun.text}'")
        if noun.pos_ in ("VERB", "AUX") and noun.dep_ not in ("acl", "xcomp", "advcl", "relcl"):
            return None  # (up to the clause that holds the intent)
    return None


def _offered_only(cue: Token) -> StatusDecision | None:
    """ "received an invitation from Ruto to visit Nairobi", "invited him to visit the US later this year": an
    encounter offered and not taken up is no plan yet (one whose invitation was accepted is)."""
    if cue.tag_ != "VB" or not any(child.dep_ == "aux" and child.lower_ == "to" for child in cue.children):
        return None
    head = cue.head
    if cue.dep_ in ("acl", "relcl") and head.lemma_.lower() in _OFFER_NOUNS and _lemma(head.head) not in _ACCEPTING_VERBS:
        return StatusDecision(None, f"'{head.text} to' not accepted")
    if cue.dep_ in ("xcomp", "ccomp") and _lemma(head) == "invite" and not any(c.dep_ == "auxpass" for c in head.children):
        return StatusDecision(None, f"'{head.text} to': an invitation")
    return None


def _a_past_anchor(cue: Token, is_noun: bool, date: str | None, published: str | None) -> StatusDecision | None:
    """ "said the alliance would defend every inch of its territory after talks Thursday with Tusk": talks that
    place another clause in time, with a day of their own no later than the report, were held, whatever the
    mood of the clause they place."""
    if not (is_noun and cue.dep_ == "pobj" and cue.head.lower_ in ("after", "following") and date and published):
        return None
    if len(date) != 10 or date > published[:10]:
        return None
    return StatusDecision("occurred", f"'{cue.head.text} {cue.text}' places another clause, on a day of its own")


def _generic(cue: Token, chain: list[Token], date: str | None) -> StatusDecision | None:
    """"the third time the leaders have met", "have met many times", "agreed to hold meetings in
    the future": statements about meetings, not reports of one."""
    # A bare plural with no time of its own: "continue to hold meetings", "mutual visits" ("talks" is
    # plural in form only; "the visits", "his two visits" point at particular ones).
    if (cue.tag_ in ("NNS", "NNPS") and cue.lower_ != "talks" and date is None
            and not any(child.dep_ in ("det", "poss", "nummod") for child in cue.children) and not _is_particular(cue)):
        return StatusDecision(None, f"generic: bare plural '{cue.text}'")
    # "a promise she made about going to Russia", "talked about visiting China": spoken of, not told.
    if not cue.pos_ in ("NOUN", "PROPN") and cue.dep_ == "pcomp" and cue.head.lower_ in ("about", "of") and date is None:
        return StatusDecision(None, f"generic: spoken of ('{cue.head.text} {cue.text}')")
    # "they had held five phone or video calls": a count of three or more, with no time, sums up (the ones
    # that matter are then told one by one); "his two visits" may still point at two.
    if cue.tag_ in ("NNS", "NNPS") and date is None and any(
            child.dep_ == "nummod" and _count(child.lower_) >= 3 for child in cue.children):
        return StatusDecision(None, f"generic: a count of '{cue.text}'")
    for token in chain:
        if token.dep_ in ("relcl",) and token.head.lower_ in _FREQUENCY_NOUNS:
            return StatusDecision(None, f"generic: '{token.head.text} ... {token.text}'")
    if cue.dep_ == "relcl" and cue.head.lower_ in _FREQUENCY_NOUNS:
        return StatusDecision(None, "generic: ordinal time")
    # "It is the first time in two years that a meeting between the leaders took place".
    for ancestor in list(cue.ancestors)[:3]:
        if ancestor.dep_ in ("relcl", "acl", "ccomp") and ancestor.head.lower_ in _FREQUENCY_NOUNS and any(
            child.lower_ in ("first", "second", "third", "last", "only") for child in ancestor.head.children
        ):
            return StatusDecision(None, f"generic: '{ancestor.head.text} ... {cue.text}'")
    for child in cue.children:
        # ("have met dozens of times": the parser makes "dozens" the object)
        if child.lower_ in ("dozens", "scores", "hundreds") and any(t.lower_ in ("times", "occasions") for t in child.subtree):
            return StatusDecision(None, "generic: a number of times")
        # "have met many times", "have met more than 40 times": a count of meetings, not one.
        if child.lower_ in ("times", "occasions") and any(
            g.lower_ in ("many", "several", "numerous", "multiple", "countless") or g.like_num or g.dep_ in ("nummod", "quantmod")
            for g in child.subtree if g != child
        ):
            return StatusDecision(None, "generic: a number of times")
    return None


_NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                 "twelve": 12, "dozen": 12, "dozens": 24, "several": 3, "numerous": 3}


def _count(word: str) -> int:
    """The number a count word gives ("five" -> 5, "12" -> 12), 0 when it gives none."""
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)


def _is_particular(noun: Token) -> bool:
    """Whether a plural encounter noun names its parties or its venue: "separate meetings with Thuong,
    Chinh and Hue", "further discussions on the sidelines of the UN General Assembly"."""
    # (or the verb that holds it: "On the sidelines of the summit, he held bilateral meetings with:")
    holder = [noun.head] if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") else []
    for child in [*noun.children, *(c for h in holder for c in h.children)]:
        if child.dep_ == "prep" and child.lower_ in ("with", "between", "among", "from"):
            return True  # ("received phone calls from the King of Jordan and the President of Egypt")
        if child.dep_ == "prep" and child.lower_ in ("on", "at", "during", "in") and any(
                t.ent_type_ in ("GPE", "FAC", "EVENT", "ORG", "LOC") or t.lower_ in ("sidelines", "margins") for t in child.subtree):
            return True
    return False


def _context(cue: Token, chain: list[Token], is_noun: bool, marks: _Marks) -> list[Token]:
    """The tokens whose words set the cue's status."""
    context: list[Token] = []
    for token in chain:
        context.append(token)
        context.extend(child for child in token.children if child.dep_ in ("aux", "auxpass", "neg", "advmod", "mark", "amod", "prt", "acomp"))
    if is_noun:
        # "The meeting, which will take place on Wednesday": the relative clause speaks for the noun.
        for child in cue.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and any(c.dep_ == "agent" for c in child.children) and cue.head.tag_ == "VBD":
                continue  # "The call, requested by Tokyo, lasted 20 minutes": who asked for it, told of one held
            if child.dep_ in ("relcl", "acl"):
                # Only the clause's auxiliaries speak for the noun ("which will take place"); its own
                # verb may be about something else ("during which they agreed to boost trade", "during which the
                # two announced a partnership": what happened inside the encounter).
                inside = any(c.dep_ == "prep" and any(g.lower_ in ("which", "whom") for g in c.children) or
                             c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in child.children)
                if not inside and (_lemma(child) in _CARRIER_VERBS or child.lemma_.lower() in ("plan", "schedule", "expect", "cancel", "postpone", "scrap")):
                    context.append(child)
                context.extend(g for g in child.children if g.dep_ in ("aux", "auxpass", "neg"))
        if cue.dep_ == "pobj" and cue.head.lower_ == "for" and _lemma(cue.head.head) in _ASKING_VERBS:
            marks.plan(f"'{cue.head.head.text} for' the encounter")  # "had written to Rome for a meeting with Meloni"
        if holding_infinitive_after(cue) is not None:
            marks.plan("'to be held'")  # "the summit among A, B and C to be held in Kigali later this month"
        # "revealed plans for a meeting", "preparations for the visit": an encounter being made ready.
        if (cue.dep_ == "pobj" and cue.head.lower_ in ("for", "of") and cue.head.head.pos_ == "NOUN"
                and modality_lexicon().get(_lemma(cue.head.head)) == "planned"):
            marks.plan(f"'{cue.head.head.text} {cue.head.text}' the encounter")
        # "pulled out of his trip", "withdrew from the summit": cancelled.
        if cue.dep_ == "pobj" and cue.head.lower_ in ("of", "from") and any(
                a.lemma_.lower() in _WITHDRAWING_VERBS for a in list(cue.ancestors)[:3] if a.pos_ == "VERB"):
            marks.cancelled = True
            marks.reasons.append("withdrawn from")
        # "ahead of the meeting" / "before their visit" make it upcoming - from the time of the
        # clause: under a past verb ("Before his meeting with Xi, Modi met ...") it may well have
        # happened since, so another mention of it may say so.
        # "agreed to work toward a phone call between the two presidents": an encounter being worked toward.
        if cue.dep_ == "pobj" and cue.head.lower_ in ("toward", "towards"):
            marks.plan(f"'{cue.head.text}' the encounter")
        if cue.dep_ == "pobj" and cue.head.lower_ in ("ahead", "before"):
            marks.plan(f"'{cue.head.text} of' the encounter")
            marks.relative = any(t.tag_ in ("VBD", "VBZ", "VBP") for t in cue.ancestors if t.pos_ in ("VERB", "AUX"))
    return context


# Verbs that deny what the clause or report under them tells.
_DENYING_VERBS = {"deny", "refute", "dismiss", "debunk"}


def _clause_mood(cue: Token, marks: _Marks) -> StatusDecision | None:
    """Under whether/if the encounter is not asserted; in a present-tense time clause it lies ahead."""
    # "it was not clear whether this meeting will be in September when Modi visits the US".
    for ancestor in [cue, *list(cue.ancestors)[:4]]:
        if any(child.dep_ == "mark" and child.lower_ in ("whether", "if", "unless") for child in ancestor.children):
            return StatusDecision(None, f"hypothetical: '{ancestor.text}' under whether/if")
        # "would welcome a visit by Dong to Washington if conditions allow": a condition on the clause (not on the
        # call a warning was given in: "warned that the West would act if Russia invaded, during a video call")
        framing = cue.dep_ == "pobj" and cue.head.lower_ in ("during", "over")
        if ancestor.pos_ in ("VERB", "AUX") and not framing and any(
                child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless", "provided") for g in child.children)
                for child in ancestor.children):
            return StatusDecision(None, f"hypothetical: '{ancestor.text}' on a condition")
    # "is hoping for a first encounter with Xi": hoped for, not arranged.
    hoping = cue.head.head
    if cue.dep_ == "pobj" and cue.head.lower_ == "for" and ({_lemma(hoping), *_stems(hoping.lower_)} & _HOPING):
        # (the lemmatizer reads "hoping" as "hop": the word's own stems are looked at too)
        return StatusDecision(None, f"a wish: '{cue.head.head.text} for'")
    # "declined an invitation to visit Brasilia", "rejected an offer to meet": refused, no encounter.
    if cue.dep_ in ("acl", "relcl") and cue.head.lemma_.lower() in INTENT_NOUNS and cue.head.head.pos_ == "VERB" and (
            modality_lexicon().get(_lemma(cue.head.head)) == "drop"):
        return StatusDecision(None, f"refused: '{cue.head.head.text} ... {cue.head.text}'")
    # "The Kremlin denied a report that Trump had spoken with Putin", "denied that the two had met": told only
    # to be denied.
    for ancestor in list(cue.ancestors)[:5]:
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.lemma_.lower() in _DENYING_VERBS and not any(
                child.dep_ == "neg" for child in ancestor.children):
            return StatusDecision(None, f"denied: '{ancestor.text}'")
    # "has yet to meet Xi in person", "is yet to visit": not done, and no plan told either.
    if cue.dep_ == "xcomp" and _lemma(cue.head) in ("have", "be") and any(c.lower_ == "yet" for c in cue.head.children):
        return StatusDecision(None, f"not yet: '{cue.head.text} yet to'")
    # "No meeting between Biden and the crown prince has been scheduled", "there will be no summit".
    if cue.pos_ in ("NOUN", "PROPN") and any(child.dep_ == "det" and child.lower_ == "no" for child in cue.children):
        return StatusDecision(None, f"negated: 'no {cue.text}'")
    # "has no plans to travel to Washington": no plan, no encounter.
    if cue.dep_ in ("acl", "relcl") and cue.head.lemma_.lower() in INTENT_NOUNS and any(
            child.lower_ in ("no", "not") for child in cue.head.children):
        return StatusDecision(None, f"negated: 'no {cue.head.text}'")
    # "when Modi visits the US": a present tense after when/once/before/after looks ahead.
    if cue.tag_ in ("VBZ", "VBP") and any(child.dep_ == "mark" and child.lower_ in ("when", "once", "before", "after", "until") for child in cue.children):
        marks.plan("present tense in a time clause")
    return None


def _hoped_for(cue: Token, date: str | None) -> StatusDecision | None:
    """"hoped to receive Maduro in Bogota soon", "wants to visit China": a wish with no time set is no
    plan (with a time, "hopes to meet Xi at the summit next month", it is one)."""
    verb = cue.head
    if cue.dep_ != "xcomp" or date is not None or any(t.ent_type_ == "DATE" for t in verb.subtree):
        return None
    if {_lemma(verb), *_stems(verb.lower_)} & (_HOPING | _WISHING) and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return StatusDecision(None, f"a wish: '{verb.text} to'")
    return None


def _modality_words(cue: Token, chain: list[Token], context: list[Token], marks: _Marks) -> StatusDecision | None:
    """Negation, cancellation, doubt and plans among the context words (modality.csv)."""
    effects = modality_lexicon()
    speech_above = any(_lemma(token) in _SPEECH_VERBS for token in cue.ancestors)
    for token in context:
        lemma = _lemma(token)
        word = token.lower_
        if token.dep_ == "neg" or word in ("not", "n't", "never", "no"):
            if token.head != cue and token.head not in chain:
                continue
            if any(t.lower_ == "until" for t in token.head.subtree):
                # "the trip not taking place until later this month": postponed into the future.
                marks.plan("'not ... until'")
                continue
            if any(effects.get(_lemma(t)) == "cancelled" for t in context):
                marks.cancelled = True
                continue
            if effects.get(_phrasal_lemma(token.head)) == "happened" and any(
                    effects.get(t.lower_) == "planned" or effects.get(_lemma(t)) == "planned" for t in context if t != token.head):
                # "A planned meeting with Lula did not take place": a plan that did not happen was called off
                marks.cancelled = True
                marks.reasons.append("planned, did not take place")
                continue
            if _as_arranged(token.head):
                # "will not attend the summit or travel to Abidjan as originally scheduled"
                marks.cancelled = True
                marks.reasons.append("not ... as scheduled")
                continue
            return StatusDecision(None, f"negated: '{token.text}'")
        # ("ruled out meeting Trump": the verb with its particle)
        phrasal = _phrasal_lemma(token) if token.pos_ in ("VERB", "AUX") else lemma
        effect = (effects.get(phrasal) if phrasal != lemma else None) or effects.get(word) or effects.get(lemma) or next(
            (effects[stem] for stem in _stems(word) if stem in effects), None)
        if effect == "planned" and token.dep_ == "amod" and lemma in _REPORTED_PARTICIPLES:
            effect = None  # "Putin's last publicly announced conversation": announced after it took place
        if token.dep_ == "prt" and token.lower_ == "off" and _lemma(token.head) == "call":
            effect = "cancelled"
        if effect == "cancelled":
            marks.cancelled = True
            marks.reasons.append(f"'{token.text}'")
        elif effect == "drop" and token.dep_ in ("aux", "mark", "advmod", "ROOT", "acomp", "amod") or (effect == "drop" and token != cue and token.pos_ in ("VERB",)):
            if word == "would" and _is_wish(token.head):
                return StatusDecision(None, f"a wish: 'would {token.head.text}'")  # "he would like to visit"
            if word == "would" and speech_above:
                marks.plan("'would' in reported speech")  # "said he would visit"
                continue
            return StatusDecision(None, f"hypothetical or generic: '{token.text}'")
        elif effect == "planned":
            marks.plan(f"'{token.text}'")
    return None


def _looking_ahead(cue: Token, marks: _Marks) -> None:
    """Constructions that report an arrangement rather than an event."""
    # "the two leaders discussed a visit by Modi to the White House": talked over, not held.
    if cue.pos_ == "NOUN" and cue.dep_ == "dobj" and modality_lexicon().get(_lemma(cue.head)) == "topic":
        marks.plan(f"'{cue.head.text}' it")
    # "are set to meet", "is due to visit", "is poised to travel".
    if cue.dep_ == "xcomp" and _lemma(cue.head) in ("set", "due", "poise", "slate", "schedule", "expect", "plan"):
        marks.plan(f"'{cue.head.text} to'")
    # "was to have met", "the meeting was to have been hosted by ...": a plan of the past that did not come about.
    if (cue.dep_ == "xcomp" and cue.tag_ == "VBN" and _lemma(cue.head) == "be" and cue.head.tag_ == "VBD"
            and {child.lower_ for child in cue.children if child.dep_ == "aux"} >= {"to", "have"}):
        marks.cancelled = True
        marks.reasons.append("'was to have' done")
    # "is meeting"/"are visiting": present progressive.
    if cue.tag_ == "VBG" and any(child.dep_ == "aux" and _lemma(child) == "be" and child.tag_ in ("VBZ", "VBP") for child in cue.children):
        marks.plan("present progressive")
    # "accepted an invitation to visit", "a plan to meet": an infinitive under a noun of intent.
    if cue.tag_ == "VB" and cue.dep_ in ("acl", "relcl") and cue.head.lemma_.lower() in INTENT_NOUNS and any(
            child.dep_ == "aux" and child.lower_ == "to" for child in cue.children):
        marks.plan(f"'{cue.head.text} to'")
    # "Xi to meet Biden at APEC", "Modi to visit US": a headline's infinitive, with no finite verb, is a plan.
    if cue.tag_ == "VB" and any(child.dep_ == "aux" and child.lower_ == "to" for child in cue.children) and not any(
            token.tag_ in ("VBD", "VBZ", "VBP", "MD") for token in cue.sent):
        marks.plan("headline infinitive")
        return
    # "agreed to meet", "invited him to visit", "wants to visit": an infinitive under a verb.
    if cue.tag_ == "VB" and any(child.dep_ == "aux" and child.lower_ == "to" for child in cue.children):
        head = cue.head
        # "is to meet", "travels to meet" look ahead; "took a trip to meet" reports what was done (and so does "was
        # back in Moscow to host Raisi": a purpose told in the past tense of being somewhere).
        past_purpose = _lemma(head) == "be" and head.tag_ == "VBD" and cue.dep_ == "advcl"
        if (head.tag_ in ("VBZ", "VBP", "VB") or _lemma(head) == "be") and not past_purpose and not any(
                _lemma(t) in ("first", "last") for t in cue.sent):
            marks.plan("infinitive")


def _inside_a_trip_called_off(cue: Token, marks: _Marks) -> None:
    """ "has cancelled a planned visit to Australia, where he had been due to meet Albanese": what was to happen
    on a trip that is called off is called off with it."""
    # (or a clause with no relative word on an encounter noun: "cancelled a summit he had planned to host")
    clause = next((a for a in [cue, *cue.ancestors] if a.dep_ == "relcl" and (any(
        c.lower_ in ("where", "which") for t in a.subtree for c in [t] if t.i < cue.i) or a.head.lemma_.lower() in _GATHERING_NOUNS)), None)
    if clause is None or not marks.planned:
        return
    for holder in list(clause.ancestors)[:5]:
        if holder.pos_ in ("VERB", "AUX"):
            if modality_lexicon().get(_phrasal_lemma(holder)) == "cancelled":
                marks.cancelled = True
                marks.reasons.append(f"on a trip '{holder.text}'")
            return


def _undone_in_a_joined_clause(chain: list[Token], marks: _Marks) -> None:
    """"had been due to visit Nairobi, but the trip was postponed", "was supposed to meet Scholz but
    the meeting did not take place": a clause joined to a planned encounter's, whose subject names an
    encounter ("the trip", "it"), and which cancels it or denies it took place."""
    if not marks.planned:
        return  # "met Scholz, but the summit was postponed" is about another encounter
    effects = modality_lexicon()
    for token in chain:
        joined = list(token.children)
        if any(c.dep_ == "cc" and c.lower_ == "but" for c in token.children) and token.head is not token:
            # ("was expected in Tirana, but he will send ... in his place, his office said": the parser hangs the
            # clause after "but" beside this one, under the verb of saying)
            joined += [c for c in token.head.children if c.i > token.i and c.dep_ in ("ccomp", "conj")]
        for verb in joined:
            if verb.dep_ not in ("conj", "ccomp") or verb.pos_ not in ("VERB", "AUX") or (verb.dep_ == "ccomp" and verb.head is token):
                continue
            subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None and any(child.dep_ == "auxpass" for child in verb.children):
                # "A summit between A and B had been scheduled for May 2 but was called off": the subject shared
                subject = next((child for child in token.children if child.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                # "had been due in Port Moresby, but cancelled the stop": the same subject calls it off
                subject = next((child for child in verb.children if child.dep_ == "dobj"), None)
            if _lemma(verb) == "send" and _in_ones_place(verb):
                # "was expected at the summit on Thursday, but he will send his foreign minister in his place"
                marks.cancelled = True
                marks.reasons.append(f"'{verb.text} ... in his place' in a joined clause")
                return
            if subject is not None and subject.lemma_.lower() in _REQUEST_NOUNS and _lemma(verb) in _FAILING_VERBS:
                # "had sought a meeting with Costa, but the request failed": what was sought did not come about
                marks.cancelled = True
                marks.reasons.append(f"'{subject.text} ... {verb.text}' in a joined clause")
                return
            if subject is None or not (_names_an_encounter(subject) or subject.lemma_.lower() in _LEG_NOUNS):
                continue
            negated = any(child.dep_ == "neg" for child in verb.children)
            # ("but it could not take place": an ability denied is a fact, unlike "it may not happen")
            unable = negated and any(child.dep_ == "aux" and child.lower_ in ("could", "can", "cannot") for child in verb.children)
            if not unable and any(child.dep_ == "aux" and effects.get(_lemma(child)) == "drop" for child in verb.children):
                continue  # "but it may not happen", "but it could be postponed": not said to be so
            effect = effects.get(_phrasal_lemma(verb))
            if effect == "cancelled" or (effect == "happened" and negated):
                marks.cancelled = True
                marks.reasons.append(f"'{subject.text} ... {verb.text}' in a joined clause")
                return


def _in_ones_place(verb: Token) -> bool:
    """Whether a verb sends someone "in his place", "in her stead" or "instead"."""
    return any((child.dep_ == "prep" and child.lower_ == "in" and any(g.lemma_.lower() in ("place", "stead") for g in child.children))
               or (child.dep_ == "advmod" and child.lower_ == "instead") for child in verb.subtree)


# A request for an encounter, and what it does when the encounter does not come about.
_REQUEST_NOUNS = {"request", "bid", "attempt", "effort", "proposal", "invitation"}
_FAILING_VERBS = {"fail", "collapse", "fall", "founder"}

# Words for a part of a trip that stand for the visit to one place: "cancelled the stop".
_LEG_NOUNS = {"stop", "stopover", "leg", "plan"}


def _names_an_encounter(subject: Token) -> bool:
    """An encounter noun ("the trip", "the talks") or a pronoun standing for one ("it")."""
    return subject.lower_ in ("it", "this") or (_lemma(subject), "NOUN") in cue_lexicon() or (subject.lower_, "NOUN") in cue_lexicon()


def _phrasal_lemma(verb: Token) -> str:
    """The verb's lemma with the particle or object that makes its sense: "call off", "take place", "go ahead",
    "be possible"."""
    for child in verb.children:
        if child.dep_ == "acomp" and _lemma(verb) == "be":
            return f"be {child.lower_}"
        if (child.dep_ == "prt" or (child.dep_ in ("dobj", "advmod") and child.lower_ in ("place", "ahead"))):
            return f"{_lemma(verb)} {child.lower_}"
    return _lemma(verb)


def _is_vague(chain: list[Token]) -> bool:
    text = " ".join(t.lower_ for t in chain[-1].subtree) if chain else ""
    if any(phrase in text for phrase in _VAGUE_TIMES):
        return True
    # "said he would talk to Putin again when it is useful": a plan on a condition, with no time.
    return any(child.dep_ == "advcl" and child.tag_ in ("VBZ", "VBP") and any(
        mark.lower_ in ("when", "if", "once", "whenever") for mark in child.children if mark.dep_ in ("advmod", "mark"))
        and not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)  # ("when he visits next week": a time)
        for token in chain for child in token.children)


def _verdict(chain: list[Token], is_noun: bool, date: str | None, published: str | None, marks: _Marks) -> StatusDecision:
    if marks.cancelled:
        return StatusDecision("cancelled", "cancelled: " + ", ".join(marks.reasons))
    if date and published and date[:10] > published[: len(date[:10])]:
        return StatusDecision("planned", f"date {date} after publication")
    if marks.planned and marks.relative and date and len(date) == 10 and published and date < published[:10]:
        # "walks through the colonnade before the bilateral meeting, on May 1, 2023": before what
        # followed, on a day now past.
        return StatusDecision("occurred", f"before the encounter on {date}, a day now past")
    if marks.planned and date is None and _is_vague(chain):
        return StatusDecision(None, "a plan with no time: 'at the earliest opportunity'")
    if marks.planned:
        return StatusDecision("planned", "planned: " + ", ".join(marks.reasons), is_default=marks.relative and len(marks.reasons) == 1)
    finite = [t for t in chain if t.tag_ in ("VBD", "VBN", "VBZ", "VBP", "MD")]
    if is_noun and not marks.reasons and not finite:
        # "marking the final in-person conversation": nothing dates the noun itself.
        return StatusDecision("occurred", "unmarked noun", is_default=True)
    return StatusDecision("occurred", "past or present report")
