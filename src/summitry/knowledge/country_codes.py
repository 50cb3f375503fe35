"""Country codes in the other systems analysts use: ISO alpha-2, FIPS 10-4 (GDELT) and CAMEO.

Reads: knowledge/data/country_codes.csv (built by scripts/build_code_tables.py
from GeoNames and the CAMEO/Phoenix dictionaries). Adds: `CountryCodes`,
looked up by ISO 3166-1 alpha-3, the code every other table uses; the
exports translate to FIPS and CAMEO through it, and `knowledge check`
validates ISO codes against it.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from .tables import DATA_DIR, read_table

COUNTRY_CODE_COLUMNS = ("iso3", "iso2", "fips", "cameo", "name")
COUNTRY_CODE_TABLE = "country_codes.csv"


@dataclass(frozen=True)
class CountryCodes:
    """One country's codes; empty strings where a system has no code for it."""

    iso3: str
    iso2: str
    fips: str
    cameo: str
    name: str


def read_country_codes(path: Path) -> dict[str, CountryCodes]:
    """country_codes.csv by ISO alpha-3; KnowledgeError names the file and line of a bad row."""
    codes: dict[str, CountryCodes] = {}
    for row in read_table(path, COUNTRY_CODE_COLUMNS):
        iso3 = row.required("iso3")
        if len(iso3) != 3 or not iso3.isupper():
            raise row.fail(f"iso3 {iso3!r} is not a three-letter code")
        if iso3 in codes:
            raise row.fail(f"{iso3} is listed twice")
        codes[iso3] = CountryCodes(iso3, row.get("iso2"), row.get("fips"), row.get("cameo"), row.required("name"))
    return codes


@functools.lru_cache(maxsize=2)
def load_country_codes(path: Path | None = None) -> dict[str, CountryCodes]:
    """The package's country code table (or the one at `path`), read once."""
    return read_country_codes(path or DATA_DIR / COUNTRY_CODE_TABLE)
