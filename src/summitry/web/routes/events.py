"""GET /api/events (filtered, paginated) and GET /api/events/{id} (with every mention)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from ..convert import event_detail, event_summary
from ..deps import FiltersDep, PageDep, StoreDep
from ..schemas import ErrorOut, EventDetail, EventPage

router = APIRouter(prefix="/api/events", tags=["events"])


@router.get("", response_model=EventPage, summary="List events, newest first")
def list_events(store: StoreDep, filters: FiltersDep, page: PageDep) -> dict:
    """The events `summitry events` would print for the same filters, one page at a time."""
    kwargs = filters.as_store_kwargs()
    total = store.count_events(**kwargs)
    events = store.events(**kwargs, limit=page.limit, offset=page.offset)
    return {
        "total": total,
        "limit": page.limit,
        "offset": page.offset,
        "events": [event_summary(event) for event in events],
    }


@router.get(
    "/{event_id}",
    response_model=EventDetail,
    summary="One event with every mention",
    responses={404: {"model": ErrorOut, "description": "No such event"}},
)
def get_event(store: StoreDep, event_id: Annotated[str, Path(max_length=200)]) -> dict:
    event = store.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}; list ids at /api/events")
    return event_detail(event, store)
