"""Stage `encounters`: the diplomatic encounters one article reports.

Reads: the article, its spaCy `Doc`, its time expressions (from `temporal`)
and the knowledge base. Adds: `Encounter` records, one per distinct
encounter in the article, each with kind, parties, date, status, place,
occasion and the sentence that states it.

Per sentence, every cue word ("met", "talks", "visit", "phone call") is
read with the parse: its parties (`participants`), the time expression it
governs, its status (`status`), the place and the forum it is attached to
(`places`, `occasion`). A noun cue with no parties of its own ("The meeting,
which will take place on Wednesday, ...") speaks of the encounter in focus
and adds to it. Mentions of one encounter are then folded together.
"""
from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors import ArticleActors, Person
from ..model import Article, Encounter, Evidence, Participant, Place, TimeExpression
from ..places import names_in, place_phrases, resolve_place
from ..text.published import dateline_spans
from .cues import Cue, find_cues, modality_lexicon
from .draft import PRECISION_RANK, Draft, as_date, replace_draft, within_days
from .fold import absorb, is_part_of_meeting, main_pair, same_encounter
from .occasion import occasion_phrases, summit_at_place, summit_from_phrases
from .participants import Parties, PartyFinder, governing_verb
from .status import decide_status
from .timing import assign_times, direct_by_status, is_present_state, reanchor_present_weekday, time_roots

logger = logging.getLogger(__name__)

# How many sentences back a bare "the meeting" may refer to. Wire copy
# returns to its main encounter within a paragraph or two; 6 sentences kept
# every such reference in the dev corpus without reaching a different one.
ANAPHORA_SENTENCE_WINDOW = 6


# Leaders hold their side meetings over a summit's two or three days, and
# arrive the day before: a meeting this many days from the summit meeting an
# article reports is taken to be at that summit.
SUMMIT_SPAN_DAYS = 2
_ANAPHORIC_DETERMINERS = {"the", "this", "that", "their", "its", "his", "her", "these", "those"}


