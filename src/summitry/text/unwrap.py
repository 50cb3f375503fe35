"""Stage `text.unwrap`: join the lines of a hard-wrapped paragraph.

Reads: the cleaned article text. Adds: the same text, of the same length,
with the line breaks inside hard-wrapped paragraphs turned into spaces.
Wire copy often arrives wrapped at 60-70 characters ("French President
Emmanuel\\nMacron and new Italian Prime Minister ..."), and the parser
starts a sentence at every line break (headlines, captions and date lines
stand on lines of their own); inside a wrapped paragraph that cuts names
and sentences in two.

A block of consecutive lines is taken as wrapped when most of its lines
are of a wrapping width and most end without a sentence's final mark.
"""
from __future__ import annotations

import re
from statistics import median

from ..model import ArticleRecord

# Wrapping widths seen in wire copy run 55-80 characters; a block's lines must
# fall in this range (all but its last line) for it to count as wrapped.
WRAP_MIN_CHARS = 35
WRAP_MAX_CHARS = 100
# A block needs this many lines, this share of them of a wrapping width, and this share of those ending mid-sentence.
WRAPPED_SHARE = 0.6
MIN_WRAPPED_LINES = 3
MID_SENTENCE_SHARE = 0.5
_TERMINAL = ('.', '!', '?', '"', '”', ':', ';')
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪●]|\d{1,2}[.)])\s")


class Unwrap:
    """Stage: hard-wrapped paragraphs joined. Reads: article.text. Adds: article.text (same length)."""

    def __call__(self, record: ArticleRecord) -> None:
        from dataclasses import replace

        text = unwrap(record.article.text)
        if text != record.article.text:
            record.article = replace(record.article, text=text)
            record.text = text


def unwrap(text: str) -> str:
    """`text` with the line breaks inside wrapped paragraphs replaced by spaces."""
    lines = text.split("\n")
    joins: list[int] = []  # indexes of lines whose trailing "\n" becomes a space
    block: list[int] = []
    for index, line in enumerate(lines + [""]):
        if line.strip() and not _BULLET.match(line):
            block.append(index)
            continue
        if _is_wrapped([lines[i] for i in block]):
            # A line shorter than the wrapping width ends its paragraph; the others run on.
            joins.extend(i for i in block[:-1] if len(lines[i].rstrip()) >= WRAP_MIN_CHARS and not lines[i].rstrip().endswith(":"))
        block = []
    if not joins:
        return text
    chars = list(text)
    position = 0
    offsets = []
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    for index in joins:
        end = offsets[index] + len(lines[index])
        chars[end] = " "
        if end > 0 and chars[end - 1] == "\r":
            chars[end - 1] = " "
    return "".join(chars)


def _is_wrapped(block: list[str]) -> bool:
    """Whether a block of lines is wrapped text: most lines of a wrapping width, none much wider, and
    most of those ending mid-sentence (paragraphs may end in a short line anywhere in the block)."""
    if len(block) < MIN_WRAPPED_LINES:
        return False
    body = [line.rstrip() for line in block]
    full = [line for line in body if len(line) >= WRAP_MIN_CHARS]
    if any(len(line) > WRAP_MAX_CHARS for line in body) or len(full) < WRAPPED_SHARE * len(body):
        return False
    if not WRAP_MIN_CHARS <= median(len(line) for line in full) <= WRAP_MAX_CHARS:
        return False
    mid_sentence = sum(not line.endswith(_TERMINAL) for line in full)
    return mid_sentence / len(full) >= MID_SENTENCE_SHARE
