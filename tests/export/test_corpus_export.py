"""Every export of the stored seeds + dev + dev2 corpus, loaded the way an analyst loads it.

Issue 12's acceptance checks, on whatever the pipeline extracts today (the
numbers are never pinned: extraction keeps improving): the same event count
in every format, no empty date where the event has one, only CAMEO/PLOVER
actor codes, every row traceable to a URL (or to the article id of a source
that has none), the plover records valid, and each format readable with
pandas, pyarrow and duckdb with the types the codebook gives.
"""
from __future__ import annotations

import csv
import json
import re

import pytest

from summitry.export import EXPORT_FORMATS, export_events
from summitry.export.codes import load_code_tables
from summitry.export.columns import GDELT_EVENT, GDELT_MENTION, names

CORPORA = ("seeds", "dev", "dev2")
pytestmark = [pytest.mark.issue(12), pytest.mark.slow]


@pytest.fixture(scope="module")
def exported(shared_dir, tmp_path_factory):
    """(store, {format: path}) for the corpus ingested into a fresh SQLite store."""
    from summitry.pipeline import run
    from summitry.store import open_store
    from summitry.text import read_paths

    folders = [shared_dir / "corpus" / name / "articles" for name in CORPORA]
    if not all(folder.is_dir() for folder in folders):
        pytest.skip("the seeds/dev/dev2 corpora are absent")
    folder = tmp_path_factory.mktemp("corpus-export")
    store = open_store(folder / "corpus.db")
    store.add_results(run(read_paths(folders)))
    paths = {}
    for fmt in EXPORT_FORMATS:
        paths[fmt] = folder / f"events.{fmt}"
        binary = fmt == "parquet"
        with open(paths[fmt], "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as out:
            export_events(store.iter_events(), fmt, out, citations=store.citations)
    yield store, paths
    store.close()


def _gdelt(path, columns):
    import pandas as pd

    text_types = {c.name: str for c in columns if c.type == "string"}
    return pd.read_csv(path, sep="\t", header=None, names=list(names(columns)), dtype=text_types, quoting=csv.QUOTE_NONE,
                       keep_default_na=False, na_values=[""])


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_corpus_export_same_event_count_in_every_format(exported):
    import pandas as pd
    import pyarrow.parquet as pq

    store, paths = exported
    events = store.stats()["events"]
    assert events > 0
    mentions = _gdelt(paths["gdelt-mentions"], GDELT_MENTION)
    counts = {
        "jsonl": len(_lines(paths["jsonl"])),
        "plover": len(_lines(paths["plover"])),
        "csv": len(pd.read_csv(paths["csv"])),
        "parquet": pq.read_table(paths["parquet"]).num_rows,
        "gdelt": len(_gdelt(paths["gdelt"], GDELT_EVENT)),
        "gdelt-mentions": mentions["GLOBALEVENTID"].nunique(),
    }
    assert counts == {fmt: events for fmt in counts}
    assert len(mentions) == sum(len(record["mentions"]) for record in _lines(paths["jsonl"]))


def test_corpus_export_no_empty_date_where_the_event_has_one(exported):
    import pandas as pd

    _, paths = exported
    dated = {record["id"] for record in _lines(paths["jsonl"]) if record["date"]}
    table = pd.read_csv(paths["csv"], parse_dates=["date_start", "date_end"])
    assert not table[table["id"].isin(dated) & (table["date_start"].isna() | table["date_end"].isna())]["id"].tolist()
    gdelt = _gdelt(paths["gdelt"], GDELT_EVENT)
    ids = dict(zip(table["gdelt_id"], table["id"]))
    assert not [ids[row.GLOBALEVENTID] for row in gdelt.itertuples() if ids[row.GLOBALEVENTID] in dated and pd.isna(row.SQLDATE)]
    assert not [r["id"] for r in _lines(paths["plover"]) if r["summitry"]["event_id"] in dated and not (r["date"] and r["enddate"])]


def test_corpus_export_actor_codes_are_cameo_or_plover_codes(exported):
    _, paths = exported
    tables = load_code_tables()
    countries = {entry.cameo for entry in tables.countries.values() if entry.cameo}
    types = {sector for _, sector in tables.sectors} | {"GOV"}
    cameo = countries | {country + kind for country in countries for kind in types} | {o.cameo for o in tables.organisations.values()}
    gdelt = _gdelt(paths["gdelt"], GDELT_EVENT)
    for side in ("Actor1", "Actor2"):
        assert set(gdelt[f"{side}Code"].dropna()) <= cameo
        assert set(gdelt[f"{side}CountryCode"].dropna()) <= countries
        assert set(gdelt[f"{side}Type1Code"].dropna()) <= types | {"IGO"}
    iso = set(tables.countries)
    for record in _lines(paths["plover"]):
        for actor in record["actor"] + record["recipient"]:
            assert actor["code"] is None or actor["code"] in iso | {"IGO"}
            assert actor["cameo_code"] is None or actor["cameo_code"] in cameo


def test_corpus_export_every_row_traces_to_its_sources(exported):
    import pandas as pd

    store, paths = exported
    articles = {citation.article_id: citation for citation in store.citations(store.article_ids()).values()}
    identifiers = {c.url or c.article_id for c in articles.values()}
    gdelt = _gdelt(paths["gdelt"], GDELT_EVENT)
    assert gdelt["SOURCEURL"].notna().all() and set(gdelt["SOURCEURL"]) <= identifiers
    mentions = _gdelt(paths["gdelt-mentions"], GDELT_MENTION)
    assert set(mentions["MentionIdentifier"]) <= identifiers
    with_url = mentions[mentions["MentionType"] == 1]
    assert with_url["MentionIdentifier"].str.match(r"https?://").all()
    table = pd.read_csv(paths["csv"])
    assert table["url"].notna().all() and table["evidence"].notna().all()
    for record in _lines(paths["plover"]):
        assert all(cite["url"] or cite["article_id"] in articles for cite in record["cite_info"])


def test_corpus_export_plover_passes_the_schema(exported):
    jsonschema = pytest.importorskip("jsonschema")
    from importlib import resources

    _, paths = exported
    schema = json.loads(resources.files("summitry.export").joinpath("schemas/plover.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for record in _lines(paths["plover"]):
        assert validator.is_valid(record), next(validator.iter_errors(record)).message


def test_corpus_export_reads_in_duckdb(exported):
    duckdb = pytest.importorskip("duckdb")
    store, paths = exported
    events = store.stats()["events"]
    types = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE"}
    gdelt_columns = {c.name: types[c.type] for c in GDELT_EVENT}
    queries = {
        "parquet": f"SELECT count(*) FROM '{paths['parquet']}'",
        "csv": f"SELECT count(*) FROM read_csv('{paths['csv']}')",
        "jsonl": f"SELECT count(*) FROM read_json('{paths['jsonl']}', format='newline_delimited')",
        "plover": f"SELECT count(*) FROM read_json('{paths['plover']}', format='newline_delimited')",
        "gdelt": f"SELECT count(DISTINCT GLOBALEVENTID) FROM read_csv('{paths['gdelt']}', delim='\t', header=false, quote='', columns={gdelt_columns!r})",
    }
    for fmt, query in queries.items():
        assert duckdb.sql(query).fetchall() == [(events,)], fmt
    [(codes,)] = duckdb.sql(f"SELECT list(DISTINCT EventCode) FROM read_csv('{paths['gdelt']}', delim='\t', header=false, quote='', columns={gdelt_columns!r})").fetchall()
    assert all(re.fullmatch(r"0[34]\d", code) for code in codes)
