"""Stage `text.published`: the publication date from metadata, dateline, page date line or content."""
from __future__ import annotations

from datetime import date

import pytest

from summitry.model import Article
from summitry.text import infer_published

WOODSIDE = (
    "WOODSIDE, California, Nov 16 (Reuters) - U.S. President Joe Biden and Chinese President Xi Jinping "
    "agreed on Wednesday to resume military-to-military talks.\n\n"
    "Biden and Xi walk in the garden of the Filoli estate in Woodside, California, November 15, 2023."
)


@pytest.mark.parametrize(
    "text,expected",
    [
        # Dateline with its own year.
        ("WASHINGTON, Nov 10, 2023 (Reuters) - Biden will meet Xi next week.", (date(2023, 11, 10), "dateline")),
        # Dateline without a year + a full date elsewhere (a photo caption).
        (WOODSIDE, (date(2023, 11, 16), "dateline")),
        # Dateline without a year + the copyright line.
        (
            "BEIJING, March 20 (Reuters) - Chinese President Xi Jinping left for Moscow on Monday.\n\nCopyright 2023 Reuters. All rights reserved.",
            (date(2023, 3, 20), "dateline"),
        ),
        # A page date line under the headline.
        (
            "Xi meets Boric\n2024/11/16\nOn the afternoon of Nov 16 local time, Chinese President Xi Jinping met Chilean President Gabriel Boric in Lima.",
            (date(2024, 11, 16), "page date line"),
        ),
        (
            "Xi meets Boric\nPublished: 16 November 2024\nChinese President Xi Jinping met Chilean President Gabriel Boric in Lima on Saturday.",
            (date(2024, 11, 16), "page date line"),
        ),
        # Several page date lines: the earliest is the publication, the later one an update.
        (
            "Xi meets Boric\nUpdated: 18 November 2024\nPublished: 16 November 2024\nChinese President Xi Jinping met Chilean President Gabriel Boric in Lima on Saturday.",
            (date(2024, 11, 16), "page date line"),
        ),
        # Content: copyright year + a future month-day -> the day before it.
        (
            "Leaders of the two countries held talks. The summit will open on March 21, the foreign ministry said.\n© 2023 Example News",
            (date(2023, 3, 20), "content"),
        ),
        # Content: a future full date and "on Friday" -> the Friday before it.
        (
            "Modi and Macron held talks at the Elysee Palace on Friday. The French president will travel to India for the Republic Day parade on January 26, 2024, officials said.",
            (date(2024, 1, 19), "content"),
        ),
        # Content: the latest past full date is a lower bound.
        (
            "Modi and Macron held talks at the Elysee Palace on July 14, 2023, the day of the Bastille Day parade, officials said.",
            (date(2023, 7, 14), "content"),
        ),
        # Nothing to go on: unknown rather than a guess.
        ("Biden met Xi last week in a long-awaited meeting.", (None, "none")),
        ("WASHINGTON, Nov 10 (Reuters) - Biden will meet Xi next week.", (None, "none")),
    ],
)
def test_infer_published(text, expected):
    article = infer_published(Article(id="a", text=text))
    day, source = expected
    assert article.published == day
    assert article.published_source.startswith(source), article.published_source
    assert article.text == text


@pytest.mark.parametrize(
    "text,expected",
    [
        # Qin Gang was foreign minister only from 2022-12-30 to 2023-07-25: March 20 can only be 2023.
        (
            "BEIJING, March 20 (Reuters) - Chinese Foreign Minister Qin Gang met Russian Foreign Minister Sergei Lavrov on Monday.",
            (date(2023, 3, 20), "dateline"),
        ),
    ],
)
def test_infer_published_year_from_office_terms(kb, text, expected):  # noqa: D103
    article = infer_published(Article(id="a", text=text), kb)
    assert (article.published, article.published_source.split(" ")[0]) == expected
    assert "office holders" in article.published_source
    # Without the knowledge base there is no year to give.
    assert infer_published(Article(id="a", text=text)).published is None


