"""What the encounter stages know of one article while they read it.

Reads: an `ArticleRecord` after `parse`, `temporal` and `actors`. Adds:
nothing itself; it bundles the article's parse, people, time expressions
(with the parse token each hangs on) and the mentions read so far, so the
steps of `detect` pass one value along instead of keeping per-article state
on a stage object.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..actors import ArticleActors
from ..model import Article, ArticleRecord, TimeExpression
from ..spans import sentences
from ..text.published import dateline_spans
from .draft import Draft
from .participants import PartyFinder


# Words that make a story one of calls ("a call for peace" is not one: see `reports_calls`).
_PHONE_WORDS = {"phone", "telephone", "telephonic", "phonecall", "videoconference", "teleconference", "phoned", "telephoned"}


@dataclass
class ArticleReading:
    """One article as the encounter stages see it."""

    article: Article
    doc: Doc
    kb: object
    actors: ArticleActors
    parties: PartyFinder
    sentences: list[Span]
    time_roots: list[tuple[Token, TimeExpression]]  # each dated expression with the parse token it hangs on
    mentions: list[Draft] = field(default_factory=list)
    # Per sentence, set while its cues are read:
    sentence_times: list[TimeExpression] = field(default_factory=list)
    reported: set[int] = field(default_factory=set)  # cues dated only by a reporting verb's time
    listed: list = field(default_factory=list)  # the people of the bullet lines the sentence introduces (`lists`)

    @cached_property
    def reports_calls(self) -> bool:
        """Whether the article tells of a phone or video call anywhere ("phone", "telephone", "video call")."""
        return any(token.lower_ in _PHONE_WORDS or (token.lemma_.lower() == "call" and token.pos_ == "NOUN"
                                                    and not any(c.lower_ == "for" for c in token.children))
                   for token in self.doc)

    @property
    def published(self) -> date | None:
        return self.article.published

    @property
    def published_iso(self) -> str | None:
        return self.article.published.isoformat() if self.article.published else None

    def times_in(self, sentence: Span) -> list[tuple[Token, TimeExpression]]:
        return [(root, expression) for root, expression in self.time_roots if sentence.start <= root.i < sentence.end]


def time_roots(doc: Doc, times: list[TimeExpression]) -> list[tuple[Token, TimeExpression]]:
    """Each dated time expression with the parse token it hangs on."""
    roots = []
    for expression in times:
        if not expression.date:
            continue
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        roots.append((_counted_root(span) if expression.anchor == "event" else span.root, expression))
    return roots


def _counted_root(span: Span) -> Token:
    """ "visited Berlin three weeks after Scholz visited Nairobi on May 5": an offset counted from a
    date belongs to the clause the after-clause modifies, not to the clause that gives the date."""
    link = span[-1]
    if link.dep_ == "mark" and link.head.dep_ == "advcl":
        return link.head.head  # the verb the after-clause modifies: the time is its own
    if link.dep_ == "prep":
        return link
    return span.root


def start_reading(record: ArticleRecord, kb) -> ArticleReading:
    """The reading of one article record; a dateline's date is the report's, not an encounter's."""
    datelines = dateline_spans(record.article.text)
    times = [t for t in record.times if not any(start <= t.start < end for start, end in datelines)]
    return ArticleReading(
        article=record.article, doc=record.doc, kb=kb, actors=record.actors, parties=PartyFinder(record.actors),
        sentences=list(sentences(record.doc)), time_roots=time_roots(record.doc, times), mentions=record.mentions,
    )


def opens_a_period(doc: Doc, expression: TimeExpression) -> bool:
    """ "the first visit since 2019", "since the trilateral talks on Oct. 30 last year": a time inside a
    "since" phrase starts a period; it is not when the encounter took place."""
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return False
    for ancestor in [span.root, *span.root.ancestors]:
        if ancestor.lower_ == "since" and ancestor.dep_ in ("prep", "mark"):
            return True
        if ancestor.pos_ in ("VERB", "AUX") and ancestor != span.root:
            return False
    return False


# The lead: the headline lines and this many prose sentences after them. Wire
# copy states its news in the first sentence; the second often names the
# other party or the place ("The two leaders met at ...").
LEAD_SENTENCES = 2

# A line of fewer words than this without a full stop is a headline or a
# caption line, not a prose sentence of the lead.
PROSE_MIN_WORDS = 8


def headline_indexes(sentences: list[Span]) -> set[int]:
    """Indexes of the lines before the first prose sentence that end with no full stop: headlines, kickers,
    menus."""
    lines: set[int] = set()
    for index, sentence in enumerate(sentences):
        text = sentence.text.strip()
        if len(text.split()) >= PROSE_MIN_WORDS and text.endswith((".", "”", '"')):
            break
        if text and not text.endswith("."):
            lines.add(index)
    return lines


def lead_indexes(sentences: list[Span]) -> set[int]:
    """Indexes of the headline lines and the first prose sentences."""
    lead: set[int] = set()
    prose = 0
    for index, sentence in enumerate(sentences):
        text = sentence.text.strip()
        if not text:
            continue
        lead.add(index)
        if len(text.split()) >= PROSE_MIN_WORDS and text.endswith((".", "”", '"')):
            prose += 1
            if prose >= LEAD_SENTENCES:
                break
    return lead


