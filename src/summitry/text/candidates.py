"""Stage `text.candidates`: keep only the sentences that can hold an encounter, and what reading them needs.

Reads: the text the analysis reads (`ArticleRecord.text`, after truecasing)
and the encounter cue words (passed in by the pipeline). Adds: the same
text, of the same length, in which every character outside the kept spans
is a space (line breaks stay), so the parse costs next to nothing there
while every character offset still holds.

The parse is by far the most expensive stage, and most sentences of news,
even of diplomatic news, report no encounter. A cheap pass picks, with
regular expressions and word lists and no parse:

1. candidate sentences: a word of the cue lexicon in the shape its reading
   needs ("met", "talks", "arrived in Hanoi", "received President Xi",
   "will be in Paris") and a word that can name a party (a role or group
   word: "the president", "the two leaders"; an office holder's short name:
   "Xi", "Lula"; a handle: "@POTUS"); or a cue sentence right after a
   sentence that names a party; and, in an article with a candidate of the
   first kind, a cue sentence whose party is a pronoun ("They first met in
   Hamburg");
2. their neighbours: the sentence before (the pronoun's antecedent, the
   time just named) and the one after;
3. the lead: the headline lines and the first prose sentences, where the
   dateline and the news's day stand, and which the dating stage counts as
   the lead by their place;
4. the items of a list after a kept sentence ending in a colon ("received:");
5. introductions: the first earlier sentence naming a capitalised word of a
   candidate sentence ("Chinese President Xi Jinping ..." for a later
   "Xi met Biden"), where the title and the full name are.

An article with no candidate is not parsed at all, and one with only one or
two candidate sentences has those (with the sentence before each) parsed
first: the rest is parsed only when they hold a mention (`probe_spans`). Sentences are cut by
regular expressions at sentence ends and line breaks; a cut that spaCy would
not make only keeps a piece of a sentence that a neighbour rule keeps
anyway. tests/test_cascade.py checks, over the shared and our own corpora,
that no encounter a full parse finds is lost; where one is, these rules
widen (the extraction rules are not tuned to them).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from ..knowledge.leaders import surnames
from ..knowledge.tables import fold
from ..model import ArticleRecord

# Sentences kept on each side of a candidate. Without the one after, 4 encounters
# of the corpora were lost (a host named in the next sentence, a date told after);
# 2 on each side parsed a fifth more words of news and found nothing more in the corpora.
NEIGHBOURS_BEFORE = 1
NEIGHBOURS_AFTER = 1
# Prose sentences of the lead kept after the headline lines: the dating stage's
# lead (encounters/reading.py LEAD_SENTENCES, by the same rule of what is prose).
# 3 lost nothing more than 2 on the corpora and cost 6 % more words on news.
LEAD_PROSE_SENTENCES = 2
# How many words after a cue its place or person must start: "arrived in Hanoi", "received
# Chinese President Xi", "flew back home to Paris" (5), "hosted his visiting Chinese counterpart" (4).
CUE_REACH_WORDS = 5
# How many words after a receiving cue its guest may start where a place or time comes first.
CUE_REACH_PAST_PLACE_WORDS = 14
# The forms of the verbs of receiving a guest, whose guest state media name after the place and the time.
_RECEIVING_FORMS = frozenset({"received", "receives", "receiving", "hosted", "hosts", "hosting", "welcomed", "welcomes", "greeted"})
# A place or time phrase right after a cue: "received at the palace ...", "received on Sunday ...", "received today ...".
_PLACE_OR_TIME_FIRST = re.compile(r"\W+(?:at|in|on|today|yesterday|tonight|this)\b", re.IGNORECASE)
# A group counted by number ("the four Quad leaders"), whose members a story may name in the sentence after.
_COUNTED_GROUP = re.compile(r"\b(?:three|four|five|six|seven|eight|nine|ten)[ \t]+(?:[A-Z][\w-]*[ \t]+)?(?:leaders|presidents|heads|ministers|premiers)\b",
                            re.IGNORECASE)
# A sentence of fewer words than this, or without a full stop, is a headline or a caption (as in encounters/reading.py).
PROSE_MIN_WORDS = 8
# An article with at most this many candidate sentences has them (and the sentence before each) parsed
# first (`probe_spans`), and the rest only when they hold a mention. Measured on benchmarks/throughput.py's
# streams: with 2, 24 of the 26 news articles with candidates and no encounter stop after the probe (2,179
# fewer words parsed, 137 parsed twice), while 3 diplomacy articles are parsed twice (267 words, 1.5 %) and
# no corpus loses an encounter; with 3 the diplomacy stream parses 874 words twice to save 153; with 1 news
# saves 1,264. Without the sentence before, a pronoun's person was lost ("He and ... then spoke").
PROBE_MAX_CANDIDATES = 2

# A sentence ends at . ! or ? (then closing quotes or brackets) before white
# space and a capital, digit or opening quote; or at a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*[ \t]+(?=[\"'‘“(\[]?[A-Z0-9])|\n+")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*[a-z][\w’'-]*|\b[A-Z]{2,}\b")
# What a cue needs (cues.csv `needs`) -> what the cheap pass asks for after it.
_SHAPES = {
    "": "anywhere", "participants": "anywhere", "phone": "anywhere", "phone_or_participants": "anywhere",
    "place": "place", "object": "person", "with": "person", "sidelines": "sidelines", "object_cue": "skip",
    "phone_word_before": "phone_word_before", "phone_word": "phone_word", "together": "together",
}
_LOOSENESS = ("anywhere", "place", "person", "sidelines", "phone_word_before", "phone_word", "together", "skip")
# "video conference", "phone conference": the word before a cue that needs one (not "press conference").
_PHONE_WORD_BEFORE = re.compile(r"(?:video|phone|telephone|tele)[ -]?$", re.IGNORECASE)
# A phone or video word anywhere in the sentence, for a cue that is a call only by one ("exchanged views by phone").
_PHONE_WORD = re.compile(r"\b(?:tele)?phon|\bvideo|\bvirtual", re.IGNORECASE)
# A place right after the cue, maybe after an adverb or two and a preposition: "arrived in Hanoi",
# "flew back home to Paris", "is expected in Seoul", "toured the Forbidden City" (not "head of research").
_PLACE_AFTER = re.compile(
    r"[ \t]+(?:(?:back|home|out|off|over|up|down|on|again|later|first|then|together|abroad|\w+ly)[ \t]+){0,2}"
    r"(?:(?:to|in|at|for|into|toward|towards|from|via|onto)[ \t]+)?(?:the[ \t]+)?[A-Z]"
)
# Words after a verb that take it away from a person: "called for", "called off", "received it".
_NOT_A_PERSON_AFTER = re.compile(r"\W+(?:for|off|up|out|it|this|that|as)\b", re.IGNORECASE)
_NEXT_WORDS = re.compile(r"(?:\W+\w+){0,%d}" % CUE_REACH_WORDS)
_NEXT_WORDS_PAST_PLACE = re.compile(r"(?:\W+\w+){0,%d}" % CUE_REACH_PAST_PLACE_WORDS)
# A passive right before a cue ("was received", "had been welcomed") and the agent's "by" after it.
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)[ \t]+(?:\w+ly[ \t]+)?$", re.IGNORECASE)
_AGENT_AFTER = re.compile(r"\bby\b", re.IGNORECASE)
_PRONOUN_OBJECT = re.compile(r"\b(?:him|her|them|each other|one another)\b", re.IGNORECASE)
_CALENDAR_WORDS = frozenset("january february march april may june july august september october november december "
                            "monday tuesday wednesday thursday friday saturday sunday".split())
_HANDLE = re.compile(r"(?<![\w@])@\w{3,}")
_CLOCK_BEFORE = re.compile(r"\d[ \t]*$")
_POSSESSIVE = re.compile(r"['’]s?$")
_BULLET = re.compile(r"(?:[-–—•*·▪●]|\d{1,2}[.)])\s")
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
# "be" reports a visit only as presence in a place: "will be in Uruguay", "is currently in India".
# "was due in Copenhagen", "is expected in Minsk": a presence planned.
_PRESENCE = re.compile(r"\b(?i:is|are|was|were|be|been|being|'s|’s)\s+(?:(?:\w+ly|last|first|again|once|already)\s+)?"
                       r"(?:(?i:due|expected)\s+)?(?i:in|to|at)\s+(?:the\s+)?[A-Z]")
# Words, hyphenated ones whole ("tete-a-tete"): looked up in the cue forms, which is much faster than
# one regular expression of all the forms.
_CUE_WORD = re.compile(r"\w+(?:-\w+)*")


@dataclass(frozen=True)
class Sentence:
    """A sentence as the cheap splitter cuts it: character offsets into the text, end exclusive."""

    start: int
    end: int


@dataclass(frozen=True)
class Selection:
    """What the cheap pass keeps of one text: its candidate sentences, the spans to parse (with context),
    and what a probe parses (`probe_spans`): the candidates, with the sentence before those whose party may be
    named there."""

    candidates: list[Sentence]
    kept: list[Sentence]
    probe: list[Sentence]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences by regular expression: at a sentence's final mark before a capital, and at line breaks."""
    sentences = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group(0)[0] != "\n" and _is_abbreviation(text, start, match):
            continue
        _add(sentences, text, start, match.start() + len(match.group(0).rstrip()))
        start = match.end()
    _add(sentences, text, start, len(text))
    return sentences


