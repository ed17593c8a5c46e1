"""HTTP edges shared by every route: JSON errors, client addresses, body reads, back-pressure.

The middlewares run in this order (outermost first):

1. ``error_middleware``: every error becomes a JSON body (or the console's page).
2. ``guard_middleware``: finds the client address (through trusted proxies), caps the
   requests one address has open at once, and reads the body before any work starts,
   with a deadline and a rate floor, so a client that sends slowly is cut off (408)
   instead of holding a worker.
3. ``limit_middleware``: caps the requests being worked on at once (503 beyond it);
   a request is counted only once its body is in.
4. ``page_headers_middleware``: every HTML page gets the protective headers and
   ``Cache-Control: no-store``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address
from typing import Any

from aiohttp import web

from core.errors import AppError, Overloaded
from intake.http_common import BODY_ERROR, CLIENT, Handler, json_error

log = logging.getLogger(__name__)

Network = IPv4Network | IPv6Network
# How often a body that is still arriving is checked against the rate floor.
_BODY_CHECK_INTERVAL = 0.25
# The rate floor applies after this long, so a slow start is not cut off.
_BODY_GRACE = 1.0
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


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
        kept = ("Allow", "Retry-After", "Location", "Connection")
        keep = {k: v for k, v in exc.headers.items() if k in kept}
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


def resolve_client(
    remote: str | None, forwarded_for: str | None, trusted: Sequence[Network]
) -> str:
    """The client's address: the peer, or, when the peer is a trusted proxy, the last
    address in ``X-Forwarded-For`` that is not itself a trusted proxy.

    Addresses a client wrote into the header itself stand left of those our proxies
    added, so reading from the right stops at the first one no trusted proxy vouches for.
    """
    peer = remote or "unknown"
    if not trusted or not _is_trusted(peer, trusted) or not forwarded_for:
        return peer
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    client = peer
    for hop in reversed(hops):
        try:
            address = ip_address(hop)
        except ValueError:
            return client  # a garbled hop: believe nothing further left
        client = str(address)
        if not _in(address, trusted):
            return client
    return client


def _is_trusted(value: str, trusted: Sequence[Network]) -> bool:
    try:
        return _in(ip_address(value), trusted)
    except ValueError:
        return False


def _in(address: IPv4Address | IPv6Address, trusted: Sequence[Network]) -> bool:
    return any(address.version == net.version and address in net for net in trusted)


async def read_body(request: web.Request, deadline: float, min_rate: int) -> bytes:
    """Read the whole body (aiohttp keeps it for ``read``/``post``/``json``).

    Raises:
        web.HTTPRequestTimeout: the body took longer than ``deadline`` seconds, or
            arrived at less than ``min_rate`` bytes a second after the first second.
        web.HTTPRequestEntityTooLarge: larger than the app's ``client_max_size``.
    """
    content = request.content
    if request.content_length is not None and content.total_bytes >= request.content_length:
        return await request.read()  # already buffered: the common case costs nothing
    loop = asyncio.get_running_loop()
    start = loop.time()
    reading = asyncio.ensure_future(request.read())
    try:
        while True:
            done, _ = await asyncio.wait({reading}, timeout=_BODY_CHECK_INTERVAL)
            if done:
                return reading.result()
            elapsed = loop.time() - start
            if elapsed >= deadline or (
                elapsed >= _BODY_GRACE and content.total_bytes < min_rate * elapsed
            ):
                raise web.HTTPRequestTimeout(
                    reason="Request body too slow", headers={"Connection": "close"}
                )
    finally:
        if not reading.done():
            reading.cancel()


def guard_middleware(
    *,
    trusted: Sequence[Network],
    max_per_address: int,
    body_timeout: float,
    body_min_rate: int,
    retry_after: int = 1,
    own_error_pages: frozenset[tuple[str, str]] = frozenset(),
) -> Any:
    """Find the client address, cap requests per address, read bodies with a deadline.

    The body is read here, before ``limit_middleware`` counts the request as work:
    sockets that trickle bytes hold no work slot, and are closed once they fall
    below the rate floor or reach the deadline (408). A body over the size limit is
    413; routes in ``own_error_pages`` (method, path) get ``BODY_ERROR`` set instead.
    """
    open_by_address: dict[str, int] = {}
    networks = list(trusted)

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        client = resolve_client(request.remote, request.headers.get("X-Forwarded-For"), networks)
        request[CLIENT] = client
        count = open_by_address.get(client, 0)
        if count >= max_per_address and request.path != "/healthz":
            raise web.HTTPTooManyRequests(
                reason="Too many requests from one address",
                headers={"Retry-After": str(retry_after)},
            )
        open_by_address[client] = count + 1
        try:
            if request.body_exists:
                try:
                    await read_body(request, body_timeout, body_min_rate)
                except web.HTTPRequestEntityTooLarge as exc:
                    if (request.method, request.path) not in own_error_pages:
                        raise
                    request[BODY_ERROR] = exc
            return await handler(request)
        finally:
            left = open_by_address[client] - 1
            if left:
                open_by_address[client] = left
            else:
                del open_by_address[client]

    return middleware


@web.middleware
async def page_headers_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Give every HTML page the protective headers and ``Cache-Control: no-store``."""
    response = await handler(request)
    if response.content_type == "text/html":
        for name, value in PAGE_HEADERS.items():
            response.headers.setdefault(name, value)
    return response


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
