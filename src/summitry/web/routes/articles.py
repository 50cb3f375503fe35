"""POST /api/articles: ingest one posted article (only with `serve --allow-ingest` and a token).

The router is mounted only when ingest is allowed, so a read-only server's
OpenAPI does not list it; `disabled_router` answers 403 with the way to turn it on. The token is compared in constant time,
first by `guard.RequestGuard` before the body is read, and again here. Extraction runs through
`limits.run_within_limits`: a long article is parsed in parts (the time budget needs the main
thread, which a request never has).
"""
from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException

from ..deps import SettingsDep, StoreDep
from ..schemas import ArticleIn, ErrorOut, IngestOut

router = APIRouter(prefix="/api/articles", tags=["articles"])
# Mounted instead on a read-only server: says how to turn ingest on, and stays out of the OpenAPI.
disabled_router = APIRouter(prefix="/api/articles", include_in_schema=False)


@disabled_router.post("")
def ingest_disabled() -> None:
    raise HTTPException(403, "ingest is off on this server; start it with `summitry serve --allow-ingest --token ...`")


@router.post(
    "",
    response_model=IngestOut,
    status_code=201,
    summary="Extract encounters from one article and store them",
    responses={401: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def ingest_article(
    store: StoreDep,
    settings: SettingsDep,
    article: ArticleIn,
    authorization: Annotated[str | None, Header(description="Bearer <token>")] = None,
) -> dict:
    expected = f"Bearer {settings.ingest_token}"
    if not settings.ingest_token or not hmac.compare_digest((authorization or "").encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong token; send 'Authorization: Bearer <token>'")
    from ...limits import run_within_limits
    from ...model import Failure
    from ...text import read_text_article

    record = read_text_article(
        article.text,
        article_id=article.id,
        published=article.published,
        max_article_size=settings.max_article_size,
        title=article.title,
        url=article.url,
        source=article.source,
    )
    results = list(run_within_limits([record], settings))
    failures = [f"{r.source}: {r.message}" for r in results if isinstance(r, Failure)]
    done = [r for r in results if not isinstance(r, Failure)]
    store.add_results(done)
    return {"article_id": article.id, "encounters": sum(len(r.encounters) for r in done), "failures": failures}
