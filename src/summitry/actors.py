"""Stage `actors`: who is who in one article.

Reads: the spaCy `Doc` of an article, its publication date and the knowledge
base. Adds: an `ArticleActors` registry of the people the article names, each
with a canonical name, a role and a country, and a way to turn any noun
phrase of the article into the people it denotes: a name ("Xi Jinping",
"Xi"), a role ("the Chinese leader", "his Chinese counterpart", "the US
president"), a pronoun ("he"), or a group ("the two leaders").

Titles and nationality adjectives next to a name give role and country
("Chilean President Gabriel Boric", "the head of Ukrainian diplomacy, Dmytro
Kuleba", "Foreign Minister Qin Gang of China"); the knowledge base fills what
the text leaves out and turns role mentions into the office holder of the day.
"""
from __future__ import annotations

import csv
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from .model import Participant

logger = logging.getLogger(__name__)

# Honorifics stripped from names before lookup ("Mr Modi", "Prez Duterte").
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "prez", "h.e.", "his", "her", "excellency", "then", "then-"}
_TITLE_PREFIX = re.compile(r"^(?:then[- ])?(?:(?:vice[- ])?president|premier|chancellor|king|queen|prime minister|pm|emir|sheikh|prince|crown prince|pope|foreign minister|secretary)\s+", re.I)
_GROUP_WORDS = {"leaders", "presidents", "sides", "heads", "ministers", "premiers", "counterparts", "men", "women", "two", "both", "parties", "statesmen"}
_GROUP_PRONOUNS = {"they", "them", "their", "both", "we", "us", "our"}
_SINGLE_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}


