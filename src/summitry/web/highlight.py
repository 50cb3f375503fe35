"""Split an article's text at evidence offsets, so templates can mark the evidence safely.

Article text is untrusted. Rather than inserting `<mark>` into the text and
marking the result safe, the text is cut into plain pieces here and the
template escapes every piece, wrapping the evidence pieces in `<mark>`.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    text: str
    is_evidence: bool


def split_at_evidence(text: str, spans: list[tuple[int, int]]) -> list[Piece]:
    """Cut `text` into pieces, flagging those inside any (start, end) span.

    Spans outside the text or empty are ignored; overlapping spans merge.
    """
    cleaned = sorted((max(0, start), min(len(text), end)) for start, end in spans if start < end and start < len(text))
    merged: list[list[int]] = []
    for start, end in cleaned:
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces = []
    cursor = 0
    for start, end in merged:
        if start > cursor:
            pieces.append(Piece(text[cursor:start], False))
        pieces.append(Piece(text[start:end], True))
        cursor = end
    if cursor < len(text):
        pieces.append(Piece(text[cursor:], False))
    return pieces


def evidence_matches(text: str, start: int, end: int, sentence: str) -> bool:
    """Whether the offsets point at the sentence (they may not, if the article was re-cleaned)."""
    return 0 <= start < end <= len(text) and text[start:end].strip() == sentence.strip()
