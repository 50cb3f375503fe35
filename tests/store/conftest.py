"""Store fixtures: one store per back end (SQLite always, PostgreSQL when SUMMITRY_TEST_PG_URL is set)."""
from __future__ import annotations

from datetime import date

import pytest

from summitry.model import Article, ArticleResult, Encounter, Evidence, Participant, Place

COUNTRIES = {
    "Joe Biden": "USA", "Xi Jinping": "CHN", "Vladimir Putin": "RUS", "Narendra Modi": "IND",
    "Emmanuel Macron": "FRA", "Anthony Albanese": "AUS", "Fumio Kishida": "JPN", "Olaf Scholz": "DEU",
}


def make_encounter(article_id, people, day, status="occurred", kind="meeting", published=None, city=None,
                   country=None, occasion=None, sentence=None, start=0, countries=None):
    """A hand-built encounter for store and merge tests."""
    participants = tuple(Participant(name=name, country=COUNTRIES.get(name)) for name in people)
    sentence = sentence or f"{' and '.join(people)} {kind} on {day}."
    location = Place(name=city or country or "", city=city, country=country) if (city or country) else None
    return Encounter(
        article_id=article_id, kind=kind, participants=participants,
        countries=tuple(countries or (p.country for p in participants if p.country)),
        date=day, status=status, evidence=Evidence(sentence, start, start + len(sentence)),
        date_precision={10: "day", 7: "month", 4: "year"}.get(len(day or ""), "unknown"),
        location=location, occasion=occasion, published=published,
    )


def make_result(article_id, published, encounters, text=None):
    article = Article(id=article_id, text=text or f"Text of {article_id}: " + " ".join(e.evidence.sentence for e in encounters),
                      published=date.fromisoformat(published))
    return ArticleResult(article=article, encounters=tuple(encounters))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path, fresh_store_url):
    """A fresh, empty store URL for each back end."""
    with fresh_store_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(store_url):
    from summitry.store import open_store

    with open_store(store_url) as opened:
        yield opened
