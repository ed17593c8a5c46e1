"""The dashboard and country reports as a reader sees them: charts that fit at 390 px and
1366 px in English and Arabic (real Chromium), and PDFs whose every script survives
(extracted again with pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from playwright.async_api import Browser, Page

from i18n.translator import gettext
from review import pdf
from review.pdf import FontsMissing, find_fonts
from tests.review.conftest import TEXTS, Spec, seed, token
from tests.review.test_dashboard import sign_in
from voices.services import Services

ClientFactory = Any
ServerFactory = Any

# Each quote language under its own objective, so the report shows every one of them.
SCRIPTS = {"ar": 15, "ti": 6, "fa": 13, "bn": 16}


async def _seed_scripts(services: Services) -> None:
    specs = [Spec(11, "ER", [objective], lang=lang) for lang, objective in SCRIPTS.items()]
    specs += [Spec(11, "ER", [8], lang="ru", month="2025-12")]
    await seed(services, specs)


async def _seed_months(services: Services) -> None:
    specs = []
    for month, n in (
        ("2025-10", 11),
        ("2025-11", 13),
        ("2025-12", 12),
        ("2026-01", 14),
        ("2026-02", 16),
        ("2026-03", 12),
    ):
        specs += [
            Spec(n, "IT", [15], trend="worse", month=month),
            Spec(n - 2, "IT", [13, 15], trend="same", lang="ar", month=month),
            Spec(n, "IT", [6], trend="better", lang="fr", month=month),
            Spec(n, "DE", [6], trend="same", month=month),
            Spec(n - 3, "DE", [16], trend="better", lang="am", month=month),
            Spec(n - 1, "EG", [7], trend="same", lang="ar", month=month),
        ]
    specs.append(Spec(2, "GR", [8], trend="worse", month="2026-02"))
    await seed(services, specs)


def _pdftotext(body: bytes, tmp_path: Path, name: str) -> str:
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(body)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # pdftotext marks direction changes with embedding controls; they are not content.
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf" or ch == "\u200c")


def _pdffonts(tmp_path: Path, name: str) -> str:
    return subprocess.run(
        ["pdffonts", str(tmp_path / f"{name}.pdf")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("locale", ["en", "ar"])
async def test_pdf_report_keeps_every_script(
    aiohttp_client: ClientFactory,
    app: web.Application,
    services: Services,
    tmp_path: Path,
    locale: str,
) -> None:
    await _seed_scripts(services)
    client: TestClient[Any, Any] = await aiohttp_client(app)
    await sign_in(client, await token(services))
    response = await client.get(
        "/review/report/ER",
        headers={"Accept-Language": f"{locale},en;q=0.5"},
        params={"format": "pdf"},
    )
    assert response.status == 200
    assert response.headers["Content-Type"] == "application/pdf"
    text = _pdftotext(await response.read(), tmp_path, locale)
    for lang in SCRIPTS:
        sentence = TEXTS[lang].rstrip("۔।።.")
        assert sentence in text, f"the {lang} quote is missing or garbled"
    assert TEXTS["ru"].rstrip(".") in text  # Cyrillic, from another quarter
    assert "??" not in text
    assert "\ufffd" not in text
    assert "[A quote in" not in text
    fonts = _pdffonts(tmp_path, locale)
    for family in ("+NotoSans ", "NotoNaskhArabic", "NotoSansEthiopic", "NotoSansBengali"):
        assert family in fonts
    # The report's own words are in the reader's language.
    method = gettext(locale, "Method note")
    assert method in text
    if locale == "ar":
        assert "Method note" not in text
        # pdftotext places neutral punctuation by its own guess in right-to-left lines.
        words = " ".join(text.replace("،", " ").split())
        assert (
            " ".join(gettext("ar", "What people said, by objective").replace("،", " ").split())
            in words
        )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
async def test_pdf_report_draws_pashto_urdu_and_cyrillic(
    aiohttp_client: ClientFactory, app: web.Application, services: Services, tmp_path: Path
) -> None:
    await seed(
        services,
        [
            Spec(11, "AF", [15], lang="ps"),
            Spec(11, "AF", [6], lang="ur"),
            Spec(11, "AF", [13], lang="ru"),
        ],
    )
    client: TestClient[Any, Any] = await aiohttp_client(app)
    await sign_in(client, await token(services))
    response = await client.get("/review/report/AF", params={"format": "pdf", "lang": "ur"})
    assert response.status == 200
    text = _pdftotext(await response.read(), tmp_path, "af")
    for lang in ("ps", "ur", "ru"):
        assert TEXTS[lang].rstrip("۔.") in text, f"the {lang} quote is missing or garbled"
    assert gettext("ur", "Method note") in text


async def test_missing_fonts_are_a_clear_error(
    aiohttp_client: ClientFactory,
    app: web.Application,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(FontsMissing) as caught:
        find_fonts((tmp_path,))
    assert caught.value.status == 503
    assert "fonts-noto-core" in caught.value.message
    assert "NotoSansEthiopic-Regular.ttf" in caught.value.message
    # Through HTTP: an HTML page saying what to install, never a PDF of question marks.
    monkeypatch.setattr(pdf, "find_fonts", lambda: find_fonts((tmp_path,)))
    await _seed_scripts(services)
    client: TestClient[Any, Any] = await aiohttp_client(app)
    await sign_in(client, await token(services))
    response = await client.get("/review/report/ER", params={"format": "pdf"})
    assert response.status == 503
    assert "text/html" in response.headers["Content-Type"]
    assert "fonts-noto-core" in await response.text()
    html = await client.get("/review/report/ER")
    assert html.status == 200


CHECK_LAYOUT = """
() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  }
  const inside = (r, box) => r.left >= box.left - 1 && r.right <= box.right + 1
    && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  for (const svg of document.querySelectorAll('svg.chart')) {
    const box = svg.getBoundingClientRect();
    const card = svg.closest('.card').getBoundingClientRect();
    if (box.width < 100 || box.height < 20) problems.push(`${svg.id} is not drawn`);
    if (!inside(box, card)) problems.push(`${svg.id} sticks out of its card`);
    for (const el of svg.querySelectorAll('text, rect')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (!inside(r, box)) problems.push(`${svg.id}: "${el.textContent}" is cut off`);
    }
    const figure = svg.closest('figure');
    if (!figure.querySelector('table caption')) problems.push(`${svg.id} has no data table`);
  }
  for (const el of document.querySelectorAll('.card *, h1, h2, p')) {
    if (el.closest('.visually-hidden')) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > root.clientWidth + 1) problems.push(`${el.tagName} overflows`);
  }
  return problems;
}
"""


async def _open(browser: Browser, base: str, reviewer: str, width: int, locale: str) -> Page:
    context = await browser.new_context(viewport={"width": width, "height": 900}, locale=locale)
    page = await context.new_page()
    await page.goto(f"{base}/review/login")
    assert await page.evaluate(CHECK_LAYOUT) == [], "the sign-in page does not fit"
    await page.fill("#token", reviewer)
    await page.click("button[type=submit]")
    await page.wait_for_selector("svg.chart")
    return page


async def _assert_fits(page: Page, where: str, shot: Path) -> None:
    await page.screenshot(path=str(shot), full_page=True)
    problems = await page.evaluate(CHECK_LAYOUT)
    assert problems == [], f"{where}: {problems}"


@pytest.mark.browser
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # layout does not vary by engine
@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize("locale", ["en", "ar"])
async def test_dashboard_and_report_fit_the_screen(
    aiohttp_server: ServerFactory,
    app: web.Application,
    services: Services,
    browser: Browser,
    tmp_path: Path,
    width: int,
    locale: str,
) -> None:
    await _seed_months(services)
    reviewer = await token(services)
    server: TestServer = await aiohttp_server(app)
    base = str(server.make_url("/"))[:-1]
    page = await _open(browser, base, reviewer, width, locale)
    assert await page.get_attribute("html", "dir") == ("rtl" if locale == "ar" else "ltr")

    # The first quarter of 2026, compared with the last of 2025.
    await page.goto(f"{base}/review?from=2026-01-01&to=2026-03-31")
    await page.wait_for_selector("svg.chart")
    await _assert_fits(page, f"dashboard {locale} {width}", tmp_path / f"dash-{locale}-{width}.png")
    assert await page.locator("svg.chart").count() == 4
    for chart in ("objective", "country", "month", "trend"):
        bars = await page.locator(f"#chart-{chart} rect.bar").count()
        values = await page.locator(f"#chart-{chart} text.value").count()
        assert bars >= 2, f"the {chart} chart is blank"
        assert values >= bars, f"the {chart} chart does not print its values"
    assert await page.locator("#chart-objective rect.previous").count() >= 2
    total = await page.inner_text("#chart-objective-figure .chart-total")
    assert "2025-Q4" in total
    table = await page.inner_text("#chart-country-figure table")
    assert "2026-Q1" in table
    assert "2025-Q4" in table
    # Two charts a row on a wide screen (no lone fourth chart), one a row on a phone.
    tops = [
        (await card.bounding_box() or {"y": 0})["y"]
        for card in await page.locator(".charts > .card").all()
    ]
    if width == 1366:
        assert tops[0] == tops[1]
        assert tops[2] == tops[3]
        assert tops[2] > tops[0]
    else:
        assert tops == sorted(tops)
        assert len(set(tops)) == 4

    await page.goto(f"{base}/review/report/IT")
    await page.wait_for_selector("svg.chart")
    await _assert_fits(page, f"report {locale} {width}", tmp_path / f"report-{locale}-{width}.png")
    assert await page.locator("#chart-month rect.bar").count() == 6
    # No chart repeats the heading above it.
    for figure in await page.locator("figure.chart-figure").all():
        caption = figure.locator("figcaption")
        assert "visually-hidden" in (await caption.get_attribute("class") or "")
    assert await page.locator("blockquote").count() >= 3
    pdf = await page.request.get(f"{base}/review/report/IT?format=pdf&lang={locale}")
    assert pdf.status == 200
    await page.context.close()