@pytest.mark.parametrize(
    "published,text",
    [
        (date(2021, 1, 2), WOODSIDE),
        (date(2023, 11, 16), "Biden met Xi last week."),
    ],
)
def test_infer_published_metadata_wins(published, text):
    article = infer_published(Article(id="a", text=text, published=published, published_source="unknown"))
    assert (article.published, article.published_source) == (published, "metadata")


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "WASHINGTON, Nov 10 (Reuters) - U.S. President Joe Biden will meet Chinese President Xi Jinping next week, the White House said.\n\n"
            "The two leaders last met in Bali, Indonesia, on November 14, 2022, on the sidelines of the G20 summit.",
            (date(2023, 11, 10), "dateline"),
            id="dateline-before-reported-past-date",
        ),
        pytest.param(
            "The leaders of Kenya and India met at State House, officials said on Tuesday.\n"
            "They met on March 14, 2023 in Paris.\n"
            "The summit will open on March 21, 2023, diplomats said at the time, and both sides were upbeat.",
            # Not the page-date reading (March 14 from the short prose line) by way of a date line, but the
            # content: before the announced March 21, on the Tuesday the officials spoke.
            (date(2023, 3, 14), "content"),
            id="short-prose-line-is-not-a-page-date-line",
        ),
    ],
)
def test_infer_published_reads_the_year_and_page_lines_right(text, expected):
    article = infer_published(Article(id="a", text=text))
    assert (article.published, article.published_source.split(" ")[0].rstrip(":")) == expected


@pytest.mark.issue(2)
@pytest.mark.parametrize(
    "text,expected",
    [
        # Xi and Putin held office in many Julys; the SCO summit met in Astana in July 2024 only.
        (
            "ASTANA, July 3 (Xinhua) -- Chinese President Xi Jinping met Russian President Vladimir Putin "
            "on Wednesday on the sidelines of the SCO summit.",
            date(2024, 7, 3),
        ),
    ],
)
def test_infer_published_year_from_a_summit_in_the_dateline_city(kb, text, expected):
    article = infer_published(Article(id="a", text=text), kb)
    assert article.published == expected
    assert "summit" in article.published_source


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,expected", [
    # A dateline with an agency in brackets and no dash.
    ("KIGALI, June 14, 2019 (Reuters) Rwandan President Paul Kagame met Ugandan President Yoweri Museveni.", date(2019, 6, 14)),
    # No year: of the years both named leaders held office (Diaz-Canel from 2018, Davis from
    # September 2021), the first in which Dec 20 was the Tuesday the lead reports.
    ("Havana, Dec 20 (ACN) Cuban President Miguel Diaz-Canel and Bahamian Prime Minister Philip Davis held talks in Havana on Tuesday.",
     date(2022, 12, 20)),
    # A copyright range: the page's year is its last.
    ("MANAGUA, Apr 19 (Xinhua) -- Nicaraguan President Daniel Ortega received Russian Foreign Minister Sergei Lavrov.\n"
     "Copyright © 2000-2023 XINHUANET.com", date(2023, 4, 19)),
    # A weekday ahead ("will meet on Friday") is never the dateline's own day.
    ("SEOUL, April 26 (Yonhap) -- South Korean President Moon Jae-in and North Korean leader Kim Jong Un will meet on Friday.",
     date(2018, 4, 26)),
])
def test_infer_published_dateline_year_from_weekday(kb, text, expected):
    article = infer_published(Article(id="a", text=text), kb)
    assert article.published == expected and article.published_source.startswith("dateline")


@pytest.mark.issue(9)
@pytest.mark.parametrize("article,expected,source", [
    # A date in the URL's path when the page states none.
    (Article(id="a", text="Rwandan President Paul Kagame met Ugandan President Yoweri Museveni.",
             url="https://example.org/africa/2019/06/14/kagame-museveni.html"), date(2019, 6, 14), "URL path"),
    # A guessed 1 January does not outrank the text's dateline ...
    (Article(id="b", text="KIGALI, June 14, 2019 (Reuters) - Kagame met Museveni.", published=date(2019, 1, 1),
             published_source="guessed"), date(2019, 6, 14), "dateline"),
    # ... and stays when the text offers nothing better.
    (Article(id="c", text="Kagame met Museveni.", published=date(2019, 1, 1), published_source="guessed"),
     date(2019, 1, 1), "guessed"),
])
def test_infer_published_url_and_guessed_dates(article, expected, source):
    inferred = infer_published(article)
    assert inferred.published == expected and inferred.published_source.startswith(source)


@pytest.mark.parametrize("text,expected", [
    # A numeric page date is read when only one order of day and month is a date ...
    ("Leaders meet\nPublished on 25/11/2023 - 10:15\nThe two presidents met on Friday.", date(2023, 11, 25)),
    ("Leaders meet\nPosted 11/25/2023\nThe two presidents met on Friday.", date(2023, 11, 25)),
    # ... and is no evidence when both are ("05/11/2023": 5 November or 11 May).
    ("Leaders meet\nPublished on 05/11/2023 - 10:15\nThe two presidents met on Friday.", None),
    # Datelines with accented city names.
    ("SAN JOSÉ, Nov 25 (Reuters) - The two presidents met. Copyright 2023 Reuters", date(2023, 11, 25)),
])
def test_infer_published_numeric_lines_and_accented_datelines(text, expected):
    assert infer_published(Article(id="x", text=text)).published == expected


