"""Stage `text.read`: turn files into `Article` records.

Reads: paths to .txt, .html/.htm, .json (one article object), .jsonl (one
article object per line) files and folders of them. Adds: `Article` records
with the text as received (HTML is reduced to its main text by trafilatura)
and any publication date the metadata states. Every text is normalised the
same way, whatever its source: control and zero-width characters removed,
lone surrogates replaced, over-long lines split, size and language checked
(`normalise_text`, `check_text`).

Nothing a file contains stops the others: any problem with one file, one
JSON Lines line or one folder entry yields a `Failure` naming it
("batch.jsonl line 12: ...") and reading goes on. Every path that is not
read is reported once, folders included (unknown file types, symlink loops,
unreadable folders); only hidden entries (".git", ".DS_Store") are passed
over without a word.
"""
from __future__ import annotations

import codecs
import json
import logging
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
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

# The default of Settings.max_article_size, for callers that pass no limit.
DEFAULT_MAX_ARTICLE_SIZE = 2_000_000
# A page's markup and a JSON record's escapes weigh more than the text they
# hold: a file may be this many times the text limit before it is refused
# unread (the text found in it is then checked against the limit itself).
# News pages run at 3-10x markup; 10 keeps every real page and still refuses
# a 50 MB file before it is loaded.
MARKUP_FACTOR = 10
# Lines longer than this are split (at a sentence end where there is one):
# the longest paragraph in the corpora and WikiWars is about 3,000
# characters, and line-based stages (boilerplate, credits, date lines) and
# the parser's sentences should never see an unbounded line.
MAX_LINE_CHARS = 10_000
# Ids name articles in URLs, messages and the store; a longer "id" is data in the wrong field.
MAX_ID_CHARS = 500

# A text is taken as English when at least this share of its words are English
# function words (spaCy's stop list). English news runs at 0.35-0.5; Spanish,
# French or German news scores under 0.08 because only a handful of short words
# ("a", "no", "die") coincide. 0.15 leaves a wide margin on both sides.
MIN_ENGLISH_STOPWORD_SHARE = 0.15
# Texts shorter than this many words are too short to judge the language of.
MIN_WORDS_FOR_LANGUAGE_CHECK = 20
# From this many words not capitalised on, the language is judged on those alone.
MIN_PLAIN_WORDS_FOR_LANGUAGE_CHECK = 5
# At most this share of the words may be written in a script other than
# Latin. English wire copy quotes a name in Chinese or Arabic now and then
# (under 2% of its words in the corpora); half an article in another script
# is a different-language article with an English lead, which the English
# pipeline would read as noise.
MAX_OTHER_SCRIPT_SHARE = 0.2
# A few words in another script decide nothing ("Xi Jinping (习近平)"); from this many on, their share does.
MIN_WORDS_FOR_SCRIPT_CHECK = 3
# Scripts written without spaces: count one word per this many characters
# (Chinese averages 1.5-2 characters a word).
CHARS_PER_WORD_UNSPACED = 2
_UNSPACED_SCRIPTS = {"CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN"}
# A file that is not UTF-8 is read as Windows-1252 only when it looks like
# Western text in that code page: English in Latin-1 is over 97% ASCII, while
# random bytes or another code page's text are about half ASCII.
MIN_ASCII_SHARE_FOR_CP1252 = 0.9

# Characters no article needs, mapped by `normalise_text`: C0/C1 controls
# (NUL cannot be stored in PostgreSQL at all) become spaces, the other line
# breaks become "\n" so every stage agrees on what a line is, and format
# characters (zero-width spaces and joiners, bidi marks, soft hyphens, BOMs)
# are dropped: inside a name they hide it from the knowledge base.
_CONTROL_TABLE = {
    **{code: " " for code in range(0x20) if code not in (0x09, 0x0A, 0x0D)},
    0x0B: "\n", 0x0C: "\n", 0x7F: " ",
    **{code: " " for code in range(0x80, 0xA0)},
    0x85: "\n", 0x2028: "\n", 0x2029: "\n",
    **{code: None for code in (0xAD, 0x061C, 0x180E, 0xFEFF)},
    **{code: None for code in range(0x200B, 0x2010)},
    **{code: None for code in range(0x202A, 0x202F)},
    **{code: None for code in range(0x2060, 0x2070)},
}
# Dashes news rarely uses, as the dash they stand for: a horizontal bar or figure dash after a dateline
# ("CANBERRA, Oct 23 ―") is the dateline's dash. One character for one: offsets stay.
_DASH_TABLE = {0x2012: "–", 0x2015: "—"}
_ASCII_BYTES = bytes(range(0x80))
_CONTROL_BYTES = bytes(code for code in range(0x20) if code not in (0x09, 0x0A, 0x0D))
_SURROGATE = re.compile("[\ud800-\udfff]")
_LETTERS = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s")


