"""Stage `text.truecase`: ordinary casing for lines written all in capitals or all in lower case.

Reads: the cleaned article text and the knowledge base. Adds: the text the
analysis reads (`ArticleRecord.text`), of the same length as `Article.text`,
in which a line in capitals ("DONALD TRUMP MEETS XI JINPING IN BEIJING") or
an article in lower case ("donald trump met xi jinping") is recased as news
prints it: names of people, countries, places, forums, months and weekdays
capitalised, acronyms kept in capitals, other words in lower case, and the
first word of each sentence capitalised. The tagger and the parser read
names from their capitals; without them the encounter goes unseen.

Evidence sentences are still cut from `Article.text`, so what a user reads
is what the page said.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..knowledge.tables import fold
from ..model import ArticleRecord

# A line is recased when at least this share of its letters are capitals (and
# it has at least MIN_WORDS words): headlines and whole articles in capitals.
# Ordinary lines run at 3-15 % capitals; an all-caps line with a few digits
# or a lower-case "of" stays above 0.9.
UPPER_LINE_SHARE = 0.85
# A text is recased as a whole when under this share of its letters are
# capitals: ordinary English news runs at 2-6 %.
LOWER_TEXT_SHARE = 0.005
MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?]\s+$|^\s*$")
# Words kept in capitals when they stand alone: state and forum acronyms news writes that way.
_ACRONYMS = {
    "us", "usa", "uk", "uae", "un", "eu", "nato", "au", "asean", "brics", "apec", "gcc", "ecowas", "sadc", "opec",
    "g7", "g20", "imf", "who", "wto", "cop", "sco", "drc", "prc", "dprk", "rok", "bbc", "afp", "ap", "ani", "pti",
    "cnn", "ceo", "nsa", "pm", "mp", "mps", "ii", "iii", "iv", "vi", "vii", "jr", "sr",
}
# Short lower-case words of names ("bin", "al", "von der", "de") are not name words on their own.
_NAME_PARTICLES = {"bin", "bint", "al", "el", "ibn", "von", "der", "van", "den", "de", "da", "dos", "das", "du", "del", "la", "le", "of", "and", "the"}


class Truecase:
    """Stage: the text the analysis reads. Reads: article.text. Adds: text (recased where needed)."""

    def __init__(self, kb):
        self.kb = kb

    def __call__(self, record: ArticleRecord) -> None:
        record.text = truecase(record.article.text, proper_words(self.kb))


def truecase(text: str, proper: "Vocabulary") -> str:
    """`text` with all-caps lines, or an all-lower-case text, recased; the same length, offsets kept."""
    letters = sum(map(str.isalpha, text))
    if not letters:
        return text
    if sum(map(str.isupper, text)) / letters < LOWER_TEXT_SHARE:
        return _recase(text, proper)
    parts = []
    for line in text.splitlines(keepends=True):
        parts.append(_recase(line, proper) if _is_upper_line(line) else line)
    return "".join(parts)


def _is_upper_line(line: str) -> bool:
    lower = sum(map(str.islower, line))
    upper = sum(map(str.isupper, line))
    if upper <= lower or len(_WORD.findall(line)) < MIN_WORDS:
        return False  # (most lines: more lower case than capitals, decided without the word count)
    letters = sum(map(str.isalpha, line))
    return bool(letters) and upper / letters >= UPPER_LINE_SHARE


def _recase(span: str, vocabulary: "Vocabulary") -> str:
    words = list(_WORD.finditer(span))
    cased = [_case_word(match.group(0), vocabulary, span[match.end():match.end() + 1]) for match in words]
    # Multi-word names of places and forums whose words are common ("White House", "Peace Palace").
    keys = [fold(match.group(0)) for match in words]
    for size in (4, 3, 2):
        for index in range(len(words) - size + 1):
            if " ".join(keys[index:index + size]) in vocabulary.phrases:
                for inner in range(index, index + size):
                    if keys[inner] not in STOP_WORDS or inner == index:
                        cased[inner] = cased[inner][:1].upper() + cased[inner][1:]
    # A name or title word that is also a common word ("Mark", "Prime Minister") is capitalised
    # when the word after it is: "MARK RUTTE" -> "Mark Rutte", "PRIME MINISTER NARENDRA MODI".
    for index in range(len(words) - 2, -1, -1):
        key = fold(words[index].group(0))
        if key in vocabulary.weak and cased[index + 1][:1].isupper() and _same_phrase(span, words[index], words[index + 1]):
            cased[index] = cased[index][:1].upper() + cased[index][1:]
    out, last, sentence_start, previous = [], 0, True, ""
    for match, word in zip(words, cased):
        between = span[last:match.start()]
        # A full stop after a single letter is an initial's ("U.S.", "K. P."), not a sentence's end.
        if last and ((re.search(r"[.!?:]\s*$", between) and len(previous) > 1) or "\n" in between):
            sentence_start = True
        if sentence_start:
            word = word[:1].upper() + word[1:]
        out.append(between)
        out.append(word)
        sentence_start = False
        last, previous = match.end(), match.group(0)
    out.append(span[last:])
    recased = "".join(out)
    return recased if len(recased) == len(span) else span  # a casing that changes length (ß) is not worth the offsets


def _same_phrase(span: str, first: re.Match, second: re.Match) -> bool:
    return span[first.end():second.start()].strip() in ("", "-")


def _case_word(word: str, vocabulary: "Vocabulary", following: str = "") -> str:
    key = fold(word)
    if len(word) == 1 and following.startswith("."):
        return word.upper()  # initials and dotted acronyms: "K. P. Sharma Oli", "U.S."
    if key in _ACRONYMS and len(word) <= 5:
        return word.upper()
    if key in vocabulary.strong:
        return word[:1].upper() + word[1:].lower()
    return word.lower()


class Vocabulary:
    """Folded words news capitalises: `strong` always, `weak` (also common words) only before a capitalised word."""

    def __init__(self, words: set[str], phrases: set[str]):
        # Function words ("in" of "Moon Jae-in", "on", "will") are never capitalised inside a sentence.
        self.strong = frozenset(words - _COMMON_WORDS - STOP_WORDS)
        self.weak = frozenset((words & _COMMON_WORDS) - STOP_WORDS)
        self.phrases = frozenset(phrases)


@lru_cache(maxsize=4)
def _vocabulary_of(kb_id: int, kb) -> Vocabulary:
    words: set[str] = set()
    phrases: set[str] = set()

    def add(phrase: str | None) -> None:
        parts = fold(phrase or "").split()
        if 2 <= len(parts) <= 4:
            phrases.add(" ".join(parts))
        for part in parts:
            if part not in _NAME_PARTICLES and len(part) > 1:
                words.add(part)

    for term in kb.terms:
        for phrase in (term.name, term.title, *term.aliases):
            add(phrase)
    for country in kb.country_list:
        for phrase in (country.name, country.capital, *country.aliases, *country.demonyms):
            add(phrase)
    for place in kb.curated_places:
        add(place.name)
        add(place.city)
    for series in kb.series_list:
        for phrase in (series.code, series.name, *series.aliases):
            add(phrase)
    words |= _CALENDAR_WORDS
    return Vocabulary(words, phrases)


def proper_words(kb) -> Vocabulary:
    """The words news capitalises: parts of leaders' names and titles, countries, places, forums, calendar names."""
    return _vocabulary_of(id(kb), kb)


_CALENDAR_WORDS = {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
                   "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words that are parts of names or titles but also common words ("will", "may", "mark", "prime"):
# capitalised only before another capitalised word.
_COMMON_WORDS = {
    "will", "may", "can", "said", "new", "more", "man", "king", "long", "young", "little", "white", "black", "green",
    "brown", "rich", "strong", "good", "best", "bush", "price", "bond", "rice", "page", "park", "moon", "sun", "day",
    "law", "love", "hope", "joy", "grace", "rose", "may", "mark", "mike", "field", "land", "north", "south", "east", "west",
    "central", "united", "states", "republic", "democratic", "people", "islands", "island", "saint", "city", "prime",
    "minister", "president", "foreign", "affairs", "state", "secretary", "general", "chancellor", "premier", "queen",
    "prince", "crown", "deputy", "vice", "head", "government", "federal", "federation", "kingdom", "union", "leader",
    "first", "second", "lady", "chief", "supreme", "council", "national", "assembly", "party", "house", "high",
    "representative", "senior", "acting", "interim", "former", "elect",
}


def common_words() -> frozenset[str]:
    """Words that are common English as well as parts of names ("will", "mark", "rice", "moon")."""
    return frozenset(_COMMON_WORDS | STOP_WORDS)
