"""The intake under hostile load: slow bodies, per-address caps, client addresses, caps on
input, the form's shared limit, the pipeline off the event loop, private files.

Small numbers here; ``python -m bench.hostile`` runs the full-size attacks.
"""

from __future__ import annotations

import asyncio
import os
import stat
import threading
import time
from ipaddress import ip_network
from pathlib import Path
from typing import Any, cast

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from sqlalchemy import text as sql
from sqlalchemy.pool import QueuePool

from bot.engine import Analysis, ConversationEngine
from intake.http_common import read_json
from intake.service import OFFLOAD_CHARS, IntakeService
from storage import migrate
from storage.models import Submission
from tests.channels.conftest import _channel
from tests.channels.test_web import answers, open_form
from tests.conftest import make_settings, shared_pipeline
from tests.fakes.channel import FakeChannel
from voices.app import create_app
from voices.http import resolve_client
from voices.services import Services, build_services

Client = TestClient[Any, Any]


@pytest.mark.parametrize(
    ("remote", "header", "client"),
    [
        ("203.0.113.5", None, "203.0.113.5"),  # no proxy
        ("203.0.113.5", "198.51.100.1", "203.0.113.5"),  # header from a stranger: ignored
        ("10.0.0.2", "198.51.100.1", "198.51.100.1"),  # our proxy vouches for it
        ("10.0.0.2", "1.1.1.1, 198.51.100.1", "198.51.100.1"),  # the client's own claim
        ("10.0.0.2", "198.51.100.1, 10.0.0.9", "198.51.100.1"),  # two of our proxies
        ("10.0.0.2", "garbage, 198.51.100.1", "198.51.100.1"),
        ("10.0.0.2", "198.51.100.1, garbage", "10.0.0.2"),  # garbled by a proxy: the peer
        ("10.0.0.2", None, "10.0.0.2"),
    ],
)
def test_client_address_through_trusted_proxies(
    remote: str, header: str | None, client: str
) -> None:
    assert resolve_client(remote, header, [ip_network("10.0.0.0/8")]) == client


def test_untrusted_settings_are_refused_by_name() -> None:
    settings = make_settings("sqlite+aiosqlite://", trusted_proxies="10.0.0.0/8, not-an-ip")
    with pytest.raises(Exception, match="VOICES_TRUSTED_PROXIES"):
        settings.trusted_networks()


async def _app(aiohttp_client: Any, url: str, **settings: Any) -> tuple[Client, Services]:
    services = build_services(make_settings(url, **settings))
    app = create_app(services, analyser=shared_pipeline(), run_worker=False)

    async def echo(request: web.Request) -> web.Response:
        return web.json_response({"got": await read_json(request)})

    app.router.add_post("/echo", echo)
    client: Client = await aiohttp_client(app)
    return client, services


async def _trickle(client: Client, path: str = "/echo", length: int = 1000) -> Any:
    """Open a POST that announces ``length`` bytes and sends ten; returns the streams."""
    assert client.server.host is not None
    assert client.server.port is not None
    reader, writer = await asyncio.open_connection(client.server.host, client.server.port)
    writer.write(
        f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {length}\r\n\r\n".encode()
        + b"[" * 10
    )
    await writer.drain()
    return reader, writer


async def test_slow_body_is_cut_off_and_holds_no_work_slot(
    aiohttp_client: Any, sqlite_url: str
) -> None:
    client, _ = await _app(
        aiohttp_client, sqlite_url, max_concurrent_requests=1, body_timeout=5, body_min_rate=100
    )
    start = time.monotonic()
    reader, writer = await _trickle(client)
    await asyncio.sleep(0.3)
    # Only one request may be worked on at once, yet the slow body does not count.
    fast = await client.post("/echo", json={"ok": 1})
    assert fast.status == 200
    answer = await asyncio.wait_for(reader.read(4096), 5)
    assert answer.startswith(b"HTTP/1.1 408")
    assert b"request_body_too_slow" in answer
    # Cut off at the rate floor (after the first second), not at the 5 s deadline.
    assert time.monotonic() - start < 3
    writer.close()


async def test_body_deadline_applies_even_at_a_good_rate(
    aiohttp_client: Any, sqlite_url: str
) -> None:
    client, _ = await _app(aiohttp_client, sqlite_url, body_timeout=1.0, body_min_rate=0)
    reader, writer = await _trickle(client)
    answer = await asyncio.wait_for(reader.read(4096), 5)
    assert answer.startswith(b"HTTP/1.1 408")
    writer.close()


