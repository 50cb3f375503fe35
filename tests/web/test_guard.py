"""Issue 13: the web side under the same rule: bounded requests, the token before the body, no 5xx on odd input.

Runs on both back ends (PostgreSQL when SUMMITRY_TEST_PG_URL is set): a NUL
in a parameter is refused the same way by both.
"""
from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from summitry.settings import Settings  # noqa: E402
from summitry.store import open_store  # noqa: E402
from summitry.web import create_app  # noqa: E402
from summitry.web.guard import MAX_INGEST_BODY_BYTES, MAX_QUERY_BYTES  # noqa: E402

TOKEN = "sesame"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path_factory, fresh_store_url):
    """A store holding the bundled samples, on each back end."""
    from summitry.cli.web_commands import ingest_samples

    with fresh_store_url(request.param, tmp_path_factory.mktemp("guard")) as url:
        store = open_store(url)
        ingest_samples(store)
        yield store
        store.close()


@pytest.fixture(scope="module")
def client(store):
    app = create_app(Settings(db=store.url, ingest_token=TOKEN), store, allow_ingest=True)
    with TestClient(app) as client:
        yield client


def _event_id(client) -> str:
    return client.get("/api/events", params={"limit": 1}).json()["events"][0]["id"]


ROUTES = [
    ("/api/events", "actor"), ("/api/events", "with"), ("/api/events", "country"), ("/api/events", "q"),
    ("/api/actors", "q"), ("/api/pairs", "actor"), ("/api/pairs", "with"),
    ("/", "actor"), ("/", "q"), ("/actors", "q"), ("/timeline", "actor"),
]


@pytest.mark.issue(13)
@pytest.mark.parametrize("path,name", ROUTES)
@pytest.mark.parametrize("value", ["Xi\x00Jinping", "\x1b[31m", "\x7f"])
def test_control_character_in_query_is_422(client, path, name, value):
    params = {"actor": "Xi Jinping", name: value}
    response = client.get(path, params=params)
    assert response.status_code == 422
    if path.startswith("/api"):
        error = response.json()["error"]
        assert error["code"] == "invalid_parameter"
        assert error["details"] == [{"location": f"query.{name}", "message": "contains a control character"}]


@pytest.mark.issue(13)
@pytest.mark.parametrize("path", ["/api/events/{}", "/api/actors/{}", "/events/{}"])
def test_control_character_in_path_is_422(client, path):
    response = client.get(path.format("abc%00def"))
    assert response.status_code == 422


@pytest.mark.issue(13)
@pytest.mark.parametrize("path", ["/api/events", "/", "/api/actors", "/timeline"])
def test_long_query_string_is_414(client, path):
    response = client.get(path, params={"q": "x" * MAX_QUERY_BYTES})
    assert response.status_code == 414
    if path.startswith("/api"):
        assert response.json()["error"]["code"] == "uri_too_long"


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "path,params,status",
    [
        ("/api/events", {"offset": "9" * 40}, 422),
        ("/api/events", {"offset": "9" * 4000}, 422),
        ("/api/events", {"limit": "-1"}, 422),
        ("/api/actors", {"offset": str(10**18)}, 422),
        ("/", {"offset": "9" * 4000}, 200),  # pages read their numbers leniently
        ("/", {"offset": str(10**18), "limit": str(10**18)}, 200),
        # Search words at the length limit, built of LIKE wildcards and repeats: answered, and quickly refused when longer.
        ("/api/events", {"q": "%_" * 100}, 200),
        ("/api/events", {"q": "a%" * 101}, 422),
        ("/", {"q": "_%" * 100}, 200),
    ],
)
def test_odd_numbers_and_searches_answer_4xx_or_2xx(client, path, params, status):
    assert client.get(path, params=params).status_code == status


@pytest.mark.issue(13)
def test_search_wildcards_are_literal(client):
    # "_" and "%" in a search match themselves, not any character.
    total = client.get("/api/events", params={"q": "_"}).json()["total"]
    assert total == 0


