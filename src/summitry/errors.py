"""Exceptions raised by summitry.

    SummitryError
    ├── InputError        an article file or record cannot be read (names the file and the problem)
    ├── KnowledgeError    a knowledge table is malformed (names the file and line)
    ├── StoreError        the event store cannot be opened, read or written
    └── ConfigError       a setting or option has an unusable value

Library code raises these; only `cli` turns them into messages and exit
codes, and only `web` turns them into HTTP errors.
"""
from __future__ import annotations


class SummitryError(Exception):
    """Base class of every error summitry raises on purpose."""


class InputError(SummitryError):
    """An input file or record cannot be used."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class KnowledgeError(SummitryError):
    """A knowledge table is malformed."""


class StoreError(SummitryError):
    """The event store cannot be opened, read or written."""


class ConfigError(SummitryError):
    """A setting has an unusable value."""
