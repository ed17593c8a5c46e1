"""Who is calling the review API or dashboard: bearer tokens and signed dashboard cookies.

API callers present ``Authorization: Bearer <token>``; the token is looked up by
its SHA-256 digest. The dashboard takes the same token once in a form and starts a
server-side session: the HttpOnly, SameSite=Strict cookie holds a random session
token, the ``review_sessions`` table only its digest, the API token's row and an
expiry, so the API token never sits in the browser and signing out ends the session
for good. Every request re-checks that the API token is still live (not revoked).
The sign-in and sign-out forms carry CSRF tokens: HMAC-SHA256 under
``VOICES_SECRET_KEY`` of a random nonce cookie (sign-in) or of the session token.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from aiohttp import web

from core.clock import utcnow
from core.errors import Forbidden, Unauthorized
from intake.context import Services
from storage.models import ApiToken
from storage.queries.accounts import get_api_token
from storage.queries.review import (
    create_review_session,
    delete_review_session,
    get_api_token_by_id,
    review_session_token_id,
)

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


def new_session_token() -> str:
    """A fresh random dashboard session token (or sign-in nonce)."""
    return secrets.token_urlsafe(32)


def session_digest(token: str) -> str:
    """What the database keeps of a session token."""
    return hashlib.sha256(token.encode()).hexdigest()


def csrf_token(key: bytes, purpose: str, value: str) -> str:
    """The CSRF token of a form bound to ``value`` (a nonce or the session token)."""
    return hmac.new(key, f"review-{purpose}|{value}".encode(), hashlib.sha256).hexdigest()[:40]


def csrf_valid(key: bytes, purpose: str, value: str | None, presented: object) -> bool:
    """Whether ``presented`` is the CSRF token for ``value``."""
    if not value or not isinstance(presented, str):
        return False
    return hmac.compare_digest(presented.encode(), csrf_token(key, purpose, value).encode())


async def start_session(services: Services, caller: Caller) -> str:
    """Record a dashboard session for ``caller``; returns the cookie's token."""
    token = new_session_token()
    now = utcnow()
    async with services.sessions() as session, session.begin():
        await create_review_session(
            session,
            session_digest(token),
            caller.token_id,
            now + timedelta(seconds=COOKIE_TTL_SECONDS),
            now,
        )
    return token


async def end_session(services: Services, token: str) -> None:
    """Forget a dashboard session, so its cookie no longer works anywhere."""
    async with services.sessions() as session, session.begin():
        await delete_review_session(session, session_digest(token))


async def cookie_caller(request: web.Request, services: Services) -> Caller | None:
    """Return the dashboard caller from the signed cookie, or None when absent or stale."""
    value = request.cookies.get(COOKIE)
    if not value or len(value) > 100:
        return None
    async with services.sessions() as session:
        token_id = await review_session_token_id(session, session_digest(value), utcnow())
        token = None if token_id is None else await get_api_token_by_id(session, token_id)
    if token is None or token.role not in READ_ROLES:
        return None
    return _caller(token)
