"""Stage `text.clean`: blank out web boilerplate in plain text.

Reads: `Article.text` as received. Adds: the same text with boilerplate
lines ("READ MORE ...", share prompts, navigation, cookie and copyright
lines) and trailing photo credits replaced by spaces of the same length, so
that every character offset into the original text still holds. Image
captions are kept: they often state a meeting and its date.

The line patterns live in `text/data/boilerplate.txt` so they can be read
and extended without touching code.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from ..model import Article

# A photo credit closing a caption: "EFE/EPA/MICHAEL REYNOLDS / POOL",
# "REUTERS/Kevin Lamarque", "AP Photo/Evan Vucci", "(Photo by Jim Watson/AFP
# via Getty Images)". An agency or pool name joined by slashes is the tell; it
# must follow the end of the caption's sentence, so "the joint EU/NATO
# position." in running text is not taken for one. Words are separated by
# exactly one space and counted ({0,3}, {0,7}): with an optional space inside
# a repeated group ("(?:[A-Z]+\s?)+") a line of capitals can be cut into
# words in exponentially many ways, and the search backtracked through all
# of them (an all-caps article hung, issue 13).
_CREDIT = re.compile(
    r"""(?<=[.)”"])(?:
          \s*\((?i:photo|image|picture)s?\s+(?i:by|:)[^)]{0,120}\)                                    # (Photo by X/AFP)
        | \s+[A-Z][A-Za-z]*\ (?i:photo)/\s?[A-Za-z.\-']+(?:\s[A-Za-z.\-']+){0,3}\s?                     # AP Photo/Evan Vucci
        | \s+[A-Z][A-Z.\-']+(?:\s[A-Z][A-Z.\-']+){0,7}\s?/\s?[A-Za-z.\-']+(?:\s[A-Za-z.\-']+){0,3}\s?(?:/\s?[A-Za-z.\-']+(?:\s[A-Za-z.\-']+){0,3}\s?){0,5}(?:MANDATORY\ CREDIT)?  # EFE/EPA/NAME / POOL
        )\s*$""",
    re.VERBOSE,
)
# A page's own date stamp at the start of a line, before the article's prose on
# the same line: " date 2025-02-27 The Secretary-General arrived ...",
# "Published: 16 November 2024 ...". The publication date is read before
# cleaning (text.published); blanking the stamp keeps its date from being taken
# for an event's and its words out of the first sentence.
_PAGE_STAMP = re.compile(
    r"^[ \t]*(?i:date|published|posted|updated|last updated|first published)\b[ \t]*:?[ \t]*"
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
)
# A "weak" boilerplate word also starts ordinary sentences; a line that reads
# as a sentence (this many words or more, ending in a full stop) is kept.
MIN_PROSE_WORDS = 8


# A heading over links to other articles ("Related News", "Read more") is a few words; the titles listed
# under it are headlines, not sentences, of at most this many words.
LINKS_HEADING_MAX_WORDS = 4
LINK_TITLE_MAX_WORDS = 20


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> tuple[tuple[re.Pattern, bool], ...]:
    """(pattern, is_weak) for every line of text/data/boilerplate.txt."""
    return tuple((pattern, kind == "weak") for pattern, kind in _marked_patterns())


@lru_cache(maxsize=1)
def _links_headings() -> tuple[re.Pattern, ...]:
    """The patterns of text/data/boilerplate.txt marked "links:": headings over lists of other articles."""
    return tuple(pattern for pattern, kind in _marked_patterns() if kind == "links")


@lru_cache(maxsize=1)
def _marked_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    lines = resources.files("summitry.text").joinpath("data/boilerplate.txt").read_text(encoding="utf-8").splitlines()
    patterns = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, rest = line.partition(":") if line.startswith(("weak:", "links:")) else ("", "", line)
        patterns.append((re.compile(rest, re.IGNORECASE), kind))
    return tuple(patterns)


def heads_links(line: str) -> bool:
    """Whether a line is a heading over a list of other articles' titles ("Related News", "Read more")."""
    stripped = line.strip()
    return (len(stripped.split()) <= LINKS_HEADING_MAX_WORDS and not _reads_as_sentence(stripped)
            and any(pattern.search(stripped) for pattern in _links_headings()))


def _reads_as_sentence(line: str) -> bool:
    return len(line.split()) >= MIN_PROSE_WORDS and line.rstrip().endswith((".", "!", "?", '"', "”"))


def is_boilerplate(line: str) -> bool:
    """Whether a whole line is page furniture rather than article text."""
    stripped = line.strip()
    if not stripped:
        return False
    for pattern, weak in _boilerplate_patterns():
        if pattern.search(stripped) and not (weak and _reads_as_sentence(stripped)):
            return True
    return False


def _blank(text: str) -> str:
    # Keep newlines so sentence boundaries and line-based stages still see them.
    return re.sub(r"[^\n]", " ", text)


# Markup left in a text field ("<p>Macron said ...</p>"): tags are blanked,
# the words between them kept.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?/?>")
_ENTITY = re.compile(r"&(?:nbsp|amp|quot|#39|apos|lt|gt|rsquo|lsquo|rdquo|ldquo|mdash|ndash);")


def clean_text(text: str) -> str:
    """Return `text` with boilerplate blanked out, same length as the input."""
    if "<" in text:
        # A closing block tag ends a paragraph: keep a line break in its place so sentences split there.
        text = _TAG.sub(lambda m: ("\n" if m.group(0).lower() in ("</p>", "<br>", "<br/>", "</div>", "</li>", "</h1>", "</h2>", "</h3>") else " ") + " " * (len(m.group(0)) - 1), text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: " " * len(m.group(0)), text)
    parts = []
    under_links_heading = False
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        if is_boilerplate(body):
            parts.append(_blank(body) + ending)
            under_links_heading = heads_links(body)  # "Related News" alone on its line, then titles
            continue
        if under_links_heading and body.strip():
            if len(body.split()) <= LINK_TITLE_MAX_WORDS and not _reads_as_sentence(body):
                parts.append(_blank(body) + ending)  # "Xi, Vietnamese leader hold talks in Hanoi": a link's title
                continue
            under_links_heading = False
        stamp = _PAGE_STAMP.match(body)
        if stamp:
            body = _blank(stamp.group(0)) + body[stamp.end():]
        credit = _CREDIT.search(body)
        # Only strip a credit from a line that also has a real sentence before it.
        if credit and credit.start() > 20:
            body = body[: credit.start()] + _blank(body[credit.start():])
        parts.append(body + ending)
    cleaned = "".join(parts)
    assert len(cleaned) == len(text)
    return cleaned


def clean_article(article: Article) -> Article:
    """The article with its text cleaned (offsets unchanged)."""
    return replace(article, text=clean_text(article.text))
