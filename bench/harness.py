"""Run real ``voices serve`` processes and drive them like Telegram does (bench and crash tests).

``TelegramSender`` posts updates to the webhook and, like Telegram, redelivers an
update until it gets a 2xx answer. ``ServerProcess`` starts, stops and kills a
``voices serve`` subprocess.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from bench.telegram_standin import callback_update, message_update

SECRET = "bench-webhook-secret"  # noqa: S105 - a test secret for local servers
ROOT = Path(__file__).resolve().parents[1]


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
            "intake.cli",
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


@dataclass
class TelegramSender:
    """Posts updates like Telegram: each one again and again until a 2xx comes back."""

    http: aiohttp.ClientSession
    urls: list[str]
    attempts: int = 0
    failures: int = 0

    async def deliver(self, update: dict[str, Any], *, prefer: int = 0) -> float:
        """Deliver one update; return the latency of the successful attempt in seconds."""
        index = prefer
        deadline = time.monotonic() + 120
        while True:
            url = self.urls[index % len(self.urls)] + "/webhooks/telegram"
            self.attempts += 1
            start = time.perf_counter()
            try:
                async with self.http.post(
                    url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
                ) as resp:
                    await resp.read()
                    if 200 <= resp.status < 300:
                        return time.perf_counter() - start
                    retry_after = float(resp.headers.get("Retry-After", "0") or 0)
            except (aiohttp.ClientError, TimeoutError):
                retry_after = 0.0
            self.failures += 1
            if time.monotonic() > deadline:
                raise TimeoutError("update was never acknowledged")
            index += 1  # another process, if there is one
            await asyncio.sleep(min(max(retry_after, 0.05), 1.0))
