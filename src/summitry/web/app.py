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

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, InputError, StoreError, SummitryError
from ..settings import Settings
from .guard import RequestGuard, refuse_control_characters
from .routes import actors, articles, events, pages, pairs, stats

logger = logging.getLogger(__name__)

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    414: "uri_too_long",
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
        dependencies=[Depends(refuse_control_characters)],
        title="summitry",
        summary="Diplomatic encounters (who met whom, when, where) extracted from news.",
        description="Read-only JSON API over a summitry event store. Keys are stable: see docs/http-api.md.",
        version=_version(),
        # /docs is served below from local files: the default page loads Swagger UI from a CDN.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.allow_ingest = allow_ingest
    app.state.templates = pages.make_environment()
    app.state.drawings = {}  # network and map layouts, keyed by the store's counts
    for router in (events.router, actors.router, pairs.router, stats.router):
        app.include_router(router)
    app.include_router(articles.router if allow_ingest else articles.disabled_router)
    app.include_router(pages.router)
    static = resources.files("summitry.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    _add_docs(app)
    _add_error_handlers(app)
    app.add_middleware(RequestGuard, token=settings.ingest_token, allow_ingest=allow_ingest)
    return app


def _add_docs(app: FastAPI) -> None:
    """Swagger UI at /docs from the files the fastapi-offline package ships (no CDN at run time).

    Without that package, /docs lists the endpoints in a plain page and links /openapi.json.
    """
    try:
        import fastapi_offline
    except ImportError:
        fastapi_offline = None
    if fastapi_offline is not None:
        from pathlib import Path

        from fastapi.openapi.docs import get_swagger_ui_html

        folder = Path(fastapi_offline.__file__).parent / "static"
        app.mount("/static-docs", StaticFiles(directory=str(folder)), name="docs-static")

        @app.get("/docs", include_in_schema=False)
        def swagger_ui() -> Response:
            return get_swagger_ui_html(
                openapi_url="/openapi.json",
                title="summitry HTTP API",
                swagger_js_url="/static-docs/swagger-ui-bundle.js",
                swagger_css_url="/static-docs/swagger-ui.css",
                swagger_favicon_url="/static-docs/favicon.png",
            )
        return

    @app.get("/docs", include_in_schema=False)
    def plain_docs(request: Request) -> Response:
        return pages.render_api_docs(request, app.openapi())


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


_PATTERN_HINTS = {
    "since": "expected a date: YYYY, YYYY-MM or YYYY-MM-DD",
    "until": "expected a date: YYYY, YYYY-MM or YYYY-MM-DD",
    "kind": "expected one of meeting, call, visit",
    "status": "expected one of occurred, planned, cancelled",
}


def _friendly(item: dict) -> str:
    # Pydantic's pattern message shows the raw regex; say what is expected instead.
    if item.get("type") == "string_pattern_mismatch":
        field = str(item.get("loc", ("",))[-1])
        if field in _PATTERN_HINTS:
            return f"{item.get('input')!r}: {_PATTERN_HINTS[field]}"
    return str(item.get("msg", ""))


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
            {"location": ".".join(str(part) for part in item.get("loc", ())), "message": _friendly(item)}
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
