"""The pipeline: the one module that knows the order of the stages.

    read -> published date -> clean -> unwrap -> truecase -> dateline -> (prefilter) -> candidates -> parse
         -> times -> plausible times -> actors -> mentions -> folding -> dating -> dateline place -> summits -> encounters

Each stage after the parse is a callable that reads some fields of an
`ArticleRecord` and fills others (its docstring says which).

`run` streams: it takes an iterable of articles (or failures from reading),
parses in batches with `nlp.pipe`, and yields one `ArticleResult` or
`Failure` per input in input order. The parse is by far the most expensive
stage and most news is not diplomacy, so it is a cascade: articles in which
no cue word occurs are not parsed at all, and of the others only the
sentences that can hold an encounter and their context are
(`text/candidates.py`; `Settings.parse_all` parses them whole); an article
with only one or two candidate sentences has them (and the sentence before
each) parsed first, and the rest only when mention detection finds
something there.
"""
from __future__ import annotations

import gc
import logging
from contextlib import contextmanager
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice

from .actors import FindActors, role_words
from .encounters import DateFromContext, DetectMentions, FinishEncounters, FoldMentions, PlaceFromDateline, ShareSummits
from .encounters.cues import cue_lexicon, cue_prefilter
from .errors import SummitryError
from .knowledge import load_knowledge
from .model import Article, ArticleRecord, ArticleResult, Encounter, Failure
from .parse import load_nlp
from .settings import Settings
from .temporal import find_dates
from .temporal.plausible import drop_implausible_times
from .text import clean_article, infer_published, read_text_article
from .text.candidates import SelectCandidates, mask
from .text.dateline import blank_datelines
from .text.published import dateline_day
from .text.truecase import Truecase
from .text.unwrap import Unwrap

logger = logging.getLogger(__name__)


