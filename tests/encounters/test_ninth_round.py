"""Encounter mechanisms of issue 9, ninth round: each on a sentence written for it.

Same shape as test_eighth_round.py: (text, published, expected encounters), where an expected
encounter is (kind, participants, date, status, country of the place) and the list is the whole
output, so a mechanism that over-reaches fails too.
"""
from __future__ import annotations

import pytest

M, C, V = "meeting", "call", "visit"

NINTH_ROUND = [
    # A time told between a reporting verb and the subject of what it reports is the report's, wherever the
    # parser hung it; a "with" joined to the verb after "and then" is a second party, called apart.
    pytest.param("Brazilian President Lula said on Friday he would speak by phone with French President Emmanuel Macron "
                 "on Tuesday, and then with Argentine President Javier Milei.", "2024-03-15",
                 [(C, {"Luiz Inácio Lula da Silva", "Emmanuel Macron"}, "2024-03-19", "planned", None),
                  (C, {"Luiz Inácio Lula da Silva", "Javier Milei"}, "2024-03-19", "planned", None)],
                 id="report-day-before-the-clause-subject"),
    # "hours earlier": the day in focus; the name the parser hung on the count of hours is the one called.
    pytest.param("Canadian Prime Minister Justin Trudeau spoke by phone with U.S. President-elect Donald Trump on "
                 "Wednesday morning. Mexican President Claudia Sheinbaum had spoken with Trump hours earlier, her office said.",
                 "2024-11-08",
                 [(C, {"Justin Trudeau", "Donald Trump"}, "2024-11-06", "occurred", None),
                  (C, {"Claudia Sheinbaum", "Donald Trump"}, "2024-11-06", "occurred", None)],
                 id="hours-earlier-same-day"),
    # "days later" tells some other day: not the day of what the same people did before.
    pytest.param("Kenyan President William Ruto met Chinese President Xi Jinping in Beijing in April 2024, and the two of them "
                 "spoke about a new railway line. Tanzanian President Samia Suluhu Hassan met Xi days later.", "2024-09-01",
                 [(M, {"William Ruto", "Xi Jinping"}, "2024-04", "occurred", "CHN"),
                  (M, {"Samia Suluhu Hassan", "Xi Jinping"}, None, "occurred", None)],
                 id="days-later-no-same-day"),
    # "both leaders" hosted by one: the two named last besides the host, met together.
    pytest.param("Egyptian President Abdel Fattah el-Sisi spoke by phone with Sudanese army chief Abdel Fattah al-Burhan on "
                 "Monday and with Chadian President Mahamat Deby on Tuesday. On Thursday he hosted both leaders in Cairo.",
                 "2024-06-14",
                 [(C, {"Abdel Fattah el-Sisi", "Abdel Fattah al-Burhan"}, "2024-06-10", "occurred", None),
                  (C, {"Abdel Fattah el-Sisi", "Mahamat Déby"}, "2024-06-11", "occurred", None),
                  (M, {"Abdel Fattah el-Sisi", "Abdel Fattah al-Burhan", "Mahamat Déby"}, "2024-06-13", "occurred", "EGY")],
                 id="hosted-both-leaders"),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", NINTH_ROUND)
def test_mechanisms_of_the_ninth_round(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)