def read_paths(paths: Iterable[str | Path], max_article_size: int | None = None) -> Iterator[Article | Failure]:
    """Yield an Article (or a Failure) for every article in `paths`, folders included.

    `max_article_size` (bytes of UTF-8 text; default Settings.max_article_size)
    bounds each article: a larger file or JSON Lines line is refused, unread.
    """
    limit = max_article_size or DEFAULT_MAX_ARTICLE_SIZE
    for item in iter_inputs(paths):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield from _read_file(item, limit)
        except InputError as error:
            yield Failure(source=error.source, message=error.problem)
        except Exception as error:  # noqa: BLE001 - one file must never stop the others
            logger.debug("reading %s failed", item, exc_info=True)
            yield Failure(source=str(item), message=f"cannot read: {_describe(error)}")


def read_text_article(
    text: str, article_id: str = "text", published: date | None = None, max_article_size: int | None = None, **meta
) -> Article:
    """Build an Article from a text held in memory (the Python API and HTTP ingest use it)."""
    source = str(article_id)
    text = check_text(normalise_text(text), source, max_article_size or DEFAULT_MAX_ARTICLE_SIZE)
    fields = {name: _clean_field(value, name, source) for name, value in meta.items()}
    return Article(
        id=_checked_id(article_id, source),
        text=text,
        published=published,
        published_source="metadata" if published else "unknown",
        **fields,
    )


def normalise_text(text: str) -> str:
    """`text` without control and zero-width characters or lone surrogates, with rare dashes as common ones and
    no line over MAX_LINE_CHARS."""
    text = text.translate(_CONTROL_TABLE).translate(_DASH_TABLE)
    if _has_surrogates(text):
        # JSON's "\ud800" escape makes one; no encoder, database or parser takes it.
        text = _SURROGATE.sub("\ufffd", text)
    return _split_long_lines(text, MAX_LINE_CHARS)


def check_text(text: str, source: str, max_article_size: int = DEFAULT_MAX_ARTICLE_SIZE) -> str:
    """`text` if it can be an article; else InputError naming `source` and the reason."""
    if not text.strip():
        raise InputError(source, "empty article text")
    if len(text) * 4 > max_article_size:  # cheap test first: UTF-8 takes at most 4 bytes a character
        size = len(text.encode("utf-8"))
        if size > max_article_size:
            raise InputError(source, _too_large("article text", size, max_article_size))
    if not _LETTERS.search(text):
        raise InputError(source, "no words in the text; is this an article?")
    _check_language(text, source)
    return text


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _split_long_lines(text: str, limit: int) -> str:
    if len(text) <= limit or all(len(line) <= limit for line in text.split("\n")):
        return text
    parts = []
    for line in text.split("\n"):
        while len(line) > limit:
            window = line[: limit + 1]
            ends = list(_SENTENCE_END.finditer(window))
            if ends and ends[-1].end() > limit // 2:
                cut = ends[-1].end() - 1  # the space after the sentence
            else:
                cut = window.rfind(" ")
            if cut > 0:
                parts.append(line[:cut] + "\n")
                line = line[cut + 1 :]
            else:
                # No space in a whole window (a run of symbols): break it anyway.
                parts.append(line[:limit] + "\n")
                line = line[limit:]
        parts.append(line + "\n")
    return "".join(parts)[:-1]


