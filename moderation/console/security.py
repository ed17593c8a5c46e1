"""Console security: session tokens, CSRF tokens, cookies and protective response headers.

Sessions are server-side: the ``cv_console`` cookie carries 32 random bytes, the
``console_sessions`` table only their SHA-256 digest with an absolute expiry
(``SESSION_TTL``); logout deletes the row, so a stolen cookie dies with it. CSRF
tokens are synchronizer tokens derived from the session token with HMAC-SHA256 under
``VOICES_SECRET_KEY``; before login the same is done with a random nonce kept in the
``cv_login`` cookie. Cookies are HttpOnly and SameSite=Strict, and Secure when
``VOICES_PUBLIC_URL`` is https.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from aiohttp import web

from moderation.console.state import (
    CONSOLE,
    LOGIN_COOKIE,
    SESSION_COOKIE,
    SESSION_TTL,
    VIEWER,
)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


def new_token() -> str:
    """Return a fresh random session token or login nonce."""
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """Return the hex SHA-256 of a session token, as stored."""
    return hashlib.sha256(token.encode()).hexdigest()


def _sign(secret: bytes, purpose: str, value: str) -> str:
    return hmac.new(secret, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()


def csrf_token(request: web.Request) -> str:
    """Return the CSRF token forms on this page must carry ('' if there is nothing to bind)."""
    secret = request.app[CONSOLE].secret
    viewer = request.get(VIEWER)
    if viewer is not None:
        return _sign(secret, "csrf", viewer.token)
    nonce = request.get(_LOGIN_NONCE) or request.cookies.get(LOGIN_COOKIE)
    return _sign(secret, "login", nonce) if nonce else ""


def csrf_valid(request: web.Request, presented: str | None) -> bool:
    """Check a presented CSRF token in constant time."""
    expected = csrf_token(request)
    return bool(expected and presented) and hmac.compare_digest(expected, presented or "")


_LOGIN_NONCE = web.RequestKey("console_login_nonce", str)


def ensure_login_nonce(request: web.Request, response: web.StreamResponse) -> None:
    """Give a visitor without a session a login nonce cookie, so the login form has a token."""
    if request.cookies.get(LOGIN_COOKIE):
        return
    set_cookie(request, response, LOGIN_COOKIE, request[_LOGIN_NONCE], max_age=3600)


def prepare_login_nonce(request: web.Request) -> None:
    """Pick the nonce this request's login form will be bound to."""
    request[_LOGIN_NONCE] = request.cookies.get(LOGIN_COOKIE) or new_token()


def set_cookie(
    request: web.Request,
    response: web.StreamResponse,
    name: str,
    value: str,
    *,
    max_age: int | None = None,
    http_only: bool = True,
) -> None:
    """Set a console cookie with the console's protective attributes."""
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/console",
        httponly=http_only,
        samesite="Strict",
        secure=request.app[CONSOLE].secure_cookies,
    )


def set_session_cookie(request: web.Request, response: web.StreamResponse, token: str) -> None:
    """Set the session cookie for a fresh login."""
    set_cookie(request, response, SESSION_COOKIE, token, max_age=int(SESSION_TTL.total_seconds()))


def clear_session_cookie(response: web.StreamResponse) -> None:
    """Remove the session cookie."""
    response.del_cookie(SESSION_COOKIE, path="/console")


def add_security_headers(response: web.StreamResponse) -> None:
    """Apply CSP, framing, referrer and sniffing protection to a response."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