class EncounterFinder:
    """Finds encounters in parsed articles; loads nothing itself, holds the knowledge base."""

    def __init__(self, kb):
        self.kb = kb
        self._actors = None
        self._sentence_times: list[TimeExpression] = []
        self._call_words = {lemma for lemma, effect in modality_lexicon().items() if effect == "call"}

    def __call__(self, article: Article, doc: Doc, times: list[TimeExpression]) -> list[Encounter]:
        actors = ArticleActors(doc, self.kb, article.published)
        self._actors, self._sentences, self._published = actors, list(doc.sents), article.published
        parties = PartyFinder(actors)
        published = article.published.isoformat() if article.published else None
        datelines = dateline_spans(article.text)
        times = [t for t in times if not any(start <= t.start < end for start, end in datelines)]
        roots = time_roots(doc, times)
        drafts: list[Draft] = []
        for index, sentence in enumerate(doc.sents):
            cues = [cue for cue in find_cues(sentence) if cue.word.needs != "object_cue"]
            if not cues:
                continue
            assigned, self._reported, more_times = assign_times(cues, [t for t in roots if sentence.start <= t[0].i < sentence.end])
            for cue in cues:
                self._sentence_times = [expression for root, expression in roots if sentence.start <= root.i < sentence.end]
                parties.token_of = {}
                draft = self._read_cue(cue, index, assigned.get(cue.token.i), parties, drafts, article, published)
                if draft is not None:
                    for part in self._distribute(draft, cue, parties, article):
                        drafts.append(part)
                        drafts.extend(self._more_destinations(part, cue, parties))
                    for expression in more_times.get(cue.token.i, ()):
                        drafts.append(replace_draft(draft, date=expression.date, date_end=expression.date_end, precision=expression.precision))
        return self._fold(drafts, article, published)

    # -- one cue ---------------------------------------------------------------

    def _read_cue(self, cue: Cue, index: int, expression: TimeExpression | None, finder: PartyFinder,
                  drafts: list[Draft], article: Article, published: str | None) -> Draft | None:
        token = cue.token
        is_noun = cue.word.pos == "NOUN"
        on = as_date(expression.date if expression else None) or article.published
        group = main_pair(drafts)
        finder.actors.leader_group = main_pair(drafts, leaders_only=True)
        finder.as_leaders = cue.word.lemma == "summit" or any(t.lemma_.lower() == "summit" for t in token.children if t.dep_ == "compound")
        found: Parties = finder.of_noun(token, on, group) if is_noun else finder.of_verb(token, on, group)
        finder.as_leaders = False
        people = []
        for person in found.all():
            if person.is_official and all(person.name != other.name for other in people):
                people.append(person)
        governor = governing_verb(token) if is_noun else token
        governors = [token] + ([governor] if governor is not None and governor != token else [])
        if is_noun:
            # "The meeting, which will take place ... on the sidelines of APEC in Lima": the clause's phrases.
            governors += [child for child in token.children if child.dep_ in ("relcl", "acl")]

        subject_of = token if not is_noun else (governor if governor is not None and token.dep_ == "dobj" else None)
        if subject_of is not None and not found.subjects and finder.subject_tokens(subject_of) and cue.word.kind != "visit":
            # "He made calls to the leaders of Canada and Mexico" with no one "he" can be: the caller is
            # unknown, and the people called did not call each other.
            logger.debug("skipped %r (%s): subject not resolved", token.text, token.sent.text[:60])
            return None
        if cue.word.needs in ("object", "with") and not found.others:
            # "welcomed the role of Washington", "met with criticism": the object must be a person.
            logger.debug("skipped %r (%s): no person as object", token.text, token.sent.text[:60])
            return None
        kind = "meeting" if found.called_on else cue.word.kind
        is_phone = self._mentions_phone(governors)
        if cue.word.needs == "phone" and not is_phone:
            # "They spoke again on March 18": "spoke" with no phone word goes on a story of calls
            # between the same two; anything else ("spoke to reporters") is no encounter.
            if not (len(people) >= 2 and any(d.kind == "call" and {p.name for p in d.parties} == {p.name for p in people} for d in drafts)):
                return None
        if cue.word.needs == "phone_or_participants" and not is_phone:
            if any(t.lower_ in ("person", "face") for left in token.lefts for t in left.subtree) or any(
                t.lower_ in ("sidelines", "margins", "margin", "sideline") for t in token.subtree
            ):
                kind = "meeting"  # "in-person conversation", "a brief conversation on the margins of the summit"
            else:
                people = []  # a bare "conversation" speaks of the encounter in focus
        if kind == "meeting" and is_phone:
            kind = "call"
        if kind == "visit" and (found.host_found and len(people) >= 2):
            kind = "meeting"

        if expression is not None and article.published is not None:
            expression = reanchor_present_weekday(expression, token if not is_noun else (governing_verb(token) or token), article.published)
        if expression is not None and token.i in getattr(self, "_reported", ()):
            # The day a plan was announced is not the day it will happen.
            probe = decide_status(token, is_noun, None, published)
            if probe.status != "occurred":
                expression = None
        decision = decide_status(token, is_noun, expression.date if expression else None, published)
        if expression is not None and decision.status in ("planned", "occurred") and article.published is not None:
            turned = direct_by_status(expression, decision.status, article.published)
            if turned is not expression:
                expression = turned
                decision = decide_status(token, is_noun, expression.date, published)
        if decision.status is None:
            logger.debug("skipped %r: %s", token.sent.text[:80], decision.reason)
            return None

        if expression is None and published and is_present_state(token, is_noun):
            # "Modi is on a six-day visit to Japan", "Modi visits Australia": going on now.
            expression = TimeExpression(text="", start=token.idx, end=token.idx, kind="DATE", value=published[:7],
                                        precision="month", date=published[:7], anchor="publication")
            if decision.status == "occurred":
                decision = replace(decision, reason="going on at publication", is_default=False)
        sentence = token.sent
        evidence = Evidence(sentence.text.strip(), sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip())),
                            sentence.start_char + len(sentence.text.rstrip()))

        # A noun with no parties of its own speaks of the encounter in focus ("The meeting, which will ...").
        if is_noun and not people:
            if cue.word.needs in ("participants",) or not (self._is_anaphoric(token) or cue.word.needs == "phone_or_participants"):
                return None
            target = self._focus(drafts, kind, index)
            if target is not None:
                self._enrich(target, expression, governors)
            return None

        context_countries = [p.country for p in people if p.country]
        party_tokens = [t for t in token.sent if actors_token_is_party(t, people, finder)]
        place_names = place_phrases(governors) + [name for t in found.destination_tokens for name in names_in(t)] + place_phrases(party_tokens, {"in", "at"})
        place = resolve_place(self.kb, place_names, context_countries)
        if place is None and kind != "call":
            place = resolve_place(self.kb, _clause_places(governors), context_countries)
        if place is None:
            place = self._country_in_focus(found.destination_tokens + [c for g in governors for c in g.children if c.dep_ == "dobj"],
                                           {p.country for p in people if p.country})
        if place is None and kind == "meeting" and any(g.lemma_.lower() in ("host", "welcome", "receive") for g in governors if g.pos_ == "VERB"):
            # "Albanese welcomed Modi": the one who hosts is at home; "was received by Xi": the agent is.
            passive = any(child.dep_ in ("auxpass", "nsubjpass") for g in governors for child in g.children)
            hosts = [p for p in (found.others if passive else found.subjects) if p.is_official and p.country]
            if hosts:
                place = resolve_place(self.kb, [hosts[0].country], []) or Place(name=hosts[0].country, country=hosts[0].country)

        if kind == "visit" and place is None and is_noun and token.tag_ == "NNS":
            # "there have been state visits previously by Mandela (1996) ...": visits like the one in focus.
            focus = next((d for d in reversed(drafts) if d.location is not None and d.location.country), None)
            if focus is not None:
                place = Place(name=focus.location.country, country=focus.location.country)
        if kind == "visit":
            travellers = [p for p in (found.subjects or people) if p.is_official]
            if not travellers:
                logger.debug("skipped %r (%s): no official traveller", token.text, token.sent.text[:60])
                return None
            if len(people) >= 2 and found.host_found:
                kind = "meeting"
            else:
                if place is None or place.country is None or all(p.country == place.country for p in travellers):
                    if cue.word.needs == "place" or place is None:
                        logger.debug("skipped %r (%s): no foreign destination", token.text, token.sent.text[:60])
                        return None
                people = travellers
        if not any(p.is_known_leader for p in people) and not all(p.country or _is_government_role(p.role) for p in people):
            # Neither party is in the office tables and one has no country: in general news this is
            # a union leader or a company officer far more often than a diplomat.
            logger.debug("skipped %r (%s): no known official and a party without country", token.text, token.sent.text[:60])
            return None
        if kind in ("meeting", "call"):
            if len(people) < 2:
                logger.debug("skipped %r (%s): parties %s", token.text, token.sent.text[:60], [p.name for p in people])
                return None
            countries = {p.country for p in people}
            if len(countries) == 1 and None not in countries:
                logger.debug("skipped %r (%s): same country", token.text, token.sent.text[:60])
                return None  # same-country encounters are not diplomacy
        if kind == "call":
            place = None

        draft = Draft(
            kind=kind,
            parties=people,
            status=decision.status,
            sentence_index=index,
            evidence=evidence,
            cue=token.text,
            location=place,
            reasons=[decision.reason],
            status_is_default=decision.is_default,
            subjects=[p.name for p in found.subjects],
        )
        if expression is not None:
            draft.date, draft.date_end, draft.precision = expression.date, expression.date_end, expression.precision
        summit = summit_from_phrases(self.kb, occasion_phrases(governors), draft.date, article.published)
        self._apply_summit(draft, summit)
        return draft

    def _distribute(self, draft: Draft, cue: Cue, finder: PartyFinder, article: Article) -> list[Draft]:
        """Plural cues report one encounter per party: "calls to the leaders of Canada and Mexico on
        Saturday and of Israel and Egypt on Sunday", "state visits by Mandela (1996) and Mbeki (2001)"."""
        token = cue.token
        plural = token.tag_ in ("NNS", "NNPS") and token.lower_ != "talks"
        anchor = [p for p in draft.parties if p.name in draft.subjects]
        others = [p for p in draft.parties if p not in anchor]
        # "Xi is to meet Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue":
        # two hosts of one country met one after the other, not a three-way meeting.
        same_country_hosts = (cue.word.pos == "VERB" and draft.kind in ("meeting", "call") and len(anchor) == 1 and len(others) >= 2
                              and len({p.country for p in others}) == 1 and None not in {p.country for p in others})
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
            mover = group[-1]
            expression = self._own_time(finder.token_of.get(mover.name))
            if expression is not None:
                part.date, part.date_end, part.precision = expression.date, expression.date_end, expression.precision
            parts.append(part)
        return parts

    def _own_time(self, token: Token | None) -> TimeExpression | None:
        """The time that belongs to one party of a list: the first one after it in the sentence.

        "Mandela (1996), Mbeki (2001) and Zuma (2010)"; "leaders of Canada and
        Mexico on Saturday and of Israel and Egypt on Sunday".
        """
        if token is None:
            return None
        after = [e for e in self._sentence_times if e.start >= token.idx + len(token.text)]
        return min(after, key=lambda e: e.start) if after else None

    def _country_in_focus(self, tokens: list[Token], own: set | None = None) -> Place | None:
        """ "visited the country": the last country the article named before (not the traveller's own)."""
        for token in tokens:
            if token.lemma_.lower() not in ("country", "nation") or not any(c.lower_ in ("the", "this") for c in token.children):
                continue
            for ent in reversed([e for e in token.doc.ents if e.label_ == "GPE" and e.end <= token.i]):
                try:
                    code = self.kb.country_code(ent.text)
                except Exception:  # noqa: BLE001
                    code = None
                if code and code not in (own or set()):
                    return resolve_place(self.kb, [ent.text], [])
        return None

    def _more_destinations(self, draft: Draft, cue: Cue, finder: PartyFinder) -> list[Draft]:
        """One visit per country of a tour: "a six-day visit to Japan, Papua New Guinea and Australia"."""
        if draft.kind != "visit" or draft.location is None:
            return []
        extra = []
        seen = {draft.location.country}
        for token in cue.token.subtree:
            # "a visit to Japan, Papua New Guinea and Australia"; "toured Ghana, Tanzania and Zambia"
            if not ((token.dep_ == "pobj" and token.head.lower_ == "to") or (token.dep_ == "dobj" and token.head == cue.token)):
                continue
            for conj in token.conjuncts:
                place = resolve_place(self.kb, names_in(conj) or [conj.text], [])
                if place is None or place.country in seen or place.country is None:
                    continue
                if all(p.country == place.country for p in draft.parties):
                    continue
                seen.add(place.country)
                extra.append(replace_draft(draft, location=place))
        return extra

    def _mentions_phone(self, governors: list[Token]) -> bool:
        """Whether the encounter is by phone or video: "phone call", "spoke by phone", "held talks over
        the telephone", "virtual summit", "met virtually". Only the cue's own phrase and the verb's
        adverbials count, not a phone call mentioned elsewhere in the clause."""
        cue, verbs = governors[0], governors[1:]
        words = list(cue.subtree) if cue.pos_ not in ("VERB", "AUX") else [cue]
        for verb in verbs + ([cue] if cue.pos_ in ("VERB", "AUX") else []):
            for child in verb.children:
                if child.dep_ in ("prep", "advmod", "npadvmod", "acomp"):
                    words.append(child)
                    for grandchild in child.children:
                        # "by phone", "over the telephone", "on a phone call" - but "in a phone call to
                        # Erdogan during a meeting between Obama and Netanyahu" is the call's, not the meeting's.
                        if grandchild.dep_ in ("pobj", "amod", "compound") and not (cue.pos_ not in ("VERB", "AUX") and grandchild.lemma_.lower() in ("call", "conversation")):
                            words.extend(grandchild.subtree)
        return any(token.lower_ in self._call_words or token.lemma_.lower() in self._call_words for token in words)

    @staticmethod
    def _is_anaphoric(token: Token) -> bool:
        return any(child.lower_ in _ANAPHORIC_DETERMINERS for child in token.children if child.dep_ in ("det", "poss"))

    @staticmethod
    def _focus(drafts: list[Draft], kind: str, index: int) -> Draft | None:
        for draft in reversed(drafts):
            if index - draft.sentence_index > ANAPHORA_SENTENCE_WINDOW:
                return None
            if (draft.kind == "call") == (kind == "call"):
                return draft
        return None

    def _enrich(self, draft: Draft, expression: TimeExpression | None, governors: list[Token]) -> None:
        """Add what a later anaphoric mention tells about an encounter: a finer date, a place, a forum."""
        if expression is not None and PRECISION_RANK.get(expression.precision, 0) > PRECISION_RANK.get(draft.precision, -1):
            if draft.date is None or expression.date.startswith(draft.date[:4]) or draft.precision in ("week", "unknown"):
                draft.date, draft.date_end, draft.precision = expression.date, expression.date_end, expression.precision
        if draft.kind != "call":
            place = resolve_place(self.kb, place_phrases(governors), [p.country for p in draft.parties if p.country])
            if place is not None and (draft.location is None or (draft.location.city is None and place.city is not None)):
                draft.location = place
        if draft.occasion is None:
            published = None
            summit = summit_from_phrases(self.kb, occasion_phrases(governors), draft.date, published)
            self._apply_summit(draft, summit)
        # The status is left alone: a bare "the scrapped meeting" may point at another meeting.

    def _apply_summit(self, draft: Draft, summit) -> None:
        if summit is None or draft.kind == "call":
            return  # a call is not held on anyone's sidelines
        draft.occasion = summit.label
        if draft.kind != "call" and summit.city and (draft.location is None or draft.location.city is None):
            place = resolve_place(self.kb, [summit.city], [summit.country] if summit.country else [])
            draft.location = place or Place(name=summit.city, city=summit.city, country=summit.country)
        if summit.start and PRECISION_RANK.get(draft.precision, -1) < PRECISION_RANK["day"]:
            start, end = summit.start.isoformat(), (summit.end or summit.start).isoformat()
            if draft.date is None or start.startswith(draft.date) or (draft.date_end and draft.date <= start <= draft.date_end):
                draft.date, draft.date_end, draft.precision = start, (end if end != start else None), "day"

    # -- folding mentions of one encounter ----------------------------------------

    def _fold(self, drafts: list[Draft], article: Article, published: str | None) -> list[Encounter]:
        for draft in drafts:
            self._meet_hosts(draft, drafts)
        # Trips first: a meeting takes its place and day from the trip it was held on ("arrived in Seoul
        # on Sunday ... held talks with Yoon"), so that it is not then mistaken for another meeting of
        # the same two ("Yoon travelled to Tokyo in March, when he met Kishida").
        drafts = [draft for draft in drafts if not is_part_of_meeting(draft, drafts, published)]
        kept: list[Draft] = []
        for draft in drafts:
            if draft.occasion is None and draft.kind != "call":
                summit = summit_at_place(self.kb, draft.location, draft.date, article.published)
                if summit is not None:
                    self._apply_summit(draft, summit)
            twin = next((other for other in kept if same_encounter(other, draft)), None)
            if twin is None:
                kept.append(draft)
            else:
                absorb(twin, draft)
        kept = [draft for draft in kept if not is_part_of_meeting(draft, kept, published)]
        self._share_summit(kept)
        return [self._to_encounter(draft, article, published) for draft in kept]

    def _share_summit(self, drafts: list[Draft]) -> None:
        """Meetings of a summit's days that name no place or forum were held there.

        A report from a summit goes on "On Thursday morning, the Vietnamese
        leader met President Marcos" without repeating "on the sidelines of the
        ASEAN summit in Vientiane": a meeting with no place and no occasion,
        dated within the summit's days (or within a day or two of the summit
        meeting the article reports), shares that summit's occasion and city.
        """
        summits = [d for d in drafts if d.occasion and d.location is not None and d.date and d.kind == "meeting"]
        if not summits:
            return
        for draft in drafts:
            if draft.kind != "meeting" or draft.occasion or draft.location is not None or not draft.date or len(draft.date) < 10:
                continue
            for summit in summits:
                if summit is draft:
                    continue
                start, end = summit.date, summit.date_end or summit.date
                if len(start) < 10:
                    continue
                if within_days(start, draft.date, SUMMIT_SPAN_DAYS) or within_days(draft.date, end, SUMMIT_SPAN_DAYS):
                    draft.occasion, draft.location = summit.occasion, summit.location
                    break

    def _meet_hosts(self, draft: Draft, drafts: list[Draft]) -> None:
        """A visit whose sentence names an official of the country visited is a meeting with them.

        "Abiy arrived in Asmara and was embraced by President Isaias Afwerki",
        "arrived in Dakar ... and held talks with his host": the schema's
        visit is a trip with no counterpart named.
        """
        if draft.kind != "visit" or draft.location is None or draft.location.country is None or self._actors is None:
            return
        sentence = self._sentences[draft.sentence_index]
        destination = draft.location.country
        hosts = []
        for token in sentence:
            person = self._actors.person_at(token)
            if person is not None and person.is_official and person.country == destination and person not in hosts and person not in draft.parties and _receives(token):
                # "visited Beijing, during which he held talks with Wang and was received by Xi": those
                # meetings are reported on their own; the trip folds into them instead.
                if any(other.kind == "meeting" and other.sentence_index == draft.sentence_index and person in other.parties
                       and all(traveller in other.parties for traveller in draft.parties) for other in drafts):
                    continue
                hosts.append(person)
        # "held talks with his host", "a return visit to Addis Ababa": the leader of the country visited.
        if not hosts and any((t.lower_ in ("host", "hosts") and t.pos_ == "NOUN") or (t.lower_ in ("return", "reciprocal") and t.head.lemma_ == "visit") for t in sentence):
            on = as_date(draft.date) or self._published
            if on is not None:
                terms = self._actors.leader_terms(destination, on)
                if terms:
                    hosts.append(self._actors._person_for_term(terms[0], "host"))
        if hosts:
            draft.kind = "meeting"
            draft.parties = draft.parties + hosts

    def _to_encounter(self, draft: Draft, article: Article, published: str | None) -> Encounter:
        participants = tuple(self._participant(person) for person in draft.parties)
        countries = [p.country for p in draft.parties if p.country]
        if draft.kind == "visit" and draft.location is not None and draft.location.country:
            countries = [countries[0]] if countries else []
            countries.append(draft.location.country)
        unique = tuple(dict.fromkeys(countries))
        return Encounter(
            article_id=article.id,
            kind=draft.kind,
            participants=participants,
            countries=unique,
            date=draft.date,
            date_end=draft.date_end,
            date_precision=draft.precision if draft.date else "unknown",
            status=draft.status,
            location=draft.location,
            occasion=draft.occasion,
            evidence=draft.evidence,
            published=published,
            cue=draft.cue,
        )

    def _participant(self, person: Person) -> Participant:
        alternatives: tuple[str, ...] = ()
        if person.first_char < 0 and person.country and person.role:
            # Named by role only: the gold accepts the office as an alternative.
            try:
                country_name = self.kb.country_name(person.country)
            except Exception:  # noqa: BLE001
                country_name = None
            if country_name:
                alternatives = (f"{person.role} of {country_name}",)
        return Participant(name=person.name, role=person.role, country=person.country,
                           mention=person.mention, alternatives=alternatives)


