"""Country-scoped console users, and the "count, do not quote" mark."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestServer
from sqlalchemy import select

from core.errors import PayloadRejected
from storage.credentials import hash_password
from storage.models import AuditEntry, Submission
from storage.queries.accounts import add_user
from tests.moderation.console.conftest import PASSWORD, Client, csrf_from, log_in, sample
from tests.moderation.console.test_console import File, _post, _state
from voices.services import Services


async def _scoped(
    services: Services, server: TestServer, aiohttp_client: Any, name: str, role: str, cc: str
) -> Client:
    async with services.sessions() as session, session.begin():
        await add_user(session, name, hash_password(PASSWORD), role, country=cc)
    client: Client = await aiohttp_client(server)
    assert (await log_in(client, name)).status == 303
    return client


async def test_a_country_scoped_moderator_sees_and_acts_on_that_country_only(
    server: TestServer,
    aiohttp_client: Any,
    file_submissions: File,
    console_services: Services,
) -> None:
    italy, germany = await file_submissions(
        sample("Italian office.", country="IT"), sample("German office.", country="DE")
    )
    client = await _scoped(console_services, server, aiohttp_client, "mod-it", "moderator", "it")
    html = await (await client.get("/console/")).text()
    assert italy in html
    assert germany not in html
    # Asking for another country in the filter still shows only Italy.
    html = await (await client.get("/console/", params={"country": "DE"})).text()
    assert germany not in html
    assert 'value="DE"' not in html  # not even offered as a filter choice
    # Another country's item looks absent, and acting on it changes nothing.
    assert (await client.get(f"/console/s/{germany}")).status == 404
    resp = await _post(client, f"/console/s/{germany}/approve", "/console/")
    assert resp.status == 404
    assert (await _state(console_services, germany)).state == "pending"
    # Bulk approve of both: only Italy's is done.
    resp = await client.post(
        "/console/bulk",
        data=[
            ("csrf", csrf_from(html)),
            ("action", "approve"),
            ("receipt", italy),
            ("receipt", germany),
        ],
    )
    assert "1 done; 1 skipped" in await resp.text()
    assert (await _state(console_services, italy)).state == "approved"
    assert (await _state(console_services, germany)).state == "pending"


async def test_a_country_scoped_admin_does_not_read_the_audit_log(
    server: TestServer, aiohttp_client: Any, console_services: Services
) -> None:
    client = await _scoped(console_services, server, aiohttp_client, "adm-de", "admin", "DE")
    assert (await client.get("/console/audit")).status == 403


async def test_user_country_must_be_a_two_letter_code(console_services: Services) -> None:
    async with console_services.sessions() as session, session.begin():
        with pytest.raises(PayloadRejected):
            await add_user(session, "bad", hash_password(PASSWORD), "moderator", country="ITA")


async def test_count_do_not_quote_is_a_moderation_action(
    login_as: Any, file_submissions: File, console_services: Services
) -> None:
    [receipt] = await file_submissions(sample())
    client = await login_as("mod1")
    html = await (await client.get(f"/console/s/{receipt}")).text()
    assert "Count, do not quote" in html
    resp = await _post(
        client, f"/console/s/{receipt}/quoting", f"/console/s/{receipt}", quotable="0"
    )
    assert resp.status == 303
    assert (await _state(console_services, receipt)).quotable is False
    html = await (await client.get(f"/console/s/{receipt}")).text()
    assert "Allow quoting" in html
    # The same choice again changes nothing (409); a malformed one is refused (400).
    again = await _post(client, f"/console/s/{receipt}/quoting", "/console/", quotable="0")
    assert again.status == 409
    bad = await _post(client, f"/console/s/{receipt}/quoting", "/console/", quotable="maybe")
    assert bad.status == 400
    reviewer = await login_as("rev")
    assert (
        await _post(reviewer, f"/console/s/{receipt}/quoting", "/console/", quotable="1")
    ).status == 403
    async with console_services.sessions() as session:
        entries = list(
            (
                await session.execute(
                    select(AuditEntry).where(AuditEntry.action == "submission.quoting")
                )
            ).scalars()
        )
        item = (
            await session.execute(select(Submission).where(Submission.receipt == receipt))
        ).scalar_one()
    assert [(e.before, e.after) for e in entries] == [({"quotable": True}, {"quotable": False})]
    assert item.quotable is False
