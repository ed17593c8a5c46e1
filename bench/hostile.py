"""Hostile load against one real ``voices serve`` on SQLite, on 127.0.0.1 only.

Run it with ``python -m bench.hostile [--only slow,race,flood,logins] [--json FILE]``.
For each attack a probe sends one valid Telegram update every 0.5 s and records
whether it got a 2xx and how long it took; the attack's own answers are counted
too. Every attack is bounded in connections, requests and time, and stops by itself.

- ``slow``: 256 connections POST ``/webhooks/whatsapp`` with ``Content-Length:
  100000`` and send one byte every 5 s, for ``--slow-seconds``.
- ``race``: 200 form posts at once from one client address (limit 5 per window).
- ``flood``: 100 form posts at once, each with 10,000 characters, from 100 client
  addresses (``X-Forwarded-For`` through ``VOICES_TRUSTED_PROXIES=127.0.0.1``), so
  every one reaches the pipeline.
- ``logins``: 64 wrong passwords at once for one console account.

Done when, during each attack, at least 95% of the probes get a 2xx with p99 at most
2 s, and the race accepts no more than the limit.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import random
import re
import secrets
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from tests.fakes.harness import SECRET, ServerProcess, base_env, free_port
from tests.fakes.telegram_api import FakeBotApi, message_update

HOST = "127.0.0.1"
# Attackers come from other loopback addresses than the probe (Telegram's stand-in),
# as they would from other hosts: a per-address limit must not hit the probe.
SLOW_FROM = "127.0.0.2"
RACE_FROM = "127.0.0.3"
LOGIN_FROM = "127.0.0.4"
PROBE_INTERVAL = 0.5
PROBE_TIMEOUT = 10.0
FORM_LIMIT = 5
CONSOLE_USER = "bench-admin"
CONSOLE_PASSWORD = "bench-password-" + "x" * 8
ROOT = Path(__file__).resolve().parents[1]
WHATSAPP = {
    "VOICES_WHATSAPP_TOKEN": "bench-wa-token",
    "VOICES_WHATSAPP_APP_SECRET": "bench-wa-secret",
    "VOICES_WHATSAPP_VERIFY_TOKEN": "bench-wa-verify",
    "VOICES_WHATSAPP_PHONE_NUMBER_ID": "1234567890",
}
WORDS = [
    *[
        "the",
        "office",
        "at",
        "the",
        "border",
        "asked",
        "for",
        "papers",
        "again",
        "and",
        "again",
        "while",
        "we",
        "waited",
    ],
    *[
        "in",
        "the",
        "cold",
        "for",
        "many",
        "hours",
        "without",
        "water",
        "or",
        "news",
        "about",
        "our",
        "families",
    ],
    *[
        "community",
        "clinic",
        "school",
        "work",
        "permit",
        "housing",
        "rent",
        "employer",
        "wages",
        "late",
        "fees",
    ],
    *["lawyer", "interpreter", "court"],
]


@dataclass
class Probe:
    """What the Telegram probe saw while an attack ran."""

    sent: int = 0
    ok: int = 0
    latencies: list[float] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)

    def record(self, status: str, seconds: float) -> None:
        self.sent += 1
        self.statuses[status] = self.statuses.get(status, 0) + 1
        self.latencies.append(seconds)
        if status.startswith("2"):
            self.ok += 1

    def summary(self) -> dict[str, Any]:
        values = sorted(self.latencies)

        def pct(q: float) -> float:
            if not values:
                return 0.0
            return round(values[min(len(values) - 1, int(q * len(values)))] * 1000, 1)

        return {
            "probes": self.sent,
            "ok_share": round(self.ok / self.sent, 3) if self.sent else 0.0,
            "p50_ms": pct(0.5),
            "p99_ms": pct(0.99),
            "max_ms": round(values[-1] * 1000, 1) if values else 0.0,
            "statuses": self.statuses,
        }


@dataclass
class Result:
    """One attack's figures."""

    attack: str
    seconds: float
    probe: dict[str, Any]
    attack_answers: dict[str, int]
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        ok = self.probe["ok_share"] >= 0.95 and self.probe["p99_ms"] <= 2000
        if self.attack == "race":
            ok = ok and self.attack_answers.get("200", 0) <= FORM_LIMIT
        return bool(ok)


def _count(answers: dict[str, int], key: str) -> None:
    answers[key] = answers.get(key, 0) + 1


