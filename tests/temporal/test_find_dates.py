"""Issue 3: the temporal tagger on sentences written for it, each with its expected value.

Publication date is Friday 2023-11-10 unless a case says otherwise.
"""
from __future__ import annotations

from datetime import date

import pytest

from summitry.model import PRECISIONS
from summitry.temporal import find_dates

FRIDAY = date(2023, 11, 10)


def _only(text, published, span, doc=None):
    found = [e for e in find_dates(text, published, doc) if e.text == span]
    assert found, f"{span!r} not found in {[e.text for e in find_dates(text, published, doc)]}"
    return found[0]


CASES = [
    # (text, published, span, value, precision, date, date_end)
    # explicit dates
    ("They met on Wednesday, November 15.", FRIDAY, "Wednesday, November 15", "2023-11-15", "day", "2023-11-15", None),
    ("The accord was signed on July 24, 2003.", FRIDAY, "July 24, 2003", "2003-07-24", "day", "2003-07-24", None),
    ("Talks opened on 12th November, 2021 in Glasgow.", FRIDAY, "12th November, 2021", "2021-11-12", "day", "2021-11-12", None),
    ("The envoy arrives on 11 December.", FRIDAY, "11 December", "2023-12-11", "day", "2023-12-11", None),
    ("The deal was struck on Nov. 3.", FRIDAY, "Nov. 3", "2023-11-03", "day", "2023-11-03", None),
    ("The visit ended on December 28.", date(2024, 1, 4), "December 28", "2023-12-28", "day", "2023-12-28", None),
    ("The page is dated 2024-11-18.", FRIDAY, "2024-11-18", "2024-11-18", "day", "2024-11-18", None),
    ("Posted 2024/11/16 by staff.", FRIDAY, "2024/11/16", "2024-11-16", "day", "2024-11-16", None),
    ("The crash on 7/8/07 shocked the market.", FRIDAY, "7/8/07", "2007-07-08", "day", "2007-07-08", None),
    ("He took office in May 2010.", FRIDAY, "May 2010", "2010-05", "month", "2010-05", None),
    ("In 2017, the two leaders met in Hamburg.", FRIDAY, "2017", "2017", "year", "2017", None),
    ("The treaty dates from 1953.", FRIDAY, "1953", "1953", "year", "1953", None),
    ("It happened in the 1990s.", FRIDAY, "the 1990s", "199", "decade", "1990", "1999"),
    ("Fans of the '80s music returned.", FRIDAY, "the '80s", "198", "decade", "1980", "1989"),
    ("It was the worst war of the 20th century.", FRIDAY, "the 20th century", "19", "century", "1900", "1999"),
    # ranges
    ("The summit runs from November 17 to 21.", FRIDAY, "November 17 to 21", "2023-11-17/2023-11-21", "day", "2023-11-17", "2023-11-21"),
    ("The forum runs November 17-21 in San Francisco.", FRIDAY, "November 17-21", "2023-11-17/2023-11-21", "day", "2023-11-17", "2023-11-21"),
    ("Prices rose between 2019 and 2021.", FRIDAY, "2019 and 2021", "2019/2021", "year", "2019", "2021"),
    ("The war lasted from 1939 to 1945.", FRIDAY, "1939 to 1945", "1939/1945", "year", "1939", "1945"),
    ("The swine flu pandemic of 2009-2010 killed many.", FRIDAY, "2009-2010", "2009/2010", "year", "2009", "2010"),
    ("The 1957-58 expedition crossed Antarctica.", FRIDAY, "1957-58", "1957/1958", "year", "1957", "1958"),
    ("The fighting waned in the 70s and 80s.", FRIDAY, "80s", "198", "decade", "1980", "1989"),
    ("Dealers will be told after October of next year.", FRIDAY, "October of next year", "2024-10", "month", "2024-10", None),
    ("The book is due to be published in May.", date(2013, 3, 22), "May", "2013-05", "month", "2013-05", None),
    ("Delegates meet 17-21 November.", FRIDAY, "17-21 November", "2023-11-17/2023-11-21", "day", "2023-11-17", "2023-11-21"),
    # weekdays and tense
    ("Biden will meet Xi on Wednesday.", FRIDAY, "Wednesday", "2023-11-15", "day", "2023-11-15", None),
    ("Biden met Xi on Wednesday.", FRIDAY, "Wednesday", "2023-11-08", "day", "2023-11-08", None),
    ("This Thursday the minister said little.", FRIDAY, "This Thursday", "2023-11-09", "day", "2023-11-09", None),
    ("The ministers spoke on Friday.", FRIDAY, "Friday", "2023-11-10", "day", "2023-11-10", None),
    ("The president is to travel to Lima on Monday.", FRIDAY, "Monday", "2023-11-13", "day", "2023-11-13", None),
    ("They talked by phone last Tuesday.", FRIDAY, "last Tuesday", "2023-11-07", "day", "2023-11-07", None),
    ("They will talk again next Tuesday.", FRIDAY, "next Tuesday", "2023-11-14", "day", "2023-11-14", None),
    ("Officials said on Sunday night that talks failed.", FRIDAY, "Sunday night", "2023-11-05TNI", "day", "2023-11-05", None),
    ("Talks resumed Friday afternoon.", FRIDAY, "Friday afternoon", "2023-11-10TAF", "day", "2023-11-10", None),
    # relative to publication
    ("Biden and Xi will meet next week.", FRIDAY, "next week", "2023-W46", "week", "2023-11-13", "2023-11-19"),
    ("Six deaths were reported in the last week.", FRIDAY, "the last week", "2023-W44", "week", "2023-10-30", "2023-11-05"),
    ("Envoys gather this week in Geneva.", FRIDAY, "this week", "2023-W45", "week", "2023-11-06", "2023-11-12"),
    ("Protests are planned this weekend.", FRIDAY, "this weekend", "2023-W45-WE", "week", "2023-11-11", "2023-11-12"),
    ("Inflation fell last month.", FRIDAY, "last month", "2023-10", "month", "2023-10", None),
    ("The talks resume next month.", FRIDAY, "next month", "2023-12", "month", "2023-12", None),
    ("Trade grew this year.", FRIDAY, "this year", "2023", "year", "2023", None),
    ("Greece was too big to fail last year.", FRIDAY, "last year", "2022", "year", "2022", None),
    ("Elections are due next year.", FRIDAY, "next year", "2024", "year", "2024", None),
    ("He visited last September.", FRIDAY, "last September", "2023-09", "month", "2023-09", None),
    ("He visited last September.", date(2023, 3, 17), "last September", "2022-09", "month", "2022-09", None),
    # A month-day takes the year of the same month just named in its sentence.
    ("In June 2023 the delegation went to Kyiv, where they met him on June 16.", date(2025, 4, 24), "June 16", "2023-06-16", "day", "2023-06-16", None),
    ("He travelled to Paris in June.", FRIDAY, "June", "2023-06", "month", "2023-06", None),
    ("They will meet again in March.", FRIDAY, "March", "2024-03", "month", "2024-03", None),
    ("A year ago, he visited Beijing.", FRIDAY, "A year ago", "2022", "year", "2022", None),
    ("Four years ago the pact collapsed.", FRIDAY, "Four years ago", "2019", "year", "2019", None),
    ("Two months ago they met in Bali.", FRIDAY, "Two months ago", "2023-09", "month", "2023-09", None),
    ("Three days ago the envoy left.", FRIDAY, "Three days ago", "2023-11-07", "day", "2023-11-07", None),
    ("The minister arrived yesterday.", FRIDAY, "yesterday", "2023-11-09", "day", "2023-11-09", None),
    ("The minister leaves tomorrow.", FRIDAY, "tomorrow", "2023-11-11", "day", "2023-11-11", None),
    ("The leaders speak today.", FRIDAY, "today", "2023-11-10", "day", "2023-11-10", None),
    ("Talks are stalled now.", FRIDAY, "now", "PRESENT_REF", "day", "2023-11-10", None),
    ("The cabinet met earlier this month.", FRIDAY, "earlier this month", "2023-11", "month", "2023-11", None),
    ("A summit is planned later this month.", FRIDAY, "later this month", "2023-11", "month", "2023-11", None),
    # early / mid / late, seasons, quarters, fiscal years
    ("The talks were held in early December.", date(2013, 3, 22), "early December", "2012-12", "month", "2012-12", None),
    ("It happened late last July.", date(2013, 3, 22), "late last July", "2012-07", "month", "2012-07", None),
    ("Growth slowed in early 2011.", FRIDAY, "early 2011", "2011", "year", "2011", None),
    ("The product ships in mid-2011.", FRIDAY, "mid-2011", "2011", "year", "2011", None),
    ("Exports rose last summer.", date(2013, 3, 22), "last summer", "2012-SU", "season", "2012-06", "2012-08"),
    ("The visit is planned for next spring.", FRIDAY, "next spring", "2024-SP", "season", "2024-03", "2024-05"),
    # Across the year's end: December is the winter of its own year, so the next spring is the next year's,
    # and January's "last winter" is the one that began the December before.
    ("The visit is planned for next spring.", date(2022, 12, 30), "next spring", "2023-SP", "season", "2023-03", "2023-05"),
    ("He toured the region last spring.", date(2022, 12, 30), "last spring", "2022-SP", "season", "2022-03", "2022-05"),
    ("The talks were held last winter.", date(2023, 3, 30), "last winter", "2022-WI", "season", "2022-12", "2023-02"),
    ("The summit was held in summer.", date(2023, 1, 15), "summer", "2022-SU", "season", "2022-06", "2022-08"),
    # A day and month with a year counted from the report's: "on 6 August last year".
    ("The meeting was held on 6 August last year.", date(2022, 7, 21), "6 August last year", "2021-08-06", "day", "2021-08-06", None),
    ("The meeting was held on August 6 last year.", date(2022, 7, 21), "August 6 last year", "2021-08-06", "day", "2021-08-06", None),
    ("They will meet again on 6 August next year.", date(2022, 7, 21), "6 August next year", "2023-08-06", "day", "2023-08-06", None),
    ("The offensive began in the winter of 1941.", FRIDAY, "winter of 1941", "1941-WI", "season", "1941-12", "1942-02"),
    ("Sales fell in the first quarter of 2009.", FRIDAY, "the first quarter of 2009", "2009-Q1", "quarter", "2009-01", "2009-03"),
    ("Third-quarter profit rose.", date(2009, 11, 3), "Third-quarter", "2009-Q3", "quarter", "2009-07", "2009-09"),
    ("Revenue grew in the fourth quarter.", date(2007, 3, 13), "the fourth quarter", "2006-Q4", "quarter", "2006-10", "2006-12"),
    ("Sales rose in Q3 2023.", FRIDAY, "Q3 2023", "2023-Q3", "quarter", "2023-07", "2023-09"),
    ("Spending for fiscal 2013 was cut.", FRIDAY, "fiscal 2013", "FY2013", "year", "2013", None),
    ("Profits in the first half of 2019 grew.", FRIDAY, "the first half of 2019", "2019-H1", "quarter", "2019-01", "2019-06"),
    # anaphoric: anchored on the date in focus
    ("In 2017 they met. Later that year they met again.", FRIDAY, "Later that year", "2017", "year", "2017", None),
    ("They met on March 3, 2015. The following day they signed.", FRIDAY, "The following day", "2015-03-04", "day", "2015-03-04", None),
    ("The summit opened on June 5, 2019. Two months after, talks collapsed.", FRIDAY, "Two months after", "2019-08", "month", "2019-08", None),
    ("Troops landed on June 6, 1944. Three days later they took the town.", None, "Three days later", "1944-06-09", "day", "1944-06-09", None),
    ("The war began in 1939. That September, Poland fell.", None, "That September", "1939-09", "month", "1939-09", None),
    ("He arrived on May 2, 2001. The day before, he had called.", FRIDAY, "The day before", "2001-05-01", "day", "2001-05-01", None),
    # "of that year", "of the same year": the year in focus
    ("The army seized power in February 2021. On April 24 of that year, envoys met.", FRIDAY, "April 24 of that year", "2021-04-24", "day", "2021-04-24", None),
    ("He took office in 2019. In May of the same year, he visited Tokyo.", FRIDAY, "May of the same year", "2019-05", "month", "2019-05", None),
    # a count of hours or minutes without a number: the day in focus
    ("The talks opened on March 3, 2015. Hours later, the envoy left.", FRIDAY, "Hours later", "2015-03-03", "day", "2015-03-03", None),
    ("He landed on May 2, 2001. A few minutes earlier, the plane had circled.", FRIDAY, "A few minutes earlier", "2001-05-02", "day", "2001-05-02", None),
    ("The ceasefire was agreed in 1994. The previous year was bloody.", FRIDAY, "The previous year", "1993", "year", "1993", None),
    # times
    ("The call began at 8 PM.", FRIDAY, "8 PM", "2023-11-10T20:00", "day", "2023-11-10", None),
    ("Voting closes at 18:00 UTC.", FRIDAY, "18:00 UTC", "2023-11-10T18:00Z", "day", "2023-11-10", None),
    ("The deadline is 16:00 UTC today.", FRIDAY, "16:00 UTC today", "2023-11-10T16:00Z", "day", "2023-11-10", None),
    ("The minister spoke this morning.", FRIDAY, "this morning", "2023-11-10TMO", "day", "2023-11-10", None),
    # without a publication date
    ("Biden met Xi on Wednesday.", None, "Wednesday", "XXXX-WXX-3", "day", None, None),
    ("They will meet next week.", None, "next week", "XXXX-WXX", "week", None, None),
    ("The accord was signed on July 24, 2003.", None, "July 24, 2003", "2003-07-24", "day", "2003-07-24", None),
]


