"""Issue 13: dates no encounter of today's leaders can have are dropped before encounters see them."""
from __future__ import annotations

import logging
from datetime import date

import pytest

from summitry.temporal import find_dates
from summitry.temporal.plausible import drop_implausible_dates

PUBLISHED = date(2023, 5, 2)


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,kept",
    [
        ("They met on 1850-01-01.", []),
        ("They met in 1850.", []),
        ("They met on 2150-01-01.", []),
        ("They will meet in January 2150.", []),  # read as "January" of next year without the filter
        ("They will meet on 1 January 2150.", []),  # read as "1 January" of this year without the filter
        ("They met on 01/01/2150.", []),
        ("The summit is set for 2028.", ["2028"]),  # publication + 5 years
        ("The summit is set for 2029.", []),
        ("It was the worst war of the 20th century.", ["1900"]),
        ("They met on March 3, 2023.", ["2023-03-03"]),
        ("On March 3, 5000 troops left.", ["2023-03-03"]),  # a count after a date is no year
        ("They will talk for three days.", [None]),  # durations have no calendar date and stay
    ],
)
def test_drop_implausible_dates(text, kept):
    times = drop_implausible_dates(find_dates(text, PUBLISHED), text, PUBLISHED)
    assert [expression.date for expression in times] == kept


@pytest.mark.issue(13)
def test_drop_implausible_dates_says_why_at_debug(caplog):
    text = "They met on 1850-01-01."
    with caplog.at_level(logging.DEBUG, logger="summitry.temporal.plausible"):
        drop_implausible_dates(find_dates(text, PUBLISHED), text, PUBLISHED)
    assert [record.getMessage() for record in caplog.records] == [
        "dropped date '1850-01-01' at 12: year 1850 is outside 1900-2028"
    ]


@pytest.mark.issue(13)
def test_find_dates_itself_keeps_historical_dates():
    # The tagger stays a tagger: only the encounter pipeline filters.
    assert [e.date for e in find_dates("The treaty of 1815 still holds.", PUBLISHED)] == ["1815"]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,bad_dates",
    [
        ("U.S. President Joe Biden met French President Emmanuel Macron in Paris on 1850-01-01, an official said.", ("1850",)),
        ("U.S. President Joe Biden will meet French President Emmanuel Macron in Paris on 1 January 2150.", ("2150", "2023-01")),
    ],
)
def test_extract_no_implausible_encounter_dates(text, bad_dates):
    import summitry

    encounters = summitry.extract(text, published=PUBLISHED)
    assert encounters, "the encounter itself is still found"
    assert not [e.date for e in encounters if e.date and e.date.startswith(bad_dates)]
