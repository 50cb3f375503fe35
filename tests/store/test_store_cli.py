"""The store commands through CliRunner, on a store built from hand-made encounters."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from summitry.cli import main
from summitry.store import open_store

from test_store import _summit_results


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.db"
    with open_store(path) as store:
        store.add_results(_summit_results())
    return str(path)


def _run(*arguments):
    result = CliRunner().invoke(main, list(arguments))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("arguments, expected", [
    (["--actor", "Xi Jinping"], 4),
    (["--actor", "xi", "--with", "Putin"], 1),
    (["--country", "IDN"], 1),
    (["--since", "2023", "--until", "2023-12"], 2),
    (["--kind", "call"], 1),
    (["--status", "planned"], 0),
])
def test_cli_events_filters(db, arguments, expected):
    rows = json.loads(_run("events", "--db", db, "--format", "json", *arguments))
    assert len(rows) == expected


def test_cli_events_default_table_and_csv(db):
    table = _run("events", "--db", db)
    assert table.splitlines()[0].split() == ["id", "date", "kind", "status", "participants", "place", "occasion", "sources"]
    rows = list(csv.DictReader(io.StringIO(_run("events", "--db", db, "--format", "csv"))))
    assert len(rows) == 4 and rows[0]["participants"]


def test_cli_db_from_environment(db, monkeypatch):
    monkeypatch.setenv("SUMMITRY_DB", db)
    assert len(_run("events", "--format", "jsonl").splitlines()) == 4


def test_cli_show_lists_every_source(db):
    [summit] = json.loads(_run("events", "--db", db, "--format", "json", "--search", "apec"))
    shown = json.loads(_run("show", summit["id"], "--db", db, "--format", "json"))[0]
    assert {mention["article_id"] for mention in shown["mentions"]} == {"a1", "a2"}
    table = _run("show", summit["id"], "--db", db)
    assert "Joe Biden and Xi Jinping meeting on 2023-11-15." in table


def test_cli_show_unknown_id_fails(db):
    result = CliRunner().invoke(main, ["show", "nope", "--db", db])
    assert result.exit_code == 1 and "no event 'nope'" in result.output


def test_cli_timeline_and_actors(db):
    dates = [row["date"] for row in json.loads(_run("timeline", "Joe Biden", "--db", db, "--format", "json"))]
    assert dates == sorted(dates)
    actors = json.loads(_run("actors", "--db", db, "--format", "json"))
    assert actors[0] == {"name": "Xi Jinping", "country": "CHN", "events": 4}


@pytest.mark.parametrize("fmt, lines", [("jsonl", 4), ("csv", 5), ("gdelt", 4), ("gdelt-mentions", 5), ("plover", 4)])
def test_cli_export_text_formats(db, fmt, lines):
    output = _run("-q", "export", "--db", db, "--format", fmt)
    assert len(output.strip().splitlines()) == lines


def test_cli_export_parquet(db, tmp_path):
    target = tmp_path / "events.parquet"
    _run("-q", "export", "--db", db, "--format", "parquet", "-o", str(target))
    table = pq.read_table(target)
    assert table.num_rows == 4 and "mentions" in table.column_names


@pytest.mark.issue(12)
def test_cli_export_reports_events_on_stderr(db):
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", "gdelt-mentions", "--kind", "call"])
    assert result.exit_code == 0 and result.stderr == "exported 1 events\n"
    assert len(result.stdout.splitlines()) == 1 and len(result.stdout.split("\t")) == 16


@pytest.mark.issue(12)
@pytest.mark.parametrize("arguments", [
    ["events"], ["show", "0123456789abcdef"], ["timeline", "Joe Biden"], ["actors"], ["export", "--format", "csv"],
])
def test_cli_store_readers_refuse_a_missing_store(tmp_path, arguments):
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(main, [*arguments, "--db", str(missing)])
    assert result.exit_code == 2
    assert f"Invalid value for '--db': {missing}: no such store" in result.stderr
    assert not missing.exists()


@pytest.mark.issue(12)
def test_cli_ingest_creates_a_missing_store(tmp_path, fixtures_dir):
    target = tmp_path / "new.db"
    article = tmp_path / "note.txt"
    article.write_text("Nothing diplomatic happened here.", encoding="utf-8")
    result = CliRunner().invoke(main, ["-q", "ingest", str(article), "--db", str(target)])
    assert result.exit_code == 0 and target.exists()


def test_cli_export_offers_every_export_format():
    from summitry.export import EXPORT_FORMATS

    [fmt] = [option for option in main.commands["export"].params if option.name == "fmt"]
    assert tuple(fmt.type.choices) == EXPORT_FORMATS
