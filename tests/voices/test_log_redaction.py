"""Logs at DEBUG carry no secret, chat id or message text: a real ``voices serve`` process.

The server runs with ``VOICES_LOG_LEVEL=DEBUG`` against the Telegram stand-in; one
conversation goes through the webhook, the pipeline and the outbox worker (so the
bot library sends and logs), and then its whole stderr is searched.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import secrets
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp

from tests.fakes.harness import ROOT, SECRET, base_env, free_port
from tests.fakes.telegram_api import FakeBotApi, message_update

CHAT_ID = 731_904_266
STORY = "Zebulon Quartermaine held my passport at the Ostrava depot for nine weeks."


async def test_debug_logs_hold_no_secret_chat_id_or_text(
    aiohttp_server: Any, tmp_path: Path
) -> None:
    api = FakeBotApi()
    standin = await aiohttp_server(api.app())
    metrics_token = secrets.token_urlsafe(24)
    env = base_env(
        f"sqlite+aiosqlite:///{tmp_path / 'voices.db'}",
        str(standin.make_url("")).rstrip("/"),
        api.token,
        VOICES_PSEUDONYM_KEY=secrets.token_urlsafe(48),
        VOICES_CONTACT_KEY=base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        VOICES_SECRET_KEY=secrets.token_urlsafe(48),
        VOICES_METRICS_TOKEN=metrics_token,
        VOICES_LOG_LEVEL="DEBUG",
        VOICES_OUTBOX_RATE_PER_SECOND="0",
        VOICES_OUTBOX_PER_CHAT_INTERVAL="0",
        PYTHONPATH=str(ROOT),
    )
    port = free_port()
    log_path = tmp_path / "stderr.log"
    with log_path.open("wb") as stderr:
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
            stderr=stderr,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as http:
            deadline = time.monotonic() + 60
            while True:
                with contextlib.suppress(aiohttp.ClientError):
                    async with http.get(f"{url}/healthz") as resp:
                        if resp.status == 200:
                            break
                assert time.monotonic() < deadline, "voices serve did not start"
                await asyncio.sleep(0.1)
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            rode = 0  # first replies sent in the webhook's answer, not through the API
            for i, text in enumerate(("/start", STORY)):
                update = message_update(900 + i, CHAT_ID, text, first_name="Zebulon")
                async with http.post(
                    f"{url}/webhooks/telegram", json=update, headers=headers
                ) as resp:
                    assert resp.status == 200
                    rode += "sendMessage" in await resp.text()
            metrics = {"Authorization": f"Bearer {metrics_token}"}
            async with http.get(f"{url}/metrics", headers=metrics) as resp:
                assert resp.status == 200
            await asyncio.wait_for(api.wait_sent(CHAT_ID, 2 - rode), 30)
    finally:
        proc.terminate()
        await asyncio.wait_for(proc.wait(), 30)
    log = log_path.read_text(encoding="utf-8")
    assert '"level": "DEBUG"' in log or '"level": "INFO"' in log  # it did log
    for secret in (SECRET, api.token, env["VOICES_SECRET_KEY"], metrics_token):
        assert secret not in log
    assert api.token.split(":")[1] not in log
    for personal in (str(CHAT_ID), "Zebulon", "Quartermaine", "Ostrava", "passport"):
        assert personal not in log, personal
