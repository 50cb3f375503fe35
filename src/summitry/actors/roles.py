"""Turning a noun phrase into the people it denotes.

Reads: the name registry of an article and the knowledge base. Adds:
resolution of names, roles ("the Chinese leader", "his Ivorian
counterpart", "the presidents of Ghana and Togo"), pronouns and groups ("the
two leaders") to people, and the office holder of the day where the text
names none.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from ..spans import entities, sentences
from ..temporal.context import number_of
from .people import (
    LIST_DASHES,
    GROUP_NOUNS,
    HONORIFIC_NOUNS,
    _GROUP_PRONOUNS,
    _GROUP_WORDS,
    LEADER_OFFICES,
    _MONARCH_TITLES,
    _SINGLE_PRONOUNS,
    ROLE_NAME_REACH_CHARS,
    Person,
    fold,
    leading_offices,
    regions,
)


# Nouns for the states of a region: "the leaders of the Baltic states".
_REGION_NOUNS = {"state", "country", "nation", "republic", "neighbour", "neighbor"}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _number(token: Token) -> int | None:
    return int(token.text) if token.text.isdigit() else _NUMBER_WORDS.get(token.lower_)


# Verbs that attribute a quote to its speaker.
_SAYING_VERBS = {"say", "post", "tweet", "write", "tell", "add", "declare", "state", "note", "announce"}


# How far before a name the title it was introduced with may start: "General Secretary of the Communist Party of
# Vietnam (CPV) Central Committee Nguyen Phu Trong" is 80 characters.
INTRODUCTION_REACH_CHARS = 90

# Nouns of a time that may open a sentence: "The following day he was received by ...".
_TIME_NOUNS = {"day", "week", "morning", "afternoon", "evening", "night", "month", "year"}

# How many sentences back "the four leaders" may find the four named together.
GROUP_REACH_SENTENCES = 6


class RoleResolver:
    """Role, pronoun and group resolution (the second half of `ArticleActors`)."""

    def person_for_term(self, term, mention: str) -> Person:
        for person in self.people:
            if person.name == term.name:
                return person
        for person in self.people:
            if _same_person_spelt_otherwise(person, term):
                return person  # "Serdar Berdimuhamedov" in the text, "Serdar Berdimuhamedow" in the tables
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
        if lower in HONORIFIC_NOUNS and any(child.lower_ in ("his", "her") for child in token.children) and not self._named_after(token):
            honoured = self._honoured_before(token)
            if honoured is not None:
                return [honoured]  # "His Highness exchanged greetings with ...": the one styled so before
        if token.pos_ == "PRON" and lower in ("i", "me", "my"):
            speaker = self._speaker(token, on, other)
            return [speaker] if speaker is not None else []
        if token.pos_ == "PRON" and lower in _SINGLE_PRONOUNS | _GROUP_PRONOUNS:
            # ("US" the country is not "us" the pronoun.)
            if lower in _GROUP_PRONOUNS:
                # "Xi listens to Putin during their meeting": the people of the same sentence.
                here = self.people_in_sentence_before(token)
                if len(here) >= 2:
                    return here
                leader = self.group_leader_before(token)
                if leader is not None:
                    return [leader]  # "Ramaphosa led a delegation to Kyiv, where they met Zelensky"
                if self._unnamed_group_subject(token):
                    return []  # "Regional leaders awaited the summit, hoping to get their first talks with him"
                # (in office at the time spoken of: not "his predecessor, Scott Morrison", for a 2023 meeting)
                return list(group or self._recent_pair(token.idx, when=on or self.published))
            bound = self._clause_subject(token, on, other) or self._topic(token, on, other)
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
        if token.tag_ in ("NNS", "NNPS") and lower.rstrip("s") in self._roles or lower in ("leaders", "presidents", "premiers", "counterparts") or _heads_of(token):
            plural = self._plural_role(token, on)
            if plural:
                return plural
        if lower in ("last", "first", "previously") and any(c.dep_ == "nummod" and c.lower_ in ("two", "three") for c in token.children):
            # "The two last met in Bali": the parser made the adverb the head of "the two"
            lower = next(c.lower_ for c in token.children if c.dep_ == "nummod")
        size = number_of(lower) if lower not in ("one", "a", "an") else None
        if size and size >= 3 and size == int(size) and token.pos_ == "NUM" and any(c.lower_ in ("the", "all") for c in token.children):
            # "The three met again in Oslo", "all four agreed": the ones just named together, so many of them.
            together = self._named_together(token, int(size))
            if together:
                return together
        if lower in _GROUP_WORDS:
            modifiers = [t for t in token.children if t.dep_ in ("det", "nummod", "amod", "compound", "predet", "quantmod")]
            counts = [number_of(t.text) for t in modifiers if t.dep_ == "nummod"]
            if counts and counts[0] and counts[0] >= 3 and counts[0] == int(counts[0]):
                # "The four leaders met instead in Hiroshima": the four just named together.
                together = self._named_together(token, int(counts[0]))
                if together:
                    return together
            # "the two leaders", "both presidents", and "the two" or "both" standing alone.
            # ("the pair", "the duo", "the trio" count their members themselves)
            numbered = any(t.lower_ in ("two", "both", "three") for t in modifiers) or lower in ("two", "both", "pair", "duo", "trio")
            bare = all(t.lower_ == "the" for t in modifiers) and lower in ("leaders", "presidents", "sides")
            if numbered or (bare and modifiers):
                if token.dep_ in ("dobj", "pobj", "dative") and count_of_two(modifiers, lower):
                    # "Trump spoke to both leaders by phone": the two a sentence before named together ("spoke
                    # with Hun Manet and Phumtham"), not the pair of the encounter in focus.
                    together = self._coordinated_pair_before(token)
                    if together:
                        return together
                    if other:
                        # "Erdogan spoke with Abiy on Monday and with Hassan on Tuesday. On Wednesday he hosted
                        # both leaders": the two named last besides the one who hosts them.
                        # (none of the host's own country; "leaders" are heads of state or government)
                        home = {p.country for p in other if p.country}
                        pair = self._recent_pair(token.idx, when=on or self.published, leaders_only=lower in ("leaders", "presidents", "heads", "premiers"),
                                                 exclude=[p for p in self.people if p in other or p.country in home])
                        if pair:
                            return pair
                if lower in ("leaders", "presidents", "heads", "premiers"):
                    # "the two leaders" are heads of state or government, not the foreign minister in focus.
                    # (in office at the time spoken of: not "then-President Trump", hosting in 2019, for a 2023 meeting)
                    when = on or self.published
                    named_here = [p for p in self.people_in_sentence_before(token) if p.office in LEADER_OFFICES]
                    clause = token.head
                    if (len(named_here) == 2 and named_here[0].country != named_here[1].country and token.dep_ == "nsubj"
                            and clause.dep_ in ("relcl", "advcl", "ccomp", "conj")
                            and not any(self.person_at(t) in named_here for t in clause.subtree)):
                        # "Trump rolled out the red carpet for Putin in Anchorage, where the two leaders talked":
                        # the two leaders of its own sentence, not the pair the story is about.
                        return [self._then(p, when) for p in named_here]
                    leaders = [self._then(p, when) for p in (group or []) if p.office in LEADER_OFFICES]
                    if len(leaders) < 2:
                        leaders = [self._then(p, when) for p in (self.leader_group or [])]
                    return leaders if len(leaders) >= 2 else self._recent_pair(token.idx, leaders_only=True, when=when)
                count = 3 if any(t.lower_ == "three" for t in modifiers) or lower == "trio" else 2
                here = self.people_in_sentence_before(token)
                if len(here) == count and lower in ("two", "both", "three", "sides", "men", "women", "ministers", "pair", "duo", "trio"):
                    return here  # "a meeting between Rubio and Lavrov was shelved after the two spoke by phone"
                if group and len(group) > count:
                    # "Macron and Scholz met Zelensky in Kyiv. The two held a call with Putin": the two who
                    # were the subject before, not all three.
                    subjects = self._subjects_before(token)
                    if len(subjects) == count:
                        return subjects
                # (in office at the time spoken of: not "his predecessor, Scott Morrison", for a 2023 meeting)
                return list(group or self._recent_pair(token.idx, when=on or self.published))
        # "a meeting between India and Japan": a country stands for its leader at a summit.
        if as_leaders and token.pos_ == "PROPN" and (on or self.published):
            code = self.country_code(token.text)
            if code:
                terms = self.leader_terms(code, on or self.published)
                if terms:
                    return [self.person_for_term(terms[0], token.text)]
        # "his Chinese counterpart", "the Chinese leader", "the US president", "China's president".
        # The longest role phrase wins, except that the head noun's own role beats a possessor's title:
        # "President Moon's envoys" are envoys.
        match = None
        head_role = token.lemma_.lower() if token.lemma_.lower() in self._roles else None
        if head_role is None and not self.is_role_noun(token):
            # "with Polish Prime Minister Donald Tusk, whose country borders Russia's Kaliningrad exclave", parsed with
            # "exclave" as the head: a person named as the subject inside the phrase is the one meant, not a title
            # pieced together from its words
            named = [p for t in token.children if t.dep_ in ("nsubj", "nsubjpass") and (p := self.person_at(t)) is not None]
            if len(named) == 1:
                return named
            # ("Democratic Republic of the Congo President Felix Tshisekedi": the title after a country's name
            # belongs to the name that follows it, not to the country's words)
            if any(self.person_at(t) is not None for t in following):
                return []
            # ("welcomed President López Obrador's offer": a possessor's title makes no one of what he owns)
            owned = {t.i for c in token.children if c.dep_ == "poss" for t in c.subtree}
            if owned:
                phrase = self._role_text([t for t in phrase_tokens if t.i not in owned] + following[:4])
        for candidate in self._role_pattern.finditer(phrase):
            if head_role is not None and candidate.group(1) != head_role and not candidate.group(1).endswith(head_role):
                continue
            if match is None or len(candidate.group(1)) > len(match.group(1)):
                match = candidate
        introduced = self._introduced_as(token, phrase_tokens, other)
        if introduced is not None and (match is None or len(match.group(1).split()) < len([t for t in phrase_tokens if t.dep_ != "det"])):
            # "General Secretary ... Nguyen Phu Trong received Blinken ... the General Secretary said": the title a
            # person was introduced with, where the tables' offices know it less well
            return [introduced]
        if match is None or not token.pos_ in ("NOUN", "PROPN"):
            return []
        office = self._roles[match.group(1)]
        if office == "not_official":
            return []
        country = (self._country_in([t for t in phrase_tokens if t.i != token.i] + [c for t in token.children if t.dep_ == "prep" and t.lower_ == "of" for c in t.subtree])
                   or self._country_in(following) or self._conjunct_country(token) or self._their_country(token)
                   or self._seat_before(token))
        if office == "counterpart":
            if country is None:
                return []
            office = (other[0].office if other and other[0].office in ("head_of_state", "head_of_government", "foreign_minister") else "top")
        if country is None and self.home is not None and _is_the_visiting(token):
            # "ALGIERS - ... talks with Russian Foreign Minister Lavrov ... The visiting minister was later received by
            # the President": the foreign official of that office named last.
            visitor = self._visitor_before(token, office, other)
            if visitor is not None:
                return [visitor]
        local = country is None and self.home is not None and head_role is not None and _is_definite(token)
        if local:
            # "PUTRAJAYA - Anwar hosted Hun Manet and acting Prime Minister Phumtham ... The prime minister said":
            # in a local report the country's own, once the story has named them, whoever was named last.
            own = [p for p in self.people if p.country == self.home and p.office == office and p is not None
                   and p not in (other or []) and any(c < token.idx for c in p.mentions)]
            if len(own) == 1:
                return [own[0]]
        # "NAIROBI — The president received Wang Yi": in a local report, the country's own - after anyone
        # named before, and before anyone named just after ("The president will host Ruto").
        found = self._person_in_role(country, office, token.idx, exclude=other, on=on, ahead=not local, title=match.group(1),
                                     bare=_is_bare_title(token))
        if found is None and local:
            country = self.home
        if found is None and country is not None:
            found = self._holder(country, office, on or self.published, mention=token.text, title=match.group(1))
        return [found] if found else []

    def _introduced_as(self, token: Token, phrase_tokens: list[Token], other) -> Person | None:
        """The one person introduced before with the title a definite phrase repeats ("the General Secretary")."""
        words = [t.lower_ for t in phrase_tokens if t.dep_ != "det"]
        if (len(words) < 2 or not any(t.dep_ == "det" and t.lower_ == "the" for t in phrase_tokens) or token.pos_ not in ("NOUN", "PROPN")
                or not self.is_role_noun(token) or token.tag_ in ("NNS", "NNPS") or token.ent_type_ in ("GPE", "LOC", "NORP", "ORG", "FAC")):
            return None
        text = self.doc.text.lower()
        found = []
        for person in self.people:
            if other and person in other or not person.is_official:
                continue
            for start in (c for c in person.mentions if c < token.idx):
                before = text[max(0, start - INTRODUCTION_REACH_CHARS):start]
                if all(re.search(rf"\b{re.escape(word)}\b", before) for word in words):
                    found.append(person)
                    break
        return found[0] if len(found) == 1 else None

    def is_role_noun(self, token: Token) -> bool:
        """Whether a noun names a role ("minister", "prime minister", "speaker")."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        head_words = {phrase.split()[-1] for phrase in self._roles}
        return token.lemma_.lower() in head_words or token.lower_.rstrip("s") in head_words

    def holder_of_role_in(self, token: Token, country: str, on: date | None) -> Person | None:
        """The holder, in `country`, of the office a bare role noun names ("The President received Abiy at
        State House, Nairobi": Kenya's president)."""
        office = self._roles.get(token.lemma_.lower()) or self._roles.get(token.lower_)
        if office in (None, "official", "not_official", "counterpart"):
            return None
        return self._holder(country, office if office != "top" else "top", on or self.published, mention=token.text)

    def _seat_before(self, token: Token) -> str | None:
        """ "the Kremlin chief", "the Elysee leader": a seat of government naming the role's country."""
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.pos_ == "PROPN":
                try:
                    code = self.kb.metonym(child.text)
                except Exception:  # noqa: BLE001
                    code = None
                if code:
                    return code
        return None

    def _their_country(self, token: Token) -> str | None:
        """ "Ugandan officials said their president would host Magufuli": "their" (or "its") stands for a
        group of the country named just before in the sentence."""
        if not any(child.dep_ == "poss" and child.lower_ in ("their", "its") for child in token.children):
            return None
        for noun in reversed(token.sent[: token.i - token.sent.start]):
            if noun.pos_ == "NOUN" and noun.tag_ in ("NNS", "NN"):
                code = self._country_in([t for t in noun.lefts])
                if code:
                    return code
        return None

    def _conjunct_country(self, token: Token) -> str | None:
        """ "the Laotian president, prime minister and assembly speaker": a role conjoined with a first
        one takes its nationality, unless it opens a phrase of its own ("and the chancellor")."""
        if token.dep_ not in ("conj", "appos"):
            return None
        if any(child.dep_ in ("det", "poss") for child in token.children):
            return None  # "the Chinese premier and the chancellor": a phrase of its own
        first = token
        while first.dep_ in ("conj", "appos") and first.head != first:
            first = first.head
        return self._country_in([t for t in first.lefts])

    def _visitor_before(self, token: Token, office: str, other) -> Person | None:
        """The official from abroad named last before the token whose office the role names (any minister for
        "minister")."""
        generic = token.lemma_.lower() == "minister"
        best = None
        for person in self.people:
            if not person.is_official or person.country in (None, self.home) or (other and person in other):
                continue
            if not (person.office == office or office in ("top", "official") or generic and (person.office or "").endswith("minister")):
                continue
            last = max((m for m in person.mentions if m < token.idx), default=None)
            if last is not None and (best is None or last > best[0]):
                best = (last, person)
        return best[1] if best else None

    def _unnamed_group_subject(self, token: Token) -> bool:
        """Whether a "they"/"their" stands for its own clause's subject, a group that names no one ("Regional
        leaders had awaited the summit, hoping to get their first talks with Albanese")."""
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        subject = next((c for c in _controlling_verb(verb).children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return (subject is not None and subject != token and _is_bare_plural(subject) and not subject.conjuncts
                and not self.resolve(subject))

    def _clause_subject(self, token: Token, on, other) -> Person | None:
        """ "he had shared information with Yoon about his visit": "his" is the subject's, not Yoon's."""
        if token.dep_ in ("nsubj", "nsubjpass"):
            return None
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        verb = _controlling_verb(verb)
        # (an object "him" is never its own clause's subject, which would be "himself": "Albanese has met Biden
        # several times, after which the President phoned him" - the subject of the clause it hangs on)
        object_pronoun = token.lower_ in ("him", "her") and token.dep_ in ("dobj", "dative", "pobj")
        for child in verb.children if not object_pronoun else ():
            if child.dep_ in ("nsubj", "nsubjpass") and child != token:
                found = self.resolve(child, on=on, other=other)
                if len(found) == 1 and found[0].is_official and not (other and found[0] in other):
                    return found[0]
        if object_pronoun and verb.dep_ in ("advcl", "relcl") and verb.head.pos_ in ("VERB", "AUX"):
            for child in verb.head.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    found = self.resolve(child, on=on, other=other)
                    if len(found) == 1 and found[0].is_official and not (other and found[0] in other):
                        return found[0]
        if object_pronoun and not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
            # "Modi spoke to Biden on Wednesday. [...] Putin and Meloni also called to congratulate him": the one the
            # story is about, not its own clause's subjects
            subjects = [p for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in [c, *c.conjuncts]
                        if (p := self.person_at(t)) is not None]
            # (only where its sentence names no one else before it: "since Turnbull met him", after "Mr Xi")
            named_before = {p.name for t in token.sent if t.i < token.i and (p := self.person_at(t)) is not None}
            found = self._topic_before(token.sent, on, other, 0) if named_before <= {p.name for p in subjects} else None
            if found is not None and found not in subjects:
                return found
        return None

    def _speaker(self, token: Token, on, other) -> Person | None:
        """Who "I" is: the one the quote is attributed to, in its sentence or the next ("'I thank PM
        @netanyahu for his call,' Modi posted on X.")."""
        sentence = token.sent
        candidates = [sentence]
        if sentence.end < len(self.doc):
            candidates.append(self.doc[sentence.end].sent)
        for span in candidates:
            for verb in span:
                if verb.lemma_.lower() not in _SAYING_VERBS:
                    continue
                subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
                if subject is not None:
                    found = self._one_official(subject, on, other, 0)
                    if found is not None:
                        return found
        return None

    def _topic(self, token: Token, on, other, depth: int = 0) -> Person | None:
        """What a subject "he" or "she" continues: the person the story is about at that point.

        Inside a subordinate clause, the main clause's subject ("The top Russian
        diplomat arrived from Caracas, where he met Maduro") or the possessor of
        the encounter the clause hangs on ("the Emir's visit to Cairo, during
        which he held talks with El-Sisi"); at the start of a sentence, the
        subject of the sentence before ("Lavrov arrived in Managua. He began
        his tour in Brasilia"), the name last mentioned being a worse guess
        than the topic kept from one sentence to the next.
        """
        if depth > 2 or token.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return None
        clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        # ("The following day he was received by Putin": a clause the parser hung on the time that opens the
        # sentence is the sentence itself)
        opening_time = clause is not None and clause.dep_ == "relcl" and clause.head.dep_ == "ROOT" and (
            clause.head.ent_type_ in ("DATE", "TIME") or clause.head.lemma_.lower() in _TIME_NOUNS)
        if clause is not None and clause.dep_ in ("relcl", "advcl", "ccomp") and clause.dep_ != "ccomp" and not opening_time:
            traveller = self._traveller_before(clause, on, other, depth) if clause.dep_ == "relcl" else None
            if traveller is not None:
                return traveller
            opened_by_participle = False
            for ancestor in clause.ancestors:
                for child in ancestor.children:
                    # (a named possessor: "the Emir's visit to Cairo, his first in years, during which he ...";
                    # "his" in between is the same person and tells nothing by itself)
                    if child.dep_ == "poss" and child.i < token.i and child.pos_ != "PRON":
                        found = self._one_official(child, on, other, depth)
                        if found is not None:
                            return found
                if ancestor.pos_ in ("VERB", "AUX"):
                    subject = next((c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")
                                    and (c.i < token.i or opened_by_participle)), None)
                    if subject is not None:
                        found = self._one_official(subject, on, other, depth)
                        # (a subject that is no one, "The next stop was Doha, where he held talks": the story's)
                        if found is not None or self.is_role_noun(subject) or subject.pos_ == "PROPN" or any(
                                self.person_at(t) is not None for t in token.sent if t.i < token.i):
                            return found
                        return self._topic_before(token.sent, on, other, depth)
                    if _opening_participle(ancestor):
                        # "Arriving from Brazzaville, where he was received by Sassou, Macron crossed the
                        # river": the participle's doer, and so "he", is the subject of the clause it opens.
                        opened_by_participle = True
                        continue
                    break
            return None
        sentence = token.sent
        # "The Thai leader said she hoped to visit": the subject before it in its own sentence.
        for subject in reversed([t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.i < token.i and t.pos_ != "PRON"]):
            found = self._one_official(subject, on, other, depth)
            if found is not None:
                return found
        return self._topic_before(sentence, on, other, depth)

    def _topic_before(self, sentence, on, other, depth: int) -> Person | None:
        """The subject of the sentence before; where that subject is no one ("European officials pressed him"), the
        story's topic goes on from further back, as long as the sentences between name no other official."""
        for _ in range(TOPIC_REACH_SENTENCES):
            if sentence.start == 0:
                return None
            previous = self.doc[sentence.start - 1].sent
            found = self._subject_of(previous, on, other, depth)
            if found is not None:
                return found
            # (an official who is the subject there takes over the story; one named only in passing does not: "A call
            # with Starmer took place on Sunday. On Monday he called Modi")
            if any(t.dep_ in ("nsubj", "nsubjpass") and self.person_at(t) is not None and self.person_at(t).is_official
                   for t in previous):
                return None
            sentence = previous
        return None

    def _subject_of(self, previous, on, other, depth: int) -> Person | None:
        """The official a sentence is about: its main subject, or the agent of a description."""
        # "Modi is the fifth leader to be called by Trump. Earlier, he had made calls ...": when the
        # subject is only described, the one who acts in the description goes on acting.
        described = previous.root.lemma_.lower() == "be"
        for agent in (t for t in previous if t.dep_ == "agent" and described):
            for obj in (c for c in agent.children if c.dep_ == "pobj"):
                found = self._one_official(obj, on, other, depth)
                if found is not None:
                    return found
        root = previous.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        found = self._one_official(subject, on, other, depth) if subject is not None else None
        if found is None and root.lemma_.lower() in _SAYING_VERBS:
            # ("Trump spoke with the crown prince on Thursday, a Saudi statement said": the one the report is about)
            reported = next((c for c in root.children if c.dep_ == "ccomp"), None)
            subject = next((c for c in reported.children if c.dep_ in ("nsubj", "nsubjpass")), None) if reported is not None else None
            found = self._one_official(subject, on, other, depth) if subject is not None else None
        if found is None and depth < 2:
            # ("The next stop was Doha, where he held talks with the Emir": the "he" the sentence goes on with)
            pronoun = next((t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("he", "she")), None)
            if pronoun is not None:
                found = self._one_official(pronoun, on, other, depth + 1)
        return found

    def _traveller_before(self, clause: Token, on, other, depth: int) -> Person | None:
        """ "the Emir's visit to Cairo in June, his first in years, during which he held talks": a clause
        "during which" or "where" after a trip is the trip's, however the parser hung it; its "he" is the
        one whose trip it is (the nearest trip noun before the clause with a named possessor)."""
        if not any(t.lower_ in ("which", "where", "when") for t in clause.subtree if t.i < clause.i):
            return None
        for noun in reversed(clause.sent[: clause.left_edge.i - clause.sent.start]):
            if noun.lemma_.lower() not in _TRIP_NOUNS:
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            return self._one_official(owner, on, other, depth) if owner is not None else None
        return None

    def _subjects_before(self, token: Token) -> list[Person]:
        """The officials who were the subject of the main clause of the sentence before `token`'s."""
        if token.sent.start == 0:
            return []
        root = self.doc[token.sent.start - 1].sent.root
        found: list[Person] = []
        for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
            for word in [subject, *subject.conjuncts]:
                person = self.person_at(word)
                if person is not None and person.is_official and person not in found:
                    found.append(person)
        return found

    def group_leader_before(self, token: Token) -> Person | None:
        """The official who led the group told last before `token` ("Ramaphosa led a delegation of
        African leaders to Kyiv"): the group acts as that official's party."""
        sentence = token.sent
        start = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        for verb in reversed(self.doc[start : token.i]):  # its sentence or the one before
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("lead", "head"):
                continue
            if not any(child.dep_ == "dobj" and child.lemma_.lower() in GROUP_NOUNS for child in verb.children):
                continue
            subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
            person = self.person_at(subject) if subject is not None else None
            if person is not None and person.is_official:
                return person
            return None
        return None

    def _one_official(self, token: Token, on, other, depth: int) -> Person | None:
        if token.pos_ == "PRON":
            if token.lower_ not in _SINGLE_PRONOUNS:
                return None
            return self._topic(token, on, other, depth + 1) or self._recent_person(token.idx, exclude=other)
        found = self.resolve(token, on=on, other=other)
        if len(found) == 1 and found[0].is_official and not (other and found[0] in other):
            return found[0]
        return None

    def _plural_role(self, token: Token, on: date | None) -> list[Person]:
        """The office holders a plural role with "of <country> and <country>" names."""
        when = on or self.published
        if when is None:
            return []
        role = token.lemma_.lower()
        # "the foreign ministers of Russia, Germany and France": the whole title, not just "minister".
        modifiers = [t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod")]
        # (the nearest modifiers: "the Spanish, Portuguese and Moroccan prime ministers")
        for size in range(len(modifiers), 0, -1):
            phrase = " ".join(modifiers[-size:] + [role])
            if phrase in self._roles:
                role = phrase
                break
        office = self._roles.get(role, "top")
        if _heads_of(token) is not None:
            # "the heads of state of Turkmenistan, Azerbaijan and Turkiye": the leaders a summit brings together
            office = "head_of_government" if _heads_of(token) == "government" else "top"
        if office in ("official", "not_official"):
            return []  # "the foreign and water ministers of Egypt, Ethiopia and Sudan": not in the tables
        if office == "counterpart":
            office = self._office_of_counterparts(token)
            if office in LEADER_OFFICES:
                office = "top"  # a president's counterparts are the leaders of their countries, the Ethiopian prime minister
        found: list[Person] = []
        countries: list[str] = []
        listed = self._named_in_a_dash_list_after(token)
        if len(listed) >= 2:
            return listed  # "Nordic leaders - Kristersson, Niinisto and Frederiksen": those named, not all of them
        adjectives = self._nationalities_before(token)
        if len(adjectives) >= 2:
            # "the Spanish, Portuguese and Moroccan prime ministers"
            people = [person for code in adjectives if (person := self._holder(code, office, when, mention=token.text, title=role)) is not None]
            return people if len(people) >= 2 else []
        members = self._region_members(token)
        if members:
            # "the three Baltic presidents", "the leaders of the Central Asian states"
            people = [person for code in members if (person := self._holder(code, office, when, mention=token.text, title=role)) is not None]
            return people if len(people) >= 2 else []
        # (the parser may hang the "from" on the verb: "hosted his counterparts from Somalia and Ethiopia")
        right_after = token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ in ("of", "from")
        if not right_after and not any(child.dep_ == "prep" and child.lower_ in ("of", "from") for child in token.children):
            return []
        # (the ones spoken with or met; "the first meeting between leaders of both countries in nine decades" is
        # about the countries, whoever led them)
        both = self._countries_of_both(token) if token.dep_ in ("dobj", "dative") or (
            token.dep_ == "pobj" and token.head.lower_ in ("with", "to")) else []
        if both:
            # "the foreign ministers of both countries": the two countries of the pair just told
            people = [person for code in both if (person := self._holder(code, office, when, mention=token.text, title=role)) is not None]
            return people if len(people) == 2 else []
        # The countries follow the noun up to the end of its clause: "leaders of immediate
        # neighbours Canada and Mexico on Saturday and of Israel and Egypt on Sunday".
        for country_token in self.doc[token.i + 1 : token.sent.end]:
            if country_token.pos_ in ("VERB", "AUX") or country_token.text in (";", ".") or country_token.lower_ in _PHRASE_ENDS:
                break  # (nor past "since the France-Germany-Brazil talks": another phrase's countries)
            # (the tagger calls some two-word countries places: "South Sudan" as LOC)
            # (and some countries as organisations: "the presidents of Argentina, Brazil, Paraguay and Uruguay")
            # (and a country's whole name as an organisation: "the Palestinian Authority")
            ent = next((e for e in entities(self.doc) if e.start == country_token.i), None) if country_token.ent_iob_ == "B" else None
            if country_token.ent_iob_ != "B" or country_token.ent_type_ not in ("GPE", "NORP", "LOC") and not (
                    country_token.ent_type_ == "ORG" and self.country_code(country_token.text)
                    and not (country_token.i + 1 < len(self.doc) and self.doc[country_token.i + 1].ent_iob_ == "I")) and not (
                    country_token.ent_type_ == "ORG" and ent is not None and len(ent) > 1 and self.country_code(ent.text)):
                continue
            code = self.country_code(ent.text if ent is not None else country_token.text)
            if code is None or self._title_of_someone_named(country_token):
                continue  # ("... and with Tanzanian Vice President Philip Mpango": his country, not one of the list)
            countries.append(code)
            person = self._holder(code, office, when, mention=country_token.text, title=role)
            if person is not None and person not in found:
                self.mention_tokens[person.name] = country_token
                found.append(person)
        # "the foreign ministers of Russia, Germany, France and Ukraine - Sergey Lavrov, ..., Pavel Klimkin":
        # the names listed in the phrase are the role's holders, known to the tables or not; where the
        # text names them, they replace the holders the tables give (the tables may be out of date).
        named_people: list[Person] = []
        for named in list(token.subtree) + self._listed_after(token):
            person = self._by_token.get(named.i)
            if person is None or person in named_people:
                continue
            if person.office in (None, "not_official"):
                person.role = role.title() if role not in ("counterpart", "leader") else "Official"
                person.office = office if office != "top" else "official"
            named_people.append(person)
        if len(named_people) >= 2:
            found = named_people
            if len(named_people) == len(countries):
                # "his counterparts from Australia, Japan and the Philippines, Richard Marles, Minoru
                # Kihara and Gilberto Teodoro": respectively.
                for person, code in zip(named_people, countries):
                    person.country = person.country or code
        else:
            # ("the leaders of Angola and Zambia and Tanzanian Vice President Mpango": one named beside the list)
            found += [person for person in named_people if person.country and person.country not in countries and person not in found]
        return found if len(found) >= 2 else []

    def _title_of_someone_named(self, token: Token) -> bool:
        """Whether a word is part of the title of a person named right after it ("Tanzanian" in "Tanzanian Vice
        President Philip Mpango")."""
        # (read along the words, not the tree: the parser may join the title to the list as a conjunct)
        for following in self.doc[token.i + 1 : min(token.i + 6, token.sent.end)]:
            if following.i in self._by_token:
                return True
            if following.pos_ != "PROPN" or not following.text[:1].isupper():
                return False
        return False

    def _office_of_counterparts(self, token: Token) -> str:
        """ "Foreign Minister Lavrov and his Turkish and Iranian counterparts": counterparts hold the office of
        the one they are counterparts of - the name they are joined to, else the clause's subject."""
        anchors = [token.head] if token.dep_ == "conj" else []
        verb = token.head if token.dep_ in ("dobj", "pobj") else None
        if verb is not None and verb.dep_ == "prep":
            verb = verb.head
        if verb is not None:
            anchors += [child for child in verb.children if child.dep_ == "nsubj"]
        for anchor in anchors:
            person = self._by_token.get(anchor.i)
            if person is not None and person.office in ("head_of_state", "head_of_government", "foreign_minister"):
                return person.office
        return "top"

    def _nationalities_before(self, token: Token) -> list[str]:
        """Countries of the coordinated nationality words before a plural role ("the Spanish, Portuguese and
        Moroccan prime ministers")."""
        codes: list[str] = []
        for modifier in (t for t in token.lefts if t.dep_ in ("amod", "compound", "nmod")):
            for word in [modifier, *modifier.conjuncts]:
                # (the tagger misses some: "his Ugandan and Rwandan counterparts")
                code = self.country_code(word.text) if word.ent_type_ in ("NORP", "GPE") or word.text[:1].isupper() else None
                if code and code not in codes:
                    codes.append(code)
        return codes

    def _region_members(self, token: Token) -> tuple[str, ...]:
        """The countries of a regional word before a plural role or in its "of the ... states" phrase ("the
        three Baltic presidents"); none when a number says the group is not the whole region."""
        phrases = [token]
        phrases += [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for pobj in prep.children if pobj.dep_ == "pobj" and pobj.lemma_.lower() in _REGION_NOUNS]
        for head in phrases:
            words = " ".join(t.lower_ for t in head.doc[head.left_edge.i : head.i])
            for word, members in sorted(regions().items(), key=lambda item: -len(item[0])):
                if re.search(rf"\b{word}\b", words):
                    counts = [t for t in head.lefts if t.dep_ == "nummod" and t.like_num]
                    if counts and _number(counts[0]) not in (None, len(members)):
                        return ()  # "two Gulf leaders": which two is not said
                    return members
        return ()

    def _named_in_a_dash_list_after(self, token: Token) -> list[Person]:
        """The people named in a list that a dash opens right after a plural role."""
        after = token.right_edge.i + 1
        if after >= token.sent.end or self.doc[after].text not in LIST_DASHES:
            return []
        named: list[Person] = []
        for following in self._listed_after(token):
            person = self._by_token.get(following.i)
            if person is not None and person not in named:
                named.append(person)
        return named

    def _listed_after(self, token: Token) -> list[Token]:
        """Tokens of the names listed right after a plural role's country list, up to the clause's end
        ("his counterparts from Australia, Japan and the Philippines, Richard Marles, Minoru Kihara and ...")."""
        listed = []
        for following in self.doc[token.right_edge.i + 1 : token.sent.end]:
            if following.pos_ in ("VERB", "AUX") or following.text in (";", "."):
                break
            listed.append(following)
        return listed

    def _person_in_role(self, country: str | None, office: str, before_char: int, exclude=None, on: date | None = None,
                        ahead: bool = True, title: str | None = None, bare: bool = False) -> Person | None:
        """The latest-mentioned registered official of `country` (and office) before a point (or, with
        `ahead`, named soon after it). Without a country, one who bears the `title` itself comes first:
        "the Emir" is the emir named before, not the president named since; a `bare` title used as a name
        ("Prime Minister received the Order of Excellence" in a government release) is the one of its
        bearers the story is about."""
        best = titled = None
        for person in self.people:
            if exclude and person in exclude:
                continue
            if not person.is_official or (person.first_char > before_char and not (ahead and self._soon_after(person, before_char))):
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
            # (the protagonist: of the home country where the story has one, else the bearer named first - a release
            # names its principal first, "Prime Minister Shri Narendra Modi participated ... along with Prime Minister
            # of Denmark Ms. Mette Frederiksen", and other bearers always with their names)
            rank = (self.home is not None and person.country == self.home, -person.first_char) if bare else last
            if country is None and title and _bears_title(person, title) and (titled is None or rank > titled[0]):
                titled = (rank, person)
        return (titled or best)[1] if (titled or best) else None

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

    def holder(self, country: str, office: str, on: date | None) -> Person | None:
        """The person who held `office` (or led, for "top") in `country` on a day."""
        return self._holder(country, office, on, mention=country)

    def _holder(self, country: str, office: str, on: date | None, mention: str, title: str | None = None) -> Person | None:
        if on is None:
            return None
        if title and office not in ("top", "counterpart", "official"):
            # The title as the country uses it first: Iran's "president" heads the government, not the state.
            try:
                terms = self.kb.role_holders(country, title, on)
            except Exception:  # noqa: BLE001
                terms = []
            if terms:
                return self.person_for_term(terms[0], mention)
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
                return self.person_for_term(terms[0], mention)
        return None

    def _soon_after(self, person: Person, before_char: int) -> bool:
        """The person is named right after the role ("the head of Ukrainian diplomacy, Dmytro Kuleba")."""
        return any(0 <= start - before_char <= ROLE_NAME_REACH_CHARS for start in person.mentions)

    def _recent_person(self, before_char: int, exclude=None) -> Person | None:
        """What "he" or "she" means here: the official named as the subject earlier in the same
        sentence; else the one most recently named.

        "Trump said on Friday that after meeting Abe and Putin he ...": "he" is the subject, Trump,
        not Putin. Across sentences the subject is no safer a guess than the last name ("Modi is
        the fifth leader to be called by Trump. Earlier, he had made calls to ...").
        """
        best_subject = best_any = None
        window_start = self._sentence_window_start(before_char)
        for person in self.people:
            if not person.is_official or (exclude and person in exclude):
                continue
            for start in person.mentions:
                if start >= before_char:
                    continue
                if best_any is None or start > best_any[0]:
                    best_any = (start, person)
                if start >= window_start and self._is_subject_at(start) and (best_subject is None or start > best_subject[0]):
                    best_subject = (start, person)
        best = best_subject or best_any
        return best[1] if best else None

    def _sentence_window_start(self, before_char: int) -> int:
        """Where the sentence holding `before_char` starts."""
        starts = [sentence.start_char for sentence in sentences(self.doc) if sentence.start_char <= before_char]
        return starts[-1] if starts else 0

    def _is_subject_at(self, start: int) -> bool:
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return False
        token = span[0]
        # The mention's head: climb the name's own compound/flat tokens.
        while token.dep_ in ("compound", "flat") and token.head != token:
            token = token.head
        return token.dep_ in ("nsubj", "nsubjpass")

    def _named_after(self, token: Token) -> bool:
        """Whether a name goes with the phrase: in it, or right after it ("His Highness the Crown Prince Sheikh
        Sabah ...")."""
        if any(self.person_at(t) is not None for t in token.subtree):
            return True
        for following in self.doc[token.right_edge.i + 1 : token.right_edge.i + 6]:
            if following.pos_ in ("VERB", "AUX", "ADP"):
                return False  # the phrase has ended
            if self.person_at(following) is not None:
                return True
        return False

    def _honoured_before(self, token: Token) -> Person | None:
        """The official last named with the honorific a bare "His Highness" or "His Majesty" repeats."""
        best = None
        for person in self.people:
            for start in person.mentions:
                if start < token.idx and token.lower_ in self.doc.text[max(0, start - HONORIFIC_REACH_CHARS): start].lower():
                    if person.is_official and (best is None or start > best[0]):
                        best = (start, person)
        return best[1] if best else None

    def _then(self, person: Person, when: date | None) -> Person:
        """The leader of the person's country at the time spoken of: the person, or whoever led then ("the two
        leaders last met in July 2023": not then-President Trump, who hosted him in 2019)."""
        if _in_office(person, when) or not person.country:
            return person
        return self.holder(person.country, "top", when) or person

    def _named_together(self, token: Token, count: int) -> list[Person]:
        """Exactly `count` officials of different countries named in the token's sentence before it and in the
        sentence before, in order of mention; none when the text names more or fewer."""
        sentence_starts = [s.start_char for s in sentences(self.doc) if s.start_char <= token.idx]
        since = sentence_starts[-2] if len(sentence_starts) >= 2 else 0
        named = self._officials_named_between(since, token.idx)
        if not named and len(sentence_starts) >= 3:
            # (past a sentence that names no one: "A and B travelled to Camp David at the invitation of C. It was the
            # first time ... The three leaders met on Friday")
            named = self._officials_named_between(sentence_starts[-3], token.idx)
        # ("Duda and the four European leaders": those named beside the group in its own phrase are not of it)
        # (not the list the group is an apposition of: "with A, B and C, the four members of the Quad")
        beside = {p.name for t in token.conjuncts if (p := self._by_token.get(t.i)) is not None} if token.dep_ != "appos" else set()
        if beside:
            named = [p for p in named if p.name not in beside]
        people = named
        if len(people) != count:
            # "The three leaders met in Nairobi on Monday: Kenya's Ruto, Uganda's Museveni and Rwanda's Kagame"
            colon = next((t for t in token.sent if t.i > token.i and t.text == ":"), None)
            if colon is not None:
                # (the list may run on in what the parser cut off as a sentence of its own)
                end = token.sent.end_char if colon.i < token.sent.end - 1 or token.sent.end >= len(self.doc) else self.doc[token.sent.end].sent.end_char
                people = self._officials_named_between(colon.idx + 1, end)
        if len(people) != count and not named:
            # "The four Quad leaders met in Hiroshima on Saturday. Biden, Kishida, Modi and Albanese pledged ...": with
            # no one named before, the sentence after that names exactly so many
            following = [s for s in sentences(self.doc) if s.start_char > token.idx][:1]
            if following:
                people = self._officials_named_between(following[0].start_char, following[0].end_char)
        if len(people) != count:
            # "... arrived in Kyiv on Saturday for talks with Zelensky. [...] During the meeting, Zelensky and the four
            # European leaders held a call with Trump": the last sentence further back that names so many together,
            # else the group of so many that such words stood for last
            people = self._named_together_further_back(token, count, beside) or self._groups_told().get(count, [])
        if len(people) != count or len({p.country for p in people}) != count or None in {p.country for p in people}:
            return []
        self._groups_told()[count] = people
        return people

    def _groups_told(self) -> dict[int, list[Person]]:
        """The people each count of "the N leaders" stood for last in the article."""
        return self.__dict__.setdefault("_groups_by_count", {})

    def _named_together_further_back(self, token: Token, count: int, beside: set[str]) -> list[Person]:
        """The officials of the nearest sentence before the token, within a few, that names exactly `count` of them
        (besides those named beside the group)."""
        earlier = [s for s in sentences(self.doc) if s.end_char <= token.idx][-GROUP_REACH_SENTENCES:]
        for sentence in reversed(earlier):
            named = [p for p in self._officials_named_between(sentence.start_char, sentence.end_char) if p.name not in beside]
            if len(named) == count:
                return named
        return []

    def _officials_named_between(self, start: int, end: int) -> list[Person]:
        """The officials mentioned between two character offsets, in the order of their first mention there."""
        return [person for _, person in sorted(
            (min(c for c in person.mentions if start <= c < end), person) for person in self.people
            if person.is_official and any(start <= c < end for c in person.mentions))]

    def _countries_of_both(self, token: Token) -> list[str]:
        """The countries "of both countries" / "of the two nations" stands for: those of the pair named together
        last (or of the last two officials of different countries)."""
        for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            for obj in (c for c in of.children if c.dep_ == "pobj" and c.lemma_.lower() in ("country", "nation", "side")):
                if any(c.lower_ in ("both", "two") for c in obj.children):
                    pair = self._coordinated_pair_before(token) or self._recent_pair(token.idx)
                    return [p.country for p in pair if p.country]
        return []

    def _coordinated_pair_before(self, token: Token) -> list[Person]:
        """The last two officials of different countries named together ("A and B") in the token's sentence
        before it or in the sentence before."""
        sentence_starts = [s.start for s in sentences(self.doc) if s.start <= token.i]
        since = sentence_starts[-2] if len(sentence_starts) >= 2 else 0
        pair: list[Person] = []
        for first in self.doc[since:token.i]:
            one = self._by_token.get(first.i)
            for second in first.conjuncts:
                other = self._by_token.get(second.i)
                if (second.i > first.i and second.i < token.i and one is not None and other is not None and one is not other
                        and one.is_official and other.is_official and one.country and other.country and one.country != other.country):
                    pair = [one, other]
        return pair

    def _recent_pair(self, before_char: int, leaders_only: bool = False, when: date | None = None, exclude=()) -> list[Person]:
        """The two most recently mentioned officials of different countries (in office `when`, if given), leaving
        out those excluded."""
        ordered = []
        for person in self.people:
            if not person.is_official or (leaders_only and person.office not in LEADER_OFFICES) or not _in_office(person, when):
                continue
            if person in exclude:
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


# How far before a name the honorific that styles it may stand ("His Highness Sheikh Mohamed bin Zayed": 19
# characters).
HONORIFIC_REACH_CHARS = 30

# Modifiers that make "the ... president" a description rather than the one the reader knows.
_DESCRIBING_WORDS = {"foreign", "first", "last", "only", "next", "former", "new", "late", "previous", "future", "visiting"}


def count_of_two(modifiers: list[Token], lower: str) -> bool:
    """Whether a group word counts two: "both leaders", "the two presidents", "both"."""
    return any(t.lower_ in ("two", "both") for t in modifiers) or lower in ("two", "both", "pair", "duo")


def _is_definite(token: Token) -> bool:
    """ "the president", not "a president", "presidents" nor a title before a name ("then-president Donald
    Trump"): one office holder the reader knows."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    # ("the first foreign leader to meet him", "the last president who ...": a description, not a reference)
    describing = any(child.lower_ in _DESCRIBING_WORDS or child.dep_ in ("acl", "relcl") for child in token.children)
    return (token.tag_ in ("NN", "NNP") and any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)
            and not describing and not (after is not None and after.pos_ == "PROPN"))


# Words that open another phrase after a plural role's list of countries.
_PHRASE_ENDS = {"since", "after", "before", "until", "following", "ahead", "during", "amid", "despite", "because", "when", "while"}
# Nouns for a trip, whose possessor is the traveller ("the Emir's visit").
_TRIP_NOUNS = {"visit", "trip", "tour", "journey", "stay", "stopover"}


def _bears_title(person: Person, title: str) -> bool:
    """Whether a person was named with the title, or holds an office of that title ("Emir", "King")."""
    titles = [person.role or ""] + [term.title for term in person.terms]
    return any(title in t.lower().split() or t.lower() == title for t in titles if t)


# How many sentences back a subject "he" looks for the one the story is about, past sentences about no one.
TOPIC_REACH_SENTENCES = 3


def _opening_participle(verb: Token) -> bool:
    """A subjectless participle opening its sentence ("Arriving from Brazzaville, ... Macron crossed")."""
    return (verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.i < verb.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children))


def _is_the_visiting(token: Token) -> bool:
    """ "the visiting minister", "the visiting Chinese leader": the guest of the story, by the office named."""
    return token.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and any(
        c.lower_ == "visiting" and c.dep_ in ("amod", "compound", "advmod") for c in token.children)


def _is_bare_plural(token: Token) -> bool:
    """A plural common noun with no determiner, number or owner: "Regional leaders", "Officials"."""
    return token.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss", "predet") for c in token.children)


def _controlling_verb(verb: Token) -> Token:
    """The verb whose subject a subjectless participle or infinitive clause shares: "Recalling his talks with
    Scholz, Li said ..." is Li recalling, as is "a day after holding talks with Sunak" for the main subject."""
    while (not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)
           and verb.tag_ in ("VBG", "VBN", "VB") and verb.dep_ in ("advcl", "xcomp", "pcomp") and verb.head is not verb):
        verb = verb.head if verb.dep_ != "pcomp" else verb.head.head
    return verb


def _heads_of(token: Token) -> str | None:
    """ "heads of state", "heads of government", "heads of state and government": "state" or "government"."""
    doc = token.doc
    if token.lower_ != "heads" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of":
        return None
    word = doc[token.i + 2].lower_
    return word if word in ("state", "government") else None


def _same_person_spelt_otherwise(person: Person, term) -> bool:
    """An office holder the text names in another transliteration: same country, same given name, a
    surname that differs by a letter or two."""
    from difflib import SequenceMatcher

    if person.is_known_leader or person.country != term.country:
        return False
    named, known = fold(person.name).split(), fold(term.name).split()
    return (len(named) >= 2 and len(named) == len(known) and named[0] == known[0]
            and SequenceMatcher(None, named[-1], known[-1]).ratio() >= 0.8)


def _is_bare_title(token: Token) -> bool:
    """A capitalised title with no article, possessive or modifier, used as a name ("Prime Minister held
    bilateral meetings with ...")."""
    return token.text[:1].isupper() and not any(child.dep_ in ("det", "poss", "amod", "nmod") or
                                                 (child.dep_ == "prep" and child.lower_ == "of") for child in token.children) and \
        not any(t.dep_ in ("det", "poss") for t in token.lefts)


def _in_office(person: Person, when: date | None) -> bool:
    """Whether a person the tables know held an office on a day (anyone else, or with no day, counts as in)."""
    return when is None or not person.terms or any(term.covers(when) for term in person.terms)
