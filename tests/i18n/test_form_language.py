"""In a real browser: a form in Arabic, opened in an English browser, explains a missing
consent in Arabic (the server's message), never in the browser's own English bubble."""

from __future__ import annotations

from typing import Any

import pytest

from i18n.translator import gettext
from storage.models import Submission
from tests.channels.conftest import Channel

pytestmark = pytest.mark.browser


async def test_missing_consent_is_explained_in_the_pages_language(
    browser: Any, channel: Channel
) -> None:
    context = await browser.new_context(viewport={"width": 360, "height": 780}, locale="en-US")
    page = await context.new_page()
    await page.goto(str(channel.client.make_url("/feedback?lang=ar")))
    assert await page.get_attribute("html", "dir") == "rtl"
    consent = await page.locator("#privacy li").all_text_contents()
    assert len(consent) == 6
    await page.select_option("#country-field", "JO")
    await page.click("label[for='theme-services']")
    await page.fill("#text-field", "رفض المركز الصحي علاج ابنتي لأننا بلا أوراق.")
    await page.click("button.primary")
    await page.wait_for_selector("#consent-error")
    expected = gettext("ar", "Please tick the box to agree, or we cannot keep your message.")
    assert (await page.text_content("#consent-error")) == expected
    # What the person wrote is still there, and nothing was stored.
    assert "ابنتي" in await page.input_value("#text-field")
    assert await channel.rows(Submission) == []
    await context.close()
