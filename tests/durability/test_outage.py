"""A database outage loses nothing that was acknowledged.

``voices serve`` reaches PostgreSQL through a TCP proxy in the test. Two kinds of
outage, each for a minute: the proxy cuts every connection and refuses new ones (a
restarting or failed-over database), or it stops passing bytes while connections
stay open (a network partition, a frozen machine: nothing is refused, nothing
answers). Either way webhooks answer 503 with Retry-After within seconds meanwhile
(Telegram redelivers), and afterwards every conversation ends with exactly one
submission and every reply reaches its chat.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine

from storage.models import Submission
from tests.conftest import _truncate
from tests.fakes.harness import SECRET, ServerProcess, TelegramSender, base_env, conversation
from tests.fakes.telegram_api import FakeBotApi

CONVERSATIONS = 10
OUTAGE_SECONDS = 60  # a minute without the database
HEADERS = {"X-Telegram-Bot-Api-Secret-Token": SECRET}


class TcpProxy:
    """Forwards 127.0.0.1:<port> to the database.

    ``cut()`` breaks and refuses connections; ``hang()`` holds every byte (and new
    connections) until ``restore()``, like a partition that TCP rides out.
    """

    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.down = False
        self._flowing = asyncio.Event()
        self._flowing.set()
        self.port = 0
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self.cut()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    def cut(self) -> None:
        self.down = True
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    def hang(self) -> None:
        self._flowing.clear()

    def restore(self) -> None:
        self.down = False
        self._flowing.set()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await self._flowing.wait()
        if self.down:
            writer.transport.abort()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            writer.transport.abort()
            return
        self._writers.update((writer, up_writer))

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(OSError, asyncio.IncompleteReadError):
                while data := await src.read(65536):
                    await self._flowing.wait()
                    dst.write(data)
                    await dst.drain()
            dst.transport.abort()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


@pytest.fixture
async def standin(aiohttp_server: Any) -> tuple[FakeBotApi, TestServer]:
    api = FakeBotApi()
    return api, await aiohttp_server(api.app())


@pytest.mark.postgres
@pytest.mark.parametrize("kind", ["refused", "hung"])
async def test_database_outage_loses_nothing_acknowledged(
    pg_database: str, tmp_path: Path, standin: tuple[FakeBotApi, TestServer], kind: str
) -> None:
    await _truncate(pg_database)
    parts = urlsplit(pg_database)
    proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432)
    await proxy.start()
    via_proxy = urlunsplit(parts._replace(netloc=f"{parts.username}@127.0.0.1:{proxy.port}"))
    api, api_server = standin
    env = base_env(
        via_proxy,
        str(api_server.make_url("")).rstrip("/"),
        api.token,
        VOICES_PSEUDONYM_KEY=secrets.token_urlsafe(48),
        VOICES_CONTACT_KEY=base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        VOICES_SECRET_KEY=secrets.token_urlsafe(48),
        VOICES_DATABASE_TIMEOUT="3",
    )
    server = ServerProcess(env, tmp_path)
    await server.start()
    chats = [660_000 + i for i in range(CONVERSATIONS)]
    acknowledged = 0
    progress = asyncio.Condition()
    try:
        async with (
            aiohttp.ClientSession() as http,
            TelegramSender([server.url], run_method=api.run_answer) as sender,
        ):

            async def run(index: int, chat: int) -> None:
                nonlocal acknowledged
                for update in conversation(chat, 9_000 + index * 10, "The office shut."):
                    await sender.deliver(update)
                    async with progress:
                        acknowledged += 1
                        progress.notify_all()

            async def outage() -> None:
                async with progress:
                    await progress.wait_for(lambda: acknowledged >= CONVERSATIONS * 3)
                proxy.cut() if kind == "refused" else proxy.hang()
                # Meanwhile a new update is refused with Retry-After, not held open.
                await asyncio.sleep(1)
                began = loop.time()
                async with http.post(
                    f"{server.url}/webhooks/telegram", json=probe, headers=HEADERS
                ) as resp:
                    refused.append(
                        (resp.status, resp.headers.get("Retry-After"), loop.time() - began)
                    )
                await asyncio.sleep(OUTAGE_SECONDS - 1)  # the outage lasts this long in all
                proxy.restore()

            loop = asyncio.get_running_loop()
            probe = conversation(669_999, 99_000, "unused")[0]
            refused: list[tuple[int, str | None, float]] = []
            await asyncio.gather(outage(), *(run(i, chat) for i, chat in enumerate(chats)))
            assert sender.failures > 0, "the outage should have refused some deliveries"
            [(status, retry_after, seconds)] = refused
            assert status == 503
            assert retry_after is not None
            assert seconds < 10
            await sender.deliver(probe)  # and taken once the database is back
            # Every reply queued before, during and after the outage reaches its chat.
            for chat in chats:
                await api.wait_sent(chat, len(conversation(chat, 0, "x")))
    finally:
        await server.stop()
        await proxy.stop()

    engine = create_async_engine(pg_database)
    async with engine.connect() as conn:
        count = (await conn.execute(select(func.count()).select_from(Submission))).scalar()
    await engine.dispose()
    assert count == len(chats)
