"""The HTTP API and pages through FastAPI's TestClient, on a temporary SQLite store.

The store is filled from hand-made records (no spaCy), so these tests pin the
web layer alone: exact JSON keys, filters, pagination, the error shape,
404s, and escaping of hostile article text.
"""
from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from summitry.model import Article, ArticleResult, Encounter, Evidence, Participant, Place  # noqa: E402
from summitry.settings import Settings  # noqa: E402
from summitry.store import open_store  # noqa: E402
from summitry.web import create_app  # noqa: E402

HOSTILE = "<script>alert(1)</script>"

EVENT_KEYS = [
    "id", "kind", "participants", "countries", "date", "date_end", "date_precision", "status", "location",
    "occasion", "confidence", "sources", "date_reason", "status_history",
]
MENTION_KEYS = [
    "kind", "participants", "countries", "date", "date_end", "status", "location", "occasion", "evidence",
    "date_precision", "evidence_start", "evidence_end", "actors", "cue", "article_id", "article",
]
ERROR_KEYS = ["status", "code", "message", "details"]

BIDEN = Participant("Joe Biden", "President", "USA", "Biden")
XI = Participant("Xi Jinping", "President", "CHN", "Xi")
LULA = Participant("Luiz Inácio Lula da Silva", "President", "BRA", "Lula")
WOODSIDE = Place("Woodside", "Woodside", "USA", 37.43, -122.25)
BEIJING = Place("Beijing", "Beijing", "CHN", 39.9, 116.4)


def _article(article_id: str, published: str, text: str, title: str, url: str | None = None) -> Article:
    return Article(id=article_id, text=text, published=date.fromisoformat(published), published_source="metadata",
                   title=title, url=url, source="test wire")


def _encounter(article: Article, sentence: str, parties, when, status, place=None, kind="meeting") -> Encounter:
    start = article.text.index(sentence)
    return Encounter(
        article_id=article.id, kind=kind, participants=tuple(parties), countries=tuple(p.country for p in parties),
        date=when, date_precision="day", status=status, evidence=Evidence(sentence, start, start + len(sentence)),
        location=place, published=article.published.isoformat(), cue="meet",
    )


def _results() -> list[ArticleResult]:
    planned_text = "WASHINGTON - Biden will meet Xi in California on November 15, officials said. More later."
    planned = _article("a-planned", "2023-11-09", planned_text, "Biden and Xi to meet")
    held_text = f"WOODSIDE - Biden met Xi on Wednesday {HOSTILE} at the Filoli estate. They talked for hours."
    held = _article("a-held", "2023-11-16", held_text, "<img src=x onerror=alert(2)> Biden, Xi meet", "javascript:alert(3)")
    lula_text = "BEIJING - Lula met Xi in Beijing on Friday. Trade deals were signed."
    lula = _article("a-lula", "2023-04-14", lula_text, "Lula in Beijing", "https://example.org/lula")
    return [
        ArticleResult(planned, (_encounter(planned, "Biden will meet Xi in California on November 15, officials said.",
                                           (BIDEN, XI), "2023-11-15", "planned", WOODSIDE),)),
        ArticleResult(held, (_encounter(held, f"Biden met Xi on Wednesday {HOSTILE} at the Filoli estate.",
                                        (BIDEN, XI), "2023-11-15", "occurred", WOODSIDE),)),
        ArticleResult(lula, (_encounter(lula, "Lula met Xi in Beijing on Friday.", (LULA, XI), "2023-04-14",
                                        "occurred", BEIJING),)),
    ]


@pytest.fixture()
def store(tmp_path):
    store = open_store(tmp_path / "web.db")
    store.add_results(_results())
    yield store
    store.close()


@pytest.fixture()
def client(store):
    with TestClient(create_app(Settings(db=store.url), store)) as client:
        yield client


def _event_id(client, actor: str, with_: str) -> str:
    return client.get("/api/events", params={"actor": actor, "with": with_}).json()["events"][0]["id"]


# -- JSON API ------------------------------------------------------------------

