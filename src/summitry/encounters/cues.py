"""Cue words: the verbs and nouns that report a diplomatic encounter.

Reads: a spaCy sentence. Adds: `Cue` records (token, kind, what it needs to
count). The lexicon lives in `encounters/data/cues.csv` and the status and
modality words in `encounters/data/modality.csv`, so both can be read and
extended without touching code.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token


@dataclass(frozen=True)
class CueWord:
    lemma: str
    pos: str  # VERB | NOUN
    kind: str  # meeting | call | visit
    needs: str  # "" | with | object | object_cue | place | phone | participants | phone_or_participants | phone_word_before | phone_word | agent | together | jointly


@dataclass(frozen=True)
class Cue:
    token: Token
    word: CueWord


def _rows(name: str) -> list[dict]:
    text = resources.files("summitry.encounters").joinpath(f"data/{name}").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[tuple[str, str], tuple[CueWord, ...]]:
    """(lemma, POS) -> the cue readings of that word."""
    lexicon: dict[tuple[str, str], list[CueWord]] = {}
    for row in _rows("cues.csv"):
        word = CueWord(row["lemma"], row["pos"], row["kind"], row.get("needs") or "")
        lexicon.setdefault((word.lemma, word.pos), []).append(word)
    return {key: tuple(words) for key, words in lexicon.items()}


@lru_cache(maxsize=1)
def modality_lexicon() -> dict[str, str]:
    """Lemma -> effect on an encounter (planned, cancelled, drop, call)."""
    return {row["lemma"]: row["effect"] for row in _rows("modality.csv")}


@lru_cache(maxsize=1)
def government_role_words() -> tuple[tuple[str, ...], ...]:
    """Role words only governments give, each as a tuple of lower-case words ("vice", "president")."""
    return tuple(tuple(row["role_word"].split()) for row in _rows("government_roles.csv"))


@lru_cache(maxsize=1)
def cue_prefilter() -> re.Pattern:
    """A fast regex that any text holding an encounter matches; texts that don't are not parsed."""
    stems = sorted({lemma for lemma, _ in cue_lexicon()} | {"met", "held", "spoke", "flew", "went", "rang", "came", "hosted", "visited", "sent"})
    # Words too common to pick out diplomacy on their own ("be in Uruguay", "told Xi", "come to Canberra")
    # still need another cue word in the article for it to be parsed.
    stems = [stem for stem in stems if stem not in ("have", "hold", "go", "sit", "land", "attend", "tour", "ring", "shake", "talk", "be", "come", "tell", "head", "chat", "exchange", "discuss", "join", "bring", "congratulate", "thank", "brief", "assure", "inform", "urge", "gathering")] + ["talks", "phoned"]
    # ... except in the shapes that report a trip: "will be in Uruguay", "comes to Canberra", "head to Pyongyang",
    # "toured Ghana".
    presence = (r"\b(?:is|are|was|were|be|been|come|comes|came|coming|head|heads|headed|heading)\s+"
                r"(?:(?:\w+ly|last|first|again|once|already)\s+)?(?:(?:due|expected)\s+)?(?:in|to)\s+(?:the\s+)?(?-i:[A-Z])"
                r"|\btour(?:s|ed|ing)?\s+(?:the\s+)?(?-i:[A-Z])")
    return re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in stems) + r")|" + presence, re.IGNORECASE)


def verb_stems(word: str) -> list[str]:
    """The plain suffix cuts of a verb form ("dined" -> "dine", "din"), for where the lemmatizer slips."""
    return _stems(word)


def _stems(word: str) -> list[str]:
    stems = []
    for suffix, replacement in (("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stems.append(word[: -len(suffix)] + replacement)
    return stems


def _hyphenated(token: Token) -> str | None:
    """The hyphenated word a token ends ("together" in "get-together"), or None."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    return doc[start : token.i + 1].text.lower() if start < token.i else None


def _pos(token: Token) -> str:
    if token.pos_ in ("VERB", "AUX"):
        return "VERB"
    if token.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    return token.pos_


def find_cues(sentence: Span) -> list[Cue]:
    """Every token of `sentence` that can report an encounter."""
    lexicon = cue_lexicon()
    cues = []
    for token in sentence:
        pos = _pos(token)
        lemma = token.lemma_.lower()
        # The small model sometimes tags a noun cue as a verb and back ("talks", "visit").
        words = lexicon.get((lemma, pos)) or lexicon.get((token.lower_, pos))
        if words is None and pos == "VERB":
            # The lemmatizer slips on rarer verbs ("dined" -> "din"): try the plain suffix cuts.
            for stem in _stems(token.lower_):
                words = lexicon.get((stem, pos))
                if words:
                    break
        if words is None and token.lower_ == "talks":
            words = lexicon.get(("talk", "NOUN"))
        if words is None:
            # "get-together": a hyphenated cue the tokenizer split, read whole on its last word.
            joined = _hyphenated(token)
            words = (lexicon.get((joined, "NOUN")) if pos in ("NOUN", "ADV", "ADJ") else lexicon.get((joined, pos))) if joined else None
        if words is None and token.pos_ == "PROPN":
            words = lexicon.get((lemma, "NOUN"))
        if not words:
            continue
        for word in words:
            cues.append(Cue(token, word))
    # "the Japan-U.S.-ROK Summit Meeting", "summit talks": a noun cue that modifies another names one encounter
    nouns = {cue.token.i for cue in cues if cue.word.pos == "NOUN"}
    return [cue for cue in cues if not (cue.word.pos == "NOUN" and cue.token.dep_ == "compound" and cue.token.head.i in nouns)]
