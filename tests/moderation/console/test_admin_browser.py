"""The console's new pages and /api/v1/docs in Chromium, at a phone's width (390 px) and a
laptop's (1366 px), in English and Arabic: nothing leaves its container, the page never
scrolls sideways, and /api/v1/docs loads nothing from anywhere."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestServer

from storage import migrate
from storage.credentials import hash_password
from storage.queries.accounts import add_user, create_api_token
from storage.queries.submissions import add_submissions
from tests.conftest import make_settings
from tests.layout import layout_problems
from tests.moderation.console.conftest import PASSWORD, sample
from voices.app import create_app
from voices.services import Services, build_services

pytestmark = pytest.mark.browser

WIDTHS = (390, 1366)
LOCALES = ("en", "ar")
TEXTS = [
    ("ar", "LB", "المدرسة رفضت تسجيل ابنتي لأنه ليس لدينا إقامة، والمكتب لم يرد على الرسائل."),
    ("en", "IT", "The office kept my papers for [DURATION] and I lost my job at the warehouse."),
    ("bn", "IT", "আমার কাগজপত্র আটকে রাখা হয়েছে, মালিক বেতন দেয় না।"),
    ("uk", "PL", "Мені відмовили в пенсії, бо мій стаж не зараховують."),
]
PAGES = (
    "/console/?q=papers&state=all",
    "/console/?mine=1",
    "/console/audit",
    "/console/admin/users",
    "/console/admin/tokens",
)


@pytest.fixture
async def live(tmp_path: Path, aiohttp_server: Any) -> AsyncIterator[tuple[str, Services]]:
    """The service with submissions, users, tokens and audit entries to show."""
    services = build_services(make_settings(f"sqlite+aiosqlite:///{tmp_path / 'b.db'}"))
    await migrate.upgrade(services.engine)
    hashed = hash_password(PASSWORD)
    async with services.sessions() as session, session.begin():
        await add_user(session, "root", hashed, "admin")
        await add_user(session, "moderator-with-a-rather-long-name", hashed, "moderator")
        await add_user(session, "lb-mod", hashed, "moderator", country="LB")
        await create_api_token(session, "reviewer", "IT", "Italian national review, 2027 cycle")
        await create_api_token(session, "admin", None, None)
        await add_submissions(
            session,
            [
                sample(text, lang=lang, country=country, urgent=i % 5 == 0, objectives=[4, 15])
                for i, (lang, country, text) in enumerate(TEXTS * 4)
            ],
        )
    server: TestServer = await aiohttp_server(create_app(services))
    yield str(server.make_url("")).rstrip("/"), services
    await services.engine.dispose()


async def _log_in(context: Any, base: str) -> Any:
    page = await context.new_page()
    await page.goto(f"{base}/console/login")
    await page.fill("#username", "root")
    await page.fill("#password", PASSWORD)
    async with page.expect_navigation():
        await page.click("button[type=submit].primary")
    return page


@pytest.mark.parametrize("locale", LOCALES)
async def test_console_pages_fit_phone_and_laptop(
    browser: Any, live: tuple[str, Services], locale: str, tmp_path: Path
) -> None:
    base, _ = live
    context = await browser.new_context(
        locale=locale, extra_http_headers={"Accept-Language": locale}
    )
    page = await _log_in(context, base)
    # Some audit entries in words, and a claim for "my claims".
    await page.goto(f"{base}/console/?state=all")
    async with page.expect_navigation():
        await page.locator(".row .actions button").first.click()
    csp: list[str] = []
    page.on("console", lambda m: csp.append(m.text) if "Content Security" in m.text else None)
    for width in WIDTHS:
        await page.set_viewport_size({"width": width, "height": 900})
        for path in PAGES:
            await page.goto(base + path)
            assert await page.get_attribute("html", "dir") == ("rtl" if locale == "ar" else "ltr")
            problems = await layout_problems(page)
            await page.screenshot(
                path=str(tmp_path / f"{locale}-{width}-{path.strip('/').replace('/', '_')}.png"),
                full_page=True,
            )
            assert problems == [], (locale, width, path, problems[:5])
        # The counts and the search box are there at every width.
        await page.goto(base + PAGES[0])
        assert await page.locator(".counts li").count() >= 3
        assert await page.locator("input[name=q]").is_visible()
    assert csp == []
    await context.close()


@pytest.mark.parametrize("locale", LOCALES)
async def test_api_docs_work_offline_and_fit(
    browser: Any, live: tuple[str, Services], locale: str
) -> None:
    base, _ = live
    context = await browser.new_context(
        locale=locale, extra_http_headers={"Accept-Language": locale}
    )
    page = await context.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    blocked: list[str] = []
    page.on("console", lambda m: blocked.append(m.text) if m.type == "error" else None)
    for width in WIDTHS:
        await page.set_viewport_size({"width": width, "height": 900})
        await page.goto(f"{base}/api/v1/docs")
        assert await page.get_attribute("html", "dir") == ("rtl" if locale == "ar" else "ltr")
        assert await page.locator("section.op").count() >= 4
        # The inline style sheet applied (allowed by its hash): the method badges are coloured.
        colour = await page.locator(".method").first.evaluate("e => getComputedStyle(e).color")
        assert colour == "rgb(255, 255, 255)"
        problems = await layout_problems(page)
        assert problems == [], (locale, width, problems[:5])
    # The page was the only request (a browser may ask for our favicon): nothing from a
    # CDN, nothing at all besides.
    requested = [url for url in requested if url != f"{base}/favicon.ico"]
    assert requested == [f"{base}/api/v1/docs"] * len(WIDTHS)
    assert blocked == []
    await context.close()
