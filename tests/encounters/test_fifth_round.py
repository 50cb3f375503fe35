"""Encounter mechanisms of issue 9, fifth round: each on a sentence written for it.

Same shape as test_mechanisms.py: (text, published, expected encounters), where an expected
encounter is (kind, participants, date, status, country of the place) and the list is the whole
output, so a mechanism that over-reaches fails too.
"""
from __future__ import annotations

import pytest

M, C, V = "meeting", "call", "visit"

FIFTH_ROUND = [
    # A holiday names its day: "days after" a party took office does not recount it.
    pytest.param("Antony Blinken and Qin Gang first spoke on New Year's Day, days after Qin took office.", "2023-02-04",
                 [(C, {"Antony Blinken", "Qin Gang"}, "2023-01-01", "occurred", None)], id="holiday-names-its-day"),
    # A bare name part two people share is the one named last before it.
    pytest.param("Chinese Commerce Minister Wang Wentao met U.S. Commerce Secretary Gina Raimondo in Washington on "
                 "Thursday. Wang is due to meet U.S. Trade Representative Katherine Tai on Friday. Both meetings come "
                 "after Foreign Minister Wang Yi and U.S. National Security Adviser Jake Sullivan held talks in Vienna "
                 "earlier this month.", "2023-05-26",
                 [(M, {"Wang Wentao", "Gina Raimondo"}, "2023-05-25", "occurred", "USA"),
                  (M, {"Wang Wentao", "Katherine Tai"}, "2023-05-26", "planned", None),
                  (M, {"Wang Yi", "Jake Sullivan"}, "2023-05", "occurred", "AUT")], id="shared-surname-named-last"),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", FIFTH_ROUND)
def test_mechanisms_of_the_fifth_round(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)