_MONTH_SPELLINGS = [
    spelling
    for name in ("Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July",
                 "Aug", "August", "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December")
    for spelling in (name, name.lower(), name.upper(), name + ".")
]


@pytest.mark.issue(10)
@pytest.mark.parametrize("month", _MONTH_SPELLINGS)
def test_parse_day_agrees_with_dateparser(month):
    """Days are read without dateparser's start-up; every spelling the date patterns match reads as dateparser reads it."""
    import dateparser

    from summitry.text.published import _parse_day

    for year in ("2000", "2023", "2024"):
        for day in ("0", "1", "01", "9", "28", "29", "30", "31", "32"):
            parsed = dateparser.parse(f"{day} {month} {year}", languages=["en"], settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})
            assert _parse_day(day, month, year) == (parsed.date() if parsed else None), (day, month, year)


@pytest.mark.issue(9)
def test_a_page_date_line_the_text_rules_out_is_not_the_publication():
    from summitry.model import Article
    from summitry.text.published import infer_published

    # The text announces as coming a day months before the line's date: the line is when the page was viewed.
    viewed = ("Home | World\n12 March 2025\n\nCzech Prime Minister Petr Fiala will fly to Warsaw to meet Donald Tusk "
              "before the deadline of 30 November 2024, officials said.")
    article = infer_published(Article(id="x", text=viewed))
    assert article.published.isoformat() == "2024-11-29"
    assert article.published_source.startswith("content")
    # A line the text agrees with stands.
    agreed = "Home | World\n12 March 2025\n\nCzech Prime Minister Petr Fiala met Donald Tusk on 10 March 2025."
    assert infer_published(Article(id="y", text=agreed)).published.isoformat() == "2025-03-12"


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,expected", [
    # Offices held twice leave a gap: Trump with Zelenskyy as Ukraine's president is 2019-2021 or 2025 on; not
    # before 2019 (reported as past), and the year in which the announced August 15 is the Friday the text
    # names.
    ("US President Donald Trump and Russian President Vladimir Putin are set to meet in Alaska on August 15. They last "
     "met in Osaka in June 2019 and spoke by phone on February 12. Ukrainian President Volodymyr Zelenskyy has not "
     "been invited to Friday's summit.", date(2025, 8, 14)),
    # No date at all, only months: the month after the one from which all the months named lie closest back
    # (December is last year's), in the first year the people named held office together, moved on to the
    # weekday named.
    ("French President Emmanuel Macron hosted Syria's interim president Ahmed al-Sharaa on Wednesday, after his "
     "forces toppled Bashar al-Assad in December. Sharaa went to Riyadh in February and to Doha in April.",
     date(2025, 5, 7)),
    # A summit the text names in its host city, with no year of its own, sets the year (and the report is not
    # before it).
    ("Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe held short talks on the margins of the "
     "Apec summit in Da Nang on Saturday. Putin told Abe in September that both sides should work toward a treaty.",
     date(2017, 11, 11)),
    # Someone "new" in an office and a weekday: the day after the first such weekday in office.
    ("President Luiz Inacio Lula da Silva and Britain's new Prime Minister Keir Starmer had their first telephone call "
     "Saturday, Lula's office said.", date(2024, 7, 7)),
    # A page line contradicted by a summit the text tells of as just past, in its host city, long before that
    # line: the line is the day the page was viewed; the year is the summit's.
    ("Tuesday, March 3, 2026\n\nPrime Minister Giorgia Meloni said she and Japanese Prime Minister Fumio Kishida "
     "agreed to coordinate on energy, with Russian gas cuts due to start on Sept. 1. They followed up on last month's "
     "meeting at the G7 Summit in Hiroshima.", date(2023, 8, 31)),
], ids=["gap-in-terms-and-weekday", "months-only", "summit-in-its-city", "new-in-office", "line-contradicted-by-summit"])
def test_infer_published_estimates_an_undated_page(kb, text, expected):
    article = infer_published(Article(id="t", text=text), kb)
    assert article.published == expected


