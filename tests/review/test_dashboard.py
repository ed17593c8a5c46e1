"""The review dashboard: sign-in, charts from suppressed aggregates, country reports (HTML, PDF)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from playwright.async_api import Browser

from tests.review.conftest import Spec, seed, token
from voices.services import Services

ClientFactory = Any
ServerFactory = Any


async def sign_in(client: TestClient[Any, Any], token: str, **kw: Any) -> Any:
    """Open the sign-in form and post it with its CSRF token."""
    page = await (await client.get("/review/login")).text()
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    assert match, "the sign-in form has no CSRF token"
    return await client.post("/review/login", data={"csrf": match.group(1), "token": token}, **kw)


async def _seed_review_data(services: Services) -> None:
    specs = []
    for month, n in (("2026-01", 14), ("2026-02", 16), ("2026-03", 12)):
        specs += [
            Spec(n, "IT", [15], trend="worse", month=month),
            Spec(n - 2, "IT", [13, 15], trend="same", lang="ar", month=month),
            Spec(n, "IT", [6], trend="better", lang="fr", month=month),
            Spec(n, "DE", [6], trend="same", month=month),
            Spec(n - 3, "DE", [16], trend="better", lang="am", month=month),
        ]
    specs.append(Spec(2, "GR", [8], trend="worse", month="2026-02"))
    await seed(services, specs)


async def test_dashboard_needs_a_session_and_rejects_bad_tokens(
    aiohttp_client: ClientFactory, app: web.Application, services: Services
) -> None:
    client: TestClient[Any, Any] = await aiohttp_client(app)
    response = await client.get("/review")
    assert response.status == 401
    assert "text/html" in response.headers["Content-Type"]
    assert 'name="token"' in await response.text()
    response = await sign_in(client, "nope")
    assert response.status == 401
    moderator = await token(services, "moderator")
    response = await sign_in(client, moderator)
    assert response.status == 401
    response = await client.get("/review/report/IT")
    assert response.status == 401


async def test_scoped_reviewer_cannot_open_another_country_report(
    aiohttp_client: ClientFactory, app: web.Application, services: Services
) -> None:
    await _seed_review_data(services)
    client: TestClient[Any, Any] = await aiohttp_client(app)
    germany = await token(services, country="DE")
    response = await sign_in(client, germany, allow_redirects=False)
    assert response.status == 303
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    assert germany not in cookie
    page = await client.get("/review")
    assert page.status == 200
    html = await page.text()
    assert "/review/report/DE" in html
    assert "/review/report/IT" not in html
    response = await client.get("/review/report/IT")
    assert response.status == 403
    assert "text/html" in response.headers["Content-Type"]
    response = await client.get("/review/report/DE", params={"format": "pdf"})
    assert response.status == 200
    assert (await response.read()).startswith(b"%PDF")


async def test_charts_show_only_suppressed_aggregates(
    aiohttp_client: ClientFactory, app: web.Application, services: Services
) -> None:
    await _seed_review_data(services)
    client: TestClient[Any, Any] = await aiohttp_client(app)
    reviewer = await token(services)
    await sign_in(client, reviewer)
    html = await (await client.get("/review")).text()
    # Greece has 2 people: it is not drawn or linked at all (a withheld bar would say
    # it is not empty); it sits, with a complement, inside the one withheld bar.
    assert "Greece" not in html
    assert "/review/report/GR" not in html
    assert "withheld to protect small groups" in html
    greek = await (await client.get("/review/report/GR")).text()
    assert "Too few approved submissions" in greek
    # No quote beside a withheld total.
    assert "المدرسة" not in greek
    assert "clinic" not in greek
    report = await (
        await client.get("/review/report/IT", params={"from": "2026-01-01", "to": "2026-03-20"})
    ).text()
    assert "Method note" in report
    assert "Review period: 2026-01-01 to 2026-03-31" in report  # a whole quarter
    assert "المدرسة" in report  # approved quotes, in their own script


@pytest.mark.browser
async def test_dashboard_in_a_real_browser(
    aiohttp_server: ServerFactory, app: web.Application, services: Services, browser: Browser
) -> None:
    await _seed_review_data(services)
    reviewer = await token(services)
    server: TestServer = await aiohttp_server(app)
    base = str(server.make_url("/"))[:-1]
    page = await browser.new_page(viewport={"width": 1280, "height": 1600})
    await page.goto(f"{base}/review")
    await page.fill("#token", reviewer)
    await page.click("button[type=submit]")
    await page.wait_for_selector("svg.chart")
    assert await page.locator("svg.chart").count() == 4
    assert await page.locator("#chart-objective rect.bar").count() >= 3
    # Greece (2 people) is not drawn on its own; it is inside the one withheld bar.
    country_chart = await page.text_content("#chart-country") or ""
    assert "withheld to protect small groups" in country_chart
    assert "Greece" not in country_chart
    await page.click("a[href^='/review/report/IT']")
    await page.wait_for_selector("h1")
    assert "Italy" in await page.inner_text("h1")
    assert await page.locator("blockquote").count() >= 3
    await page.screenshot(path="/tmp/review.png", full_page=False)  # noqa: S108 - asked for
    pdf = await page.request.get(f"{base}/review/report/IT?format=pdf")
    assert pdf.status == 200
    assert (await pdf.body()).startswith(b"%PDF")
    await page.click("text=Sign out")
    await page.wait_for_selector("#token")


async def test_reports_follow_the_reader_language_and_refuse_bad_periods(
    aiohttp_client: ClientFactory, app: web.Application, services: Services
) -> None:
    await _seed_review_data(services)
    client: TestClient[Any, Any] = await aiohttp_client(app)
    reviewer = await token(services)
    await sign_in(client, reviewer)
    french = await client.get("/review/report/IT", headers={"Accept-Language": "fr-FR,fr;q=0.9"})
    html = await french.text()
    assert '<html lang="fr"' in html
    assert "Italie" in html  # CLDR country name in the reader's language
    arabic = await client.get("/review/report/IT", params={"lang": "ar"})
    assert 'dir="rtl"' in await arabic.text()
    pdf = await client.get("/review/report/IT", params={"lang": "ar", "format": "pdf"})
    assert pdf.status == 200
    assert (await pdf.read()).startswith(b"%PDF")
    bad = await client.get("/review", params={"from": "2026-13-01"})
    assert bad.status == 400
    assert "text/html" in bad.headers["Content-Type"]
    bad = await client.get("/review/report/IT", params={"format": "docx"})
    assert bad.status == 400
