"""Finding the people an article names.

Reads: the spaCy `Doc` of an article, its publication date and the knowledge
base. Adds: the registry of people (`Person`), each mention mapped to its
person: names the tagger found, names of office holders it missed or
mislabelled, surnames and given names used alone later, with role and
country taken from the title and nationality words around each name.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from spacy.lang.en.stop_words import STOP_WORDS

from ..knowledge.leaders import NAME_SUFFIXES, REGNAL_NUMBERS
from ..text.published import dateline_spans
from ..spans import entities
from ..temporal.expressions import load_lexicon
from ..text.truecase import common_words
from .people import (
    _HONORIFICS,
    handle_key,
    office_handles,
    _TITLE_PREFIX,
    Person,
    _is_part_of,
    _looks_like_title,
    _same_given_name,
    institution_words,
    fold,
    role_words,
)


_COMMON_WORDS = common_words()

# How many tokens a role phrase after a name may run ("Ambassador Extraordinary and Plenipotentiary
# of the Socialist Republic of Vietnam to the Lao PDR" is 15).
ROLE_PHRASE_TOKENS = 16

# Honorifics that open a name but are not one: "Emir Sheikh Tamim", "Sheikh" alone is nobody.
_HONORIFIC_TITLES = {"sheikh", "sheikha", "shaikh", "sheik", "majesty", "highness", "royal", "consort"} | _HONORIFICS

# Titles of leaders written right before a name, after which an untagged capitalised word is the given name.
_LEADER_TITLES_BEFORE_NAMES = {"president", "presidents", "premier", "premiers", "chancellor", "king", "queen", "emir", "sultan"}
# Letters written after a name for a seat or an honour ("Anthony Albanese MP"): not part of the name.
_POST_NOMINALS = {"MP", "MEP", "MLA", "MPP", "MNA", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "GCMG", "PC"}

# Lower-case words inside names: "Ursula von der Leyen", "Mohammed bin Salman", "Luiz Inácio Lula da Silva".
_NAME_PARTICLES = {"von", "der", "van", "den", "de", "da", "dos", "das", "du", "del", "la", "le", "bin", "bint", "al", "el", "ibn", "ould"}


def _is_calendar_word(token: Token) -> bool:
    """A word of a date ("Monday", "May", "week"), not a name the tagger ran into one ("Earlier this week Xi")."""
    if token.ent_type_ != "DATE":
        return False
    lexicon = load_lexicon()
    return token.pos_ != "PROPN" or token.lower_ in lexicon.months or token.lower_ in lexicon.weekdays


class NameRegistry:
    """The named people of one article (the first half of `ArticleActors`)."""

    def __init__(self, doc: Doc, kb, published: date | None, home: str | None = None):
        self.doc = doc
        self.kb = kb
        self.published = published
        self.home = home  # the country the report was filed from (its dateline), when known
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
        self._register_handles()
        self._find_more_mentions()
        self._roles_served_as()

    def _register_named_people(self) -> None:
        datelines = dateline_spans(self.doc.text)
        for ent in entities(self.doc):
            if ent.label_ != "PERSON" or ent.text.startswith("@"):
                continue  # (a handle is read as a handle: "@ZelenskyyUa")
            if any(start <= ent.start_char and ent.end_char <= end for start, end in datelines):
                continue  # "Addis Abeba, September 16/2018 -": the dateline's place, tagged as a person
            ent = self._with_given_name(self._cut_at_clause(self._without_leading_titles(ent)))
            if len(ent) == 0:
                continue
            ent = self._full_name_span(ent)
            name = self._clean_name(ent)
            if not name or not any(ch.isalpha() for ch in name) or self._joins_two_short_names(ent):
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
            person.mentions.append(ent.start_char)

    def _joins_two_short_names(self, ent: Span) -> bool:
        """A "Putin-Zelenskyy meeting" in a headline, tagged as one person: two short names of office
        holders joined by a hyphen, left to the run reader, which takes them one by one."""
        tokens = list(ent)
        if len(tokens) < 3 or len(tokens) % 2 == 0 or any(t.text != "-" for t in tokens[1::2]) or any(t.whitespace_ for t in tokens[:-1]) or self._lookup(ent.text, None):
            return False
        return all(len({t.name for t in self._lookup(part.text, None) if self.published and t.covers(self.published)}) == 1
                   for part in tokens[::2])

    def _without_leading_titles(self, ent: Span) -> Span:
        """The name without the nationality and title words the tagger took into it: "Qatari Emir
        Tamim bin Hamad Al Thani" -> "Tamim bin Hamad Al Thani" (the words stay the name's title context)."""
        start = ent.start
        titles = self._title_words() | _HONORIFIC_TITLES
        # "Amir Khan Muttaqi" (or "Amir Khan" tagged, "Muttaqi" left out): a title word that is the given name of
        # someone in the tables
        for end in range(ent.end, min(ent.end + 3, ent.sent.end + 1)):
            terms = self._lookup(self.doc[ent.start:end].text, None)
            if terms and fold(terms[0].name) == fold(self.doc[ent.start:end].text):
                return ent
        while start < ent.end - 1:
            token = self.doc[start]
            # ("Chairman of the National Assembly Vuong Dinh Hue": the institution's last word is not the name's)
            institution = len(ent) >= 3 and start == ent.start and token.lower_ in institution_words()
            # ("Sultan bin Ahmed Al Jaber": a title word before "bin" is the given name of a patronymic)
            given_name = self.doc[start + 1].lower_ in ("bin", "ibn", "bint")
            if not given_name and (institution or fold(token.text) in titles or (token.text[:1].isupper() and self.country_code(token.text))):
                start += 1
                continue
            break
        if start == ent.end - 1 and (fold(self.doc[start].text) in titles or self.country_code(self.doc[start].text)):
            return self.doc[start:start]  # only titles and nationalities: "Emirati Sheikh"
        return ent if start == ent.start else self.doc[start:ent.end]

    def _register_handles(self) -> None:
        """Social-media handles that stand for a person: "@narendramodi", "@netanyahu", or an office's
        handle for its holder ("@POTUS" on the publication day)."""
        if "@" not in self.doc.text:
            return
        for token in self.doc:
            if not token.text.startswith("@") or len(token.text) < 4 or token.i in self._by_token:
                continue
            key = handle_key(token.text)
            office = office_handles().get(key)
            person = None
            if office is not None and self.published is not None:
                person = self._holder(office[0], office[1], self.published, mention=token.text)
            elif office is None and (named := self._handle_owner(key)) is not None:
                person = self._match_or_add(named, None, None, None, self.doc[token.i : token.i + 1])
            if person is not None:
                self._by_token[token.i] = person
                person.mentions.append(token.idx)

    def _handle_owner(self, key: str) -> str | None:
        """The office holder a handle names ("@narendramodi"), also with a short country or office tag after the
        name ("@ZelenskyyUa")."""
        index = self._handle_index()
        return next((index[k] for k in (key, key[:-2], key[:-3]) if len(k) >= 5 and k in index), None)

    def _handle_index(self) -> dict[str, str]:
        """Folded one-word forms of every office holder's name and aliases -> the canonical name."""
        return _handle_index(self.kb)

    def _cut_at_clause(self, ent: Span) -> Span:
        """The name without what the tagger ran on into: "Pavlo Klimkin - met" -> "Pavlo Klimkin", "Sadyr Japarov
        and" -> "Sadyr Japarov"."""
        for token in ent[1:]:
            if (token.text in ("-", "–", "—") and token.whitespace_) or (token.pos_ in ("VERB", "AUX") and token.is_lower):
                return self.doc[ent.start:token.i]
        end = ent.end
        while end - 1 > ent.start and self.doc[end - 1].is_lower and self.doc[end - 1].pos_ in ("CCONJ", "DET", "PUNCT"):
            end -= 1
        return self.doc[ent.start:end]

    def _with_given_name(self, ent: Span) -> Span:
        """ "Gilberto Teodoro", tagged as a place and a one-word person: a capitalised word right before a
        name that names no country or place is its given name."""
        if len(ent) == 0 or ent.start == 0:
            return ent
        before = self.doc[ent.start - 1]
        tagged_apart = before.ent_type_ in ("GPE", "ORG", "LOC", "NORP") and before.ent_iob_ == "B"
        # An untagged word is a given name before a one-word name ("London Mayor Sadiq Khan", only "Khan" tagged),
        # before a name that opens with an initial ("Antony J. Blinken", tagged from "J.") and right after a
        # leader's title ("Presidents Luiz Inácio Lula da Silva", tagged from "Inácio"); not before a place the
        # tagger took for a person ("Old Havana").
        opens_with_initial = len(ent[0].text.rstrip(".")) == 1 and ent[0].text[:1].isupper()
        after_title = (ent.start >= 2 and fold(self.doc[ent.start - 2].text) in _LEADER_TITLES_BEFORE_NAMES
                       and fold(before.text) not in _words_of_roles() and self._is_not_a_place(before.text))
        untagged = (not before.ent_type_ and (len(ent) == 1 or opens_with_initial or after_title) and not _is_calendar_word(before)
                    and self._is_not_a_place(ent.text))
        # (not the last word of a longer name: "Envoy to the Middle East Steve Witkoff")
        if (before.pos_ == "PROPN" and before.text[:1].isupper() and before.is_alpha and before.whitespace_
                and (tagged_apart or untagged) and not self.country_code(before.text)
                and fold(before.text) not in self._title_words() and (untagged or self._is_not_a_place(before.text))):
            return self.doc[ent.start - 1 : ent.end]
        return ent

    def _is_not_a_place(self, word: str) -> bool:
        try:
            return self.kb.resolve_place(word) is None
        except Exception:  # noqa: BLE001
            return True

    def _register_untagged_leaders(self) -> None:
        """Full names of known office holders that the tagger missed or mislabelled.

        The small English model tags "Macky Sall" as a facility and "Dakar" as
        a person now and then; a run of two or more proper nouns that is the
        full name of someone in the office tables is that person.
        """
        run: list[Token] = []
        for token in list(self.doc) + [None]:
            if (token is not None and (token.pos_ == "PROPN" or _APOSTROPHE_NAME.fullmatch(token.text)) and token.i not in self._by_token
                    and token.text[:1].isupper()):
                run.append(token)
                continue
            if (token is not None and run and token.lower_ in _NAME_PARTICLES and token.is_lower and token.i + 1 < len(self.doc)
                    and self.doc[token.i + 1].pos_ == "PROPN" and self.doc[token.i + 1].text[:1].isupper()
                    and self.doc[token.i + 1].i not in self._by_token):
                run.append(token)  # "Luiz Inacio Lula da Silva" mislabelled: the particle is inside the name
                continue
            if token is not None and run and run[-1].text == "-" and not run[-1].whitespace_ and token.is_alpha and token.is_lower:
                run.append(token)  # "Han Duck-soo": a Korean given name goes on in lower case after the hyphen
                continue
            if (token is not None and run and token.text == "-" and not token.whitespace_ and not run[-1].whitespace_
                    and fold(run[-1].text) not in self._title_words() | _HONORIFIC_TITLES):
                run.append(token)  # "Nana Akufo-Addo": the hyphen is inside the name (not "Secretary-General")
                continue
            while run and run[-1].text == "-":
                run.pop()
            if len(run) >= 2:
                self._try_run(run)
            elif len(run) == 1:
                self._try_single_name(run[0])
            elif token is not None and token.is_title and token.pos_ in ("VERB", "NOUN", "ADJ") and token.i not in self._by_token:
                # "Lula and Boric held a phone call": the tagger took the name for a verb.
                self._try_single_name(token)
            run = []

    def _try_single_name(self, token: Token) -> None:
        """A lone word the tagger missed that is the short name of exactly one person in office on the
        publication day ("Xi received Lula on Monday"), and names no place."""
        # (A name the tagger took for a nationality, "Putin and Pezeshkian", counts; real nationality words
        # are known to the country table and stop below.)
        if self.published is None or not (token.is_alpha or _APOSTROPHE_NAME.fullmatch(token.text)) or len(token.text) < 2 or _is_calendar_word(token):
            return
        if len(token.text) == 2 and not (token.pos_ == "PROPN" and token.text.istitle() and token.lower_ not in STOP_WORDS):
            return  # "Xi", "Li" are names; "In", "US", "UN" are not
        if token.ent_type_ in ("GPE", "LOC") and token.pos_ != "PROPN":
            return  # a surname the tagger took for a place ("met Biden in Ankara") is still a proper noun
        if token.pos_ != "PROPN" and token.lower_ in _COMMON_WORDS:
            return  # "Rice", "Brown", "Moon" as words
        if fold(token.text) in self._title_words() or self.country_code(token.text) or not self._is_not_a_place(token.text):
            return
        if token.i + 1 < len(self.doc) and self.country_code(f"{token.text} {self.doc[token.i + 1].text}"):
            return  # "Costa Rican President Rodrigo Chaves": the first word of a nationality, not Costa the man
        terms = [t for t in self._lookup(token.text, None) if t.covers(self.published)]
        if len({t.name for t in terms}) != 1:
            return
        person = self._match_or_add(token.text, None, None, None, self.doc[token.i : token.i + 1])
        if person is not None:
            self._by_token[token.i] = person
            person.mentions.append(token.idx)

    def _try_run(self, run: list[Token]) -> None:
        # A title then a name the tables do not know: "NSA Ajit Doval" (tagged as an organisation).
        leading = 0
        # (and an institution's last word after them: "National Assembly Vuong Dinh Hue")
        while leading < len(run) and (fold(run[leading].text) in self._title_words()
                                      or leading > 0 and run[leading].lower_ in institution_words()):
            leading += 1
        # Honorifics alone are no name ("Prime Minister Datuk Seri Dr" before the tagged "Anwar Ibrahim").
        honorifics_only = all(fold(t.text).rstrip(".") in _HONORIFIC_TITLES for t in run[leading:])
        if 0 < leading <= len(run) - 2 and not honorifics_only and all(t.is_title or t.is_upper is False for t in run[leading:]):
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
        # Try the longest tail first: "President Macky Sall" -> "Macky Sall"; then the last word
        # alone ("Prime Minister KISHIDA").
        if fold(run[-1].text) not in self._title_words() and all(
                fold(t.text) in self._title_words() or fold(t.text).rstrip(".") in _HONORIFIC_TITLES for t in run[:-1]):
            # (also after an honorific: "Mr Albanese", whom the tagger took for a nationality)
            self._try_single_name(run[-1])
            if run[-1].i in self._by_token:
                return
        if (len(run) % 2 == 1 and len(run) >= 3 and all(t.text == "-" for t in run[1::2])
                and not self._lookup(self.doc[run[0].i : run[-1].i + 1].text, None)):
            # "the Ruto-Modi talks", "a Biden-Xi summit", "the Sisi-Mitsotakis-Christodoulides summit": short
            # names joined by hyphens, no one's full name.
            for name in run[::2]:
                self._try_single_name(name)
            if all(name.i in self._by_token for name in run[::2]):
                return
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
            for ent in entities(self.doc):
                if ent.label_ in ("GPE", "NORP"):
                    code = self.country_code(ent.text)
                    if code:
                        counts[code] = counts.get(code, 0) + 1
            self._mentioned = counts
        return self._mentioned

    def _role_text(self, tokens: list[Token], singular: bool = False) -> str:
        """Lower-case words of a role phrase without nationality words: "head of Ukrainian diplomacy"
        reads "head of diplomacy", "then-president" reads "president"; with `singular`, "foreign
        ministers" reads "foreign minister"."""
        kept = []
        for token in tokens:
            if token.ent_type_ in ("NORP", "GPE") and self.country_code(token.text):
                continue
            kept.append(token.lemma_.lower() if singular and token.tag_ == "NNS" else token.lower_)
        return " ".join(kept).replace("then-", "").replace("-", " ").replace("  ", " ")

    def _title_words(self) -> frozenset[str]:
        return _words_of_roles()

    def _find_more_mentions(self) -> None:
        """Mentions of registered people that the named-entity tagger missed.

        The small English model drops a name now and then ("The last time Xi
        Jinping traveled ..."); a capitalised token equal to a registered
        person's surname (or a run equal to the full name) is that person.
        """
        by_surname: dict[str, list[Person]] = {}
        for person in self.people:
            parts = fold(person.name).split()
            # The surname, and the first name for names usually shortened to it ("Abiy" for Abiy Ahmed).
            keys = {parts[-1], parts[0]} if len(parts) > 1 else set(parts)
            # The tables' one-word forms too: "Marrero" for Manuel Marrero Cruz, whose name ends in a second surname.
            keys |= {fold(alias) for term in person.terms for alias in term.aliases if len(fold(alias).split()) == 1}
            for key in keys:
                # Two-letter surnames count ("Xi", "Li" once the article has named them in full), but not
                # name particles and short words.
                if len(key) < 2 or key in _NAME_PARTICLES or key in STOP_WORDS:
                    continue
                by_surname.setdefault(key, [])
                if person not in by_surname[key]:
                    by_surname[key].append(person)
        for token in self.doc:
            if token.i in self._by_token or not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN", "ADJ", "VERB", "ADV"):
                continue  # (an adverb too: "Yoon last held a summit", the name taken for one)
            person = _named_last_before(by_surname.get(fold(token.text), []), token.idx)
            if person is None or (len(token.text) == 2 and not token.text.istitle()):
                continue  # "XI" is a numeral, "Xi" a name
            previous = self._by_token.get(token.i - 1) if token.i > 0 and self.doc[token.i - 1].pos_ == "PROPN" else None
            if previous is not None and previous is not person:
                continue  # "Gurbanguly Berdimuhamedov": the surname ends the name begun before it, not his son's
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

    def _full_name_span(self, ent: Span) -> Span:
        """The whole name where the tagger stopped short: "Yoon Suk-yeol" (at the hyphen), "Ursula von
        der Leyen" (at the particle)."""
        doc = ent.doc
        end = ent.end
        if ent[-1].text in ("'", "’") and end + 2 < len(doc) and doc[end].lower_ in _NAME_PARTICLES and doc[end + 1].text == "-":
            # "Rashad Muhammad' al-Alimi": a transliteration's apostrophe (an ayn or hamza), not a quote, ends no name
            end += 1
            ent = doc[ent.start:end]
        while end < len(doc):
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha:
                end += 2
                continue
            if (end + 2 < len(doc) and doc[end].lower_ in _NAME_PARTICLES and doc[end + 1].text == "-" and not doc[end].whitespace_
                    and not doc[end + 1].whitespace_ and doc[end + 2].text[:1].isupper() and doc[end + 2].is_alpha):
                end += 3  # "Abdel Fattah" tagged, "el-Sissi" left out: a hyphened particle and its word
                ent = doc[ent.start:end]
                continue
            if ent[-1].lower_ in _NAME_PARTICLES or (doc[end].lower_ in _NAME_PARTICLES and end + 1 < len(doc)):
                # "von", "der", "bin", "al": carry on to the capitalised word after the particles.
                j = end
                while j < len(doc) and doc[j].lower_ in _NAME_PARTICLES:
                    j += 1
                if j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN" and j > end - (1 if ent[-1].lower_ in _NAME_PARTICLES else 0):
                    end = j + 1
                    ent = doc[ent.start:end]
                    continue
            break
        # "Pham Minh" tagged, "Chinh" left out: a longer run that is an office holder's full name.
        for extra in (1, 2):
            stop = end + extra
            if stop > len(doc) or not all((t.pos_ == "PROPN" or _APOSTROPHE_NAME.fullmatch(t.text)) and t.text[:1].isupper()
                                          for t in doc[end:stop]):
                break
            longer = doc[ent.start:stop]
            terms = self._lookup(longer.text, None)
            if terms and fold(terms[0].name) == fold(longer.text):
                return longer
        # "Hardeep Singh" tagged, "Puri" left out: a capitalised proper noun right after the name,
        # that names no place, month or weekday, is the name's last part.
        if end < len(doc) and ent.end - ent.start >= 2:
            following = doc[end]
            # ("Umaru Musa" tagged, "Yar'Adua" left out: an apostrophe inside a capitalised word is the name's)
            inner_apostrophe = _APOSTROPHE_NAME.fullmatch(following.text) is not None
            if ((following.pos_ == "PROPN" or inner_apostrophe) and following.text[:1].isupper() and (following.is_alpha or inner_apostrophe)
                    and (not following.ent_type_ or inner_apostrophe)
                    and not doc[end - 1].whitespace_ == "" and not self.country_code(following.text)
                    and doc[end - 1].tag_ != "POS"):  # ("Katherine Tai's Participation": the name ended)
                return doc[ent.start:end + 1]
        return doc[ent.start:end]

    @staticmethod
    def _clean_name(ent: Span) -> str:
        tokens = [t for t in ent if t.text not in ("'s", "’s", "'", "’") and t.lower_.rstrip(".") not in _HONORIFICS]
        # ("the Hon Anthony Albanese MP": a style before the name, letters after it; not "the King of Bahrain")
        if len(ent) > 1 and ent[0].lower_ == "the" and ent[1].lower_.rstrip(".") in _HONORIFICS:
            tokens = [t for t in tokens if t.i != ent[0].i]
        while len(tokens) > 1 and tokens[-1].text.rstrip(".").upper() in _POST_NOMINALS and tokens[-1].text.rstrip(".").isupper():
            tokens = tokens[:-1]
        name = " ".join(t.text for t in tokens).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
        name = _TITLE_PREFIX.sub("", name).strip(" ,.;:\"“”")
        return name

    def _title_context(self, ent: Span) -> tuple[str | None, str | None, str | None]:
        """Role, office and country that the words around a name give."""
        words: list[Token] = []
        # Left: "US President", "Chinese Foreign Minister", "Prime Minister", "then-president".
        i = ent.start - 1
        while i >= ent.sent.start and len(words) < TITLE_REACH_TOKENS:
            token = self.doc[i]
            if token.is_punct and token.text not in ("-", "."):
                break
            # ("Chinese Ambassador to Nairobi Zhou Pingjian", "Special Representative of the European Union for
            # Central Asia Terhi Hakala": a title with its post and its articles goes on.)
            posted = token.lower_ in ("to", "for") and self._title_word_before(i, ent.sent.start)
            if token.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "NUM") and token.lower_ != "of" and not posted:
                break
            if token.pos_ == "DET" and not (i - 1 >= ent.sent.start and self.doc[i - 1].lower_ in ("of", "to", "for")
                                            and self._title_word_before(i - 1, ent.sent.start)):
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
        shared_role: list[Token] = []
        apposed = _first_conjunct(root)
        if _names_after_comma(apposed) and apposed.head.i < ent.start:
            before = [t for t in apposed.head.subtree if apposed.head.left_edge.i <= t.i < min(ent.start, apposed.left_edge.i)]
            # ("His Majesty the Sultan and Jordan's King Abdullah II": what comes before an "and" is another's.)
            joins = [index for index, t in enumerate(before) if t.dep_ == "cc"]
            before = before[joins[-1] + 1:] if joins else before
            if apposed.head.tag_ in ("NNS", "NNPS"):
                # "The foreign ministers, Ana Ruiz and Omar Haddad, met": each name holds the role; a
                # country in the phrase ("of Chile and Peru") is not each one's.
                shared_role = before
            else:
                words.extend(before)
        for child in root.children:
            # "Wang Yi, a Chinese diplomatic official" is a title; "Isaias, the first visit by an
            # Ethiopian leader" is not: only an apposed role noun speaks of the person.
            if child.dep_ == "appos" and child.i > ent.end - 1 and self._role_pattern.search(self._role_text(list(child.subtree))):
                words.extend(t for t in child.subtree)
            # "Foreign Minister Qin Gang of China"
            if child.dep_ == "prep" and child.lower_ == "of":
                words.extend(t for t in child.subtree)
        if not self._role_pattern.search(self._role_text(words)):
            words.extend(self._title_after_comma(ent))
        role = office = None
        lowered = self._role_text(words) or self._role_text(shared_role, singular=True)
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

    def _title_word_before(self, i: int, start: int) -> bool:
        """Whether a title word ("Representative", "Minister") stands shortly before token `i`, with no verb or
        punctuation between: the preposition at `i` is then inside the title."""
        for token in reversed(self.doc[max(start, i - TITLE_POST_REACH_TOKENS): i]):
            if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text not in ("-", ".")):
                return False
            if self._role_pattern.fullmatch(token.lower_):
                return True
        return False

    def _title_after_comma(self, ent: Span) -> list[Token]:
        """ "Mr. Nguyen Ba Hung, Ambassador of Vietnam to the Lao PDR, who ...": a role phrase right after
        the name and a comma, up to the next comma, semicolon or verb, whatever the parser made of it."""
        doc = self.doc
        if ent.end + 1 >= ent.sent.end or doc[ent.end].text != ",":
            return []
        phrase: list[Token] = []
        for token in doc[ent.end + 1 : min(ent.end + 1 + ROLE_PHRASE_TOKENS, ent.sent.end)]:
            if token.text in (",", ";", ")") or token.pos_ in ("VERB", "AUX") or token.lower_ in ("who", "which", "that"):
                break
            phrase.append(token)
        return phrase if phrase and self._role_pattern.search(self._role_text(phrase[:4])) else []

    def _office_for_title(self, title: str, country: str | None) -> str | None:
        try:
            return self.kb.office_for_title(title, country)
        except Exception:  # noqa: BLE001 - a knowledge gap must not stop extraction
            return None

    def _country_in(self, tokens: list[Token]) -> str | None:
        """The first country or nationality word among `tokens` ("Chinese", "U.S.", "South Korean")."""
        texts = [t.text for t in tokens]
        # Longest first: "the People's Republic of China" is China, "Republic of China" Taiwan, and "Democratic
        # People's Republic of Korea" (six tokens) the North.
        for size in (6, 5, 4, 3, 2, 1):
            for start in range(0, len(texts) - size + 1):
                phrase = " ".join(texts[start : start + size]).replace(" - ", "-").replace(" 's ", "'s ").replace(" ’s ", "’s ")
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
        # Where a bare "Kim" fits several (Kim Jong Un, then-President Kim Dae-jung), the one the
        # story is about, named most often so far, is meant.
        matches = []
        regnal = len(_without_regnal_number(tokens)) < len(tokens)
        tokens = _without_regnal_number(tokens)  # "Abdullah II" is the "King Abdullah" named before
        for person in self.people:
            known = _without_regnal_number(fold(person.name).split())
            reigning = len(known) < len(fold(person.name).split())
            if regnal and not reigning and len(known) > 1:
                continue  # (but not Sheikh Abdullah bin Zayed: a regnal number names a monarch of that name)
            # (a single word is a first or last name, or a particle-led family name - not a middle name:
            # "Sheikh Mohamed" is not Khaled Mohamed Balama)
            # (a middle name with the same title is the one named before: "President Samia Suluhu Hassan ...
            # President Suluhu")
            same_title = bool(role and person.role and fold(role) == fold(person.role)) or bool(
                office and office not in ("top", "counterpart", "official") and person.office == office)
            one_word = len(tokens) == 1 and (tokens[0] in (known[0], known[-1]) or tokens[0] in known[1:-1] and (len(known) > 3 or same_title))
            if folded == fold(person.name) or one_word or (
                len(tokens) > 1 and tokens[-1] == known[-1] and tokens[0][:1] == known[0][:1]
            ) or _is_part_of(tokens, known):
                if country and person.country and country != person.country:
                    continue
                if folded == fold(person.name):
                    matches = [person]
                    break
                matches.append(person)
        if matches:
            person = max(matches, key=lambda p: (len(p.mentions), -p.first_char))
            if role and not person.role:
                person.role, person.office = role, office
            return person
        terms = self._lookup(name, country)
        # "Mohammed bin Salman bin Abdulaziz Al Saud": an Arabic name given with more of its lineage than the
        # tables hold; try it cut before each later "bin" or "Al".
        words = name.split()
        lineage = not terms and bool({"bin", "ibn"} & set(fold(name).split()))
        for cut in [i for i in range(len(words) - 1, 1, -1) if fold(words[i]) in ("bin", "al", "ibn")] if lineage else []:
            terms = self._lookup(" ".join(words[:cut]), country)
            if terms:
                tokens = fold(" ".join(words[:cut])).split()
                break
        # "Prime Minsiter Narendra Modi": a misspelt title glued to the name; try the name's tail,
        # dropping only words that look like a title.
        for start in range(1, len(name.split()) - 1):
            if terms or not _looks_like_title(name.split()[start - 1]):
                break
            tail = " ".join(name.split()[start:])
            terms = self._lookup(tail, country)
            if terms:
                tokens = fold(tail).split()
        # "Muhammad Shehbaz Sharif": a first given name the tables leave out (not a lineage: "Salman bin Hamad").
        words = name.split()
        if not terms and len(words) >= 3 and not {"bin", "ibn", "bint", "al"} & set(fold(name).split()):
            tail = " ".join(words[1:])
            found = [t for t in self._lookup(tail, country) if fold(t.name) == fold(tail)]
            if len({t.name for t in found}) == 1:
                terms, tokens = found, fold(tail).split()
        # A bare surname is only taken from the tables when it names one person in office (with the title
        # the text gives, if any: "King Abdullah" is the king).
        if terms and len(tokens) == 1 and len({t.name for t in terms}) > 1:
            terms = [t for t in terms if self.published is None or t.covers(self.published)]
            if role and len({t.name for t in terms}) > 1:
                terms = [t for t in terms if t.title.lower() == role.lower()] or terms
            if len({t.name for t in terms}) > 1:
                # (of two kings named Abdullah, the one whose country the article names)
                mentioned = self._countries_mentioned()
                terms = [t for t in terms if mentioned.get(t.country, 0) > 0] or terms
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
                else:
                    # ... or, with none named, the realm of the person's first office: their home.
                    term = self._home_term(terms)
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
            person = Person(name=_without_generational_suffix(name), country=country, role=role, office=office,
                            mention=ent.text, first_char=ent.start_char)
        self.people.append(person)
        return person

    def _home_term(self, terms):
        """Of one person's terms in several countries at once, the one in the country of their first office."""
        try:
            history = sorted(self.kb.terms_of(terms[0].name), key=lambda t: t.start)
        except Exception:  # noqa: BLE001 - a knowledge gap must not stop extraction
            history = []
        home = next((t.country for t in history), None)
        return next((t for t in terms if t.country == home), terms[0])

    def _roles_served_as(self) -> None:
        """ "Mr Alckmin has already acted as Lula's envoy": a role the person is said to act or serve in,
        for someone named without a title."""
        for token in self.doc:
            person = self._by_token.get(token.i)
            if person is None or person.role or token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            for prep in (c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "as"):
                for role_noun in (c for c in prep.children if c.dep_ == "pobj"):
                    role = self._role_pattern.fullmatch(role_noun.lemma_.lower())
                    if role is None:
                        continue
                    person.role = role.group(1).title()
                    person.office = self._roles[role.group(1)]
                    boss = next((self._by_token.get(c.i) for c in role_noun.children if c.dep_ == "poss"), None)
                    if person.country is None and boss is not None:
                        person.country = boss.country  # "Lula's envoy" is Brazil's

    def person_at(self, token: Token) -> Person | None:
        """The named person a token belongs to, if any."""
        return self._by_token.get(token.i)


