"""Scale-out: two ``voices serve`` processes on one PostgreSQL, one chat's updates split
between them. Every conversation ends with exactly one submission, every reply is sent
exactly once, and each person sees their replies in order."""

from __future__ import annotations

import asyncio
import base64
import secrets
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestServer
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine

from storage.models import OutboxMessage, Submission
from tests.conftest import _truncate
from tests.fakes.harness import ServerProcess, TelegramSender, base_env, conversation
from tests.fakes.telegram_api import FakeBotApi

CONVERSATIONS = 12


@pytest.fixture
async def standin(aiohttp_server: Any) -> tuple[FakeBotApi, TestServer]:
    api = FakeBotApi()
    return api, await aiohttp_server(api.app())


@pytest.mark.postgres
async def test_two_processes_share_one_postgres(
    pg_database: str, tmp_path: Path, standin: tuple[FakeBotApi, TestServer]
) -> None:
    await _truncate(pg_database)
    api, api_server = standin
    env = base_env(
        pg_database,
        str(api_server.make_url("")).rstrip("/"),
        api.token,
        VOICES_PSEUDONYM_KEY=secrets.token_urlsafe(48),
        VOICES_CONTACT_KEY=base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        VOICES_SECRET_KEY=secrets.token_urlsafe(48),
        VOICES_OUTBOX_PER_CHAT_INTERVAL="0",
        VOICES_OUTBOX_RATE_PER_SECOND="1000",
    )
    servers = [ServerProcess(env, tmp_path), ServerProcess(env, tmp_path)]
    for server in servers:
        await server.start()
    chats = [770_000 + i for i in range(CONVERSATIONS)]
    try:
        async with TelegramSender([s.url for s in servers], run_method=api.run_answer) as sender:

            async def run(index: int, chat: int) -> None:
                script = conversation(chat, 5_000 + index * 10, f"Chat {chat}: no interpreter.")
                for step, update in enumerate(script):
                    # Alternate processes within one conversation.
                    await sender.deliver(update, prefer=step)

            await asyncio.gather(*(run(i, chat) for i, chat in enumerate(chats)))
            for chat in chats:
                await api.wait_sent(chat, 8)
    finally:
        for server in servers:
            await server.stop()

    engine = create_async_engine(pg_database)
    async with engine.connect() as conn:
        submissions = (await conn.execute(select(func.count()).select_from(Submission))).scalar()
        unsent = (
            await conn.execute(select(func.count()).where(OutboxMessage.state != "sent"))
        ).scalar()
    await engine.dispose()
    assert submissions == len(chats)
    assert unsent == 0
    for chat in chats:
        texts = [c.params["text"] for c in api.sent(chat)]
        assert len(texts) == 8, "exactly one of each reply: no duplicates across workers"
        assert "language" in texts[0]
        assert "receipt code" in texts[-1]
