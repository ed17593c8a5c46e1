"""Dashboard sessions live on the server; sign-in and sign-out forms need CSRF tokens."""

from __future__ import annotations

import re
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient
from sqlalchemy import func, select

from storage.models import ReviewSession
from tests.review.conftest import token
from tests.review.test_dashboard import sign_in
from voices.services import Services


async def sessions(services: Services) -> int:
    async with services.sessions() as session:
        stmt = select(func.count()).select_from(ReviewSession)
        return int((await session.execute(stmt)).scalar_one())


async def test_sign_in_without_its_csrf_token_is_refused(
    aiohttp_client: Any, app: web.Application, services: Services
) -> None:
    client: TestClient[Any, Any] = await aiohttp_client(app)
    reviewer = await token(services)
    refused = await client.post("/review/login", data={"token": reviewer})
    assert refused.status == 403
    forged = await client.post("/review/login", data={"token": reviewer, "csrf": "0" * 40})
    assert forged.status == 403
    assert await sessions(services) == 0
    assert (await sign_in(client, reviewer, allow_redirects=False)).status == 303
    assert await sessions(services) == 1


async def test_a_cookie_stops_working_after_sign_out(
    aiohttp_client: Any, app: web.Application, services: Services
) -> None:
    client: TestClient[Any, Any] = await aiohttp_client(app)
    reviewer = await token(services)
    response = await sign_in(client, reviewer, allow_redirects=False)
    cookie = response.cookies["voices_review"].value
    assert reviewer not in cookie
    page = await client.get("/review")
    assert page.status == 200
    html = await page.text()
    match = re.search(
        r'action="/review/logout"><input type="hidden" name="csrf" value="(\w+)"', html
    )
    assert match
    # Sign-out without the token changes nothing.
    assert (await client.post("/review/logout", data={})).status == 403
    assert await sessions(services) == 1
    out = await client.post("/review/logout", data={"csrf": match.group(1)}, allow_redirects=False)
    assert out.status == 303
    assert await sessions(services) == 0
    # A copy of the cookie kept from before is refused: the server forgot it.
    thief: TestClient[Any, Any] = await aiohttp_client(app)
    stale = await thief.get("/review", headers={"Cookie": f"voices_review={cookie}"})
    assert stale.status == 401


async def test_every_review_page_is_not_stored_and_carries_protective_headers(
    aiohttp_client: Any, app: web.Application, services: Services
) -> None:
    client: TestClient[Any, Any] = await aiohttp_client(app)
    pages = [await client.get("/review"), await client.get("/review/login")]
    await sign_in(client, await token(services))
    pages += [await client.get("/review"), await client.get("/review/report/IT")]
    for page in pages:
        assert page.content_type == "text/html"
        assert page.headers["Cache-Control"] == "no-store"
        assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
        assert "script-src 'self'" in page.headers["Content-Security-Policy"]
        assert page.headers["X-Frame-Options"] == "DENY"
        assert page.headers["X-Content-Type-Options"] == "nosniff"
        assert page.headers["Referrer-Policy"] == "no-referrer"
