"""What review bodies see: disclosure-safe aggregates, approved quotes, exports, the dashboard."""

from __future__ import annotations

from aiohttp import web

from intake.context import Services
from review import api
from review.dashboard import build_dashboard_app
from review.public import build_public_app
from review.settings import REVIEW_SETTINGS, ReviewSettings


def setup_review(app: web.Application, services: Services) -> None:
    """Mount the review API (``/api/v1``) and the dashboard sub-app (``/review``) on ``app``.

    The review settings are read here, once, from ``services.settings``. The public
    transparency page (``/public``) is mounted only when ``VOICES_PUBLIC_PAGE`` is true.
    """
    config = ReviewSettings.from_settings(services.settings)
    app[api.REVIEW_SERVICES] = services
    app[REVIEW_SETTINGS] = config
    api.add_routes(app)
    app.add_subapp("/review", build_dashboard_app(services, config))
    if config.public_page:
        app.add_subapp("/public", build_public_app(services, config))


__all__ = ["setup_review"]
