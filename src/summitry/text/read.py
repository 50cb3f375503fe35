"""Stage `text.read`: turn files into `Article` records.

Reads: paths to .txt, .html/.htm, .json (one article object), .jsonl (one
article object per line) files and folders of them. Adds: `Article` records
with the text as received (HTML is reduced to its main text by trafilatura)
and any publication date the metadata states. A file that cannot be used
yields a `Failure` naming the file and the problem; the other files go on.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from ..errors import InputError
from ..model import Article, Failure

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

# A text is taken as English when at least this share of its words are English
# function words (spaCy's stop list). English news runs at 0.35-0.5; Spanish,
# French or German news scores under 0.08 because only a handful of short words
# ("a", "no", "die") coincide. 0.15 leaves a wide margin on both sides.
MIN_ENGLISH_STOPWORD_SHARE = 0.15
# Texts shorter than this many words are too short to judge the language of.
MIN_WORDS_FOR_LANGUAGE_CHECK = 20


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | Failure]:
    """Yield an Article (or a Failure) for every article in `paths`, folders included."""
    for path in _expand(paths):
        try:
            yield from _read_file(path)
        except InputError as error:
            yield Failure(source=error.source, message=error.problem)


def read_text_article(text: str, article_id: str = "text", published: date | None = None, **meta) -> Article:
    """Build an Article from a text held in memory (the Python API and HTTP ingest use it)."""
    return _checked(
        Article(id=article_id, text=text, published=published, published_source="metadata" if published else "unknown", **meta),
        article_id,
    )


def _expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def _read_file(path: Path) -> Iterator[Article]:
    source = str(path)
    if not path.exists():
        raise InputError(source, "no such file")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(source, f"unknown file type {suffix or '(none)'}; expected .txt, .html, .json or .jsonl")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(source, f"cannot read: {error.strerror or error}") from None
    if b"\x00" in raw[:4096]:
        raise InputError(source, "binary file (contains NUL bytes), not an article")
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            content = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(source, "not UTF-8 text") from None
    if not content.strip():
        raise InputError(source, "empty file")
    if suffix in TEXT_SUFFIXES:
        yield _checked(Article(id=path.stem, text=content, path=source), source)
    elif suffix in HTML_SUFFIXES:
        yield _checked(_from_html(content, path), source)
    elif suffix in JSON_SUFFIXES:
        try:
            record = json.loads(content)
        except json.JSONDecodeError as error:
            raise InputError(source, f"invalid JSON at line {error.lineno}: {error.msg}") from None
        yield _checked(_from_record(record, source, path.stem), source)
    else:
        yield from _from_jsonl(content, source)


def _from_jsonl(content: str, source: str) -> Iterator[Article]:
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        try:
            record = json.loads(line)
            yield _checked(_from_record(record, where, None), where)
        except json.JSONDecodeError as error:
            # One bad line must not hide the good ones: report it and go on.
            yield Failure(source=where, message=f"invalid JSON: {error.msg}")  # type: ignore[misc]
        except InputError as error:
            yield Failure(source=error.source, message=error.problem)  # type: ignore[misc]


def _from_record(record: object, where: str, default_id: str | None) -> Article:
    if not isinstance(record, dict):
        raise InputError(where, "expected a JSON object with 'id' and 'text'")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, "no 'text' field; each article needs 'id' and 'text'")
    article_id = record.get("id", default_id)
    if article_id is None or str(article_id).strip() == "":
        raise InputError(where, "no 'id' field; each line needs 'id' and 'text'")
    published = record.get("published")
    day = None
    if published not in (None, ""):
        try:
            day = date.fromisoformat(str(published)[:10])
        except ValueError:
            raise InputError(where, f"'published' is {published!r}; expected YYYY-MM-DD") from None
    return Article(
        id=str(article_id),
        text=text,
        published=day,
        published_source="metadata" if day else "unknown",
        url=record.get("url"),
        title=record.get("title"),
        source=record.get("source"),
        path=where,
    )


def _from_html(content: str, path: Path) -> Article:
    import trafilatura  # imported here: only HTML input pays its start-up cost

    document = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False, include_tables=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text:
        raise InputError(str(path), "no article text found in the HTML page")
    day = None
    published = getattr(document, "date", None)
    if published:
        try:
            day = date.fromisoformat(str(published)[:10])
        except ValueError:
            day = None
    # 1 January is what date extraction falls back to when a page shows only a year: a guess
    # that the text's own evidence outranks (text.published).
    source = "metadata" if day and (day.month, day.day) != (1, 1) else ("guessed" if day else "unknown")
    title = getattr(document, "title", None)
    # The headline often states the encounter ("Xi meets Boric"): keep it as the first line.
    if title and title not in text[:300]:
        text = f"{title}\n\n{text}"
    return Article(
        id=path.stem,
        text=text,
        published=day,
        published_source=source,
        url=getattr(document, "url", None),
        title=title,
        source=getattr(document, "sitename", None),
        path=str(path),
    )


def _checked(article: Article, source: str) -> Article:
    """Refuse texts that are empty or not English, with the reason."""
    if not article.text.strip():
        raise InputError(source, "empty article text")
    words = [word.strip(".,;:!?\"'()“”’‘").lower() for word in article.text.split()]
    words = [word for word in words if word.isalpha()]
    if len(words) >= MIN_WORDS_FOR_LANGUAGE_CHECK:
        share = sum(word in STOP_WORDS for word in words) / len(words)
        if share < MIN_ENGLISH_STOPWORD_SHARE:
            raise InputError(source, f"does not look like English text ({share:.0%} English function words); summitry reads English articles only")
    return article
