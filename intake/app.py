"""The aiohttp application factory: mounts every channel's routes, the console and the API."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

from aiohttp import web
from sqlalchemy import text

from intake.http import error_middleware, limit_middleware
from intake.services import Services
from review import setup_review
from storage import migrate

log = logging.getLogger(__name__)

SERVICES = web.AppKey("services", Services)


async def healthz(request: web.Request) -> web.Response:
    """Liveness and database reachability."""
    services = request.app[SERVICES]
    try:
        async with asyncio.timeout(2), services.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception as exc:  # whatever the driver raises, the answer is "unreachable"
        log.warning("health check: database unreachable", exc_info=exc)
        return web.json_response({"status": "degraded", "database": "unreachable"}, status=503)
    return web.json_response({"status": "ok", "database": "ok"})


def create_app(services: Services) -> web.Application:
    """Build the application; nothing connects until the app starts."""
    settings = services.settings
    app = web.Application(
        client_max_size=settings.max_body_bytes,
        middlewares=[limit_middleware(settings.max_concurrent_requests), error_middleware],
    )
    app[SERVICES] = services

    async def database(app: web.Application) -> AsyncIterator[None]:
        if settings.auto_migrate:
            await migrate.upgrade(services.engine)
        yield
        await services.engine.dispose()

    app.cleanup_ctx.append(database)
    app.router.add_get("/healthz", healthz)
    setup_review(app, services)
    return app
