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
    # A dateline closed by a horizontal bar is a dateline: "here" is its city.
    pytest.param("WELLINGTON, May 6 \u2015 New Zealand Prime Minister Christopher Luxon met Fijian Prime Minister Sitiveni "
                 "Rabuka on Monday. Their previous talks were held here in February.", "2024-05-07",
                 [(M, {"Christopher Luxon", "Sitiveni Rabuka"}, "2024-05-06", "occurred", "NZL"),
                  (M, {"Christopher Luxon", "Sitiveni Rabuka"}, "2024-02", "occurred", "NZL")],
                 id="horizontal-bar-dateline"),
    # An encounter put off from an earlier time is the plan now dated, not a cancelled one.
    pytest.param("Chilean President Gabriel Boric will travel to Peru next month to meet Peruvian President Dina Boluarte, "
                 "his office said. Boric had intended to meet Boluarte in December, but the meeting was delayed.",
                 "2024-01-20", [(M, {"Gabriel Boric", "Dina Boluarte"}, "2024-02", "planned", "PER")],
                 id="put-off-then-planned"),
    # A namesake town is read in the country its owner's adjective names.
    pytest.param("Brazilian President Lula will meet Argentine President Javier Milei at the Argentine leader's ranch in "
                 "Santa Rosa next month.", "2024-01-20",
                 [(M, {"Luiz Inácio Lula da Silva", "Javier Milei"}, "2024-02", "planned", "ARG")],
                 id="owner-adjective-places-namesake"),
    # "their" of a clause whose subject is a group that names no one is none of the people in focus.
    pytest.param("Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday. "
                 "Regional leaders had keenly awaited the summit, hoping to get their first talks with Mr Albanese.",
                 "2023-09-05", [(M, {"Joko Widodo", "Anwar Ibrahim"}, "2023-09-04", "occurred", "IDN")],
                 id="their-of-an-unnamed-group"),
    # A previous gathering that is the setting of others' talks is no earlier edition of the one in focus.
    pytest.param("Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday. The "
                 "previous summit, in Phnom Penh in November 2022, saw Jacinda Ardern hold bilateral talks with Hun Sen.",
                 "2023-09-05", [(M, {"Joko Widodo", "Anwar Ibrahim"}, "2023-09-04", "occurred", "IDN"),
                                (M, {"Jacinda Ardern", "Hun Sen"}, "2022-11", "occurred", None)],
                 id="previous-summit-as-a-setting"),
    # State media name the guest after the place and the time of the audience.
    pytest.param("His Royal Highness Crown Prince Mohammed bin Salman received at Al-Yamamah Palace in Riyadh today the "
                 "Foreign Minister of France, Jean-Noel Barrot.", "2025-02-10",
                 [(M, {"Mohammed bin Salman", "Jean-Noël Barrot"}, "2025-02-10", "occurred", "SAU")],
                 id="guest-after-place-and-time"),
    # A dateline of a place in plain case and an agency's initials: the call of its story is found.
    pytest.param("Tehran, IRNA -- Iranian President Masoud Pezeshkian, in a telephone conversation with his Iraqi "
                 "counterpart Abdul Latif Rashid on Thursday evening, stressed the need to expand trade.", "2025-01-10",
                 [(C, {"Masoud Pezeshkian", "Abdul Latif Rashid"}, "2025-01-09", "occurred", None)],
                 id="agency-dateline-in-plain-case"),
    # "The visiting minister" is the foreign minister of that office named last.
    pytest.param("RABAT - Moroccan Foreign Minister Nasser Bourita held talks in Rabat on Monday with Spanish Foreign "
                 "Minister Jose Manuel Albares. The visiting minister was later received by Prime Minister Aziz Akhannouch.",
                 "2024-02-20",
                 [(M, {"Nasser Bourita", "José Manuel Albares"}, "2024-02-19", "occurred", "MAR"),
                  (M, {"José Manuel Albares", "Aziz Akhannouch"}, "2024-02-19", "occurred", "MAR")],
                 id="the-visiting-minister"),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", NINTH_ROUND)
def test_mechanisms_of_the_ninth_round(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)
