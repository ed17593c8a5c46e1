"""The web form over HTTP: language, CSRF, validation, limits, filing through the engine."""

from __future__ import annotations

import re
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from core.errors import SendError
from core.messages import Address, ChannelKind, OutboundKind, OutboundMessage
from storage.models import InboundEvent, Submission
from tests.channels.conftest import Channel, _channel

STORY = (
    "My name is Daniel Mensah. The clinic refused to treat my daughter because we had no "
    "residence card. Call +233 244 555 666."
)


def hidden(html: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert match, name
    return match.group(1)


async def open_form(client: TestClient[Any, Any], **params: str) -> str:
    resp = await client.get("/feedback", params=params)
    assert resp.status == 200
    return await resp.text()


def answers(html: str, **overrides: str | None) -> dict[str, str]:
    data: dict[str, str | None] = {
        "csrf": hidden(html, "csrf"),
        "form_id": hidden(html, "form_id"),
        "lang": hidden(html, "lang"),
        "consent": "yes",
        "country": "GH",
        "country_text": "",
        "theme": "services",
        "text": STORY,
        "trend": "worse",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


async def test_form_speaks_the_visitors_language(channel: Channel) -> None:
    resp = await channel.client.get("/feedback", headers={"Accept-Language": "fr-FR,fr;q=0.9"})
    html = await resp.text()
    assert '<html lang="fr" dir="ltr">' in html
    assert "Allemagne" in html  # country names in French
    html = await open_form(channel.client, lang="ar")
    assert '<html lang="ar" dir="rtl">' in html
    assert "ألمانيا" in html
    assert resp.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert "frame-ancestors 'none'" in resp.headers["Content-Security-Policy"]
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["Referrer-Policy"] == "no-referrer"
    cookies = resp.headers.getall("Set-Cookie")
    assert all("SameSite=Strict" in c and "HttpOnly" in c for c in cookies)
    css = await channel.client.get("/feedback/form.css")
    assert css.status == 200
    assert css.content_type == "text/css"


async def test_accessible_structure(channel: Channel) -> None:
    html = await open_form(channel.client)
    for field_id in ("consent-field", "country-field", "country-text", "text-field", "lang-pick"):
        assert f'for="{field_id}"' in html
        assert f'id="{field_id}"' in html
    assert html.count("<fieldset") == html.count("<legend>") == 4
    assert 'aria-describedby="text-hint"' in html
    assert "<script" not in html


async def test_submission_is_filed_anonymised_with_a_receipt(any_db_channel: Channel) -> None:
    ch = any_db_channel
    html = await open_form(ch.client)
    resp = await ch.client.post("/feedback", data=answers(html))
    page = await resp.text()
    assert resp.status == 200
    [submission] = await ch.rows(Submission)
    assert f'<bdi class="receipt" dir="ltr">{submission.receipt}</bdi>' in page
    assert submission.channel == "web"
    assert (submission.country, submission.theme, submission.trend) == ("GH", "services", "worse")
    assert 15 in submission.objectives
    assert "Daniel Mensah" not in submission.text
    assert "244 555 666" not in submission.text
    assert "refused to treat my daughter" in submission.text
    session_id = next(c for c in ch.client.session.cookie_jar if c.key == "cv_session").value
    assert submission.pseudonym == ch.services.pseudonyms.pseudonym(
        Address(ChannelKind.WEB, session_id)
    )
    # The same form sent twice is filed once.
    again = await ch.client.post("/feedback", data=answers(html))
    assert "already received" in (await again.text())
    assert len(await ch.rows(Submission)) == 1


async def test_typed_country_is_understood(channel: Channel) -> None:
    html = await open_form(channel.client)
    resp = await channel.client.post(
        "/feedback", data=answers(html, country="", country_text="Allemagne")
    )
    assert resp.status == 200
    [submission] = await channel.rows(Submission)
    assert submission.country == "DE"


@pytest.mark.parametrize(
    ("tamper", "cookie"),
    [("drop", True), ("garbage", True), ("valid", False), ("other-session", True)],
)
async def test_post_without_a_valid_token_is_refused(
    channel: Channel, tamper: str, cookie: bool
) -> None:
    html = await open_form(channel.client)
    data = answers(html)
    if tamper == "drop":
        del data["csrf"]
    elif tamper == "garbage":
        data["csrf"] = "abc.123.def"
    elif tamper == "other-session":
        nonce, issued, _ = data["csrf"].split(".")
        data["csrf"] = f"{nonce}.{issued}.{'0' * 40}"
    if not cookie:
        channel.client.session.cookie_jar.clear()
    resp = await channel.client.post("/feedback", data=data)
    assert resp.status == 403
    assert resp.content_type == "text/html"
    assert "Nothing was stored" in await resp.text()
    assert await channel.rows(Submission) == []


async def test_without_consent_nothing_is_stored_and_answers_are_kept(channel: Channel) -> None:
    html = await open_form(channel.client)
    resp = await channel.client.post("/feedback", data=answers(html, consent=None))
    page = await resp.text()
    assert resp.status == 400
    assert 'role="alert"' in page
    assert 'href="#consent-field"' in page
    assert 'aria-describedby="privacy consent-error"' in page
    assert "refused to treat my daughter" in page  # the text is still there to send
    assert 'value="GH" selected' in page
    assert await channel.rows(Submission) == []
    assert await channel.count(InboundEvent) == 0


async def test_missing_and_too_long_answers_are_form_errors(channel: Channel) -> None:
    limit = channel.services.settings.max_text_chars
    html = await open_form(channel.client)
    resp = await channel.client.post(
        "/feedback",
        data=answers(html, text="x" * (limit + 1), theme="", country="", country_text="Atlantis"),
    )
    page = await resp.text()
    assert resp.status == 400
    assert f"({limit + 1} characters)" in page
    assert 'id="text-error"' in page
    assert 'aria-describedby="text-hint text-error"' in page
    assert 'id="theme-error"' in page
    assert 'id="country-error"' in page
    assert 'value="Atlantis"' in page
    assert await channel.rows(Submission) == []


async def test_oversize_body_is_413_html(channel: Channel) -> None:
    html = await open_form(channel.client)
    big = "y" * (channel.services.settings.max_body_bytes + 10)
    resp = await channel.client.post("/feedback", data=answers(html, text=big))
    assert resp.status == 413
    assert resp.content_type == "text/html"
    assert await channel.rows(Submission) == []


async def test_rate_limit_per_client(
    aiohttp_client: Any, aiohttp_server: Any, tmp_path: Any
) -> None:
    ch = await _channel(
        aiohttp_client,
        aiohttp_server,
        f"sqlite+aiosqlite:///{tmp_path / 'v.db'}",
        tmp_path,
        form_rate_limit=2,
    )
    for _ in range(2):
        html = await open_form(ch.client)
        assert (await ch.client.post("/feedback", data=answers(html))).status == 200
    html = await open_form(ch.client)
    resp = await ch.client.post("/feedback", data=answers(html))
    assert resp.status == 429
    assert "Nothing was stored" in await resp.text()
    assert len(await ch.rows(Submission)) == 2


async def test_web_has_no_reply_channel(channel: Channel) -> None:
    with pytest.raises(SendError) as info:
        await channel.adapter("web").send(
            Address(ChannelKind.WEB, "x"), OutboundMessage(kind=OutboundKind.TEXT, text="hi")
        )
    assert not info.value.retryable


# Letters each language's page must contain: its own script, or letters only it uses.
OWN_LETTERS = {
    "en": r"[A-Za-z]",
    "fr": r"[éèàç]",
    "es": r"[ñáéíóú¿]",
    "pt": r"[ãõçáéê]",
    "ar": r"[\u0600-\u06FF]",
    "fa": r"[\u0600-\u06FF]",
    "ps": r"[\u0600-\u06FF]",
    "ur": r"[\u0600-\u06FF]",
    "ti": r"[\u1200-\u137F]",
    "am": r"[\u1200-\u137F]",
    "so": r"[A-Za-z]",
    "sw": r"[A-Za-z]",
    "ha": r"[ƙɗɓƘƊƁ]",
    "uk": r"[іїєґ]",
    "ru": r"[ыэъё]",
    "tr": r"[ışğçöü]",
    "bn": r"[\u0980-\u09FF]",
}


@pytest.mark.parametrize("lang", sorted(OWN_LETTERS))
async def test_form_is_served_in_every_language(channel: Channel, lang: str) -> None:
    import re

    html = await open_form(channel.client, lang=lang)
    direction = "rtl" if lang in ("ar", "fa", "ps", "ur") else "ltr"
    assert f'<html lang="{lang}" dir="{direction}">' in html
    body = re.sub(r"<[^>]+>", " ", html.split("<body", 1)[1])
    assert re.search(OWN_LETTERS[lang], body), lang
    if lang != "en":
        # The form's own words are translated, not left in English.
        assert "Share your experience" not in body
