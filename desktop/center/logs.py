"""The center's logs: one line per HTTP request and one per ingest outcome, as JSON (for a log collector) or text.

Through the standard ``logging`` module: the request line is written by :class:`RequestLog` (an ASGI middleware
around the whole application), the ingest line by desktop/center/service.py with ``extra`` fields. A small
formatter of our own rather than a library (python-json-logger would do the JSON): what it writes is an
*allowlist* of fields, so a token, cookie, password, signature or a bundle's bytes cannot reach the log by being
passed as an ``extra`` by mistake — redaction by construction, not by a pattern that can miss.

What never reaches a line: request headers (Authorization, Cookie, x-rasad-signature), bodies, and query
values other than the few harmless ones in ``SAFE_QUERY_KEYS`` (any other parameter is logged by name, its
value as ``***``). SQL parameters are hidden by the engine (``hide_parameters``, desktop/center/engine.py), so
a database error's message cannot carry a bundle either.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import IO, Any
from urllib.parse import parse_qsl, quote

log = logging.getLogger("desktop.center.requests")

#: the id of the request being served (set by RequestLog; lines logged while serving it carry it)
REQUEST_ID: ContextVar[str | None] = ContextVar("rasad_center_request_id", default=None)
REQUEST_ID_HEADER = "x-request-id"
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
#: query parameters whose values are logged; every other one is logged as name=***. The dashboard's: ``issued``
#: (directive ids after issuing), ``done`` (a province code and key id after a key change) — public figures.
SAFE_QUERY_KEYS = frozenset({"after", "lang", "period", "indicator", "province", "district", "branch", "format",
                             "issued", "done"})
#: the sign-in page's ``next`` (the dashboard page to go back to) is itself an address with a query that could carry
#: anything typed into it: logged as its path and its own query filtered by the same rule (one level deep)
NESTED_QUERY_KEYS = frozenset({"next"})
_MAX_PATH = 200
_MAX_VALUE = 40
#: the only ``extra`` fields a line may carry, besides time, level, logger and message
FIELDS = ("event", "request_id", "method", "path", "query", "status", "duration_ms", "client", "province",
          "sequence", "verdict", "reason")
FORMATS = ("json", "text")


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def safe_query(query: str, *, nested: bool = True) -> str:
    """``query`` with only the values of SAFE_QUERY_KEYS kept (capped), the others as ``***``; a ``next`` address as
    its path and its own query filtered so (its ``&`` and ``=`` percent-encoded, so the line stays one query)."""
    kept = []
    for name, value in parse_qsl(query, keep_blank_values=True)[:20]:
        if name in SAFE_QUERY_KEYS:
            shown = value[:_MAX_VALUE]
        elif name in NESTED_QUERY_KEYS and nested:
            path, _, inner = value.partition("?")
            shown = path[:_MAX_VALUE] + (("?" + quote(safe_query(inner, nested=False), safe="*,/")) if inner else "")
        else:
            shown = "***"
        kept.append(_printable(f"{name[:_MAX_VALUE]}={shown}"))
    return "&".join(kept)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ms), level, logger, message and the allowed fields present."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage(),
        }
        for name in FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                line[name] = value
        if "request_id" not in line and (current := REQUEST_ID.get()) is not None:
            line["request_id"] = current
        if record.exc_info:  # the exception's type and message (SQL parameters hidden by the engine)
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """The same lines for a person at a console: ``time level logger message [request id]``."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        request_id = getattr(record, "request_id", None) or REQUEST_ID.get()
        return f"{text} [{request_id}]" if request_id else text


def configure(fmt: str = "text", level: int = logging.INFO, stream: IO[str] | None = None) -> logging.Handler:
    """Send every log line (ours, uvicorn's, SQLAlchemy's warnings) to ``stream`` (stderr) in ``fmt`` (json or
    text), replacing the handler an earlier call installed; returns the handler."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    handler._rasad_center = True  # type: ignore[attr-defined]
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_rasad_center", False)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error"):  # through the root handler, in the same format
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True  # its line has the raw query: RequestLog replaces it
    # an HTTP client's INFO line is a whole URL, query and all: httpx2 logs as "httpx2", its transport as
    # "httpcore2.*" (Starlette's TestClient is an httpx2 client, so its requests would be logged too)
    for name in ("httpx2", "httpcore2"):
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler


class RequestLog:
    """ASGI middleware: one line per HTTP request (method, path, safe query, status, duration in ms, client,
    request id) and the request id echoed in ``X-Request-ID`` (a sane one the proxy sent, else a new one)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = next((value.decode("latin-1") for name, value in scope.get("headers", [])
                      if name == REQUEST_ID_HEADER.encode()), "")
        request_id = given if _SANE_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        token = REQUEST_ID.set(request_id)
        started = time.perf_counter()
        status = 500  # what the client gets if the application fails before answering

        async def send_with_id(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message = {**message, "headers": [*message.get("headers", []),
                                                  (REQUEST_ID_HEADER.encode(), request_id.encode())]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            client = scope.get("client")
            path = _printable(str(scope.get("path", ""))[:_MAX_PATH])  # a %0A must not start a fake line
            query = safe_query(scope.get("query_string", b"").decode("latin-1"))
            duration = round((time.perf_counter() - started) * 1000, 1)
            log.info("%s %s %s %.1f ms", scope.get("method"), path, status, duration,
                     extra={"event": "request", "request_id": request_id, "method": scope.get("method"),
                            "path": path, "query": query or None, "status": status, "duration_ms": duration,
                            "client": client[0] if client else None})
            REQUEST_ID.reset(token)
