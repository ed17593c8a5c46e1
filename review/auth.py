"""Who is calling the review API or dashboard: bearer tokens and signed dashboard cookies.

API callers present ``Authorization: Bearer <token>``; the token is looked up by
its SHA-256 digest. The dashboard takes the same token once in a form and keeps a
signed, HttpOnly, SameSite=Strict cookie holding only the token's row id and an
expiry, so the token itself never sits in the browser; every request re-checks
that the token is still live (not revoked).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass

from aiohttp import web

from core.errors import Forbidden, Unauthorized
from intake.services import Services
from storage.models import ApiToken
from storage.queries.accounts import get_api_token
from storage.queries.review import get_api_token_by_id

READ_ROLES = frozenset({"reviewer", "admin"})
COOKIE = "voices_review"
COOKIE_TTL_SECONDS = 8 * 3600
BEARER_CHALLENGE = 'Bearer realm="compact-voices-review"'


@dataclass(frozen=True, slots=True)
class Caller:
    """An authenticated review body (or admin) and the country it is limited to."""

    token_id: int
    role: str
    country: str | None

    @property
    def is_admin(self) -> bool:
        """Whether the caller may record publications."""
        return self.role == "admin"

    def check_country(self, country: str) -> None:
        """Raise ``Forbidden`` if the caller is limited to another country."""
        if self.country is not None and country != self.country:
            raise Forbidden("this token may only see its own country", code="out_of_scope")


def _caller(token: ApiToken) -> Caller:
    if token.role not in READ_ROLES:
        raise Forbidden("this token's role may not use the review API", code="wrong_role")
    return Caller(token_id=token.id, role=token.role, country=token.country)


async def bearer_caller(request: web.Request, services: Services) -> Caller:
    """Authenticate ``Authorization: Bearer``.

    Raises:
        Unauthorized: the header is missing, malformed, or names no live token.
        Forbidden: the token's role may not read review data.
    """
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    value = value.strip()
    if scheme.lower() != "bearer" or not value:
        raise Unauthorized("a bearer token is required", code="missing_token")
    if len(value) > 200:
        raise Unauthorized("the bearer token is not valid", code="invalid_token")
    async with services.sessions() as session:
        token = await get_api_token(session, value)
    if token is None:
        raise Unauthorized("the bearer token is not valid", code="invalid_token")
    return _caller(token)


async def token_caller(services: Services, value: str) -> Caller | None:
    """Return the caller for a token typed into the dashboard form, or None."""
    value = value.strip()
    if not value or len(value) > 200:
        return None
    async with services.sessions() as session:
        token = await get_api_token(session, value)
    if token is None or token.role not in READ_ROLES:
        return None
    return _caller(token)


def _sign(key: bytes, payload: str) -> str:
    return hmac.new(key, payload.encode(), hashlib.sha256).hexdigest()


def make_cookie(key: bytes, caller: Caller, now: float | None = None) -> str:
    """Return a signed cookie value naming the token row and an expiry."""
    expires = int((now if now is not None else time.time()) + COOKIE_TTL_SECONDS)
    payload = f"{caller.token_id}.{expires}"
    encoded = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return f"{encoded}.{_sign(key, payload)}"


def _read_cookie(key: bytes, value: str, now: float | None = None) -> int | None:
    encoded, _, signature = value.rpartition(".")
    try:
        payload = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    if not hmac.compare_digest(_sign(key, payload), signature):
        return None
    token_id, _, expires = payload.partition(".")
    if not (token_id.isdigit() and expires.isdigit()):
        return None
    if int(expires) < (now if now is not None else time.time()):
        return None
    return int(token_id)


async def cookie_caller(request: web.Request, services: Services) -> Caller | None:
    """Return the dashboard caller from the signed cookie, or None when absent or stale."""
    value = request.cookies.get(COOKIE)
    if not value:
        return None
    token_id = _read_cookie(services.settings.secret_key_bytes(), value)
    if token_id is None:
        return None
    async with services.sessions() as session:
        token = await get_api_token_by_id(session, token_id)
    if token is None or token.role not in READ_ROLES:
        return None
    return _caller(token)