async def _probe_loop(url: str, stop: asyncio.Event, probe: Probe, first_id: int) -> None:
    """Send one valid Telegram update every 0.5 s until ``stop`` is set."""
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    timeout = aiohttp.ClientTimeout(total=PROBE_TIMEOUT)
    tasks: set[asyncio.Task[None]] = set()
    async with aiohttp.ClientSession(timeout=timeout) as http:

        async def one(i: int) -> None:
            update = message_update(first_id + i, 50_000_000 + first_id + i, "/start")
            start = time.monotonic()
            try:
                async with http.post(f"{url}/webhooks/telegram", json=update, headers=headers) as r:
                    await r.read()
                    status = str(r.status)
            except (aiohttp.ClientError, TimeoutError) as exc:
                status = type(exc).__name__
            probe.record(status, time.monotonic() - start)

        i = 0
        while not stop.is_set():
            task = asyncio.create_task(one(i))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            i += 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), PROBE_INTERVAL)
        if tasks:
            await asyncio.gather(*tasks)


async def _slow_bodies(url: str, answers: dict[str, int], seconds: float) -> None:
    """256 connections that trickle a 100,000-byte body at one byte per 5 s.

    A connection that is answered or closed is opened again (after 0.5 s), as an
    attacker would, until ``seconds`` have passed.
    """
    port = int(url.rsplit(":", 1)[1])
    deadline = time.monotonic() + seconds

    async def once() -> None:
        try:
            reader, writer = await asyncio.open_connection(HOST, port, local_addr=(SLOW_FROM, 0))
        except OSError:
            _count(answers, "connect_refused")
            return
        try:
            writer.write(
                b"POST /webhooks/whatsapp HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                b"Content-Type: application/json\r\nX-Hub-Signature-256: sha256=00\r\n"
                b"Content-Length: 100000\r\n\r\n"
            )
            await writer.drain()
            while time.monotonic() < deadline:
                read = asyncio.ensure_future(reader.read(1024))
                done, _ = await asyncio.wait({read}, timeout=min(5, deadline - time.monotonic()))
                if done:
                    data = read.result()
                    status = data.split(b" ", 2)[1].decode() if data.startswith(b"HTTP") else ""
                    _count(answers, status or "closed")
                    return
                read.cancel()
                writer.write(b" ")
                await writer.drain()
            _count(answers, "still_open")
        except (ConnectionError, OSError):
            _count(answers, "reset")
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await writer.wait_closed()

    async def slot() -> None:
        while time.monotonic() < deadline:
            await once()
            await asyncio.sleep(0.5)

    await asyncio.gather(*(slot() for _ in range(256)))


async def _form_session(http: aiohttp.ClientSession, url: str) -> tuple[str, dict[str, str]]:
    """Open the form once; return its CSRF token and the cookies that go with it."""
    async with http.get(f"{url}/feedback?lang=en") as resp:
        page = await resp.text()
        cookies = {k: v.value for k, v in resp.cookies.items()}
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    if match is None:
        raise RuntimeError("no CSRF token on the form")
    return match.group(1), cookies


def _story(rng: random.Random, chars: int) -> str:
    words: list[str] = []
    size = 0
    while size < chars:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:chars]


def _client(source: str) -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(local_addr=(source, 0), limit=0)
    return aiohttp.ClientSession(
        connector=connector,
        timeout=aiohttp.ClientTimeout(total=120),
        cookie_jar=aiohttp.CookieJar(unsafe=True),  # keep cookies set by an IP address
    )


async def _form_posts(
    url: str, answers: dict[str, int], count: int, chars: int, *, spread_addresses: bool
) -> None:
    rng = random.Random(18)
    # Spread: 100 visitors behind the trusted proxy; otherwise one address of its own.
    async with _client(HOST if spread_addresses else RACE_FROM) as http:
        csrf, cookies = await _form_session(http, url)
        cookie_header = "; ".join(f"{k}={v}" for k, v in cookies.items())

        async def one(i: int) -> None:
            headers = {"Cookie": cookie_header}
            if spread_addresses:
                headers["X-Forwarded-For"] = f"198.51.100.{i % 250 + 1}"
            data = {
                "csrf": csrf,
                "lang": "en",
                "consent": "yes",
                "country": "KE",
                "theme": "work",
                "text": _story(rng, chars),
                "form_id": secrets.token_urlsafe(16),
            }
            try:
                async with http.post(f"{url}/feedback", data=data, headers=headers) as resp:
                    await resp.read()
                    _count(answers, str(resp.status))
            except (aiohttp.ClientError, TimeoutError) as exc:
                _count(answers, type(exc).__name__)

        await asyncio.gather(*(one(i) for i in range(count)))


