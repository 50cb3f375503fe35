"""The web layer: a read-only HTTP API and server-rendered pages over an event store.

`create_app(settings, store)` builds the FastAPI application; nothing is read
at import time, so tests and `summitry serve` pass their own store.
"""
from .app import create_app

__all__ = ["create_app"]
