"""Issue 3: `summitry dates FILE`."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from summitry.cli import main

TEXT = "Biden met Xi on Wednesday, November 15. They will talk again next week.\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.mark.issue(3)
def test_dates_prints_table(article):
    result = CliRunner().invoke(main, ["dates", str(article), "--published", "2023-11-10"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["text", "start", "end", "kind", "value", "precision", "date", "date_end", "anchor"]
    assert lines[2].split() == ["Wednesday,", "November", "15", "16", "38", "DATE", "2023-11-15", "day", "2023-11-15", "publication"]
    assert lines[3].split() == ["next", "week", "61", "70", "DATE", "2023-W46", "week", "2023-11-13", "2023-11-19", "publication"]


@pytest.mark.issue(3)
def test_dates_prints_jsonl(article):
    result = CliRunner().invoke(main, ["dates", str(article), "--published", "2023-11-10", "--format", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows == [
        {"text": "Wednesday, November 15", "start": 16, "end": 38, "kind": "DATE", "value": "2023-11-15",
         "precision": "day", "date": "2023-11-15", "date_end": None, "anchor": "publication"},
        {"text": "next week", "start": 61, "end": 70, "kind": "DATE", "value": "2023-W46",
         "precision": "week", "date": "2023-11-13", "date_end": "2023-11-19", "anchor": "publication"},
    ]


@pytest.mark.issue(3)
def test_dates_without_published_keeps_xs(article):
    result = CliRunner().invoke(main, ["dates", str(article), "--format", "csv"])
    assert result.exit_code == 0
    assert result.output.splitlines()[2] == "next week,61,70,DATE,XXXX-WXX,week,,,publication"


@pytest.mark.issue(3)
def test_dates_missing_file_is_one_line_error(tmp_path):
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(main, ["dates", str(missing)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {missing}: cannot read it (No such file or directory); give a UTF-8 text file"]


@pytest.mark.issue(3)
def test_dates_rejects_bad_published(article):
    result = CliRunner().invoke(main, ["dates", str(article), "--published", "10/11/2023"])
    assert result.exit_code == 2
    assert "write it as YYYY-MM-DD" in result.output
