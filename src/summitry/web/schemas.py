"""Response models of the HTTP API, built from the dicts of `summitry.serialize`.

The keys are a public contract (docs/http-api.md): new keys may be added,
existing ones keep their name and meaning. Every model takes exactly the keys
`serialize.py` produces, so the API and `summitry events --format json` speak
the same words.
"""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import KINDS, STATUSES

Kind = Literal[KINDS]  # type: ignore[valid-type]
Status = Literal[STATUSES]  # type: ignore[valid-type]


class _Record(BaseModel):
    # Extra keys the store adds later pass through rather than breaking the API.
    model_config = ConfigDict(extra="allow")


class PlaceOut(_Record):
    city: str | None
    country: str | None
    name: str
    latitude: float | None
    longitude: float | None


class StatusChangeOut(_Record):
    status: str
    published: str | None
    article_id: str


class ActorOut(_Record):
    """A party to one mention, as the article names them."""

    name: str
    role: str | None
    country: str | None
    mention: str | None
    alternatives: list[str]


class ArticleRef(_Record):
    """The article a mention comes from (its text is served by the event page, not here)."""

    id: str
    title: str | None
    published: str | None
    url: str | None
    source: str | None


class MentionOut(_Record):
    """One encounter as one article reports it; evidence offsets are into the article's text."""

    kind: str
    participants: list[str]
    countries: list[str]
    date: str | None
    date_end: str | None
    status: str
    location: PlaceOut | None
    occasion: str | None
    evidence: str
    date_precision: str
    evidence_start: int
    evidence_end: int
    actors: list[ActorOut]
    cue: str | None
    article_id: str
    article: ArticleRef | None = None


class EventOut(_Record):
    id: str
    kind: str
    participants: list[str]
    countries: list[str]
    date: str | None
    date_end: str | None
    date_precision: str
    status: str
    location: PlaceOut | None
    occasion: str | None
    confidence: float
    sources: int
    date_reason: str
    status_history: list[StatusChangeOut]


class EventDetail(EventOut):
    mentions: list[MentionOut]


class EventPage(BaseModel):
    """One page of events: `total` counts every match, `events` holds `limit` of them from `offset`."""

    total: int
    limit: int
    offset: int
    events: list[EventOut]


class LeaderOut(BaseModel):
    """A person (or office) that takes part in at least one stored event."""

    id: str = Field(description="The name, as used in /api/actors/{id}")
    name: str
    country: str | None
    events: int


class ActorList(BaseModel):
    total: int
    actors: list[LeaderOut]


class OfficeOut(BaseModel):
    office: str
    title: str
    country: str
    start: str
    end: str | None


class ActorDetail(BaseModel):
    id: str
    name: str
    country: str | None
    offices: list[OfficeOut]
    total: int
    events: list[EventOut]


class PairTimeline(BaseModel):
    actor: str
    with_: str | None = Field(alias="with")
    total: int
    events: list[EventOut]

    model_config = ConfigDict(populate_by_name=True)


class Stats(_Record):
    """Counts over the whole store; the store may add more keys."""

    events: int
    articles: int
    encounters: int
    actors: int
    first_date: str | None
    last_date: str | None


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str
    details: list[dict] = []


class ErrorOut(BaseModel):
    """The one shape of every error the API returns."""

    error: ErrorBody


class ArticleIn(BaseModel):
    id: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1, max_length=200_000)
    published: date | None = Field(default=None, description="Publication date, YYYY-MM-DD")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)


class IngestOut(BaseModel):
    article_id: str
    encounters: int
    failures: list[str]
