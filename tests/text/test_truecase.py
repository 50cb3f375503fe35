"""Stage `text.truecase`: lines in capitals and texts in lower case recased as news prints them (issue 9)."""
from __future__ import annotations

import pytest

import summitry
from summitry.text.truecase import proper_words, truecase


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,expected", [
    ("donald trump met xi jinping in beijing on monday.", "Donald Trump met Xi Jinping in Beijing on Monday."),
    ("PRIME MINISTER NARENDRA MODI HELD TALKS WITH PRESIDENT JOE BIDEN AT THE WHITE HOUSE.",
     "Prime Minister Narendra Modi held talks with President Joe Biden at the White House."),
    # Initials and dotted acronyms stay capitals; a common word that is part of a name is capitalised before the name.
    ("MARK RUTTE MET U.S. ENVOYS", "Mark Rutte met U.S. envoys"),
    # Ordinary text is left exactly as it is.
    ("Kenyan President William Ruto met Xi.\nSHARE THIS", "Kenyan President William Ruto met Xi.\nSHARE THIS"),
])
def test_truecase_recases_capitals_and_lower_case(kb, text, expected):
    recased = truecase(text, proper_words(kb))
    assert recased == expected and len(recased) == len(text)


@pytest.mark.issue(9)
@pytest.mark.parametrize("text", [
    "donald trump met xi jinping in beijing on monday.",
    "DONALD TRUMP MET XI JINPING IN BEIJING ON MONDAY.",
])
def test_truecase_lets_extraction_read_names_in_any_case(text):
    encounters = summitry.extract(text, published="2025-01-21")
    assert [(e.kind, {p.name for p in e.participants}, e.date) for e in encounters] == [
        ("meeting", {"Donald Trump", "Xi Jinping"}, "2025-01-20")]
    # The evidence is the sentence as the article printed it.
    assert encounters[0].evidence.sentence == text
