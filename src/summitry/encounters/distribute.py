"""One mention that reports several encounters, split into one each.

Reads: a mention just read from a cue, its cue and the sentence's time
expressions. Adds: one mention per encounter the cue reports:

- a plural cue reports one encounter per party: "calls to the leaders of
  Canada and Mexico on Saturday and of Israel and Egypt on Sunday", "state
  visits by Mandela (1996) and Mbeki (2001)";
- one traveller meeting several hosts of one country meets them one after
  the other: "Xi is to meet Prime Minister Pham Minh Chinh and National
  Assembly Chairman Vuong Dinh Hue";
- a tour: one visit per country, "a six-day visit to Japan, Papua New
  Guinea and Australia".
"""
from __future__ import annotations

from spacy.tokens import Token

from ..model import TimeExpression
from ..places import resolve_place
from .cues import Cue
from .draft import Draft, replace_draft
from .reading import ArticleReading


def distribute(reading: ArticleReading, draft: Draft, cue: Cue) -> list[Draft]:
    """The encounters one mention reports: itself, or one per party, each with its own time."""
    token = cue.token
    plural = token.tag_ in ("NNS", "NNPS") and token.lower_ != "talks"
    anchor = [p for p in draft.parties if p.name in draft.subjects]
    others = [p for p in draft.parties if p not in anchor]
    same_country_hosts = (cue.word.pos == "VERB" and draft.kind in ("meeting", "call") and len(anchor) == 1 and len(others) >= 2
                          and len({p.country for p in others}) == 1 and None not in {p.country for p in others}
                          and not _told_as_one(reading, draft))
    if not plural and not same_country_hosts:
        return [draft]
    if draft.kind == "visit":
        groups = [[person] for person in draft.parties]
    else:
        if len(anchor) != 1 or len(others) < 2:
            return [draft]
        groups = [anchor + [other] for other in others]
    if len(groups) < 2:
        return [draft]
    parts = []
    for group in groups:
        part = replace_draft(draft, parties=group)
        expression = _own_time(reading, reading.parties.token_of.get(group[-1].name))
        if expression is not None:
            part.date, part.date_end, part.precision = expression.date, expression.date_end, expression.precision
        parts.append(part)
    return parts


# Words by which the next sentences speak of the people met as one group: "The trio will sit down".
_GROUP_OF_THREE = {"trio", "trilateral", "three-way", "threesome"}
# How many sentences on such a word may stand.
GROUP_REACH_SENTENCES = 2


def _told_as_one(reading: ArticleReading, draft: Draft) -> bool:
    """Whether the story goes on to speak of the parties as one meeting ("The trio will sit down for talks")."""
    for sentence in reading.sentences[draft.sentence_index: draft.sentence_index + 1 + GROUP_REACH_SENTENCES]:
        for token in sentence:
            if token.lower_ in _GROUP_OF_THREE or (token.lower_ == "three" and token.head.lemma_.lower() in ("leader", "minister", "man", "woman", "side")):
                return True
    return False


def _own_time(reading: ArticleReading, token: Token | None) -> TimeExpression | None:
    """The time that belongs to one party of a list: the first one after it in the sentence.

    "Mandela (1996), Mbeki (2001) and Zuma (2010)"; "leaders of Canada and
    Mexico on Saturday and of Israel and Egypt on Sunday".
    """
    if token is None:
        return None
    after = [e for e in reading.sentence_times if e.start >= token.idx + len(token.text)]
    return min(after, key=lambda e: e.start) if after else None


def more_destinations(reading: ArticleReading, draft: Draft, cue: Cue) -> list[Draft]:
    """One visit per country of a tour: "a six-day visit to Japan, Papua New Guinea and Australia"."""
    if draft.kind != "visit" or draft.location is None:
        return []
    extra = []
    seen = {draft.location.country}
    for token in cue.token.subtree:
        # "a visit to Japan, Papua New Guinea and Australia"; "toured Ghana, Tanzania and Zambia"
        # (also "a visit to the OECD headquarters in Paris, Tanzania and Zambia": the list may hang on the "in")
        if not ((token.dep_ == "pobj" and token.head.lower_ in ("to", "in")) or (token.dep_ == "dobj" and token.head == cue.token)):
            continue
        for conj in token.conjuncts:
            # The conjunct's own name, not a place hung below it ("Barbados, from New York").
            own = next((ent.text for ent in reading.doc.ents if ent.start <= conj.i < ent.end), conj.text)
            place = resolve_place(reading.kb, [own], [])
            if place is None or place.country in seen or place.country is None:
                continue
            if all(p.country == place.country for p in draft.parties):
                continue
            seen.add(place.country)
            extra.append(replace_draft(draft, location=place))
    return extra
