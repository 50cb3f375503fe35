"""Who takes part in an encounter, read off the dependency parse.

Reads: a cue token and the article's `ArticleActors`. Adds: the parties of
the encounter: for a verb, its subject and its object or "with"/"to"
phrase ("Biden will meet with his Chinese counterpart Xi Jinping"); for a
noun, its possessor, the names compounded on it ("the Kishida-Biden
talks"), its "between"/"with"/"by" phrases, and the subject of the verb
that holds it ("Yoon held a brief meeting with Kishida").
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..actors import LEADER_OFFICES, ArticleActors, Person
from ..actors.people import GROUP_NOUNS, HONORIFIC_NOUNS, LIST_DASHES
from ..places import ADDRESSING_VERBS, LEAVING_VERBS
from .cues import cue_lexicon, modality_lexicon

# Verbs that take an encounter noun as object and whose subject is a party:
# "held talks", "had a meeting", "made a phone call", "paid a visit".
HOLDING_VERBS = {
    "hold", "have", "make", "conduct", "pay", "host", "join", "begin", "start", "wrap", "end",
    "conclude", "chair", "receive", "take", "give", "place", "go", "undertake", "open", "accept", "plan", "schedule", "attend",
    "arrange", "seek", "request", "set", "announce", "confirm", "cancel", "postpone", "scrap", "call", "convene", "participate",
    "skip", "miss", "pull", "withdraw",  # one who pulls out of a meeting was to be in it
}
# Verbs whose object encounter noun is held by their subject: "shared a handshake", "exchanged a handshake".
_SHARING_VERBS = {"share", "exchange"}
_PARTY_PREPOSITIONS = {"with", "between", "among", "by", "alongside", "from"}
# Verbs by which one makes, announces or calls off an encounter others hold.
_ARRANGING_VERBS = {"arrange", "announce", "confirm", "schedule", "plan", "set", "cancel", "postpone", "scrap", "request",
                    "seek", "propose", "broker", "organise", "organize"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Relations that keep a token inside one noun phrase of names and titles.
_NAME_PHRASE_DEPS = {"compound", "conj", "appos", "nmod", "amod", "flat", "cc", "punct", "det"}
# Verbs whose object, not subject, does what follows: "invited Modi to visit", "asked him to call".
_OBJECT_CONTROL_VERBS = {"invite", "ask", "urge", "persuade", "encourage", "allow", "send", "tell", "request"}
# Nouns for people who act for someone else: "Moon's envoys", "the president's delegation".
_PEOPLE_NOUNS = {"envoy", "delegation", "delegate", "aide", "adviser", "advisor", "team", "representative", "emissary",
                 "official", "spokesman", "spokeswoman", "spokesperson", "minister", "wife", "husband", "son", "daughter"}
# Verbs whose clause on a gathering names who took part: "the summit attended by A, B and C".
_GATHERING_VERBS = {"hold", "host", "co-host", "attend", "chair", "co-chair", "preside", "gather", "bring", "join"}
# Nouns for the making of an encounter ready, whose maker takes part: "announced plans for the summit with ...".
_PLAN_NOUNS = {"plan", "preparation", "arrangement", "date", "detail", "agenda", "invitation"}
# Verbs of talking about plans: who says or asks something of them need not be in the encounter ("announced
# plans" is making them known, and the one who announces takes part).
_TALKING_ABOUT_VERBS = {"say", "tell", "add", "note", "state", "ask", "question", "report"}
# Nouns whose infinitive is done by the one who holds them, and lies ahead: "accepted an invitation to visit",
# "a plan to meet".
INTENT_NOUNS = {"invitation", "offer", "plan", "intention", "decision", "request", "bid", "proposal", "promise", "pledge", "wish"}
# Ministries other than foreign affairs, whose ministers the office tables do not hold.
_OTHER_MINISTRIES = {"defence", "defense", "trade", "finance", "economy", "energy", "interior", "agriculture", "health",
                     "environment", "transport", "justice", "education", "industry", "commerce"}
# Verbs whose object a gathering brings together: "bringing together the presidents of ...", "gathering leaders of ...".
_BRINGING_VERBS = {"bring", "gather", "unite", "assemble", "convene"}
# Meals and receptions a host gives a guest: hosting one for a named official is meeting them.
_HOSTED_MEALS = {"reception", "dinner", "banquet", "lunch", "luncheon", "breakfast"}
# Nouns for a group of people met, whose members the text may list ("a group of leaders, including ...").
_GROUP_OF_NOUNS = {"group", "number"}
# Nouns for the way an encounter is held ("in bilateral format", "in a restricted setting", "at expert level").
_MANNER_NOUNS = {"format", "setting", "framework", "level", "composition", "mode"}
# Nouns that place an encounter beside a gathering ("on the sidelines of the summit", "on the eve of the summit").
SIDE_NOUNS = {"sidelines", "sideline", "margins", "margin", "fringes", "fringe"}
# Nouns for a trip, which a day or a stretch of time may be told of ("during the visit", "the second day of the trip").
TRIP_NOUNS = {"visit", "trip", "tour", "journey", "stay"}
# Verbs of a plan whose infinitive says what a gathering is to do ("a summit expected to bring A and B together").
# (also the verbs whose told time is the planned encounter's, encounters/timing.py: "is scheduled on Friday to meet")
PLANNING_VERBS = {"expect", "plan", "schedule", "set", "slate", "mean", "intend", "due"}
# Nouns for taking part: "with the participation of", "in the presence of".
_PARTICIPATION_NOUNS = {"participation", "attendance", "presence"}
# Nouns for presiding over a meeting: "under the chairmanship of", "under the auspices of", "with the mediation of".
_PRESIDING_NOUNS = {"chairmanship", "auspices", "mediation", "aegis"}
# Nouns for a call a clause may be framed in ("In a separate call, ...", "During the conversation, ...").
_EXCHANGE_NOUNS = {"call", "conversation", "phone", "telephone"}
# How far after a gathering noun a relative clause that brings people together may start.
BROUGHT_TOGETHER_REACH_TOKENS = 12
# Verbs whose agent takes part in the talks they qualify: "talks mediated by the presidents of ...".
_MEDIATING_VERBS = {"mediate", "broker", "facilitate", "moderate"}
# Verbs of setting off, whose subject goes on the trip they are "for": "left Astana for a visit to ...".
SETTING_OFF_VERBS = {"leave", "depart", "travel", "fly", "head", "set", "embark", "go", "come", "arrive", "land"}
# Nouns of what someone said or did, whose owner is not met by one who welcomes them ("welcomed López Obrador's
# offer", "welcomed Xi's remarks").
_SAID_NOUNS = {"statement", "remark", "remarks", "comment", "message", "letter", "initiative", "effort", "role",
               "support", "position", "decision", "announcement", "commitment", "call"}
# Verbs of a gathering opening or closing, which name who was there with "with".
_OPENING_VERBS = {"open", "begin", "start", "close", "end", "conclude", "kick"}
# Verbs that tell a meeting with whom ("met X", "sat down with X", "talked with X").
_MEETING_VERBS = {"meet", "sit", "talk", "confer"}
# Verbs of receiving a guest, whose guest state media name after the place and the time.
_RECEIVING_VERBS = {"receive", "welcome", "host", "greet"}
# Units of a count of time the parser may take a name before it to modify ("with Trump hours earlier").
_COUNTED_TIME_UNITS = {"hour", "minute", "moment", "day", "week", "month", "year"}
_INHERIT_SUBJECT_DEPS = {"xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp", "oprd"}


@dataclass
class Parties:
    """The parties found around one cue, before any filtering."""

    subjects: list[Person] = field(default_factory=list)
    others: list[Person] = field(default_factory=list)
    destination_tokens: list[Token] = field(default_factory=list)  # phrases naming where a visit goes
    host_found: bool = False  # a person the visit is to ("visited Trump's residence")
    called_on: bool = False  # "call on President X": a courtesy meeting, not a phone call
    among_themselves: bool = False  # the noun names its parties as meeting one another ("talks between A and B")
    unknown_other: bool = False  # the one met is a pronoun that names no one ("the first ministers to meet him")

    def all(self) -> list[Person]:
        seen: list[Person] = []
        for person in self.subjects + self.others:
            if person not in seen:
                seen.append(person)
        return seen


def is_encounter_noun(token: Token) -> bool:
    """Whether a token is a noun that names an encounter ("meeting", "talks", "visit")."""
    return token.pos_ in ("NOUN", "PROPN") and bool(cue_lexicon().get((token.lemma_.lower(), "NOUN")) or cue_lexicon().get((token.lower_, "NOUN")))


# Participles by which someone comes to be with a party: "Scholz, joined by Macron and Tusk".
_JOINING_VERBS = {"join", "accompany", "flank"}
# Verbs by which a gathering is held, in "to be held" after its noun.
_HOLDING_PASSIVES = {"hold", "host", "convene", "organise", "organize", "stage"}


def holding_infinitive_after(noun: Token) -> Token | None:
    """ "the summit among Kenya, Uganda and Rwanda to be held in Kigali later this month": the infinitive
    right after the noun's phrase tells of the noun, wherever the parser hung it (here on the main verb)."""
    doc, after = noun.doc, noun.right_edge.i + 1
    if after + 2 >= len(doc) or doc[after].lower_ != "to" or doc[after + 1].lower_ != "be":
        return None
    verb = doc[after + 2]
    return verb if verb.tag_ == "VBN" and verb.lemma_.lower() in _HOLDING_PASSIVES else None


def _named_in_phrase(actors, head: Token) -> list[Person]:
    """The officials named in a noun phrase, outside the clauses it holds."""
    found: list[Person] = []
    for token in head.subtree:
        if any(a.dep_ in ("relcl", "acl") for a in token.ancestors if a in head.subtree and a is not head):
            continue
        person = actors.person_at(token)
        if person is not None and person.is_official and person not in found:
            found.append(person)
    return found


def _together(verb: Token) -> bool:
    """ "brought together A and B", "bring A and B face to face"."""
    if any(c.lower_ == "together" for c in verb.children):
        return True
    after = [t.lower_ for t in verb.doc[verb.i + 1 : min(verb.i + BROUGHT_TOGETHER_REACH_TOKENS + 6, verb.sent.end)]]
    return any(after[i : i + 3] == ["face", "to", "face"] for i in range(len(after)))


def _name_taken_for_a_modifier(actors, verb: Token) -> list[Token]:
    """ "Yoon last held a summit with Xi": a name the parser took for an adverb before a verb with no
    subject is its subject."""
    return [child for child in verb.children if child.dep_ in ("advmod", "npadvmod", "dep") and child.i < verb.i
            and child.i == verb.sent.start and actors.person_at(child) is not None]


