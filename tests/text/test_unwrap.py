"""Stage `text.unwrap`: hard-wrapped paragraphs joined, everything else left as it is (issue 9)."""
from __future__ import annotations

import pytest

import summitry
from summitry.text.unwrap import unwrap

WRAPPED = (
    "PARIS, Oct 23 (Reuters) - French President Emmanuel\n"
    "Macron and new Italian Prime Minister Giorgia Meloni held talks\n"
    "in Rome on Sunday in the first meeting between the two.\n"
    "Macron, who attended a conference in Rome aimed at\n"
    "seeking ways to promote peace, will meet Pope Francis on\n"
    "Monday.\n"
)


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,expected", [
    # Every line break inside the wrapped block goes; the sentence splitter still ends sentences at their stops.
    (WRAPPED, WRAPPED[:-1].replace("\n", " ") + "\n"),
    # Headlines, captions and short lines stay on lines of their own.
    ("Xi meets Boric\n2024/11/16\nChinese President Xi Jinping met Chilean President Gabriel Boric in Lima.\n",
     "Xi meets Boric\n2024/11/16\nChinese President Xi Jinping met Chilean President Gabriel Boric in Lima.\n"),
])
def test_unwrap_joins_wrapped_lines_only(text, expected):
    assert unwrap(text) == expected and len(unwrap(text)) == len(text)


@pytest.mark.issue(9)
def test_unwrap_lets_a_wrapped_sentence_be_read_whole():
    encounters = summitry.extract(WRAPPED, published="2022-10-23")
    assert {frozenset(p.name for p in e.participants) for e in encounters} == {
        frozenset({"Emmanuel Macron", "Giorgia Meloni"}), frozenset({"Emmanuel Macron", "Pope Francis"})}