def _is_abbreviation(text: str, start: int, match: re.Match) -> bool:
    """Whether the full stop `match` starts with closes an abbreviation or an initial, not a sentence."""
    end = begin = match.start()
    # The word before the stop, dots included ("U.S"), read backwards by hand: a pattern anchored at its
    # end would retry from every position of a long run of letters.
    while begin > max(start, end - 12) and (text[begin - 1].isalnum() or text[begin - 1] in "._"):
        begin -= 1
    word = text[begin:end].lower()
    # A single letter is an initial ("John F. Kennedy", "K. P. Sharma Oli").
    return word in candidate_words("abbreviation") or (len(word) == 1 and word.isalpha())


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(start, end))


@lru_cache(maxsize=8)
def candidate_words(kind: str) -> frozenset[str]:
    """The words of one kind in text/data/candidate_words.csv (abbreviation, group, pronoun, not_a_party)."""
    return frozenset(word for word, word_kind in table_rows("candidate_words.csv") if word_kind == kind)


def table_rows(name: str) -> list[tuple[str, ...]]:
    path = resources.files("summitry.text").joinpath(f"data/{name}")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    return [tuple(line.split(",")) for line in lines[1:]]


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, tuple[str, ...]]:
    """Irregular verb forms by lemma ("meet" -> met), from text/data/irregular_verbs.csv."""
    return {lemma: tuple(" ".join(rest).split()) for lemma, *rest in table_rows("irregular_verbs.csv")}


