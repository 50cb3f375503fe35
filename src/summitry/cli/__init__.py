"""Command line: a click group of verbs, each a thin layer over a Python function.

Each module below adds its commands to `main`; they are imported here so the
group is complete whichever entry point is used.
"""
from .app import main
from . import extract_commands, dates_commands, knowledge_commands, store_commands, web_commands  # noqa: F401,E402

__all__ = ["main"]
