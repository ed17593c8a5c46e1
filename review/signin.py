"""Dashboard sign-in: the token form, the session cookie, sign-out and the session guard.

A reviewer pastes their API token into a form; the server checks it and sets a
random, HttpOnly, SameSite=Strict session cookie (``review.auth`` keeps its digest and
an expiry of 8 hours). Revoking the token ends the session at the next request.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from i18n.translator import gettext
from intake.context import Services
from review.api import REVIEW_SERVICES
from review.auth import (
    COOKIE,
    COOKIE_TTL_SECONDS,
    Caller,
    cookie_caller,
    csrf_token,
    csrf_valid,
    end_session,
    new_session_token,
    start_session,
    token_caller,
)
from review.pages import error_page, reader_locale, render
from review.settings import REVIEW_SETTINGS, ReviewSettings

LOGIN_COOKIE = "voices_review_login"
# Cookies of the dashboard sub-app, which is mounted at /review.
COOKIE_PATH = "/review"

Page = Callable[[web.Request, Caller, str], Awaitable[web.StreamResponse]]


def signed_in(handler: Page) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """Require a dashboard session; without one, answer the sign-in form with 401."""

    async def wrapped(request: web.Request) -> web.StreamResponse:
        caller = await cookie_caller(request, request.config_dict[REVIEW_SERVICES])
        if caller is None:
            return login_page(request, status=401)
        return await handler(request, caller, reader_locale(request))

    return wrapped


def login_page(
    request: web.Request, *, status: int = 200, error: str | None = None
) -> web.Response:
    """The sign-in form, bound to a nonce cookie (its CSRF token is derived from it)."""
    config = request.config_dict[REVIEW_SETTINGS]
    locale = reader_locale(request)
    nonce = request.cookies.get(LOGIN_COOKIE) or new_session_token()
    response = render(
        request,
        "login.html",
        locale=locale,
        status=status,
        title=gettext(locale, "Sign in"),
        signed_in=False,
        error=error,
        csrf=csrf_token(config.secret_key, "login", nonce),
    )
    _set_cookie(response, LOGIN_COOKIE, nonce, 2 * 3600, config)
    return response


def _set_cookie(
    response: web.StreamResponse, name: str, value: str, max_age: int, config: ReviewSettings
) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="Strict",
        secure=config.secure_cookies,
        path=COOKIE_PATH,
    )


def _refused(request: web.Request) -> web.Response:
    locale = reader_locale(request)
    return error_page(
        request, locale, 403, gettext(locale, "This form has expired"), signed_in=False
    )


async def get_login(request: web.Request) -> web.StreamResponse:
    """Show the sign-in form, or go to the dashboard when already signed in."""
    if await cookie_caller(request, request.config_dict[REVIEW_SERVICES]) is not None:
        raise web.HTTPSeeOther(COOKIE_PATH)
    return login_page(request)


async def post_login(request: web.Request) -> web.StreamResponse:
    """Check a typed token and start a server-side session."""
    services: Services = request.config_dict[REVIEW_SERVICES]
    config = request.config_dict[REVIEW_SETTINGS]
    locale = reader_locale(request)
    form = await request.post()
    if not csrf_valid(
        config.secret_key, "login", request.cookies.get(LOGIN_COOKIE), form.get("csrf")
    ):
        return _refused(request)
    value = form.get("token")
    caller = await token_caller(services, value if isinstance(value, str) else "")
    if caller is None:
        return login_page(
            request,
            status=401,
            error=gettext(locale, "That token is not valid, or it was revoked."),
        )
    response = web.Response(status=303, headers={"Location": COOKIE_PATH})
    _set_cookie(response, COOKIE, await start_session(services, caller), COOKIE_TTL_SECONDS, config)
    response.del_cookie(LOGIN_COOKIE, path=COOKIE_PATH)
    return response


async def post_logout(request: web.Request) -> web.StreamResponse:
    """End the dashboard session on the server and in the browser."""
    services = request.config_dict[REVIEW_SERVICES]
    config = request.config_dict[REVIEW_SETTINGS]
    form = await request.post()
    session_token = request.cookies.get(COOKIE)
    if session_token and not csrf_valid(
        config.secret_key, "logout", session_token, form.get("csrf")
    ):
        return _refused(request)
    if session_token:
        await end_session(services, session_token)
    response = web.Response(status=303, headers={"Location": COOKIE_PATH})
    response.del_cookie(COOKIE, path=COOKIE_PATH)
    return response
