"""CLI commands: extract (filled in by its stage)."""
from .app import main  # noqa: F401
