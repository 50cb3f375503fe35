"""Where one encounter mention took place.

Reads: the cue's governing tokens, the parties found for it and the
article's reading. Adds: a `Place`, tried in this order:

1. the place a where-clause hangs on ("from Caracas, where he met Maduro"),
   the "in"/"at"/"to" phrases of the cue and its verb, the destination
   phrases of a visit, and the place phrases hung on a party's name
   ("met Xi in Buenos Aires");
2. any place the cue's own clause puts it "in" or "at" (not a calls');
3. "visited the country": the last foreign country the article named;
4. a host welcoming or receiving someone is at home ("Albanese welcomed
   Modi"); a passive host ("was received by Xi") likewise.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..spans import entities
from ..actors import Person
from ..model import Place
from datetime import date

from ..places import ADDRESSING_VERBS, LEAVING_VERBS, names_in, place_phrases, resolve_place
from ..text.published import dateline_place
from .occasion import apply_summit, summit_at_place
from .participants import Parties
from .reading import ArticleReading

_HOSTING_VERBS = ("host", "welcome", "receive", "chair")
# Nouns that stand for a country named before: "visited the kingdom", "the island nation".
_COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic", "emirate", "sultanate", "island", "archipelago", "state"}
# Head words of the buildings where leaders receive their guests.
_SEAT_WORDS = {"palace", "house", "residence", "mansion", "office", "villa", "castle", "chancellery", "kremlin"}


def find_place(reading: ArticleReading, kind: str, governors: list[Token], found: Parties, people: list[Person]) -> Place | None:
    """The place of an encounter mention, or None."""
    kb = reading.kb
    countries = _countries_of_place_nouns(kb, governors) + [p.country for p in people if p.country]
    party_tokens = [t for t in governors[0].sent if _heads_party_mention(reading, t, people)]
    # "hosted the presidents of Uganda and Rwanda at State House": an object naming people is no place.
    people_objects = frozenset(c.i for g in governors for c in g.children
                               if c.dep_ == "dobj" and (reading.actors.person_at(c) is not None or reading.actors.is_role_noun(c)))
    names = (place_phrases(governors, people=people_objects) + [name for t in found.destination_tokens for name in names_in(t)]
             + place_phrases(party_tokens, {"in", "at"}))
    place = resolve_place(kb, _leg_destination(governors) + _where_clause_place(governors) + names, countries)
    if place is None:
        place = _here(reading, governors)
    if place is None:
        place = _capital(reading, governors, found)
    if place is None:
        place = _untagged_country(reading, governors, found)
    if place is None and kind != "call":
        place = resolve_place(kb, clause_places(governors), countries)
    if place is None:
        objects = [c for g in governors for c in g.children if c.dep_ == "dobj"]
        place = country_in_focus(kb, found.destination_tokens + objects, {p.country for p in people if p.country})
    if place is None and kind == "meeting":
        place = _host_at_home(kb, governors, found)
    return place


def _countries_of_place_nouns(kb, governors: list[Token]) -> list[str]:
    """ "in the Venezuelan border city of San Cristobal", "at the Saudi port of Jeddah": the country the
    place noun's own adjective (or its owner's) names, which outranks the parties' countries for a namesake town."""
    codes = []
    for governor in governors:
        for prep in governor.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "to"):
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                    continue
                # (or its owner's: "at the Argentine leader's ranch in Santa Rosa")
                owners = [c for c in noun.children if c.dep_ == "poss"]
                for adjective in [*noun.children, *(a for owner in owners for a in owner.children)]:
                    if adjective.dep_ in ("amod", "compound") and adjective.ent_type_ in ("NORP", "GPE"):
                        try:
                            code = kb.country_code(adjective.text)
                        except Exception:  # noqa: BLE001 - a knowledge gap must not stop extraction
                            code = None
                        if code and code not in codes:
                            codes.append(code)
    return codes


def _untagged_country(reading: ArticleReading, governors: list[Token], found: Parties):
    """ "visited Niger": a one-word object or destination the tagger took for a person, when it is a
    country and no one the article names."""
    candidates = list(found.destination_tokens) + [c for g in governors for c in g.children
                                                   if c.dep_ == "dobj" and g.lemma_.lower() not in ADDRESSING_VERBS | LEAVING_VERBS]
    for token in candidates:
        if token.pos_ != "PROPN" or reading.actors.person_at(token) is not None or len(list(token.subtree)) != 1:
            continue
        try:
            code = reading.kb.country_code(token.text)
        except Exception:  # noqa: BLE001
            code = None
        if code:
            return resolve_place(reading.kb, [token.text], [])
    return None


