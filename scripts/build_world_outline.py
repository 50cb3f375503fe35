#!/usr/bin/env python3
"""Build web/static/world-110m.json, the low-resolution world outline the map page draws.

Source: Natural Earth 1:110m admin-0 countries (public domain), as shipped in
the `naturalearth_lowres` dataset inside the geopandas 0.14.4 wheel on PyPI
(later geopandas releases dropped it). The script downloads that wheel with
pip (no install), reads the shapefile with pyshp, projects every ring
equirectangularly onto a 360 x 180 box (x = longitude + 180, y = 90 - latitude)
and writes one SVG path per country, rounded to 0.1 degree (about 11 km,
finer than the 110m data itself), so the web page needs no map library,
no tiles and no network at run time.

    python scripts/build_world_outline.py            # needs pip and network access to PyPI
    python scripts/build_world_outline.py --wheel geopandas-0.14.4-py3-none-any.whl

Requires pyshp (`pip install pyshp`) only while building.
"""
from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "src" / "summitry" / "web" / "static" / "world-110m.json"
WHEEL = "geopandas==0.14.4"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
# Natural Earth codes a few disputed areas -99; summitry's knowledge tables use XKX for Kosovo.
CODE_FIXES = {"Kosovo": "XKX"}
# 0.1 degree keeps the outline recognisable and the file near 100 kB.
DECIMALS = 1


def _download_wheel(folder: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(folder), WHEEL], check=True
    )
    return next(folder.glob("geopandas-*.whl"))


def _ring_path(points) -> str:
    parts = []
    previous = None
    for lon, lat in points:
        x = round(lon + 180, DECIMALS)
        y = round(90 - lat, DECIMALS)
        if (x, y) == previous:
            continue
        previous = (x, y)
        parts.append(f"{x:g} {y:g}")
    if len(parts) < 3:
        return ""
    return "M" + "L".join(parts) + "Z"


def build(wheel: Path) -> list[dict]:
    import shapefile  # pyshp

    with zipfile.ZipFile(wheel) as archive:
        files = {ext: io.BytesIO(archive.read(f"{MEMBER}.{ext}")) for ext in ("shp", "shx", "dbf")}
    # The .dbf is Latin-1 despite its .cpg ("Côte d'Ivoire" fails as UTF-8).
    reader = shapefile.Reader(shp=files["shp"], shx=files["shx"], dbf=files["dbf"], encoding="latin-1")
    fields = [field[0] for field in reader.fields[1:]]
    countries = []
    for record, shape in zip(reader.records(), reader.shapes()):
        attributes = dict(zip(fields, record))
        starts = list(shape.parts) + [len(shape.points)]
        rings = [_ring_path(shape.points[a:b]) for a, b in zip(starts, starts[1:])]
        countries.append(
            {"iso_a3": CODE_FIXES.get(attributes["name"], attributes["iso_a3"]), "name": attributes["name"], "d": "".join(r for r in rings if r)}
        )
    countries.sort(key=lambda country: country["name"])
    return countries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded geopandas 0.14.4 wheel (default: download it)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        wheel = options.wheel or _download_wheel(Path(folder))
        countries = build(wheel)
    document = {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), via geopandas 0.14.4 naturalearth_lowres",
        "projection": "equirectangular; x = longitude + 180, y = 90 - latitude; viewBox 0 0 360 180",
        "countries": countries,
    }
    options.output.write_text(json.dumps(document, separators=(",", ":"), ensure_ascii=False) + "\n")
    print(f"{options.output}: {len(countries)} countries, {options.output.stat().st_size} bytes")


if __name__ == "__main__":
    main()
