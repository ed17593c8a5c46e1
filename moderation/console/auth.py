"""Who is asking: login, logout, the language choice, and the middleware that guards every
console page (session, CSRF, roles' entry checks, security headers, HTML errors).

Logins are throttled, never locked: every attempt is first counted as a failure, in
one atomic statement per key (see ``storage.queries.throttle``), for the client
address, for the account from that address, and for the account from anywhere; a
right password then takes its count back. Past a few free failures each key makes
the next attempt wait twice as long as the last (429 with Retry-After). The account
key does not apply to a browser that signed in to that account before (a signed
device cookie), so guessing from elsewhere cannot keep its owner out. A throttled
attempt is refused before the user is looked up, and every attempt that goes ahead
costs one argon2 verification (a made-up hash for a name that does not exist), so
the answer's timing does not tell which names exist. argon2 runs on its own threads,
outside any database transaction.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import math
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlencode

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.clock import utcnow
from core.errors import AppError
from i18n.translator import N_, gettext, negotiate, parse_accept_language
from intake.http_common import Handler, client_address
from moderation.console.pages import error_page, render
from moderation.console.security import (
    add_security_headers,
    clear_session_cookie,
    csrf_valid,
    ensure_login_nonce,
    new_token,
    prepare_login_nonce,
    set_cookie,
    set_session_cookie,
    token_digest,
)
from moderation.console.state import (
    CONSOLE,
    CONSOLE_LOCALES,
    LANG_COOKIE,
    LOCALE,
    SESSION_COOKIE,
    SESSION_TTL,
    VIEWER,
    Viewer,
)
from storage.credentials import hash_password, verify_password
from storage.models import User
from storage.queries import throttle
from storage.queries.accounts import audit, get_user_by_username
from storage.queries.moderation import (
    create_console_session,
    delete_console_session,
    get_session_user,
    purge_expired_sessions,
)

log = logging.getLogger(__name__)

PUBLIC_PATHS = frozenset({"/console/login", "/console/lang"})
STATIC_PREFIX = "/console/static/"
LOGIN_FAILED = N_("Wrong username or password.")
LOGIN_THROTTLED = N_("Too many attempts. Please wait {seconds} seconds and try again.")
DEVICE_COOKIE = "cv_device"
DEVICE_MAX_AGE = 180 * 24 * 3600


@dataclass(frozen=True, slots=True)
class Policy:
    """How one throttle key slows guessing (see ``storage.queries.throttle.attempt``)."""

    kind: str
    free: int
    base: float = 1.0
    cap: float = 900.0
    forget_after: float = 3600.0


# One client address, whatever the accounts: room for a shared office's typos.
BY_ADDRESS = Policy("login-address", free=20)
# One account from one address: a few typos, then doubling waits up to 15 minutes.
BY_ACCOUNT_AND_ADDRESS = Policy("login-account-address", free=5)
# One account from anywhere (a botnet); a browser that signed in before is exempt,
# and the wait stops growing at 5 minutes.
BY_ACCOUNT = Policy("login-account", free=20, cap=300.0)

# argon2 uses 64 MiB and real CPU per check: at most two at once, off the event loop.
_HASHING = ThreadPoolExecutor(max_workers=2, thread_name_prefix="argon2")
# Seconds on the wall clock, as the throttle table stores them (tests move it).
throttle_clock = time.time


class _Throttled(Exception):
    def __init__(self, wait: float) -> None:
        super().__init__("login throttled")
        self.wait = wait


CSRF_FAILED = N_(
    "This form has expired or did not come from this console, so nothing was changed. "
    "Reload the page and try again."
)
ERROR_MESSAGES: dict[int, str] = {
    403: N_("You are not allowed to do this."),
    404: N_("There is nothing here."),
    405: N_("This page cannot be used that way."),
    409: N_("Someone else changed this first; nothing was changed."),
    413: N_("What you sent is too large."),
}


def redirect(location: str) -> web.Response:
    """Answer 303 See Other, so a reload after a form post does not repeat it."""
    return web.Response(status=303, headers={"Location": location})


def safe_next(value: object, default: str = "/console/") -> str:
    """Return ``value`` if it is a path inside the console, else ``default``."""
    if isinstance(value, str) and value.startswith("/console/") and "//" not in value:
        return value
    return default


def _locale(request: web.Request) -> str:
    chosen = request.cookies.get(LANG_COOKIE)
    if chosen in CONSOLE_LOCALES:
        return chosen
    for candidate in parse_accept_language(request.headers.get("Accept-Language")):
        lang = negotiate(candidate)
        if lang in CONSOLE_LOCALES and candidate.split("-")[0].lower() == lang:
            return lang
    return "en"


async def _viewer(request: web.Request) -> Viewer | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    async with request.app[CONSOLE].services.sessions() as session:
        user = await get_session_user(session, token_digest(token), utcnow())
    if user is None:
        return None
    return Viewer(username=user.username, role=user.role, token=token, country=user.country)


async def _guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.path.startswith(STATIC_PREFIX):
        return await handler(request)
    viewer = await _viewer(request)
    if viewer is not None:
        request[VIEWER] = viewer
    else:
        prepare_login_nonce(request)
        if request.path not in PUBLIC_PATHS:
            target = request.path_qs if request.method == "GET" else "/console/"
            return redirect("/console/login?" + urlencode({"next": target}))
    if request.method == "POST":
        form = await request.post()
        token = form.get("csrf")
        if not csrf_valid(request, token if isinstance(token, str) else None):
            return error_page(request, 403, gettext(request[LOCALE], CSRF_FAILED))
    response = await handler(request)
    if viewer is None:
        ensure_login_nonce(request, response)
    return response


@web.middleware
async def console_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Resolve viewer and language, check CSRF, render errors as HTML, add security headers."""
    request[LOCALE] = _locale(request)
    try:
        response = await _guard(request, handler)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        msgid = ERROR_MESSAGES.get(exc.status, N_("Something went wrong."))
        response = error_page(request, exc.status, gettext(request[LOCALE], msgid))
    except AppError as exc:
        if exc.status >= 500:
            log.exception("console error", extra={"code": exc.code, "path": request.path})
        msgid = ERROR_MESSAGES.get(exc.status, N_("Something went wrong."))
        response = error_page(request, exc.status, gettext(request[LOCALE], msgid))
    add_security_headers(response)
    return response