def word_forms(lemma: str, pos: str = "VERB") -> set[str]:
    """The inflected forms of a cue lemma: "visit" -> visit, visits, visited, visiting; a NOUN's plural only."""
    forms = {lemma, lemma + "s"}
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(lemma + "es")  # lunches
    if pos != "VERB":
        return forms
    forms |= {lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma[:-1] + "al"}  # arriving, arrival
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # chatted, travelling
    forms |= set(irregular_forms().get(lemma, ()))
    return forms


# A determiner that points back and the two words after it: "The call", "the telephone conversation".
# "the former prime minister", "The Kremlin chief": a role told with the article, up to three words (a name
# written after the role, "the president Xi", still counts: the probe only reads one more sentence).
_DEFINITE_ROLE = re.compile(r"\b[Tt]he\s+((?:[\w-]+\s+){0,2}[a-z][\w-]*)\b")
_POINTING_BACK = re.compile(r"\b(the|this|that|their)\s+([a-z]+)(?:\s+([a-z]+))?", re.IGNORECASE)


class SelectCandidates:
    """Stage: the text masked to the sentences worth parsing. Reads: text. Adds: text (same length, masked).

    `cue_words` are the encounter cue lexicon's (lemma, POS, needs) rows
    (encounters/data/cues.csv): what a cue needs to report an encounter
    decides how much of it the cheap pass asks for ("arrived" needs a place
    after it, "received" a person, "told" a forum's sidelines). Words that
    report nothing alone ("hold" and "have" need a cue noun: "held talks")
    are skipped, and "be" counts only as presence in a place ("will be in
    Uruguay"). `role_words` are the nouns that name a person by role.
    """

    def __init__(self, kb, cue_words: Iterable[tuple[str, str, str]], role_words: Iterable[str] = ()):
        self.needs: dict[str, str] = {}
        for lemma, pos, needs in cue_words:
            shape = _SHAPES.get(needs, "anywhere")
            if shape == "skip" or lemma == "be":  # "be" counts in the presence shape only
                continue
            for form in word_forms(lemma.lower(), pos):
                # A form that several readings share asks for the least any of them needs.
                if _LOOSENESS.index(shape) < _LOOSENESS.index(self.needs.get(form, "skip")):
                    self.needs[form] = shape
        self.forms = frozenset(self.needs)
        self.roles = frozenset(_role_vocabulary(role_words))
        self.pronouns = candidate_words("pronoun")
        self.group_words = candidate_words("group")
        self.names = frozenset(_name_vocabulary(kb))
        self.country_code = kb.country_code
        self._parts: dict[str, list[str]] = {}  # word -> its folded parts, worked out once

    def __call__(self, record: ArticleRecord) -> None:
        record.text = mask(record.text, self.kept_spans(record.text))

    def is_candidate(self, sentence: str, pronouns: bool = False) -> bool:
        """Whether a sentence has a cue word, in the shape it needs, and a word that can name a party
        (with `pronouns`, a pronoun counts as one)."""
        return self.has_cue(sentence) and self.names_a_party(sentence, pronouns)

    def has_cue(self, sentence: str) -> bool:
        """Whether a cue word stands in the sentence in the shape it needs, or presence in a place."""
        lowered = sentence.lower()
        if self.forms.isdisjoint(_CUE_WORD.findall(lowered)):
            return _PRESENCE.search(sentence) is not None
        return any(self._in_shape(sentence, match) for match in self.cues_in(sentence)) or _PRESENCE.search(sentence) is not None

    def cues_in(self, sentence: str) -> list[re.Match]:
        """The cue words of a sentence, as matches."""
        return [match for match in _CUE_WORD.finditer(sentence) if match.group(0).lower() in self.forms]

    def _in_shape(self, sentence: str, match: re.Match) -> bool:
        shape = self.needs.get(match.group(0).lower(), "anywhere")
        if shape == "anywhere":
            return True
        if shape == "place":
            return _PLACE_AFTER.match(sentence, match.end()) is not None
        if shape == "person":
            if sentence[match.end():].strip() == ":":
                return True  # "received:", the people listed one per line after it
            after = _next_words(sentence, match.end())
            if _PASSIVE_BEFORE.search(sentence, 0, match.start()):
                # "was received at the White House by President Obama": the person is the agent, further on
                by = _AGENT_AFTER.search(sentence, match.end())
                return by is not None and self.names_a_party(sentence[by.end():])
            if match.group(0).lower() in _RECEIVING_FORMS and _PLACE_OR_TIME_FIRST.match(after):
                # "received at Al-Safa Palace in Makkah on Wednesday the Prime Minister of Pakistan": state media
                # tell the place and the time before the guest
                after = _next_words(sentence, match.end(), past_place=True)
            return _NOT_A_PERSON_AFTER.match(after) is None and (self.names_a_party(after) or _PRONOUN_OBJECT.search(after) is not None)
        if shape == "phone_word_before":
            return _PHONE_WORD_BEFORE.search(sentence[max(0, match.start() - 12): match.start()]) is not None
        if shape == "phone_word":
            return _PHONE_WORD.search(sentence) is not None
        if shape == "together":
            return "together" in sentence.lower()  # "brought A and B together", not "brought a proposal"
        return shape == "sidelines" and "sideline" in sentence.lower()

    def names_a_party(self, sentence: str, pronouns: bool = False) -> bool:
        """A role or group word ("president", "the two leaders"), a capitalised word that is an office
        holder's short name ("Xi", "Lula", "the Emir's"), or with `pronouns` a personal pronoun."""
        if _HANDLE.search(sentence):
            return True  # "@POTUS spoke with @narendramodi": handles stand for people
        for match in _WORD.finditer(sentence):
            word = match.group(0)
            # Parts of possessives and hyphenated names count: "the Emir's visit", "El-Sisi".
            parts = self._parts.get(word)
            if parts is None:
                parts = self._parts[word] = fold(_POSSESSIVE.sub("", word)).split()
            if parts == ["pm"] and (word == "p.m." or _CLOCK_BEFORE.search(sentence, 0, match.start())):
                continue  # "8 PM", "6:40 p.m.": the clock, not the prime minister
            if (any(part in self.roles for part in parts) or (word[0].isupper() and any(part in self.names for part in parts))
                    or (pronouns and word.lower() in self.pronouns)):
                return True
        return self._countries_at_a_summit(sentence)

    def _countries_at_a_summit(self, sentence: str) -> bool:
        """At a summit countries stand for their leaders ("Kenya, Uganda and Tanzania will hold a summit"):
        a sentence with the word and two country names names its parties."""
        if "summit" not in sentence.lower():
            return False
        # (also joined by hyphens: "the Egypt-Greece-Cyprus summit")
        countries = {self.country_code(part) for match in _CAPITALISED.finditer(sentence) for part in match.group(0).split("-")} - {None}
        return len(countries) >= 2

    def kept_spans(self, text: str) -> list[Sentence]:
        """The spans of `text` to parse, in order and not overlapping."""
        return self.select(text).kept

    def select(self, text: str) -> Selection:
        """The candidate sentences of `text`, and the spans to parse to read them (candidates and context)."""
        sentences = split_sentences(text)
        kept: set[int] = set()
        texts = [text[sentence.start:sentence.end] for sentence in sentences]
        with_cue = [index for index, sentence in enumerate(texts) if self.has_cue(sentence)]
        naming = {index for index in with_cue + [index - 1 for index in with_cue] if index >= 0 and self.names_a_party(texts[index])}
        strong = any(index in naming for index in with_cue)
        # A cue whose sentence names a party; else one right after a sentence that does ("Putin and the Crown
        # Prince discussed oil prices. Saturday's phone conversation came at Riyadh's initiative."); and in an
        # article that has the first kind, one whose party is a pronoun ("They first met in Hamburg").
        candidates = [index for index in with_cue
                      if index in naming or index - 1 in naming or (strong and self.names_a_party(texts[index], pronouns=True))]
        if not candidates:
            return Selection([], [], [])
        # A probe reads the sentence before a candidate only where the candidate's party may be named there:
        # a candidate through the sentence before it, or one with a pronoun ("He and ... then spoke").
        probe = sorted({index for candidate in candidates for index in (
            range(max(0, candidate - self._reach_back(texts, candidate)), candidate + 1)
            if self._party_may_be_before(texts[candidate], candidate in naming) else (candidate,))}
                       # (and the sentence after one that counts its parties, who may be named there: "The four Quad
                       # leaders met in Hiroshima. Biden, Kishida, Modi and Albanese pledged ...")
                       | {candidate + 1 for candidate in candidates
                          if candidate + 1 < len(sentences) and _COUNTED_GROUP.search(texts[candidate])})
        for index in candidates:
            back = self._reach_back(texts, index) if self._party_may_be_before(texts[index], index in naming) else NEIGHBOURS_BEFORE
            kept.update(range(max(0, index - back), min(len(sentences), index + NEIGHBOURS_AFTER + 1)))
        kept.update(_lead(text, sentences))
        kept.update(_listed(text, sentences, kept))
        kept.update(_introductions(text, sentences, candidates))
        return Selection([sentences[index] for index in candidates], [sentences[index] for index in sorted(kept)],
                         [sentences[index] for index in probe])

    def _reach_back(self, texts: list[str], candidate: int) -> int:
        """How many sentences before a candidate whose party is a pronoun or group word are read: one, or two when
        that one names no party ("Trump and al-Sharaa were both in Riyadh. The decision was welcomed. They met")."""
        if candidate >= 2 and not self.names_a_party(texts[candidate - 1]) and any(
                word.lower() in self.pronouns | self.group_words for word in _WORD.findall(texts[candidate])):
            return NEIGHBOURS_BEFORE + 1
        return NEIGHBOURS_BEFORE

    def _party_may_be_before(self, sentence: str, names_a_party: bool) -> bool:
        """Whether the candidate's party may be named in the sentence before: it names none, holds a
        pronoun or a group word ("The four ministers met on Friday"), or points back at an encounter
        ("The call, requested by Tokyo, lasted ..."), or names a role without a name ("The former prime
        minister met Xi", "The Kremlin chief held talks")."""
        return (not names_a_party or any(word.lower() in self.pronouns | self.group_words for word in _WORD.findall(sentence))
                or any(self.needs.get((word or "").lower()) is not None for match in _POINTING_BACK.finditer(sentence)
                       for word in match.group(2, 3))
                or any(match.group(1).split()[-1].lower() in self.roles for match in _DEFINITE_ROLE.finditer(sentence)))

    def probe_spans(self, selection: Selection) -> list[Sentence] | None:
        """The spans to parse first when the cheap pass found little (the candidate sentences and the
        sentence before each), or None.

        An article with one or two candidate sentences is most often news
        that uses a cue word in another sense ("to meet customer demand",
        "calling upon the Secretary of Defense"), yet its lead, neighbours
        and introductions cost more to parse than its candidates. So the
        candidates are parsed first, with the sentence before those that name
        no party or hold a pronoun (where the person is named: "Abiy Ahmed
        stunned the region ... He and Eritrean President Isaias Afwerki then
        spoke by telephone"), and only
        when mention detection finds a mention there is the whole selection
        parsed and read; the pipeline decides (pipeline.py).
        """
        if 0 < len(selection.candidates) <= PROBE_MAX_CANDIDATES:
            return selection.probe
        return None


