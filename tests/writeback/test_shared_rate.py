"""Two ``voices serve`` processes on one PostgreSQL stay within Telegram's overall rate together.

Each process used to pace itself alone, so N processes sent N times the bot's limit.
Here a broadcast to 120 people is delivered by two real server processes at once,
and the stand-in Bot API notes when each message arrives.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from core.messages import Address, ChannelKind
from intake import broadcasts
from storage.models import Contact
from storage.queries.submissions import NewSubmission, add_submission
from tests.conftest import _truncate, make_settings
from tests.fakes.telegram_api import FakeBotApi
from voices.services import build_services

PEOPLE = 120  # more than one pass of one worker (50), so both processes send
RATE = 30.0  # Telegram's overall limit for a bot
ROOT = Path(__file__).resolve().parents[2]


class TimedBotApi(FakeBotApi):
    """The stand-in, noting when each ``sendMessage`` reached it."""

    arrivals: list[float]

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["method"] == "sendMessage":
            self.arrivals.append(time.monotonic())
        return await super()._handle(request)


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.postgres
async def test_two_serve_processes_share_telegrams_overall_rate(
    pg_database: str, tmp_path: Path, aiohttp_server: Any
) -> None:
    await _truncate(pg_database)
    api = TimedBotApi()
    api.arrivals = []
    server: TestServer = await aiohttp_server(api.app())
    settings = make_settings(pg_database)
    services = build_services(settings)
    async with services.sessions() as session, session.begin():
        for i in range(PEOPLE):
            pseudonym = f"rate-{i:03d}"
            session.add(
                Contact(
                    pseudonym=pseudonym,
                    channel="telegram",
                    address_enc=services.addresses.encrypt(
                        Address(ChannelKind.TELEGRAM, str(620_000 + i))
                    ),
                    locale="en",
                    report_opt_in=True,
                )
            )
            await add_submission(
                session,
                NewSubmission(
                    channel="telegram",
                    lang="en",
                    text="Synthetic feedback.",
                    pseudonym=pseudonym,
                    consent_version="2026-11",
                    country="GR",
                ),
            )
        done = await broadcasts.send(
            session,
            audience=broadcasts.Audience(country="GR"),
            texts={"en": "The review of Greece starts in May."},
            rules=broadcasts.Rules(),
            actor="admin",
        )
    await services.engine.dispose()
    assert done.queued == PEOPLE

    env = {k: v for k, v in os.environ.items() if not k.startswith("VOICES_")}
    env.update(
        PYTHONPATH=str(ROOT),
        VOICES_DATABASE_URL=pg_database,
        VOICES_PSEUDONYM_KEY=settings.secret("pseudonym_key"),
        VOICES_CONTACT_KEY=settings.secret("contact_key"),
        VOICES_SECRET_KEY=settings.secret("secret_key"),
        VOICES_TELEGRAM_TOKEN=api.token,
        VOICES_TELEGRAM_API_BASE=str(server.make_url("")).rstrip("/"),
        VOICES_TELEGRAM_SECRET="webhook-Secret_123",
        VOICES_PUBLIC_URL="https://voices.example.org",
        VOICES_LOG_LEVEL="WARNING",
        # Each process alone would send as fast as it can: only the shared limit holds.
        VOICES_OUTBOX_RATE_PER_SECOND="1000",
        VOICES_OUTBOX_PER_CHAT_INTERVAL="0",
        VOICES_TELEGRAM_RATE_PER_SECOND=str(RATE),
    )
    procs = []
    try:
        for _ in range(2):
            port = _port()
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "voices.cli",
                "serve",
                "--port",
                str(port),
                cwd=tmp_path,
                env=env,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
            )
            procs.append(proc)
        async with asyncio.timeout(60), api.changed:
            await api.changed.wait_for(lambda: len(api.sent()) >= PEOPLE)
    finally:
        for proc in procs:
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), 20)
            if proc.returncode is None:
                proc.kill()
    arrivals = sorted(api.arrivals)
    assert len(arrivals) == PEOPLE  # each message once, none lost

    # Slots are 1/RATE s apart; what arrives can bunch only by the delivery's own
    # jitter (two processes on a busy machine): in any one second at most RATE, plus
    # one for the window's edges and one for that jitter; over three seconds the
    # jitter evens out. Each process pacing itself alone let 58 through in a second.
    def worst(seconds: float) -> int:
        return max(sum(1 for t in arrivals if s <= t < s + seconds) for s in arrivals)

    assert worst(1.0) <= RATE + 2, worst(1.0)
    assert worst(3.0) <= 3 * RATE + 2, worst(3.0)
    # And the schedule is used, not wasted: 120 messages at 30/s take about 4 s.
    assert arrivals[-1] - arrivals[0] < (PEOPLE / RATE) * 1.5