def _asgi_post(app, headers: list[tuple[bytes, bytes]], chunks: list[bytes]) -> tuple[int, int]:
    """POST /api/articles straight through ASGI; return (status, how many body chunks the app asked for)."""
    pulled = 0
    sent: list[dict] = []

    async def receive():
        nonlocal pulled
        if pulled < len(chunks):
            pulled += 1
            return {"type": "http.request", "body": chunks[pulled - 1], "more_body": pulled < len(chunks)}
        return {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/articles", "raw_path": b"/api/articles", "query_string": b"",
             "headers": headers, "http_version": "1.1", "scheme": "http", "server": ("test", 80), "client": ("test", 1),
             "root_path": "", "app": app}
    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], pulled


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "authorization,length,expected",
    [
        (None, None, 401),
        (b"Bearer wrong", str(300_000_000).encode(), 401),  # the token goes first, whatever the size
        (f"Bearer {TOKEN}".encode(), str(MAX_INGEST_BODY_BYTES + 1).encode(), 413),  # declared too large: not read
        (f"Bearer {TOKEN}".encode(), b"not-a-number", 413),
    ],
)
def test_ingest_refused_before_the_body_is_read(client, authorization, length, expected):
    headers = [(b"content-type", b"application/json")]
    if authorization:
        headers.append((b"authorization", authorization))
    if length:
        headers.append((b"content-length", length))
    status, pulled = _asgi_post(client.app, headers, [b"x" * 1_000_000] * 300)
    assert (status, pulled) == (expected, 0)


@pytest.mark.issue(13)
def test_ingest_body_without_length_is_cut_at_the_limit(client):
    headers = [(b"content-type", b"application/json"), (b"authorization", f"Bearer {TOKEN}".encode())]
    chunk = b"x" * 1_000_000
    status, pulled = _asgi_post(client.app, headers, [chunk] * 300)
    assert status == 413
    assert pulled == MAX_INGEST_BODY_BYTES // len(chunk) + 1


# The kind of article that froze the server: capitals all through, and a caption with a long run of them.
ALL_CAPS = (
    "WOODSIDE, CALIFORNIA, NOV 15 - U.S. PRESIDENT JOE BIDEN AND CHINESE PRESIDENT XI JINPING MET FOR ABOUT FOUR "
    "HOURS ON WEDNESDAY AT THE FILOLI ESTATE AND AGREED TO RESUME MILITARY TALKS. THE TWO LEADERS WALKED IN THE "
    "GARDENS AFTER LUNCH. PHOTO. EFE EPA JIM WATSON POOL AFP GETTY IMAGES REUTERS KEVIN LAMARQUE AP PHOTO EVAN "
    "VUCCI BRENDAN SMIALOWSKI SAUL LOEB DOUG MILLS ANDREW HARNIK SUSAN WALSH MANUEL BALCE CENETA"
)


@pytest.mark.issue(13)
def test_ingest_all_caps_article_is_answered(client):
    response = client.post("/api/articles", json={"id": "caps", "text": ALL_CAPS, "published": "2023-11-16"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.text
    assert response.json()["article_id"] == "caps"


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "record,status,message",
    [
        ({"id": "nul", "text": "Biden met Xi\x00 in Woodside on Wednesday.", "published": "2023-11-16"}, 201, None),
        ({"id": "zh", "text": "国家主席习近平十五日下午在利马会见智利总统博里奇。" * 3}, 422, "not in the Latin alphabet"),
        ({"id": "a\x00b", "text": "Biden met Xi."}, 422, "'id' contains control or invisible characters"),
    ],
)
def test_ingest_text_is_normalised_or_refused(client, store, record, status, message):
    response = client.post("/api/articles", json=record, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == status, response.text
    if message:
        assert message in response.json()["error"]["message"]
    else:
        assert "\x00" not in store.article(record["id"]).text