@pytest.mark.issue(9)
def test_a_report_is_filed_soon_after_the_latest_day_it_reports():
    """Of the years the offices allow, one that puts publication within days of the latest reported day wins:
    a prime minister in office since December 2023 met on "Aug. 23" is August 2024, not 2023."""
    from summitry.knowledge import load_knowledge

    text = ("Indian Prime Minister Narendra Modi arrived in Warsaw on Aug. 21 and met Prime Minister Donald Tusk. "
            "Polish President Andrzej Duda received him the next day.")
    article = infer_published(Article(id="x", text=text), load_knowledge())
    assert article.published is not None and article.published.year == 2024


@pytest.mark.issue(9)
def test_a_weekday_pinned_to_a_day_reads_an_ambiguous_numeric_date_line():
    """ "09/07/2023" is 9 July or 7 September; "met on Saturday (8)" is only a report of 9 July (8 July 2023 was a
    Saturday). The stamp may run on with a time and a byline."""
    text = ("Lula and Petro meet in Leticia\nPublished on 09/07/2023 - 11:20 By a reporter for the agency - Brasilia\n\n"
            "President Lula met on Saturday (8) with his Colombian counterpart, Gustavo Petro, in the city of Leticia.")
    assert infer_published(Article(id="x", text=text)).published == date(2023, 7, 9)
    # Without the pinned weekday the line is no evidence of which day it is.
    unpinned = text.replace("on Saturday (8)", "on Saturday")
    assert infer_published(Article(id="x", text=unpinned)).published_source != "page date line " + repr(
        "Published on 09/07/2023 - 11:20 By a reporter for the agency - Brasilia"[:52])


@pytest.mark.issue(9)
def test_a_stamp_after_a_bylines_separators_is_the_page_date():
    """ "Written by News Service | Nairobi | Updated: March 10, 2017 9:05 am": the stamp after the byline's
    separators dates the page, though the whole line is too long for a date line."""
    text = ("Ruto meets Museveni\n\nWritten by News Service | Nairobi | Updated: March 10, 2017 9:05 am\n\n"
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Thursday.")
    assert infer_published(Article(id="x", text=text)).published == date(2017, 3, 10)
    # (a separator with no stamp after it is no date line)
    assert infer_published(Article(id="x", text=text.replace("Updated: ", "Filed "))).published_source != \
        "page date line 'Updated: March 10, 2017 9:05 am'"


@pytest.mark.parametrize("text, expected", [
    ("Kinshasa, 5 mars 2023 (ACP) - President Tshisekedi received the French president on Saturday.", date(2023, 3, 5)),
    ("Brasilia, 12 de junho de 2023 (ABr) - President Lula received the Argentine president on Monday.", date(2023, 6, 12)),
    ("Madrid, 3 de febrero de 2023 (EFE) - Prime Minister Sanchez met the Moroccan prime minister.", date(2023, 2, 3)),
    ("Berlin, 7. März 2024 (dpa) - Chancellor Scholz met the Polish prime minister on Thursday.", date(2024, 3, 7)),
    ("NEW DELHI, 21 June 2024 - Prime Minister Modi held talks with Prime Minister Hasina.", date(2024, 6, 21)),
])
def test_infer_published_dateline_day_before_month_and_translated_months(text, expected):
    article = infer_published(Article(id="a", text=text))
    assert article.published == expected
    assert article.published_source.startswith("dateline")


def test_dateline_months_table_covers_each_language_whole():
    from summitry.text.candidates import table_rows

    rows = table_rows("dateline_months.csv")
    by_language: dict[str, set[int]] = {}
    for name, number, language in rows:
        assert name == name.lower() and 1 <= int(number) <= 12, name
        by_language.setdefault(language, set()).add(int(number))
    # (Portuguese, Italian and German list only the months no other row spells alike: Italian "marzo" is Spanish too)
    assert by_language["fr"] == set(range(1, 13)) and by_language["es"] == set(range(1, 13))


@pytest.mark.parametrize("text, expected", [
    # a copyright owner's name with punctuation still gives the year; "N days after" a date is the report's day
    ("Berlin (dpa) - Chancellor Scholz spoke with President Putin on Friday. The call came ten days after the election "
     "on November 5, amid doubts over whether aid will continue.\n(c) dpa GmbH, 2024", date(2024, 11, 15)),
    # "last Sunday" is no weekday the news is anchored on
    ("Chancellor Scholz spoke with President Putin on Friday, a week after the vote on November 1. He spoke with "
     "Trump last Sunday.\n(c) dpa GmbH, 2024", date(2024, 11, 8)),
])
def test_infer_published_counts_days_after_a_date(text, expected):
    assert infer_published(Article(id="a", text=text)).published == expected
