"""Stage `export`: events for the tools analysts already use.

Reads: `Event`s and the citations of their articles (from the store). Adds:
files in each format of `EXPORT_FORMATS`: summitry's own JSON Lines, a
typed events table (csv, parquet, pandas), GDELT 2.0 events and mentions
(tab-separated, the published column order), and PLOVER/POLECAT JSON.

    coding.py    CAMEO/PLOVER code, orientation and date of an event (the rules)
    codes.py     the coding tables in export/data/
    columns.py   every tabular column, described once (docs/codebook.md is built from it)
    table.py, gdelt.py, plover.py   the rows of each format
    writers.py   streams events to a file in one format
"""
from __future__ import annotations

from .coding import EventCoding, code_event
from .writers import BINARY_FORMATS, EXPORT_FORMATS, event_rows, events_frame, events_table, export_events

__all__ = [
    "BINARY_FORMATS",
    "EXPORT_FORMATS",
    "EventCoding",
    "code_event",
    "event_rows",
    "events_frame",
    "events_table",
    "export_events",
]
