"""GET /api/actors and GET /api/actors/{id}: who takes part in stored events, and what they did."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from ..convert import event_summary
from ..deps import MAX_TEXT_PARAM, PageDep, StoreDep
from ..leaders import find_leader, leader_rows, offices_of
from ..schemas import ActorDetail, ActorList, ErrorOut

router = APIRouter(prefix="/api/actors", tags=["actors"])


@router.get("", response_model=ActorList, summary="Leaders with their number of events")
def list_actors(
    store: StoreDep,
    page: PageDep,
    q: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="Part of a name")] = None,
) -> dict:
    rows = leader_rows(store)
    if q and q.strip():
        needle = q.strip().casefold()
        rows = [row for row in rows if needle in row["name"].casefold()]
    return {"total": len(rows), "actors": rows[page.offset : page.offset + page.limit]}


@router.get(
    "/{actor_id}",
    response_model=ActorDetail,
    summary="One leader: offices held and events",
    responses={404: {"model": ErrorOut, "description": "No such actor"}},
)
def get_actor(store: StoreDep, actor_id: Annotated[str, Path(max_length=MAX_TEXT_PARAM, description="The name, as /api/actors lists it", examples=["Xi Jinping"])]) -> dict:
    leader = find_leader(store, actor_id)
    if leader is None:
        raise HTTPException(404, f"no actor named {actor_id!r}; list names at /api/actors")
    events = store.timeline(leader["name"])
    return {
        **leader,
        "offices": offices_of(leader["name"]),
        "total": len(events),
        "events": [event_summary(event) for event in events],
    }