def _too_large(what: str, size: int | None, limit: int) -> str:
    amount = f"is {_megabytes(size)}, over" if size is not None else "is over"
    return (
        f"{what} {amount} the {_megabytes(limit)} limit "
        "(setting max_article_size, SUMMITRY_MAX_ARTICLE_SIZE); split it or raise the limit"
    )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size:,} bytes"


def _describe(error: BaseException) -> str:
    text = str(error).splitlines()[0] if str(error) else ""
    return f"{error.__class__.__name__}: {text}"[:300] if text else error.__class__.__name__


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path | Failure]:
    """The files `read_paths` reads, folders walked, and a Failure for each entry it skips."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path | Failure]:
    """Files under `folder` in sorted order, following symlinks once; what is skipped is reported."""
    seen: set[tuple[int, int]] = set()
    problems: list[Failure] = []

    def on_error(error: OSError) -> None:
        problems.append(Failure(source=str(error.filename or folder), message=f"cannot read folder: {error.strerror or error}"))

    for current, dirs, files in os.walk(folder, followlinks=True, onerror=on_error):
        yield from problems
        problems.clear()
        try:
            info = os.stat(current)
        except OSError as error:
            yield Failure(source=current, message=f"cannot read folder: {error.strerror or error}")
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:
            yield Failure(source=current, message="symlink loop (a folder already read); skipped")
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(name for name in dirs if not _is_hidden(name))
        for name in sorted(files):
            if _is_hidden(name):
                continue
            path = Path(current) / name
            if path.suffix.lower() in SUFFIXES:
                yield path
            elif not path.exists():
                yield Failure(source=str(path), message="broken symlink or symlink loop; skipped")
            else:
                yield Failure(source=str(path), message=f"skipped: {_unknown_type(path)}")
    yield from problems


def _unknown_type(path: Path) -> str:
    return f"unknown file type {path.suffix.lower() or '(none)'}; expected .txt, .html, .json or .jsonl"


def _read_file(path: Path, limit: int) -> Iterator[Article | Failure]:
    source = str(path)
    suffix = path.suffix.lower()
    try:
        info = path.stat()
    except OSError as error:
        if path.is_symlink():
            raise InputError(source, "broken symlink or symlink loop") from None
        if isinstance(error, FileNotFoundError):
            raise InputError(source, "no such file") from None
        raise InputError(source, f"cannot read: {error.strerror or error}") from None
    if suffix not in SUFFIXES:
        raise InputError(source, _unknown_type(path))
    if not stat.S_ISREG(info.st_mode):
        raise InputError(source, "not a regular file (a device, pipe or socket)")
    if suffix in JSONL_SUFFIXES:
        yield from _from_jsonl(path, limit)
        return
    allowed = limit if suffix in TEXT_SUFFIXES else limit * MARKUP_FACTOR
    if info.st_size > allowed:
        raise InputError(source, _too_large("the file", info.st_size, allowed))
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(source, f"cannot read: {error.strerror or error}") from None
    if not raw.strip():
        raise InputError(source, "empty file")
    if suffix in JSON_SUFFIXES:
        record = _load_json(_decode_utf8(raw, source), source)
        yield _from_record(record, source, path.stem, limit)
        return
    content = _decode_text(raw, source)
    if not content.strip():
        raise InputError(source, "empty file")
    if suffix in TEXT_SUFFIXES:
        yield Article(id=_checked_id(path.stem, source), text=check_text(normalise_text(content), source, limit), path=source)
    else:
        yield _from_html(content, path, limit)


def _decode_text(raw: bytes, source: str) -> str:
    """Text of a .txt or .html file: UTF-8 (or UTF-16/32 with a byte-order mark), else a clear refusal.

    Invalid bytes in a UTF-8 file are replaced, with a warning naming the file;
    a file with no UTF-8 at all that reads as Windows-1252 Western text is read
    so, with a warning; anything else is refused.
    """
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(source, f"invalid {encoding.upper()} at byte {error.start}") from None
    if b"\x00" in raw[:4096]:
        raise InputError(source, "binary file (contains NUL bytes), not an article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        first = error.start
    text = raw.decode("utf-8-sig", errors="replace")
    invalid = text.count("\ufffd") - raw.count("\ufffd".encode())
    if not text.replace("\ufffd", "").isascii():  # real UTF-8 around the bad bytes: keep it, flag them
        logger.warning("%s: %d invalid UTF-8 byte(s) (first at byte %d) replaced with U+FFFD", source, invalid, first)
        return text
    ascii_share = 1 - len(raw.translate(None, _ASCII_BYTES)) / len(raw)
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    if ascii_share >= MIN_ASCII_SHARE_FOR_CP1252 and not controls:
        try:
            decoded = raw.decode("cp1252")
        except UnicodeDecodeError:
            decoded = None
        if decoded is not None:
            logger.warning("%s: not UTF-8 (invalid byte at %d); read as Windows-1252. Save it as UTF-8 to be sure", source, first)
            return decoded
    raise InputError(source, f"not UTF-8 text (invalid byte 0x{raw[first]:02x} at byte {first}); save the file as UTF-8")


def _decode_utf8(raw: bytes, source: str, where: str | None = None) -> str:
    # JSON is UTF-8 by definition (RFC 8259): no guessing.
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(where or source, f"not UTF-8 (invalid byte 0x{raw[error.start]:02x} at byte {error.start}); JSON must be UTF-8") from None


def _load_json(content: str, where: str) -> object:
    try:
        return json.loads(content)
    except json.JSONDecodeError as error:
        raise InputError(where, f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}") from None
    except RecursionError:
        raise InputError(where, "invalid JSON: nested too deeply") from None
    except ValueError as error:
        if "integer string conversion" in str(error):  # Python refuses to parse integers this long
            raise InputError(where, f"invalid JSON: a number with more than {sys.get_int_max_str_digits():,} digits") from None
        raise InputError(where, f"invalid JSON: {_describe(error)}") from None


def _from_jsonl(path: Path, limit: int) -> Iterator[Article | Failure]:
    source = str(path)
    allowed = limit * MARKUP_FACTOR
    try:
        stream = path.open("rb")
    except OSError as error:
        raise InputError(source, f"cannot read: {error.strerror or error}") from None
    with stream:
        number = 0
        any_line = False
        while True:
            line = stream.readline(allowed + 1)
            if not line:
                break
            number += 1
            where = f"{source} line {number}"
            if len(line) > allowed and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the line unread
                    line = stream.readline(1 << 20)
                yield Failure(source=where, message=_too_large("the line", None, allowed))
                continue
            if not line.strip():
                continue
            any_line = True
            try:
                record = _load_json(_decode_utf8(line, source, where), where)
                yield _from_record(record, where, None, limit)
            except InputError as error:
                # One bad line must not hide the good ones: report it and go on.
                yield Failure(source=error.source, message=error.problem)
            except Exception as error:  # noqa: BLE001
                logger.debug("reading %s failed", where, exc_info=True)
                yield Failure(source=where, message=f"cannot read: {_describe(error)}")
        if not any_line:
            raise InputError(source, "empty file")


def _checked_id(value: object, where: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InputError(where, f"'id' is {_json_type(value)}; expected a string or a whole number")
    text = str(value)
    if text != text.translate(_CONTROL_TABLE) or _has_surrogates(text):
        raise InputError(where, "'id' contains control or invisible characters")
    if not text.strip():
        raise InputError(where, "no 'id' field; each line needs 'id' and 'text'")
    if len(text) > MAX_ID_CHARS:
        raise InputError(where, f"'id' is {len(text):,} characters long; ids are at most {MAX_ID_CHARS}")
    return text


def _clean_field(value: object, name: str, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(where, f"'{name}' is {_json_type(value)}; expected a string or null")
    return " ".join(normalise_text(value).split()) or None


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", bool: "true/false", int: "a number", float: "a number", str: "a string"}
    return names.get(type(value), type(value).__name__) if value is not None else "null"


def _from_record(record: object, where: str, default_id: str | None, limit: int) -> Article:
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object with 'id' and 'text', not {_json_type(record)}")
    text = record.get("text")
    if text is None:
        raise InputError(where, "no 'text' field; each article needs 'id' and 'text'")
    if not isinstance(text, str):
        raise InputError(where, f"'text' is {_json_type(text)}; expected a string")
    article_id = record.get("id", default_id)
    if article_id is None:
        raise InputError(where, "no 'id' field; each line needs 'id' and 'text'")
    article_id = _checked_id(article_id, where)
    published = record.get("published")
    day = None
    if published not in (None, ""):
        if not isinstance(published, str):
            raise InputError(where, f"'published' is {_json_type(published)}; expected a string YYYY-MM-DD")
        try:
            day = date.fromisoformat(published[:10])
        except ValueError:
            raise InputError(where, f"'published' is {published[:40]!r}; expected YYYY-MM-DD") from None
    fields = {name: _clean_field(record.get(name), name, where) for name in ("url", "title", "source")}
    return Article(
        id=article_id,
        text=check_text(normalise_text(text), where, limit),
        published=day,
        published_source="metadata" if day else "unknown",
        path=where,
        **fields,
    )


def _from_html(content: str, path: Path, limit: int) -> Article:
    import trafilatura  # imported here: only HTML input pays its start-up cost

    source = str(path)
    content = content.translate(_CONTROL_TABLE)  # lxml stops at a NUL or a stray control character
    document = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False, include_tables=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text:
        raise InputError(source, "no article text found in the HTML page")
    day = None
    published = getattr(document, "date", None)
    if published:
        try:
            day = date.fromisoformat(str(published)[:10])
        except ValueError:
            day = None
    # 1 January is what date extraction falls back to when a page shows only a year: a guess
    # that the text's own evidence outranks (text.published).
    published_source = "metadata" if day and (day.month, day.day) != (1, 1) else ("guessed" if day else "unknown")
    title = _clean_field(getattr(document, "title", None), "title", source)
    # The headline often states the encounter ("Xi meets Boric"): keep it as the first line.
    if title and title not in text[:300]:
        text = f"{title}\n\n{text}"
    return Article(
        id=_checked_id(path.stem, source),
        text=check_text(normalise_text(text), source, limit),
        published=day,
        published_source=published_source,
        url=_clean_field(getattr(document, "url", None), "url", source),
        title=title,
        source=_clean_field(getattr(document, "sitename", None), "source", source),
        path=source,
    )


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """The script a letter belongs to, as the first word of its Unicode name (LATIN, CJK, ARABIC, ...)."""
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


def _count_words_by_script(text: str) -> tuple[list[str], int]:
    """(Latin-script words, number of words in other scripts)."""
    latin: list[str] = []
    other = 0
    for match in _LETTERS.finditer(text):
        word = match.group(0)
        if word.isascii():
            latin.append(word)
            continue
        scripts = [_script(char) for char in word]
        if all(script == "LATIN" for script in scripts):
            latin.append(word)
            continue
        foreign = [script for script in scripts if script != "LATIN"]
        if foreign[0] in _UNSPACED_SCRIPTS:
            other += max(1, len(foreign) // CHARS_PER_WORD_UNSPACED)
        else:
            other += 1
    return latin, other


def _check_language(text: str, source: str) -> None:
    """Refuse texts that are not English, or largely in another script, with the reason."""
    latin, other = _count_words_by_script(text)
    total = len(latin) + other
    if other >= MIN_WORDS_FOR_SCRIPT_CHECK and other / total > MAX_OTHER_SCRIPT_SHARE:
        raise InputError(
            source, f"{other / total:.0%} of the words are not in the Latin alphabet; summitry reads English articles only"
        )
    words = [word.lower() for word in latin]
    if len(words) >= MIN_WORDS_FOR_LANGUAGE_CHECK:
        # (read over the words not capitalised: a wire lead is half names and titles - "Saudi Crown Prince Mohammed
        # bin Salman received calls from ..." - which are no language's function words; a text in capitals or
        # mostly names is read whole)
        # (a short lead may hold only a handful: "A met B in Riga on Monday. C attended the meeting.")
        plain = [word.lower() for word in latin if not word[:1].isupper()]
        if len(plain) >= MIN_PLAIN_WORDS_FOR_LANGUAGE_CHECK:
            words = plain
        share = sum(word in STOP_WORDS for word in words) / len(words)
        if share < MIN_ENGLISH_STOPWORD_SHARE:
            raise InputError(source, f"does not look like English text ({share:.0%} English function words); summitry reads English articles only")