def _next_words(text: str, position: int, past_place: bool = False) -> str:
    """The words after `position`, up to CUE_REACH_WORDS of them (or CUE_REACH_PAST_PLACE_WORDS)."""
    match = _NEXT_WORDS_PAST_PLACE.match(text, position) if past_place else _NEXT_WORDS.match(text, position)
    return match.group(0) if match else ""


def _role_vocabulary(role_words: Iterable[str]) -> set[str]:
    """The head nouns of role phrases and their plurals: "head of state" -> head, heads."""
    words = {phrase.lower().split(" of ")[0].split()[-1] for phrase in role_words if phrase.strip()}
    # Group words stand for the parties without naming them ("the two sides held talks"); some role words
    # are too common in other senses to mark a party alone ("General Motors", "head of research").
    return (words | {word + "s" for word in words} | candidate_words("group")) - candidate_words("not_a_party")


def _name_vocabulary(kb) -> set[str]:
    """Folded short names of office holders: surnames ("obama", "xi") and one-word aliases ("lula", "anwar").

    Given names are left out ("John", "Paul" and "Mike" name office holders
    and half of everyone else), as are stop words and calendar words ("in" of
    "Moon Jae-in", "may" of "Theresa May"): a full name carries its surname.
    """
    words: set[str] = set()
    for term in kb.terms:
        words.update(surnames(term))
        for alias in term.aliases:
            parts = fold(alias).split()
            if parts:
                words.add(parts[-1])
    return {word for word in words if len(word) > 1 and word not in STOP_WORDS and word not in _CALENDAR_WORDS}


