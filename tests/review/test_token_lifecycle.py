"""A review API token stops working when revoked or when it expires (401 with the challenge),
on SQLite and PostgreSQL; the dashboard's sessions die with their token."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from core.clock import utcnow
from storage.models import AuditEntry
from storage.queries.accounts import create_api_token, revoke_api_token
from voices.app import create_app
from voices.services import Services


async def _token(services: Services, **kw: Any) -> str:
    async with services.sessions() as session, session.begin():
        return await create_api_token(session, "reviewer", None, "t", **kw)


async def test_revoked_and_expired_tokens_get_401(services: Services, aiohttp_client: Any) -> None:
    client = await aiohttp_client(create_app(services))
    live = await _token(services, expires_at=utcnow() + timedelta(days=30))
    expired = await _token(services, expires_at=utcnow() - timedelta(seconds=1))
    revoked = await _token(services)

    async def status(tok: str) -> int:
        resp = await client.get("/api/v1/aggregates", headers={"Authorization": f"Bearer {tok}"})
        if resp.status == 401:
            assert resp.headers["WWW-Authenticate"].startswith("Bearer")
            assert (await resp.json())["error"]["code"] == "invalid_token"
        return int(resp.status)

    assert await status(revoked) == 200
    async with services.sessions() as session, session.begin():
        record, changed = await revoke_api_token(session, revoked, actor="root")
        assert changed
    async with services.sessions() as session, session.begin():
        _, again = await revoke_api_token(session, f"#{record.id}", actor="root")
        assert not again
    assert await status(live) == 200
    assert await status(expired) == 401
    assert await status(revoked) == 401

    async with services.sessions() as session:
        entries = list(
            (await session.execute(select(AuditEntry).order_by(AuditEntry.id))).scalars()
        )
    actions = [e.action for e in entries]
    assert actions.count("token.create") == 3
    assert actions.count("token.revoke") == 1
    for entry in entries:
        # Never the token: only its number and its digest's first characters.
        assert revoked not in str(entry.target) + str(entry.before) + str(entry.after)
