"""The public Python API: `summitry.__all__` and `summitry.extract`."""
from __future__ import annotations

import pytest

import summitry

PUBLIC = {
    "Article", "ArticleResult", "Encounter", "Event", "Evidence", "Failure", "Participant", "Place",
    "TimeExpression", "events_frame", "extract", "open_store", "run",
}


def test_all_lists_exactly_the_public_names():
    assert sorted(summitry.__all__) == sorted(PUBLIC)
    assert len(summitry.__all__) == len(set(summitry.__all__))


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_public_name_exists(name):
    assert getattr(summitry, name) is not None
    # Public records and functions have a docstring to show in help().
    assert getattr(summitry, name).__doc__


def test_no_undeclared_public_names():
    """Every public (non-underscore, non-module) attribute of the package is declared in __all__."""
    import types

    declared = set(summitry.__all__)
    extra = {
        name for name, value in vars(summitry).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType) and name != "annotations"
    }
    assert extra <= declared, extra - declared


def _summary(encounter):
    location = encounter.location
    return (
        encounter.kind,
        [p.name for p in encounter.participants],
        list(encounter.countries),
        encounter.date,
        encounter.status,
        (location.city, location.country) if location else None,
    )


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Kenyan President William Ruto met Indian Prime Minister Narendra Modi in New Delhi on Tuesday.",
            "2023-12-06",
            [("meeting", ["William Ruto", "Narendra Modi"], ["KEN", "IND"], "2023-12-05", "occurred", ("New Delhi", "IND"))],
        ),
        (
            "Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Monday, the Kremlin said.",
            "2023-08-29",
            [("call", ["Recep Tayyip Erdoğan", "Vladimir Putin"], ["TUR", "RUS"], "2023-08-28", "occurred", None)],
        ),
        (
            "French President Emmanuel Macron will visit Brazil next month for talks with Brazilian President "
            "Luiz Inacio Lula da Silva, the Elysee said on Friday.",
            "2024-02-09",
            [("meeting", ["Emmanuel Macron", "Luiz Inácio Lula da Silva"], ["FRA", "BRA"], "2024-03", "planned", (None, "BRA"))],
        ),
        # Officials of one country meeting is not a diplomatic encounter.
        (
            "U.S. President Joe Biden met Secretary of State Antony Blinken at the White House on Monday.",
            "2023-06-06",
            [],
        ),
        (
            "The weather in Paris was mild on Tuesday and markets rose.",
            "2023-05-04",
            [],
        ),
        pytest.param(
            "Chinese President Xi Jinping and Russian President Vladimir Putin have met more than 40 times over the past decade.",
            "2023-03-20",
            [],
            id="generic-statement-is-not-an-event",
        ),
    ],
)
def test_extract(text, published, expected):
    assert [_summary(e) for e in summitry.extract(text, published=published)] == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        pytest.param(
            "German Chancellor Olaf Scholz hosted French President Emmanuel Macron in Hamburg on Monday and Tuesday for two days of talks.",
            "2023-10-11",
            ("2023-10-09", "2023-10-10"),
            id="two-day-talks-date-end",
        ),
    ],
)
def test_extract_date_end(text, published, expected):
    [encounter] = summitry.extract(text, published=published)
    assert (encounter.date, encounter.date_end) == expected


@pytest.mark.parametrize("published", ["2023-12-06", __import__("datetime").date(2023, 12, 6)])
def test_extract_accepts_iso_string_or_date(published):
    [encounter] = summitry.extract(
        "Kenyan President William Ruto met Indian Prime Minister Narendra Modi in New Delhi on Tuesday.",
        published=published, article_id="ruto",
    )
    assert (encounter.article_id, encounter.published, encounter.date) == ("ruto", "2023-12-06", "2023-12-05")
    assert encounter.evidence.start == 0
