"""HTTP edges shared by every route: JSON errors, body limits, back-pressure."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from core.errors import AppError, Overloaded, PayloadRejected

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def json_error(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> web.Response:
    """Return ``{"error": {"code", "message"}}`` with ``status``."""
    return web.json_response(
        {"error": {"code": code, "message": message}}, status=status, headers=headers
    )


def _slug(reason: str) -> str:
    return "_".join(reason.lower().replace("-", " ").split()) or "error"


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Map every error to a JSON body; never leak a traceback or a person's text."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        keep = {k: v for k, v in exc.headers.items() if k in ("Allow", "Retry-After", "Location")}
        return json_error(exc.status, _slug(exc.reason), exc.reason, keep)
    except Overloaded as exc:
        return json_error(exc.status, exc.code, exc.message, {"Retry-After": str(exc.retry_after)})
    except AppError as exc:
        if exc.status >= 500:
            log.exception("app error", extra={"code": exc.code, "path": request.path})
        return json_error(exc.status, exc.code, exc.message)
    except asyncio.CancelledError:
        raise
    except Exception:
        log.exception("unhandled error", extra={"path": request.path})
        return json_error(500, "internal_error", "Internal error; nothing you sent was lost.")


def limit_middleware(max_in_flight: int, retry_after: int = 1) -> Any:
    """Answer 503 with Retry-After once ``max_in_flight`` requests are already running.

    A saturated server that queues without bound only turns load into latency; a
    quick 503 lets Telegram, Meta and Twilio redeliver later instead.
    """
    in_flight = 0

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        nonlocal in_flight
        if in_flight >= max_in_flight and request.path not in ("/healthz", "/metrics"):
            raise Overloaded("server busy, retry later", retry_after=retry_after)
        in_flight += 1
        try:
            return await handler(request)
        finally:
            in_flight -= 1

    return middleware


async def read_json(request: web.Request) -> Any:
    """Read a JSON body: 413 if too large (aiohttp's ``client_max_size``), 400 if malformed."""
    raw = await request.read()
    if not raw:
        raise PayloadRejected("empty body", code="empty_body")
    try:
        return json.loads(raw)
    except UnicodeDecodeError as exc:
        raise PayloadRejected("body is not valid UTF-8", code="invalid_utf8") from exc
    except ValueError as exc:
        raise PayloadRejected("body is not valid JSON", code="malformed_json") from exc
