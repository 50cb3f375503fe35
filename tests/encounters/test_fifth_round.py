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
    # A participle clause with no subject of its own is the main subject's: "Recalling his talks with ...".
    pytest.param("Recalling his talks with Chancellor Olaf Scholz in Berlin last June, Chinese Premier Li Qiang said the "
                 "two sides had agreed to deepen ties.", "2024-04-01",
                 [(M, {"Li Qiang", "Olaf Scholz"}, "2023-06", "occurred", "DEU")], id="participle-takes-main-subject"),
    # "a day after holding talks with A and B": the main subject held them, one day before the main clause's day.
    pytest.param("Modi also met French President Emmanuel Macron over lunch on Sunday, a day after holding talks with "
                 "British Prime Minister Rishi Sunak and Italian Prime Minister Giorgia Meloni.", "2023-09-10",
                 [(M, {"Narendra Modi", "Emmanuel Macron"}, "2023-09-10", "occurred", None),
                  (M, {"Narendra Modi", "Rishi Sunak"}, "2023-09-09", "occurred", None),
                  (M, {"Narendra Modi", "Giorgia Meloni"}, "2023-09-09", "occurred", None)], id="day-after-holding-talks"),
    pytest.param("Albanese met Widodo in Jakarta on Tuesday, two days after meeting Philippine President Ferdinand "
                 "Marcos in Manila.", "2023-09-10",
                 [(M, {"Anthony Albanese", "Joko Widodo"}, "2023-09-05", "occurred", "IDN"),
                  (M, {"Anthony Albanese", "Ferdinand Marcos Jr."}, "2023-09-03", "occurred", "PHL")],
                 id="days-after-meeting"),
    # Counted back from a clause whose encounter is its object noun: "held talks ..., two days after hosting".
    pytest.param("Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi on Friday, "
                 "two days after hosting Tanzanian President Samia Suluhu Hassan.", "2024-03-16",
                 [(M, {"William Ruto", "Yoweri Museveni"}, "2024-03-15", "occurred", "KEN"),
                  (M, {"William Ruto", "Samia Suluhu Hassan"}, "2024-03-13", "occurred", "KEN")],
                 id="days-after-hosting"),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", FIFTH_ROUND)
def test_mechanisms_of_the_fifth_round(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)
