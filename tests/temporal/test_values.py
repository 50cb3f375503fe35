"""Issue 3: TimeML value arithmetic (weeks, seasons, quarters, ranges)."""
from __future__ import annotations

from datetime import date

import pytest

from summitry.temporal.values import (
    CalendarForm,
    calendar_form,
    season_of,
    weekday_date,
)

FORMS = [
    ("2013-03-21", CalendarForm("day", "2013-03-21")),
    ("2013-03-22TAF", CalendarForm("day", "2013-03-22")),
    ("2013-03", CalendarForm("month", "2013-03")),
    ("2012", CalendarForm("year", "2012")),
    ("FY2013", CalendarForm("year", "2013")),
    ("2013-W11", CalendarForm("week", "2013-03-11", "2013-03-17")),
    ("2010-W04-WE", CalendarForm("week", "2010-01-30", "2010-01-31")),
    ("2012-SU", CalendarForm("season", "2012-06", "2012-08")),
    ("2012-WI", CalendarForm("season", "2012-12", "2013-02")),
    ("2009-Q3", CalendarForm("quarter", "2009-07", "2009-09")),
    ("199", CalendarForm("decade", "1990", "1999")),
    ("19", CalendarForm("century", "1900", "1999")),
    ("2023-11-17/2023-11-21", CalendarForm("day", "2023-11-17", "2023-11-21")),
    ("XXXX-WXX-3", CalendarForm("day")),
    ("XXXX-WXX", CalendarForm("week")),
    ("XXXX-XX-XX", CalendarForm("day")),
]


@pytest.mark.issue(3)
@pytest.mark.parametrize("value,expected", FORMS)
def test_calendar_form_of_value(value, expected):
    assert calendar_form(value) == expected


@pytest.mark.issue(3)
@pytest.mark.parametrize("day,expected", [(date(2013, 1, 15), (2012, "WI")), (date(2013, 7, 1), (2013, "SU")), (date(2013, 12, 1), (2013, "WI"))])
def test_season_of_day(day, expected):
    assert season_of(day) == expected


@pytest.mark.issue(3)
@pytest.mark.parametrize("direction,expected", [(-1, date(2023, 11, 8)), (1, date(2023, 11, 15)), (0, date(2023, 11, 8))])
def test_weekday_date_direction(direction, expected):
    assert weekday_date(date(2023, 11, 10), 3, direction) == expected


def test_first_day_of_a_calendar_date_at_any_precision():
    from datetime import date

    from summitry.temporal.values import first_day

    assert first_day("2024") == date(2024, 1, 1)
    assert first_day("2024-03") == date(2024, 3, 1)
    assert first_day("2024-03-05") == date(2024, 3, 5)
