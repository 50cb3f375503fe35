"""docs/codebook.md and the descriptors stay in step with the columns the writers write."""
from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from summitry.export import event_rows, export_events
from summitry.export.codes import load_code_tables
from summitry.export.coding import code_event
from summitry.export.columns import EVENT_TABLE, GDELT_EVENT, GDELT_MENTION, JSONL_RECORD, MENTION_FIELDS, TYPES, names
from summitry.export.gdelt import event_row as gdelt_event_row
from summitry.export.gdelt import mention_rows

PROJECT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("summitry_gen_codebook", PROJECT / "scripts" / "gen_codebook.py")
gen_codebook = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = gen_codebook
_spec.loader.exec_module(gen_codebook)


@pytest.mark.parametrize("path, render", list(gen_codebook.OUTPUTS.items()), ids=lambda value: getattr(value, "name", ""))
def test_codebook_files_are_current(path, render):
    assert path.read_text(encoding="utf-8") == render(), f"{path.name} is stale: run python scripts/gen_codebook.py"


@pytest.fixture
def event(make_encounter, make_event):
    return make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside", country="USA"),
                      make_encounter("a2", ["Joe Biden", "Xi Jinping"], "2023-11-15", published="2023-11-17"))


def test_codebook_event_table_is_what_the_writers_write(event, citations):
    [row] = list(event_rows([event], citations))
    assert tuple(row) == names(EVENT_TABLE)
    assert tuple(row["mentions"][0]) == names(MENTION_FIELDS)
    out = io.StringIO()
    export_events([event], "csv", out, citations=citations)
    assert out.getvalue().splitlines()[0].split(",") == list(names(EVENT_TABLE))


def test_codebook_gdelt_rows_have_one_field_per_column(event, citations):
    coding = code_event(event)
    assert len(gdelt_event_row(coding, {}, load_code_tables())) == len(GDELT_EVENT) == 61
    assert {len(row) for row in mention_rows(coding, {})} == {len(GDELT_MENTION)}


def test_codebook_jsonl_keys(event, citations):
    out = io.StringIO()
    export_events([event], "jsonl", out, citations=citations)
    assert tuple(json.loads(out.getvalue())) == names(JSONL_RECORD)


def test_codebook_every_column_has_a_known_type_and_a_description():
    for column in (*EVENT_TABLE, *MENTION_FIELDS, *GDELT_EVENT, *GDELT_MENTION, *JSONL_RECORD):
        assert column.type in TYPES and column.description.endswith(".")


def test_codebook_datapackage_lists_every_column():
    package = json.loads(gen_codebook.DATAPACKAGE.read_text(encoding="utf-8"))
    resources = {resource["name"]: [field["name"] for field in resource["schema"]["fields"]] for resource in package["resources"]}
    assert resources["events-csv"] == resources["events-parquet"] == list(names(EVENT_TABLE))
    assert resources["gdelt-events"] == list(names(GDELT_EVENT)) and resources["gdelt-mentions"] == list(names(GDELT_MENTION))


def test_codebook_documents_every_plover_field():
    schema = json.loads(gen_codebook.PLOVER_SCHEMA.read_text(encoding="utf-8"))
    text = gen_codebook.CODEBOOK.read_text(encoding="utf-8")
    for name in schema["properties"]:
        assert f"| `{name}` |" in text
