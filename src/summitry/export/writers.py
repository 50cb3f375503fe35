"""Write events in each export format, streaming in batches.

Reads: `Event`s (usually `store.iter_events()`), and a citation lookup
(`store.citations`) asked once per batch for the batch's articles. Adds:
the bytes of one format on `out`. Every format writes each event once (the
gdelt-mentions file one line per source of it), so counts agree across
formats. pyarrow and pandas are imported only by the formats that need them.
"""
from __future__ import annotations

import csv
import functools
import json
from collections.abc import Iterable, Iterator
from importlib import metadata
from itertools import islice
from typing import IO

from ..errors import ConfigError
from ..model import Citation, Event
from ..serialize import event_to_dict
from . import gdelt
from .citations import CitationLookup, no_citations
from .codes import load_code_tables
from .coding import EventCoding, code_event
from .columns import EVENT_TABLE
from .plover import plover_record
from .table import arrow_schema, csv_cell, event_row

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "gdelt-mentions", "plover")
BINARY_FORMATS = frozenset({"parquet"})
# Events per citation lookup and per Parquet row group: one IN query of a few
# hundred ids, and row groups small enough to stream a million events.
BATCH_SIZE = 500


@functools.lru_cache(maxsize=1)
def summitry_version() -> str:
    try:
        return metadata.version("summitry")
    except metadata.PackageNotFoundError:
        return "unknown"


def _geonames_lookup():
    """GeoNames id of a `Place`'s city, loading the city table only when a city is asked for."""
    from ..knowledge import load_knowledge

    @functools.lru_cache(maxsize=4096)
    def by_name(city: str, country: str | None, latitude: float | None, longitude: float | None) -> int | None:
        return load_knowledge().geonames_id(city, country, latitude, longitude)

    def lookup(place) -> int | None:
        if place is None or not place.city:
            return None
        return by_name(place.city, place.country, place.latitude, place.longitude)

    return lookup


def _batches(events: Iterable[Event], citations: CitationLookup, size: int) -> Iterator[tuple[list[Event], dict[str, Citation]]]:
    iterator = iter(events)
    while batch := list(islice(iterator, size)):
        ids = {encounter.article_id for event in batch for encounter in event.encounters}
        yield batch, dict(citations(ids)) if ids else {}


def _codings(events: Iterable[Event], citations: CitationLookup, size: int) -> Iterator[tuple[EventCoding, dict[str, Citation]]]:
    tables = load_code_tables()
    for batch, cited in _batches(events, citations, size):
        for event in batch:
            yield code_event(event, tables), cited


def _citation_dict(citation: Citation) -> dict:
    return {"article_id": citation.article_id, "url": citation.url, "source": citation.source,
            "title": citation.title, "published": citation.published}


def event_rows(events: Iterable[Event], citations: CitationLookup | None = None, size: int = BATCH_SIZE) -> Iterator[dict]:
    """The typed events-table rows (columns.EVENT_TABLE) of `events`."""
    geonames = _geonames_lookup()
    for coding, cited in _codings(events, citations or no_citations, size):
        yield event_row(coding, cited, geonames)


def _write_jsonl(events, citations, out, size) -> int:
    count = 0
    for batch, cited in _batches(events, citations, size):
        for event in batch:
            record = event_to_dict(event)
            record["citations"] = [
                _citation_dict(cited.get(article_id) or Citation(article_id))
                for article_id in dict.fromkeys(encounter.article_id for encounter in event.encounters)
            ]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_csv(events, citations, out, size) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([column.name for column in EVENT_TABLE])
    count = 0
    for row in event_rows(events, citations, size):
        writer.writerow([csv_cell(column, row[column.name]) for column in EVENT_TABLE])
        count += 1
    return count


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ConfigError("the parquet export needs pyarrow: pip install 'summitry[parquet]'") from None
    return pyarrow


def events_table(events: Iterable[Event], citations: CitationLookup | None = None, size: int = BATCH_SIZE):
    """The events table as one pyarrow Table (needs the `parquet` extra)."""
    pa = _pyarrow()
    schema = arrow_schema(summitry_version())
    return pa.Table.from_pylist(list(event_rows(events, citations, size)), schema=schema)


def _write_parquet(events, citations, out, size) -> int:
    pa = _pyarrow()
    schema = arrow_schema(summitry_version())
    count = 0
    with pa.parquet.ParquetWriter(out, schema) as writer:
        rows: list[dict] = []
        for row in event_rows(events, citations, size):
            rows.append(row)
            if len(rows) >= size:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                count += len(rows)
                rows = []
        if rows or count == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count


def _write_gdelt(events, citations, out, size) -> int:
    tables = load_code_tables()
    count = 0
    for coding, cited in _codings(events, citations, size):
        out.write(gdelt.tsv_line(gdelt.event_row(coding, cited, tables)))
        count += 1
    return count


def _write_gdelt_mentions(events, citations, out, size) -> int:
    count = 0
    for coding, cited in _codings(events, citations, size):
        for row in gdelt.mention_rows(coding, cited):
            out.write(gdelt.tsv_line(row))
        count += 1
    return count


def _write_plover(events, citations, out, size) -> int:
    version = summitry_version()
    geonames = _geonames_lookup()
    count = 0
    for coding, cited in _codings(events, citations, size):
        out.write(json.dumps(plover_record(coding, cited, version, geonames), ensure_ascii=False) + "\n")
        count += 1
    return count


_WRITERS = {
    "jsonl": _write_jsonl,
    "csv": _write_csv,
    "parquet": _write_parquet,
    "gdelt": _write_gdelt,
    "gdelt-mentions": _write_gdelt_mentions,
    "plover": _write_plover,
}


def export_events(events: Iterable[Event], fmt: str, out: IO, citations: CitationLookup | None = None,
                  batch_size: int = BATCH_SIZE) -> int:
    """Write `events` to `out` in `fmt` (one of EXPORT_FORMATS); return how many events were written.

    `out` is a text stream (open it with newline=""), or a binary stream for
    parquet. `citations` (e.g. `store.citations`) gives each article's URL,
    outlet, title and publication date; without it articles are cited by id.
    """
    if fmt not in _WRITERS:
        raise ConfigError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    return _WRITERS[fmt](events, citations or no_citations, out, batch_size)


def events_frame(events: Iterable[Event], citations: CitationLookup | None = None):
    """The events table as a pandas DataFrame with real types (needs the `pandas` extra).

    Dates are datetime64, counts nullable integers, lists and mentions
    Python lists; the columns are those of the csv/parquet export.
    """
    try:
        import pandas as pd
    except ImportError:
        raise ConfigError("events_frame needs pandas: pip install 'summitry[pandas]'") from None
    pa = _pyarrow()
    table = events_table(events, citations)
    mapping = {pa.int64(): pd.Int64Dtype(), pa.float64(): pd.Float64Dtype(), pa.string(): pd.StringDtype()}
    frame = table.to_pandas(date_as_object=False, types_mapper=mapping.get)
    for column in ("participants", "countries", "urls", "mentions"):
        frame[column] = frame[column].map(lambda value: [] if value is None else list(value))
    return frame