class Pipeline:
    """Holds the loaded models and tables; call `run` on any number of articles."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        with _collection_paused():
            self._load()
        _freeze_loaded_objects()

    def _load(self) -> None:
        """The spaCy model, the knowledge tables and the stages, built once."""
        self.nlp = load_nlp(self.settings.spacy_model)
        self.kb = load_knowledge()
        self.unwrap = Unwrap()
        self.truecase = Truecase(self.kb)
        self.candidates = None if self.settings.parse_all else SelectCandidates(
            self.kb, [(word.lemma, word.pos, word.needs) for words in cue_lexicon().values() for word in words],
            role_words=[word for word, office in role_words().items() if office != "not_official"])
        # The stages after the parse, in order; a probe (see `_select`) runs the reading stages only.
        self.reading_stages = (
            find_times,
            drop_implausible_times,
            FindActors(self.kb),
            DetectMentions(self.kb),
        )
        self.stages = self.reading_stages + (
            FoldMentions(self.kb),
            DateFromContext(),
            PlaceFromDateline(self.kb),
            ShareSummits(),
            FinishEncounters(self.kb),
        )

    def extract_doc(self, doc, published: date | None = None, article_id: str = "doc") -> ArticleResult | Failure:
        """The encounters of a Doc that someone else's spaCy pipeline parsed (the `summitry_encounters`
        component): the stages after the parse, over that Doc. Its text is read as it is (no recasing, no
        cascade); the publication date is inferred from the text when not given."""
        article = Article(id=article_id, text=doc.text, published=published,
                          published_source="metadata" if published is not None else "unknown")
        article = infer_published(article, self.kb)
        record = ArticleRecord(article=article, text=doc.text, doc=doc)
        return self._extract(record)

    def prepare(self, article: Article) -> ArticleRecord:
        """The stages before the parse: publication date (read from the raw text), boilerplate removal, casing."""
        record = ArticleRecord(article=clean_article(infer_published(article, self.kb)))
        self.unwrap(record)
        self.truecase(record)
        blank_datelines(record)
        return record

    def run(self, items: Iterable[Article | Failure]) -> Iterator[ArticleResult | Failure]:
        iterator = iter(items)
        size = max(1, self.settings.batch_size)
        while True:
            batch = list(islice(iterator, size))
            if not batch:
                return
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article | Failure]) -> Iterator[ArticleResult | Failure]:
        prepared: list[ArticleRecord | Failure] = []
        for item in batch:
            if isinstance(item, Failure):
                prepared.append(item)
                continue
            try:
                prepared.append(self.prepare(item))
            except SummitryError as error:
                prepared.append(Failure(item.path or item.id, str(error)))
        # Articles in which no cue word occurs are not parsed: most news is not diplomacy.
        prefilter = cue_prefilter()
        to_parse = [item for item in prepared if isinstance(item, ArticleRecord) and prefilter.search(item.text)]
        if self.candidates is not None:
            to_parse = self._select(to_parse)
        for record, doc in zip(to_parse, self.nlp.pipe((record.text for record in to_parse), batch_size=len(to_parse) or 1)):
            record.doc = doc
        for item in prepared:
            if isinstance(item, Failure):
                yield item
            elif item.doc is None:
                yield item.result()
            else:
                yield self._extract(item)

    def _select(self, records: list[ArticleRecord]) -> list[ArticleRecord]:
        """The records worth parsing, each masked to what the cascade keeps of it.

        Only the sentences that can hold an encounter, and what reading them
        needs, are parsed. Where the cheap pass found only one or two
        candidate sentences, those and the sentence before each are parsed
        first (in one batch) and read up to mention detection; an article
        whose probe holds no mention has no encounter and is parsed no further.
        """
        probes = []
        for record in records:
            selection = self.candidates.select(record.text)
            probe_spans = self.candidates.probe_spans(selection)
            if probe_spans is not None:
                # A record of its own: the probe's stage results must not reach the article's.
                probes.append((record, ArticleRecord(article=record.article, text=mask(record.text, probe_spans))))
            record.text = mask(record.text, selection.kept)
        if probes:
            texts = (probe.text for _, probe in probes)
            empty = set()
            for (record, probe), doc in zip(probes, self.nlp.pipe(texts, batch_size=len(probes))):
                probe.doc = doc
                if not self._has_mention(probe):
                    empty.add(id(record))
            records = [record for record in records if id(record) not in empty]
        return [record for record in records if not record.text.isspace()]

    def _has_mention(self, probe: ArticleRecord) -> bool:
        """Whether the stages up to mention detection find a mention in a probe (a failure counts as one:
        the full reading reports it)."""
        try:
            for stage in self.reading_stages:
                stage(probe)
        except Exception:  # noqa: BLE001 - the full reading reports the failure
            return True
        return bool(probe.mentions)

    def _extract(self, record: ArticleRecord) -> ArticleResult | Failure:
        """The stages after the parse, in order; a failure is reported and the batch goes on."""
        try:
            for stage in self.stages:
                stage(record)
        except Exception as error:  # noqa: BLE001 - one bad article must not sink the batch
            article = record.article
            logger.exception("extraction failed for %s", article.id)
            return Failure(article.path or article.id, f"extraction failed: {error.__class__.__name__}: {error}")
        return record.result()


_frozen = False


@contextmanager
def _collection_paused():
    """No garbage collection while the model and tables load.

    Loading makes hundreds of thousands of objects that live as long as the
    process, so the collections it sets off find nothing to free: 0.08 s of
    CPU (a full collection among them) in benchmarks/throughput.py's
    start-up, for nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _freeze_loaded_objects() -> None:
    """Move what is loaded so far (the spaCy model, the knowledge tables) out of the garbage collector's way.

    They live as long as the process, yet every full collection walked them
    again: about 0.3 s of CPU in a run over the 161 articles of
    benchmarks/throughput.py, and more at exit. Done once per process, with
    no collection first: one finds nothing to free after loading (0 objects)
    and costs 0.1 s; garbage made before the first pipeline would stay.
    """
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


def find_times(record: ArticleRecord) -> None:
    """Stage: time expressions. Reads: article text, publication date and dateline, doc. Adds: times.

    "PRETORIA, June 12 (Reuters) - ... held talks today" on a page dated June 14: the report speaks from its
    dateline's day, so "today" and the weekdays count from there."""
    published = record.article.published
    record.times = find_dates(record.text, dateline_day(record.article.text, published) or published, doc=record.doc)


_default_pipeline: Pipeline | None = None


def _pipeline() -> Pipeline:
    global _default_pipeline
    if _default_pipeline is None:
        _default_pipeline = Pipeline()
    return _default_pipeline


def run(items: Iterable[Article | Failure], settings: Settings | None = None) -> Iterator[ArticleResult | Failure]:
    """Extract encounters from every article in `items`, streaming results in input order."""
    pipeline = Pipeline(settings) if settings is not None else _pipeline()
    yield from pipeline.run(items)


def extract(text: str, published: date | str | None = None, article_id: str = "text") -> list[Encounter]:
    """The encounters one text reports; `published` anchors relative dates ("next week")."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    article = read_text_article(text, article_id=article_id, published=published)
    for result in _pipeline().run([article]):
        if isinstance(result, Failure):
            raise SummitryError(f"{result.source}: {result.message}")
        return list(result.encounters)
    return []
