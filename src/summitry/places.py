"""Stage `places`: where an encounter took place.

Reads: the tokens that govern an encounter (its cue and the verb above it),
the knowledge base and the countries of the parties. Adds: a `Place` (city,
country, coordinates) from the "in"/"at"/"to" phrases attached to them
("in Lima", "at Hyderabad House in New Delhi", "to Beijing"). When several
places are given the most specific one wins: a city over a country.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from .spans import entities
from .model import Place

_PLACE_PREPOSITIONS = {"in", "at", "to", "inside", "near", "outside"}
# Verbs after which "for" may name the place of what is planned: "scheduled for Brasilia".
_SCHEDULING_VERBS = {"schedule", "slate", "set", "plan"}
# Verbs whose object is a government addressed, not a place: "asked Japan for a meeting", "urged Beijing to".
ADDRESSING_VERBS = {"ask", "urge", "press", "tell", "call", "thank", "warn", "invite", "request", "accuse", "criticise", "criticize"}
# Verbs whose object is the place a trip starts from, not its destination.
LEAVING_VERBS = {"leave", "depart", "quit"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Labels the small tagger gives place names by mistake ("in Copenhagen" as an organisation).
_UNTAGGED_PLACE_LABELS = {"ORG", ""}
# Words that never name a place even when capitalised after "in"/"at".
_NOT_PLACES = {"person", "private", "public", "talks", "office", "power", "person", "charge", "addition", "fact", "order"}


def place_phrases(governors: Iterable[Token], prepositions: set[str] = _PLACE_PREPOSITIONS, people: frozenset[int] = frozenset()) -> list[str]:
    """Candidate place names in the prepositional phrases attached to `governors`, and in their direct
    objects ("visited Russia") other than those known to name people (token indexes in `people`)."""
    phrases: list[str] = []
    for governor in governors:
        for prep in governor.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "during", "at"):
                # "on the sidelines of the African Union summit in Addis Ababa"
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in ("sideline", "sidelines", "margin", "margins", "summit", "session", "meeting", "conference", "forum", "assembly"):
                        phrases.extend(place_phrases([t for t in obj.subtree if t.lemma_.lower() in ("summit", "session", "meeting", "conference", "forum", "assembly", "sideline", "sidelines", "margin", "margins")], {"in"}))
            if prep.dep_ == "prep" and prep.lower_ in ("for", "on", "during"):
                # "welcomed Modi for an official visit to Australia": the visit's destination.
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in ("visit", "trip", "tour"):
                        phrases.extend(place_phrases([obj], {"to"}))
            if prep.dep_ == "prep" and prep.lower_ == "for" and governor.lemma_.lower() in _SCHEDULING_VERBS:
                # "a summit scheduled for Brasilia later this month": a place, where "for" names one.
                phrases.extend(name for obj in prep.children if obj.dep_ == "pobj" and obj.ent_type_ == "GPE"
                               for name in names_in(obj))
            if prep.dep_ != "prep" or prep.lower_ not in prepositions:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                phrases.extend(names_in(obj))
        # "Moscow will host talks": the host city is the subject - when the subject is a place
        # ("MANILA, Philippines - Biden will host ...": a dateline the parser hung on the subject is not).
        if governor.lemma_.lower() == "host":
            for subject in governor.children:
                if subject.dep_ == "nsubj" and subject.ent_type_ in _PLACE_LABELS:
                    phrases.extend(names_in(subject))
        # "visited Russia", "visit the United States": the place is the direct object - not a place
        # inside a person's title ("received the President of Somalia Hassan Sheikh Mohamud").
        for obj in governor.children:
            if governor.lemma_.lower() in LEAVING_VERBS | ADDRESSING_VERBS:
                break  # "left Astana for Dushanbe", "asked Japan for a meeting": no destination
            if obj.dep_ == "dobj" and obj.i not in people and not _holds_full_name(obj):
                phrases.extend(names_in(obj))
    return phrases


def _holds_full_name(head: Token) -> bool:
    """Whether a phrase holds a person's name below its head ("received Syria's president Sharaa"); a
    lone head the tagger took for a person ("visited Niger") does not count."""
    return any(ent.label_ == "PERSON" and head.left_edge.i <= ent.start and ent.end - 1 <= head.right_edge.i
               and not (len(ent) == 1 and ent.start == head.i) for ent in entities(head.doc))


def _hyphen_joined(ent) -> bool:
    """Whether a name is joined by a hyphen, without spaces, to another proper noun ("Türkiye-Iran", "China-Africa")."""
    doc = ent.doc
    after = ent.end + 1 < len(doc) and doc[ent.end].text in ("-", "–") and not ent[-1].whitespace_ and not doc[ent.end].whitespace_ \
        and doc[ent.end + 1].text[:1].isupper()
    before = ent.start >= 2 and doc[ent.start - 1].text in ("-", "–") and not doc[ent.start - 1].whitespace_ \
        and not doc[ent.start - 2].whitespace_ and doc[ent.start - 2].text[:1].isupper()
    return after or before


def names_in(head: Token) -> list[str]:
    """Proper-noun names inside the phrase headed by `head`, outermost first ("Hyderabad House", "New Delhi")."""
    names = []
    doc = head.doc
    for ent in entities(doc):
        if ent.label_ in _PLACE_LABELS and head.left_edge.i <= ent.start and ent.end - 1 <= head.right_edge.i:
            # Not from a clause inside the phrase: "Capitol Hill, where he asked lawmakers to keep supporting Ukraine".
            path = [t for t in ent.root.ancestors]
            if head in path and any(t.pos_ in ("VERB", "AUX") for t in path[: path.index(head)]):
                continue
            # Not a country in a party's title: "between President A and President of the Republic of Kazakhstan B".
            if (head in path and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of"
                    and any(t.dep_ == "prep" and t.lower_ in ("between", "with", "among") for t in path[: path.index(head)])):
                continue
            # Not a country that only qualifies a common noun: "an important UK ally", "the Kenyan delegation".
            if ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.pos_ == "NOUN" and ent.root.head.ent_type_ not in _PLACE_LABELS:
                continue
            # Nor a name after "as", a role or a comparison, never where: "a summit as Russia and China vie for the region".
            if head in path and any(t.dep_ == "prep" and t.lower_ == "as" for t in [ent.root, *path[: path.index(head)]]):
                continue
            # Nor a country joined by a hyphen to another: "the Türkiye-Iran Cooperation Council" is of a pair.
            if _hyphen_joined(ent):
                continue
            # Nor a country of a list that says among or between whom: "a summit among Kenya, Uganda and Rwanda".
            if head in path and any(t.dep_ == "prep" and t.lower_ in ("among", "between") for t in path[: path.index(head)]):
                continue
            text = ent.text.removeprefix("the ").strip()
            if text.lower() not in _NOT_PLACES:
                names.append(text)
    # "at the State House of the Republic in Abuja": a city the tagger took into a building's name.
    for token in head.subtree:
        if (token is not head and token.dep_ == "pobj" and token.head.lower_ == "in" and token.pos_ == "PROPN"
                and token.ent_type_ in ("ORG", "FAC") and not _inside_clause(token, head)):
            start = token.i
            while start > token.left_edge.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                start -= 1
            name = doc[start : token.i + 1].text
            if name not in names:
                names.append(name)
    # (Tagged as a person only where a place stands: "met in Weimar", "visited Kyiv"; not "met Weimar".)
    # (A country tagged as a nationality likewise: "a visit to Tajikistan".)
    in_or_at = (head.dep_ == "pobj" and head.head.lower_ in ("in", "at")) or (
        head.dep_ == "dobj" and head.head.lemma_.lower() in ("visit", "tour"))  # "visited Kyiv" tagged as a person
    to_in_or_at = head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "to")
    if not names and head.pos_ == "PROPN" and (head.ent_type_ in _UNTAGGED_PLACE_LABELS or (in_or_at and head.ent_type_ == "PERSON")
                                               or (to_in_or_at and head.ent_type_ == "NORP")):
        # "in Copenhagen" tagged as an organisation or not at all: the name is a candidate, and only a
        # place the gazetteer knows resolves.
        start = head.i
        while start > head.left_edge.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        names.append(doc[start : head.i + 1].text)
    return names


# How far apart two places named together may be and still vouch for each other ("San Pedro, outside Monterrey").
NEIGHBOUR_KM = 300


def _km(a: Place, b: Place) -> float:
    """Great-circle distance between two places (infinite when either has no coordinates)."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return float("inf")
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _inside_clause(token: Token, head: Token) -> bool:
    """Whether a verb stands between `token` and the phrase head above it (a clause inside the phrase)."""
    for ancestor in token.ancestors:
        if ancestor == head:
            return False
        if ancestor.pos_ in ("VERB", "AUX"):
            return True
    return False


