"""Fixtures for the WhatsApp, SMS and web form channels: the real app on a real database,
with local stand-ins for the Graph API and the Twilio REST API."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import func, select

from tests.conftest import make_settings, shared_pipeline
from tests.fakes.provider_api import FakeGraphApi, FakeTwilioApi
from voices.app import ADAPTERS, WORKER, create_app
from voices.services import Services, build_services

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "whatsapp"
APP_SECRET = "whatsapp-app-secret-for-tests"
VERIFY_TOKEN = "verify-me-7d1c"
PUBLIC_URL = "https://voices.example.org"
FROM_NUMBER = "+15550001111"


@dataclass
class Channel:
    """The app under test and what surrounds it."""

    client: TestClient[Any, Any]
    services: Services
    graph: FakeGraphApi
    twilio: FakeTwilioApi
    spool_dir: Path

    def adapter(self, kind: str) -> Any:
        return next(a for a in self.client.app[ADAPTERS] if a.kind.value == kind)

    async def drain(self) -> None:
        """Deliver everything queued in the outbox."""
        worker = self.client.app[WORKER]
        while await worker.run_once():
            pass

    async def count(self, model: Any, *where: Any) -> int:
        async with self.services.sessions() as session:
            stmt = select(func.count()).select_from(model).where(*where)
            return int((await session.execute(stmt)).scalar_one())

    async def rows(self, model: Any) -> list[Any]:
        async with self.services.sessions() as session:
            return list((await session.execute(select(model))).scalars())

    async def post_whatsapp(
        self, payload: Any, *, secret: str = APP_SECRET, raw: bytes | None = None
    ) -> tuple[int, Any]:
        body = raw if raw is not None else json.dumps(payload).encode()
        sig = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        resp = await self.client.post(
            "/webhooks/whatsapp",
            data=body,
            headers={"X-Hub-Signature-256": sig, "Content-Type": "application/json"},
        )
        return resp.status, await resp.json()


def fixture(name: str) -> Any:
    """A captured-shape WhatsApp notification from tests/fixtures/whatsapp."""
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
async def channel(
    aiohttp_client: Any, aiohttp_server: Any, sqlite_url: str, tmp_path: Path
) -> Channel:
    return await _channel(aiohttp_client, aiohttp_server, sqlite_url, tmp_path)


@pytest.fixture
async def any_db_channel(
    aiohttp_client: Any, aiohttp_server: Any, db_url: str, tmp_path: Path
) -> Channel:
    """The same, on SQLite and on PostgreSQL."""
    return await _channel(aiohttp_client, aiohttp_server, db_url, tmp_path)


async def _channel(
    aiohttp_client: Any, aiohttp_server: Any, db_url: str, tmp_path: Path, **extra: Any
) -> Channel:
    graph = FakeGraphApi()
    twilio = FakeTwilioApi()
    graph_server = await aiohttp_server(graph.app())
    twilio_server = await aiohttp_server(twilio.app())
    spool_dir = tmp_path / "spool"
    settings = make_settings(
        db_url,
        public_url=PUBLIC_URL,
        whatsapp_token=graph.token,
        whatsapp_app_secret=APP_SECRET,
        whatsapp_verify_token=VERIFY_TOKEN,
        whatsapp_phone_number_id=graph.phone_number_id,
        whatsapp_api_base=str(graph_server.make_url("")).rstrip("/"),
        twilio_auth_token=twilio.auth_token,
        twilio_account_sid=twilio.account_sid,
        twilio_from_number=FROM_NUMBER,
        twilio_api_base=str(twilio_server.make_url("")).rstrip("/"),
        spool_dir=str(spool_dir),
        spool_replay_interval=3600,
        outbox_rate_per_second=0,
        outbox_per_chat_interval=0,
        **extra,
    )
    services = build_services(settings)
    app = create_app(services, analyser=shared_pipeline(), run_worker=False)
    client = await aiohttp_client(app)
    return Channel(client, services, graph, twilio, spool_dir)
