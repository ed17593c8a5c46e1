"""Rendering console pages: Jinja2 templates with autoescaping, translated in the viewer's
language, and HTML error pages (the rest of the service answers errors in JSON)."""

from __future__ import annotations

import hashlib
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from aiohttp import web
from jinja2 import Environment

from bot.catalog import TRENDS
from i18n import pages
from i18n.translator import (
    channel_name,
    country_name,
    gettext,
    language_name,
    ngettext,
)
from moderation.console.security import csrf_token
from moderation.console.state import (
    CONSOLE,
    CONSOLE_LOCALES,
    FLAG_NAMES,
    LOCALE,
    OBJECTIVES,
    REJECT_REASONS,
    ROLE_NAMES,
    STATE_NAMES,
    URGENT_NAMES,
    VIEWER,
)

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"


def build_templates() -> Environment:
    """Return the template environment (autoescaping everything)."""
    return pages.environment(TEMPLATES)


def cue_parts(text: str, cue: list[int] | None) -> tuple[str, str, str] | None:
    """``text`` cut around the urgent cue (before, cue, after), or None if there is none."""
    if not cue or len(cue) != 2:
        return None
    start, end = cue
    if not 0 <= start < end <= len(text):
        return None
    return text[:start], text[start:end], text[end:]


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _static_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(STATIC.iterdir()):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def render(request: web.Request, template: str, status: int = 200, **context: Any) -> web.Response:
    """Render ``template`` for this request's viewer, in their language."""
    console = request.app[CONSOLE]
    locale = request.get(LOCALE) or "en"
    viewer = request.get(VIEWER)
    body = console.templates.get_template(template).render(
        _=partial(gettext, locale),
        ngettext=partial(ngettext, locale),
        locale=locale,
        direction=pages.direction(locale),
        viewer=viewer,
        csrf=csrf_token(request),
        console_locales=[(code, language_name(code)) for code in CONSOLE_LOCALES],
        objective_names=OBJECTIVES,
        reject_reasons=REJECT_REASONS,
        reason=partial(reason_label, locale),
        flag_names=FLAG_NAMES,
        trend_names=TREND_NAMES,
        channel=partial(channel_name, locale=locale),
        state_names=STATE_NAMES,
        urgent_names=URGENT_NAMES,
        cue_parts=cue_parts,
        role_names=ROLE_NAMES,
        country=partial(country_name, locale=locale),
        language=language_name,
        when=_when,
        path_qs=request.path_qs,
        static_version=request.app.get(STATIC_VERSION, ""),
        **context,
    )
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8")


TREND_NAMES = dict(TRENDS)


def reason_label(locale: str, stored: str) -> str:
    """A stored reject reason (``code`` or ``code: anonymised detail``) in words."""
    code, sep, detail = stored.partition(": ")
    label = REJECT_REASONS.get(code)
    if label is None:
        return stored
    return gettext(locale, label) + (f": {detail}" if sep else "")


def error_page(request: web.Request, status: int, message: str) -> web.Response:
    """Render an HTML error page with an already translated ``message``."""
    return render(request, "error.html", status=status, status_code=status, message=message)


STATIC_VERSION = web.AppKey("console_static_version", str)


def remember_static_version(app: web.Application) -> None:
    """Compute the static files' digest once, for cache-busting their URLs."""
    app[STATIC_VERSION] = _static_version()
