"""Every page of the web form speaks the visitor's language: the form, the receipt, the
rate-limit, expired, duplicate and oversize pages."""

from __future__ import annotations

import html as htmllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from i18n import translator
from i18n.catalogs import POT, read_catalog
from i18n.translator import gettext
from tests.channels.conftest import Channel, _channel
from tests.channels.test_web import answers, open_form


async def _every_page(ch: Channel, lang: str) -> dict[str, tuple[int, str]]:
    pages: dict[str, tuple[int, str]] = {}
    form = await open_form(ch.client, lang=lang)
    pages["form"] = (200, form)
    filled = answers(form)
    resp = await ch.client.post("/feedback", data=filled)
    pages["thanks"] = (resp.status, await resp.text())
    resp = await ch.client.post("/feedback", data=filled)
    pages["again"] = (resp.status, await resp.text())
    for name in ("second", "limit"):
        form = await open_form(ch.client, lang=lang)
        resp = await ch.client.post("/feedback", data=answers(form))
        pages[name] = (resp.status, await resp.text())
    resp = await ch.client.post("/feedback", data=answers(form, csrf="forged"))
    pages["expired"] = (resp.status, await resp.text())
    big = "y" * (ch.services.settings.max_body_bytes + 10)
    resp = await ch.client.post(
        "/feedback", data=answers(form, text=big), headers={"Accept-Language": lang}
    )
    pages["oversize"] = (resp.status, await resp.text())
    return pages


@pytest.fixture
async def limited(aiohttp_client: Any, aiohttp_server: Any, tmp_path: Path) -> Channel:
    """The web form with room for two submissions per client."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'v.db'}"
    return await _channel(aiohttp_client, aiohttp_server, url, tmp_path, form_rate_limit=2)


async def test_every_text_on_every_page_is_in_the_catalogs(
    limited: Channel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A msgid Babel cannot see (a plain string handed to a helper) is never translated."""
    used: set[str] = set()
    real = translator._render

    def spy(lang: str, source: str, translated: str, params: Mapping[str, object]) -> str:
        used.add(source)
        return real(lang, source, translated, params)

    monkeypatch.setattr(translator, "_render", spy)
    pages = await _every_page(limited, "en")
    assert {name: status for name, (status, _) in pages.items()} == {
        "form": 200,
        "thanks": 200,
        "again": 200,
        "second": 200,
        "limit": 429,
        "expired": 403,
        "oversize": 413,
    }
    template: set[str] = set()
    for message in read_catalog(POT):
        if message.id:
            template.update([message.id] if isinstance(message.id, str) else message.id)
    assert "Your receipt code is {code}." in used
    assert used - template == set()


@pytest.mark.parametrize("lang", ["ar", "ti", "uk", "sw"])
async def test_no_page_is_left_in_english(
    aiohttp_client: Any, aiohttp_server: Any, tmp_path: Path, lang: str
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'v.db'}"
    ch = await _channel(aiohttp_client, aiohttp_server, url, tmp_path, form_rate_limit=2)
    pages = await _every_page(ch, lang)
    english = (
        "Your receipt code is",
        "Keep it",
        "Please wait",
        "Nothing was stored",
        "This form has expired",
        "Already received",
        "Too much text",
    )
    for name, (_, page) in pages.items():
        text = htmllib.unescape(page)
        assert [e for e in english if e in text] == [], (lang, name)
    thanks = htmllib.unescape(pages["thanks"][1])
    assert gettext(lang, "Your receipt code is {code}.", code="@").split("@")[0] in thanks
    limit = htmllib.unescape(pages["limit"][1])
    assert gettext(lang, "Please wait a little") in limit
