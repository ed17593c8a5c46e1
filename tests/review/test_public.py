"""The public transparency page: off by default, only stored noisy counts, budget spent once
per closed quarter, quotes only from published cells, every language, and a layout that fits
at 390 px and 1366 px in English and Arabic (real Chromium, with and without JavaScript)."""

from __future__ import annotations

import asyncio
import random
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from playwright.async_api import Browser
from sqlalchemy import func, select, update

from i18n.translator import SUPPORTED, country_name, gettext, is_rtl
from review import public, release
from review.objectives import objective_label
from storage import migrate
from storage.models import PublicRelease, Submission
from tests.conftest import make_settings
from tests.layout import layout_problems
from tests.review.conftest import Spec, seed
from tests.review.test_report_rendering import CHECK_LAYOUT
from voices.app import create_app
from voices.services import Services, build_services
from voices.settings import Settings

ClientFactory = Any
ServerFactory = Any

# The page is read on 10 April 2026: 2026-Q1 is the newest closed quarter, Q2 is open.
NOW = datetime(2026, 4, 10, 12, tzinfo=UTC)


@pytest.fixture
def settings(db_url: str) -> Settings:
    """The public page switched on, with the default budget."""
    return make_settings(db_url, public_page=True)


@pytest.fixture(autouse=True)
def frozen_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(public, "utcnow", lambda: NOW)


def fixed_noise(monkeypatch: pytest.MonkeyPatch, by_sensitivity: dict[int, int]) -> list[float]:
    """Replace the noise by a known offset per sensitivity; return the log of draws (epsilons)."""
    draws: list[float] = []

    def noise(epsilon: float, sens: int, rng: random.Random) -> int:
        draws.append(epsilon)
        return by_sensitivity[sens]

    monkeypatch.setattr(release, "geometric_noise", noise)
    return draws


async def _seed(services: Services) -> list[str]:
    """Three countries in 2026-Q1 (one too small), 2025-Q4 for comparison, data in open Q2."""
    return await seed(
        services,
        [
            Spec(20, "IT", [15], month="2026-01"),
            Spec(14, "IT", [6], lang="fr", month="2026-02"),
            Spec(12, "IT", [15, 13], lang="ar", month="2026-03"),
            Spec(30, "DE", [16], lang="am", month="2026-02"),
            Spec(2, "GR", [8], month="2026-03"),
            Spec(25, "IT", [15], month="2025-11"),
            Spec(40, "IT", [15], month="2026-04"),  # the open quarter
            Spec(9, "IT", [15], month="2026-03", state="pending"),
        ],
    )


def _table_numbers(html: str, chart_id: str) -> dict[str, int]:
    """The data table of a chart: label -> the current period's count."""
    figure = html.split(f'id="{chart_id}-figure"', 1)[1].split("</figure>", 1)[0]
    rows = re.findall(r'<tr><th scope="row">([^<]*)</th><td>([0-9]+)</td>', figure)
    return {label: int(n) for label, n in rows}


async def test_the_page_is_off_by_default(aiohttp_client: ClientFactory, sqlite_url: str) -> None:
    off = make_settings(sqlite_url)
    assert off.public_page is False
    services = build_services(off)
    await migrate.upgrade(services.engine)
    try:
        client: TestClient[Any, Any] = await aiohttp_client(create_app(services, run_worker=False))
        for path in ("/public", "/public/IT", "/public?lang=ar"):
            response = await client.get(path)
            assert response.status == 404, path
        async with services.sessions() as session:
            assert await session.scalar(select(func.count()).select_from(PublicRelease)) == 0
    finally:
        await services.engine.dispose()


