"""'Help now' on WhatsApp, SMS and the web form, and the on-call webhook alert.

Each channel runs through its real route into a real database; the on-call
webhook is a local aiohttp server that records what it is sent.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from moderation.oncall import AlertFailed
from storage.models import Submission
from tests.channels.conftest import Channel, _channel
from tests.channels.test_sms import say as sms_say
from tests.channels.test_web import answers, open_form
from tests.channels.test_whatsapp import WA_ID, note, reply, text
from voices.app import ONCALL

# WhatsApp


async def test_whatsapp_help_button_at_the_first_question(channel: Channel) -> None:
    await channel.post_whatsapp(note([text("Hi")]))
    await channel.drain()
    menu, help_button = channel.graph.requests
    assert "17. " in menu["text"]["body"]  # the language menu is numbered text
    [button] = help_button["interactive"]["action"]["buttons"]
    assert button["reply"] == {"id": "help_now", "title": "Help now"}

    status, _ = await channel.post_whatsapp(note([reply("button_reply", "help_now")]))
    assert status == 200
    await channel.drain()
    referral = channel.graph.requests[2]
    assert "in danger" in referral["text"]["body"]
    [item] = await channel.rows(Submission)
    assert (item.urgent, item.urgent_category, item.channel) == (True, "help_now", "whatsapp")
    assert item.text == ""
    # The name and number the notification carried are nowhere in the item.
    assert WA_ID not in json.dumps([item.text, item.flags, item.entities])


async def test_whatsapp_consent_buttons_carry_help_now(channel: Channel) -> None:
    for step in (text("Hi"), text("1")):
        await channel.post_whatsapp(note([step]))
    await channel.drain()
    consent = channel.graph.requests[-1]
    ids = [b["reply"]["id"] for b in consent["interactive"]["action"]["buttons"]]
    assert ids == ["yes", "no", "help_now"]


# SMS


async def test_sms_keyword_in_the_persons_language_and_in_english(channel: Channel) -> None:
    # A French number: the bot answers in French and shows both keywords.
    menu = await sms_say(channel, "Bonjour, je voudrais parler", sender="+33612345678")
    assert any("Besoin d'aide maintenant ? Envoyez" in m for m in menu)
    assert any("AIDE URGENTE / HELP NOW" in m for m in menu)
    referral, menu_again = await sms_say(channel, "aide urgente", sender="+33612345678")
    assert "Si vous êtes en danger" in referral
    assert "1. Français" in menu_again  # then the question it interrupted
    # The English keyword works too, whatever the language.
    [referral] = await sms_say(channel, "HELP NOW", sender="+2348031234567")
    assert "If you are in danger" in referral
    items = await channel.rows(Submission)
    assert [(i.urgent, i.urgent_category, i.channel) for i in items] == [
        (True, "help_now", "sms"),
        (True, "help_now", "sms"),
    ]
    assert {i.lang for i in items} == {"fr", "en"}


async def test_sms_help_is_still_the_carriers_help_keyword(channel: Channel) -> None:
    # "HELP" alone keeps its SMS meaning (the bot's help text), and files nothing.
    messages = await sms_say(channel, "HELP")
    assert any("/status" in m for m in messages)
    assert await channel.rows(Submission) == []


# Web form


async def test_every_form_page_links_to_help_now(channel: Channel) -> None:
    page = await (await channel.client.get("/feedback?lang=ar")).text()
    assert 'href="/feedback/help?lang=ar"' in page
    assert "مساعدة الآن" in page


async def test_web_help_link_shows_the_referral_and_files_one_item(channel: Channel) -> None:
    first = await channel.client.get("/feedback/help?lang=ar&country=LY")
    body = await first.text()
    assert first.status == 200
    assert "إذا كنت في خطر" in body
    [item] = await channel.rows(Submission)
    assert (item.urgent, item.urgent_category, item.channel) == (True, "help_now", "web")
    assert (item.lang, item.country) == ("ar", "LY")
    # The same browser asking again sees the referral again; no second item.
    again = await channel.client.get("/feedback/help?lang=ar")
    assert "إذا كنت في خطر" in await again.text()
    assert len(await channel.rows(Submission)) == 1


async def test_web_help_from_another_site_files_nothing(channel: Channel) -> None:
    resp = await channel.client.get(
        "/feedback/help?lang=en", headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert resp.status == 200
    assert "in danger" in await resp.text()
    assert await channel.rows(Submission) == []


async def test_web_help_with_an_unknown_country_is_filed_without_one(channel: Channel) -> None:
    resp = await channel.client.get("/feedback/help?lang=en&country=ZZ")
    assert resp.status == 200
    [item] = await channel.rows(Submission)
    assert item.country is None


# The on-call webhook


class Pager:
    """A local stand-in for the operator's alert webhook."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.fail_next = 0
        self.arrived = asyncio.Event()

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/hooks/oncall", self._handle)
        return app

    async def _handle(self, request: web.Request) -> web.Response:
        if self.fail_next:
            self.fail_next -= 1
            return web.json_response({"error": "down"}, status=503)
        self.received.append(await request.json())
        self.arrived.set()
        return web.json_response({"ok": True})


