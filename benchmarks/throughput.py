"""Throughput of the full extraction pipeline next to a bare spaCy `nlp.pipe`, in one run.

The stream is realistic news, interleaved: the 21 articles of
../shared/corpus (seeds + dev, boilerplate included), the 20 TempEval-3
platinum articles (the tag-stripped <TEXT>, DCT as publication date) and
the 120 MEANTIME Wikinews articles (text rebuilt from the tokens, one line
per sentence, CREATION_TIME as publication date). Most of it is business
and general news, as a real feed is: the pipeline's cue prefilter skips the
parse for articles with no encounter cue, so the ratio to bare spaCy is
what a user of `summitry ingest` actually sees.

Memory is the process's peak resident set size from
`resource.getrusage(RUSAGE_SELF).ru_maxrss` (it includes the spaCy model
and knowledge tables and never goes down, so it is reported after each
phase); `--tracemalloc` also reports the peak Python-heap allocation of each
phase separately (slower; tracemalloc sees Python and numpy allocations,
not spaCy's C buffers).

    python benchmarks/throughput.py                 # one pass
    python benchmarks/throughput.py --repeat 3      # the stream three times over
    python benchmarks/throughput.py --limit 50 --tracemalloc
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import time
import tracemalloc
import xml.etree.ElementTree as ElementTree
from datetime import date
from itertools import zip_longest
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMITRY_SHARED", PROJECT.parent / "shared"))
sys.path.insert(0, str(PROJECT / "src"))

from summitry.model import Article, ArticleResult  # noqa: E402

_TAG = re.compile(r"<[^>]+>")


def load_corpus() -> list[Article]:
    """The seeds and dev articles, as `summitry extract` reads them."""
    from summitry.text import read_paths

    folders = [SHARED / "corpus" / name / "articles" for name in ("seeds", "dev")]
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


def load_stream(repeat: int, limit: int | None) -> list[Article]:
    """The three sources interleaved round-robin (a feed mixes outlets), repeated, then cut."""
    sources = [load_corpus(), load_te3(), load_meantime()]
    mixed = [article for group in zip_longest(*sources) for article in group if article is not None]
    stream = mixed * repeat
    return stream[:limit] if limit else stream


def max_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def timed(phase, use_tracemalloc: bool):
    if use_tracemalloc:
        tracemalloc.start()
    start = time.perf_counter()
    value = phase()
    elapsed = time.perf_counter() - start
    peak = None
    if use_tracemalloc:
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return value, elapsed, peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="run the stream this many times over (default 1)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of the stream")
    parser.add_argument("--tracemalloc", action="store_true", help="also report each phase's peak Python-heap allocation")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: the benchmark needs ../shared (or $SUMMITRY_SHARED)", file=sys.stderr)
        return 2

    from summitry.pipeline import Pipeline
    from summitry.settings import Settings

    stream = load_stream(args.repeat, args.limit)
    characters = sum(len(article.text) for article in stream)
    print(f"stream: {len(stream)} articles, {characters:,} characters (repeat {args.repeat}, limit {args.limit})")
    print(f"max RSS before loading models: {max_rss_mb():.0f} MB")

    settings = Settings()
    start = time.perf_counter()
    pipeline = Pipeline(settings)  # loads spaCy (cached by parse.load_nlp) and the knowledge tables
    print(f"load (spaCy + knowledge): {time.perf_counter() - start:.2f} s; max RSS {max_rss_mb():.0f} MB")
    # One warm-up article so lazy tables and regexes are built before the clock starts.
    list(pipeline.run(stream[:1]))

    def full():
        results = list(pipeline.run(stream))
        return results

    results, full_seconds, full_peak = timed(full, args.tracemalloc)
    encounters = sum(len(r.encounters) for r in results if isinstance(r, ArticleResult))
    failures = sum(not isinstance(r, ArticleResult) for r in results)
    from summitry.encounters.cues import cue_prefilter

    prefilter = cue_prefilter()
    parsed = sum(1 for article in stream if prefilter.search(pipeline.prepare(article).text))
    print(f"summitry pipeline: {len(stream) / full_seconds:8.1f} articles/s  ({full_seconds:.2f} s, {parsed} of {len(stream)} parsed, "
          f"{encounters} encounters, {failures} failures); max RSS {max_rss_mb():.0f} MB"
          + (f"; tracemalloc peak {full_peak:.0f} MB" if full_peak is not None else ""))

    nlp = pipeline.nlp  # the same pipeline object summitry.parse.load_nlp returns

    def bare():
        return sum(1 for _ in nlp.pipe((article.text for article in stream), batch_size=max(1, settings.batch_size)))

    _, bare_seconds, bare_peak = timed(bare, args.tracemalloc)
    print(f"bare spaCy nlp.pipe: {len(stream) / bare_seconds:8.1f} articles/s  ({bare_seconds:.2f} s, every article parsed); "
          f"max RSS {max_rss_mb():.0f} MB" + (f"; tracemalloc peak {bare_peak:.0f} MB" if bare_peak is not None else ""))
    print(f"ratio summitry / bare spaCy (articles/s): {bare_seconds / full_seconds:.2f}")
    print(json.dumps({
        "articles": len(stream), "summitry_articles_per_s": round(len(stream) / full_seconds, 2),
        "spacy_articles_per_s": round(len(stream) / bare_seconds, 2), "ratio": round(bare_seconds / full_seconds, 3),
        "max_rss_mb": round(max_rss_mb()), "memory_measure": "resource.getrusage ru_maxrss (process peak)",
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