async def test_counts_are_the_stored_noisy_release_never_exact(
    aiohttp_client: ClientFactory,
    app: web.Application,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    await _seed(services)
    fixed_noise(monkeypatch, {1: 7, 3: 11})
    client: TestClient[Any, Any] = await aiohttp_client(app)
    response = await client.get("/public", params={"lang": "en"})
    assert response.status == 200
    html = await response.text()
    # Exact 2026-Q1 people: IT 46, DE 30, GR 2, everyone 78; noise +7 each, threshold 25.
    assert _table_numbers(html, "chart-country") == {"Italy": 53, "Germany": 37}
    assert "85 people had their voices counted in 2026-Q1." in html
    assert "Greece" not in html  # 2 + 7 is under the threshold
    for exact in (">46<", ">30<", ">78<"):
        assert exact not in html
    page = await (await client.get("/public/IT", params={"lang": "en"})).text()
    # IT objectives: 15 -> 32 people, 6 -> 14, 13 -> 12; noise +11 (sensitivity 3).
    # Every other objective is 0 + 11: under the threshold, not shown.
    assert _table_numbers(page, "chart-objective") == {
        objective_label(6, "en"): 25,
        objective_label(15, "en"): 43,
    }
    assert "53 people wrote about Italy in 2026-Q1." in page
    # The open quarter and pending feedback are not counted; the open quarter is not offered.
    assert "2026-Q2" not in page
    for path, params in (
        ("/public", {"period": "2026-Q2"}),  # open
        ("/public", {"period": "2023-Q1"}),  # older than the eight offered
        ("/public", {"period": "Q1"}),
        ("/public/XX", {}),
        ("/public/ITA", {}),
    ):
        refused = await client.get(path, params={**params, "lang": "ar"})
        assert refused.status == 404, (path, params)
        assert "text/html" in refused.headers["Content-Type"]
        assert 'dir="rtl"' in await refused.text()
    assert "Content-Security-Policy" in response.headers
    async with services.sessions() as session:
        stored = await session.get(PublicRelease, "2026-Q1")
        assert stored is not None
        assert stored.cells["countries"] == {"DE": 37, "IT": 53}
        assert stored.cells["total"] == 85


async def test_a_quarter_spends_its_budget_once_across_requests_and_restarts(
    aiohttp_client: ClientFactory,
    app: web.Application,
    services: Services,
    settings: Settings,
) -> None:
    await _seed(services)
    client: TestClient[Any, Any] = await aiohttp_client(app)
    first = await (await client.get("/public", params={"lang": "en"})).text()
    async with services.sessions() as session:
        rows = (await session.scalars(select(PublicRelease).order_by(PublicRelease.period))).all()
        assert [r.period for r in rows] == ["2025-Q4", "2026-Q1"]  # the page and its comparison
        assert all(r.epsilon == 1.0 for r in rows)
        drawn = {r.period: r.released_at for r in rows}
        stored = rows[1].cells["countries"]
    # Real noise: what the page shows is exactly the stored draw.
    shown = _table_numbers(first, "chart-country")
    assert shown == {country_name(code, "en"): n for code, n in stored.items()}
    # Approving more feedback after the release changes nothing already released.
    async with services.sessions() as session, session.begin():
        await session.execute(update(Submission).values(state="approved"))
    again = await (await client.get("/public", params={"lang": "en"})).text()
    assert again == first
    # A restart: new services and a new application on the same database.
    restarted = build_services(settings)
    try:
        other: TestClient[Any, Any] = await aiohttp_client(create_app(restarted, run_worker=False))
        assert await (await other.get("/public", params={"lang": "en"})).text() == first
        await other.get("/public/IT", params={"lang": "en"})
    finally:
        await restarted.engine.dispose()
    async with services.sessions() as session:
        rows = (await session.scalars(select(PublicRelease).order_by(PublicRelease.period))).all()
        assert {r.period: r.released_at for r in rows} == drawn


async def test_racing_first_requests_store_one_release(
    aiohttp_client: ClientFactory, app: web.Application, services: Services
) -> None:
    await _seed(services)
    client: TestClient[Any, Any] = await aiohttp_client(app)

    async def fetch() -> str:
        response = await client.get("/public/IT", params={"lang": "en"})
        assert response.status == 200
        return await response.text()

    pages = await asyncio.gather(*(fetch() for _ in range(4)))
    # Every answer shows the one stored draw, whichever request stored it.
    assert len(set(pages)) == 1
    async with services.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(PublicRelease)) == 2


