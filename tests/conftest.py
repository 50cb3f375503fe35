"""Shared fixtures: the ../shared folder, the spaCy pipeline, the knowledge base."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def _fresh_store_url(backend: str, folder: Path) -> Iterator[str]:
    """The URL of an empty store: a SQLite file in `folder`, or a fresh schema in the test PostgreSQL
    server (dropped afterwards; the test is skipped when SUMMITRY_TEST_PG_URL is not set)."""
    if backend == "sqlite":
        yield str(folder / "store.db")
        return
    base = os.environ.get("SUMMITRY_TEST_PG_URL")
    if not base:
        pytest.skip("SUMMITRY_TEST_PG_URL is not set: PostgreSQL tests skipped (scripts/start-postgres starts one)")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(scope="session")
def fresh_store_url():
    """`with fresh_store_url("sqlite" | "postgres", folder) as url:` an empty store on either back end."""
    return _fresh_store_url


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