def _in_a_phrase_of(noun: Token) -> str | None:
    """The preposition whose phrase holds a noun, through a part or length of it ("after ten hours of talks")."""
    if noun.dep_ != "pobj":
        return None
    if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _PART_NOUNS and noun.head.head.dep_ == "pobj":
        return noun.head.head.head.lower_
    return noun.head.lower_


def told_as_we(cue: Token) -> bool:
    """Whether an encounter is told as "we" or "they" had it: "We had a productive phone call with President Trump"
    (a group speaking of its one call)."""
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head if cue.dep_ == "dobj" else None
    return verb is not None and any(c.dep_ == "nsubj" and c.lower_ in ("we", "they") for c in verb.children)


def _on_the_side_or_eve_of(noun: Token) -> bool:
    """Whether a noun names the gathering "on the sidelines of" or "on the eve of" which something is done, through
    "of" phrases the parser may nest ("on the eve of the Group of 20 summit")."""
    current = noun
    for _ in range(3):
        if current.dep_ != "pobj" or current.head.lower_ != "of":
            return False
        current = current.head.head
        if current.lower_ in SIDE_NOUNS | {"eve"}:
            return True
    return False


def _watching(verb: Token) -> bool:
    """ "looked on", "watched", "witnessed": watching something done."""
    lemma = verb.lemma_.lower()
    return lemma in ("watch", "witness") or (lemma == "look" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children))


def _opened_by_as(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)


def _encounter_held_at(place: Token) -> Token | None:
    """ "The talks at the Elysee Palace, hosted by Macron": the parser hangs the participle on the venue of
    an encounter noun; it is the encounter that was hosted."""
    if place.dep_ == "pobj" and place.head.lower_ in ("at", "in") and is_encounter_noun(place.head.head):
        return place.head.head
    return None


def governing_verb(token: Token) -> Token | None:
    """The verb a noun cue hangs from ("held" in "held talks", "took" in "took place")."""
    if (token.dep_ == "pobj" and token.head.lower_ in ("in", "during", "over") and token.lemma_.lower() in ("call", "conversation")
            and token.head.head.dep_ == "dobj" and token.head.head.head.pos_ == "VERB"):
        return token.head.head.head  # "had prepared the meeting in a phone call": the parser hung the call on the object
    current = token
    for _ in range(4):
        if current.dep_ == "ROOT" and current.pos_ not in ("VERB", "AUX"):
            return None
        head = current.head
        if head == current:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.pos_ == "ADP" or head.dep_ in ("prep", "pobj", "compound", "conj", "appos") or (current.dep_ == "pobj" and current.head.lower_ == "of"):
            current = head
            continue
        if head.dep_ == "npadvmod" and head.lemma_.lower() in _TIME_MEASURES:
            current = head  # "hosted Zelensky, a day after a phone call with Putin": the measure hangs on the verb
            continue
        if current.lower_ == "of" and head.lemma_.lower() in _PART_NOUNS:
            current = head  # "the previous round of consultations took place": the round is the talks
            continue
        return None
    return None


# Nouns that measure the time between two events: "a day after", "hours before", "the morning after".
_TIME_MEASURES = {"minute", "hour", "day", "week", "month", "year", "morning", "afternoon", "evening", "night"}


# Nouns for a part, an instance or a length of an encounter: "the previous round of talks", "the second leg of
# his tour", "wrapped up two days of talks", "held 12 hours of discussions".
_PART_NOUNS = {"round", "series", "session", "edition", "leg", "stage", "part", "day", "hour", "minute"}


def _placed_by_after(verb: Token) -> bool:
    """A participle placed in time against its clause: "hours after holding talks", "before meeting"."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before", "following")


def _inside_a_clause(token: Token, head: Token) -> bool:
    """Whether a token of a phrase stands in a clause with a subject of its own inside it ("after which Trump
    also spoke with Zelenskyy"; not a participle, "mediated by Michel", whose agent takes part)."""
    return any(a.dep_ in ("relcl", "acl", "advcl") and a.pos_ in ("VERB", "AUX")
               and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
               for a in token.ancestors if a in head.subtree and a is not head)


def _bare_title_of(actors, token: Token) -> bool:
    """A role noun with no name, article or possessor: a title describing someone ("general secretary of the party")."""
    return (actors.is_role_noun(token) and not any(actors.person_at(t) for t in token.subtree)
            and not any(c.dep_ in ("det", "poss") for c in token.children))


def _coordinated_owner(path: list[Token]) -> bool:
    """ "from Egyptian President El-Sisi and Jordan's King Abdullah II", parsed with El-Sisi as the owner of
    "Abdullah II": a name joined by "and" to a possessive country is one of a list, not an owner."""
    owner = path[-1] if path else None
    return (owner is not None and owner.dep_ == "poss" and all(step.dep_ in _NAME_PHRASE_DEPS for step in path[:-1])
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in owner.children)
            and any(c.dep_ == "conj" and any(g.dep_ == "case" for g in c.children) for c in owner.children))


def _expand(token: Token) -> list[Token]:
    """A party phrase and the phrases conjoined with it ("Hollande, Merkel and Poroshenko")."""
    return [token, *token.conjuncts]


