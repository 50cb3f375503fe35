"""`create_app(settings, store)`: the FastAPI application behind `summitry serve`.

Reads: a Settings object and an open store (see docs/architecture.md).
Adds: the read-only JSON API under /api (OpenAPI at /docs), the HTML pages,
the static files, and one error shape for every API error:

    {"error": {"status": 404, "code": "not_found", "message": "...", "details": []}}

Nothing is read at import time; everything hangs off the app built here.
"""
from __future__ import annotations

import logging
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, InputError, StoreError, SummitryError
from ..settings import Settings
from .routes import actors, articles, events, pages, pairs, stats

logger = logging.getLogger(__name__)

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_parameter",
    500: "internal_error",
    503: "store_unavailable",
}


def create_app(settings: Settings | None = None, store: Any = None, *, allow_ingest: bool = False) -> FastAPI:
    """Build the app over `store`; `allow_ingest` mounts POST /api/articles (needs settings.ingest_token)."""
    settings = settings or Settings()
    if store is None:
        from ..store import open_store

        store = open_store(settings.db)
    if allow_ingest and not settings.ingest_token:
        raise ConfigError("--allow-ingest needs a token: pass --token or set SUMMITRY_INGEST_TOKEN")
    app = FastAPI(
        title="summitry",
        summary="Diplomatic encounters (who met whom, when, where) extracted from news.",
        description="Read-only JSON API over a summitry event store. Keys are stable: see docs/http-api.md.",
        version=_version(),
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.allow_ingest = allow_ingest
    app.state.templates = pages.make_environment()
    for router in (events.router, actors.router, pairs.router, stats.router):
        app.include_router(router)
    if allow_ingest:
        app.include_router(articles.router)
    app.include_router(pages.router)
    static = resources.files("summitry.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    _add_error_handlers(app)
    return app


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("summitry")
    except Exception:
        return "0"


def error_body(status: int, message: str, details: list[dict] | None = None) -> dict:
    return {"error": {"status": status, "code": _CODES.get(status, "error"), "message": message, "details": details or []}}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api", "/docs", "/openapi.json", "/static"))


def _error_response(request: Request, status: int, message: str, details: list[dict] | None = None) -> Response:
    if _wants_html(request):
        return pages.render_error(request, status, message)
    return JSONResponse(error_body(status, message, details), status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, error: StarletteHTTPException) -> Response:
        message = error.detail if isinstance(error.detail, str) else _CODES.get(error.status_code, "error")
        if error.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        response = _error_response(request, error.status_code, message)
        for name, value in (error.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, error: RequestValidationError) -> Response:
        details = [
            {"location": ".".join(str(part) for part in item.get("loc", ())), "message": str(item.get("msg", ""))}
            for item in error.errors()
        ]
        summary = "; ".join(f"{d['location']}: {d['message']}" for d in details) or "invalid request"
        return _error_response(request, 422, summary, details)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, error: InputError) -> Response:
        return _error_response(request, 422, str(error))

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, error: StoreError) -> Response:
        logger.error("store error on %s: %s", request.url.path, error)
        return _error_response(request, 503, f"the event store failed: {error}")

    @app.exception_handler(SummitryError)
    async def _summitry_error(request: Request, error: SummitryError) -> Response:
        return _error_response(request, 400, str(error))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception) -> Response:
        logger.exception("unexpected error on %s", request.url.path)
        return _error_response(request, 500, "internal error; the server log has the details")