async def _bad_logins(url: str, answers: dict[str, int], count: int) -> None:
    async with _client(LOGIN_FROM) as http:
        async with http.get(f"{url}/console/login") as resp:
            page = await resp.text()
            # The cookie is Secure (the bench's public URL is https): send it by hand.
            cookie = "; ".join(f"{k}={v.value}" for k, v in resp.cookies.items())
        match = re.search(r'name="csrf" value="([^"]+)"', page)
        csrf = match.group(1) if match else ""

        async def one(i: int) -> None:
            data = {"csrf": csrf, "username": CONSOLE_USER, "password": f"wrong-{i}"}
            try:
                async with http.post(
                    f"{url}/console/login",
                    data=data,
                    headers={"Cookie": cookie},
                    allow_redirects=False,
                ) as resp:
                    await resp.read()
                    _count(answers, str(resp.status))
            except (aiohttp.ClientError, TimeoutError) as exc:
                _count(answers, type(exc).__name__)

        await asyncio.gather(*(one(i) for i in range(count)))


async def _with_probe(
    name: str, url: str, attack: Callable[[dict[str, int]], Awaitable[None]], first_id: int
) -> Result:
    # Warm up first (the first requests load lazy caches): only the attack is measured.
    async with aiohttp.ClientSession() as http:
        for i in range(3):
            update = message_update(first_id - 10 + i, 60_000_000 + first_id + i, "/start")
            async with http.post(
                f"{url}/webhooks/telegram",
                json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
            ) as resp:
                await resp.read()
    probe = Probe()
    stop = asyncio.Event()
    answers: dict[str, int] = {}
    prober = asyncio.create_task(_probe_loop(url, stop, probe, first_id))
    start = time.monotonic()
    try:
        await attack(answers)
        # Keep probing a little: an attack's damage can outlast its requests.
        await asyncio.sleep(2)
    finally:
        stop.set()
        await prober
    return Result(name, round(time.monotonic() - start, 1), probe.summary(), answers)


async def _add_console_user(server: ServerProcess) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "voices.cli",
        "user",
        "add",
        CONSOLE_USER,
        "--role",
        "admin",
        "--password-stdin",
        cwd=server.cwd,
        env={**server.env, "PYTHONPATH": str(ROOT)},
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    await proc.communicate((CONSOLE_PASSWORD + "\n").encode())


async def _attack(name: str, server: ServerProcess, slow_seconds: float, first_id: int) -> Result:
    url = server.url
    attacks: dict[str, Callable[[dict[str, int]], Awaitable[None]]] = {
        "slow": lambda a: _slow_bodies(url, a, slow_seconds),
        "race": lambda a: _form_posts(url, a, 200, 200, spread_addresses=False),
        "flood": lambda a: _form_posts(url, a, 100, 10_000, spread_addresses=True),
        "logins": lambda a: _bad_logins(url, a, 64),
    }
    if name not in attacks:
        raise ValueError(f"unknown attack {name!r}")
    if name == "logins":
        await _add_console_user(server)
    return await _with_probe(name, url, attacks[name], first_id)


async def run(attacks: list[str], slow_seconds: float) -> list[Result]:
    """Start a server (and a Telegram stand-in), run each attack on a fresh one."""
    results: list[Result] = []
    for index, name in enumerate(attacks):
        api = FakeBotApi()
        runner = web.AppRunner(api.app(), access_log=None)
        await runner.setup()
        api_port = free_port()
        await web.TCPSite(runner, HOST, api_port).start()
        workdir = Path(tempfile.mkdtemp(prefix="voices-hostile-"))
        env = base_env(
            f"sqlite+aiosqlite:///{workdir / 'voices.db'}",
            f"http://{HOST}:{api_port}",
            api.token,
            VOICES_PSEUDONYM_KEY=secrets.token_urlsafe(48),
            VOICES_CONTACT_KEY=base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
            VOICES_SECRET_KEY=secrets.token_urlsafe(48),
            **WHATSAPP,
            VOICES_WHATSAPP_API_BASE=f"http://{HOST}:{api_port}",
            VOICES_FORM_RATE_LIMIT=str(FORM_LIMIT),
            VOICES_TRUSTED_PROXIES=HOST,
            VOICES_OUTBOX_RATE_PER_SECOND="0",
        )
        server = ServerProcess(env, workdir)
        try:
            await server.start()
            result = await _attack(name, server, slow_seconds, first_id=1_000 * (index + 1))
            results.append(result)
            verdict = "PASS" if result.passed else "FAIL"
            print(f"{verdict} {json.dumps(asdict(result))}", flush=True)
        finally:
            await server.stop()
            await runner.cleanup()
    return results


def main(argv: list[str] | None = None) -> int:
    """Run the attacks; exit 1 when one of them misses the target."""
    parser = argparse.ArgumentParser(prog="python -m bench.hostile", description=__doc__)
    parser.add_argument("--only", default="slow,race,flood,logins")
    parser.add_argument("--slow-seconds", type=float, default=30.0)
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args(argv)
    attacks = [a.strip() for a in args.only.split(",") if a.strip()]
    results = asyncio.run(run(attacks, min(args.slow_seconds, 120.0)))
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