def fold(text: str) -> str:
    """Lower case without accents or punctuation, for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9 ]+", " ", text.lower().replace("-", " ")).strip()


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
_LEADER_OFFICES = ("head_of_state", "head_of_government", "head_of_state_and_government")
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


class ArticleActors:
    """The people of one article, and the resolution of noun phrases to them."""

    def __init__(self, doc: Doc, kb, published: date | None):
        self.doc = doc
        self.kb = kb
        self.published = published
        self.people: list[Person] = []
        self._by_token: dict[int, Person] = {}
        self.mention_tokens: dict[str, Token] = {}  # person -> the token a role mention resolved through
        self._mentioned: dict[str, int] | None = None
        self.leader_group: list[Person] | None = None  # "the two leaders" when the pair in focus is not of leaders
        self._roles = role_words()
        self._role_pattern = re.compile(
            r"\b(" + "|".join(sorted((re.escape(word) for word in self._roles), key=len, reverse=True)) + r")\b",
            re.I,
        )
        self._register_named_people()
        self._register_untagged_leaders()
        self._find_more_mentions()

    # -- building the registry -------------------------------------------------

    def _register_named_people(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = self._clean_name(ent)
            if not name or not any(ch.isalpha() for ch in name):
                continue
            role, office, country = self._title_context(ent)
            inner = _TITLE_PREFIX.match(ent.text)
            if role is None and inner and len(name.split()) > 1 or (role is None and inner and self._lookup(name, country)):
                # "King Mohammed VI" tagged as one name: the title is inside the entity.
                title = inner.group(0).strip().replace("then-", "").replace("then ", "")
                role = title.title()
                office = self._roles.get(title.lower())
            person = self._match_or_add(name, role, office, country, ent)
            if person is None:
                continue
            for token in ent:
                self._by_token[token.i] = person
            end = ent.end
            while end + 1 < len(self.doc) and self.doc[end].text == "-" and not self.doc[end].whitespace_ and not self.doc[end - 1].whitespace_:
                self._by_token[end] = self._by_token[end + 1] = person
                end += 2
            person.mentions.append(ent.start_char)

    def _register_untagged_leaders(self) -> None:
        """Full names of known office holders that the tagger missed or mislabelled.

        The small English model tags "Macky Sall" as a facility and "Dakar" as
        a person now and then; a run of two or more proper nouns that is the
        full name of someone in the office tables is that person.
        """
        run: list[Token] = []
        for token in list(self.doc) + [None]:
            if token is not None and token.pos_ == "PROPN" and token.i not in self._by_token and token.text[:1].isupper():
                run.append(token)
                continue
            if len(run) >= 2:
                self._try_run(run)
            run = []

    def _try_run(self, run: list[Token]) -> None:
        # A title then a name the tables do not know: "NSA Ajit Doval" (tagged as an organisation).
        leading = 0
        while leading < len(run) and fold(run[leading].text) in self._title_words():
            leading += 1
        if 0 < leading <= len(run) - 2 and all(t.is_title or t.is_upper is False for t in run[leading:]):
            span = self.doc[run[leading].i : run[-1].i + 1]
            if not self._lookup(span.text, None):
                role, office, country = self._title_context(span)
                if role is not None and office not in (None, "not_official"):
                    person = self._match_or_add(span.text, role, office, country, span)
                    if person is not None:
                        for token in span:
                            self._by_token[token.i] = person
                        person.mentions.append(span.start_char)
                        return
        # Try the longest tail first: "President Macky Sall" -> "Macky Sall".
        for start in range(0, len(run) - 1):
            span = self.doc[run[start].i : run[-1].i + 1]
            name = span.text
            terms = self._lookup(name, None)
            tokens = fold(name).split()
            if not terms or not _same_given_name(tokens, terms[0]) or fold(terms[0].name) != fold(name) and fold(name) not in {fold(a) for a in terms[0].aliases}:
                continue
            role, office, country = self._title_context(span)
            person = self._match_or_add(name, role, office, country, span)
            if person is None:
                return
            for token in span:
                self._by_token[token.i] = person
            person.mentions.append(span.start_char)
            return

    def _countries_mentioned(self) -> dict[str, int]:
        """How often each country is named in the article (places and nationality words)."""
        if self._mentioned is None:
            counts: dict[str, int] = {}
            for ent in self.doc.ents:
                if ent.label_ in ("GPE", "NORP"):
                    code = self.country_code(ent.text)
                    if code:
                        counts[code] = counts.get(code, 0) + 1
            self._mentioned = counts
        return self._mentioned

    def _role_text(self, tokens: list[Token]) -> str:
        """Lower-case words of a role phrase without nationality words: "head of Ukrainian diplomacy"
        reads "head of diplomacy", "then-president" reads "president"."""
        kept = []
        for token in tokens:
            if token.ent_type_ in ("NORP", "GPE") and self.country_code(token.text):
                continue
            kept.append(token.lower_)
        return " ".join(kept).replace("then-", "").replace("-", " ").replace("  ", " ")

    def _title_words(self) -> set[str]:
        return {part for phrase in self._roles for part in phrase.split()}

    def _find_more_mentions(self) -> None:
        """Mentions of registered people that the named-entity tagger missed.

        The small English model drops a name now and then ("The last time Xi
        Jinping traveled ..."); a capitalised token equal to a registered
        person's surname (or a run equal to the full name) is that person.
        """
        by_surname: dict[str, Person] = {}
        for person in self.people:
            parts = fold(person.name).split()
            # The surname, and the first name for names usually shortened to it ("Abiy" for Abiy Ahmed).
            for key in {parts[-1], parts[0]} if len(parts) > 1 else set(parts):
                if len(key) <= 2 or key in ("bin", "al", "de", "da", "van", "von", "el"):
                    continue
                # Two registered people sharing a name part: leave it to the tagger.
                by_surname[key] = None if key in by_surname and by_surname[key] is not person else person
        for token in self.doc:
            if token.i in self._by_token or not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN", "ADJ", "VERB"):
                continue
            person = by_surname.get(fold(token.text))
            if person is None:
                continue
            self._by_token[token.i] = person
            # The given name before a surname belongs to the same mention.
            previous = token.nbor(-1) if token.i > 0 else None
            if previous is not None and previous.i not in self._by_token and fold(previous.text) in fold(person.name).split():
                self._by_token[previous.i] = person
                person.mentions.append(previous.idx)
            else:
                person.mentions.append(token.idx)

    def people_in_sentence_before(self, token: Token) -> list[Person]:
        """Officials named in the token's sentence before it, in order of mention."""
        found: list[Person] = []
        for other in token.sent:
            if other.i >= token.i:
                break
            person = self._by_token.get(other.i)
            if person is not None and person.is_official and person not in found:
                found.append(person)
        return found

    @staticmethod
    def _clean_name(ent: Span) -> str:
        doc = ent.doc
        end = ent.end
        # "Yoon Suk-yeol", "Moon Jae-in": the tagger often stops at the hyphen.
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2
        ent = doc[ent.start:end]
        tokens = [t for t in ent if t.text not in ("'s", "’s", "'", "’") and t.lower_.rstrip(".") not in _HONORIFICS]
        name = " ".join(t.text for t in tokens).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
        name = _TITLE_PREFIX.sub("", name).strip(" ,.;:\"“”")
        return name

    def _title_context(self, ent: Span) -> tuple[str | None, str | None, str | None]:
        """Role, office and country that the words around a name give."""
        words: list[Token] = []
        # Left: "US President", "Chinese Foreign Minister", "Prime Minister", "then-president".
        i = ent.start - 1
        while i >= ent.sent.start and len(words) < 7:
            token = self.doc[i]
            if token.is_punct and token.text not in ("-", "."):
                break
            if token.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "NUM") and token.lower_ != "of":
                break
            if token.pos_ == "DET":
                break
            words.insert(0, token)
            i -= 1
        # "the head of Ukrainian diplomacy, Dmytro Kuleba": a role phrase before a comma.
        if not words and ent.start >= 2 and self.doc[ent.start - 1].text == ",":
            j = ent.start - 2
            phrase: list[Token] = []
            while j >= ent.sent.start and len(phrase) < 8 and not (self.doc[j].is_punct or self.doc[j].pos_ in ("VERB", "AUX") or self.doc[j].lower_ in ("with", "and", "by", "to")):
                phrase.insert(0, self.doc[j])
                j -= 1
            if phrase and self._role_pattern.search(self._role_text(phrase)):
                words = phrase
        # Appositions: "Wang Yi, a Chinese diplomatic official"; "the head of Ukrainian diplomacy, Dmytro Kuleba".
        root = ent.root
        if root.dep_ == "appos" and root.head.i < ent.start:
            words.extend(t for t in root.head.subtree if t.i < ent.start and t.i >= root.head.left_edge.i)
        for child in root.children:
            # "Wang Yi, a Chinese diplomatic official" is a title; "Isaias, the first visit by an
            # Ethiopian leader" is not: only an apposed role noun speaks of the person.
            if child.dep_ == "appos" and child.i > ent.end - 1 and self._role_pattern.search(self._role_text(list(child.subtree))):
                words.extend(t for t in child.subtree)
            # "Foreign Minister Qin Gang of China"
            if child.dep_ == "prep" and child.lower_ == "of":
                words.extend(t for t in child.subtree)
        text = " ".join(t.text for t in words)
        role = office = None
        lowered = self._role_text(words)
        best = None
        for match in self._role_pattern.finditer(lowered):
            # Prefer the longest role phrase ("foreign minister" over "minister").
            if best is None or len(match.group(1)) > len(best.group(1)):
                best = match
        if best is not None:
            role = best.group(1).title()
            office = self._roles[best.group(1)]
        country = self._country_in(words)
        if country is None:
            # "Trump's national security adviser Michael Flynn": the boss's country.
            for token in words:
                boss = self._by_token.get(token.i)
                if boss is not None and boss.country:
                    country = boss.country
                    break
        if role and country and office not in ("not_official",):
            resolved = self._office_for_title(role, country)
            if resolved:
                office = resolved
        return role, office, country

    def _office_for_title(self, title: str, country: str | None) -> str | None:
        try:
            return self.kb.office_for_title(title, country)
        except Exception:  # noqa: BLE001 - a knowledge gap must not stop extraction
            return None

    def _country_in(self, tokens: list[Token]) -> str | None:
        """The first country or nationality word among `tokens` ("Chinese", "U.S.", "South Korean")."""
        texts = [t.text for t in tokens]
        for size in (3, 2, 1):
            for start in range(0, len(texts) - size + 1):
                phrase = " ".join(texts[start : start + size]).replace(" - ", "-")
                if not phrase[:1].isupper():
                    continue
                code = self.country_code(phrase)
                if code:
                    return code
        return None

    def country_code(self, word: str) -> str | None:
        word = word.strip(" ,.'’\"").removesuffix("'s").removesuffix("’s")
        if not word:
            return None
        try:
            return self.kb.country_code(word)
        except Exception:  # noqa: BLE001
            return None

    def _lookup(self, name: str, country: str | None, on: date | None = None):
        try:
            terms = self.kb.lookup_person(name, on=on or self.published, country=country)
        except Exception:  # noqa: BLE001
            return []
        return terms or []

    def _match_or_add(self, name: str, role, office, country, ent: Span) -> Person | None:
        folded = fold(name)
        tokens = folded.split()
        # An earlier mention of the same person: same full name, or a surname/part of a known name.
        for person in reversed(self.people):
            known = fold(person.name).split()
            if folded == fold(person.name) or (len(tokens) == 1 and tokens[0] in known) or (
                len(tokens) > 1 and tokens[-1] == known[-1] and tokens[0][:1] == known[0][:1]
            ) or _is_part_of(tokens, known):
                if country and person.country and country != person.country:
                    continue
                if role and not person.role:
                    person.role, person.office = role, office
                return person
        terms = self._lookup(name, country)
        # "Prime Minsiter Narendra Modi": a misspelt title glued to the name; try the name's tail,
        # dropping only words that look like a title.
        for start in range(1, len(name.split()) - 1):
            if terms or not _looks_like_title(name.split()[start - 1]):
                break
            tail = " ".join(name.split()[start:])
            terms = self._lookup(tail, country)
            if terms:
                tokens = fold(tail).split()
        # A bare surname is only taken from the tables when it names one person in office.
        if terms and len(tokens) == 1 and len({t.name for t in terms}) > 1:
            terms = [t for t in terms if self.published is None or t.covers(self.published)]
            if len({t.name for t in terms}) != 1:
                terms = []
        # "Tahnoun bin Zayed Al Nahyan" must not become Khalifa bin Zayed Al Nahyan through the
        # family name: a full name found in the tables must agree on its first letter.
        if terms and len(tokens) > 1 and not _same_given_name(tokens, terms[0]):
            terms = []
        if terms:
            term = terms[0]
            for person in self.people:
                if person.name == term.name:
                    return person
            # The tables know a leader's country better than a stray nationality word near the name.
            if country is not None and country not in {t.country for t in terms}:
                country = None
            if country is None and len({t.country for t in terms}) > 1:
                # Charles III reigns over fifteen realms: take the one the article talks about.
                mentioned = self._countries_mentioned()
                best = max(terms, key=lambda t: mentioned.get(t.country, 0))
                if mentioned.get(best.country, 0) > 0:
                    term = best
                    country = best.country
            person = Person(
                terms=tuple(terms),
                name=term.name,
                country=country or term.country,
                role=role or term.title,
                office=office if office not in (None, "top", "counterpart", "official") else term.office,
                is_known_leader=True,
                mention=ent.text,
                first_char=ent.start_char,
            )
        else:
            if len(tokens) == 1 and not role:
                return None  # a lone unknown word tagged PERSON is too weak to be an actor
            person = Person(name=name, country=country, role=role, office=office, mention=ent.text, first_char=ent.start_char)
        self.people.append(person)
        return person

    # -- resolving noun phrases ------------------------------------------------

    def person_at(self, token: Token) -> Person | None:
        """The named person a token belongs to, if any."""
        return self._by_token.get(token.i)

    def _person_for_term(self, term, mention: str) -> Person:
        for person in self.people:
            if person.name == term.name:
                return person
        person = Person(name=term.name, country=term.country, role=term.title, office=term.office,
                        is_known_leader=True, mention=mention, first_char=-1)
        self.people.append(person)
        return person

    def resolve(self, token: Token, on: date | None = None, group: list[Person] | None = None,
                other: list[Person] | None = None, as_leaders: bool = False) -> list[Person]:
        """The people the noun phrase headed by `token` denotes.

        `group` is what "the two leaders"/"they" stand for here (the parties of
        the encounter in focus); `other` are the parties already found for the
        same encounter, used for "his counterpart".
        """
        person = self.person_at(token)
        if person is not None:
            return [person]
        # A name inside the phrase: "the Florida residence of then-president Donald Trump".
        lower = token.lower_
        if token.pos_ == "PRON" and lower in _SINGLE_PRONOUNS | _GROUP_PRONOUNS:
            # ("US" the country is not "us" the pronoun.)
            if lower in _GROUP_PRONOUNS:
                # "Xi listens to Putin during their meeting": the people of the same sentence.
                here = self.people_in_sentence_before(token)
                if len(here) >= 2:
                    return here
                return list(group or self._recent_pair(token.idx))
            bound = self._clause_subject(token, on, other)
            if bound is not None:
                return [bound]
            recent = self._recent_person(token.idx, exclude=other)
            return [recent] if recent else []
        phrase_tokens = [t for t in token.subtree if t.i <= token.i] or [token]
        # The words after the noun matter too: "head of government", "President of the Philippines".
        following = []
        if token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "of":
            following = [t for t in self.doc[token.i + 1 : min(token.i + 6, token.sent.end)]]
        phrase = self._role_text(phrase_tokens + following[:4])
        # "the presidents of Ghana and Togo", "leaders of Canada and Mexico": each country's office holder.
        if token.tag_ in ("NNS", "NNPS") and lower.rstrip("s") in self._roles or lower in ("leaders", "presidents", "premiers", "counterparts"):
            plural = self._plural_role(token, on)
            if plural:
                return plural
        if lower in _GROUP_WORDS:
            modifiers = [t for t in token.children if t.dep_ in ("det", "nummod", "amod", "compound", "predet", "quantmod")]
            numbered = any(t.lower_ in ("two", "both", "three") for t in modifiers)
            bare = all(t.lower_ == "the" for t in modifiers) and lower in ("leaders", "presidents", "sides")
            if numbered or (bare and modifiers):
                if lower in ("leaders", "presidents", "heads", "premiers"):
                    # "the two leaders" are heads of state or government, not the foreign minister in focus.
                    leaders = [p for p in (group or []) if p.office in _LEADER_OFFICES]
                    if len(leaders) < 2:
                        leaders = list(self.leader_group or [])
                    return leaders if len(leaders) >= 2 else self._recent_pair(token.idx, leaders_only=True)
                return list(group or self._recent_pair(token.idx))
        # "a meeting between India and Japan": a country stands for its leader at a summit.
        if as_leaders and token.pos_ == "PROPN" and (on or self.published):
            code = self.country_code(token.text)
            if code:
                terms = self.leader_terms(code, on or self.published)
                if terms:
                    return [self._person_for_term(terms[0], token.text)]
        # "his Chinese counterpart", "the Chinese leader", "the US president", "China's president".
        match = None
        for candidate in self._role_pattern.finditer(phrase):
            if match is None or len(candidate.group(1)) > len(match.group(1)):
                match = candidate
        if match is None or not token.pos_ in ("NOUN", "PROPN"):
            return []
        office = self._roles[match.group(1)]
        if office == "not_official":
            return []
        country = self._country_in([t for t in phrase_tokens if t.i != token.i] + [c for t in token.children if t.dep_ == "prep" and t.lower_ == "of" for c in t.subtree]) or self._country_in(following)
        if office == "counterpart":
            if country is None:
                return []
            office = (other[0].office if other and other[0].office in ("head_of_state", "head_of_government", "foreign_minister") else "top")
        found = self._person_in_role(country, office, token.idx, exclude=other, on=on)
        if found is None and country is not None:
            found = self._holder(country, office, on or self.published, mention=token.text)
        return [found] if found else []

    def _clause_subject(self, token: Token, on, other) -> Person | None:
        """ "he had shared information with Yoon about his visit": "his" is the subject's, not Yoon's."""
        if token.dep_ in ("nsubj", "nsubjpass"):
            return None
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child != token:
                found = self.resolve(child, on=on, other=other)
                if len(found) == 1 and found[0].is_official and not (other and found[0] in other):
                    return found[0]
        return None

    def _plural_role(self, token: Token, on: date | None) -> list[Person]:
        """The office holders a plural role with "of <country> and <country>" names."""
        when = on or self.published
        if when is None:
            return []
        role = token.lemma_.lower()
        office = self._roles.get(role, "top")
        if office in ("counterpart", "official", "not_official"):
            office = "top"
        found: list[Person] = []
        if not any(child.dep_ == "prep" and child.lower_ == "of" for child in token.children):
            return []
        # The countries follow the noun up to the end of its clause: "leaders of immediate
        # neighbours Canada and Mexico on Saturday and of Israel and Egypt on Sunday".
        for country_token in self.doc[token.i + 1 : token.sent.end]:
            if country_token.pos_ in ("VERB", "AUX") or country_token.text in (";", "."):
                break
            if country_token.ent_type_ not in ("GPE", "NORP") or country_token.ent_iob_ != "B":
                continue
            ent = next((e for e in self.doc.ents if e.start == country_token.i), None)
            code = self.country_code(ent.text if ent is not None else country_token.text)
            if code is None:
                continue
            person = self._holder(code, office, when, mention=country_token.text)
            if person is not None and person not in found:
                self.mention_tokens[person.name] = country_token
                found.append(person)
        return found if len(found) >= 2 else []

    def _person_in_role(self, country: str | None, office: str, before_char: int, exclude=None, on: date | None = None) -> Person | None:
        """The latest-mentioned registered official of `country` (and office) before a point."""
        best = None
        for person in self.people:
            if exclude and person in exclude:
                continue
            if not person.is_official or (person.first_char > before_char and not self._soon_after(person, before_char)):
                continue
            if country is not None and person.country != country:
                continue
            if country is None and office in ("top", "official"):
                continue
            if office not in ("top", "official") and person.office not in (office, "head_of_state_and_government", None):
                continue
            if on is not None and person.terms and not any(t.covers(on) and t.country == person.country for t in person.terms):
                continue  # "a Pakistani head of government in July": not the one in office today
            last = max((m for m in person.mentions if m <= before_char), default=person.first_char)
            if best is None or last > best[0]:
                best = (last, person)
        return best[1] if best else None

    def leader_terms(self, country: str, on: date):
        """The office holder news calls "the leader" of `country` on a day."""
        def holders(office):
            try:
                return self.kb.holders(country, office, on) or []
            except Exception:  # noqa: BLE001
                return []

        chosen = leading_offices().get(country)
        if chosen:
            return holders(chosen)
        heads = holders("head_of_state")
        if any(t.office == "head_of_state_and_government" for t in heads):
            return [t for t in heads if t.office == "head_of_state_and_government"]
        if heads and any(word in heads[0].title.lower() for word in _MONARCH_TITLES):
            return holders("head_of_government") or heads
        return heads or holders("head_of_government")

    def _holder(self, country: str, office: str, on: date | None, mention: str) -> Person | None:
        if on is None:
            return None
        offices = ("top",) if office == "top" else (office,)
        for wanted in offices:
            if wanted in ("official",):
                return None
            if wanted == "top":
                terms = self.leader_terms(country, on)
            else:
                try:
                    terms = self.kb.holders(country, wanted, on)
                except Exception:  # noqa: BLE001
                    terms = []
            if terms:
                term = terms[0]
                for person in self.people:
                    if person.name == term.name:
                        return person
                person = Person(name=term.name, country=country, role=term.title, office=term.office,
                                is_known_leader=True, mention=mention, first_char=-1)
                self.people.append(person)
                return person
        return None

    def _soon_after(self, person: Person, before_char: int) -> bool:
        """The person is named right after the role ("the head of Ukrainian diplomacy, Dmytro Kuleba")."""
        return any(0 <= start - before_char <= ROLE_NAME_REACH_CHARS for start in person.mentions)

    def _recent_person(self, before_char: int, exclude=None) -> Person | None:
        best = None
        for person in self.people:
            if not person.is_official or (exclude and person in exclude):
                continue
            for start in person.mentions:
                if start < before_char and (best is None or start > best[0]):
                    best = (start, person)
        return best[1] if best else None

    def _recent_pair(self, before_char: int, leaders_only: bool = False) -> list[Person]:
        """The two most recently mentioned officials of different countries."""
        ordered = []
        for person in self.people:
            if not person.is_official or (leaders_only and person.office not in _LEADER_OFFICES):
                continue
            starts = [s for s in person.mentions if s < before_char]
            if starts:
                ordered.append((max(starts), person))
        ordered.sort(key=lambda pair: pair[0], reverse=True)
        chosen: list[Person] = []
        for _, person in ordered:
            if all(person.country != other.country or person.country is None for other in chosen):
                chosen.append(person)
            if len(chosen) == 2:
                break
        return chosen if len(chosen) == 2 else []
