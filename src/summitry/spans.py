"""Views of a parsed document that spaCy rebuilds at every read, built once per document.

`Doc.ents` and `Doc.sents` make new spans from the token annotations each
time they are read; the stages ask for them thousands of times in a long
article, which made extraction time grow faster than the article's length.
The spans are kept in the document's `user_data`; nothing in summitry
changes entities or sentence boundaries after parsing.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built on the first call for this document."""
    cached = doc.user_data.get("summitry.entities")
    if cached is None:
        cached = doc.user_data["summitry.entities"] = tuple(doc.ents)
    return cached


def sentences(doc: Doc) -> tuple[Span, ...]:
    """`doc.sents`, built on the first call for this document."""
    cached = doc.user_data.get("summitry.sentences")
    if cached is None:
        cached = doc.user_data["summitry.sentences"] = tuple(doc.sents)
    return cached