@pytest.mark.parametrize(("params", "expected_total"), [
    ({}, 2),
    ({"actor": "Xi Jinping"}, 2),
    ({"actor": "Joe Biden", "with": "Xi Jinping"}, 1),
    ({"actor": "Lula"}, 1),
    ({"country": "bra"}, 1),
    ({"since": "2023-06"}, 1),
    ({"until": "2023-06"}, 1),
    ({"kind": "meeting"}, 2),
    ({"kind": "call"}, 0),
    ({"status": "occurred"}, 2),
    ({"q": "Filoli"}, 0),
    ({"actor": "Nobody At All"}, 0),
])
def test_api_events_filters(client, store, params, expected_total):
    body = client.get("/api/events", params=params).json()
    assert body["total"] == expected_total
    assert len(body["events"]) == expected_total
    kwargs = {"with_" if key == "with" else "search" if key == "q" else key: value for key, value in params.items()}
    assert body["total"] == store.count_events(**kwargs)


def test_api_events_exact_keys(client):
    body = client.get("/api/events").json()
    assert list(body) == ["total", "limit", "offset", "events"]
    assert list(body["events"][0]) == EVENT_KEYS
    assert list(body["events"][0]["location"]) == ["city", "country", "name", "latitude", "longitude"]


@pytest.mark.parametrize(("limit", "offset", "expected_count"), [(1, 0, 1), (1, 1, 1), (1, 2, 0), (50, 0, 2)])
def test_api_events_pagination(client, limit, offset, expected_count):
    body = client.get("/api/events", params={"limit": limit, "offset": offset}).json()
    assert (body["total"], body["limit"], body["offset"], len(body["events"])) == (2, limit, offset, expected_count)


def test_api_events_pages_do_not_overlap(client):
    first = client.get("/api/events", params={"limit": 1}).json()["events"][0]["id"]
    second = client.get("/api/events", params={"limit": 1, "offset": 1}).json()["events"][0]["id"]
    assert first != second


def test_api_event_detail_has_every_mention(client):
    event_id = _event_id(client, "Joe Biden", "Xi Jinping")
    body = client.get(f"/api/events/{event_id}").json()
    assert list(body) == [*EVENT_KEYS, "mentions"]
    assert body["status"] == "occurred"
    assert [change["status"] for change in body["status_history"]] == ["planned", "occurred"]
    assert len(body["mentions"]) == 2
    mention = body["mentions"][0]
    assert list(mention) == MENTION_KEYS
    assert list(mention["article"]) == ["id", "title", "published", "url", "source"]
    held = next(m for m in body["mentions"] if m["article_id"] == "a-held")
    text = _results()[1].article.text
    assert text[held["evidence_start"]:held["evidence_end"]] == held["evidence"]


@pytest.mark.parametrize(("path", "params", "status", "code"), [
    ("/api/events/no-such-event", {}, 404, "not_found"),
    ("/api/actors/Nobody", {}, 404, "not_found"),
    ("/api/nothing-here", {}, 404, "not_found"),
    ("/api/events", {"since": "last week"}, 422, "invalid_parameter"),
    ("/api/events", {"kind": "dinner"}, 422, "invalid_parameter"),
    ("/api/events", {"limit": 0}, 422, "invalid_parameter"),
    ("/api/events", {"offset": -1}, 422, "invalid_parameter"),
    ("/api/pairs", {}, 422, "invalid_parameter"),
])
def test_api_errors_share_one_shape(client, path, params, status, code):
    response = client.get(path, params=params)
    assert response.status_code == status
    body = response.json()
    assert list(body) == ["error"]
    assert list(body["error"]) == ERROR_KEYS
    assert (body["error"]["status"], body["error"]["code"]) == (status, code)
    assert body["error"]["message"]


def test_api_post_articles_absent_without_allow_ingest(client):
    response = client.post("/api/articles", json={"id": "x", "text": "Biden met Xi."})
    assert response.status_code == 403
    assert list(response.json()["error"]) == ERROR_KEYS
    assert "--allow-ingest" in response.json()["error"]["message"]
    assert "/api/articles" not in client.get("/openapi.json").json()["paths"]


