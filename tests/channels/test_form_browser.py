"""The web form in a real browser (headless Chromium), on a phone-sized screen."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest

from storage.models import Submission
from tests.channels.conftest import Channel

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 780}
# Screenshots to look at by eye; never committed.
SHOTS = Path(tempfile.gettempdir())


async def _fill(page: Any, story: str, *, theme: str, country: str) -> None:
    await page.check("#consent-field")
    await page.select_option("#country-field", country)
    await page.click(f"label[for='theme-{theme}']")
    await page.fill("#text-field", story)
    await page.click("label[for='trend-better']")


async def _no_sideways_scroll(page: Any) -> None:
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]


async def test_form_in_english_and_arabic_files_anonymised_submissions(
    browser: Any, channel: Channel
) -> None:
    base = str(channel.client.make_url("/feedback"))
    context = await browser.new_context(viewport=PHONE, locale="en-GB")
    page = await context.new_page()

    await page.goto(base)
    assert await page.get_attribute("html", "lang") == "en"
    assert await page.get_attribute("html", "dir") == "ltr"
    await _no_sideways_scroll(page)
    # Keyboard first: the first Tab reaches the skip link, and focus is visible.
    await page.keyboard.press("Tab")
    assert await page.evaluate("document.activeElement.className") == "skip"
    outline = await page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    english = (
        "My name is Peter Kamau. I paid a recruiter twice for a work visa that never "
        "came. He still calls me on +254 701 222 333."
    )
    await _fill(page, english, theme="work", country="KE")
    await page.screenshot(path=str(SHOTS / "form-en.png"), full_page=True)
    await page.click("button.primary")
    await page.wait_for_selector(".receipt")
    assert (await page.text_content("h1")) == "Thank you"
    receipt_en = (await page.text_content(".receipt")) or ""

    # The language picker works without JavaScript.
    await page.goto(base)
    await page.select_option("#lang-pick", "ar")
    await page.click(".langpick button")
    await page.wait_for_url("**lang=ar")
    assert await page.get_attribute("html", "lang") == "ar"
    assert await page.get_attribute("html", "dir") == "rtl"
    await _no_sideways_scroll(page)
    arabic = "اسمي My name is Omar Haddad. انتظرت ستة أشهر للحصول على موعد في القنصلية."
    await _fill(page, arabic, theme="papers", country="LB")
    await page.screenshot(path=str(SHOTS / "form-ar.png"), full_page=True)
    await page.click("button.primary")
    await page.wait_for_selector(".receipt")
    receipt_ar = (await page.text_content(".receipt")) or ""
    assert await page.get_attribute(".receipt", "dir") == "ltr"
    await page.screenshot(path=str(SHOTS / "form-ar-thanks.png"), full_page=True)

    stored = {s.receipt: s for s in await channel.rows(Submission)}
    assert set(stored) == {receipt_en, receipt_ar}
    en, ar = stored[receipt_en], stored[receipt_ar]
    assert (en.country, en.theme, en.trend, en.channel) == ("KE", "work", "better", "web")
    assert "Peter Kamau" not in en.text
    assert "701 222 333" not in en.text
    assert "paid a recruiter twice" in en.text
    assert (ar.country, ar.theme) == ("LB", "papers")
    assert "Omar Haddad" not in ar.text
    assert "القنصلية" in ar.text

    # A post without the form's token is refused, with a page a person can read.
    refused = await page.request.post(
        base,
        form={"consent": "yes", "country": "KE", "theme": "work", "text": english},
    )
    assert refused.status == 403
    assert "text/html" in refused.headers["content-type"]
    assert len(await channel.rows(Submission)) == 2
    await context.close()


async def test_missing_consent_is_explained_in_the_browser(browser: Any, channel: Channel) -> None:
    context = await browser.new_context(viewport=PHONE, locale="fr-FR")
    page = await context.new_page()
    await page.goto(str(channel.client.make_url("/feedback")))
    assert await page.get_attribute("html", "lang") == "fr"
    await page.select_option("#country-field", "FR")
    await page.click("label[for='theme-services']")
    await page.fill("#text-field", "Le centre de santé a refusé de me soigner sans papiers.")
    # The server explains it in the page's language; the browser shows no bubble of its own.
    await page.click("button.primary")
    await page.wait_for_selector("#consent-error")
    assert "Cochez la case" in ((await page.text_content("#consent-error")) or "")
    assert await page.evaluate("document.querySelector('#consent-field').validity.valueMissing")
    assert await channel.rows(Submission) == []
    await context.close()
