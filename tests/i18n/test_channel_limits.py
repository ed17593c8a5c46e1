"""Every option fits each channel's limits in every language, so nothing is cut with "…"."""

from __future__ import annotations

from typing import Any

import pytest

from bot.catalog import LIKELY_COUNTRIES, THEMES, TRENDS
from core.messages import ChannelKind, OutboundMessage
from i18n.translator import SUPPORTED, country_name, gettext
from intake.channels import whatsapp
from intake.channels.text import ELLIPSIS
from intake.service import IntakeService
from tests.fakes.channel import FakeChannel
from tests.i18n.conftest import walk

# A Telegram button one per row on a phone-wide keyboard shows about this much.
TELEGRAM_BUTTON = 30
# Labels the engine sends as buttons (two or three options) or as list rows (four to ten).
BUTTONS = ("Yes, I agree", "No", "Yes", "Send", "Write it again", "Cancel")
ROWS = (*(t.label for t in THEMES), *(label for _, label in TRENDS), "Another country")


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_label_in_the_catalog_fits(lang: str) -> None:
    over = {}
    for msgid in BUTTONS:
        if len(label := gettext(lang, msgid)) > whatsapp.MAX_BUTTON_TITLE:
            over[msgid] = label
    for msgid in ROWS:
        if len(label := gettext(lang, msgid)) > whatsapp.MAX_ROW_TITLE:
            over[msgid] = label
    if len(label := gettext(lang, "Choose")) > whatsapp.MAX_LIST_BUTTON:
        over["Choose"] = label
    for code in LIKELY_COUNTRIES[lang]:
        if len(name := country_name(code, lang)) > whatsapp.MAX_ROW_TITLE:
            over[code] = name
    assert over == {}, lang


def _whatsapp_labels(msg: OutboundMessage) -> list[tuple[str, str, int]]:
    """(what, text, limit) for every title WhatsApp would show for this reply."""
    found: list[tuple[str, str, int]] = []
    for body in whatsapp.render("+15550000002", msg):
        if body["type"] != "interactive":
            continue
        action: dict[str, Any] = body["interactive"]["action"]
        for button in action.get("buttons", []):
            found.append(("button", button["reply"]["title"], whatsapp.MAX_BUTTON_TITLE))
        if "button" in action:
            found.append(("list button", action["button"], whatsapp.MAX_LIST_BUTTON))
        for section in action.get("sections", []):
            for row in section["rows"]:
                found.append(("row", row["title"], whatsapp.MAX_ROW_TITLE))
                if "description" in row:
                    found.append(("row description", row["description"], 72))
    return found


async def test_what_the_engine_sends_fits_whatsapp_and_telegram(flow: IntakeService) -> None:
    problems: list[str] = []
    for index, lang in enumerate(SUPPORTED):
        # A Kenyan number: its country leads the list, in every language.
        person = FakeChannel(flow, f"+25470100{index:04d}", channel=ChannelKind.WHATSAPP)
        replies = await walk(person, lang)
        offered = [r for r in replies if r.choices and r.lang == lang]
        assert len(offered) >= 6, lang  # consent, countries, themes, trend, confirm, delete
        for reply in offered:
            for what, text, limit in _whatsapp_labels(reply):
                if len(text) > limit or text.endswith(ELLIPSIS):
                    problems.append(f"{lang} WhatsApp {what}: {text!r}")
        for reply in replies:
            for choice in reply.choices:
                if len(choice.label) > TELEGRAM_BUTTON:
                    problems.append(f"{lang} Telegram button: {choice.label!r}")
    assert problems == []
