"""HTTP conventions every route follows: JSON error bodies, JSON request bodies, the client address.

The root's middleware (``voices.http``) sets ``CLIENT`` and ``BODY_ERROR``; channel
adapters, the console and the review API read them through these helpers.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from core.errors import PayloadRejected

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
CLIENT = web.RequestKey("client_address", str)
# Set instead of raising for routes that render their own page for a body refused as
# too large; such a handler must check it before it reads the body.
BODY_ERROR = web.RequestKey("body_error", web.HTTPException)


def json_error(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> web.Response:
    """Return ``{"error": {"code", "message"}}`` with ``status``."""
    return web.json_response(
        {"error": {"code": code, "message": message}}, status=status, headers=headers
    )


def client_address(request: web.Request) -> str:
    """The client address the guard middleware found (the peer's, without it)."""
    return request.get(CLIENT) or request.remote or "unknown"


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
    except RecursionError as exc:
        # The parser gives up near Python's recursion limit (about 1,000 levels).
        raise PayloadRejected("body is nested too deeply", code="too_deep") from exc