@pytest.fixture
async def paged(
    aiohttp_client: Any, aiohttp_server: Any, sqlite_url: str, tmp_path: Path
) -> tuple[Channel, Pager]:
    pager = Pager()
    server = await aiohttp_server(pager.app())
    ch = await _channel(
        aiohttp_client,
        aiohttp_server,
        sqlite_url,
        tmp_path,
        oncall_webhook_url=str(server.make_url("/hooks/oncall")),
        oncall_interval_seconds=0.05,
    )
    return ch, pager


STORY = (
    "My name is Amina Wanjiru. My employer took my passport and I cannot leave the farm. "
    "Call me on +254 712 345 678."
)


async def test_webhook_alert_for_an_urgent_message_carries_nothing_personal(
    paged: tuple[Channel, Pager],
) -> None:
    ch, pager = paged
    for step in (
        text("Hi"),
        text("1"),
        reply("button_reply", "yes"),
        reply("list_reply", "country:KE"),
        reply("list_reply", "theme:work"),
        text(STORY),
    ):
        await ch.post_whatsapp(note([step]))
    [item] = await ch.rows(Submission)
    assert item.urgent_category == "trafficking"
    assert item.urgent_cue is not None
    start, end = item.urgent_cue
    assert "passport" in item.text[start:end]  # the cue, in the anonymised text

    alerter = ch.client.app[ONCALL]
    async with aiohttp.ClientSession() as http:
        pager.fail_next = 1
        with pytest.raises(AlertFailed):
            await alerter.run_once(http)
        assert pager.received == []  # not marked alerted: retried on the next pass
        assert await alerter.run_once(http) == 1
        assert await alerter.run_once(http) == 0
    [alert] = pager.received
    assert alert["event"] == "urgent_submission"
    assert (alert["receipt"], alert["category"]) == (item.receipt, "trafficking")
    assert (alert["channel"], alert["lang"], alert["country"]) == ("whatsapp", "en", "KE")
    assert alert["console_url"].endswith(f"/console/s/{item.receipt}")
    raw = json.dumps(alert)
    for personal in ("Amina", "Wanjiru", "712", WA_ID, "passport", item.pseudonym):
        assert personal not in raw


async def test_running_alerter_pages_without_being_called(paged: tuple[Channel, Pager]) -> None:
    ch, pager = paged
    task = asyncio.create_task(ch.client.app[ONCALL].run())
    try:
        await ch.client.get("/feedback/help?lang=sw")
        await asyncio.wait_for(pager.arrived.wait(), timeout=30)
    finally:
        ch.client.app[ONCALL].request_stop()
        await asyncio.wait_for(task, timeout=30)
    [alert] = pager.received
    assert (alert["category"], alert["channel"], alert["lang"]) == ("help_now", "web", "sw")


@pytest.mark.parametrize(
    ("lang", "text", "advice"),
    [
        ("en", "My employer took my passport and I cannot leave the farm.", "anti-trafficking"),
        ("ar", "صاحب العمل اخذ جوازي ولا استطيع ترك المزرعة", "الاتجار بالبشر"),
        ("ru", "Работодатель забрал паспорт, я не могу уйти с фермы.", "торговлей людьми"),
        ("uk", "Роботодавець забрав паспорт, я не можу піти з ферми.", "торгівлі людьми"),
        ("sw", "Mwajiri amechukua pasipoti yangu na siwezi kuondoka shambani.", "biashara ya"),
    ],
)
async def test_web_form_shows_the_category_referral_in_every_language(
    channel: Channel, lang: str, text: str, advice: str
) -> None:
    html = await open_form(channel.client, lang=lang)
    resp = await channel.client.post("/feedback", data=answers(html, text=text))
    page = await resp.text()
    assert resp.status == 200
    assert 'class="referral"' in page
    assert advice in page
    [item] = await channel.rows(Submission)
    assert (item.urgent, item.urgent_category) == (True, "trafficking")
