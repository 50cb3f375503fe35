"""The encounter finder on short sentences written for these tests, one mechanism each.

Each case: (text, published, expected), where expected lists
(kind, participants, date, status, country of the place or None) per encounter.
"""
from __future__ import annotations

import pytest

import summitry

CASES = [
    # verbs and their parties
    ("Indian Prime Minister Narendra Modi and US President Joe Biden held talks at the White House on Thursday.",
     "2023-05-26", [("meeting", {"Narendra Modi", "Joe Biden"}, "2023-05-25", "occurred", "USA")]),
    ("Turkish President Recep Tayyip Erdogan hosted his Azerbaijani counterpart Ilham Aliyev in Ankara on Monday.",
     "2023-05-25", [("meeting", {"Recep Tayyip Erdoğan", "Ilham Aliyev"}, "2023-05-22", "occurred", "TUR")]),
    ("South African President Cyril Ramaphosa received Kenyan President William Ruto at the Union Buildings in Pretoria on Tuesday.",
     "2023-05-25", [("meeting", {"Cyril Ramaphosa", "William Ruto"}, "2023-05-23", "occurred", "ZAF")]),
    # calls
    ("French President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr Zelensky on Saturday, the Elysee said.",
     "2023-05-22", [("call", {"Emmanuel Macron", "Volodymyr Zelenskyy"}, "2023-05-20", "occurred", None)]),
    ("The Kremlin said Putin and Trump discussed Ukraine in a phone call on Tuesday.",
     "2025-05-22", [("call", {"Vladimir Putin", "Donald Trump"}, "2025-05-20", "occurred", None)]),
    # plans and visits
    ("German Chancellor Olaf Scholz will travel to Beijing next month, a government spokesman said.",
     "2023-05-25", [("visit", {"Olaf Scholz"}, "2023-06", "planned", "CHN")]),
    ("Russian President Vladimir Putin and Chinese President Xi Jinping are set to meet in Moscow later this year.",
     "2023-01-10", [("meeting", {"Vladimir Putin", "Xi Jinping"}, "2023", "planned", "RUS")]),
    ("US President Joe Biden cancelled his planned trip to Australia to focus on debt ceiling talks.",
     "2023-05-18", [("visit", {"Joe Biden"}, None, "cancelled", "AUS")]),
    # recalled encounters keep their own dates
    ("The meeting between Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk-yeol took place in Tokyo on March 16.",
     "2023-05-25", [("meeting", {"Fumio Kishida", "Yoon Suk Yeol"}, "2023-03-16", "occurred", "JPN")]),
    # role-only parties resolved to the office holder of the day
    ("Ghanaian President Nana Akufo-Addo held a telephone conversation on Tuesday with his Ivorian counterpart.",
     "2021-06-17", [("call", {"Nana Akufo-Addo", "Alassane Ouattara"}, "2021-06-15", "occurred", None)]),
    ("He made calls to the leaders of Canada and Mexico on Saturday.",
     "2017-01-25", []),
    # not encounters
    ("Israeli Prime Minister Benjamin Netanyahu did not meet US President Joe Biden at the United Nations.", "2023-09-22", []),
    ("Chinese President Xi Jinping could meet US President Joe Biden at APEC.", "2023-10-01", []),
    ("Chinese President Xi Jinping and Russian President Vladimir Putin have met more than 40 times.", "2023-03-20", []),
    ("The new budget met with criticism from the opposition, Finance Minister Nirmala Sitharaman said.", "2023-02-02", []),
    ("US President Joe Biden welcomed the decision of the Federal Reserve.", "2023-02-02", []),
    ("Kenyan President William Ruto met Kenyan Deputy President Rigathi Gachagua in Nairobi on Monday.", "2023-02-02", []),
]


def _summary(encounter):
    place = encounter.location.country if encounter.location else None
    return (encounter.kind, {p.name for p in encounter.participants}, encounter.date, encounter.status, place)


@pytest.mark.issue(2)
@pytest.mark.parametrize("text,published,expected", CASES, ids=[case[0][:40] for case in CASES])
def test_detect_finds_what_the_sentence_reports(text, published, expected):
    found = [_summary(encounter) for encounter in summitry.extract(text, published=published)]
    assert found == expected