# How many words before a name its title may take: "Special Representative of the European Union for
# Central Asia" is ten.
TITLE_REACH_TOKENS = 12
# How far back from a preposition a title word may stand for the preposition to be inside the title:
# "Deputy Minister of Foreign Affairs of the Russian Federation" is six tokens from "Minister" to "the".
TITLE_POST_REACH_TOKENS = 8




# A capitalised word with an apostrophe inside: "Yar'Adua", "D'Alema", "O'Neill" (not "Kenya's").
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]*['’][A-Z][a-z]+")


def _without_generational_suffix(name: str) -> str:
    """ "Lloyd J. Austin III" -> "Lloyd J. Austin": the usual reference name goes without the suffix that tells a
    father from a son."""
    words = name.split()
    while len(words) > 2 and fold(words[-1]) in NAME_SUFFIXES:
        words = words[:-1]
    return " ".join(words).rstrip(",")


def _without_regnal_number(tokens: list[str]) -> list[str]:
    """ "abdullah ii" -> "abdullah": a monarch's number is left off as often as not."""
    return tokens[:-1] if len(tokens) > 1 and tokens[-1] in REGNAL_NUMBERS else tokens


def _named_last_before(people: list[Person], char: int) -> Person | None:
    """Of the people a bare name part may stand for, the one meant: the only one, or, where two share it
    (Wang Wentao and Wang Yi), the one named last before it. With none named before, it is left alone."""
    if len(people) == 1:
        return people[0]
    before = [(max(c for c in (person.first_char, *person.mentions) if c < char), index)
              for index, person in enumerate(people) if any(c < char for c in (person.first_char, *person.mentions))]
    return people[max(before)[1]] if before else None


def _first_conjunct(token: Token) -> Token:
    """The first of the names joined by "and" that `token` belongs to ("Faria" in "Leyva and Faria"),
    short of a plural noun they are set after ("the foreign ministers, Leyva and Faria")."""
    while token.dep_ == "conj" and token.head.i < token.i and not _names_after_comma(token):
        token = token.head
    return token


def _names_after_comma(token: Token) -> bool:
    """Whether a name stands in apposition to the noun before it: "Wang Yi, a diplomat", or "the foreign
    ministers, Leyva and Faria", which the parser may read as a conjunct of the plural noun."""
    if token.dep_ == "appos":
        return True
    head = token.head
    return (token.dep_ == "conj" and head.tag_ in ("NNS", "NNPS") and head.i + 1 < len(token.doc)
            and token.doc[head.i + 1].text == "," and head.i + 2 == token.left_edge.i)


@lru_cache(maxsize=2)
def _handle_index(kb) -> dict[str, str]:
    index: dict[str, str] = {}
    for term in kb.terms:
        for form in (term.name, *term.aliases):
            key = handle_key(form)
            if len(key) >= 4:
                index.setdefault(key, term.name)
    return index


@lru_cache(maxsize=1)
def _words_of_roles() -> frozenset[str]:
    """Every word of the role phrases ("head", "of", "state"): asked for per token, built once per process."""
    return frozenset(part for phrase in role_words() for part in phrase.split())
