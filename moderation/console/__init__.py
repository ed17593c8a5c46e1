"""The moderator console at ``/console/``: a sub-application with its own middleware, so its
pages answer errors in HTML and carry their own security headers.

Mount it with ``setup_console(app, services)`` from ``create_app``.
"""

from __future__ import annotations

from collections.abc import Callable

from aiohttp import web

from intake.context import Services
from moderation.console.auth import (
    choose_language,
    console_middleware,
    login,
    login_page,
    logout,
    redirect,
)
from moderation.console.pages import STATIC, build_templates, remember_static_version
from moderation.console.state import CONSOLE, Console
from moderation.console.views import (
    ANONYMISER,
    approve_item,
    audit_page,
    bulk,
    claim_item,
    classify_item,
    escalate_item,
    item_page,
    note_item,
    queue,
    quoting_item,
    redact_item,
    reject_item,
    release_item,
)

__all__ = ["build_console_app", "setup_console"]


def build_console_app(
    services: Services, anonymise: Callable[[str], str] | None = None
) -> web.Application:
    """Return the console as an aiohttp application to mount under ``/console/``.

    ``anonymise`` (the pipeline's text in, anonymised text out) cleans moderators'
    notes and reject reasons before they are stored.
    """
    settings = services.settings
    app = web.Application(middlewares=[console_middleware])
    if anonymise is not None:
        app[ANONYMISER] = anonymise
    app[CONSOLE] = Console(
        services=services,
        templates=build_templates(),
        secret=settings.secret_key_bytes(),
        secure_cookies=(settings.public_url or "").startswith("https://"),
    )
    remember_static_version(app)
    r = app.router
    r.add_get("/", queue)
    r.add_get("/login", login_page)
    r.add_post("/login", login)
    r.add_post("/logout", logout)
    r.add_post("/lang", choose_language)
    r.add_get("/audit", audit_page)
    r.add_post("/bulk", bulk)
    r.add_get("/s/{receipt}", item_page)
    for name, handler in (
        ("claim", claim_item),
        ("release", release_item),
        ("approve", approve_item),
        ("reject", reject_item),
        ("escalate", escalate_item),
        ("redact", redact_item),
        ("classify", classify_item),
        ("note", note_item),
        ("quoting", quoting_item),
    ):
        r.add_post(f"/s/{{receipt}}/{name}", handler)
    r.add_static("/static/", STATIC, append_version=False)
    return app


async def _to_console(request: web.Request) -> web.Response:
    return redirect("/console/")


def setup_console(
    app: web.Application, services: Services, anonymise: Callable[[str], str] | None = None
) -> None:
    """Mount the moderator console on ``app`` under ``/console/``."""
    app.router.add_get("/console", _to_console)
    app.add_subapp("/console/", build_console_app(services, anonymise))