@cache
def _dummy_hash() -> str:
    return hash_password(new_token())


def _checks_password(stored_hash: str | None, password: str) -> bool:
    """Verify against the stored hash, or a made-up one for a name that does not exist."""
    return verify_password(stored_hash or _dummy_hash(), password) and stored_hash is not None


def _device_mac(secret: bytes, username: str, nonce: str) -> str:
    data = f"device|{username.casefold()}|{nonce}".encode()
    return hmac.new(secret, data, hashlib.sha256).hexdigest()[:40]


def _known_device(request: web.Request, secret: bytes, username: str) -> bool:
    """Whether this browser signed in to ``username`` before (a signed device cookie)."""
    nonce, _, mac = request.cookies.get(DEVICE_COOKIE, "").partition(".")
    return bool(nonce and mac) and hmac.compare_digest(mac, _device_mac(secret, username, nonce))


def _throttle_keys(
    secret: bytes, address: str, username: str, known_device: bool
) -> list[tuple[Policy, str]]:
    name = username.casefold()
    keys = [
        (BY_ADDRESS, throttle.throttle_key(secret, BY_ADDRESS.kind, address)),
        (
            BY_ACCOUNT_AND_ADDRESS,
            throttle.throttle_key(secret, BY_ACCOUNT_AND_ADDRESS.kind, f"{name}\x00{address}"),
        ),
    ]
    if not known_device:
        keys.append((BY_ACCOUNT, throttle.throttle_key(secret, BY_ACCOUNT.kind, name)))
    return keys