def resolve_place(kb, names: Sequence[str], context_countries: Sequence[str] = ()) -> Place | None:
    """The most specific place among `names`: a city beats a country."""
    best: Place | None = None
    context = tuple(c for c in context_countries if c)
    alone = [_resolve_one(kb, name, ()) if len(names) > 1 else None for name in names]
    for index, name in enumerate(names):
        place = _resolve_one(kb, name, context)
        # The names given together vouch for each other: "San Pedro, outside Monterrey, Nuevo Leon" is
        # the San Pedro near Monterrey, whoever the parties are.
        for other, voucher in enumerate(alone):
            if other == index or voucher is None or voucher.country is None or (place is not None and place.country == voucher.country):
                continue
            if place is not None and place.country in context and voucher.country not in context:
                continue  # the parties' country outranks a stray name's ("Model Town" read far away)
            near = _resolve_one(kb, name, (voucher.country,))
            if near is not None and near.country == voucher.country and _km(near, voucher) <= NEIGHBOUR_KM:
                place = near
                break
        if place is None:
            continue
        if best is None or (best.city is None and place.city is not None):
            best = place
    return best


def _resolve_one(kb, name: str, context: tuple[str, ...]) -> Place | None:
    """One name, read in the countries of the parties (the knowledge base keeps big cities on their main reading)."""
    try:
        return kb.resolve_place(name, context_countries=context)
    except Exception:  # noqa: BLE001 - a knowledge gap must not stop extraction
        return None