async def test_one_address_cannot_take_every_connection(
    aiohttp_client: Any, sqlite_url: str
) -> None:
    client, _ = await _app(
        aiohttp_client,
        sqlite_url,
        max_requests_per_address=2,
        body_timeout=30,
        body_min_rate=0,
        trusted_proxies="127.0.0.1",
    )
    slow = [await _trickle(client), await _trickle(client)]
    await asyncio.sleep(0.3)
    refused = await client.post("/echo", json={"x": 1})
    assert refused.status == 429
    assert refused.headers["Retry-After"] == "1"
    assert (await client.get("/healthz")).status == 200  # liveness is never refused
    # Another client, behind the trusted proxy, is not affected.
    other = await client.post("/echo", json={"x": 1}, headers={"X-Forwarded-For": "192.0.2.4"})
    assert other.status == 200
    for _, writer in slow:
        writer.close()


async def test_deep_json_is_400_not_500(aiohttp_client: Any, sqlite_url: str) -> None:
    client, _ = await _app(aiohttp_client, sqlite_url, max_body_bytes=256 * 1024)
    for body in (b"[" * 100_000, b"[" * 5000 + b"]" * 5000):
        resp = await client.post("/echo", data=body)
        assert resp.status == 400
        assert (await resp.json())["error"]["code"] == "too_deep"


async def test_metrics_are_off_without_a_token(aiohttp_client: Any, sqlite_url: str) -> None:
    client, _ = await _app(aiohttp_client, sqlite_url)
    assert (await client.get("/metrics")).status == 404


async def test_form_race_from_one_address_accepts_only_the_limit(
    aiohttp_client: Any, aiohttp_server: Any, db_url: str, tmp_path: Path
) -> None:
    ch = await _channel(aiohttp_client, aiohttp_server, db_url, tmp_path, form_rate_limit=3)
    html = await open_form(ch.client)

    async def post(i: int) -> Any:
        return await ch.client.post("/feedback", data=answers(html, form_id=f"race-form-{i:04d}x"))

    responses = await asyncio.gather(*(post(i) for i in range(20)))
    statuses = [r.status for r in responses]
    assert statuses.count(200) == 3
    assert statuses.count(429) == 17
    assert all(int(r.headers["Retry-After"]) > 0 for r in responses if r.status == 429)
    assert await ch.count(Submission) == 3


async def test_form_limit_holds_across_processes(
    aiohttp_client: Any, aiohttp_server: Any, sqlite_url: str, tmp_path: Path
) -> None:
    first = await _channel(aiohttp_client, aiohttp_server, sqlite_url, tmp_path, form_rate_limit=2)
    second = await _channel(aiohttp_client, aiohttp_server, sqlite_url, tmp_path, form_rate_limit=2)
    # Both "processes" share the database and the secret key's throttle keys.
    second.services.settings = second.services.settings.model_copy(
        update={"secret_key": first.services.settings.secret_key}
    )
    for ch, expected in ((first, 200), (second, 200), (first, 429), (second, 429)):
        html = await open_form(ch.client)
        assert (await ch.client.post("/feedback", data=answers(html))).status == expected
    assert await first.count(Submission) == 2


async def test_a_form_sent_twice_does_not_use_up_the_limit(
    aiohttp_client: Any, aiohttp_server: Any, sqlite_url: str, tmp_path: Path
) -> None:
    ch = await _channel(aiohttp_client, aiohttp_server, sqlite_url, tmp_path, form_rate_limit=2)
    html = await open_form(ch.client)
    data = answers(html)
    for _ in range(3):
        assert (await ch.client.post("/feedback", data=data)).status == 200
    html = await open_form(ch.client)
    assert (await ch.client.post("/feedback", data=answers(html))).status == 200
    assert await ch.count(Submission) == 2


