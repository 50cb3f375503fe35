"""`summitry extract` and `summitry evaluate` through click's CliRunner (stdout and stderr apart)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summitry.cli import main

MINI = Path(__file__).resolve().parent / "fixtures" / "mini_corpus"
RUTO = "Kenyan President William Ruto met Indian Prime Minister Narendra Modi in New Delhi on Tuesday."

GOLD_FIELDS = ["kind", "participants", "countries", "date", "date_end", "status", "location", "occasion", "evidence"]
EXTRA_FIELDS = ["date_precision", "evidence_start", "evidence_end", "actors"]


def invoke(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _lines(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def ruto_txt(tmp_path):
    path = tmp_path / "ruto-modi.txt"
    path.write_text(RUTO, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "name,expected",
    [
        ("mini-001.json", {"id": "mini-001", "published": "2023-12-06", "published_source": "metadata",
                           "events": [("meeting", ["William Ruto", "Narendra Modi"], ["KEN", "IND"], "2023-12-05", "occurred", "New Delhi", "IND")]}),
        ("mini-002.json", {"id": "mini-002", "published": "2023-08-28", "published_source": "dateline",
                           "events": [("call", ["Recep Tayyip Erdoğan", "Vladimir Putin"], ["TUR", "RUS"], "2023-08-28", "occurred", None, None)]}),
    ],
)
def test_extract_jsonl_record(name, expected):
    result = invoke("extract", str(MINI / "articles" / name))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    [record] = _lines(result)
    assert list(record) == ["id", "published", "published_source", "events"]
    assert (record["id"], record["published"]) == (expected["id"], expected["published"])
    assert record["published_source"].startswith(expected["published_source"])
    events = record["events"]
    assert [
        (e["kind"], e["participants"], e["countries"], e["date"], e["status"],
         (e["location"] or {}).get("city"), (e["location"] or {}).get("country"))
        for e in events
    ] == expected["events"]
    article = json.loads((MINI / "articles" / name).read_text(encoding="utf-8"))
    for event in events:
        assert list(event)[: len(GOLD_FIELDS)] == GOLD_FIELDS
        assert set(EXTRA_FIELDS) <= set(event)
        # The evidence offsets point at the evidence sentence in the article text.
        assert article["text"][event["evidence_start"]:event["evidence_end"]] == event["evidence"]
        assert [actor["name"] for actor in event["actors"]] == event["participants"]


def test_extract_folder_prints_one_line_per_article_in_order():
    result = invoke("extract", str(MINI / "articles"))
    assert result.exit_code == 0
    assert [record["id"] for record in _lines(result)] == ["mini-001", "mini-002"]


@pytest.mark.parametrize(
    "options,expected",
    [
        (["--published", "2023-12-06"], ("2023-12-06", "metadata", "2023-12-05")),
        # Without a publication date "on Tuesday" stays unresolved rather than guessed.
        ([], (None, "none", None)),
    ],
)
def test_extract_published_option(ruto_txt, options, expected):
    result = invoke("extract", str(ruto_txt), *options)
    assert result.exit_code == 0, result.stderr
    [record] = _lines(result)
    assert record["id"] == "ruto-modi"
    [event] = record["events"]
    assert (record["published"], record["published_source"], event["date"]) == expected


def test_extract_published_option_does_not_override_metadata():
    result = invoke("extract", str(MINI / "articles" / "mini-001.json"), "--published", "2020-01-01")
    [record] = _lines(result)
    assert (record["published"], record["published_source"]) == ("2023-12-06", "metadata")


def test_extract_published_option_rejects_bad_date(ruto_txt):
    result = invoke("extract", str(ruto_txt), "--published", "next tuesday")
    assert result.exit_code == 2
    assert "'next tuesday' is not a date; use YYYY-MM-DD" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "name,content,problem",
    [
        ("empty.txt", b"", "empty file"),
        ("binary.txt", b"\x00\x01\x02", "binary file (contains NUL bytes), not an article"),
        ("broken.json", b'{"id": "x", "text": ', "invalid JSON at line 1 column 21: Expecting value"),
    ],
)
def test_extract_bad_file_reports_one_line_and_goes_on(tmp_path, ruto_txt, name, content, problem):
    bad = tmp_path / name
    bad.write_bytes(content)
    result = invoke("extract", str(bad), str(ruto_txt), "--published", "2023-12-06")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {bad}: {problem}", "1 input(s) failed"]
    assert [record["id"] for record in _lines(result)] == ["ruto-modi"]


def test_extract_strict_stops_at_first_bad_file(tmp_path, ruto_txt):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = invoke("extract", "--strict", str(bad), str(ruto_txt))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {bad}: empty file"]
    assert result.stdout == ""


def test_extract_table_format():
    result = invoke("extract", "--format", "table", str(MINI / "articles" / "mini-002.json"))
    assert result.exit_code == 0
    assert result.stdout == (
        "mini-002  published 2023-08-28 (dateline 'ANKARA, Aug 28, 2023 (Reuters) -', year in the dateline)\n"
        "kind    participants                          date        status    place    occasion\n"
        "------  ------------------------------------  ----------  --------  -------  ----------\n"
        "call    Recep Tayyip Erdoğan, Vladimir Putin  2023-08-28  occurred\n"
        "\n"
    )


# The scorer is deterministic: predictions.jsonl is hand-written (one strict match, one loose-only
# match with a month for a day, one extra visit; mini-002's publication date one day off).
EXPECTED_SUMMARY = {
    "strict": {"precision": 0.3333, "recall": 0.5, "f1": 0.4, "true_positives": 1, "predicted": 3, "gold": 2},
    "loose": {"precision": 0.6667, "recall": 1.0, "f1": 0.8, "true_positives": 2, "predicted": 3, "gold": 2},
    "slots": {"date": 0.5, "status": 1.0, "location_city": 1.0, "location_country": 1.0, "occasion": None, "published": 0.5},
}


@pytest.mark.parametrize("gold", [MINI / "gold", MINI])
def test_evaluate_gold_predictions_json(gold):
    result = invoke("evaluate", str(gold), str(MINI / "predictions.jsonl"), "--format", "json", "--per-article")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary.pop("articles") == [
        {"id": "mini-001", "gold": 1, "predicted": 2, "strict_matches": 0, "loose_matches": 1},
        {"id": "mini-002", "gold": 1, "predicted": 1, "strict_matches": 1, "loose_matches": 1},
    ]
    assert summary == EXPECTED_SUMMARY


def test_evaluate_gold_predictions_table():
    result = invoke("evaluate", str(MINI / "gold"), str(MINI / "predictions.jsonl"))
    assert result.exit_code == 0
    assert result.stdout == (
        "match      precision    recall    f1    true_positives    predicted    gold\n"
        "-------  -----------  --------  ----  ----------------  -----------  ------\n"
        "strict        0.3333       0.5   0.4                 1            3       2\n"
        "loose         0.6667       1     0.8                 2            3       2\n"
        "\n"
        "slot              accuracy\n"
        "----------------  ----------\n"
        "date              0.5\n"
        "status            1.0\n"
        "location_city     1.0\n"
        "location_country  1.0\n"
        "occasion          n/a\n"
        "published         0.5\n"
    )


def test_evaluate_corpus_extracts_and_scores():
    result = invoke("evaluate", "--corpus", str(MINI), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {
        "strict": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "true_positives": 2, "predicted": 2, "gold": 2},
        "loose": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "true_positives": 2, "predicted": 2, "gold": 2},
        "slots": {"date": 1.0, "status": 1.0, "location_city": 1.0, "location_country": 1.0, "occasion": None, "published": 1.0},
    }


@pytest.mark.parametrize(
    "args,exit_code,stderr",
    [
        (["missing.jsonl", "predictions.jsonl"], 1, "error: missing.jsonl: no such file\n"),
        (["--corpus", "."], 1, "error: .: no articles/ folder; a corpus folder holds articles/ and gold/\n"),
        ([], 2, "Error: give GOLD and PREDICTIONS, or --corpus FOLDER\n"),
    ],
)
def test_evaluate_errors(tmp_path, monkeypatch, args, exit_code, stderr):
    monkeypatch.chdir(tmp_path)
    result = invoke("evaluate", *args)
    assert result.exit_code == exit_code
    assert result.stderr.endswith(stderr)
    assert result.stdout == ""
