"""schemathesis drives the live API (a real TCP server) from ``openapi.json``: no failures."""

from __future__ import annotations

import asyncio
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from aiohttp import web
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from review.openapi import document
from storage import migrate
from storage.credentials import token_digest
from storage.models import ApiToken
from tests.conftest import make_settings
from tests.review.conftest import Spec, auth, seed
from voices.app import create_app
from voices.services import build_services

Case = schemathesis.Case[Any]
schema = schemathesis.openapi.from_dict(document())
# schemathesis asks for credentials while collecting, before any fixture runs: the
# token is made here and its digest stored when the server starts.
LIVE_TOKEN = secrets.token_urlsafe(32)


@schema.auth()
class BearerAuth:
    """Give every generated request the live admin token, so negative cases mutate data only."""

    def get(self, case: Case, context: schemathesis.AuthContext) -> str:
        return LIVE_TOKEN

    def set(self, case: Case, data: str, context: schemathesis.AuthContext) -> None:
        case.headers.update(auth(data))


@pytest.fixture(scope="module")
def live_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """Serve the app on 127.0.0.1 from its own thread; yield (base URL, admin token)."""
    path: Path = tmp_path_factory.mktemp("schemathesis") / "voices.db"
    app_settings = make_settings(f"sqlite+aiosqlite:///{path}")
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    async def start() -> tuple[web.AppRunner, int, str]:
        services = build_services(app_settings)
        await migrate.upgrade(services.engine)
        await seed(
            services,
            [
                Spec(12, "IT", [15]),
                Spec(6, "IT", [13, 15], lang="ar", month="2026-02"),
                Spec(9, "DE", [6], lang="fr"),
                Spec(2, "GR", [8], lang="so", month="2026-03"),
            ],
        )
        async with services.sessions() as session, session.begin():
            session.add(ApiToken(token_hash=token_digest(LIVE_TOKEN), role="admin"))
        admin = LIVE_TOKEN
        runner = web.AppRunner(create_app(services))
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port: int = runner.addresses[0][1]
        return runner, port, admin

    runner, port, admin = asyncio.run_coroutine_threadsafe(start(), loop).result(60)
    yield f"http://127.0.0.1:{port}", admin
    asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(60)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
    loop.close()


@schema.parametrize()
@settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi(
    case: Case,
    live_api: tuple[str, str],
) -> None:
    base_url, _ = live_api
    # Every check runs except "schema-valid data must be accepted": OpenAPI cannot say
    # that `from` must not be after `to`, and that 400 is documented.
    case.call_and_validate(base_url=base_url, excluded_checks=[positive_data_acceptance])