@pytest.mark.issue(3)
@pytest.mark.parametrize("text,published,span,value,precision,day,day_end", CASES)
def test_find_dates_normalises(text, published, span, value, precision, day, day_end):
    found = _only(text, published, span)
    assert (found.value, found.precision, found.date, found.date_end) == (value, precision, day, day_end)
    assert text[found.start:found.end] == span
    assert found.precision in PRECISIONS


ANCHORS = [
    ("In 2017 they met. Later that year they met again.", "Later that year", "focus"),
    ("Biden met Xi on Wednesday.", "Wednesday", "publication"),
    ("He took office in May 2010.", "May 2010", "absolute"),
    ("They met on March 3, 2015. The following day they signed.", "The following day", "focus"),
]


@pytest.mark.issue(3)
@pytest.mark.parametrize("text,span,expected", ANCHORS)
def test_find_dates_records_anchor(text, span, expected):
    assert _only(text, FRIDAY, span).anchor == expected


OTHER_KINDS = [
    ("The season started a month earlier, the worst in a decade.", "a decade", "DURATION", "P10Y"),
    ("Prices rose over the past nine days.", "the past nine days", "DURATION", "P9D"),
    ("He was held for 24 hours.", "24 hours", "DURATION", "PT24H"),
    ("The council meets every week.", "every week", "SET", "P1W"),
    ("The figures are published monthly.", "monthly", "SET", "P1M"),
    ("The market opens every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
    # "N units after <event>" with nothing but the publication date to count from: TimeML's duration.
    ("Three years after it was first due for delivery, Boeing rolled out the plane.", "Three years after", "DURATION", "P3Y"),
    ("GM's move comes a day after Chrysler released a list of dealers.", "a day after", "DURATION", "P1D"),
    # A focus too coarse for the unit is no date to count from: the count would run from the publication.
    ("Talks are due next spring. The tour comes a week after the envoy's visit.", "a week after", "DURATION", "P1W"),
    # "the past decade" is ten years, not the calendar decade (TE3: "the next decade" = P10Y).
    ("It is their largest conference in the past decade.", "the past decade", "DURATION", "P10Y"),
    # MEANTIME's market reports: the span a record reaches back over is a DATE with a duration value.
    ("The Dow closed at its lowest level in over six years.", "six years", "DATE", "P6Y"),
]


@pytest.mark.issue(3)
@pytest.mark.parametrize("text,span,kind,value", OTHER_KINDS)
def test_find_dates_durations_and_sets(text, span, kind, value):
    found = _only(text, FRIDAY, span)
    assert (found.kind, found.value, found.date) == (kind, value, None)


NOT_DATES = [
    "You may go if you wish.",
    "They will march on the capital.",
    "The army has 2017 soldiers.",
    "Prices rose 2015 percent.",
    "Leaves fall in the wind.",
    "Revenue was $2,015 million.",
    "The Nikkei 225 fell 406.51 points to 16764.09.",
    "The Russell 2000 Index of smaller companies dropped.",
]


@pytest.mark.issue(3)
@pytest.mark.parametrize("text", NOT_DATES)
def test_find_dates_ignores_lookalikes(text):
    assert [e.text for e in find_dates(text, FRIDAY)] == []


TENSE_WITH_DOC = [
    ("Biden will meet Xi on Wednesday.", "Wednesday", "2023-11-15"),
    ("Biden met Xi on Wednesday, officials said after weeks of planning.", "Wednesday", "2023-11-08"),
    ("Macron is to visit Beijing in April.", "April", "2024-04"),
    ("Macron visited Beijing in December.", "December", "2022-12"),
]


@pytest.mark.issue(3)
@pytest.mark.parametrize("text,span,value", TENSE_WITH_DOC)
def test_find_dates_uses_doc_tense(nlp, text, span, value):
    doc = nlp(text)
    assert _only(text, FRIDAY, span, doc=doc).value == value


@pytest.mark.issue(3)
def test_find_dates_offsets_point_into_text():
    text = "WASHINGTON, Nov 10 (Reuters) - Biden met Xi on Wednesday and will see him again next week."
    for expression in find_dates(text, FRIDAY):
        assert text[expression.start:expression.end] == expression.text


MORE_CASES = [
    ("Sales were 2.1 million in February, down from the same period last year.", date(2010, 3, 3), "the same period last year", "2009-02"),
    ("Sales fell in January, against the same month a year ago.", date(2009, 2, 3), "the same month a year ago", "2008-01"),
    ("Prices fell compared with the same month a year ago.", date(2009, 2, 3), "the same month a year ago", "2008-02"),
    ("The Dow rose 2% to end the day at 8,017.", date(2009, 4, 3), "the day", "2009-04-03"),
    ("Markets were quiet over the weekend.", FRIDAY, "the weekend", "2023-W44-WE"),
    ("The match was postponed until 15:00 GMT Saturday.", date(2013, 3, 22), "15:00 GMT Saturday", "2013-03-23T15:00"),
    ("Microsoft has identified companies for the program to run through June.", date(2013, 3, 18), "June", "2013-06"),
    ("Russian markets to remain closed until Friday\nSeptember 18, 2008", date(2008, 9, 18), "Friday", "2008-09-19"),
    ("Earlier, he had made telephonic calls to leaders of Canada and Mexico on Saturday.", date(2017, 1, 25), "Saturday", "2017-01-21"),
    ("Trump made a phone call to Modi late last night.", date(2017, 1, 25), "last night", "2017-01-24TNI"),
    ("Sales had recovered by the end of the year.", date(2013, 3, 22), "the end of the year", "2012"),
    # "N units after <event>" restating the date just named, or counted from a date the text named.
    ("On 27 June 1950, two days after the KPA invaded, Truman acted.", None, "two days after", "1950-06-27"),
    ("The leaders met on June 3. Two days after the meeting, talks resumed.", FRIDAY, "Two days after", "2023-06-05"),
    # "the day" is the last day named, not a month named since.
    ("Stocks rose on Friday. Jobs fell in March. The Dow ended the day at 8,017.", date(2009, 4, 4), "the day", "2009-04-03"),
    ("Ford said on Tuesday sales rose, and its stock fell later in the day.", date(2010, 3, 3), "later in the day", "2010-03-02"),
    ("A loss in the fourth quarter of 2005 and for the entire year.", date(2006, 1, 27), "the entire year", "2005"),
    ("Costs fell last year, $19.8 billion less than the year previous.", date(2010, 1, 28), "the year previous", "2008"),
    ("Trading was suspended for a second consecutive day.", date(2008, 9, 17), "a second consecutive day", "2008-09-17"),
    ("US stocks log gains for fourth week in a row", date(2009, 4, 4), "fourth week in a row", "2009-W14"),
    ("Car sales rebounded in the last week of March.", date(2009, 4, 1), "the last week of March", "2009-W13"),
    ("At a press conference at 16:15 UTC, June 1st, he spoke.", date(2009, 6, 4), "16:15 UTC", "2009-06-01T16:15Z"),
    # A part of the day with no day of its own is a part of the day in focus (issue 9).
    ("The envoy landed on Monday, 3 March. In the afternoon, she met the king.", date(2025, 3, 6), "the afternoon", "2025-03-03TAF"),
    ("The talks ran late. During the night the sides agreed.", date(2025, 3, 6), "the night", "2025-03-06TNI"),
]


@pytest.mark.issue(3)
@pytest.mark.parametrize("text,published,span,value", MORE_CASES)
def test_find_dates_news_idioms(text, published, span, value):
    assert _only(text, published, span).value == value


@pytest.mark.parametrize("text,published,value", [
    # A four-digit year is that year, in either order of month and day.
    ("They met on 12/03/2023.", "2023-12-05", "2023-12-03"),
    ("Published on 25/11/2023 - 10:15", "2023-11-26", "2023-11-25"),
    # Both orders are dates: the reading nearer the publication day.
    ("They met on 12/03/2023.", "2023-03-14", "2023-03-12"),
    # Dots as separators need a four-digit year ("version 1.2.3" is no date).
    ("The summit opens on 5.6.2024 in Paris.", "2024-06-01", "2024-06-05"),
    ("They met on 11/4/23.", "2023-11-06", "2023-11-04"),
])
def test_numeric_dates_read_in_either_order(text, published, value):
    from datetime import date as _date

    found = [t.value for t in find_dates(text, published=_date.fromisoformat(published)) if t.kind == "DATE"]
    assert found == [value]


def test_numbers_with_dots_are_no_date():
    from datetime import date as _date

    assert find_dates("Update to version 1.2.3 and 3/4 of users", published=_date(2024, 1, 1)) == []


@pytest.mark.parametrize("text,value", [
    # Days named by the calendar, in the year nearest the report, or the year given.
    ("They met on New Year's Day.", "2024-01-01"),
    ("They met on New Year\u2019s Eve 2019.", "2019-12-31"),
    # The tense moves a day without a year forward as it moves it back.
    ("The two leaders will meet before Christmas.", "2024-12-25"),
    ("The leaders will meet on December 28.", "2024-12-28"),
    ("They met on December 28.", "2023-12-28"),
])
def test_holidays_and_tense(text, value):
    assert [t.value for t in find_dates(text, published=date(2024, 3, 7))] == [value]


def test_new_alone_is_no_holiday():
    assert find_dates("A new day for the year ahead of us", published=date(2024, 3, 7)) == []


def test_a_date_naming_an_event_keeps_the_nearest_year_whatever_the_clause_tense():
    from summitry.parse import load_nlp

    text = "Following their September 9 phone call, the two leaders will discuss trade."
    found = find_dates(text, published=date(2021, 11, 12), doc=load_nlp()(text))
    assert [t.value for t in found if t.text == "September 9"] == ["2021-09-09"]


@pytest.mark.parametrize("text,offset,calendar", [
    # An offset whose phrase goes on to give the date it counts from is that date moved ...
    ("They met two days after the election on May 5, 2023.", "two days after", "2023-05-07"),
    ("They met three weeks after Scholz visited Nairobi on May 5, 2023.", "three weeks after", "2023-05-26"),
    ("Ruto held talks the day after the swearing-in on September 13, 2022.", "the day after", "2022-09-14"),
    ("They met three years after the 2019 summit.", "three years after", "2022"),
    # ... but not across a clause break, nor to a finer precision than the date given.
    ("They met two days after arriving, on May 5, 2023.", "two days after", None),
    ("They met two days after the May 2023 summit.", "two days after", None),
])
def test_offsets_count_from_the_date_their_phrase_gives(text, offset, calendar):
    found = {t.text: t for t in find_dates(text, published=date(2024, 3, 7))}
    assert found[offset].date == calendar
    if found[offset].kind == "DURATION":
        assert found[offset].value.startswith("P")  # TimeML still reads a duration


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,expected", [
    # A weekday range runs forward from its first day, which the tense points.
    ("Orban will host Xi in Budapest from Wednesday to Friday.", [("Wednesday to Friday", "2024-05-15", "2024-05-17")]),
    ("Orban hosted Xi from Monday to Wednesday.", [("Monday to Wednesday", "2024-05-06", "2024-05-08")]),
    ("The talks ran between Monday and Wednesday.", [("Monday and Wednesday", "2024-05-06", "2024-05-08")]),
    # Two days joined by "and" without "from" or "between" stay two days.
    ("They met on Monday and Wednesday.", [("Monday", "2024-05-06", None), ("Wednesday", "2024-05-08", None)]),
])
def test_weekday_ranges(text, expected):
    found = [(e.text, e.date, e.date_end) for e in find_dates(text, date(2024, 5, 10))]
    assert found == expected



