"""End-to-end webhook benchmark: Telegram updates -> webhook -> pipeline -> commit -> 200.

Each virtual sender runs whole feedback conversations (8 updates each, one of them
free text through the real pipeline) against real ``voices serve`` processes, on
SQLite or PostgreSQL, with one or two processes. The same load against a bare
aiohttp handler, in the same run, gives the ratio. Latency is measured from the
request to its 2xx, which the service sends only after the commit.

Closed loop: ``concurrency`` senders, each waiting for its answer (throughput).
Open loop: conversations started at a fixed rate (latency at a given load).
"""

from __future__ import annotations

import asyncio
import base64
import os
import secrets
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from tests.fakes.harness import (
    ROOT,
    ServerProcess,
    TelegramSender,
    base_env,
    conversation,
    free_port,
)
from tests.fakes.telegram_api import FakeBotApi

PG_ADMIN_URL = os.environ.get(
    "VOICES_BENCH_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
UPDATES_PER_CONVERSATION = len(conversation(0, 0, ""))
STORIES = [
    "My name is Samuel Okafor and the permit office in Athens lost our file twice.",
    "Je m'appelle Awa Diallo, le centre de santé à Lyon a refusé de soigner mon fils.",
    "اسمي أحمد، صاحب العمل في بيروت لم يدفع أجري منذ ثلاثة أشهر. رقمي +961 3 123 456",
    "The bus to the reception centre stopped running and nobody told us, call +30 691 234 5678",
]


@dataclass
class Row:
    """One benchmark configuration's result."""

    target: str
    database: str
    processes: int
    mode: str
    requests: int
    seconds: float
    per_second: float
    p50_ms: float
    p99_ms: float
    failures: int
    # Peak resident memory of the largest server process (Linux), None elsewhere.
    peak_rss_mb: float | None = None
    # Whole conversations sent, and submissions the database holds for them afterwards
    # (None for the bare handler): the two must be equal.
    conversations: int | None = None
    filed: int | None = None


def peak_rss_mb(pid: int) -> float | None:
    """A process's peak resident set size in MiB, from /proc (Linux only)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, round(q * (len(ordered) - 1)))
    return ordered[index] * 1000


async def _closed_loop(
    sender: TelegramSender, conversations: int, concurrency: int, first_chat: int
) -> tuple[list[float], float]:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(conversations):
        queue.put_nowait(i)
    latencies: list[float] = []

    async def worker(slot: int) -> None:
        while True:
            try:
                i = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            chat = first_chat + i
            for update in conversation(chat, chat * 10, STORIES[i % len(STORIES)]):
                latencies.append(await sender.deliver(update, prefer=slot))

    start = time.perf_counter()
    await asyncio.gather(*(worker(slot) for slot in range(concurrency)))
    return latencies, time.perf_counter() - start


async def _open_loop(
    sender: TelegramSender, rate: float, seconds: float, first_chat: int
) -> tuple[list[float], float]:
    """Start updates at ``rate`` per second (a new conversation whenever one is due)."""
    latencies: list[float] = []
    tasks: list[asyncio.Task[None]] = []
    interval = UPDATES_PER_CONVERSATION / rate

    async def run(i: int) -> None:
        chat = first_chat + i
        for update in conversation(chat, chat * 10, STORIES[i % len(STORIES)]):
            began = time.perf_counter()
            latencies.append(await sender.deliver(update, prefer=i))
            # Space a conversation's own messages to keep the offered rate steady.
            spent = time.perf_counter() - began
            await asyncio.sleep(max(0.0, interval - spent))

    start = time.perf_counter()
    i = 0
    while time.perf_counter() - start < seconds:
        tasks.append(asyncio.create_task(run(i)))
        i += 1
        await asyncio.sleep(interval)
    await asyncio.gather(*tasks)
    return latencies, time.perf_counter() - start


async def _scratch_postgres() -> tuple[str, str]:
    name = f"voices_bench_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()
    return f"{PG_ADMIN_URL.rpartition('/')[0]}/{name}", name


async def _drop_postgres(name: str) -> None:
    admin = create_async_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await admin.dispose()


async def _count_filed(url: str) -> int:
    """Submissions in the database (every acknowledged conversation must have one)."""
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            return int((await conn.execute(text("SELECT count(*) FROM submissions"))).scalar_one())
    finally:
        await engine.dispose()


async def _standin() -> tuple[FakeBotApi, web.AppRunner, str]:
    api = FakeBotApi()
    runner = web.AppRunner(api.app(), access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return api, runner, f"http://127.0.0.1:{port}"


async def run_voices(
    database: str,
    processes: int,
    *,
    conversations: int,
    concurrency: int,
    open_rate: float | None = None,
    open_seconds: float = 10.0,
) -> Row:
    """Benchmark real ``voices serve`` processes."""
    api, runner, api_base = await _standin()
    workdir = Path(tempfile.mkdtemp(prefix="voices-bench-"))
    pg_name = None
    if database == "postgres":
        url, pg_name = await _scratch_postgres()
    else:
        url = f"sqlite+aiosqlite:///{workdir / 'bench.db'}"
    env = base_env(
        url,
        api_base,
        api.token,
        VOICES_PSEUDONYM_KEY=secrets.token_urlsafe(48),
        VOICES_CONTACT_KEY=base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        VOICES_SECRET_KEY=secrets.token_urlsafe(48),
        VOICES_MAX_CONCURRENT_REQUESTS="10000",
    )
    servers = [ServerProcess(env, workdir) for _ in range(processes)]
    try:
        # One migrates first; the others find the schema ready.
        await servers[0].start()
        await asyncio.gather(*(s.start() for s in servers[1:]))
        async with TelegramSender([s.url for s in servers], run_method=api.run_answer) as sender:
            # Warm up: first requests load lazy caches in every process.
            warm_up = 8 * processes
            await _closed_loop(sender, warm_up, 4 * processes, first_chat=9_000_000)
            sender.failures = 0
            if open_rate is None:
                latencies, seconds = await _closed_loop(sender, conversations, concurrency, 1_000)
                mode = f"closed, {concurrency} senders"
            else:
                latencies, seconds = await _open_loop(sender, open_rate, open_seconds, 1_000)
                mode = f"open, {open_rate:.0f}/s offered"
        peaks = [peak_rss_mb(s.proc.pid) for s in servers if s.proc is not None]
        filed = await _count_filed(url) - warm_up
    finally:
        await asyncio.gather(*(s.stop() for s in servers))
        await runner.cleanup()
        if pg_name:
            await _drop_postgres(pg_name)
    return Row(
        target="voices",
        database=database,
        processes=processes,
        mode=mode,
        requests=len(latencies),
        seconds=round(seconds, 2),
        per_second=round(len(latencies) / seconds, 1),
        p50_ms=round(_percentile(latencies, 0.5), 1),
        p99_ms=round(_percentile(latencies, 0.99), 1),
        failures=sender.failures,
        peak_rss_mb=max((p for p in peaks if p is not None), default=None),
        conversations=len(latencies) // UPDATES_PER_CONVERSATION,
        filed=filed,
    )


async def run_bare(*, conversations: int, concurrency: int) -> Row:
    """The same closed-loop load against a bare aiohttp handler."""
    port = free_port()
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.bare_server",
        str(port),
        cwd=ROOT,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
            deadline = time.monotonic() + 20
            while True:
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as resp:
                        if resp.status == 200:
                            break
                except aiohttp.ClientError:
                    if time.monotonic() > deadline:
                        raise
                    await asyncio.sleep(0.05)
            async with TelegramSender([f"http://127.0.0.1:{port}"]) as sender:
                latencies, seconds = await _closed_loop(sender, conversations, concurrency, 1_000)
        peak = peak_rss_mb(proc.pid)
    finally:
        proc.terminate()
        await proc.wait()
    return Row(
        target="bare aiohttp",
        database="-",
        processes=1,
        mode=f"closed, {concurrency} senders",
        requests=len(latencies),
        seconds=round(seconds, 2),
        per_second=round(len(latencies) / seconds, 1),
        p50_ms=round(_percentile(latencies, 0.5), 1),
        p99_ms=round(_percentile(latencies, 0.99), 1),
        failures=sender.failures,
        peak_rss_mb=peak,
    )


def as_dict(row: Row) -> dict[str, Any]:
    """JSON-friendly form of a row."""
    return asdict(row)


def median(values: list[float]) -> float:
    """Median, for summaries."""
    return statistics.median(values)
