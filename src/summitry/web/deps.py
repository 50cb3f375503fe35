"""Dependencies shared by the routers, as `Annotated` aliases (the FastAPI template's habit).

`StoreDep` is the store the app was created with; `FiltersDep` parses the
event filters that `summitry events` takes (actor, with, country, since,
until, kind, status, plus the `q` search); `PageDep` parses limit/offset.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.exceptions import RequestValidationError

from ..model import KINDS, STATUSES
from ..settings import Settings

# Dates at the precision the records use: 2023, 2023-11 or 2023-11-15.
DATE_PATTERN = r"^[1-9]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
KIND_PATTERN = "^(" + "|".join(KINDS) + ")$"
STATUS_PATTERN = "^(" + "|".join(STATUSES) + ")$"
# Names and search words longer than this are not names; refusing them keeps
# the LIKE queries cheap and the error early.
MAX_TEXT_PARAM = 200
DEFAULT_LIMIT = 50
MAX_LIMIT = 500
# SQLite takes 64-bit offsets; a bound well inside that keeps fuzzed values from overflowing.
MAX_OFFSET = 1_000_000_000


def normalise_date(value: str) -> str | None:
    """`value` as the store takes it, or None when it is no date.

    A day past the month's end ("2023-02-30") is taken as the month's last day:
    the pattern in the OpenAPI cannot express month lengths, and a schema-valid
    filter should not be refused.
    """
    if not re.match(DATE_PATTERN, value):
        return None
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        last_day = calendar.monthrange(parts[0], parts[1])[1]
        if parts[2] > last_day:
            return f"{parts[0]:04d}-{parts[1]:02d}-{last_day:02d}"
    return value


def _checked_date(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    normalised = normalise_date(value)
    if normalised is None:
        raise RequestValidationError(
            [{"loc": ("query", name), "msg": f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD", "type": "value_error"}]
        )
    return normalised


def get_store(request: Request) -> Any:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


StoreDep = Annotated[Any, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


@dataclass(frozen=True)
class EventFilters:
    """The filters of `summitry events`, named as the store names them."""

    actor: str | None = None
    with_: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    status: str | None = None
    search: str | None = None

    def as_store_kwargs(self) -> dict:
        return asdict(self)

    def as_query(self) -> dict[str, str]:
        """The filters as URL query parameters, leaving out the empty ones."""
        names = {"with_": "with", "search": "q"}
        return {names.get(key, key): value for key, value in asdict(self).items() if value}


def _blank_is_none(value: str | None) -> str | None:
    # HTML forms send empty fields as "": treat them as "no filter".
    if value is None:
        return None
    value = value.strip()
    return value or None


def event_filters(
    actor: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="A participant's name, e.g. Xi Jinping")] = None,
    with_: Annotated[
        str | None, Query(alias="with", max_length=MAX_TEXT_PARAM, description="A second participant (with `actor`)")
    ] = None,
    country: Annotated[
        str | None, Query(max_length=MAX_TEXT_PARAM, description="ISO 3166-1 alpha-3 code of a party, e.g. CHN")
    ] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Latest date: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    kind: Annotated[str | None, Query(pattern=KIND_PATTERN, description="meeting, call or visit")] = None,
    status: Annotated[str | None, Query(pattern=STATUS_PATTERN, description="occurred, planned or cancelled")] = None,
    q: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="Words to find in participants, places and occasions (as `summitry events --search`)")] = None,
) -> EventFilters:
    return EventFilters(
        actor=_blank_is_none(actor),
        with_=_blank_is_none(with_),
        country=_blank_is_none(country.upper() if country else country),
        since=_checked_date("since", since),
        until=_checked_date("until", until),
        kind=kind,
        status=status,
        search=_blank_is_none(q),
    )


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def page(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Events per page")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Events to skip")] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


FiltersDep = Annotated[EventFilters, Depends(event_filters)]
PageDep = Annotated[Page, Depends(page)]
