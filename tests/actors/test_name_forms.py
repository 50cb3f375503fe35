"""Actors: names written in the forms of wire copy and official releases (issue 9), each on a written text."""
from __future__ import annotations

import pytest

import summitry


def _parties(text: str, published: str) -> list[set[str]]:
    return [{p.name for p in e.participants} for e in summitry.extract(text, published=published)]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", [
    # A given name the tagger left out before a name that opens with a middle initial.
    ("Secretary of State Antony J. Blinken met Philippine Foreign Secretary Enrique Manalo in Manila on Tuesday.",
     "2024-03-20", [{"Antony Blinken", "Enrique Manalo"}]),
    # A generational suffix is no part of the reference name of someone the tables do not know.
    ("Secretary of Defense Lloyd J. Austin III met Indonesian Defense Minister Prabowo Subianto in Jakarta on Monday.",
     "2023-11-14", [{"Lloyd J. Austin", "Prabowo Subianto"}]),
    # Commonwealth styles before a name and letters after it are no part of it.
    ("Prime Minister the Hon Anthony Albanese MP hosted Prime Minister the Rt Hon Christopher Luxon in Sydney on "
     "Friday for their annual meeting.", "2024-08-17", [{"Anthony Albanese", "Christopher Luxon"}]),
    # A first given name the tables leave out is still the person they know.
    ("Prime Minister Muhammad Shehbaz Sharif met Turkish President Recep Tayyip Erdogan in Ankara on Thursday.",
     "2024-01-12", [{"Shehbaz Sharif", "Recep Tayyip Erdoğan"}]),
    # An untagged given name before a one-word name keeps a mayor from being a leader of the same surname.
    ("British Prime Minister Keir Starmer spoke with London Mayor Sadiq Khan by phone on Sunday about the riots.",
     "2024-08-05", []),
])
def test_name_forms(text, published, expected):
    assert _parties(text, published) == expected


@pytest.mark.issue(9)
def test_a_middle_name_with_the_same_office_is_the_one_named_before():
    text = ("Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan at State House on Thursday. "
            "On Friday President Suluhu met Ruto again at a business forum in the city.")
    people = {name for parties in _parties(text, "2023-05-06") for name in parties}
    assert people == {"William Ruto", "Samia Suluhu Hassan"}


@pytest.mark.issue(9)
def test_a_transliteration_apostrophe_does_not_end_a_name():
    text = "Iraqi Prime Minister Mohammed Shia' al-Sudani met Turkish President Recep Tayyip Erdogan in Ankara on Tuesday."
    assert _parties(text, "2024-03-20") == [{"Mohammed Shia al-Sudani", "Recep Tayyip Erdoğan"}]
