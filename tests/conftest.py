"""Shared fixtures: the ../shared folder, the spaCy pipeline, the knowledge base."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _shared_dir() -> Path:
    return Path(os.environ.get("SUMMITRY_SHARED", PROJECT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (or $SUMMITRY_SHARED); tests that need it skip cleanly when it is absent."""
    path = _shared_dir()
    if not path.is_dir():
        pytest.skip(f"{path} is absent: shared corpus and benchmarks not available")
    return path


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def nlp():
    """The spaCy English pipeline, loaded once per test session."""
    from summitry.parse import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def kb():
    """The knowledge base, loaded once per test session."""
    from summitry.knowledge import load_knowledge

    return load_knowledge()
