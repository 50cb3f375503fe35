"""A spaCy component for people who run their own pipeline: `nlp.add_pipe("summitry_encounters")`.

Added after a pipeline that tags, parses and finds named entities (any
English pipeline with `tagger`, `parser` and `ner`, such as en_core_web_sm or
larger), it runs summitry's stages after the parse over each Doc and sets
`doc._.encounters` to the encounters the text reports (`summitry.model.Encounter`
records, with evidence offsets into `doc.text`). The publication date that
anchors relative dates ("next week") comes from `doc._.published` when set
(a `datetime.date` or ISO string), else from the component's `published`
setting, else from the text (datelines, page date lines).

    import spacy, summitry.spacy_component  # noqa: F401 (registers the factory)
    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("summitry_encounters", config={"published": "2023-11-10"})
    doc = nlp("Biden will meet Xi in San Francisco next week.")
    doc._.encounters

The factory is also registered through the `spacy_factories` entry point, so
with summitry installed the import is not needed.
"""
from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from .model import ArticleResult

if not Doc.has_extension("encounters"):
    Doc.set_extension("encounters", default=())
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)

# The parts of a pipeline summitry's stages read.
NEEDED_COMPONENTS = ("parser", "ner")


class EncountersComponent:
    """Sets `doc._.encounters`. Needs a parsed Doc with named entities."""

    def __init__(self, nlp: Language, published: str | None = None):
        missing = [name for name in NEEDED_COMPONENTS if name not in nlp.pipe_names]
        if missing:
            raise ValueError(f"summitry_encounters needs the {', '.join(missing)} component(s) before it; "
                             f"this pipeline has {', '.join(nlp.pipe_names) or 'none'}")
        self.published = _as_date(published)
        self._pipeline = None

    def __call__(self, doc: Doc) -> Doc:
        published = _as_date(doc._.published) or self.published
        result = self._summitry().extract_doc(doc, published=published)
        doc._.encounters = tuple(result.encounters) if isinstance(result, ArticleResult) else ()
        return doc

    def _summitry(self):
        # Loaded on the first Doc: summitry's own tables (and its copy of the small model, which this
        # component never runs on the Doc).
        if self._pipeline is None:
            from .pipeline import Pipeline

            self._pipeline = Pipeline()
        return self._pipeline


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"summitry_encounters: the publication date {value!r} is not an ISO date (YYYY-MM-DD)") from None


@Language.factory("summitry_encounters", default_config={"published": None})
def make_encounters(nlp: Language, name: str, published: str | None) -> EncountersComponent:
    return EncountersComponent(nlp, published)
