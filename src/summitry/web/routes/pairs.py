"""GET /api/pairs?actor=A&with=B: the timeline of one leader, or of a pair of leaders."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..convert import event_summary
from ..deps import MAX_TEXT_PARAM, StoreDep
from ..schemas import PairTimeline

router = APIRouter(prefix="/api/pairs", tags=["pairs"])


@router.get("", response_model=PairTimeline, response_model_by_alias=True, summary="Timeline of a leader or a pair")
def pair_timeline(
    store: StoreDep,
    actor: Annotated[str, Query(min_length=1, max_length=MAX_TEXT_PARAM, description="A leader's name")],
    with_: Annotated[
        str | None, Query(alias="with", max_length=MAX_TEXT_PARAM, description="A second leader; omit for one leader's timeline")
    ] = None,
) -> dict:
    """Every event of `actor` (with `with`, when given), oldest first."""
    events = store.timeline(actor.strip(), with_=(with_ or "").strip() or None)
    return {"actor": actor, "with": with_, "total": len(events), "events": [event_summary(e) for e in events]}
