"""The consent text says every one of its elements, in every language, on every channel."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest

from bot.consent import ELEMENTS, Element, consent_elements, consent_text
from core.messages import ChannelKind, OutboundMessage
from i18n.translator import LRI, PDI, RTL, SUPPORTED, gettext
from intake.channels import sms, telegram, whatsapp
from intake.channels.text import split_text
from intake.service import IntakeService
from tests.channels.conftest import Channel
from tests.fakes.channel import FakeChannel
from voices.settings import Settings

CHAT = (ChannelKind.TELEGRAM, ChannelKind.WHATSAPP, ChannelKind.SMS)
SMS_BUDGET = Settings.model_fields["sms_max_segments"].default
# "At any time", as each language says it in the rights element.
AT_ANY_TIME = {
    "en": "At any time",
    "fr": "À tout moment",
    "es": "En cualquier momento",
    "pt": "A qualquer momento",
    "ar": "في أي وقت",
    "fa": "هر وقت",
    "ps": "هر وخت",
    "ur": "کسی بھی وقت",
    "ti": "ኣብ ዝደለኹምዎ እዋን",
    "am": "በማንኛውም ጊዜ",
    "so": "Wakhti kasta",
    "sw": "Wakati wowote",
    "ha": "A kowane lokaci",
    "uk": "Будь-коли",
    "ru": "В любой момент",
    "tr": "İstediğiniz zaman",
    "bn": "যেকোনো সময়",
}


def _flat(text: str) -> str:
    """Whitespace and bidi isolates folded away, as a reader sees the words."""
    return " ".join(text.replace(LRI, "").replace(PDI, "").split())


def _missing(lang: str, channel: ChannelKind, shown: str) -> list[str]:
    seen = _flat(shown)
    return [element for element, text in consent_elements(lang, channel) if _flat(text) not in seen]


def test_every_channel_has_every_element() -> None:
    assert set(ELEMENTS) == set(ChannelKind)
    for channel, elements in ELEMENTS.items():
        assert list(elements) == list(Element), channel


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_element_is_translated_and_keeps_its_commands(lang: str) -> None:
    for channel in ChannelKind:
        elements = dict(consent_elements(lang, channel))
        for element, text in elements.items():
            english = gettext("en", ELEMENTS[channel][element])
            assert text.strip(), (lang, channel, element)
            if lang != "en":
                assert text != english, (lang, channel, element)
        rights = _flat(elements[Element.RIGHTS])
        assert AT_ANY_TIME[lang] in rights, (lang, channel)
        commands = ("/status",) if channel is ChannelKind.WEB else ("/mydata", "/delete")
        for command in commands:
            assert command in rights, (lang, channel, command)
            if lang in RTL:
                assert f"{LRI}{command}{PDI}" in elements[Element.RIGHTS]


async def _consent(flow: IntakeService, channel: ChannelKind, lang: str) -> OutboundMessage:
    value = "+15550000001" if channel is not ChannelKind.TELEGRAM else "81001"
    person = FakeChannel(flow, value, channel=channel, locale_hint=None)
    await person.push("/start")
    [consent] = await person.push(choice=f"lang:{lang}")
    # Yes and No, and the "Help now" option every question carries.
    assert [c.id for c in consent.choices] == ["yes", "no", "help_now"]
    await person.push("/delete")
    await person.push("yes")  # the next language starts from a clean slate
    return consent


def _as_sent(channel: ChannelKind, msg: OutboundMessage) -> tuple[str, int]:
    """What the channel's own rendering sends: the visible text and the number of messages."""
    if channel is ChannelKind.SMS:
        parts = sms.render(msg, SMS_BUDGET)
        assert all(sms.segments(part) <= SMS_BUDGET for part in parts)
        return "\n".join(parts), len(parts)
    if channel is ChannelKind.WHATSAPP:
        bodies: list[dict[str, Any]] = whatsapp.render("+15550000001", msg)
        texts = [
            b["text"]["body"] if b["type"] == "text" else b["interactive"]["body"]["text"]
            for b in bodies
        ]
        return "\n".join(texts), len(bodies)
    parts = split_text(msg.text, telegram.MAX_MESSAGE_CHARS)
    return "\n".join(parts), len(parts)


async def test_the_consent_each_chat_channel_sends_has_every_element(flow: IntakeService) -> None:
    problems: list[str] = []
    for lang in SUPPORTED:
        for channel in CHAT:
            consent = await _consent(flow, channel, lang)
            assert consent.text == gettext(
                lang, "{privacy}\n\nDo you agree?", privacy=consent_text(lang, channel)
            )
            shown, count = _as_sent(channel, consent)
            problems += [f"{lang}/{channel}: {m}" for m in _missing(lang, channel, shown)]
            # Consent may take a second SMS; it is never shortened to fit one.
            limit = 2 if channel is ChannelKind.SMS else 1
            if count > limit:
                problems.append(f"{lang}/{channel}: {count} messages")
    assert problems == []


@pytest.mark.parametrize("lang", SUPPORTED)
async def test_the_web_form_shows_every_element(channel: Channel, lang: str) -> None:
    resp = await channel.client.get(f"/feedback?lang={lang}")
    assert resp.status == 200
    page = await resp.text()
    items = dict(re.findall(r'<li data-consent="(\w+)">(.*?)</li>', page, re.S))
    assert list(items) == [e.value for e in Element]
    for element, text in consent_elements(lang, ChannelKind.WEB):
        assert _flat(html.unescape(items[element.value])) == _flat(text), (lang, element)
    # No browser bubble in the browser's language: the server explains, in the page's.
    assert re.search(r"<form [^>]*\bnovalidate\b", page)


async def test_sms_consent_in_the_longest_language_is_two_messages_with_all_of_it(
    flow: IntakeService,
) -> None:
    longest = max(SUPPORTED, key=lambda lang: sms.segments(consent_text(lang, ChannelKind.SMS)))
    consent = await _consent(flow, ChannelKind.SMS, longest)
    parts = sms.render(consent, SMS_BUDGET)
    assert len(parts) == 2, longest
    assert _missing(longest, ChannelKind.SMS, "\n".join(parts)) == []
    # The question and its options come last, after the whole text.
    assert gettext(longest, "No") in parts[-1]