def _lead(text: str, sentences: list[Sentence]) -> list[int]:
    """The headline lines and the first prose sentences."""
    lead, prose = [], 0
    for index, sentence in enumerate(sentences):
        lead.append(index)
        words = text[sentence.start:sentence.end].split()
        if len(words) >= PROSE_MIN_WORDS and words[-1].endswith((".", "”", '"')):
            prose += 1
            if prose >= LEAD_PROSE_SENTENCES:
                break
    return lead


def _listed(text: str, sentences: list[Sentence], kept: set[int]) -> list[int]:
    """The list items after a kept sentence that ends with a colon ("received:", "held meetings with:"):
    the parties stand one per line."""
    listed = []
    reach = 0  # sentences before this one were looked at already: each is looked at once
    for index in sorted(kept):
        if not text[sentences[index].start:sentences[index].end].endswith(":"):
            continue
        for following in range(max(index + 1, reach), len(sentences)):
            previous, sentence = sentences[following - 1], sentences[following]
            reach = following + 1
            if not (_BULLET.match(text, sentence.start) or "\n" not in text[previous.end:sentence.start]):
                break
            listed.append(following)
    return listed


def _introductions(text: str, sentences: list[Sentence], candidates: list[int]) -> list[int]:
    """For every capitalised word of a candidate sentence, the first sentence that names it, when earlier."""
    first_naming: dict[str, int] = {}
    for index, sentence in enumerate(sentences):
        for match in _CAPITALISED.finditer(text, sentence.start, sentence.end):
            first_naming.setdefault(match.group(0), index)
    kept = set()
    for index in candidates:
        sentence = sentences[index]
        for match in _CAPITALISED.finditer(text, sentence.start, sentence.end):
            first = first_naming[match.group(0)]
            if first < index:
                kept.add(first)
    return sorted(kept)


def mask(text: str, spans: list[Sentence]) -> str:
    """`text` with every character outside `spans` a space, line breaks kept: the same length."""
    if not spans:
        return _blank(text)
    parts, last = [], 0
    for span in spans:
        parts.append(_blank(text[last:span.start]))
        parts.append(text[span.start:span.end])
        last = span.end
    parts.append(_blank(text[last:]))
    return "".join(parts)


_NOT_A_LINE_BREAK = re.compile(r"[^\n]")


def _blank(text: str) -> str:
    return _NOT_A_LINE_BREAK.sub(" ", text)
