"""Stage `encounters.dating`: dates from context for encounters whose own sentence gives none (issue 9)."""
from __future__ import annotations

import pytest

M = "meeting"


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", [
    # The article's news, told in the lead without a date: the report's day.
    ("Slovak Prime Minister Robert Fico received Hungarian Prime Minister Viktor Orban at Bratislava Castle.",
     "2024-05-06", (M, {"Robert Fico", "Viktor Orbán"}, "2024-05-06", "occurred")),
    # ... the dateline's day when the page was published later.
    ("NAIROBI, March 3 (Reuters) - Kenyan President William Ruto received Ethiopian Prime Minister Abiy Ahmed at State House.",
     "2024-03-05", (M, {"William Ruto", "Abiy Ahmed"}, "2024-03-03", "occurred")),
    # A recalled encounter without a date stays undated.
    ("Kenya and Ethiopia signed a trade pact on Monday. Kenyan President William Ruto had previously met Ethiopian "
     "Prime Minister Abiy Ahmed in Addis Ababa.", "2024-03-05", (M, {"William Ruto", "Abiy Ahmed"}, None, "occurred")),
])
def test_dating_news_in_the_lead(found, text, published, expected):
    kind, names, day, status = expected
    assert [(e[0], e[1], e[2], e[3]) for e in found(text, published) if e[1] == frozenset(names)] == [(kind, frozenset(names), day, status)]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,names,expected_date", [
    # "Prior to the talks": the day of the talks the sentence is placed against.
    ("Ghanaian President John Mahama and Ivorian President Alassane Ouattara held talks in Accra on Tuesday. "
     "The two presidents signed two accords. Prior to the talks, Ouattara met with Ghana's Foreign Minister Samuel Okudzeto Ablakwa.",
     "2025-05-08", {"Alassane Ouattara", "Samuel Okudzeto Ablakwa"}, "2025-05-06"),
    # "Before his meeting with X": that meeting's day.
    ("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan on October 23. "
     "Before his meeting with Xi, Modi met Iranian President Masoud Pezeshkian.",
     "2024-10-25", {"Narendra Modi", "Masoud Pezeshkian"}, "2024-10-23"),
])
def test_dating_anchored_on_another_encounter(found, text, published, names, expected_date):
    dates = [e[2] for e in found(text, published) if e[1] == frozenset(names)]
    assert dates == [expected_date]


@pytest.mark.issue(9)
def test_dating_part_of_the_day_in_focus(found):
    text = ("UN Secretary-General Antonio Guterres arrived in Nairobi on Monday, 3 March, for a two-day visit. "
            "In the afternoon, he held a bilateral meeting with President William Ruto.")
    meetings = [e for e in found(text, "2025-03-06") if e[0] == M]
    assert [(e[1], e[2]) for e in meetings] == [(frozenset({"António Guterres", "William Ruto"}), "2025-03-03")]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,names,expected_date", [
    # The news told later in the story, by one of the lead's people, on the news's day.
    ("Indian Prime Minister Narendra Modi on Monday held talks with Abu Dhabi Crown Prince Khaled bin Mohamed Al Nahyan "
     "in New Delhi. Trade and energy were discussed. The Crown Prince also held a separate meeting with Commerce "
     "Minister Piyush Goyal.", "2024-09-10", {"Khaled bin Mohamed Al Nahyan", "Piyush Goyal"}, "2024-09-09"),
    # "then": the time just named goes on; a year naming a thing ("a 2002 ruling") is no such time.
    ("Ethiopian Prime Minister Abiy Ahmed stunned the region last month by accepting a 2002 boundary ruling. "
     "He and Eritrean President Isaias Afwerki then spoke by telephone for the first time.", "2018-07-09",
     {"Abiy Ahmed", "Isaias Afwerki"}, "2018-06"),
])
def test_dating_from_the_story(found, text, published, names, expected_date):
    dates = [e[2] for e in found(text, published) if e[1] == frozenset(names)]
    assert dates == [expected_date]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,names,expected_date", [
    # Counted from a term's start in the office tables, not from the publication day.
    ("The day after President Donald Trump's swearing-in, Secretary of State Marco Rubio hosted Indian Foreign "
     "Minister S. Jaishankar.", "2025-01-23", {"Marco Rubio", "S. Jaishankar"}, "2025-01-21"),
    ("Three days after taking office, Indonesian President Prabowo Subianto received Japanese Prime Minister Shigeru "
     "Ishiba in Jakarta.", "2025-01-22", {"Prabowo Subianto", "Shigeru Ishiba"}, "2024-10-23"),
])
def test_dating_from_a_term_start(found, text, published, names, expected_date):
    dates = [e[2] for e in found(text, published) if e[1] == frozenset(names)]
    assert dates == [expected_date]


@pytest.mark.issue(9)
def test_dating_a_further_meeting_on_the_same_trip(found):
    text = ("During the visit from December 2-5, Nepal Prime Minister K. P. Sharma Oli is scheduled to meet Chinese "
            "President Xi Jinping in Beijing. He is leading a 39-member delegation. His spouse is accompanying him. "
            "Oli will also meet Zhao Leji, Chair of the Standing Committee of the National People's Congress.")
    zhao = [e for e in found(text, "2024-12-02") if "Zhao Leji" in e[1]]
    assert [(e[2], e[3], e[4]) for e in zhao] == [("2024-12-02", "planned", "CHN")]