def test_api_post_articles_needs_the_token(store):
    app = create_app(Settings(db=store.url, ingest_token="sesame"), store, allow_ingest=True)
    with TestClient(app) as client:
        response = client.post("/api/articles", json={"id": "x", "text": "Biden met Xi."},
                               headers={"Authorization": "Bearer wrong"})
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "unauthorized"


def test_create_app_refuses_ingest_without_token(store):
    from summitry.errors import ConfigError

    with pytest.raises(ConfigError):
        create_app(Settings(db=store.url), store, allow_ingest=True)


def test_api_actors_and_actor(client):
    body = client.get("/api/actors").json()
    assert list(body) == ["total", "actors"]
    assert body["actors"][0] == {"id": "Xi Jinping", "name": "Xi Jinping", "country": "CHN", "events": 2}
    actor = client.get("/api/actors/Joe Biden").json()
    assert list(actor) == ["id", "name", "country", "offices", "total", "events"]
    assert actor["total"] == 1


def test_api_pairs_timeline_oldest_first(client):
    body = client.get("/api/pairs", params={"actor": "Xi Jinping"}).json()
    assert list(body) == ["actor", "with", "total", "events"]
    assert [event["date"] for event in body["events"]] == ["2023-04-14", "2023-11-15"]
    pair = client.get("/api/pairs", params={"actor": "Xi Jinping", "with": "Lula"}).json()
    assert pair["total"] == 1


def test_api_stats(client):
    body = client.get("/api/stats").json()
    assert {key: body[key] for key in ("articles", "encounters", "events", "actors")} == {
        "articles": 3, "encounters": 3, "events": 2, "actors": 3}


# -- pages ---------------------------------------------------------------------

@pytest.mark.parametrize("path", [
    "/", "/?actor=Xi+Jinping", "/?since=&until=&kind=&status=&q=", "/?since=yesterday", "/actors", "/timeline",
    "/timeline?actor=Xi+Jinping", "/timeline?actor=Joe+Biden&with=Xi+Jinping", "/network", "/map", "/docs",
    "/static/summitry.css", "/static/world-110m.json",
])
def test_pages_render(client, path):
    response = client.get(path)
    assert response.status_code == 200


def test_page_events_count_agrees_with_store(client, store):
    html = client.get("/", params={"actor": "Xi Jinping"}).text
    assert f'<strong id="total">{store.count_events(actor="Xi Jinping")}</strong>' in html


def test_page_event_escapes_hostile_article_text(client):
    event_id = _event_id(client, "Joe Biden", "Xi Jinping")
    html = client.get(f"/events/{event_id}").text
    assert HOSTILE not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert "javascript:alert(3)" not in html
    # The evidence is highlighted, and the text around it is still there.
    assert '<mark class="evidence">Biden met Xi on Wednesday &lt;script&gt;' in html
    assert "They talked for hours." in html


def test_page_event_shows_status_history(client):
    html = client.get(f"/events/{_event_id(client, 'Joe Biden', 'Xi Jinping')}").text
    history = html[html.index('<ol class="history">'):]
    history = history[: history.index("</ol>")]
    assert history.index("status-planned") < history.index("status-occurred")


def test_page_unknown_event_is_404_page(client):
    response = client.get("/events/nope")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]


def test_page_network_and_map_show_the_pairs(client):
    network = client.get("/network").text
    assert 'id="leaders">3<' in network and 'id="links">2<' in network
    assert "/timeline?actor=Joe+Biden&amp;with=Xi+Jinping" in network
    world = client.get("/map").text
    assert 'id="places">2<' in world


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("abcdef", [(1, 3)], [("a", False), ("bc", True), ("def", False)]),
    ("abcdef", [(0, 2), (1, 4)], [("abcd", True), ("ef", False)]),
    ("abc", [(5, 9)], [("abc", False)]),
])
def test_split_at_evidence(text, spans, expected):
    from summitry.web.highlight import split_at_evidence

    assert [(piece.text, piece.is_evidence) for piece in split_at_evidence(text, spans)] == expected
