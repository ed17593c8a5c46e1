"""What review bodies see: disclosure-safe aggregates, approved quotes, exports, the dashboard."""

from __future__ import annotations

from aiohttp import web

from intake.context import Services
from review import api, dashboard


def setup_review(app: web.Application, services: Services) -> None:
    """Mount the review API (``/api/v1``) and the dashboard (``/review``) on ``app``."""
    app[api.REVIEW_SERVICES] = services
    api.add_routes(app)
    dashboard.add_routes(app)


__all__ = ["setup_review"]
