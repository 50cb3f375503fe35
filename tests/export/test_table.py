"""The typed events table: CSV, Parquet and pandas read back with real types and citations."""
from __future__ import annotations

import io
import json
from datetime import date

import pytest

from summitry.export import events_table, export_events
from summitry.export.columns import EVENT_TABLE, MENTION_FIELDS, names
from summitry.store import open_store


@pytest.fixture
def store(tmp_path, sample_results):
    with open_store(tmp_path / "events.db") as opened:
        opened.add_results(sample_results)
        yield opened


def _csv(store) -> str:
    out = io.StringIO(newline="")
    export_events(store.iter_events(), "csv", out, citations=store.citations)
    return out.getvalue()


def test_table_csv_reads_with_dates_and_citations(store):
    import pandas as pd

    frame = pd.read_csv(io.StringIO(_csv(store)), parse_dates=["date_start", "date_end", "published"])
    assert list(frame.columns) == list(names(EVENT_TABLE))
    assert len(frame) == store.stats()["events"] == 5
    assert str(frame["date_start"].dtype).startswith("datetime64") and str(frame["gdelt_id"].dtype) == "int64"
    woodside = frame[frame["location_city"] == "Woodside"].iloc[0]
    assert (woodside["date_start"], woodside["date_precision"], woodside["sources"]) == (pd.Timestamp("2023-11-15"), "day", 2)
    assert (woodside["url"], woodside["source"], woodside["published"]) == ("https://news.example/a1", "Example News", pd.Timestamp("2023-11-16"))
    assert json.loads(woodside["urls"]) == ["https://news.example/a1", "a2"]
    assert [m["evidence_start"] for m in json.loads(woodside["mentions"])] == [100, 100]
    planned = frame[frame["status"] == "planned"].iloc[0]
    assert (planned["date_start"], planned["date_end"], planned["date_precision"]) == (pd.Timestamp("2023-12-01"), pd.Timestamp("2023-12-31"), "month")
    assert sorted(json.loads(planned["participants"])) == ["Emmanuel Macron", "Narendra Modi"]


def test_table_undated_event_has_empty_dates(store):
    import pandas as pd

    frame = pd.read_csv(io.StringIO(_csv(store)), parse_dates=["date_start", "date_end"])
    undated = frame[frame["date_precision"] == "unknown"]
    assert len(undated) == 1 and undated["date_start"].isna().all() and undated["url"].notna().all()


def test_table_parquet_has_real_types_and_described_columns(store, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    with path.open("wb") as out:
        assert export_events(store.iter_events(), "parquet", out, citations=store.citations) == 5
    table = pq.read_table(path)
    schema = table.schema
    assert schema.names == list(names(EVENT_TABLE))
    assert schema.field("date_start").type == pa.date32() and schema.field("latitude").type == pa.float64()
    assert schema.field("participants").type == pa.list_(pa.string())
    assert [field.name for field in schema.field("mentions").type.value_type] == list(names(MENTION_FIELDS))
    assert all(schema.field(name).metadata[b"description"] for name in schema.names)
    assert schema.metadata[b"summitry_version"]
    rows = {row["location_city"]: row for row in table.to_pylist()}
    # The fixture's Woodside lies at (1.5, 2.5), far from every GeoNames Woodside: no id.
    assert rows["Woodside"]["date_start"] == date(2023, 11, 15) and rows["Woodside"]["geonames_id"] is None
    assert rows["Woodside"]["mentions"][1]["published"] == date(2023, 11, 17)


def test_table_parquet_and_csv_read_in_duckdb(store, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    parquet, text = tmp_path / "events.parquet", tmp_path / "events.csv"
    with parquet.open("wb") as out:
        export_events(store.iter_events(), "parquet", out, citations=store.citations)
    text.write_text(_csv(store), encoding="utf-8")
    for source in (f"'{parquet}'", f"read_csv('{text}')"):
        [(count, first, kinds)] = duckdb.sql(
            f"SELECT count(*), min(date_start), count(DISTINCT kind) FROM {source}"
        ).fetchall()
        assert (count, first, kinds) == (5, date(2023, 8, 18), 2)


def test_table_to_pandas_types(store):
    import pandas as pd

    frame = store.to_pandas()
    assert list(frame.columns) == list(names(EVENT_TABLE)) and len(frame) == 5
    assert str(frame["date_start"].dtype).startswith("datetime64")
    assert isinstance(frame["sources"].dtype, pd.Int64Dtype) and isinstance(frame["confidence"].dtype, pd.Float64Dtype)
    assert frame.loc[frame["kind"] == "call", "participants"].iloc[0] == ["Joe Biden", "Xi Jinping"]
    assert len(store.to_pandas(kind="call")) == 1


@pytest.mark.parametrize("city, country, latitude, longitude, geonames_id", [
    ("Lima", "PER", -12.04, -77.03, 3936456),  # Lima, Peru in GeoNames
    ("Woodside", "USA", 37.47, -122.31, None),  # California: GeoNames has only Woodside, Queens (15,000+ people)
    ("Woodside", "USA", 40.745, -73.905, 5145067),
])
def test_table_geonames_id_needs_a_city_near_the_place(make_encounter, make_event, city, country, latitude, longitude, geonames_id):
    from dataclasses import replace

    event = make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2024-11-15", city=city, country=country))
    event = replace(event, location=replace(event.location, latitude=latitude, longitude=longitude))
    [row] = events_table([event]).to_pylist()
    assert row["geonames_id"] == geonames_id
