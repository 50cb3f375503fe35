"""A visit whose sentence names a host met there is a meeting with that host.

Reads: a visit mention, its sentence's parse and the article's people.
Adds: the hosts as parties, turning the visit into a meeting. The schema's
visit is a trip with no counterpart named: "Abiy arrived in Asmara and was
embraced by President Isaias Afwerki", "arrived in Dakar ... and held talks
with his host" are meetings.
"""
from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft, as_date
from .reading import ArticleReading

_RECEIVING_VERBS = {"host", "receive", "welcome", "greet", "embrace", "meet", "hold", "have", "accompany"}
# Verbs of handing something to someone in person: the one handed to is met.
_HANDING_VERBS = {"present", "deliver", "hand", "convey", "submit", "pass"}


def meet_hosts(reading: ArticleReading, draft: Draft) -> None:
    """Add the officials of the country visited that the visit's sentence shows receiving the traveller."""
    if draft.kind != "visit" or draft.location is None or draft.location.country is None:
        return
    if draft.cue_index >= 0 and _placed_against(reading.doc[draft.cue_index]):
        return  # "less than a month after Blinken's trip to Beijing, Yellen met Li": another trip's hosts
    sentence = reading.sentences[draft.sentence_index]
    destination = draft.location.country
    hosts = []
    for token in sentence:
        person = reading.actors.person_at(token)
        if (person is None or not person.is_official or person.country != destination or person in hosts
                or person in draft.parties or not receives(token)):
            continue
        hosts.append(person)
    # "held talks with his host", "a return visit to Addis Ababa": the leader of the country visited.
    if not hosts and any((t.lower_ in ("host", "hosts") and t.pos_ == "NOUN") or (t.lower_ in ("return", "reciprocal") and t.head.lemma_ == "visit") for t in sentence):
        on = as_date(draft.date) or reading.published
        if on is not None:
            terms = reading.actors.leader_terms(destination, on)
            if terms:
                hosts.append(reading.actors.person_for_term(terms[0], "host"))
    # "visited Beijing, during which he held talks with Wang and was received by Xi": those meetings
    # are reported on their own; the trip folds into them instead.
    hosts = [person for person in hosts if not any(
        other.kind == "meeting" and other.sentence_index == draft.sentence_index and person in other.parties
        and all(traveller in other.parties for traveller in draft.parties) for other in reading.mentions)]
    if hosts:
        draft.kind = "meeting"
        draft.parties = draft.parties + hosts


def _placed_against(cue: Token) -> bool:
    """Whether a trip is named only to place another event in time ("after his trip", "since her visit")."""
    return cue.dep_ == "pobj" and cue.head.lower_ in ("after", "before", "since", "following", "prior", "ahead")


def receives(token: Token) -> bool:
    """Whether a name stands where a host does: "embraced by President Isaias", "talks with his host
    Macky Sall", "welcomed by King Charles", or as the subject of "hosted", "received", "welcomed"."""
    if any(child.dep_ == "neg" for ancestor in [token, *token.ancestors] if ancestor.pos_ in ("VERB", "AUX") for child in ancestor.children):
        return False  # "did not meet Biden during his visit": no host met
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in _RECEIVING_VERBS:
        return True
    for node in [token, *token.ancestors]:
        if node.dep_ in ("agent", "dobj", "dative") or (node.dep_ == "pobj" and node.head.lower_ in ("with", "by")):
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lemma_.lower() in _HANDING_VERBS:
            return True  # "travel to Moscow to present the proposal to Putin"
        if node.pos_ in ("VERB", "AUX"):
            return node.lemma_.lower() in _RECEIVING_VERBS and node.dep_ != "ROOT" and token.dep_ != "appos"
    return False