class WatchingAnalyser:
    """The real pipeline, noting where it runs and whether a connection is held."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.seen: list[tuple[str, int]] = []

    def process(
        self, text: str, *, lang_hint: str | None = None, sender_name: str | None = None
    ) -> Analysis:
        self.seen.append(
            (
                threading.current_thread().name,
                cast("QueuePool", self.services.engine.pool).checkedout(),
            )
        )
        return shared_pipeline().process(text, lang_hint=lang_hint, sender_name=sender_name)


async def test_long_texts_are_analysed_off_the_loop_before_the_transaction(
    services: Services,
) -> None:
    watcher = WatchingAnalyser(services)
    intake = IntakeService(services, ConversationEngine(watcher))
    person = FakeChannel(intake, "3101")
    await person.push("/start")
    await person.push(choice="lang:en")
    await person.push(choice="yes")
    await person.push("Kenya")
    await person.push(choice="theme:work")
    story = "The agency kept our passports and wages for months. " * 8
    assert len(story) >= OFFLOAD_CHARS
    filed = await intake.file_direct(
        person.address,
        "form:watch-1",
        locale="en",
        country="KE",
        theme="work",
        text=story,
        trend=None,
    )
    assert filed is not None
    replies = await person.push(story)
    assert "better, the same or worse" in replies[-1].text  # the flow moved on
    await intake.close()
    # Both ran once, on the pipeline thread, with no database connection held.
    assert len(watcher.seen) == 2
    assert all(name.startswith("pipeline") and held == 0 for name, held in watcher.seen)


async def test_sqlite_files_are_private(tmp_path: Path) -> None:
    old_mask = os.umask(0o022)  # the usual one: files would be world-readable
    try:
        url = f"sqlite+aiosqlite:///{tmp_path / 'private.db'}"
        services = build_services(make_settings(url))
        await migrate.upgrade(services.engine)
        async with services.engine.begin() as conn:
            await conn.execute(sql("SELECT count(*) FROM submissions"))
            for name in ("private.db", "private.db-wal", "private.db-shm"):
                mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
                assert mode == 0o600, (name, oct(mode))
        await services.engine.dispose()
        # A database left world-readable by an older version is narrowed when the
        # service first connects (start-up migrations do); building the engine alone
        # touches no file, so `voices check` creates nothing.
        (tmp_path / "private.db").chmod(0o644)
        again = build_services(make_settings(url))
        assert stat.S_IMODE((tmp_path / "private.db").stat().st_mode) == 0o644
        async with again.engine.connect():
            pass
        await again.engine.dispose()
        assert stat.S_IMODE((tmp_path / "private.db").stat().st_mode) == 0o600
    finally:
        os.umask(old_mask)


async def test_erasure_leaves_no_copy_in_the_sqlite_files(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'erase.db'}"
    services = build_services(make_settings(url))
    await migrate.upgrade(services.engine)
    intake = IntakeService(services, ConversationEngine(shared_pipeline()))
    person = FakeChannel(intake, "4242")
    marker = "xylophonequartz"
    await person.push("/start")
    await person.push(choice="lang:en")
    await person.push(choice="yes")
    await person.push("Kenya")
    await person.push(choice="theme:work")
    await person.push(f"The {marker} office kept our papers and wages for months.")
    await person.push(choice="trend:worse")
    await person.push(choice="send")

    def copies() -> int:
        found = 0
        for name in ("erase.db", "erase.db-wal"):
            path = tmp_path / name
            if path.exists():
                found += path.read_bytes().count(marker.encode())
        return found

    assert copies() > 0  # the text was stored (anonymised words stay)
    await person.push("/delete")
    await person.push(choice="yes")
    await intake.settle()
    assert copies() == 0
    await intake.close()
    await services.engine.dispose()


async def test_retention_forgets_expired_marks_and_idle_throttles(services: Services) -> None:
    from storage.queries import throttle
    from storage.queries.retention import run_retention

    now = time.time()
    async with services.sessions() as session, session.begin():
        assert await throttle.mark_once(session, "old-mark", ttl=1, now=now - 10)
        assert await throttle.mark_once(session, "live-mark", ttl=3600, now=now)
        await throttle.take(session, "idle-key", limit=5, window=60, now=now - 3 * 86_400)
        await throttle.take(session, "busy-key", limit=5, window=60, now=now)
    async with services.sessions() as session, session.begin():
        report = await run_retention(session, 180)
    assert report.limits == 2
    async with services.sessions() as session, session.begin():
        assert not await throttle.mark_once(session, "live-mark", ttl=3600, now=now)
        assert await throttle.mark_once(session, "old-mark", ttl=3600, now=now)
