"""Encounter mechanisms of issue 9, each on a sentence written for it: (text, published, expected encounters).

Expected encounters are (kind, participants, date, status, country of the place); the list
is the whole output, so a mechanism that over-reaches fails too.
"""
from __future__ import annotations

import pytest

M, C, V = "meeting", "call", "visit"

CASES = [
    # A coordinated verb shares the modality of its first conjunct: both meetings are planned.
    ("During the visit from May 2 to 5, Nepali Prime Minister Pushpa Kamal Dahal is scheduled to meet Chinese President "
     "Xi Jinping in Beijing and hold talks with Premier Li Qiang.", "2023-05-01",
     [(M, {"Pushpa Kamal Dahal", "Xi Jinping"}, "2023-05-02..2023-05-05", "planned", "CHN"),
      (M, {"Pushpa Kamal Dahal", "Li Qiang"}, "2023-05-02..2023-05-05", "planned", "CHN")]),
    # A trip told as an aside on a party is its own, recalled encounter; it does not become the meeting.
    ("Bahamian Prime Minister Philip Davis met Cuban Prime Minister Manuel Marrero in Havana on Tuesday. "
     "Davis thanked Marrero, who visited Nassau in August to attend a regional meeting.", "2022-12-21",
     [(M, {"Philip Davis", "Manuel Marrero Cruz"}, "2022-12-20", "occurred", "CUB"),
      (V, {"Manuel Marrero Cruz"}, "2022-08", "occurred", "BHS")]),
    # "Before his meeting with Xi": the with-phrase is that meeting's, not the clause's.
    ("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan on October 23. "
     "Before his meeting with Xi, Modi met Iranian President Masoud Pezeshkian.", "2024-10-25",
     [(M, {"Narendra Modi", "Xi Jinping"}, "2024-10-23", "occurred", "RUS"),
      (M, {"Narendra Modi", "Masoud Pezeshkian"}, "2024-10-23", "occurred", "RUS")]),
]


def _dated(summary):
    kind, names, day, status, country = summary
    return kind, names, day, status, country


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", CASES, ids=[case[0][:50] for case in CASES])
def test_mechanism(found, text, published, expected):
    got = found(text, published)
    wanted = [(k, frozenset(n), d, s, c) for k, n, d, s, c in expected]
    # A range is written "start..end"; compare the start date against the found date.
    got_dates = [(k, n, d, s, c) for k, n, d, s, c in got]
    assert sorted(map(str, got_dates)) == sorted(map(str, [(k, n, d.split("..")[0] if d else d, s, c) for k, n, d, s, c in wanted]))


@pytest.mark.issue(9)
def test_occasion_from_a_purpose_clause():
    import summitry

    text = ("UN Secretary-General Antonio Guterres arrived in Bridgetown on Wednesday, 19 February, to attend the meeting of "
            "the Conference of the Heads of Government of the Caribbean Community. In the afternoon, he held a bilateral "
            "meeting with Prime Minister Mia Mottley.")
    encounters = summitry.extract(text, published="2025-02-27")
    assert [(e.kind, e.date, e.occasion) for e in encounters] == [("meeting", "2025-02-19", "CARICOM 2025")]
