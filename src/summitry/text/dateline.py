"""Stage `text.dateline`: a dateline without a date is not part of the first sentence for the parse.

Reads: the text the analysis reads (`ArticleRecord.text`). Adds: the same
text with a dateless dateline ("MANILA, Philippines –", "WASHINGTON (AP) —")
blanked out, same length.

Left in, the parser reads the place as the sentence's subject ("MANILA ...
will host Marcos"), and the real subject and the phrases hung on it come
apart. Dated datelines ("NEW DELHI, Sept 9 (Reuters) -") are left alone:
their date anchors the report's day. The stages that want the dateline's
place read it from the article's own text (`published.dateline_place`).
"""
from __future__ import annotations

from ..model import ArticleRecord
from .published import dateless_dateline


def blank_dateless_dateline(record: ArticleRecord) -> None:
    """Stage: the dateless dateline blanked out. Reads: text. Adds: text (same length)."""
    match = dateless_dateline(record.text)
    if match is None:
        return
    start, end = match.span()
    record.text = record.text[:start] + " " * (end - start) + record.text[end:]
