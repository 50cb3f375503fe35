"""`summitry serve` and `summitry demo` through click's CliRunner (nothing is actually served)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from summitry.cli import main


@pytest.mark.parametrize("words", [("127.0.0.1", "0.0.0.0", "--allow-ingest", "SUMMITRY_INGEST_TOKEN")])
def test_serve_help_explains_the_default_host(words):
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    for word in words:
        assert word in text


@pytest.mark.issue(12)
def test_serve_refuses_a_missing_store(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "absent.db")])
    assert result.exit_code == 2  # a usage error, like every command that reads a store
    assert "no such store" in result.output and "summitry demo" in result.output


def test_serve_allow_ingest_needs_a_token(tmp_path, monkeypatch):
    monkeypatch.delenv("SUMMITRY_INGEST_TOKEN", raising=False)
    db = tmp_path / "s.db"
    db.touch()
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--allow-ingest"])
    assert result.exit_code == 2
    assert "needs a token" in result.output


def test_demo_no_serve_ingests_every_sample(tmp_path):
    from summitry.cli.web_commands import sample_paths
    from summitry.store import open_store

    db = tmp_path / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--no-serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{len(sample_paths())} articles, ")
    store = open_store(db)
    assert store.stats()["articles"] == len(sample_paths()) >= 8
    # The samples exist to show a pair meeting twice and a planned meeting reported as held.
    assert store.count_events(actor="Emmanuel Macron", with_="Narendra Modi") >= 2
    assert any(
        [change.status for change in event.status_history][:2] == ["planned", "occurred"]
        for event in store.timeline("Joe Biden", with_="Xi Jinping")
    )
    store.close()


def test_post_article_ingests_with_the_token(tmp_path):
    from fastapi.testclient import TestClient

    from summitry.settings import Settings
    from summitry.store import open_store
    from summitry.web import create_app

    store = open_store(tmp_path / "ingest.db")
    app = create_app(Settings(db=store.url, ingest_token="sesame"), store, allow_ingest=True)
    article = {
        "id": "wire-1",
        "published": "2023-11-16",
        "title": "Biden and Xi meet",
        "text": "WOODSIDE, California, Nov 15 - U.S. President Joe Biden met Chinese President Xi Jinping "
        "on Wednesday at the Filoli estate south of San Francisco, and the two leaders agreed to resume "
        "military communications.",
    }
    with TestClient(app) as client:
        response = client.post("/api/articles", json=article, headers={"Authorization": "Bearer sesame"})
        assert response.status_code == 201, response.text
        assert list(response.json()) == ["article_id", "encounters", "failures"]
        assert response.json()["encounters"] >= 1
        assert client.get("/api/events", params={"actor": "Xi Jinping"}).json()["total"] >= 1
    store.close()


@pytest.mark.issue(13)
def test_demo_no_serve_keeps_its_store_for_the_next_commands(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["demo", "--no-serve"])
    assert result.exit_code == 0, result.output
    assert "stored in summitry-demo.db" in result.stderr
    events = CliRunner().invoke(main, ["events", "--db", "summitry-demo.db", "--actor", "Xi Jinping", "--format", "json"])
    assert events.exit_code == 0 and events.stdout.startswith("[")
