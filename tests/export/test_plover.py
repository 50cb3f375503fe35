"""PLOVER/POLECAT records: the layout of the PLOVER manual, checked against our JSON Schema."""
from __future__ import annotations

import csv
import io
import json
from importlib import resources

import pytest

from summitry.export import export_events
from summitry.export.codes import load_code_tables


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resources.files("summitry.export").joinpath("schemas/plover.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _records(events, citations=None) -> list[dict]:
    out = io.StringIO()
    export_events(events, "plover", out, citations=citations)
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.fixture
def varied_events(make_encounter, make_event):
    """One event of every shape the coding knows."""
    shapes = [
        make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside", country="USA"),
        make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2024-04-02", kind="call"),
        make_encounter("a2", ["Narendra Modi", "Emmanuel Macron"], "2023-12", status="planned", published="2023-09-01"),
        make_encounter("a2", ["Fumio Kishida", "Yoon Suk-yeol", "Joe Biden"], "2023-08-18", city="Bali", country="IDN", occasion="G20 2022"),
        make_encounter("a2", ["Narendra Modi"], "2023-07-14", kind="visit", city="Paris", country="FRA", countries=("IND", "FRA")),
        make_encounter("a2", ["Jens Stoltenberg", "Justin Trudeau"], None),
        make_encounter("a2", ["Thabo Mbeki"], "2001", kind="visit", countries=("GBR",), known={}),
    ]
    return [make_event(encounter, event_id=f"{index:016x}") for index, encounter in enumerate(shapes)]


def test_plover_records_pass_the_schema(validator, varied_events, citations):
    records = _records(varied_events, citations)
    assert len(records) == len(varied_events)
    for record in records:
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, f"{record['id']}: {errors[0].json_path}: {errors[0].message}"


def test_plover_schema_rejects_a_record_without_cite_info(validator, varied_events):
    [record] = _records(varied_events[:1])
    del record["cite_info"]
    assert not validator.is_valid(record)


def test_plover_held_visit(make_encounter, make_event, citations):
    [record] = _records([make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside", country="USA"))], citations)
    assert (record["id"], record["date"], record["enddate"]) == ("summitry-0123456789abcdef", "2023-11-15", "2023-11-15")
    assert (record["event"], record["mode"], record["context"]) == (["CONSULT"], ["visit"], [])
    assert [(a["entity_text"], a["code"], a["sector"], a["office"]) for a in record["actor"]] == [("Xi", "CHN", "GOV", "President")]
    assert [a["code"] for a in record["recipient"]] == ["USA"]
    assert (record["event_loc"]["city"], record["event_loc"]["lat"], record["event_loc"]["lon"]) == ("Woodside", 1.5, 2.5)
    assert record["event_text"]["start"] == 100 and record["event_text"]["article_id"] == "a1"
    [cite] = record["cite_info"]
    assert (cite["url"], cite["publisher"], cite["pub_date"], cite["coder"]) == ("https://news.example/a1", "Example News", "2023-11-16", "summitry")


@pytest.mark.issue(12)
def test_plover_planned_meeting_is_agree_dated_by_the_statement(make_encounter, make_event):
    [record] = _records([make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11-15", status="planned", published="2023-11-09"))])
    assert (record["event"], record["context"], record["date"]) == (["AGREE"], ["diplomatic"], "2023-11-09")
    assert (record["summitry"]["event_date"], record["summitry"]["dated_by"]) == ("2023-11-15", "statement")


@pytest.mark.issue(12)
def test_plover_three_party_meeting_is_one_record(make_encounter, make_event):
    records = _records([make_event(make_encounter("a1", ["Fumio Kishida", "Yoon Suk-yeol", "Joe Biden"], "2023-08-18"))])
    assert len(records) == 1
    assert [a["code"] for a in records[0]["actor"]] == ["JPN", "KOR", "USA"] and records[0]["recipient"] == []
    assert records[0]["mode"] == ["multilateral"]


def test_plover_month_date_spans_the_month(make_encounter, make_event):
    [record] = _records([make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2024-02"))])
    assert (record["date"], record["enddate"], record["summitry"]["date_precision"]) == ("2024-02-01", "2024-02-29", "month")


def test_plover_schema_vocabulary_covers_the_cameo_table(validator):
    properties = validator.schema["properties"]
    events, modes, contexts = (set(properties[key]["items"]["enum"]) for key in ("event", "mode", "context"))
    for plover in load_code_tables().plover.values():
        assert plover.event in events
        assert not plover.mode or plover.mode in modes
        assert all(context in contexts for context in plover.context.replace(";", " ").split())


def test_plover_schema_vocabulary_covers_the_ngec_codebook(validator, shared_dir):
    path = shared_dir / "benchmarks/plover-gsr/PLOVER_structured_codebook_updated.csv"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    properties = validator.schema["properties"]
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert {row["event"] for row in rows} <= set(properties["event"]["items"]["enum"])
    assert {row["mode"] for row in rows if row["mode"]} <= set(properties["mode"]["items"]["enum"])
