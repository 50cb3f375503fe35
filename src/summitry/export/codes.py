"""The coding tables of the exports: CAMEO codes, Goldstein weights, CAMEO -> PLOVER, actor codes.

Reads: export/data/*.csv (each with a `#` line naming its source) and
knowledge/data/country_codes.csv. Adds: one `CodeTables` object, loaded once,
that `coding.py` looks codes up in. A bad row fails with its file and line
(the shared `read_table`).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import KnowledgeError
from ..knowledge.country_codes import CountryCodes, load_country_codes
from ..knowledge.tables import fold, read_table

DATA_DIR = Path(__file__).resolve().parent / "data"
SECTOR_DEFAULT = "GOV"
_CAMEO_CODE = re.compile(r"\d{3,4}")


@dataclass(frozen=True)
class PloverCode:
    """What one CAMEO event code is in PLOVER (CAMEO2PLOVER-2021)."""

    event: str
    mode: str  # "" when the table gives none
    context: str


@dataclass(frozen=True)
class Organisation:
    """An organisation's CAMEO actor code ("IGOUNO") and known-group code ("UNO")."""

    code: str  # summitry's code, as in countries.csv (UNO, NATO, EUU, AFU, ASEAN)
    cameo: str
    known_group: str
    name: str


@dataclass(frozen=True)
class CodeTables:
    """Every table the exports code events with."""

    event_labels: dict[str, str]  # CAMEO code -> label
    goldstein: dict[str, float]  # CAMEO code -> Goldstein weight
    plover: dict[str, PloverCode]  # CAMEO code -> PLOVER event, mode, context
    organisations: dict[str, Organisation]
    sectors: tuple[tuple[str, str], ...]  # (folded title word, sector), in table order
    consult_words: dict[str, str]  # lower-case word -> CAMEO 045 / 046
    countries: dict[str, CountryCodes]  # ISO3 -> FIPS, CAMEO, name

    def sector(self, role: str | None) -> str:
        """The CAMEO/PLOVER sector of a title: GOV unless a word of actor_sectors.csv says otherwise."""
        key = f" {fold(role or '')} "
        return next((sector for word, sector in self.sectors if f" {word} " in key), SECTOR_DEFAULT)


def _cameo_code(row, column: str) -> str:
    value = row.required(column)
    if not _CAMEO_CODE.fullmatch(value):
        raise row.fail(f"{column} {value!r} is not a CAMEO event code (three or four digits)")
    return value


def read_code_tables(folder: Path = DATA_DIR, countries: dict[str, CountryCodes] | None = None) -> CodeTables:
    """Read the tables in `folder`; KnowledgeError names the file and line of a bad row."""
    labels = {_cameo_code(row, "code"): row.required("label") for row in read_table(folder / "cameo_event_codes.csv", ("code", "label"))}
    goldstein: dict[str, float] = {}
    for row in read_table(folder / "goldstein.csv", ("code", "goldstein")):
        code, weight = _cameo_code(row, "code"), row.number("goldstein")
        if weight is None or not -10 <= weight <= 10:
            raise row.fail("goldstein must be a number from -10 to 10")
        if code not in labels:
            raise row.fail(f"{code} is not in cameo_event_codes.csv")
        goldstein[code] = weight
    plover = {
        _cameo_code(row, "cameo"): PloverCode(row.required("event"), row.get("mode"), row.get("context"))
        for row in read_table(folder / "cameo_plover.csv", ("cameo", "event", "mode", "context"))
    }
    organisations = {
        row.required("code"): Organisation(row.required("code"), row.required("cameo"), row.required("known_group"), row.required("name"))
        for row in read_table(folder / "cameo_organisations.csv", ("code", "cameo", "known_group", "name"))
    }
    sectors = tuple((fold(row.required("word")), row.required("sector")) for row in read_table(folder / "actor_sectors.csv", ("word", "sector")))
    consult_words = {}
    for row in read_table(folder / "consult_words.csv", ("word", "code")):
        code = _cameo_code(row, "code")
        if code not in ("045", "046"):
            raise row.fail(f"code {code} is not 045 (mediation) or 046 (negotiation)")
        consult_words[row.required("word").lower()] = code
    return CodeTables(labels, goldstein, plover, organisations, sectors, consult_words,
                      countries if countries is not None else load_country_codes())


@functools.lru_cache(maxsize=1)
def load_code_tables() -> CodeTables:
    """The package's coding tables, read once per process."""
    tables = read_code_tables()
    missing = [code for code in EMITTED_CODES if code not in tables.goldstein or code not in tables.plover]
    if missing:
        raise KnowledgeError(f"goldstein.csv / cameo_plover.csv: no row for CAMEO code(s) {', '.join(missing)}")
    return tables


# Every CAMEO code `coding.code_event` can produce.
EMITTED_CODES = ("036", "040", "041", "042", "044", "045", "046")
