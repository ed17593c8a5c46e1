"""The aiohttp application factory: mounts every channel's routes, the console and the API."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from importlib import resources
from typing import Any

from aiohttp import web
from sqlalchemy import text

from bot.engine import Analyser, ConversationEngine
from bot.referrals import Referrals
from core import logs
from intake.channels.base import AnswersWebhooks, ChannelAdapter
from intake.metrics import TimedAnalyser, metrics_response
from intake.outbox import OutboxWorker
from intake.service import IntakeService
from moderation.console import setup_console
from moderation.oncall import OncallAlerter, build_targets
from moderation.pipeline import Pipeline
from review import setup_review
from storage import migrate
from storage.queries.intake import outbox_depth
from voices.http import (
    error_middleware,
    guard_middleware,
    limit_middleware,
    page_headers_middleware,
)
from voices.registry import build_adapters
from voices.services import Services
from voices.settings import Settings

log = logging.getLogger(__name__)

SERVICES = web.AppKey("services", Services)
INTAKE = web.AppKey("intake", IntakeService)
WORKER = web.AppKey("outbox_worker", OutboxWorker)
ONCALL = web.AppKey("oncall_alerter", OncallAlerter)
ADAPTERS = web.AppKey("adapters", list[ChannelAdapter])


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


_FAVICON = resources.files("intake").joinpath("static", "favicon.ico")


async def favicon(request: web.Request) -> web.Response:
    """The site icon browsers ask for on every page."""
    return web.Response(
        body=_FAVICON.read_bytes(),
        content_type="image/vnd.microsoft.icon",
        headers={"Cache-Control": "public, max-age=86400"},
    )


async def metrics_view(request: web.Request) -> web.Response:
    """Prometheus metrics, for the bearer of ``VOICES_METRICS_TOKEN`` only.

    Without the token set the route answers 404: counts of urgent messages move when
    one arrives, which is not for anyone who can reach the port.
    """
    services = request.app[SERVICES]
    token = services.settings.metrics_token
    if token is None or not token.get_secret_value():
        raise web.HTTPNotFound()
    scheme, _, presented = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        presented.strip().encode(), token.get_secret_value().encode()
    ):
        raise web.HTTPUnauthorized(headers={"WWW-Authenticate": 'Bearer realm="metrics"'})
    try:
        async with asyncio.timeout(2), services.sessions() as session:
            services.metrics.outbox_depth.set(await outbox_depth(session))
    except Exception as exc:  # the other metrics are still worth serving
        log.warning("outbox depth unavailable", exc_info=exc)
    return metrics_response(services.metrics)


def _middlewares(settings: Settings, adapters: list[ChannelAdapter]) -> list[Any]:
    """The middleware chain (see ``voices.http``), outermost first."""
    own_error_pages = frozenset(
        (route.method, route.path)
        for adapter in adapters
        for route in adapter.routes()
        if route.own_error_page
    )
    # The error middleware is outermost, so it also renders the guards' 408, 413, 429
    # and 503; bodies are read (guard) before a request counts as work (limit).
    return [
        error_middleware,
        guard_middleware(
            trusted=settings.trusted_networks(),
            max_per_address=settings.max_requests_per_address,
            body_timeout=settings.body_timeout,
            body_min_rate=settings.body_min_rate,
            own_error_pages=own_error_pages,
        ),
        limit_middleware(settings.max_concurrent_requests),
        page_headers_middleware,
    ]


def _redaction(
    settings: Settings, adapters: list[ChannelAdapter]
) -> Callable[[web.Application], AsyncIterator[None]]:
    """One filter on the log handlers, fed by every adapter's secrets and our own."""

    async def redaction(app: web.Application) -> AsyncIterator[None]:
        values = [value for adapter in adapters for value in adapter.redact_values()]
        values += [
            secret.get_secret_value()
            for secret in (
                settings.secret_key,
                settings.pseudonym_key,
                settings.contact_key,
                settings.metrics_token,
            )
            if secret is not None
        ]
        remove = logs.redact(values)
        yield
        remove()

    return redaction


def build_alerter(services: Services) -> OncallAlerter | None:
    """The on-call alert worker, if the operator set a webhook or a Telegram chat."""
    settings = services.settings
    webhook = settings.oncall_webhook_url
    token = settings.telegram_token
    targets = build_targets(
        webhook_url=webhook.get_secret_value() if webhook else None,
        telegram_chat_id=settings.oncall_telegram_chat,
        telegram_token=token.get_secret_value() if token else None,
        telegram_api_base=settings.telegram_api_base,
        console_url=settings.public_url,
    )
    if not targets:
        return None
    return OncallAlerter(services.sessions, targets, interval=settings.oncall_interval_seconds)