def _capital(reading: ArticleReading, governors: list[Token], found: Parties) -> Place | None:
    """ "a visit to the Ukrainian capital", "Roh's visit to the North's capital": the capital of the country
    the phrase names, or else of the last place the story named."""
    kb = reading.kb
    heads = list(found.destination_tokens) + [obj for g in governors for prep in g.children if prep.dep_ == "prep"
                                              and prep.lower_ in ("in", "to", "at") for obj in prep.children if obj.dep_ == "pobj"]
    for head in heads:
        if head.lemma_.lower() != "capital" or any(c.dep_ == "compound" and c.pos_ == "PROPN" and not _country_of(kb, c.text)
                                                  for c in head.children):
            continue  # (not a city named so: "the New Administrative Capital")
        code = None
        for word in (t for t in head.children if t.dep_ in ("poss", "amod", "compound")):
            code = _country_of(kb, word.text)
            if code:
                break
        if code is None:
            code = next((place.country for ent in reversed([e for e in entities(head.doc) if e.label_ in ("GPE", "LOC") and e.end <= head.i])
                         if (place := resolve_place(kb, [ent.text], [])) is not None and place.country), None)
        capital = kb.capital(code) if code else None
        if capital:
            return resolve_place(kb, [capital], [code])
    return None


def _country_of(kb, word: str) -> str | None:
    try:
        return kb.country_code(word)
    except Exception:  # noqa: BLE001 - a knowledge gap must not stop extraction
        return None


def _here(reading: ArticleReading, governors: list[Token]) -> Place | None:
    """ "took place here last June" in a report filed from Berlin: the dateline's city."""
    if not any(child.lower_ == "here" and child.dep_ == "advmod" for governor in governors for child in governor.children):
        return None
    name = dateline_place(reading.article.text)
    return resolve_place(reading.kb, [name.title()], []) if name else None


def _leg_destination(governors: list[Token]) -> list[str]:
    """ "... and then to Athens on Wednesday for talks with Mitsotakis": the destination of the leg, its verb left
    out, that the encounter noun is told for."""
    for governor in governors[:1]:
        for ancestor in list(governor.ancestors)[:3]:
            if ancestor.pos_ == "ADP" and ancestor.dep_ == "conj" and ancestor.lower_ in ("to", "in"):
                return [name for obj in ancestor.children if obj.dep_ == "pobj" for name in names_in(obj)][:1]
    return []


def _where_clause_place(governors: list[Token]) -> list[str]:
    """ "arrived from Caracas, where he met Maduro": the place a where-clause hangs on."""
    for governor in governors:
        if governor.dep_ == "relcl" and any(child.lower_ == "where" for child in governor.children):
            if governor.head.ent_type_ in ("GPE", "LOC", "FAC"):
                return names_in(governor.head)[:1]
            # "is in Oslo Thursday, where he will meet ...": the parser hung the clause on the day; the
            # place is the last one the clause above it is "in" or "at".
            above = governor.head.head
            if above.pos_ == "ADP" and above.head != above:
                above = above.head  # ("at Rashtrapati Bhavan on Monday evening, where she hosted ...")
            places = [obj for prep in above.children if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "to")
                      and prep.i < governor.i for obj in prep.children if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC", "FAC", "ORG")]
            return names_in(places[-1])[:1] if places else []
    return []


def _host_at_home(kb, governors: list[Token], found: Parties) -> Place | None:
    """"Albanese welcomed Modi": the one who hosts is at home; "was received by Xi": the agent is."""
    if not any(g.lemma_.lower() in _HOSTING_VERBS for g in governors if g.pos_ == "VERB"):
        return None
    # (also a participle with its agent: "the first head of state hosted by the king")
    passive = any(child.dep_ in ("auxpass", "nsubjpass", "agent") for g in governors for child in g.children)
    hosts = [p for p in (found.others if passive else found.subjects) if p.is_official and p.country]
    if not hosts:
        return None
    country = hosts[0].country
    if _at_a_seat(governors):
        # "hosted King Charles at the Imperial Palace", "received him at State House": a seat of the
        # host's government the gazetteer does not know is in the host's capital.
        capital = kb.capital(country)
        place = resolve_place(kb, [capital], [country]) if capital else None
        if place is not None and place.country == country:
            return place
    name = kb.country_name(country) or country
    return resolve_place(kb, [name], []) or Place(name=name, country=country)


