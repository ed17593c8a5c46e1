"""Login throttling: per address and per account, atomic, without locking anyone out."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
from typing import Any

import pytest
from aiohttp.test_utils import TestServer
from sqlalchemy import func, select

from moderation.console import auth
from storage import migrate
from storage.credentials import hash_password
from storage.models import AuditEntry, Throttle
from storage.queries.accounts import add_user
from tests.conftest import make_settings
from tests.moderation.console.conftest import PASSWORD, Client, csrf_from
from voices.app import create_app
from voices.services import Services, build_services

FREE = auth.BY_ACCOUNT_AND_ADDRESS.free


@pytest.fixture
async def throttled(db_url: str, aiohttp_server: Any) -> Any:
    """The service behind a trusted proxy (127.0.0.1), so tests pick client addresses."""
    services = build_services(make_settings(db_url, trusted_proxies="127.0.0.1"))
    await migrate.upgrade(services.engine)
    async with services.sessions() as session, session.begin():
        await add_user(session, "mod1", hash_password(PASSWORD), "moderator")
    # No delivery worker: its heartbeats would hold connections the tests count.
    server: TestServer = await aiohttp_server(create_app(services, run_worker=False))
    yield services, server
    await services.engine.dispose()


async def attempt(
    client: Client, username: str, password: str, address: str = "203.0.113.7"
) -> Any:
    headers = {"X-Forwarded-For": address}
    page = await client.get("/console/login", headers=headers)
    token = csrf_from(await page.text())
    return await client.post(
        "/console/login",
        data={"csrf": token, "username": username, "password": password},
        headers=headers,
        allow_redirects=False,
    )


async def failures(services: Services) -> int:
    async with services.sessions() as session:
        stmt = select(func.count()).where(AuditEntry.action == "login.failure")
        return int((await session.execute(stmt)).scalar_one())


async def test_guesses_slow_down_but_the_owner_still_gets_in(
    throttled: Any, aiohttp_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, server = throttled
    # A clock that moves only when the test says, so a slow machine changes nothing.
    clock = [time.time()]
    monkeypatch.setattr(auth, "throttle_clock", lambda: clock[0])
    attacker: Client = await aiohttp_client(server)
    # The free failures, then one more that sets a one-second wait.
    for _ in range(FREE + 1):
        assert (await attempt(attacker, "mod1", "wrong password!!")).status == 401
    refused = await attempt(attacker, "mod1", PASSWORD)
    assert refused.status == 429  # even the right password, from this address, for now
    assert refused.headers["Retry-After"] == "1"
    assert "Too many attempts" in await refused.text()
    assert await failures(services) == FREE + 1  # the refused attempt checked nothing
    # The owner, elsewhere, is not locked out.
    owner: Client = await aiohttp_client(server)
    assert (await attempt(owner, "mod1", PASSWORD, address="198.51.100.20")).status == 303
    # The wait doubles with each failure after it has passed.
    clock[0] += 1.1
    assert (await attempt(attacker, "mod1", "wrong again!!")).status == 401
    again = await attempt(attacker, "mod1", "wrong again!!")
    assert again.status == 429
    assert again.headers["Retry-After"] == "2"
    # Nothing in the table names the account or the address.
    async with services.sessions() as session:
        keys = list((await session.execute(select(Throttle.key))).scalars())
    assert keys
    assert not any("mod1" in k or "203.0.113" in k for k in keys)


async def test_unknown_and_known_names_are_throttled_alike(
    throttled: Any, aiohttp_client: Any
) -> None:
    _, server = throttled
    client: Client = await aiohttp_client(server)
    for name in ("mod1", "nobody-here"):
        statuses = [
            (await attempt(client, name, "wrong password!!", address="192.0.2.9")).status
            for _ in range(FREE + 2)
        ]
        assert statuses == [401] * (FREE + 1) + [429]


async def test_parallel_guesses_cannot_slip_past_the_count(
    throttled: Any, aiohttp_client: Any
) -> None:
    services, server = throttled
    client: Client = await aiohttp_client(server)
    page = await client.get("/console/login", headers={"X-Forwarded-For": "192.0.2.50"})
    token = csrf_from(await page.text())

    async def guess(i: int) -> int:
        resp = await client.post(
            "/console/login",
            data={"csrf": token, "username": "mod1", "password": f"guess number {i}"},
            headers={"X-Forwarded-For": "192.0.2.50"},
            allow_redirects=False,
        )
        return resp.status

    statuses = await asyncio.gather(*(guess(i) for i in range(24)))
    assert statuses.count(401) == FREE + 1
    assert statuses.count(429) == 24 - FREE - 1
    assert await failures(services) == FREE + 1  # only those passwords were checked


async def test_a_browser_that_signed_in_before_skips_the_account_throttle(
    throttled: Any, aiohttp_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, server = throttled
    # A first wait of a minute, so a slow machine cannot outlast it between two requests.
    monkeypatch.setattr(auth, "BY_ACCOUNT", dataclasses.replace(auth.BY_ACCOUNT, base=60.0))
    owner: Client = await aiohttp_client(server)
    assert (await attempt(owner, "mod1", PASSWORD, address="198.51.100.20")).status == 303
    # Guessing from many addresses exhausts the account's own allowance.
    botnet: Client = await aiohttp_client(server)
    free = auth.BY_ACCOUNT.free
    for i in range(free + 1):
        resp = await attempt(botnet, "mod1", "wrong password!!", address=f"192.0.2.{100 + i}")
        assert resp.status == 401
    stranger = await attempt(botnet, "mod1", PASSWORD, address="192.0.2.250")
    assert stranger.status == 429
    # The owner's browser carries its device cookie and still gets in.
    await owner.post("/console/logout", data={})  # any state: a fresh login follows
    resp = await attempt(owner, "mod1", PASSWORD, address="198.51.100.21")
    assert resp.status == 303


async def test_passwords_are_checked_off_the_loop_and_outside_transactions(
    throttled: Any, aiohttp_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, server = throttled
    seen: list[tuple[str, int]] = []
    original = auth._checks_password

    def watched(stored_hash: str | None, password: str) -> bool:
        # Which thread verifies, and how many database connections are held meanwhile.
        seen.append((threading.current_thread().name, services.engine.pool.checkedout()))
        return original(stored_hash, password)

    monkeypatch.setattr(auth, "_checks_password", watched)
    client: Client = await aiohttp_client(server)
    assert (await attempt(client, "mod1", "wrong password!!")).status == 401
    assert (await attempt(client, "nobody-here", "wrong password!!")).status == 401
    assert (await attempt(client, "mod1", PASSWORD)).status == 303
    assert len(seen) == 3
    assert all(name.startswith("argon2") and held == 0 for name, held in seen)