def _oncall(
    alerter: OncallAlerter,
) -> Callable[[web.Application], AsyncIterator[None]]:
    async def run(app: web.Application) -> AsyncIterator[None]:
        task = asyncio.create_task(alerter.run(), name="oncall")
        yield
        alerter.request_stop()
        with contextlib.suppress(TimeoutError, asyncio.CancelledError):
            await asyncio.wait_for(task, 15)

    return run


def _add_oncall(app: web.Application, services: Services, *, run_worker: bool) -> None:
    """The on-call alerts, when configured; they run beside the outbox worker."""
    alerter = build_alerter(services)
    if alerter is not None:
        app[ONCALL] = alerter
        if run_worker:
            app.cleanup_ctx.append(_oncall(alerter))


def _build_worker(
    services: Services, adapters: list[ChannelAdapter], *, only_worker: bool
) -> OutboxWorker:
    """The outbox delivery worker, sending through the adapters."""
    settings = services.settings
    return OutboxWorker(
        services,
        {adapter.kind.value: adapter for adapter in adapters},
        rate_per_second=settings.outbox_rate_per_second,
        per_chat_interval=settings.outbox_per_chat_interval,
        max_attempts=settings.outbox_max_attempts,
        lease=timedelta(seconds=settings.outbox_lease_seconds),
        # SQLite has one process: its worker is the only one.
        only_worker=only_worker,
        metrics=services.metrics,
        shared_rates={"telegram": settings.telegram_rate_per_second},
    )


def _add_routes(app: web.Application, adapters: list[ChannelAdapter]) -> None:
    """Our own routes, then each channel's (the app never names a channel)."""
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/favicon.ico", favicon)
    app.router.add_get("/metrics", metrics_view)
    for adapter in adapters:
        for route in adapter.routes():
            app.router.add_route(route.method, route.path, route.handler)


def create_app(
    services: Services, *, analyser: Analyser | None = None, run_worker: bool = True
) -> web.Application:
    """Build the application; nothing connects until the app starts.

    Args:
        services: the process's shared collaborators.
        analyser: the moderation pipeline; built from its defaults when not given.
        run_worker: run the outbox delivery worker in this process.
    """
    settings = services.settings
    if analyser is None:
        analyser = Pipeline()
    engine = ConversationEngine(
        TimedAnalyser(analyser, services.metrics),
        Referrals.from_file(settings.referrals_file),
        max_text_chars=settings.max_text_chars,
        flow=services.flow,
    )
    sqlite = services.engine.dialect.name == "sqlite"
    intake = IntakeService(
        services,
        engine,
        metrics=services.metrics,
        group_commit=settings.group_commit_max,
        group_commit_lanes=1 if sqlite else settings.group_commit_lanes,
        lease=timedelta(seconds=settings.outbox_lease_seconds),
    )
    adapters = build_adapters(settings, intake)
    app = web.Application(
        client_max_size=settings.max_body_bytes, middlewares=_middlewares(settings, adapters)
    )
    app[SERVICES] = services
    worker = _build_worker(services, adapters, only_worker=sqlite)
    intake.on_queued = worker.wake
    for adapter in adapters:
        if isinstance(adapter, AnswersWebhooks):
            # Only while this process's worker runs (it records what rode, and beats).
            adapter.ride_webhook_answers(worker)
    app[INTAKE] = intake
    app[WORKER] = worker
    app[ADAPTERS] = adapters

    async def database(app: web.Application) -> AsyncIterator[None]:
        if settings.auto_migrate:
            await migrate.upgrade(services.engine)
        yield
        await services.engine.dispose()

    async def channels(app: web.Application) -> AsyncIterator[None]:
        started: list[ChannelAdapter] = []
        try:
            for adapter in adapters:
                await adapter.start()
                started.append(adapter)
        except BaseException:
            # aiohttp runs no clean-up for a context whose start-up failed: stop what
            # started here, so no client session is left for the garbage collector.
            for adapter in reversed(started):
                await adapter.stop()
            await intake.close()
            raise
        task = asyncio.create_task(worker.run(), name="outbox") if run_worker else None
        yield
        if task is not None:
            # A graceful stop: the pass under way ends and records what it sent, so
            # nothing is sent twice because of a restart.
            worker.request_stop()
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(task, 15)
        for adapter in adapters:
            await adapter.stop()
        await intake.close()

    app.cleanup_ctx.append(_redaction(settings, adapters))
    app.cleanup_ctx.append(database)
    app.cleanup_ctx.append(channels)
    _add_oncall(app, services, run_worker=run_worker)
    _add_routes(app, adapters)
    pipeline = analyser
    setup_console(app, services, lambda text: pipeline.process(text).text)
    setup_review(app, services)
    return app