async def _count_attempt(
    sessions: async_sessionmaker[AsyncSession], keys: list[tuple[Policy, str]], username: str
) -> User | None:
    """Count the attempt under every key and read the user, in one short transaction.

    Raises:
        _Throttled: some key says to wait; nothing of this attempt is counted.
    """
    clock = throttle_clock()
    async with sessions() as session, session.begin():
        wait = 0.0
        for policy, key in keys:
            wait = max(
                wait,
                await throttle.attempt(
                    session,
                    key,
                    free=policy.free,
                    base=policy.base,
                    cap=policy.cap,
                    forget_after=policy.forget_after,
                    now=clock,
                ),
            )
        if wait > 0:
            raise _Throttled(wait)  # leaving the block rolls this attempt's counts back
        return await get_user_by_username(session, username) if username else None


async def login_page(request: web.Request) -> web.StreamResponse:
    """Show the login form (or go to the queue if already logged in)."""
    if request.get(VIEWER) is not None:
        return redirect(safe_next(request.query.get("next")))
    return render(
        request, "login.html", next=safe_next(request.query.get("next")), error=None, username=""
    )


async def login(request: web.Request) -> web.StreamResponse:
    """Check a username and password, throttling guesses per address and per account."""
    console = request.app[CONSOLE]
    services = console.services
    secret = services.settings.secret_key_bytes()
    form = await request.post()
    username = str(form.get("username", "")).strip()[:64]
    password = str(form.get("password", ""))
    target = safe_next(form.get("next"))
    keys = _throttle_keys(
        secret, client_address(request), username, _known_device(request, secret, username)
    )
    try:
        user = await _count_attempt(services.sessions, keys, username)
    except _Throttled as refused:
        log.info("login throttled")
        seconds = math.ceil(refused.wait)
        response = render(
            request,
            "login.html",
            status=429,
            next=target,
            error=gettext(request[LOCALE], LOGIN_THROTTLED, seconds=seconds),
            username=username,
        )
        response.headers["Retry-After"] = str(seconds)
        return response
    loop = asyncio.get_running_loop()
    stored_hash = user.password_hash if user is not None else None
    ok = await loop.run_in_executor(_HASHING, _checks_password, stored_hash, password)
    now = utcnow()
    token: str | None = None
    async with services.sessions() as session, session.begin():
        if user is None:
            # The typed name is not recorded: people paste passwords into the wrong field.
            await audit(
                session, actor="unknown", action="login.failure", after={"reason": "no_user"}
            )
        elif not ok:
            await audit(
                session,
                actor=user.username,
                action="login.failure",
                target=user.username,
                after={"reason": "password"},
            )
        else:
            token = new_token()
            for policy, key in keys:
                if policy is BY_ADDRESS:
                    await throttle.uncount(session, key)
                else:
                    await throttle.succeeded(session, key)
            await purge_expired_sessions(session, now)
            await create_console_session(
                session, token_digest(token), user.username, now, now + SESSION_TTL
            )
            await audit(
                session,
                actor=user.username,
                action="login.success",
                target=user.username,
                after={"role": user.role},
            )
    if token is None or user is None:
        return render(
            request,
            "login.html",
            status=401,
            next=target,
            error=gettext(request[LOCALE], LOGIN_FAILED),
            username=username,
        )
    response = redirect(target)
    set_session_cookie(request, response, token)
    nonce = new_token()[:22]
    set_cookie(
        request,
        response,
        DEVICE_COOKIE,
        f"{nonce}.{_device_mac(secret, user.username, nonce)}",
        max_age=DEVICE_MAX_AGE,
    )
    return response


async def logout(request: web.Request) -> web.StreamResponse:
    """End the session."""
    viewer = request[VIEWER]
    async with request.app[CONSOLE].services.sessions() as session, session.begin():
        await delete_console_session(session, token_digest(viewer.token))
        await audit(session, actor=viewer.username, action="logout", target=viewer.username)
    response = redirect("/console/login")
    clear_session_cookie(response)
    return response


async def choose_language(request: web.Request) -> web.StreamResponse:
    """Remember the console language the user picked."""
    form = await request.post()
    lang = str(form.get("lang", ""))
    response = redirect(safe_next(form.get("next"), "/console/login"))
    if lang in CONSOLE_LOCALES:
        set_cookie(request, response, LANG_COOKIE, lang, max_age=365 * 24 * 3600)
    return response