async def test_budget_is_split_across_the_three_tables(
    aiohttp_client: ClientFactory,
    app: web.Application,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    await _seed(services)
    draws = fixed_noise(monkeypatch, {1: 7, 3: 11})
    client: TestClient[Any, Any] = await aiohttp_client(app)
    await client.get("/public", params={"period": "2026-Q1"})
    per_quarter = 1 + len(release.COUNTRIES) + 23 * 2  # total, countries, IT and DE objectives
    assert len(draws) == per_quarter + 1 + len(release.COUNTRIES) + 23  # 2025-Q4: IT only
    assert sorted(set(draws)) == pytest.approx([0.1, 0.3, 0.6])
    await client.get("/public/IT", params={"period": "2026-Q1"})
    await client.get("/public/DE", params={"period": "2026-Q1", "lang": "ar"})
    assert len(draws) == per_quarter + 1 + len(release.COUNTRIES) + 23
    # Showing 2025-Q4 itself draws only its own comparison, 2025-Q3 (no one wrote then).
    await client.get("/public", params={"period": "2025-Q4"})
    assert len(draws) == per_quarter + 2 * (1 + len(release.COUNTRIES)) + 23


async def test_quotes_come_only_from_published_cells(
    aiohttp_client: ClientFactory,
    app: web.Application,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    receipts = await seed(
        services,
        [
            Spec(40, "IT", [15], month="2026-01"),  # [0.*]: published everywhere
            Spec(3, "IT", [8], month="2026-02"),  # [1.*]: (IT, 8) is withheld for reviewers
            Spec(12, "IT", [16], month="2026-03"),  # [2.*]: marked "count, do not quote"
            Spec(2, "GR", [9], month="2026-03"),  # [3.*]: a country the page does not show
            # The reviewers' complement for GR (the smallest other cell), so not IT.
            Spec(30, "DE", [15], month="2026-03"),
        ],
    )
    async with services.sessions() as session, session.begin():
        await session.execute(
            update(Submission).where(Submission.receipt.in_(receipts[43:55])).values(quotable=False)
        )
    # Large noise on objectives: (IT, 8) gets a public bar, yet no quote may show it.
    fixed_noise(monkeypatch, {1: 7, 3: 30})
    client: TestClient[Any, Any] = await aiohttp_client(app)
    page = await (await client.get("/public/IT", params={"lang": "en"})).text()
    bars = _table_numbers(page, "chart-objective")
    assert bars[objective_label(8, "en")] == 33
    assert page.count("<blockquote") == 3
    assert "[0." in page
    assert "[1." not in page
    assert "[2." not in page
    greece = await (await client.get("/public/GR", params={"lang": "en"})).text()
    assert "Too few people wrote about Greece in 2026-Q1" in greece
    assert "<blockquote" not in greece


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_every_served_language_and_direction(
    aiohttp_client: ClientFactory,
    app: web.Application,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    await _seed(services)
    fixed_noise(monkeypatch, {1: 0, 3: 0})
    client: TestClient[Any, Any] = await aiohttp_client(app)
    for locale in SUPPORTED:
        for path in ("/public", "/public/IT"):
            response = await client.get(path, headers={"Accept-Language": f"{locale},en;q=0.1"})
            assert response.status == 200
            html = await response.text()
            direction = "rtl" if is_rtl(locale) else "ltr"
            assert f'<html lang="{locale}" dir="{direction}">' in html
            assert gettext(locale, "How we count and protect people") in html
            threshold = release.thresholds(1.0, 5)["shown"]
            assert str(threshold) in html
            assert 'id="chart-' in html


@pytest.mark.browser
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # layout does not vary by engine
@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize("locale", ["en", "ar"])
async def test_public_pages_fit_the_screen(
    aiohttp_server: ServerFactory,
    app: web.Application,
    services: Services,
    browser: Browser,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    width: int,
    locale: str,
) -> None:
    await _seed(services)
    fixed_noise(monkeypatch, {1: 0, 3: 15})  # Italy: three objectives over the threshold
    server: TestServer = await aiohttp_server(app)
    base = str(server.make_url("/"))[:-1]
    # The pages have no script: they must work the same with JavaScript off.
    context = await browser.new_context(
        viewport={"width": width, "height": 900}, locale=locale, java_script_enabled=False
    )
    page = await context.new_page()
    await page.goto(f"{base}/public")
    assert await page.get_attribute("html", "dir") == ("rtl" if locale == "ar" else "ltr")
    assert await page.get_attribute("html", "lang") == locale
    for where in ("overview", "country"):
        if where == "country":
            await page.click("ul.countries a[href^='/public/IT']")
            await page.wait_for_url("**/public/IT?**")
        shot = tmp_path / f"public-{where}-{locale}-{width}.png"
        await page.screenshot(path=str(shot), full_page=True)
        assert await layout_problems(page) == [], f"{where} {locale} {width}"
        assert await page.evaluate(CHECK_LAYOUT) == [], f"{where} {locale} {width}"
        assert await page.locator("svg.chart").count() == 1
        bars = await page.locator("svg.chart rect.bar").count()
        values = await page.locator("svg.chart text.value").count()
        assert bars >= 2
        assert values >= bars
        assert await page.locator("figure table caption").count() == 1
    assert await page.locator("blockquote").count() >= 2
    # Previous quarter as paler bars: 2025-Q4 had Italy, objective 15.
    assert await page.locator("svg.chart rect.previous").count() >= 1
    await context.close()
