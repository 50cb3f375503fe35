"""Export fixtures: events built by hand (never from extraction, whose output keeps improving)."""
from __future__ import annotations

from datetime import date

import pytest

from summitry.model import Article, ArticleResult, Citation, Encounter, Event, Evidence, Participant, Place

COUNTRIES = {
    "Joe Biden": "USA", "Xi Jinping": "CHN", "Narendra Modi": "IND", "Emmanuel Macron": "FRA",
    "Fumio Kishida": "JPN", "Yoon Suk-yeol": "KOR", "Jens Stoltenberg": "NATO", "Justin Trudeau": "CAN",
}
MENTIONS = {"Xi Jinping": "Xi", "Yoon Suk-yeol": "Yoon"}
ROLES = {"Narendra Modi": "Prime Minister", "Fumio Kishida": "Prime Minister", "Jens Stoltenberg": "Secretary General",
         "Justin Trudeau": "Prime Minister"}


def _encounter(article_id, people, day=None, *, status="occurred", kind="meeting", published="2023-11-16", city=None,
               country=None, countries=None, occasion=None, sentence=None, start=100, cue=None, date_end=None,
               precision=None, known=None, roles=None, mentions=None):
    known = COUNTRIES if known is None else known
    roles = roles or {}
    mentions = mentions or {}
    participants = tuple(
        Participant(name=name, role=roles.get(name, ROLES.get(name, "President")), country=known.get(name),
                    mention=mentions.get(name, MENTIONS.get(name, name.split()[-1])))
        for name in people
    )
    sentence = sentence or f"{' and '.join(p.mention for p in participants)} met on {day or 'some day'}."
    location = Place(name=city or country, city=city, country=country, latitude=1.5, longitude=2.5) if (city or country) else None
    return Encounter(
        article_id=article_id, kind=kind, participants=participants,
        countries=tuple(countries if countries is not None else (p.country for p in participants if p.country)),
        date=day, date_end=date_end, status=status, evidence=Evidence(sentence, start, start + len(sentence)),
        date_precision=precision or {10: "day", 7: "month", 4: "year"}.get(len(day or ""), "unknown"),
        location=location, occasion=occasion, published=published, cue=cue,
    )


def _event(*encounters, event_id="0123456789abcdef", **overrides):
    first = encounters[0]
    values = dict(
        id=event_id, kind=first.kind, participants=tuple(p.name for p in first.participants),
        countries=first.countries, date=first.date, date_end=first.date_end, status=first.status,
        encounters=tuple(encounters), date_precision=first.date_precision, location=first.location,
        occasion=first.occasion, confidence=1 - 0.5 ** len({e.article_id for e in encounters}),
    )
    values.update(overrides)
    return Event(**values)


@pytest.fixture
def make_encounter():
    """make_encounter(article_id, people, day, status=..., kind=..., city=..., country=..., ...) -> Encounter."""
    return _encounter


@pytest.fixture
def make_event():
    """make_event(*encounters, event_id=..., **Event fields) -> Event, fields from the first encounter."""
    return _event


CITATIONS = {
    "a1": Citation("a1", url="https://news.example/a1", source="Example News", title="Leaders meet", published="2023-11-16", length=900),
    "a2": Citation("a2", url=None, source=None, title="Wire copy", published="2023-11-17", length=400),
}


@pytest.fixture
def citations():
    """A citation lookup like `store.citations`: a1 has a URL and an outlet, a2 neither."""
    return lambda ids: {key: CITATIONS[key] for key in ids if key in CITATIONS}


def _result(article_id, published, url, encounters, source=None, title=None):
    text = "x" * 100 + " ".join(e.evidence.sentence for e in encounters) + " end."
    article = Article(id=article_id, text=text, published=date.fromisoformat(published), url=url, source=source, title=title)
    return ArticleResult(article=article, encounters=tuple(encounters))


@pytest.fixture
def sample_results():
    """Articles for a store: a held visit in two sources, a call, a planned meeting, a 3-party summit meeting, an undated meeting."""
    woodside = "Xi and Biden met in Woodside on Wednesday."
    return [
        _result("a1", "2023-11-16", "https://news.example/a1", [
            _encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside", country="USA", sentence=woodside, cue="met"),
            _encounter("a1", ["Joe Biden", "Xi Jinping"], "2024-04-02", kind="call", start=200,
                       sentence="Biden and Xi spoke by phone on April 2.", cue="spoke"),
        ], source="Example News", title="Biden and Xi meet"),
        _result("a2", "2023-11-17", None, [
            _encounter("a2", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside", country="USA", published="2023-11-17",
                       sentence=woodside, cue="met"),
        ]),
        _result("a3", "2023-09-01", "https://news.example/a3", [
            _encounter("a3", ["Narendra Modi", "Emmanuel Macron"], "2023-12", status="planned", published="2023-09-01",
                       sentence="Modi and Macron will meet in December."),
            _encounter("a3", ["Fumio Kishida", "Yoon Suk-yeol", "Joe Biden"], "2023-08-18", city="Camp David", country="USA",
                       start=300, sentence="Kishida, Yoon and Biden met at Camp David on Friday."),
            _encounter("a3", ["Narendra Modi", "Fumio Kishida"], None, start=400, sentence="Modi and Kishida met."),
        ], source="Third Outlet"),
    ]
