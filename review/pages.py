"""Rendering the dashboard's HTML pages: one template environment, the reader's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web

from i18n import pages
from i18n.translator import gettext, negotiate, parse_accept_language
from review.auth import COOKIE, csrf_token
from review.charts import CHART_CSS
from review.settings import REVIEW_SETTINGS

TEMPLATES = web.AppKey("review_templates", jinja2.Environment)


def environment() -> jinja2.Environment:
    """The dashboard's template environment (``review/templates``)."""
    return pages.environment(Path(__file__).parent / "templates")


def reader_locale(request: web.Request) -> str:
    """The page language: ``?lang=``, else ``Accept-Language``, else the default."""
    return negotiate(
        request.query.get("lang"), parse_accept_language(request.headers.get("Accept-Language"))
    )


def render(
    request: web.Request, template: str, *, locale: str, status: int = 200, **context: Any
) -> web.Response:
    """Render ``template`` in ``locale`` with the sign-out form's CSRF token when signed in."""

    def translate(msgid: str, **params: object) -> str:
        return gettext(locale, msgid, **params)

    session_token = request.cookies.get(COOKIE)
    if session_token and "logout_csrf" not in context:
        key = request.config_dict[REVIEW_SETTINGS].secret_key
        context["logout_csrf"] = csrf_token(key, "logout", session_token)
    html = (
        request.config_dict[TEMPLATES]
        .get_template(template)
        .render(
            locale=locale,
            direction=pages.direction(locale),
            _=translate,
            chart_css=CHART_CSS,
            **context,
        )
    )
    return web.Response(text=html, content_type="text/html", charset="utf-8", status=status)


def error_page(
    request: web.Request, locale: str, status: int, message: str, *, signed_in: bool
) -> web.Response:
    """An error as an HTML page with a way back to the dashboard."""
    return render(
        request,
        "error.html",
        locale=locale,
        status=status,
        title=gettext(locale, "This page cannot be shown"),
        message=message,
        signed_in=signed_in,
    )
