"""`find_dates` takes the publication date as a date, a datetime or an ISO string, and keeps only its day."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from summitry.temporal import find_dates, publication_day

TEXT = "Ruto met Modi today and spoke to him on Tuesday."


@pytest.mark.issue(12)
@pytest.mark.parametrize("published", [
    date(2023, 12, 6),
    "2023-12-06",
    " 2023-12-06 ",
    datetime(2023, 12, 6, 23, 30),
    "2023-12-06T23:30:00",
    datetime(2023, 12, 6, 8, 0, tzinfo=timezone(timedelta(hours=9))),
])
def test_find_dates_publication_argument_never_keeps_an_hour(published):
    found = [(e.text, e.value, e.date) for e in find_dates(TEXT, published)]
    assert found == [("today", "2023-12-06", "2023-12-06"), ("Tuesday", "2023-12-05", "2023-12-05")]


@pytest.mark.issue(12)
@pytest.mark.parametrize("published, error", [
    ("6 December 2023", ValueError),
    ("2023-13-01", ValueError),
    (20231206, TypeError),
])
def test_publication_day_rejects_what_is_not_a_date(published, error):
    with pytest.raises(error, match="published"):
        publication_day(published)


def test_publication_day_keeps_none():
    assert publication_day(None) is None