@pytest.mark.issue(9)
@pytest.mark.parametrize("text,span,value", [
    # What comes after a range of days in focus counts from its last day ...
    ("The leaders meet in Vilnius on July 11 and 12. The day after the summit, Biden flies to Helsinki.",
     "The day after", "2024-07-13"),
    ("The leaders meet in Vilnius on July 11 and 12. Two days after the summit, Biden flies to Helsinki.",
     "Two days after", "2024-07-14"),
    # ... and what comes before it from its first.
    ("The leaders meet in Vilnius on July 11 and 12. The day before the summit, Biden lands in Vilnius.",
     "The day before", "2024-07-10"),
])
def test_after_a_range_counts_from_its_end(text, span, value):
    assert _only(text, date(2024, 7, 5), span).value == value


@pytest.mark.parametrize("text, value", [
    ("Yellen will travel to China in the coming days.", "PXD"),
    ("The two will speak over the next few months.", "PXM"),
    ("More talks are expected in the weeks ahead.", "PXW"),
])
def test_find_dates_a_vague_stretch_to_come_is_a_duration(text, value):
    (found,) = find_dates(text, date(2024, 1, 28))
    # (as TempEval-3 annotates "the next few months": a duration of unknown length, no calendar date)
    assert (found.kind, found.value, found.date) == ("DURATION", value, None)


def test_find_dates_the_coming_month_is_still_a_month():
    (found,) = find_dates("They will meet in the coming month.", date(2024, 1, 28))
    assert found.date == "2024-02"