_GOVERNMENT_ROLE_WORDS = ("minister", "secretary", "adviser", "advisor", "nsa", "envoy", "ambassador", "representative", "chancellor", "premier")


_RECEIVING_VERBS = {"host", "receive", "welcome", "greet", "embrace", "meet", "hold", "have", "accompany"}


def _receives(token: Token) -> bool:
    """Whether a name stands where a host does: "embraced by President Isaias", "talks with his host
    Macky Sall", "welcomed by King Charles", or as the subject of "hosted", "received", "welcomed"."""
    if any(child.dep_ == "neg" for ancestor in [token, *token.ancestors] if ancestor.pos_ in ("VERB", "AUX") for child in ancestor.children):
        return False  # "did not meet Biden during his visit": no host met
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in _RECEIVING_VERBS:
        return True
    for node in [token, *token.ancestors]:
        if node.dep_ in ("agent", "dobj", "dative") or (node.dep_ == "pobj" and node.head.lower_ in ("with", "by")):
            return True
        if node.pos_ in ("VERB", "AUX"):
            return node.lemma_.lower() in _RECEIVING_VERBS and node.dep_ != "ROOT" and token.dep_ != "appos"
    return False


def _is_government_role(role: str | None) -> bool:
    """Titles only governments give ("NSA", "national security adviser"), unlike "President" of a union."""
    return bool(role) and any(word in role.lower().split() or role.lower() == word for word in _GOVERNMENT_ROLE_WORDS) and "press" not in role.lower()


