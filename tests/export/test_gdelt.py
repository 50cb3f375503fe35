"""GDELT 2.0 events and mentions files, read back the way a GDELT user reads them: by position."""
from __future__ import annotations

import csv
import io

import pytest

from summitry.export import export_events
from summitry.export.columns import GDELT_EVENT, GDELT_MENTION, names

# The GDELT 2.0 event table, typed from the GDELT 2.0 Event Database Codebook
# (independently of summitry.export.columns, which must match it).
PUBLISHED_EVENT_COLUMNS = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code
Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code
Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL""".split()
PUBLISHED_MENTION_COLUMNS = """GLOBALEVENTID EventTimeDate MentionTimeDate MentionType MentionSourceName MentionIdentifier
SentenceID Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence MentionDocLen MentionDocTone
MentionDocTranslationInfo Extras""".split()
# How a GDELT reader types the columns: codes stay strings (leading zeros).
_STRING_COLUMNS = [name for name in PUBLISHED_EVENT_COLUMNS if name.endswith(("Code", "Name", "FullName", "FeatureID")) or name == "SOURCEURL"]


def test_gdelt_columns_are_the_published_ones():
    assert len(PUBLISHED_EVENT_COLUMNS) == 61 and len(PUBLISHED_MENTION_COLUMNS) == 16
    assert list(names(GDELT_EVENT)) == PUBLISHED_EVENT_COLUMNS
    assert list(names(GDELT_MENTION)) == PUBLISHED_MENTION_COLUMNS


def _export(events, fmt, citations=None) -> str:
    out = io.StringIO(newline="")
    export_events(events, fmt, out, citations=citations)
    return out.getvalue()


def _read_by_position(text: str):
    import pandas as pd

    return pd.read_csv(io.StringIO(text), sep="\t", header=None, names=PUBLISHED_EVENT_COLUMNS,
                       dtype={name: str for name in _STRING_COLUMNS}, quoting=csv.QUOTE_NONE)


def test_gdelt_events_read_by_position(make_encounter, make_event, citations):
    held = make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside", country="USA"),
                      make_encounter("a2", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside", country="USA", published="2023-11-17"))
    text = _export([held], "gdelt", citations)
    assert "\t" in text and not text.startswith("GLOBALEVENTID")
    [row] = _read_by_position(text).to_dict("records")
    assert row["GLOBALEVENTID"] == int("0123456789abcde", 16)
    assert (row["SQLDATE"], row["MonthYear"], row["Year"], row["FractionDate"]) == (20231115, 202311, 2023, 2023.8712)
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("CHNGOV", "XI JINPING", "CHN", "GOV")
    assert (row["Actor2Code"], row["Actor2Name"]) == ("USAGOV", "JOE BIDEN")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["QuadClass"], row["GoldsteinScale"]) == ("042", "042", "04", 1, 1.9)
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == (2, 2, 2)
    assert (row["ActionGeo_Type"], row["ActionGeo_FullName"], row["ActionGeo_CountryCode"]) == (3, "Woodside, United States", "US")
    assert (row["ActionGeo_Lat"], row["ActionGeo_Long"]) == (1.5, 2.5)
    assert row["DATEADDED"] == 20231117000000
    assert row["SOURCEURL"] == "https://news.example/a1"


@pytest.mark.parametrize("country, fips, geo_type", [("GBR", "UK", 4), ("DEU", "GM", 4), ("CHN", "CH", 4), ("USA", "US", 3)])
def test_gdelt_action_geo_uses_fips_codes(make_encounter, make_event, country, fips, geo_type):
    event = make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Somewhere", country=country))
    [row] = _read_by_position(_export([event], "gdelt")).to_dict("records")
    assert (row["ActionGeo_CountryCode"], row["ActionGeo_ADM1Code"], row["ActionGeo_Type"]) == (fips, fips, geo_type)


@pytest.mark.issue(12)
def test_gdelt_planned_meeting_is_036_dated_by_the_statement(make_encounter, make_event):
    planned = make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11-15", status="planned", published="2023-11-09"))
    [row] = _read_by_position(_export([planned], "gdelt")).to_dict("records")
    assert (row["EventCode"], row["SQLDATE"], row["GoldsteinScale"]) == ("036", 20231109, 4.0)


def test_gdelt_undated_event_leaves_the_date_empty(make_encounter, make_event):
    frame = _read_by_position(_export([make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], None))], "gdelt"))
    assert frame["SQLDATE"].isna().all() and frame["GLOBALEVENTID"].notna().all()


@pytest.mark.parametrize("day, fraction", [("2023-01-01", 2023.0), ("2024-12-31", 2024.9973), ("2023-07-02", 2023.4986)])
def test_gdelt_fraction_date(make_encounter, make_event, day, fraction):
    [row] = _read_by_position(_export([make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], day))], "gdelt")).to_dict("records")
    assert row["FractionDate"] == fraction


def test_gdelt_mentions_one_row_per_source(make_encounter, make_event, citations):
    import pandas as pd

    sentence = "Xi and Biden met in Woodside on Wednesday."
    held = make_event(
        make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside", country="USA", sentence=sentence, cue="met", start=120),
        make_encounter("a2", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside", country="USA", sentence=sentence, published="2023-11-17"),
    )
    text = _export([held], "gdelt-mentions", citations)
    frame = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=PUBLISHED_MENTION_COLUMNS, quoting=csv.QUOTE_NONE,
                        dtype={"MentionSourceName": str, "MentionIdentifier": str, "Extras": str})
    first, second = frame.to_dict("records")
    assert first["GLOBALEVENTID"] == second["GLOBALEVENTID"] == int("0123456789abcde", 16)
    assert (first["MentionType"], first["MentionIdentifier"], first["MentionSourceName"]) == (1, "https://news.example/a1", "Example News")
    assert (second["MentionType"], second["MentionIdentifier"]) == (2, "a2")  # no URL: cited by article id
    assert (first["MentionTimeDate"], second["MentionTimeDate"]) == (20231116000000, 20231117000000)
    # Offsets index the article: Xi at the sentence start, Biden 7 characters in, "met" at 13.
    assert (first["Actor1CharOffset"], first["Actor2CharOffset"], first["ActionCharOffset"]) == (120, 127, 133)
    assert first["Extras"] == f"<SENTENCE_OFFSETS>120-{120 + len(sentence)}</SENTENCE_OFFSETS>"
    assert (first["MentionDocLen"], first["Confidence"]) == (900, 75)


def test_gdelt_reads_in_duckdb_with_the_descriptor_types(make_encounter, make_event, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "events.export.CSV"
    path.write_text(_export([make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Bali", country="IDN"))], "gdelt"),
                    encoding="utf-8")
    types = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE"}
    columns = {column.name: types[column.type] for column in GDELT_EVENT}
    [row] = duckdb.sql(
        f"SELECT EventCode, SQLDATE, ActionGeo_CountryCode, SOURCEURL FROM read_csv('{path}', delim='\t', header=false, "
        f"quote='', columns={columns!r})"
    ).fetchall()
    assert row == ("044", 20231115, "ID", "a1")
