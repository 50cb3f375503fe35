"""Which way a bare weekday, month or quarter points: the tense around a time expression.

Reads: the text (and, when given, a spaCy Doc of exactly that text) and the
span of one time expression. Adds: "past", "future" or None. With a Doc the
governing verb decides ("will meet on Wednesday" -> future, "met on
Wednesday" -> past, "is to visit in June" -> future); without one, the
nearest tense cue in the same sentence does (will / is to / scheduled, or a
past form: -ed, was, met, said, ...), taken from `data/lexicon.json`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .expressions import load_lexicon

_WORD = re.compile(r"[A-Za-z']+")
_SENTENCE_END = re.compile(r"[.!?\n]\s")
# How far to look for a cue on either side, in characters: one long news
# sentence; the nearest cue wins, so a wider window only matters when the
# clause itself has none.
WINDOW_CHARS = 160


# A reporting verb ("said", "announced") counts as a past cue only this close
# (in words) to the date: "said on Friday" yes, "said ... will meet in June"
# no. TE3 and MEANTIME scores are the same for 1, 3 and 5; 3 is a judgment
# call that still covers "told reporters on Friday".
REPORTING_REACH = 3
# Cues after the date count as this many words further away than cues before
# it, since English puts the governing verb first more often. TE3 and
# MEANTIME scores are the same for 0-3; 2 is a judgment call.
RIGHT_PENALTY = 2
# An infinitive points forward only when it governs the date: "to run through
# June" (2 words away) yes, "made calls to leaders of ... on Saturday" no.
INFINITIVE_REACH = 4


@lru_cache(maxsize=None)
def _words(key: str) -> frozenset[str]:
    return frozenset(load_lexicon()[key])


@lru_cache(maxsize=1)
def _right_stop() -> re.Pattern:
    """Where the right-hand window ends: a semicolon, a colon, or a word opening a new clause."""
    openers = "|".join(re.escape(word) for word in load_lexicon()["clause_openers"])
    return re.compile(rf"(?i)[;:]|\b(?:{openers})\b")


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    lexicon = load_lexicon()
    future = frozenset(cue for cue in lexicon["future_cues"] if " " not in cue)
    return future, frozenset(lexicon["past_cues"]), frozenset(lexicon["not_past_ed"]), frozenset(lexicon["reporting_verbs"])


@lru_cache(maxsize=1)
def _deferrals() -> frozenset:
    return frozenset(load_lexicon()["deferral_verbs"])


def _classify(words: list[str], index: int, distance: int) -> str | None:
    future, past, not_past, reporting = _cues()
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else ""
    previous = words[index - 1] if index > 0 else ""
    if word in _words("be_forms") and following in _words("future_after_be"):
        return "future"
    if word in reporting:
        # "said it will close the plant in October": the speech is past, the
        # event need not be; a reporting verb decides only right next to the date.
        return "past" if distance <= REPORTING_REACH and (word.endswith("ed") or word in ("said", "told")) else None
    if word in future:
        return "future"
    if word in past or (len(word) > 4 and word.endswith("ed") and word not in not_past):
        if previous == "be":  # "is to be published in May", "will be held on Monday"
            return "future"
        if previous in ("is", "are", "am"):  # present passive says nothing about direction
            return None
        return "past"
    return None


def _is_infinitive(words: list[str], index: int) -> bool:
    """Whether words[index] is the "to" of "to <verb>" (the following word lower-case and not a determiner)."""
    if words[index].lower() != "to" or index + 1 >= len(words):
        return False
    following = words[index + 1]
    if not following.islower() or following in _words("not_infinitive_words"):
        return False
    # A base-form verb rarely ends like a plural or an abstract noun: "calls to leaders of ...".
    if following.endswith("s") and not following.endswith("ss"):
        return False
    return not following.endswith(("ing", "ed", "tion", "ment", "ness", "ity", "ship", "ance", "ence", "ism"))


def tense_from_window(text: str, start: int, end: int) -> str | None:
    """The nearest tense cue in the sentence around text[start:end]."""
    left_text = text[max(0, start - WINDOW_CHARS):start]
    cut = None
    for cut in _SENTENCE_END.finditer(left_text):
        pass
    if cut is not None:
        left_text = left_text[cut.end():]
    right_text = text[end:end + WINDOW_CHARS]
    stop = _SENTENCE_END.search(right_text)
    if stop:
        right_text = right_text[:stop.start() + 1]
    stop = _right_stop().search(right_text)
    if stop:
        right_text = right_text[:stop.start()]
    left_words = _WORD.findall(left_text)
    left = [w.lower() for w in left_words]
    right = [w.lower() for w in _WORD.findall(right_text)]
    best: tuple[int, str] | None = None
    for distance, index in enumerate(range(len(left) - 1, -1, -1)):
        found = _classify(left, index, distance)
        if not found and distance <= INFINITIVE_REACH and _is_infinitive(left_words, index):
            # "for the program to run through June", "wants to cut dealers by June":
            # an infinitive points forward unless the verb before it is past ("went to see").
            found = (_classify(left, index - 1, distance + 1) if index > 0 else None) or "future"
        if found:
            best = (distance, found)
            break
    for position, index in enumerate(range(len(right))):
        distance = position + RIGHT_PENALTY
        if best is not None and distance > best[0]:
            break
        found = _classify(right, index, position)
        if found:
            if best is None or distance < best[0] or found == "future":
                best = (distance, found)
            break
    return best[1] if best else None


# What `tense_from_doc` says of a date that modifies an event noun: no tense, and the words around do not tell.
NAMES_AN_EVENT = "names an event"


def tense_from_doc(doc, start: int, end: int) -> str | None:
    """Tense of the verb governing the span, from a spaCy Doc; None when it does not say."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    if token.dep_ in ("nmod", "compound", "amod") and token.head.pos_ == "NOUN":
        # "their September 9 phone call", "the Feb. 9 meeting": the date names an event of its own,
        # whatever the tense of the clause the noun stands in.
        return NAMES_AN_EVENT
    if token.dep_ == "npadvmod" and token.head.pos_ == "NOUN" and token.head.dep_ == "pobj" and token.head.head.lower_ in ("after", "following"):
        # "would defend its territory after talks Thursday with Tusk": the talks that place the clause were held
        return "past"
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        if token.lower_ == "since" and token.dep_ == "prep":
            return "past"  # "the first meeting since their summit in June": what came before, whatever the verb
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None
    return _tense_of_verb(token)


