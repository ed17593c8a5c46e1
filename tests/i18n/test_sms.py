"""SMS cost, counted as production counts it: every prompt fits one SMS reply in every
language, and the consent at most two, never shortened."""

from __future__ import annotations

import pytest
from babel.messages.catalog import Message

from bot.catalog import LIKELY_COUNTRIES, THEMES, TRENDS
from bot.consent import consent_text
from core.messages import ChannelKind, Choice, OutboundKind, OutboundMessage
from i18n.translator import SUPPORTED, country_name, gettext, is_rtl, language_name
from intake.channels.sms import is_gsm7, segments
from intake.channels.sms import render as render_sms
from tests.i18n.conftest import render, template_messages
from voices.settings import Settings

# What the SMS channel sends as one reply (six parts by default: about 400 characters in
# Arabic, Amharic or Russian, 900 in plain English); a longer text goes as several.
BUDGET = Settings.model_fields["sms_max_segments"].default
CONSENT = "{privacy}\n\nDo you agree?"
# The consent says everything it must even where that takes a second SMS.
REPLIES_FOR = {CONSENT: 2}

YES_NO = ("Yes", "No")
COUNTRY_PROMPTS = (
    "In which country did this happen? Pick one, or type its name.",
    "I could not find that country. Please type its name again, or pick one.",
)
# Prompts the engine sends with options, and the options it sends them with.
OPTIONS: dict[str, tuple[str, ...]] = {
    CONSENT: ("Yes, I agree", "No"),
    "What is it about?": tuple(t.label for t in THEMES),
    "Compared with a year ago, are things better, the same or worse?": tuple(
        label for _, label in TRENDS
    ),
    "This is what we will keep, with personal details removed:\n\n{text}\n\nSend it?": (
        "Send",
        "Write it again",
        "Cancel",
    ),
    "This deletes the text of everything you sent us and your contact details. "
    "It cannot be undone. Delete everything?": YES_NO,
    "Please answer yes or no. Delete everything?": YES_NO,
}


# Where the messages that can reach a person by chat or SMS are written; pages of the
# web form, the console and the dashboard are never sent as SMS.
CHAT_SOURCES = ("bot/", "intake/service.py", "intake/channels/", "review/api.py")


def _sent_in_chat(message: Message) -> bool:
    return any(
        path.startswith(CHAT_SOURCES) and path != "intake/channels/web.py"
        for path, _ in message.locations
    )


def _reply(lang: str, text: str, labels: list[str]) -> OutboundMessage:
    return OutboundMessage(
        kind=OutboundKind.CHOICES if labels else OutboundKind.TEXT,
        text=text,
        choices=tuple(Choice(f"c{i}", label) for i, label in enumerate(labels)),
        lang=lang,
        rtl=is_rtl(lang),
    )


def prompts(lang: str) -> dict[str, OutboundMessage]:
    """Every chat message as the engine sends it by SMS, with its options."""
    replies: dict[str, OutboundMessage] = {}
    for message in template_messages():
        if not _sent_in_chat(message):
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        if key == CONSENT:
            text = gettext(lang, key, privacy=consent_text(lang, ChannelKind.SMS))
        else:
            text = render(lang, message, 5)
        labels: list[str] = []
        if key in OPTIONS:
            labels = [gettext(lang, label) for label in OPTIONS[key]]
        elif key in COUNTRY_PROMPTS:
            names = [country_name(c, lang) for c in LIKELY_COUNTRIES[lang]]
            labels = [*names, gettext(lang, "Another country")]
        elif key.startswith("Welcome to Compact Voices."):
            labels = [language_name(c) for c in SUPPORTED]
        replies[key] = _reply(lang, text, labels)
    replies["/privacy"] = _reply(lang, consent_text(lang, ChannelKind.SMS), [])
    return replies


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_prompt_fits_the_sms_budget(lang: str) -> None:
    over = {}
    for key, reply in prompts(lang).items():
        texts = render_sms(reply, BUDGET)
        assert all(segments(text) <= BUDGET for text in texts)
        if len(texts) > REPLIES_FOR.get(key, 1) and key != "/privacy":
            over[key[:50]] = len(texts)
        if key == "/privacy" and len(texts) > REPLIES_FOR[CONSENT]:
            over[key] = len(texts)
    assert over == {}, f"{lang}: prompts sent as more SMS replies than allowed: {over}"


def test_english_prompts_stay_in_the_cheap_alphabet() -> None:
    costly = {
        key[:50]
        for key, reply in prompts("en").items()
        if not all(is_gsm7(text) for text in render_sms(reply, BUDGET))
        and not key.startswith("Welcome")  # language names in their own scripts
    }
    assert costly == set()


@pytest.mark.parametrize(
    ("text", "count", "gsm7"),
    [
        ("a" * 160, 1, True),
        ("a" * 161, 2, True),
        ("a" * 306, 2, True),
        ("a" * 307, 3, True),
        ("€" * 80, 1, True),  # extension characters take two septets
        ("{" * 81, 2, True),
        ("a" * 152 + "{" + "a" * 152, 3, True),  # an escape and its character stay together
        ("ج" * 70, 1, False),
        ("ج" * 71, 2, False),
        ("a" * 69 + "ç", 1, False),  # one lower-case c-cedilla makes it UCS-2
        ("ሰ" * 134, 2, False),
        ("ሰ" * 135, 3, False),
        ("🙂" * 35, 1, False),  # beyond the BMP: two code units each
        ("🙂" * 36, 2, False),
    ],
)
def test_the_production_segment_counter(text: str, count: int, gsm7: bool) -> None:
    assert is_gsm7(text) is gsm7
    assert segments(text) == count
