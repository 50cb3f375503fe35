"""GET /api/stats: counts over the whole store."""
from __future__ import annotations

from fastapi import APIRouter

from ..deps import StoreDep
from ..schemas import Stats

router = APIRouter(prefix="/api/stats", tags=["stats"])


@router.get("", response_model=Stats, summary="Counts over the whole store")
def stats(store: StoreDep) -> dict:
    return store.stats()