def _tense_of_verb(token, depth: int = 0) -> str | None:
    auxiliaries = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
    lowers = {child.lower_ for child in auxiliaries}
    if lowers & _words("future_auxiliaries"):
        return "future"
    if token.dep_ == "xcomp" and token.head.lemma_ == "be" and "to" in lowers:
        return "future"
    if token.head.lemma_ in ("plan", "expect", "schedule", "set", "due", "hope", "intend") and token.dep_ == "xcomp":
        # "had planned to visit in February", "had been due to meet on Monday": a plan of the past,
        # mostly one undone, for a time now past.
        if any(child.dep_ == "aux" and child.lower_ == "had" for child in _verb_of(token.head).children):
            return "past"
        return "future"
    if "Past" in token.morph.get("Tense") and token.tag_ == "VBD":
        return "past"
    if any("Past" in child.morph.get("Tense") for child in auxiliaries):
        return "past"
    if token.tag_ == "VBN" and lowers & {"has", "have", "had"}:
        return "past"
    if token.tag_ == "VBG" and lowers & {"is", "are", "'s", "'re"}:
        return "future"
    if token.tag_ in ("VBG", "VBN") and not auxiliaries and token.dep_ in ("pcomp", "advcl") and depth < 3:
        # "After meeting Ramaphosa on Monday, Ruto said ...": a clause with no tense of its own is told
        # in the tense of the clause it hangs on.
        governing = token.head
        while governing.pos_ not in ("VERB", "AUX") and governing.head is not governing:
            governing = governing.head
        if governing.pos_ in ("VERB", "AUX") and governing is not token:
            return _tense_of_verb(governing, depth + 1)
    return None


def _verb_of(token):
    """The verb an adjective of plan stands under ("had been due": been), else the token itself."""
    return token.head if token.dep_ == "acomp" else token


def hangs_on_verb(doc, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is the time of a verb ("will meet on December 28") rather than
    of a noun ("talks on Oct. 30 last year", which may be another event's); True without a parse."""
    if doc is None:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    head = span.root.head
    if head.dep_ == "prep":
        head = head.head
    return head.pos_ in ("VERB", "AUX")


def is_deferred_to(text: str, start: int) -> bool:
    """ "postponed until Saturday", "delayed to June": a deferral points forward whatever its tense."""
    left = [w.lower() for w in _WORD.findall(text[max(0, start - 60):start])]
    return bool(left) and left[-1] in ("until", "till", "to") and bool(set(left[-6:]) & _deferrals())


def find_tense(text: str, start: int, end: int, doc=None) -> str | None:
    """Past, future or None for the expression at text[start:end]; the Doc first, then the window."""
    if is_deferred_to(text, start):
        return "future"
    if doc is not None:
        tense = tense_from_doc(doc, start, end)
        if tense == NAMES_AN_EVENT:
            return None
        if tense:
            return tense
    return tense_from_window(text, start, end)
