"""Who is asking: login, logout, the language choice, and the middleware that guards every
console page (session, CSRF, roles' entry checks, security headers, HTML errors)."""

from __future__ import annotations

import asyncio
import logging
from functools import cache
from urllib.parse import urlencode

from aiohttp import web

from core.clock import utcnow
from core.errors import AppError
from i18n.translator import N_, gettext, negotiate, parse_accept_language
from intake.http import Handler
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
    LOCK_FOR,
    MAX_FAILED_LOGINS,
    SESSION_COOKIE,
    SESSION_TTL,
    VIEWER,
    Viewer,
)
from storage.credentials import hash_password, verify_password
from storage.queries.accounts import audit, get_user_by_username
from storage.queries.moderation import (
    create_console_session,
    delete_console_session,
    get_session_user,
    purge_expired_sessions,
    record_login_failure,
    reset_login_failures,
)

log = logging.getLogger(__name__)

PUBLIC_PATHS = frozenset({"/console/login", "/console/lang"})
STATIC_PREFIX = "/console/static/"
LOGIN_FAILED = N_(
    "Wrong username or password. After {n} failed attempts an account is locked "
    "for {minutes} minutes."
)
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


async def login_page(request: web.Request) -> web.StreamResponse:
    """Show the login form (or go to the queue if already logged in)."""
    if request.get(VIEWER) is not None:
        return redirect(safe_next(request.query.get("next")))
    return render(
        request, "login.html", next=safe_next(request.query.get("next")), error=None, username=""
    )


async def login(request: web.Request) -> web.StreamResponse:
    """Check a username and password; lock the account after repeated failures."""
    console = request.app[CONSOLE]
    form = await request.post()
    username = str(form.get("username", "")).strip()[:64]
    password = str(form.get("password", ""))
    target = safe_next(form.get("next"))
    now = utcnow()
    token: str | None = None
    async with console.services.sessions() as session, session.begin():
        user = await get_user_by_username(session, username) if username else None
        if user is None:
            # Same work as for a real user, so timing does not tell which names exist.
            await asyncio.to_thread(verify_password, _dummy_hash(), password)
            # The typed name is not recorded: people paste passwords into the wrong field.
            await audit(
                session, actor="unknown", action="login.failure", after={"reason": "no_user"}
            )
        elif user.locked_until is not None and user.locked_until > now:
            await audit(
                session,
                actor=user.username,
                action="login.failure",
                target=user.username,
                after={"reason": "locked", "locked_until": user.locked_until.isoformat()},
            )
        elif not await asyncio.to_thread(verify_password, user.password_hash, password):
            locked = await record_login_failure(session, user, now, MAX_FAILED_LOGINS, LOCK_FOR)
            await audit(
                session,
                actor=user.username,
                action="login.failure",
                target=user.username,
                before={"failed_logins": user.failed_logins},
                after={
                    "reason": "password",
                    "failed_logins": 0 if locked else user.failed_logins + 1,
                    "locked_until": (now + LOCK_FOR).isoformat() if locked else None,
                },
            )
        else:
            token = new_token()
            await purge_expired_sessions(session, now)
            await reset_login_failures(session, user)
            await create_console_session(
                session, token_digest(token), user.username, now, now + SESSION_TTL
            )
            await audit(
                session,
                actor=user.username,
                action="login.success",
                target=user.username,
                before={"failed_logins": user.failed_logins},
                after={"failed_logins": 0, "role": user.role},
            )
    if token is None:
        message = gettext(
            request[LOCALE],
            LOGIN_FAILED,
            n=MAX_FAILED_LOGINS,
            minutes=int(LOCK_FOR.total_seconds() // 60),
        )
        return render(
            request, "login.html", status=401, next=target, error=message, username=username
        )
    response = redirect(target)
    set_session_cookie(request, response, token)
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
