"""Datelines: found at the head of a report, blanked for the parse, their place and day kept (issue 9)."""
from __future__ import annotations

import pytest

from summitry.model import Article, ArticleRecord
from summitry.text.dateline import blank_datelines
from datetime import date

from summitry.text.published import dateless_dateline, dateline_day, dateline_place

pytestmark = pytest.mark.issue(9)


@pytest.mark.parametrize("text,place", [
    ("WASHINGTON (AP) — President Lena Ortiz met her guest.", "WASHINGTON"),
    ("Headline line\n\nMANILA, Philippines – The president said.", "MANILA"),
    ("ADDIS ABABA – The prime minister received the envoy.", "ADDIS ABABA"),
    ("NEW DELHI: Prime Minister Ravi Kumar left for Tokyo.", "NEW DELHI"),
    ("NAIROBI, (Reuters) - The president flew home.", "NAIROBI"),
    # A place in plain case, with an agency's initials in capitals.
    ("Tehran, IRNA -- The president spoke by phone with his guest.", "Tehran"),
    ("Buenos Aires, TELAM - The president flew home.", "Buenos Aires"),
])
def test_a_dateless_dateline_names_its_place(text, place):
    assert dateless_dateline(text).group("place") == place
    assert dateline_place(text) == place


@pytest.mark.parametrize("text", [
    "The US – China talks went on.",          # not capitals at the start of a line
    "UN: the council met.",                   # too short to be a city
    "Washington, the capital – was quiet.",   # not in capitals
    "Tehran, IRNA -- the president said.",    # no capital opening the sentence after the dash
    "A" * 5000 + " — Text",                   # a run of capitals with no separator in reach
])
def test_prose_is_no_dateline(text):
    assert dateless_dateline(text) is None


def test_the_dateline_is_blanked_for_the_parse_and_offsets_hold():
    text = "MANILA, Philippines – The president will host his guest in Tokyo."
    record = ArticleRecord(article=Article(id="a", text=text))
    blank_datelines(record)
    assert len(record.text) == len(text)
    assert record.text.lstrip().startswith("The president will host")
    assert record.article.text == text  # the place is still read from the article's own text


def test_a_dated_dateline_is_blanked_too_and_its_day_kept():
    # Left in, "LUANDA, Dec 15 - A summit ..." makes the place the subject and the summit its apposition.
    text = "LUANDA, Dec 15 (Reuters) - A summit planned for Sunday was called off."
    record = ArticleRecord(article=Article(id="a", text=text, published=date(2024, 12, 16)))
    blank_datelines(record)
    assert len(record.text) == len(text)
    assert record.text.lstrip().startswith("A summit planned")
    assert dateline_day(record.article.text, record.article.published) == date(2024, 12, 15)
