"""Crash safety: SIGKILL ``voices serve`` under load while Telegram keeps redelivering.

Every conversation must end with exactly one stored submission, and every reply
must reach the person: at least once, at most twice (a reply sent just before the
kill may be sent again after the restart, never lost).

The guarantee is per crash: each crash can repeat the replies that were in flight
once. A second crash while the first one's replies are being sent again can repeat
the one reply in flight at that moment a second time (Telegram has no idempotency
key for sendMessage). So the second kill here comes after the first crash's replies
were all delivered, as it would in any crash that is not a crash loop.
"""

from __future__ import annotations

import asyncio
import base64
import secrets
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestServer
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine

from storage.models import OutboxMessage, Submission
from tests.fakes.harness import ServerProcess, TelegramSender, base_env, conversation
from tests.fakes.telegram_api import FakeBotApi

CONVERSATIONS = 16


def _secrets() -> dict[str, str]:
    return {
        "VOICES_PSEUDONYM_KEY": secrets.token_urlsafe(48),
        "VOICES_CONTACT_KEY": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        "VOICES_SECRET_KEY": secrets.token_urlsafe(48),
        "VOICES_OUTBOX_PER_CHAT_INTERVAL": "0",
        "VOICES_OUTBOX_RATE_PER_SECOND": "1000",
        "VOICES_OUTBOX_LEASE_SECONDS": "2",
    }


async def _count(url: str, stmt: Any) -> int:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            return int((await conn.execute(stmt)).scalar_one())
    finally:
        await engine.dispose()


@pytest.fixture
async def standin(aiohttp_server: Any) -> tuple[FakeBotApi, TestServer]:
    api = FakeBotApi()
    return api, await aiohttp_server(api.app())


async def test_sigkill_under_load_loses_and_duplicates_nothing(
    db_url: str, tmp_path: Path, standin: tuple[FakeBotApi, TestServer]
) -> None:
    api, api_server = standin
    env = base_env(db_url, str(api_server.make_url("")).rstrip("/"), api.token, **_secrets())
    server = ServerProcess(env, tmp_path)
    await server.start()

    chats = [880_000 + i for i in range(CONVERSATIONS)]
    scripts = {
        chat: conversation(
            chat, 1_000 + i * 10, f"Case {chat}: the permit office in Athens lost our file."
        )
        for i, chat in enumerate(chats)
    }
    acknowledged = 0
    total = sum(len(s) for s in scripts.values())
    kills = [total // 4, total // 2]

    async with TelegramSender([server.url], run_method=api.run_answer) as sender:
        progress = asyncio.Condition()
        flowing = asyncio.Event()  # new conversations' updates may be sent
        flowing.set()
        last_id = select(func.coalesce(func.max(OutboxMessage.id), 0))

        async def run(chat: int) -> None:
            nonlocal acknowledged
            for update in scripts[chat]:
                await flowing.wait()
                await sender.deliver(update)
                async with progress:
                    acknowledged += 1
                    progress.notify_all()

        async def chaos() -> None:
            for threshold in kills:
                async with progress:
                    await progress.wait_for(lambda: acknowledged >= threshold)  # noqa: B023
                await server.kill()
                queued_before = await _count(db_url, last_id)
                flowing.clear()  # updates in flight are still redelivered until acknowledged
                await server.start()  # same port: the sender's retries find it again
                # Recovery: every reply queued before this crash is delivered; then the
                # load resumes, so the next kill also lands under load.
                undelivered = select(func.count()).where(
                    OutboxMessage.id <= queued_before, OutboxMessage.state != "sent"
                )
                deadline = asyncio.get_running_loop().time() + 60
                while await _count(db_url, undelivered):
                    assert asyncio.get_running_loop().time() < deadline, "no recovery"
                    await asyncio.sleep(0.1)  # another process's progress
                flowing.set()

        await asyncio.gather(chaos(), *(run(chat) for chat in chats))
        assert sender.failures > 1, "the kills should have interrupted some deliveries"

        # Every conversation: exactly one submission.
        assert await _count(db_url, select(func.count()).select_from(Submission)) == len(chats)
        # Every chat sees its receipt (delivered after restarts, by the worker).
        for chat in chats:
            await api.wait_sent(chat, len(scripts[chat]))
        # Replies leased by a killed process go out again once their lease ends: wait
        # (bounded) until the outbox says every reply was delivered.
        pending = select(func.count()).where(OutboxMessage.state != "sent")
        deadline = asyncio.get_running_loop().time() + 60
        while await _count(db_url, pending):
            assert asyncio.get_running_loop().time() < deadline, "replies never delivered"
            await asyncio.sleep(0.2)  # another process's progress: nothing to await on

    await server.stop()
    engine = create_async_engine(db_url)
    async with engine.connect() as conn:
        receipts = [r for (r,) in (await conn.execute(select(Submission.receipt))).all()]
    await engine.dispose()
    for chat in chats:
        texts = [c.params["text"] for c in api.sent(chat)]
        mine = [code for code in receipts if any(code in t for t in texts)]
        assert len(mine) == 1, "each person sees exactly their own receipt code"
        repeats = Counter(texts)
        assert max(repeats.values()) <= 2, "a reply may repeat at most once"
