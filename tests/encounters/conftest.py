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
