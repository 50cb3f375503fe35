"""Turning the folded drafts of one article into `Encounter` records.

Reads: the folded drafts, the article and the knowledge base. Adds: frozen
`Encounter` records with participants (canonical names, and the office as
an alternative name when the text named only a role), the parties'
countries (for a visit: the traveller's, then the destination) and the
publication date.
"""
from __future__ import annotations

from ..actors import Person
from ..model import Article, ArticleRecord, Encounter, Participant
from .draft import Draft


class FinishEncounters:
    """Stage: the `Encounter` records. Reads: mentions (folded), article. Adds: encounters."""

    def __init__(self, kb):
        self.kb = kb

    def __call__(self, record: ArticleRecord) -> None:
        record.encounters = tuple(finish_encounter(self.kb, draft, record.article) for draft in record.mentions
                                  if not _trip_at_home(draft))


def _trip_at_home(draft: Draft) -> bool:
    """A "visit" whose place is the travellers' own country ("made his first trips abroad", placed at home by the
    story's country) is no trip abroad; it served to date the encounters told with it."""
    return (draft.kind == "visit" and draft.location is not None and draft.location.country is not None
            and all(p.country == draft.location.country for p in draft.parties))


def finish_encounter(kb, draft: Draft, article: Article) -> Encounter:
    """The `Encounter` record of one folded draft."""
    countries = [p.country for p in draft.parties if p.country]
    if draft.kind == "visit" and draft.location is not None and draft.location.country:
        countries = [countries[0]] if countries else []
        countries.append(draft.location.country)
    return Encounter(
        article_id=article.id,
        kind=draft.kind,
        participants=tuple(_participant(kb, person) for person in draft.parties),
        countries=tuple(dict.fromkeys(countries)),
        date=draft.date,
        date_end=draft.date_end,
        date_precision=draft.precision if draft.date else "unknown",
        status=draft.status,
        location=draft.location,
        occasion=draft.occasion,
        evidence=draft.evidence,
        published=article.published.isoformat() if article.published else None,
        cue=draft.cue,
    )


def _participant(kb, person: Person) -> Participant:
    alternatives: tuple[str, ...] = ()
    if person.first_char < 0 and person.country and person.role:
        # Named by role only: the office is an acceptable name too ("Prime Minister of Canada").
        try:
            country_name = kb.country_name(person.country)
        except Exception:  # noqa: BLE001
            country_name = None
        if country_name:
            alternatives = (f"{person.role} of {country_name}",)
    return Participant(name=person.name, role=person.role, country=person.country,
                       mention=person.mention, alternatives=alternatives)
