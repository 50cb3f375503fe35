"""What the bounds of limits.py cost, and what they buy (issue 13).

1. Overhead of the time budget: the realistic stream of benchmarks/
   throughput.py (corpus, TempEval-3, MEANTIME) through `Pipeline.run` in
   batches of 32, as ingest ran before, and through `run_within_limits`
   (the same batches under `signal.setitimer`). The two are interleaved
   and repeated; the median of each is printed with their ratio.
2. Long articles: the corpus articles repeated to 10,000 ... 200,000
   characters, each extracted whole (`Pipeline.run`, up to --whole-max
   characters; the time grows with the square of the length) and in parts
   of MAX_PARSE_CHARS (`run_within_limits`). Seconds per article and
   milliseconds per 1,000 characters.
3. Peak memory of `summitry ingest` on a 50 MB text file (refused unread)
   and on the 200,000-character article, each in its own process.

    python benchmarks/limits.py                   # all three
    python benchmarks/limits.py --only long --whole-max 80000
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "src"))

from summitry.limits import MAX_PARSE_CHARS, run_within_limits  # noqa: E402
from summitry.model import Article  # noqa: E402
from summitry.settings import Settings  # noqa: E402


def _throughput_module():
    spec = importlib.util.spec_from_file_location("throughput_benchmark", PROJECT / "benchmarks" / "throughput.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _batched(pipeline, articles, size=32):
    for start in range(0, len(articles), size):
        list(pipeline.run(articles[start:start + size]))


def overhead(pipeline, repeats: int) -> None:
    articles = _throughput_module().load_stream(1, None)
    if not articles:
        print("overhead: ../shared is absent; no stream to measure")
        return
    settings = Settings()
    _batched(pipeline, articles[:10])  # warm up the lazy tables
    batched, single = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        _batched(pipeline, articles)
        batched.append(time.perf_counter() - start)
        start = time.perf_counter()
        list(run_within_limits(articles, settings, pipeline=pipeline))
        single.append(time.perf_counter() - start)
    b, s = statistics.median(batched), statistics.median(single)
    print(f"overhead: {len(articles)} articles, median of {repeats}: Pipeline.run in batches of 32 {b:.2f} s "
          f"({len(articles) / b:.1f}/s); run_within_limits {s:.2f} s ({len(articles) / s:.1f}/s); ratio {s / b:.3f}")


def _long_text() -> tuple[str, str | None]:
    records = [json.loads(path.read_text(encoding="utf-8")) for path in sorted((PROJECT / "src" / "summitry" / "samples").glob("*.json"))]
    shared = Path(os.environ.get("SUMMITRY_SHARED", PROJECT.parent / "shared")) / "corpus"
    records += [json.loads(path.read_text(encoding="utf-8")) for path in sorted(shared.glob("*/articles/*.json"))]
    return "\n\n".join(record["text"] for record in records), "2024-01-01"


def long_articles(pipeline, sizes: list[int], whole_max: int) -> None:
    text, published = _long_text()
    settings = Settings(article_time_limit=0)
    list(pipeline.run([Article(id="warm", text=text[:5000], published=date.fromisoformat(published))]))
    print(f"long articles (parts of {MAX_PARSE_CHARS:,} characters above that length):")
    print(f"{'characters':>10}  {'whole s':>8}  {'ms/1k':>6}  {'parts s':>8}  {'ms/1k':>6}  {'CPU s':>6}  encounters whole/parts")
    for size in sizes:
        body = (text * (size // len(text) + 1))[:size]
        article = Article(id=f"long-{size}", text=body, published=date.fromisoformat(published))
        whole, whole_count = None, None
        if size <= whole_max:
            start = time.perf_counter()
            [result] = list(pipeline.run([article]))
            whole = time.perf_counter() - start
            whole_count = len(result.encounters)
        start, cpu = time.perf_counter(), time.process_time()
        [result] = list(run_within_limits([replace(article)], settings, pipeline=pipeline))
        parts, parts_cpu = time.perf_counter() - start, time.process_time() - cpu
        shown = f"{whole:8.2f}  {whole / size * 1e6:6.1f}" if whole is not None else f"{'-':>8}  {'-':>6}"
        print(f"{size:>10,}  {shown}  {parts:8.2f}  {parts / size * 1e6:6.1f}  {parts_cpu:6.2f}  "
              f"{whole_count if whole_count is not None else '-'}/{len(result.encounters)}")


def _peak_of(args: list[str]) -> tuple[int, float, str]:
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "summitry", *args], stdout=subprocess.DEVNULL, stderr=stderr, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        stderr.seek(0)
        last = (stderr.read().strip().splitlines() or [""])[-1]
    return usage.ru_maxrss * 1024, time.perf_counter() - start, last


def memory() -> None:
    text, published = _long_text()
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.txt"
        paragraph = text[:5000].replace("\n", " ") + "\n"
        with big.open("w", encoding="utf-8") as stream:
            for _ in range(50_000_000 // len(paragraph.encode()) + 1):
                stream.write(paragraph)
        long = Path(folder) / "long.json"
        long.write_text(json.dumps({"id": "long", "published": published, "text": (text * 3)[:200_000]}), encoding="utf-8")
        for name, path in (("50 MB text file", big), ("200,000-character article", long)):
            peak, seconds, last = _peak_of(["ingest", str(path), "--db", str(Path(folder) / f"{path.stem}.db")])
            print(f"memory: ingest of the {name} ({path.stat().st_size / 1e6:.1f} MB): peak RSS {peak / 1e6:.0f} MB, "
                  f"{seconds:.1f} s in all; {last}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["overhead", "long", "memory"])
    parser.add_argument("--repeat", type=int, default=3, help="overhead: interleaved runs of each (default 3)")
    parser.add_argument("--sizes", default="10000,20000,40000,80000,200000")
    parser.add_argument("--whole-max", type=int, default=80_000, help="longest article also extracted whole (default 80,000)")
    options = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f} at start")
    if options.only in (None, "overhead", "long"):
        from summitry.pipeline import Pipeline

        pipeline = Pipeline()
        if options.only in (None, "overhead"):
            overhead(pipeline, options.repeat)
        if options.only in (None, "long"):
            long_articles(pipeline, [int(size) for size in options.sizes.split(",")], options.whole_max)
    if options.only in (None, "memory"):
        memory()
    print(f"load average {os.getloadavg()[0]:.2f} at the end (other processes on the machine make timings noisy)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