def actors_token_is_party(token: Token, people: list[Person], finder: PartyFinder) -> bool:
    """Whether `token` heads a mention of one of `people` ("met Xi in Buenos Aires": "in" hangs on Xi)."""
    person = finder.actors.person_at(token)
    return person is not None and person in people and token.head.i != token.i and finder.actors.person_at(token.head) is not person


def _clause_places(governors: list[Token]) -> list[str]:
    """Places named anywhere in the cue's own clause ("welcomed Abe ... on a bright morning at the
    White House"), not inside another clause."""
    names: list[str] = []
    for governor in governors:
        if governor.pos_ not in ("VERB", "AUX"):
            continue
        for ent in governor.doc.ents:
            if ent.label_ not in ("GPE", "FAC", "LOC") or not (governor.left_edge.i <= ent.start and ent.end - 1 <= governor.right_edge.i):
                continue
            path = [ancestor for ancestor in ent.root.ancestors]
            if governor not in path:
                continue
            between = path[: path.index(governor)]
            if any(t.pos_ in ("VERB", "AUX") for t in between):
                continue
            # Only a place the clause puts the encounter "in" or "at", not "Prime Minister of Japan".
            prepositions = [t.lower_ for t in between if t.dep_ == "prep"]
            if not prepositions or prepositions[0] not in ("in", "at"):
                continue
            names.append(ent.text.removeprefix("the ").strip())
    return names
