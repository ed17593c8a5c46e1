"""Run real ``voices serve`` processes and drive them like Telegram does (bench and crash tests).

``TelegramSender`` posts updates to the webhook and, like Telegram, redelivers an
update until it gets a 2xx answer. ``ServerProcess`` starts, stops and kills a
``voices serve`` subprocess.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import aiohttp

from tests.fakes.telegram_api import callback_update, message_update

SECRET = "bench-webhook-secret"
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """Return a TCP port that is free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class ServerProcess:
    """One ``voices serve`` subprocess."""

    env: dict[str, str]
    cwd: Path
    port: int = field(default_factory=free_port)
    proc: asyncio.subprocess.Process | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        """Start the server and wait (60 s at most) until ``/healthz`` answers."""
        env = {**self.env, "PYTHONPATH": str(ROOT)}
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "voices.cli",
            "serve",
            "--port",
            str(self.port),
            cwd=self.cwd,
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        async with aiohttp.ClientSession() as http:
            while True:
                if self.proc.returncode is not None:
                    raise RuntimeError(f"voices serve exited with {self.proc.returncode}")
                with contextlib.suppress(aiohttp.ClientError):
                    async with http.get(f"{self.url}/healthz") as resp:
                        if resp.status == 200:
                            return
                if time.monotonic() > deadline:
                    raise TimeoutError("voices serve did not become healthy")
                await asyncio.sleep(0.05)

    async def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as in a crash or an OOM kill."""
        if self.proc is not None and self.proc.returncode is None:
            self.proc.send_signal(signal.SIGKILL)
            await self.proc.wait()

    async def stop(self) -> None:
        """SIGTERM and wait for a graceful exit."""
        if self.proc is not None and self.proc.returncode is None:
            self.proc.terminate()
            try:
                await asyncio.wait_for(self.proc.wait(), 20)
            except TimeoutError:
                await self.kill()


def base_env(database_url: str, api_base: str, token: str, **extra: str) -> dict[str, str]:
    """Environment for a server process: fresh database URL, Telegram via the stand-in."""
    # The servers get their own settings; only the group-commit tuning can be varied.
    keep = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("VOICES_") or k.startswith("VOICES_GROUP_COMMIT_")
    }
    return {
        **keep,
        "VOICES_DATABASE_URL": database_url,
        "VOICES_TELEGRAM_TOKEN": token,
        "VOICES_TELEGRAM_API_BASE": api_base,
        "VOICES_TELEGRAM_SECRET": SECRET,
        "VOICES_PUBLIC_URL": "https://voices.example.org",
        "VOICES_LOG_LEVEL": "WARNING",
        **extra,
    }


def conversation(chat_id: int, first_update_id: int, story: str) -> list[dict[str, Any]]:
    """The updates of one whole feedback conversation, as Telegram would send them."""
    uid = first_update_id
    steps: list[dict[str, Any]] = []

    def msg(text: str) -> None:
        nonlocal uid
        steps.append(message_update(uid, chat_id, text))
        uid += 1

    def press(data: str) -> None:
        nonlocal uid
        steps.append(callback_update(uid, chat_id, data))
        uid += 1

    msg("/start")
    press("lang:en")
    press("yes")
    msg("Greece")
    press("theme:papers")
    msg(story)
    press("trend:same")
    press("send")
    return steps


class _Connection(asyncio.Protocol):
    """One keep-alive HTTP/1.1 client connection, one request at a time.

    The load generator shares the machine's cores with the servers it measures, so
    it is kept lean: a request is one write and the answer is parsed only as far as
    its status line and headers. The bench process (this client and the Telegram
    stand-in) took 0.06-0.10 ms of CPU per update with it, 0.21 ms with aiohttp's.
    """

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.waiter: asyncio.Future[tuple[int, dict[str, str], bytes]] | None = None
        self.open = True

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast("asyncio.Transport", transport)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        lines = bytes(self.buffer[:end]).decode("latin-1").split("\r\n")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" not in headers:  # aiohttp's JSON answers always have one
            self._fail(ConnectionError("answer without Content-Length"))
            return
        length = int(headers["content-length"])
        if len(self.buffer) < end + 4 + length:
            return
        body = bytes(self.buffer[end + 4 : end + 4 + length])
        del self.buffer[: end + 4 + length]
        if headers.get("connection", "").lower() == "close":
            self.open = False
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result((int(lines[0].split(" ", 2)[1]), headers, body))

    def connection_lost(self, exc: Exception | None) -> None:
        self.open = False
        self._fail(ConnectionError("connection lost"))

    def _fail(self, exc: Exception) -> None:
        self.open = False
        if self.transport is not None:
            self.transport.close()
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(exc)

    async def request(self, raw: bytes, limit_s: float) -> tuple[int, dict[str, str], bytes]:
        if self.transport is None:
            raise ConnectionError("not connected")
        loop = asyncio.get_running_loop()
        self.waiter = loop.create_future()
        timer = loop.call_later(limit_s, self._fail, TimeoutError("no answer"))
        try:
            self.transport.write(raw)
            return await self.waiter
        finally:
            timer.cancel()
            self.waiter = None


class TelegramSender:
    """Posts updates like Telegram: each one again and again until a 2xx comes back.

    Like Telegram, it runs the Bot API method a 2xx answer names (a reply riding the
    answer) through ``run_method``, when given (the stand-in's ``run_answer``).
    """

    def __init__(
        self,
        urls: list[str],
        *,
        timeout: float = 60.0,
        run_method: Callable[[dict[str, Any]], Awaitable[object]] | None = None,
    ) -> None:
        self.urls = urls
        self.timeout = timeout
        self.run_method = run_method
        self.attempts = 0
        self.failures = 0
        self._idle: dict[str, list[_Connection]] = {}

    async def __aenter__(self) -> TelegramSender:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the kept-alive connections."""
        for idle in self._idle.values():
            for conn in idle:
                if conn.transport is not None:
                    conn.transport.close()
        self._idle.clear()

    async def deliver(self, update: dict[str, Any], *, prefer: int = 0) -> float:
        """Deliver one update; return the latency of the successful attempt in seconds."""
        body = json.dumps(update).encode()
        index = prefer
        deadline = time.monotonic() + 120
        while True:
            url = self.urls[index % len(self.urls)]
            self.attempts += 1
            start = time.perf_counter()
            try:
                status, headers, answer = await self._post(url, body)
                if 200 <= status < 300:
                    latency = time.perf_counter() - start
                    if self.run_method is not None and b'"method"' in answer:
                        await self.run_method(json.loads(answer))
                    return latency
                retry_after = float(headers.get("retry-after", "0") or 0)
            except (OSError, TimeoutError):
                retry_after = 0.0
            self.failures += 1
            if time.monotonic() > deadline:
                raise TimeoutError("update was never acknowledged")
            index += 1  # another process, if there is one
            await asyncio.sleep(min(max(retry_after, 0.05), 1.0))

    async def _post(self, url: str, body: bytes) -> tuple[int, dict[str, str], bytes]:
        host = url.removeprefix("http://").rstrip("/")
        idle = self._idle.setdefault(host, [])
        while idle and not idle[-1].open:
            idle.pop()
        if idle:
            conn = idle.pop()
        else:
            name, _, port = host.rpartition(":")
            _, conn = await asyncio.get_running_loop().create_connection(
                _Connection, name, int(port)
            )
        raw = (
            f"POST /webhooks/telegram HTTP/1.1\r\nHost: {host}\r\n"
            f"Content-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: {SECRET}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        try:
            answer = await conn.request(raw, self.timeout)
        except BaseException:
            conn._fail(ConnectionError("request abandoned"))
            raise
        if conn.open and not conn.buffer:
            idle.append(conn)
        return answer
