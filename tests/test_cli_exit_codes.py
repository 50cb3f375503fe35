"""Issue 13: `ingest` and `extract` tell "some inputs failed" (1) from "the run failed" (3), without a traceback."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from summitry.cli import main

GOOD = {"id": "good", "published": "2023-12-06",
        "text": "Kenyan President William Ruto met Indian Prime Minister Narendra Modi in New Delhi on Tuesday."}


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "good.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    return tmp_path


@pytest.mark.issue(13)
@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_some_inputs_failed_is_exit_1_and_each_named_once(articles, tmp_path, command):
    args = [command, str(articles / "good.json"), str(articles / "bad.json")]
    if command == "ingest":
        args += ["--db", str(tmp_path / "s.db")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    named = [line for line in result.stderr.splitlines() if "bad.json" in line]
    assert named == [f"error: {articles / 'bad.json'}: invalid JSON at line 1 column 2: Expecting property name enclosed in double quotes"]


@pytest.mark.issue(13)
@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_unexpected_error_is_exit_3_with_a_message(articles, tmp_path, monkeypatch, command):
    import summitry.limits

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")
        yield

    monkeypatch.setattr(summitry.limits, "run_within_limits", broken)
    args = [command, str(articles / "good.json")]
    if command == "ingest":
        args += ["--db", str(tmp_path / "s.db")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 3
    assert "RuntimeError: disk on fire" in result.stderr and "Traceback" not in result.stderr
    assert not isinstance(result.exception, RuntimeError)


@pytest.mark.issue(13)
def test_store_that_cannot_be_opened_is_exit_3(articles, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(main, ["ingest", str(articles / "good.json"), "--db", str(blocker / "s.db")])
    assert result.exit_code == 3
    assert result.stderr.startswith("Error: ")
