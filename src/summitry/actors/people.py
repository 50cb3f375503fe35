"""The people of an article: the `Person` record and the word lists behind it.

Reads: knowledge/data/role_words.csv and leading_office.csv. Adds: `Person`
(one person an article names, with role and country), name folding, and the
small predicates the registry and the role resolver share.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..model import Participant

# Honorifics stripped from names before lookup ("Mr Modi", "Prez Duterte").
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "prez", "h.e.", "his", "her", "excellency", "then", "then-",
               # Malay, Indonesian, South Asian and Arabic honorifics news keeps before names.
               "datuk", "dato", "datin", "seri", "sri", "tan", "tun", "tunku", "tengku", "haji", "hajjah", "pak", "bapak",
               "ibu", "shri", "shree", "smt", "janab", "ustaz", "sayyid", "engr", "eng", "prof", "professor", "hon", "honourable", "honorable",
               # Commonwealth styles: "the Rt Hon Christopher Luxon", "the Right Honourable Justin Trudeau"
               "rt", "right"}
_TITLE_PREFIX = re.compile(r"^(?:then[- ])?(?:(?:vice[- ])?president|premier|chancellor|king|queen|prime minister|pm|emir|sheikh|prince|crown prince|pope|foreign minister|secretary)\s+", re.I)
_GROUP_WORDS = {"leaders", "presidents", "sides", "heads", "ministers", "premiers", "counterparts", "men", "women", "two", "both", "parties", "statesmen",
                "pair", "duo", "trio"}
_GROUP_PRONOUNS = {"they", "them", "their", "both", "we", "us", "our"}
# The nouns of honorifics that copy repeats in place of a name ("His Highness", "His Majesty"): never a pronoun's.
HONORIFIC_NOUNS = frozenset({"highness", "majesty", "excellency"})
# Groups that travel and meet led by one official: "a delegation led by the foreign minister".
GROUP_NOUNS = {"envoy", "delegation", "team", "mission", "delegate", "side"}
# Dashes that open a list of names standing for the words before them: "Nordic leaders - A, B and C".
LIST_DASHES = frozenset({"\u2014", "\u2013", "-", "--"})
_SINGLE_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents or punctuation, for comparing names (cached: an article asks for the same
    few hundred words over and over)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9 ]+", " ", text.lower().replace("-", " ")).strip()


@lru_cache(maxsize=1)
def institution_words() -> frozenset[str]:
    """Last words of institutions' names, never a given name (knowledge/data/institution_words.csv)."""
    path = resources.files("summitry.knowledge").joinpath("data/institution_words.csv")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    return frozenset(lines[1:])


@lru_cache(maxsize=1)
def role_words() -> dict[str, str]:
    """Role nouns and the office they point to, from knowledge/data/role_words.csv."""
    path = resources.files("summitry.knowledge").joinpath("data/role_words.csv")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {row["word"]: row["office"] for row in csv.DictReader(lines)}


def _is_part_of(tokens: list[str], known: list[str]) -> bool:
    """"Akufo-Addo" in "Nana Addo Dankwa Akufo-Addo": a run of the known name's words, ending it."""
    size = len(tokens)
    return 1 < size < len(known) and known[-size:] == tokens


def _looks_like_title(word: str) -> bool:
    """Whether a word is (a misspelling of) a title word: "Minsiter", "Prez", "Presdient"."""
    from difflib import SequenceMatcher

    word = fold(word)
    titles = {part for phrase in role_words() for part in phrase.split()} | {"mr", "dr", "prez", "sheikh", "his", "excellency"}
    return word in titles or any(SequenceMatcher(None, word, title).ratio() >= 0.8 for title in titles if len(title) > 3)


def _same_given_name(tokens: list[str], term) -> bool:
    names = [fold(term.name).split()] + [fold(alias).split() for alias in term.aliases]
    return any(tokens == name or (name and tokens[0][:1] == name[0][:1]) for name in names if name)


@lru_cache(maxsize=1)
def leading_offices() -> dict[str, str]:
    """Countries whose leader is not the one the general rule gives (knowledge/data/leading_office.csv)."""
    path = resources.files("summitry.knowledge").joinpath("data/leading_office.csv")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {row["country"]: row["office"] for row in csv.DictReader(lines)}


# How far after a role noun the name it introduces may stand: "the head of
# Ukrainian diplomacy, Dmytro Kuleba" is 37 characters; 60 keeps such
# appositions without reaching the next clause.
ROLE_NAME_REACH_CHARS = 60
LEADER_OFFICES = ("head_of_state", "head_of_government", "head_of_state_and_government")
_MONARCH_TITLES = ("king", "queen", "emperor", "grand duke", "prince", "co-prince", "sultan", "emir", "amir")


@dataclass
class Person:
    """One person the article names (article-local; becomes a `Participant`)."""

    name: str
    country: str | None = None
    role: str | None = None
    office: str | None = None
    is_known_leader: bool = False  # found in the office-holder tables
    terms: tuple = ()  # the person's office terms, when known
    mention: str = ""
    first_char: int = 0
    mentions: list[int] = field(default_factory=list)  # start chars of every mention

    @property
    def is_official(self) -> bool:
        """Whether the person can be a party to a diplomatic encounter."""
        return self.is_known_leader or (self.office not in (None, "not_official"))

    def participant(self) -> Participant:
        alternatives = ()
        return Participant(name=self.name, role=self.role, country=self.country, mention=self.mention, alternatives=alternatives)

    def surname(self) -> str:
        parts = fold(self.name).split()
        return parts[-1] if parts else ""




@lru_cache(maxsize=1)
def office_handles() -> dict[str, tuple[str, str]]:
    """Handles of offices ("@POTUS") -> (country, office), from knowledge/data/office_handles.csv."""
    path = resources.files("summitry.knowledge").joinpath("data/office_handles.csv")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {row["handle"].lower(): (row["country"], row["office"]) for row in csv.DictReader(lines)}


@lru_cache(maxsize=1)
def regions() -> dict[str, tuple[str, ...]]:
    """Regional words ("baltic", "central asian") -> the member countries, from knowledge/data/regions.csv."""
    path = resources.files("summitry.knowledge").joinpath("data/regions.csv")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {row["word"].lower(): tuple(row["countries"].split()) for row in csv.DictReader(lines)}


def handle_key(text: str) -> str:
    """A handle or a name as one folded word: "@NarendraModi", "Narendra Modi" -> "narendramodi"."""
    return fold(text.lstrip("@")).replace(" ", "")
