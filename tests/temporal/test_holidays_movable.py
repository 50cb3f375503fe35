"""Movable holidays: days counted from Easter Sunday."""
from __future__ import annotations

import pytest

from summitry.temporal import find_dates


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,value", [
    # Past tense: the last Easter weekend before the report (Easter Sunday 2018 was April 1).
    ("The two met secretly over the Easter weekend, officials said.", "2018-04-26", "2018-03-31/2018-04-01"),
    ("They spoke by phone on Good Friday.", "2018-04-26", "2018-03-30"),
    # With a year, that year's.
    ("They will meet at Easter 2019.", "2018-04-26", "2019-04-21"),
    # Ahead: the coming one.
    ("They will meet on Easter Monday.", "2024-03-01", "2024-04-01"),
])
def test_easter_and_the_days_counted_from_it(text, published, value):
    [found] = find_dates(text, published)
    assert found.value == value


@pytest.mark.issue(9)
def test_a_weekday_with_its_day_of_the_month_in_brackets():
    """ "on Saturday (8)", as Brazilian copy writes it: the Saturday that is the 8th, near the report."""
    [found] = find_dates("Lula met Petro on Saturday (8) in Leticia.", "2023-07-09")
    assert found.value == "2023-07-08"
