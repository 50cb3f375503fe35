"""Checks every request passes before any route reads it: size bounds, the ingest token, control characters.

`RequestGuard` is ASGI middleware, so it runs before FastAPI reads a body:

- a query string over MAX_QUERY_BYTES or a path over MAX_PATH_BYTES gets 414;
- POST /api/articles on a server started with --allow-ingest is refused
  with 401 unless its `Authorization: Bearer <token>` header is right, and
  with 413 when its body is over MAX_INGEST_BODY_BYTES, both before the body
  is read (a 300 MB body without a token once took the server to 975 MB).

`refuse_control_characters` is an app-wide dependency: a query or path
parameter holding a control character (NUL above all, which PostgreSQL
cannot compare) is a 422 on both back ends, instead of a 503 on one.
"""
from __future__ import annotations

import hmac
import re

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

# Our longest real query string (every filter of the events page filled) is
# under 400 bytes; browsers and proxies cap URLs at 2-8 KB.
MAX_QUERY_BYTES = 4096
MAX_PATH_BYTES = 2048
# The API takes articles of up to 200,000 characters (schemas.ArticleIn);
# written entirely as \uXXXX escapes that is 1.2 MB of JSON.
MAX_INGEST_BODY_BYTES = 2_000_000
INGEST_PATH = "/api/articles"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _error(status: int, message: str) -> JSONResponse:
    from .app import error_body

    return JSONResponse(error_body(status, message), status_code=status)


class RequestGuard:
    """ASGI middleware: bounds on URLs and on the ingest body, and the ingest token, checked first."""

    def __init__(self, app: ASGIApp, token: str | None = None, allow_ingest: bool = False):
        self.app = app
        self.token = token
        self.allow_ingest = allow_ingest

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("query_string", b"")) > MAX_QUERY_BYTES:
            await _error(414, f"query string over {MAX_QUERY_BYTES} bytes; no filter needs that much")(scope, receive, send)
            return
        if len(scope.get("raw_path") or scope["path"].encode()) > MAX_PATH_BYTES:
            await _error(414, f"path over {MAX_PATH_BYTES} bytes")(scope, receive, send)
            return
        if self.allow_ingest and scope["method"] == "POST" and scope["path"].rstrip("/") == INGEST_PATH:
            await self._ingest(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _ingest(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {name.lower(): value for name, value in scope.get("headers", [])}
        expected = f"Bearer {self.token}".encode()
        if not self.token or not hmac.compare_digest(headers.get(b"authorization", b""), expected):
            response = _error(401, "missing or wrong token; send 'Authorization: Bearer <token>'")
            response.headers["WWW-Authenticate"] = "Bearer"
            await response(scope, receive, send)
            return
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > MAX_INGEST_BODY_BYTES):
            await _error(413, f"body over {MAX_INGEST_BODY_BYTES:,} bytes; one article of up to 200,000 characters fits")(scope, receive, send)
            return
        # Read the body here, counting, so a body without (or with a false) Content-Length is bounded too.
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_INGEST_BODY_BYTES:
                await _error(413, f"body over {MAX_INGEST_BODY_BYTES:,} bytes; one article of up to 200,000 characters fits")(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> dict:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def refuse_control_characters(request: Request) -> None:
    """422 for a query or path parameter holding a control character (NUL, ESC, ...)."""
    problems = [
        {"loc": (where, name), "msg": "contains a control character", "type": "value_error"}
        for where, items in (("query", request.query_params.multi_items()), ("path", request.path_params.items()))
        for name, value in items
        if isinstance(value, str) and _CONTROL.search(value)
    ]
    if problems:
        raise RequestValidationError(problems)
