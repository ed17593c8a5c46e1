"""A reply leased by a process that was killed goes out at once after the restart (SQLite).

On SQLite one process is the only worker, so any lease it finds at start is its dead
predecessor's: it sends those replies again right away instead of waiting out the
lease (60 s here).
"""

from __future__ import annotations

import asyncio
import base64
import secrets
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestServer
from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine

from storage.models import OutboxMessage
from tests.fakes.harness import ServerProcess, TelegramSender, base_env, conversation
from tests.fakes.telegram_api import FakeBotApi

CHAT = 912_345


async def _outbox(url: str) -> list[tuple[str, str | None]]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            stmt = select(OutboxMessage.state, OutboxMessage.lease_owner).order_by(OutboxMessage.id)
            return [(state, owner) for state, owner in (await conn.execute(stmt)).all()]
    finally:
        await engine.dispose()


async def test_a_killed_workers_leased_reply_is_sent_within_two_seconds_of_restart(
    tmp_path: Path, aiohttp_server: Any
) -> None:
    api = FakeBotApi()
    api_server: TestServer = await aiohttp_server(api.app())
    url = f"sqlite+aiosqlite:///{tmp_path / 'crash.db'}"
    env = base_env(
        url,
        str(api_server.make_url("")).rstrip("/"),
        api.token,
        VOICES_PSEUDONYM_KEY=secrets.token_urlsafe(48),
        VOICES_CONTACT_KEY=base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        VOICES_SECRET_KEY=secrets.token_urlsafe(48),
        VOICES_OUTBOX_LEASE_SECONDS="60",
    )
    server = ServerProcess(env, tmp_path)
    await server.start()
    try:
        start, language = conversation(CHAT, 1, "unused")[:2]
        async with TelegramSender([server.url], run_method=api.run_answer) as sender:
            await sender.deliver(start)  # its reply rides the answer
            await api.wait_sent(CHAT, 1)
            api.held = True  # Telegram takes the next reply and never answers: it stays leased
            await sender.deliver(language)  # a button: its reply goes through the outbox
        async with asyncio.timeout(15), api.changed:
            await api.changed.wait_for(
                lambda: any(c.method == "sendMessage" and "_ok" not in c.params for c in api.calls)
            )
        [_, (state, owner)] = await _outbox(url)
        assert state == "pending"
        assert owner is not None

        await server.kill()
        calls_before = len([c for c in api.calls if c.method == "sendMessage"])
        await api.release()
        sent_before = len(api.sent(CHAT))  # the dead process's call, answered too late

        await server.start()
        restarted = asyncio.get_running_loop().time()
        async with asyncio.timeout(2), api.changed:
            await api.changed.wait_for(lambda: len(api.sent(CHAT)) > sent_before)
        assert len([c for c in api.calls if c.method == "sendMessage"]) == calls_before + 1
        while (await _outbox(url))[1][0] != "sent":
            assert asyncio.get_running_loop().time() - restarted < 2
            await asyncio.sleep(0.05)  # another process's commit: nothing to await on
        assert await _outbox(url) == [("sent", None), ("sent", None)]
    finally:
        await server.stop()
