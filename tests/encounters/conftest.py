"""Helpers for the encounter tests: run the whole pipeline on a written text and summarise what it found."""
from __future__ import annotations

import pytest

import summitry


def summarise(encounter) -> tuple:
    """(kind, participant names, date, status, place country) of one encounter."""
    place = encounter.location.country if encounter.location else None
    return (encounter.kind, frozenset(p.name for p in encounter.participants), encounter.date, encounter.status, place)


@pytest.fixture(scope="session")
def found():
    """found(text, published) -> the summaries of the encounters extracted from `text`."""
    def run(text: str, published: str | None) -> list[tuple]:
        return [summarise(encounter) for encounter in summitry.extract(text, published=published)]
    return run


def _comparable(summary: tuple) -> tuple:
    kind, names, day, status, country = summary
    # A range is written "start..end"; the found date is its start.
    return kind, tuple(sorted(names)), day.split("..")[0] if day else day, status, country


@pytest.fixture(scope="session")
def finds_exactly(found):
    """finds_exactly(text, published, expected): assert the whole output is the expected summaries."""
    def check(text: str, published: str | None, expected: list[tuple]) -> None:
        assert sorted(map(_comparable, found(text, published)), key=str) == sorted(map(_comparable, expected), key=str)
    return check