def _at_a_seat(governors: list[Token]) -> bool:
    """Whether the clause places the encounter at a building: "at the Imperial Palace", "at State House"."""
    return any(prep.dep_ == "prep" and prep.lower_ == "at" and any(
                   obj.dep_ == "pobj" and (obj.ent_type_ == "FAC" or obj.lemma_.lower() in _SEAT_WORDS) for obj in prep.children)
               for governor in governors for prep in governor.children)


def _heads_party_mention(reading: ArticleReading, token: Token, people: list[Person]) -> bool:
    """Whether `token` heads a mention of one of `people` ("met Xi in Buenos Aires": "in" hangs on Xi)."""
    person = reading.actors.person_at(token)
    return person is not None and person in people and token.head.i != token.i and reading.actors.person_at(token.head) is not person


def country_in_focus(kb, tokens: list[Token], own: set | None = None) -> Place | None:
    """ "visited the country": the last country the article named before (not the traveller's own)."""
    for token in tokens:
        if token.lemma_.lower() not in _COUNTRY_NOUNS or not any(c.lower_ in ("the", "this") for c in token.children):
            continue
        for ent in reversed([e for e in entities(token.doc) if e.label_ == "GPE" and e.end <= token.i]):
            code = _country_of(kb, ent.text)
            if code is None:
                # ("arrived in Riyadh ... last visited the kingdom": a city names its country)
                city = resolve_place(kb, [ent.text], [])
                code = city.country if city is not None and city.city else None
            if code and code not in (own or set()):
                return resolve_place(kb, [kb.country_name(code) or ent.text], [])
    return None


# Prepositions that open what an encounter is about rather than where it is.
_TOPIC_PREPOSITIONS = {"on", "about", "over", "regarding", "concerning"}


def clause_places(governors: list[Token]) -> list[str]:
    """Places named anywhere in the cue's own clause ("welcomed Abe ... on a bright morning at the
    White House"), not inside another clause."""
    names: list[str] = []
    for governor in governors:
        if governor.pos_ not in ("VERB", "AUX"):
            continue
        for ent in entities(governor.doc):
            if ent.label_ not in ("GPE", "FAC", "LOC") or not (governor.left_edge.i <= ent.start and ent.end - 1 <= governor.right_edge.i):
                continue
            path = list(ent.root.ancestors)
            if governor not in path:
                continue
            between = path[: path.index(governor)]
            if any(t.pos_ in ("VERB", "AUX") for t in between):
                continue
            # Only a place the clause puts the encounter "in" or "at", not "Prime Minister of Japan".
            prepositions = [t.lower_ for t in between if t.dep_ == "prep"]
            if not prepositions or prepositions[0] not in ("in", "at"):
                continue
            if any(word in _TOPIC_PREPOSITIONS for word in prepositions[1:]):
                continue  # "talks on support for Ukraine and human rights in Iran": a topic, not a venue
            names.append(ent.text.removeprefix("the ").strip())
    return names


# A meeting reported this many days before the report, or on its day, is the report's news.
NEWS_PLACE_REACH_DAYS = 2


class PlaceFromDateline:
    """Stage: the dateline's city for the day's news. Reads: mentions, article. Adds: location (and forum).

    "NEW DELHI, Sept 9 (Reuters) - Modi met Kishida on Saturday": a meeting that is the
    report's news and names no place took place where the report was filed.
    """

    def __init__(self, kb):
        self.kb = kb

    def __call__(self, record) -> None:
        name = dateline_place(record.article.text)
        published = record.article.published
        if not name or published is None:
            return
        place = resolve_place(self.kb, [name.title()], [])
        if place is None or place.city is None:
            return
        for draft in record.mentions:
            # A place known only by its country ("at State House", a host at home) narrows to the
            # dateline's city in that country.
            vague = draft.location is not None and draft.location.city is None and draft.location.country == place.country
            if draft.kind != "meeting" or (draft.location is not None and not vague) or draft.status != "occurred" or not draft.date or len(draft.date) != 10:
                continue
            if 0 <= (published - date.fromisoformat(draft.date)).days <= NEWS_PLACE_REACH_DAYS:
                draft.location = place
                if draft.occasion is None:
                    apply_summit(self.kb, draft, summit_at_place(self.kb, place, draft.date, published))
