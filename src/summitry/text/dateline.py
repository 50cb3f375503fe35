"""Stage `text.dateline`: a dateline is not part of the first sentence for the parse.

Reads: the text the analysis reads (`ArticleRecord.text`). Adds: the same
text with its datelines ("MANILA, Philippines –", "WASHINGTON (AP) —",
"LUANDA, Dec 15 (Reuters) -") blanked out, same length.

Left in, the parser reads the place as the sentence's subject ("MANILA ...
will host Marcos", "LUANDA, Dec 15 - A summit ... was called off"), and the
real subject and the phrases hung on it come apart. The stages that want the
dateline's place or day read them from the article's own text
(`published.dateline_place`, `published.dateline_day`).
"""
from __future__ import annotations

from ..model import ArticleRecord
from .published import dateless_dateline, dateline_spans


def blank_datelines(record: ArticleRecord) -> None:
    """Stage: the datelines blanked out. Reads: text. Adds: text (same length)."""
    match = dateless_dateline(record.text)
    spans = dateline_spans(record.text) + ([match.span()] if match is not None else [])
    text = record.text
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    record.text = text