class PartyFinder:
    """Finds the parties of cues in one article."""

    def __init__(self, actors: ArticleActors):
        self.actors = actors
        self.as_leaders = False  # countries stand for their leaders (summit cues)
        self.token_of: dict[str, Token] = {}  # person name -> the token that named them, for the cue being read
        self.single_subjects: set[int] = set()  # subjects that stand alone, without the names joined to them

    def _people(self, token: Token, on, group, other) -> list[Person]:
        people: list[Person] = []
        queue = [token] if token.i in self.single_subjects else _expand(token)
        index = 0
        while index < len(queue):
            item = queue[index]
            index += 1
            # "Saud and his Indian counterpart": a conjoined counterpart is the counterpart of the others.
            other = (other or []) + [p for p in people if p not in (other or [])]
            # "his Chinese counterpart Xi Jinping": the apposed name is the person.
            appositions = [child for child in item.children if child.dep_ == "appos"]
            # "between Xi Jinping, Chinese president, and Vladimir Putin, Russian head of state":
            # the parser hangs the second name on the first one's apposition.
            named_item = self.actors.person_at(item) is not None
            for child in appositions:
                # ("Kim Jong Un, general secretary of the party and president of the State Affairs": titles of the
                # named one, joined, describe him; no one else)
                describes = named_item and _bare_title_of(self.actors, child)
                for conj in child.conjuncts:
                    if describes and _bare_title_of(self.actors, conj):
                        continue
                    # (or a role: "Sisi, Jordan's King Abdullah II and the then Iraqi prime minister")
                    after = conj.doc[conj.right_edge.i + 1] if conj.right_edge.i + 1 < len(conj.doc) else None
                    unnamed_role = (self.actors.is_role_noun(conj) and not any(self.actors.person_at(t) for t in conj.subtree)
                                    and (after is None or self.actors.person_at(after) is None))  # (not a title before a name)
                    if (self.actors.person_at(conj) is not None or unnamed_role) and conj not in queue:
                        queue.append(conj)
                # "the Laotian president, prime minister and assembly speaker": roles listed, not one
                # person described twice.
                if child.conjuncts and self.actors.is_role_noun(child) and child not in queue and not describes:
                    queue.extend(t for t in [child, *child.conjuncts] if t not in queue and self.actors.is_role_noun(t))
            named = self.actors.person_at(item)
            found = [named] if named is not None else self._leaders_of_group(item)
            if not found and item.lower_ in HONORIFIC_NOUNS:
                # "His Highness the President": the honorific names the one styled so, before the role does
                found = self.actors.resolve(item, on=on, group=group, other=other)
            # ("Tajikistan, his second trip there": an apposed trip describes no person)
            describing = [child for child in appositions if child not in queue and not is_encounter_noun(child)]
            for child in describing if not found else ():
                found.extend(self.actors.resolve(child, on=on, group=group, other=other))
            if not found:
                found = self.actors.resolve(item, on=on, group=group, other=other, as_leaders=self.as_leaders)
            if not found and item.lemma_.lower() in _PEOPLE_NOUNS:
                found.extend(self._name_after_post(item))
            if not found and (item.lemma_.lower() in _GROUP_OF_NOUNS or (item.tag_ == "NNS" and self.actors.is_role_noun(item))):
                found.extend(self._named_as_included(item))
            if not found and item.lemma_.lower() not in _PEOPLE_NOUNS | INTENT_NOUNS | _SAID_NOUNS and not is_encounter_noun(item):
                # "the Florida residence of then-president Donald Trump", "the office of Kishida" -
                # but "Moon's envoys" are not Moon, and "began his tour" is no one met.
                for child in item.children:
                    if child.dep_ in ("prep",) and child.lower_ == "of":
                        found.extend(self._named_down_of_chain(child, on, group, other))
                    if child.dep_ == "poss" and item.lower_ not in HONORIFIC_NOUNS:
                        found.extend(self.actors.resolve(child, on=on, group=group, other=other))  # (not "His Majesty")
            for person in found:
                if person not in people:
                    people.append(person)
                self.token_of.setdefault(person.name, self.actors.mention_tokens.get(person.name, item) if named is None else item)
            # "Scholz, joined by Macron and Tusk, held talks": those of other countries who joined a party are with
            # them (one's own foreign minister "accompanying" is a delegation)
            home = {p.country for p in found if p.country}
            for joined in (c for c in item.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _JOINING_VERBS):
                for agent in (c for c in joined.children if c.dep_ == "agent"):
                    for obj in (c for c in agent.children if c.dep_ == "pobj"):
                        queue.extend(t for t in _expand(obj) if t not in queue and (p := self.actors.person_at(t)) is not None
                                     and p.country not in home)
        # "welcomed Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol":
        # the parser may nest the second name anywhere inside the first; every name joined into the
        # phrase by names, titles and "and" is a party too.
        for extra in self._names_in_phrase(token) if token.i not in self.single_subjects else ():
            if extra not in people:
                people.append(extra)
        return people

    def _named_as_included(self, group: Token) -> list[Person]:
        """ "a group of Pacific leaders, including Hipkins and Rabuka", "leaders such as ...": the people a group
        is said to include."""
        people: list[Person] = []
        for token in group.subtree:
            if token.dep_ == "prep" and token.lower_ in ("including", "like", "among") or (token.lower_ == "as" and token.nbor(-1).lower_ == "such"):
                people.extend(p for t in token.subtree if (p := self.actors.person_at(t)) is not None and p not in people)
        return people

    def _name_after_post(self, title: Token) -> list[Person]:
        """ "Deputy Minister of Foreign Affairs of the Russian Federation Mikhail Galuzin": the parser hangs the
        name on the country that ends the title; a name run on from its post is the title's holder (but
        "the envoy of President Putin" is not Putin)."""
        for of in (c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in of.children if c.dep_ == "pobj"):
                person = self.actors.person_at(obj)
                post = [t for t in obj.lefts if t.dep_ == "compound" and self.actors.person_at(t) is None]
                if person is not None and any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in post):
                    return [person]
        return []

    def _named_down_of_chain(self, of: Token, on, group, other) -> list[Person]:
        """The person an "of" phrase names, down a chain of them: "General Secretary of the Communist Party of
        Vietnam Central Committee Nguyen Phu Trong" (the parser hangs the name on the last "of")."""
        for _ in range(3):
            obj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if obj is None:
                return []
            found = self.actors.resolve(obj, on=on, group=group, other=other)
            if found:
                return found
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is None:
                return []
        return []

    def _leaders_of_group(self, noun: Token) -> list[Person]:
        """ "Moon's envoys, headed by Chung Eui-yong", "the Estonian delegation, led by Prime Minister Michal
        and Foreign Minister Tsahkna": the group's leaders act for it."""
        if noun.lemma_.lower() not in GROUP_NOUNS:
            return []
        leaders: list[Person] = []
        for clause in noun.children:
            if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in ("head", "lead"):
                # (and the names the list goes on with, wherever the parser hung them: "headed by chief of
                # staff Andriy Yermak, Foreign Minister Andrii Sybiha and Defence Minister Rustem Umerov")
                named = [person for token in clause.subtree if (person := self.actors.person_at(token)) is not None]
                for person in [*named, *self._officials_listed_after(clause)]:
                    if person.is_official and person not in leaders:
                        leaders.append(person)
        if not leaders and any(child.lower_ == "the" for child in noun.children):
            # "The following day the delegation travelled to St Petersburg": the one who led it, told before.
            leader = self.actors.group_leader_before(noun)
            leaders = [leader] if leader is not None else []
        return leaders

    def _names_in_phrase(self, head: Token) -> list[Person]:
        found: list[Person] = []
        for token in head.subtree:
            person = self.actors.person_at(token)
            if person is None or person in found:
                continue
            path, current = [], token
            while current != head and current.head != current:
                path.append(current)
                current = current.head
            # (a name the parser made an owner with no "'s" of its own is one of the list: "..., Kyrgyzstan's Sadyr
            # Japarov and Uzbekistan's Shavkat Mirziyoyev")
            if current == head and (all(step.dep_ in _NAME_PHRASE_DEPS or (step.dep_ == "poss" and not any(
                    c.dep_ == "case" for c in step.children) and self.actors.person_at(step) is not None) for step in path)
                                    or self._run_on_from_country(path) or _coordinated_owner(path)):
                found.append(person)
        return found

    def _run_on_from_country(self, path: list[Token]) -> bool:
        """ "President Biden of the United States and Fumio Kishida, the prime minister of Japan, met": the
        parser joins the next name to the country that ends the first one's title. A name conjoined to an
        "of"/"from" country inside the phrase is listed beside it (but "the envoy of President Putin", a name
        that is itself the object, is not)."""
        deps = [step.dep_ for step in path]
        if "pobj" not in deps or "conj" not in deps[:deps.index("pobj")]:
            return False
        for step in path:
            if step.dep_ == "pobj" and (step.head.lower_ not in ("of", "from") or self.actors.person_at(step) is not None):
                return False
            if step.dep_ not in _NAME_PHRASE_DEPS | {"prep", "pobj"}:
                return False
        return True

    def subject_tokens(self, verb: Token) -> list[Token]:
        """The subject of `verb`, inherited from the verb above when it has none of its own."""
        current = verb
        for _ in range(4):
            subjects = [child for child in current.children if child.dep_ in _SUBJECT_DEPS] or _name_taken_for_a_modifier(self.actors, current)
            if subjects and current.dep_ == "relcl" and all(s.lower_ in ("who", "that", "which") for s in subjects):
                if current.tag_ == "VBZ" or current.lower_ in ("was", "is", "has"):
                    # "Fidan and Blinken, who was in Beijing for talks with Xi": only the one the singular verb agrees with
                    self.single_subjects.add(current.head.i)
                return [current.head]  # "The two men, who last met in Rabat": the men
            if subjects and current != verb and current.dep_ == "ccomp" and _placed_by_after(verb) and not any(
                    self.actors.person_at(s) is not None or self.actors.is_role_noun(s) for s in subjects):
                # "Li sought to reassure business leaders that Beijing remained open, hours after holding talks with
                # Scholz": the one who held them is the subject of the sentence, not of the reported clause
                current = current.head
                continue
            if subjects:
                return subjects
            invited = [obj for prep in current.head.children if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i < current.i
                       for obj in prep.children if obj.dep_ == "pobj"] if current.dep_ == "acl" else []
            if invited and current.head.lemma_.lower() in INTENT_NOUNS:
                return invited  # "renewed an invitation for Lula to visit Ukraine": Lula goes
            if current.dep_ == "acl" and current.head.lemma_.lower() in INTENT_NOUNS and current.head.head != current.head:
                # "accepted an invitation to visit Beijing": the one who accepted goes.
                current = current.head.head
                continue
            if current.dep_ in ("acl", "relcl") and current.head.dep_ == "nsubj" and current.head.head.lemma_ == "be":
                # "The last French president to visit Rwanda was Nicolas Sarkozy": the one it was.
                named = [child for child in current.head.head.children if child.dep_ == "attr"]
                if named:
                    return named
            if current.dep_ in ("relcl", "acl") and current.head.dep_ == "attr" and current.head.head.lemma_ == "be":
                # "Ruto will be the first head of state hosted by the king": the one described.
                described = [child for child in current.head.head.children if child.dep_ in _SUBJECT_DEPS]
                if described:
                    return described
            if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return [_encounter_held_at(current.head) or current.head]
            if current.dep_ == "xcomp" and current.head.lemma_.lower() in _OBJECT_CONTROL_VERBS:
                objects = [child for child in current.head.children if child.dep_ == "dobj"]
                if objects:
                    return objects  # "Fernández invited Modi to visit Buenos Aires": Modi visits
            if current.dep_ == "conj" and current.pos_ in ("VERB", "AUX") and current.head.pos_ not in ("VERB", "AUX"):
                # "will not attend the forum in Funafuti, Tuvalu or travel to Suva": the parser joined the verb
                # to a noun; it shares the subject of the verb above.
                above = next((a for a in current.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if above is not None:
                    current = above
                    continue
            # (also a verb the parser could not label, joined to the one before: "will fly to Riyadh on Tuesday ...,
            # then travel to Doha on Wednesday to meet the Emir")
            unlabelled = current.dep_ == "dep" and current.pos_ == "VERB" and current.head.pos_ == "VERB"
            if (current.dep_ in _INHERIT_SUBJECT_DEPS or unlabelled) and current.head != current:
                current = current.head
                if current.pos_ == "ADP" and current.head != current:
                    current = current.head  # "looked forward to hosting Modi": the subject of "looked"
                if current.dep_ == "npadvmod" and current.pos_ == "NOUN" and current.head.pos_ in ("VERB", "AUX"):
                    current = current.head  # "met Macron, a day after holding talks with Sunak": Modi held them
                continue
            break
        return self._stranded_subject(current)

    def _stranded_subject(self, verb: Token) -> list[Token]:
        """The subject the parser hung elsewhere: a main verb with none takes the nearest people before it
        ("On the sidelines of the summit in New Delhi, the foreign ministers of India and Japan held
        talks": the parser made the ministers an apposition of Delhi)."""
        if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "expl" for c in verb.children):
            return []
        for token in reversed(verb.sent[: verb.i - verb.sent.start]):
            if token.dep_ in ("appos", "npadvmod", "conj") and token.pos_ in ("NOUN", "PROPN") and (
                    self.actors.person_at(token) is not None or self.actors.is_role_noun(token)):
                return [token]
            if token.pos_ in ("VERB", "AUX"):
                break
        return []

    def of_verb(self, verb: Token, on, group) -> Parties:
        parties = Parties()
        for subject in self.subject_tokens(verb):
            parties.subjects.extend(p for p in self._people(subject, on, group, None) if p not in parties.subjects)
        self._with_anywhere(verb, parties, on, group)
        if verb.lemma_.lower() == "call" and any(child.lower_ == "on" and child.i == verb.i + 1 for child in verb.children):
            parties.called_on = True  # "call on President Van der Bellen"
        if verb.lemma_.lower() in ("call", "phone", "telephone", "ring") and not any(c.dep_ == "dobj" for c in verb.children):
            # "Putin and Meloni also called to congratulate him": the one the call's purpose is about was called
            for purpose in (c for c in verb.children if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)):
                for obj in (c for c in purpose.children if c.dep_ == "dobj"):
                    parties.others.extend(p for p in self._people(obj, on, group, parties.subjects) if p not in parties.others)
        # ("attended the summit, along with A, B and C": the "with" the parser hung on "along")
        along = [w for child in verb.children if child.dep_ in ("prep", "advmod") and child.lower_ in ("along", "together")
                 for w in child.children if w.dep_ == "prep" and w.lower_ == "with"]
        for child in [*verb.children, *along]:
            if child.dep_ in ("dobj", "dative", "attr", "oprd"):
                # "welcomed the summit held among Kishida, Biden and Yoon": those are the summit's parties
                # (read from the noun's own cue), not people the subject welcomed.
                found = [] if is_encounter_noun(child) else self._people(child, on, group, parties.subjects)
                if not found and child.dep_ == "dobj" and child.lower_ in ("him", "her"):
                    parties.unknown_other = True
                if not found and child.dep_ == "dobj" and child.lemma_.lower() in _HOSTED_MEALS:
                    # "hosted a reception for Blinken", "gave a state banquet in honour of the King": the guest
                    # (the parser may hang the guest's phrase on the verb: "hosted a banquet in honour of Lula")
                    preps = [*child.children, *(c for c in verb.children if c.lower_ in ("in", "honoring", "honouring"))]
                    found = [p for prep in preps if prep.dep_ == "prep" and prep.lower_ in ("for", "in", "honoring", "honouring")
                             for obj in prep.subtree if obj.dep_ == "pobj" and (prep.lower_ != "in" or obj.head.lower_ == "of")
                             for p in self._people(obj, on, group, parties.subjects)]
                    # ("hosted a lunch in his honour": the one "his" stands for)
                    found += [p for prep in preps if prep.dep_ == "prep" and prep.lower_ == "in"
                              for honour in prep.children if honour.dep_ == "pobj" and honour.lemma_.lower() in ("honour", "honor")
                              for owner in honour.children if owner.dep_ == "poss"
                              for p in self._people(owner, on, group, parties.subjects) if p not in found]
                if found:
                    parties.others.extend(p for p in found if p not in parties.others)
                    parties.host_found = True
                elif verb.lemma_.lower() not in LEAVING_VERBS | ADDRESSING_VERBS:  # "left Astana", "asked Japan"
                    parties.destination_tokens.append(child)
            elif child.dep_ == "prep":
                objects = [obj for obj in child.children if obj.dep_ == "pobj"]
                # ("chaired a video conference ..., with Biden, Macron and Kishida taking part": the subjects of an
                # absolute clause after "with")
                objects += [s for pcomp in child.children if pcomp.dep_ == "pcomp" and pcomp.pos_ == "VERB" and child.lower_ == "with"
                            for s in pcomp.children if s.dep_ == "nsubj"]
                if child.lower_ in _PARTY_PREPOSITIONS or child.lower_ == "to":
                    for obj in objects:
                        found = self._people(obj, on, group, parties.subjects)
                        if child.lower_ == "with" and self.actors.person_at(obj) is None and self.actors.is_role_noun(obj):
                            # "met with President of Azerbaijan Ilham Aliyev and Prime Minister of Armenia Nikol Pashinyan"
                            found += [p for p in _named_in_phrase(self.actors, obj) if p not in found and p not in parties.subjects]
                        parties.others.extend(p for p in found if p not in parties.others)
                        if found and child.lower_ == "to":
                            parties.host_found = True
                        if not found and child.lower_ == "to":
                            parties.destination_tokens.append(obj)
                if child.lower_ in ("in", "at"):
                    parties.destination_tokens.extend(objects)
                for presiding in (obj for obj in objects if obj.lemma_.lower() in _PRESIDING_NOUNS and child.lower_ in ("under", "with", "in")):
                    # "met in Luanda under the chairmanship of their Angolan counterpart": the one presiding is a party
                    for of_ in (c for c in presiding.children if c.dep_ == "prep" and c.lower_ == "of"):
                        for obj in (o for o in of_.children if o.dep_ == "pobj"):
                            found = self._people(obj, on, group, parties.subjects)
                            parties.others.extend(p for p in found if p not in parties.others and p not in parties.subjects)
                if child.lower_ == "on" and verb.lemma_.lower() == "call":
                    for obj in objects:
                        found = self._people(obj, on, group, parties.subjects)
                        if found:
                            parties.others.extend(p for p in found if p not in parties.others)
                            parties.called_on = True
            elif child.dep_ == "conj" and child.pos_ == "PROPN" and self.actors.person_at(child) is not None:
                # "met Sunak at Downing Street and then King Charles III at Windsor Castle": the verb left out
                found = self._people(child, on, group, parties.subjects)
                parties.others.extend(p for p in found if p not in parties.others and p not in parties.subjects)
            elif child.dep_ in ("npadvmod", "appos") and self.actors.person_at(child) is not None:
                # "Sisi met Ethiopian Prime Minister Abiy Ahmed on Sunday": the parser sometimes
                # files the object as an adverbial noun.
                found = self._people(child, on, group, parties.subjects)
                parties.others.extend(p for p in found if p not in parties.others)
            elif child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
                # "met South African President Cyril Ramaphosa Monday": the parser makes the name a
                # modifier of the weekday that follows it.
                for name in (c for c in child.children if c.dep_ == "compound" and self.actors.person_at(c) is not None):
                    found = self._people(name, on, group, parties.subjects)
                    parties.others.extend(p for p in found if p not in parties.others)
            elif child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = self._people(obj, on, group, None)
                        parties.others.extend(p for p in found if p not in parties.others)
            elif (child.dep_ == "advcl" and child.tag_ == "VBN" and child.lemma_.lower() in _JOINING_VERBS
                  and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in child.children)):
                # (a bare participle: not "before the two were joined by ...", a later encounter of its own)
                # "met Zelensky in Kyiv on Thursday, joined by Romanian President Iohannis" (not one's own delegation)
                # (nor an aide of no known country: "joined by Rubio and envoy Witkoff on the U.S. side")
                home = {p.country for p in parties.subjects if p.country}
                for obj in (o for agent in child.children if agent.dep_ == "agent" for o in agent.children if o.dep_ == "pobj"):
                    parties.others.extend(p for p in self._people(obj, on, group, None) if p not in parties.others
                                          and p not in parties.subjects and p.country is not None and p.country not in home)
        self._onlookers(verb, parties, on, group)
        # Where the parser hung the one met elsewhere: each way is tried only while no one is found.
        if (not parties.others and parties.subjects and verb.lemma_.lower() in _RECEIVING_VERBS
                and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)):
            self._add_others(parties, self._guest_told_after_place_and_time(verb), on, group)
        if not parties.others and verb.lemma_.lower() in _MEETING_VERBS | _RECEIVING_VERBS:
            self._add_others(parties, self._name_right_after(verb), on, group)
        if not parties.others:
            self._add_others(parties, self._names_hung_on_a_count_of_time(verb), on, group)
        return parties

    def _onlookers(self, verb: Token, parties: Parties, on, group) -> None:
        """ "A and B looked on as C and D signed the deal", "C and D sign the agreement as A looks on": those
        who watch it done in person are with those who do it."""
        clauses = [c for c in verb.children if c.dep_ == "advcl" and _watching(c) and _opened_by_as(c)]
        if verb.dep_ == "advcl" and _opened_by_as(verb) and _watching(verb.head):
            clauses.append(verb.head)
        for clause in clauses:
            for subject in self.subject_tokens(clause):
                parties.others.extend(p for p in self._people(subject, on, group, parties.subjects)
                                      if p not in parties.others and p not in parties.subjects)

    def _add_others(self, parties: Parties, tokens: list[Token], on, group) -> None:
        for token in tokens:
            parties.others.extend(p for p in self._people(token, on, group, parties.subjects)
                                  if p not in parties.others and p not in parties.subjects)

    def _guest_told_after_place_and_time(self, verb: Token) -> list[Token]:
        """ "received at Al-Salam Palace in Jeddah today the Secretary of State of the United States, Antony
        Blinken", "received on Sunday at the headquarters of the Presidency the President of the Council, Giorgia
        Meloni": state media put the guest after the place and the time, and the parser hangs the guest on them.
        The first person or office phrase after the verb, in no clause of its own, is the guest."""
        for token in verb.doc[verb.i + 1: verb.sent.end]:
            if token.dep_ not in ("npadvmod", "appos") or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if any(t.pos_ in ("VERB", "AUX") for t in token.ancestors if t != verb and verb in t.ancestors):
                return []
            if self.actors.person_at(token) is not None:
                return [token]
            if self.actors.is_role_noun(token):
                named = [c for c in token.children if c.dep_ == "appos" and self.actors.person_at(c) is not None]
                return named or [token]
        return []

    def _name_right_after(self, verb: Token) -> list[Token]:
        """ "where he will meet leader Kim Jong Un, South Korean officials said": the parser may hang the name right
        after the verb elsewhere; a registered person within a title's reach after it, before any comma, is the one met."""
        for token in verb.doc[verb.i + 1: min(verb.i + 7, verb.sent.end)]:
            if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP"):
                return []
            if self.actors.person_at(token) is not None:
                # (not an owner: "welcomed President López Obrador's offer")
                head = token
                while head.dep_ in ("compound", "flat") and head.head != head:
                    head = head.head
                return [] if head.dep_ == "poss" else [token]
        return []

    def _names_hung_on_a_count_of_time(self, verb: Token) -> list[Token]:
        """ "had spoken with Trump hours earlier", "met Lula days later": the parser makes the name a modifier of
        the count of time after it. Such a name in the verb's own clause is the one met."""
        found = []
        for unit in verb.subtree:
            if unit.dep_ != "npadvmod" or unit.lemma_.lower() not in _COUNTED_TIME_UNITS:
                continue
            if any(t.pos_ in ("VERB", "AUX") for t in unit.ancestors if t != verb and verb in t.ancestors):
                continue  # another clause's
            found += [c for c in unit.children if c.dep_ == "compound" and self.actors.person_at(c) is not None]
        return found

    def _with_anywhere(self, verb: Token, parties: Parties, on, group) -> None:
        """A "with <person>" phrase the parser hung on a noun inside the clause.

        "held talks on Friday at Havana's Revolution Palace with Josep Borrell":
        the small model attaches "with" to "Palace"; any "with" phrase in the
        verb's own clause (no other verb in between) names a party.
        """
        for prep in verb.subtree:
            # (also a "with" the parser joined to another preposition: "spoke with Trump on Friday, two days
            # after the swearing-in, and with Ishiba on Monday")
            # (and one the parser joined to the verb itself: "would speak with Putin on Monday, and then with Zelensky")
            if prep.dep_ not in ("prep", "conj") or prep.pos_ != "ADP" or prep.lower_ != "with" or (
                    prep.head == verb and prep.dep_ == "prep"):
                continue
            current, clean = prep.head, True
            while current != verb:
                # "Before his meeting with Xi, Modi met Pezeshkian": the "with" is the other meeting's.
                if current.pos_ in ("VERB", "AUX") or current.head == current or (is_encounter_noun(current) and current.dep_ == "pobj"):
                    clean = False
                    break
                current = current.head
            if not clean:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found = self._people(obj, on, group, parties.subjects)
                    parties.others.extend(p for p in found if p not in parties.others)

    def _joined_countries(self, noun: Token, on) -> list[Person]:
        """Office holders of the countries a hyphenated compound before the noun joins ("A-B-C summit")."""
        doc = noun.doc
        before = doc[noun.left_edge.i : noun.i]
        codes = self._dash_joined_countries(before)
        if len(codes) < 2 or on is None:
            return []
        words = {t.lower_.rstrip("'s").rstrip("s") for t in list(before) + [noun]}
        # ("the France-Germany-Brazil trilateral ministers' talks": ministers of diplomacy unless the text
        # names another ministry)
        if "minister" in words and words & _OTHER_MINISTRIES:
            return []
        office = "foreign_minister" if "minister" in words else "top"
        # ("a France-Germany-Poland summit ... a meeting with Polish Prime Minister Donald Tusk": a country's
        # leader named in the sentence stands for it, whichever office the tables would give)
        named = {p.country: p for t in noun.sent if (p := self.actors.person_at(t)) is not None
                 and p.is_official and p.office in LEADER_OFFICES} if office == "top" else {}
        people = [person for code in codes if (person := named.get(code) or self.actors.holder(code, office, on)) is not None]
        return people if len(people) == len(codes) else []

    def _dash_joined_countries(self, before) -> list[str]:
        """Countries joined by dashes, names of two words too: "a Uganda-Kenya-South Sudan", "the
        Saudi Arabia-Iran". The first part may start with other words, the last end with them."""
        segments: list[list[Token]] = [[]]
        for token in before:
            if token.text in ("-", "–", "—"):
                segments.append([])
            else:
                segments[-1].append(token)
        if len(segments) < 2:
            return []
        codes: list[str] = []
        for index, segment in enumerate(segments):
            if index == 0:
                spans = [segment[start:] for start in range(len(segment))]  # "a Uganda": the longest tail first
            elif index == len(segments) - 1:
                spans = [segment[:end] for end in range(len(segment), 0, -1)]  # "South Sudan summit"
            else:
                spans = [segment]
            for words in spans:
                if not words or not all(t.pos_ == "PROPN" for t in words):
                    continue
                code = self.actors.country_code(" ".join(t.text for t in words))
                if code:
                    if code not in codes:
                        codes.append(code)
                    break
        return codes

    def _parties_placed_against(self, noun: Token, on, group) -> list[Person]:
        """The parties of the encounter a party-less one is named to place in time: "their first meeting since
        the summit in Bali", "the two leaders' third meeting, after summits in Singapore and Hanoi"."""
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.lower_ not in ("after", "before", "since", "following"):
            return []
        anchor = preposition.head
        if anchor.pos_ in ("VERB", "AUX"):
            # "It was their third meeting, after ...": the encounter the clause is about.
            anchor = next((c for c in anchor.children if c.dep_ in ("attr", "nsubj", "nsubjpass") and is_encounter_noun(c)), anchor)
        if not is_encounter_noun(anchor):
            return []
        return [p for child in anchor.children if child.dep_ == "poss" for p in self._people(child, on, group, None)]

    def _planner(self, noun: Token, on, group) -> list[Person]:
        """The subject of the verb whose object plans the noun: "announced plans for the summit with ...",
        "made preparations for the visit by ..."."""
        preposition = noun.head
        plan = preposition.head
        if noun.dep_ != "pobj" or preposition.lower_ not in ("for", "of") or plan.lemma_.lower() not in _PLAN_NOUNS:
            return []
        verb = plan.head
        if plan.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _TALKING_ABOUT_VERBS:
            return []
        planners = []
        for subject in self.subject_tokens(verb):
            planners.extend(self._people(subject, on, group, None) or self._government_of(subject, on))
        return planners

    def _officials_listed_after(self, phrase: Token) -> list[Person]:
        """The officials a list of titled names goes on with after a phrase the parser broke it off."""
        found: list[Person] = []
        for token in self._list_of_titled_names_after(max(phrase.subtree, key=lambda t: t.i)):
            person = self.actors.person_at(token)
            if person is not None and person.is_official and person not in found:
                found.append(person)
        return found

    def _list_of_titled_names_after(self, last: Token) -> list[Token]:
        """The tokens of a list of titled names that goes on after `last` (", Foreign Minister B and Defence
        Minister C"), up to the first word that is neither a name, a title, a comma, "and" nor a country's "of
        the"; nothing unless it starts with a comma or "and"."""
        tokens = []
        for token in last.doc[last.i + 1 : last.sent.end]:
            # (nationality words and a country's possessive count too: ", Jordan's King Abdullah II and Palestinian ...")
            if token.text in (",", "and") or token.pos_ == "PROPN" or self.actors.is_role_noun(token) or (
                    token.lower_ in ("of", "the") and tokens) or token.ent_type_ == "NORP" or (
                    token.tag_ == "POS" and tokens and tokens[-1].pos_ == "PROPN"):
                tokens.append(token)
                continue
            break
        return tokens if tokens and (last.text in (",", "and") or tokens[0].text in (",", "and")) else []

    def _list_goes_on(self, last: Token) -> list[Token]:
        """Proper names that continue a list after `last` (", B and C") but that the parser hung elsewhere."""
        doc, found = last.doc, []
        inside = {t.i for t in last.subtree}
        index = last.i + 1
        while index + 1 < len(doc) and doc[index].text in (",", "and"):
            index += 1
            if doc[index].text == "and":
                continue  # ", and C"
            if doc[index].pos_ != "PROPN":
                break
            if doc[index].i not in inside:
                found.append(doc[index])
            index += 1
        return found

    def _subjects_of_participle(self, noun: Token, on, group) -> list[Person]:
        """Two or more subjects of the clause above a participle whose phrase holds the noun."""
        participle = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
        if participle is None or participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "xcomp", "conj"):
            return []
        subjects = [p for s in self.subject_tokens(participle) for p in self._people(s, on, group, None)]
        if len(subjects) == 1 and participle.dep_ == "advcl" and participle.head.pos_ in ("VERB", "AUX"):
            # "Ishiba spoke with Trump on Monday, following up on last month's talks": the pair of the clause above
            above = self.of_verb(participle.head, on, group)
            subjects += [p for p in above.others if p not in subjects]
        return subjects if len(subjects) >= 2 else []

    def _brought_together(self, verb: Token, parties: Parties, on, group) -> None:
        """ "will chair the summit on Friday, bringing together the presidents of Kazakhstan, ... and
        Uzbekistan": the people a participle clause of the gathering's verb brings together take part."""
        for clause in verb.children:
            if clause.dep_ in ("acl", "relcl") and (clause.lemma_.lower() in PLANNING_VERBS or clause.lemma_ == "be"):
                # "A summit that was expected to bring A and B face to face", "that was to have gathered A, B and
                # C": the plan's clause
                clause = next((c for c in clause.children if c.dep_ == "xcomp"), clause)
            lemma = clause.lemma_.lower()
            if clause.dep_ not in ("advcl", "conj", "xcomp", "acl", "relcl") or lemma not in _BRINGING_VERBS | _MEDIATING_VERBS:
                continue
            if lemma == "bring" and not any(c.lower_ == "together" or c.lower_ == "face" and c.dep_ != "dobj" for c in clause.subtree):
                continue
            # "held talks in Quito mediated by the presidents of Ecuador and Uruguay": the mediators take part.
            heads = ([c for c in clause.children if c.dep_ == "dobj"] if lemma in _BRINGING_VERBS else
                     [obj for agent in clause.children if agent.dep_ == "agent" for obj in agent.children if obj.dep_ == "pobj"])
            for obj in heads:
                found = self._people(obj, on, group, parties.subjects)
                parties.others.extend(p for p in found if p not in parties.others and p not in parties.subjects)

    def _brought_together_for(self, noun: Token, on, group) -> list[Person]:
        """ "before bringing them together for several hours of talks": the one who brings people together
        for the talks, and the people brought."""
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "hours of talks", "a round of talks"
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
        if verb is None or verb.lemma_.lower() not in _BRINGING_VERBS or (
                verb.lemma_.lower() == "bring" and not any(c.lower_ == "together" for c in verb.children)):
            return []
        people: list[Person] = []
        for token in [*self.subject_tokens(verb), *(c for c in verb.children if c.dep_ == "dobj")]:
            people.extend(p for p in self._people(token, on, group, None) if p not in people)
        return people if len(people) >= 2 else []

    def _subject_of_placed_clause(self, noun: Token, on, group) -> list[Person]:
        """The subject of the clause an encounter noun places in time ("After a meeting with A, B said ...")."""
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.lower_ not in ("after", "following", "before") or preposition.head.pos_ not in ("VERB", "AUX"):
            return []
        people: list[Person] = []
        for subject in self.subject_tokens(preposition.head):
            people.extend(p for p in self._people(subject, on, group, None) if p.is_official and p not in people)
        return people

    def _with_the_participation_of(self, noun: Token, on, group) -> list[Person]:
        """ "The summit took place in Astana with the participation of Tokayev, Scholz and Mirziyoyev": the
        people a gathering's clause says took part."""
        verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") else None
        phrases = [c for c in (noun.children if verb is None else [*noun.children, *verb.children])
                   if c.dep_ == "prep" and c.lower_ in ("with", "in")]
        people: list[Person] = []
        for with_ in phrases:
            for word in (o for o in with_.children if o.dep_ == "pobj" and o.lemma_.lower() in _PARTICIPATION_NOUNS):
                for of in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
                    for obj in (o for o in of.children if o.dep_ == "pobj"):
                        people.extend(p for p in self._people(obj, on, group, None) if p not in people)
                        # (and the titled names the list goes on with where the parser broke it off)
                        people.extend(p for p in self._officials_listed_after(obj) if p not in people)
                    # ("of President of Estonia Alar Karis, President of Latvia ...": titles the parser made the heads)
                    people.extend(p for t in of.subtree if (p := self.actors.person_at(t)) is not None and p.is_official and p not in people)
        return people if len(people) >= 2 else []

    def _brought_together_after(self, noun: Token, on, group) -> list[Person]:
        """ "a summit in Cairo in March 2019, which brought together Sisi, King Abdullah and the Iraqi prime
        minister": a relative clause that brings people together, wherever the parser hung it after the noun."""
        for verb in noun.doc[noun.i + 1 : min(noun.i + BROUGHT_TOGETHER_REACH_TOKENS, noun.sent.end)]:
            # (the relative pronoun may be the subject of the plan the bringing is: "that was expected to bring")
            clause = verb.head if verb.dep_ == "xcomp" else verb
            if verb.lemma_.lower() not in _BRINGING_VERBS or not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in clause.children):
                continue
            if verb.lemma_.lower() == "bring" and not _together(verb):
                continue
            people: list[Person] = []
            # (and "brought A together with B and C")
            objects = [c for c in verb.children if c.dep_ == "dobj"] + [
                obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with" for obj in prep.children if obj.dep_ == "pobj"]
            for obj in objects:
                people.extend(p for p in self._people(obj, on, group, None) if p not in people)
            return people if len(people) >= 2 else []
        return []

    def _government_of(self, token: Token, on) -> list[Person]:
        """ "The White House announced plans for the summit": the leader of the government a seat stands for."""
        words = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "det", "amod") or t == token]
        kb = self.actors.kb
        code = kb.metonym(" ".join(t.text for t in words)) or kb.metonym(" ".join(t.text for t in words if t.dep_ != "det"))
        when = on or self.actors.published
        terms = self.actors.leader_terms(code, when) if code and len(code) == 3 and when else []
        return [self.actors.person_for_term(terms[0], token.text)] if terms else []

    def of_noun(self, noun: Token, on, group) -> Parties:
        """The parties of an encounter noun, in these steps:

        1. its own phrases: possessor, compounds, "with", "between", "of", "for" a group;
        2. the clauses of the gathering: "held among", "hosted by ... and attended by";
        3. with no one named yet, the context: countries joined before it, the same parties' earlier
           encounters, a participle's clause, a planner, a call that frames a clause, a clause placed after it;
        4. gatherings: people brought together, those taking part, those who facilitate, "visits by";
        5. the clause that holds it: "held talks with", "on a state visit", "in a phone call";
        6. the one who used it ("used a separate meeting with Modi to ...");
        7. the meeting it frames ("met X, in a meeting attended by Y");
        8. the clause a call frames, whose "with" hangs elsewhere ("discussed ... in calls on Saturday with A and B");
        9. those a gathering of a group is said to include ("a meeting of 25 leaders, including A and B");
        10. those a gathering opened or closed with ("opened in Belem with Presidents A, B and C");
        11. the traveller, for talks in a where-clause on a destination ("travel to Washington, where talks with X are
            planned");
        12. a tour or trip owned by a traveller is the traveller's alone;
        13. a dash list of names the parser hung on the noun ("a video call with European leaders - A, B and C").
        """
        parties = Parties()
        self._from_own_phrases(noun, parties, on, group)                          # 1
        self._from_gathering_clauses(noun, parties, on, group)                    # 2
        self._from_context_when_unnamed(noun, parties, on, group)                 # 3
        verb = governing_verb(noun)
        self._from_gathering_verbs(noun, verb, parties, on, group)                # 4
        self._from_the_holding_clause(noun, verb, parties, on, group)             # 5
        self._from_one_who_used_it(noun, verb, parties, on, group)                # 6
        self._from_the_meeting_it_frames(noun, verb, parties, on, group)          # 7
        self._from_a_call_that_frames_a_clause(noun, verb, parties, on, group)    # 8
        self._from_those_included(noun, verb, parties)                            # 9
        self._from_those_it_opened_with(noun, verb, parties, on, group)           # 10
        self._from_the_traveller_of_a_where_clause(noun, parties, on, group)      # 11
        self._only_the_owner_travels(noun, parties, on, group)                    # 12
        self._from_a_dash_list_hung_on_it(noun, parties, on, group)               # 13
        return parties

    def _from_a_dash_list_hung_on_it(self, noun: Token, parties: Parties, on, group) -> None:
        """13. "held a video call on Monday with European leaders - French President Macron, German Chancellor
        Scholz and ...": an encounter is no person, so a list of names after a dash that the parser made the
        noun's apposition names the group the sentence spoke of - the parties."""
        for child in (c for c in noun.children if c.dep_ == "appos" and c.i > noun.i):
            if self.actors.person_at(child) is None or not any(t.text in LIST_DASHES for t in noun.doc[noun.i + 1 : child.left_edge.i]):
                continue
            listed = self._people(child, on, group, parties.subjects)
            parties.others.extend(p for p in listed if p not in parties.others and p not in parties.subjects)

    def _only_the_owner_travels(self, noun: Token, parties: Parties, on, group) -> None:
        """12. "as part of the Iranian leader's tour of Venezuela, Nicaragua and Cuba": a tour or trip owned by a
        traveller is the traveller's alone, whoever the clause around it names."""
        if noun.lemma_.lower() not in ("tour", "trip", "journey"):
            return
        owners = [p for c in noun.children if c.dep_ == "poss" for p in self._people(c, on, group, None)]
        if len(owners) == 1 and owners[0] in parties.all():
            parties.subjects[:] = owners
            parties.others.clear()

    def _from_the_traveller_of_a_where_clause(self, noun: Token, parties: Parties, on, group) -> None:
        """11. "will then travel to Washington, where talks with Biden are planned for Thursday": talks with no
        subject in a where-clause on a destination are the traveller's."""
        if parties.subjects or not parties.others:
            return
        clause = next((a for a in noun.ancestors if a.dep_ == "relcl" and any(c.lower_ == "where" for c in a.children)), None)
        if clause is None:
            return
        above = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if above is None:
            return
        for subject in self.subject_tokens(above):
            parties.subjects.extend(p for p in self._people(subject, on, group, parties.others)
                                    if p not in parties.subjects and p not in parties.others)

    def _from_those_it_opened_with(self, noun: Token, verb: Token | None, parties: Parties, on, group) -> None:
        """10. "The Amazon summit opened on Tuesday in Belem with Presidents Lula of Brazil, Petro of Colombia ... around
        the table": a gathering that opened or closed with people, wherever the parser hung the "with"."""
        if verb is None or noun.dep_ != "nsubj" or verb.lemma_.lower() not in _OPENING_VERBS or parties.others:
            return
        found = Parties()
        self._with_anywhere(verb, found, on, group)
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found.others.extend(p for p in self._people(obj, on, group, None) if p not in found.others)
        if len(found.others) >= 2:
            parties.others.extend(p for p in found.others if p not in parties.others)
            parties.among_themselves = True

    def _from_those_included(self, noun: Token, verb: Token | None, parties: Parties) -> None:
        """9. "hosted a virtual meeting of around 25 leaders on Saturday, including Zelensky, Macron and Meloni": a
        gathering of a group, and those it is said to include, where the parser hung "including" on the verb."""
        groups = [obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for obj in prep.children if obj.dep_ == "pobj" and obj.tag_ == "NNS"]
        if not groups:
            return
        holders = [noun, *groups] + ([verb] if verb is not None else [])
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "including" and c.i > noun.i):
            for person in (p for t in prep.subtree if (p := self.actors.person_at(t)) is not None):
                if person not in parties.others and person not in parties.subjects:
                    parties.others.append(person)
                    parties.among_themselves = True

    def _from_a_call_that_frames_a_clause(self, noun: Token, verb: Token | None, parties: Parties, on, group) -> None:
        """8. "Sisi discussed efforts to reach a ceasefire in separate phone calls on Saturday with the Emir, ...
        and King Abdullah": a call that frames a clause, whose "with" the parser hung elsewhere in the clause, is
        between the clause's subject and those it names."""
        if parties.subjects or verb is None or noun.lemma_.lower() not in _EXCHANGE_NOUNS or noun.dep_ != "pobj" \
                or noun.head.lower_ not in ("in", "during", "over"):
            return
        main = verb
        while main.dep_ in ("acl", "xcomp", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children) \
                and main.head != main:
            main = main.head if main.head.pos_ in ("VERB", "AUX") else main.head.head
        withs = [t for t in noun.doc[noun.i + 1: noun.sent.end] if t.dep_ == "prep" and t.lower_ == "with" and main in t.ancestors]
        found = list(parties.others) or [p for prep in withs[:1] for obj in prep.children if obj.dep_ == "pobj"
                                         for p in self._people(obj, on, group, None)]
        if not found and not parties.others and main.dep_ == "ccomp" and main.head.pos_ in ("VERB", "AUX"):
            # "Biden warned Putin that the West would act ..., during a video call": the parser may hang the call on
            # what was said; it is between the one who said it and the one told
            told = self.of_verb(main.head, on, group)
            if told.subjects and told.others:
                parties.subjects.extend(p for p in told.subjects if p not in parties.subjects)
                parties.others.extend(p for p in told.others if p not in parties.others and p not in parties.subjects)
            return
        if not found or main == verb and parties.others:
            return
        subjects = [p for s in self.subject_tokens(main) for p in self._people(s, on, group, found)]
        parties.subjects.extend(p for p in subjects if p not in parties.subjects and p not in found)
        parties.others.extend(p for p in found if p not in parties.others and p not in parties.subjects)

    def _from_the_meeting_it_frames(self, noun: Token, verb: Token | None, parties: Parties, on, group) -> None:
        """7. "Trump met al-Sharaa in Riyadh, in a meeting attended by the crown prince": a meeting noun that frames
        the meeting its verb tells, with a participle naming more who were there, has the verb's parties too."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "at", "during"):
            return
        # (or on a noun that restates it: "met al-Sharaa on Wednesday, the first such encounter in 25 years, in a
        # meeting attended by ...")
        framed = noun.head.head
        if framed.pos_ == "NOUN" and framed.dep_ in ("dobj", "appos", "npadvmod", "dep") and framed.head.pos_ == "VERB":
            framed = framed.head
        if verb is None:
            verb = framed
        if (verb.lemma_.lower() not in _MEETING_VERBS or framed != verb
                or not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.children)):
            return
        met = self.of_verb(verb, on, group)
        parties.subjects.extend(p for p in met.subjects if p not in parties.subjects and p not in parties.others)
        parties.others.extend(p for p in met.others if p not in parties.subjects and p not in parties.others)

    def _from_one_who_used_it(self, noun: Token, verb: Token | None, parties: Parties, on, group) -> None:
        """6. "Fiji's prime minister used a separate meeting with Modi to ...": whoever does something with
        their own meeting with someone (no one else's: "criticised Biden's meeting with Xi") was in it."""
        if (verb is None or parties.subjects or not parties.others or noun.dep_ != "dobj" or noun.head != verb or verb.tag_ != "VBD"
                or any(child.dep_ == "poss" for child in noun.children)
                or verb.lemma_.lower() in HOLDING_VERBS | _TALKING_ABOUT_VERBS
                or modality_lexicon().get(verb.lemma_.lower()) is not None):
            return
        met = {p.country for p in parties.others}
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            parties.subjects.extend(p for p in self._people(subject, on, group, parties.others)
                                    if p not in parties.others and p.country and p.country not in met)

    def _from_own_phrases(self, noun: Token, parties: Parties, on, group) -> None:
        """1. The parties the noun's own phrases name."""
        # "talks and negotiations between Xi and Putin": the phrase may hang on a conjoined noun.
        children = list(noun.children) + [c for conj in noun.conjuncts for c in conj.children if c.dep_ == "prep" and c.lower_ in ("between", "with", "among")]
        # "conversations with Fico and with the President of Croatia": a preposition joined to another
        children += [c for child in noun.children if child.dep_ == "prep" for c in child.conjuncts if c.pos_ == "ADP"]
        # "the meeting in bilateral format between A and B", "talks in a restricted format with X": the phrase
        # may hang on the noun that says how the encounter was held.
        children += [c for child in noun.children if child.dep_ == "prep" and child.lower_ in ("in", "at")
                     for manner in child.children if manner.dep_ == "pobj" and manner.lemma_.lower() in _MANNER_NOUNS
                     for c in manner.children if c.dep_ == "prep" and c.lower_ in ("between", "with", "among")]
        for child in children:
            if child.dep_ == "poss":
                parties.subjects.extend(p for p in self._people(child, on, group, None) if p not in parties.subjects)
            elif child.dep_ in ("compound", "amod", "nmod"):
                for token in child.subtree:
                    person = self.actors.person_at(token)
                    if person is not None and person not in parties.subjects:
                        parties.subjects.append(person)
            elif child.dep_ == "prep" or (child.dep_ == "conj" and child.pos_ == "ADP"):
                objects = [obj for obj in child.children if obj.dep_ == "pobj"]
                # "a courtesy call on the Prime Minister": the one called on.
                if child.lower_ in _PARTY_PREPOSITIONS or child.lower_ in ("of", "to") or (child.lower_ == "on" and noun.lemma_.lower() == "call"):
                    for obj in objects:
                        found = self._people(obj, on, group, parties.subjects)
                        if child.lower_ in ("between", "among"):
                            parties.among_themselves = True
                            # "between Japanese Prime Minister Fumio Kishida and South Korean President
                            # Yoon Suk-yeol": every name in the phrase, however the parser nested them.
                            for token in obj.subtree:
                                person = self.actors.person_at(token)
                                # (not in a clause inside the phrase: "between Trump and Putin, after which Trump
                                # also spoke with Zelenskyy")
                                if person is not None and person not in found and not _inside_a_clause(token, obj):
                                    found.append(person)
                            # "among Kenya, Uganda and Tanzania slated to ...": the parser may break the list
                            # off the preposition; the names that go on it after a comma are in it.
                            for token in self._list_goes_on(obj):
                                found.extend(p for p in self._people(token, on, group, parties.subjects) if p not in found)
                            # ("between Chinese Foreign Minister Wang Yi and U.S. Secretary of State Antony Blinken
                            # took place": the parser may end the phrase at its "and", the titled name after it
                            # made the verb's subject)
                            found.extend(p for p in self._officials_listed_after(obj) if p not in found)
                        elif child.lower_ == "with" and self.actors.person_at(obj) is None and self.actors.is_role_noun(obj):
                            # "talks with President of Azerbaijan Ilham Aliyev and Prime Minister of Armenia Nikol
                            # Pashinyan": titles of the state-agency kind, whose names the parser nests in the title
                            found.extend(p for p in _named_in_phrase(self.actors, obj) if p not in found)
                        target = parties.subjects if child.lower_ in ("by", "of") else parties.others
                        target.extend(p for p in found if p not in target)
                        if not found and child.lower_ in ("to", "of"):
                            parties.destination_tokens.append(obj)
                        if found and child.lower_ == "to":
                            parties.host_found = True
                if child.lower_ in ("in", "at"):
                    parties.destination_tokens.extend(objects)
                if child.lower_ in ("under", "with"):
                    # "a summit between A and B under the mediation of C": the one presiding is a party
                    for presiding in (obj for obj in objects if obj.lemma_.lower() in _PRESIDING_NOUNS):
                        for obj in (o for of_ in presiding.children if of_.dep_ == "prep" and of_.lower_ == "of"
                                    for o in of_.children if o.dep_ == "pobj"):
                            parties.others.extend(p for p in self._people(obj, on, group, parties.subjects)
                                                  if p not in parties.others and p not in parties.subjects)
                if child.lower_ == "for" and noun.lemma_.lower() in _HOSTED_MEALS:
                    # "gave a dinner for visiting President Yoon": the guest of the meal
                    # (or the participle the parser made of "visiting": its object is the guest)
                    guests = objects + [g for c in child.children if c.dep_ == "pcomp" for g in c.children if g.dep_ == "dobj"]
                    for obj in guests:
                        parties.others.extend(p for p in self._people(obj, on, group, parties.subjects) if p not in parties.others)
                elif child.lower_ == "for" and noun.lemma_.lower() not in ("visit", "trip", "tour", "call"):
                    # "the first get-together for the North American leaders": a group it is held for
                    for obj in objects:
                        group_found = self._people(obj, on, group, parties.subjects) if obj.tag_ in ("NNS", "NNPS") else []
                        if len(group_found) >= 2:
                            parties.others.extend(p for p in group_found if p not in parties.others)
                            parties.among_themselves = True

    def _from_gathering_clauses(self, noun: Token, parties: Parties, on, group) -> None:
        """2. The parties the clauses of a gathering name."""
        # (also on the noun's "of" phrase: "a summit of the Quad grouping hosted by Biden with the leaders of ...")
        owners = [noun] + [obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for obj in prep.children if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN")]
        # ("a summit of the Quad grouping hosted by Biden": the parser may break the noun phrase off before its
        # last word; a noun right after the phrase carries its clause)
        owners += [t for t in noun.doc[noun.right_edge.i + 1 : min(noun.right_edge.i + 2, noun.sent.end)]
                   if t.pos_ in ("NOUN", "PROPN") and t not in owners]
        # (also participles the parser hung on the verb that holds the noun: "took part in a meeting in El
        # Alamein, hosted by Sisi and attended by King Abdullah and Kadhimi")
        holder = governing_verb(noun)
        # (a participle, not a clause of its own: "held talks with Biden, before the two were joined by ...")
        hung = [c for c in holder.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > noun.i
                and not any(g.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for g in c.children)] if holder is not None else []
        hung += [conj for c in hung for conj in c.conjuncts if conj.tag_ == "VBN"]
        # (or joined to that verb itself: "met at a summit in Paris hosted by Macron and attended by Merkel")
        hung += [c for c in (holder.children if holder is not None else ()) if c.dep_ == "conj" and c.tag_ == "VBN" and c.i > noun.i
                 and any(g.dep_ == "agent" for g in c.children) and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)]
        for clause in [*(child for owner in owners for child in owner.children
                         if child.dep_ == "acl" and child.lemma_.lower() in _GATHERING_VERBS),
                       *(c for c in hung if c.lemma_.lower() in _GATHERING_VERBS)]:
            # "welcomed the summit held among Kishida, Biden and Yoon", "the summit, attended by Presidents
            # Embalo, Ouattara and Sall": the clause names the parties.
            if not any((c.dep_ == "prep" and c.lower_ in ("among", "between", "with", "by")) or c.dep_ == "agent" for c in clause.children):
                continue
            # (and the names the list goes on with where the parser broke it off: "held among Prime Minister
            # KISHIDA, President Joseph R. Biden, Jr. of the United States and President YOON Suk Yeol")
            named = [person for token in clause.subtree if (person := self.actors.person_at(token)) is not None]
            for person in [*named, *self._officials_listed_after(clause)]:
                if person not in parties.others:
                    parties.others.append(person)
                    parties.among_themselves = True
            # "hosted by Biden with the leaders of India and Australia": roles named by their countries.
            for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("with", "among", "between")):
                for obj in (c for c in prep.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")):
                    for person in self._people(obj, on, group, parties.others):
                        if person not in parties.others:
                            parties.others.append(person)
                            parties.among_themselves = True

    def _from_context_when_unnamed(self, noun: Token, parties: Parties, on, group) -> None:
        """3. With no one (or no subject) named yet, the parties the context gives."""
        if not parties.subjects and not parties.others:
            # "the Argentina-Brazil-Chile foreign ministers' talks", "the India-Japan-Australia summit":
            # the office holders of the countries joined before the noun.
            parties.subjects.extend(self._joined_countries(noun, on))
        if not parties.subjects and not parties.others:
            # "their third meeting, after summits in Singapore and Hanoi": the same parties' earlier ones.
            parties.subjects.extend(self._parties_placed_against(noun, on, group))
        if not parties.subjects and not parties.others:
            # "The Prime Minister and the Chancellor discussed trade, building on last month's meeting": the
            # ones who act in the clause the participle hangs on.
            parties.subjects.extend(self._subjects_of_participle(noun, on, group))
        if not parties.subjects and parties.others and not parties.among_themselves:
            # "Biden announced plans for the summit with Trudeau": who makes the plans is a party (not of
            # "plans for a meeting between Kagame and Tshisekedi").
            parties.subjects.extend(p for p in self._planner(noun, on, group) if p not in parties.others)
        if not parties.subjects and not parties.others and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during", "over") \
                and noun.head.head.pos_ in ("VERB", "AUX") and noun.lemma_.lower() in _EXCHANGE_NOUNS:
            # "In a separate call, Sheikh Mohamed exchanged Eid greetings with the Saudi crown prince": the
            # clause the call frames says who took part.
            framed = self.of_verb(noun.head.head, on, group)
            if framed.subjects and framed.others:
                parties.subjects.extend(framed.subjects)
                parties.others.extend(p for p in framed.others if p not in framed.subjects)
        if not parties.subjects and parties.others and not parties.among_themselves:
            # "After a meeting in Vilnius with Erdogan and Kristersson, Stoltenberg told reporters": the one the
            # clause is about had the meeting it is placed after.
            parties.subjects.extend(p for p in self._subject_of_placed_clause(noun, on, group) if p not in parties.others)
        if not parties.subjects and len(parties.others) == 1 and not parties.among_themselves and noun.dep_ in ("nsubj", "nsubjpass"):
            # "Talks with Netanyahu are planned for Wednesday", "A third call, with Raisi, took place on Monday": the
            # one the story follows, the subject of the sentences before, is the other party.
            parties.subjects.extend(p for p in self._story_subject(noun, on, group) if p.country != parties.others[0].country)

    def _story_subject(self, noun: Token, on, group) -> list[Person]:
        """The one official who is the main subject of one of the two sentences before the noun's."""
        doc, start = noun.doc, noun.sent.start
        for _ in range(2):
            if start == 0:
                return []
            sentence = doc[start - 1].sent
            root = sentence.root
            if root.lemma_.lower() in _TALKING_ABOUT_VERBS | {"say", "tell", "announce", "add"}:
                # ("Blinken will travel to Egypt, the State Department said": the one the report is about)
                root = next((c for c in root.children if c.dep_ == "ccomp"), root)
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            found = [p for s in subjects for p in self._people(s, on, group, None) if p.is_official]
            if len(found) == 1:
                return found
            start = sentence.start
        return []

    def _from_gathering_verbs(self, noun: Token, verb: Token | None, parties: Parties, on, group) -> None:
        """4. People a gathering brings together, who take part in it or facilitate it."""
        for head in (noun, verb) if verb is not None else (noun,):
            self._brought_together(head, parties, on, group)
        if not parties.subjects and not parties.others:
            parties.others.extend(self._brought_together_for(noun, on, group) or self._brought_together_after(noun, on, group)
                                  or self._with_the_participation_of(noun, on, group))
            parties.among_themselves = bool(parties.others)
        if verb is not None and noun.dep_ == "nsubj" and verb.lemma_ == "be":
            # "The meeting was to have been hosted by A, B and C": the hosts of the "was to" clause
            for predicate in (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in _MEDIATING_VERBS | {"host", "chair"}):
                for obj in (o for agent in predicate.children if agent.dep_ == "agent" for o in agent.children if o.dep_ == "pobj"):
                    parties.others.extend(p for p in self._people(obj, on, group, parties.subjects)
                                          if p not in parties.others and p not in parties.subjects)
        if verb is not None and noun.dep_ == "nsubjpass" and verb.lemma_.lower() in _MEDIATING_VERBS | {"host", "chair"}:
            # "The talks between A and B were facilitated by C": the one who facilitates takes part.
            for obj in (o for agent in verb.children if agent.dep_ == "agent" for o in agent.children if o.dep_ == "pobj"):
                parties.others.extend(p for p in self._people(obj, on, group, parties.subjects)
                                      if p not in parties.others and p not in parties.subjects)
        if (verb is not None and noun.dep_ == "nsubj" and verb.lemma_.lower() in _BRINGING_VERBS
                and (verb.lemma_.lower() != "bring" or any(c.lower_ == "together" for c in verb.children))):
            # "The summit in Nairobi on Monday brought together Ruto, Museveni and Kagame"
            for listed in (c for c in verb.children if c.dep_ == "dobj"):
                parties.others.extend(p for p in self._people(listed, on, group, None) if p not in parties.others)
            parties.among_themselves = bool(parties.others)
        if verb is not None and noun.dep_ == "dobj" and verb.lemma_.lower() == "attend" and verb.tag_ == "VBG":
            # "Attending the summit were King Abdullah II, Sheikh Tamim and Prime Minister Meloni": the
            # parser hangs the list on "were".
            for be in (c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"):
                for listed in (c for c in be.children if c.dep_ in ("attr", "nsubj")):
                    parties.others.extend(p for p in self._people(listed, on, group, None) if p not in parties.others)
            for listed in (c for c in verb.children if c.dep_ in ("attr", "nsubj")):
                parties.others.extend(p for p in self._people(listed, on, group, None) if p not in parties.others)
            if verb.dep_ == "csubj":
                # (or makes "Attending the summit" the subject of "were", and the list its own subject)
                for listed in (c for c in verb.head.children if c.dep_ in ("attr", "nsubj")):
                    parties.others.extend(p for p in self._people(listed, on, group, None) if p not in parties.others)
            parties.among_themselves = parties.among_themselves or len(parties.others) >= 2
        if verb is not None and noun.dep_ == "attr" and verb.lemma_.lower() == "be" and not parties.subjects:
            # "there have been state visits by Mandela, Mbeki and Zuma"
            for child in verb.children:
                if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            parties.subjects.extend(p for p in self._people(obj, on, group, None) if p not in parties.subjects)

    def _from_the_holding_clause(self, noun: Token, verb: Token | None, parties: Parties, on, group) -> None:
        """5. The parties of the clause that holds the noun."""
        passive_with_agent = noun.dep_ == "nsubjpass" and verb is not None and any(c.dep_ == "agent" for c in verb.children)
        # ("joined the two leaders before the talks": talks that place the clause in time, naming no one of
        # their own, are not its verb's - but "announced the summit after a conversation with Putin" was his)
        placing = (noun.dep_ == "pobj" and noun.head.lower_ in ("before", "after", "since", "ahead", "following", "prior", "until")
                   and not parties.subjects and not parties.others)
        # ("held separate meetings with A and B on the sidelines of the summit": the summit is where, not with whom)
        placing = placing or (_on_the_side_or_eve_of(noun) and not parties.subjects and not parties.others)
        # ("A, B and C attended a summit": they met; those who attended "the meeting" told before join it, see
        # detect._taking_part_in_the_one_told, and a delegation is no party)
        attending_the_one_told = verb is not None and verb.lemma_.lower() == "attend" and any(
            child.dep_ in ("det", "poss") and child.lower_ in ("the", "this", "that", "their", "its") for child in noun.children)
        # ("help end the war during a call": a call the clause is framed in is not what its verb holds)
        framing = noun.dep_ == "pobj" and noun.head.lower_ in ("during", "over")
        # ("shared a cold handshake": verbs that hold an encounter noun only as their object)
        sharing = noun.dep_ == "dobj" and verb is not None and verb.lemma_.lower() in _SHARING_VERBS
        if (verb is not None and (noun.dep_ in ("dobj", "pobj", "attr") or passive_with_agent) and (verb.lemma_.lower() in HOLDING_VERBS or sharing)
                and not placing and not attending_the_one_told and not framing):
            held = self.of_verb(verb, on, group)
            # ("was received by Meloni, after an audience with Mattarella": an encounter that places the clause, with
            # a party of its own, is the subject's with that party, not with the clause's other parties too)
            if noun.dep_ == "pobj" and noun.head.lower_ in ("after", "before", "following", "ahead") and parties.others:
                held.others = []
            # ("Trump is arranging a meeting between Putin and Zelensky": one who arranges or announces what two
            # others will hold is no party of it)
            # (nor of "is arranging a Putin-Zelenskyy meeting": the pair named before the noun)
            arranged_for_others = (verb.lemma_.lower() in _ARRANGING_VERBS and len(parties.subjects) + len(parties.others) >= 2
                                   and any(c.dep_ == "prep" and c.lower_ in ("between", "among") or c.dep_ == "compound" and c.pos_ == "PROPN"
                                           for c in noun.children))
            for person in held.subjects if not arranged_for_others else ():
                if person not in parties.subjects:
                    parties.subjects.append(person)
            for person in held.others:
                if person not in parties.others and person not in parties.subjects:
                    parties.others.append(person)
            parties.destination_tokens.extend(held.destination_tokens)
        elif attending_the_one_told and noun.dep_ == "dobj" and not parties.subjects:
            # "Lithuanian President Nauseda attended the meeting": the one who attended, who joins it
            for subject in self.subject_tokens(verb):
                parties.subjects.extend(p for p in self._people(subject, on, group, None) if p not in parties.subjects)
        elif verb is not None and noun.dep_ == "pobj" and not parties.subjects and noun.lemma_.lower() in ("visit", "trip", "tour") and (
                noun.head.lower_ in ("on", "during") or (noun.head.lower_ == "for" and verb.lemma_.lower() in SETTING_OFF_VERBS)):
            # "Xi, who is on a state visit to South Africa"; "Modi is on a six-day visit to Japan";
            # "Xi will leave Astana on Thursday for a state visit to Tajikistan".
            for subject in self.subject_tokens(verb):
                parties.subjects.extend(p for p in self._people(subject, on, group, None) if p not in parties.subjects)
        elif verb is not None and _in_a_phrase_of(noun) in ("during", "at", "in", "over", "on", "by", "for", "after", "following") and parties.others and not parties.subjects:
            # "Qin insisted in a telephone conversation with Kuleba": the speaker is the other party.
            for subject in self.subject_tokens(verb):
                parties.subjects.extend(p for p in self._people(subject, on, group, parties.others) if p not in parties.subjects)
            if not parties.subjects and verb.dep_ == "ccomp" and noun.head.lower_ in ("after", "following"):
                # "Rutte said the alliance would defend its territory after talks with Tusk": the one who said it,
                # where the clause reported names no one
                for subject in self.subject_tokens(verb.head):
                    parties.subjects.extend(p for p in self._people(subject, on, group, parties.others) if p not in parties.subjects)
        elif (verb is not None and noun.dep_ == "pobj"
              and (noun.head.lower_ in ("for", "after", "following") or (noun.head.lower_ in ("in", "during", "over") and noun.lemma_.lower() in ("call", "conversation", "phonecall")))
              # ("pressed Putin for a ceasefire in a phone call": the parser may hang the call on the object's phrase)
              and (noun.head.head == verb or (noun.head.lower_ in ("in", "during", "over") and governing_verb(noun) == verb))
              and not parties.others
              and verb.lemma_.lower() not in ("say", "tell", "add", "note", "state")
              and not any(child.dep_ == "prep" and child.lower_ in ("with", "between") for child in noun.children)):
            # "Sheinbaum thanked her counterpart Donald Trump for an excellent call": subject and object;
            # "Putin and Trump discussed Ukraine in a phone call": the two subjects.
            held = Parties()
            # ("urged Li to help end the war during a call": the call is the urging's, at the top of the
            # infinitives, whose subject and object spoke)
            while verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
            # ("Trade was discussed by the two presidents during a phone call": the passive's agent did it)
            agents = [obj for child in verb.children if child.dep_ == "agent" for obj in child.children if obj.dep_ == "pobj"]
            for subject in agents or self.subject_tokens(verb):
                held.subjects.extend(self._people(subject, on, group, None))
            for child in verb.children:
                if child.dep_ == "dobj":
                    held.others.extend(self._people(child, on, group, held.subjects))
            if held.subjects and held.others:
                parties.subjects, parties.others = held.subjects, held.others
            elif len(held.subjects) >= 2:
                parties.subjects = held.subjects
        if placing and not parties.subjects and not parties.others:
            self._from_those_together_right_before_or_after(noun, verb, parties, on, group)

    def _from_those_together_right_before_or_after(self, noun: Token, verb: Token | None, parties: Parties, on, group) -> None:
        """ "Biden, with Marcos, walks through the colonnade before the bilateral meeting": two of different countries
        who do something together right before or after it are its parties."""
        if verb is None or noun.head.lower_ not in ("before", "after", "ahead") or noun.head.head != verb:
            return
        subjects = self.subject_tokens(verb)
        companions = [obj for s in subjects for prep in s.children if prep.dep_ == "prep" and prep.lower_ == "with"
                      for obj in prep.children if obj.dep_ == "pobj"]  # ("Biden with Marcos walks")
        together = [p for s in subjects + companions for p in self._people(s, on, group, None)]
        if len({p.country for p in together if p.country}) >= 2:
            parties.subjects.extend(p for p in together if p not in parties.subjects)
