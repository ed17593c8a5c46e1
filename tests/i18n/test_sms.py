"""SMS cost: every bot prompt with its numbered options fits the budget in every language."""

from __future__ import annotations

import pytest
from babel.messages.catalog import Message

from bot.catalog import LIKELY_COUNTRIES, THEMES, TRENDS
from bot.engine import PRIVACY
from i18n.segments import encoding, sms_segments, sms_units
from i18n.translator import SUPPORTED, country_name, gettext, language_name
from tests.i18n.conftest import render, template_messages

# Six parts: about 400 characters in Arabic, Amharic or Russian, 900 in plain English.
BUDGET = 6

YES_NO = ("Yes", "No")
COUNTRY_PROMPTS = (
    "In which country did this happen? Pick one, or type its name.",
    "I could not find that country. Please type its name again, or pick one.",
)
# Prompts the engine sends with options, and the options it sends them with.
OPTIONS: dict[str, tuple[str, ...]] = {
    "{privacy}\n\nDo you agree?": ("Yes, I agree", "No"),
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


def _numbered(text: str, labels: list[str]) -> str:
    return text + "\n" + "  ".join(f"{i}. {label}" for i, label in enumerate(labels, 1))


# Where the messages that can reach a person by chat or SMS are written; pages of the
# web form, the console and the dashboard are never sent as SMS.
CHAT_SOURCES = ("bot/", "intake/service.py", "intake/channels/", "review/api.py")


def _sent_in_chat(message: Message) -> bool:
    return any(
        path.startswith(CHAT_SOURCES) and path != "intake/channels/web.py"
        for path, _ in message.locations
    )


def prompts(lang: str) -> dict[str, str]:
    """Every chat message as the SMS channel would send it: the text, then "1. X  2. Y"."""
    rendered: dict[str, str] = {}
    for message in template_messages():
        if not _sent_in_chat(message):
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        if key == "{privacy}\n\nDo you agree?":
            text = gettext(lang, key, privacy=gettext(lang, PRIVACY))
        else:
            text = render(lang, message, 5)
        if key in OPTIONS:
            text = _numbered(text, [gettext(lang, label) for label in OPTIONS[key]])
        elif key in COUNTRY_PROMPTS:
            names = [country_name(c, lang) for c in LIKELY_COUNTRIES[lang]]
            text = _numbered(text, [*names, gettext(lang, "Another country")])
        elif key.startswith("Welcome to Compact Voices."):
            text = _numbered(text, [language_name(c) for c in SUPPORTED])
        rendered[key] = text
    return rendered


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_prompt_fits_the_sms_budget(lang: str) -> None:
    over = {
        key[:50]: sms_segments(text)
        for key, text in prompts(lang).items()
        if sms_segments(text) > BUDGET
    }
    assert over == {}, f"{lang}: prompts over {BUDGET} SMS segments: {over}"


def test_english_prompts_stay_in_the_cheap_alphabet() -> None:
    costly = {
        key[:50]
        for key, text in prompts("en").items()
        if encoding(text) != "GSM-7" and not key.startswith("Welcome")  # names in own script
    }
    assert costly == set()


@pytest.mark.parametrize(
    ("text", "units", "segments", "enc"),
    [
        ("", 0, 0, "GSM-7"),
        ("a" * 160, 160, 1, "GSM-7"),
        ("a" * 161, 161, 2, "GSM-7"),
        ("a" * 306, 306, 2, "GSM-7"),
        ("a" * 307, 307, 3, "GSM-7"),
        ("€" * 80, 160, 1, "GSM-7"),  # extension characters take two septets
        ("{" * 81, 162, 2, "GSM-7"),
        ("ج" * 70, 70, 1, "UCS-2"),
        ("ج" * 71, 71, 2, "UCS-2"),
        ("a" * 69 + "ç", 70, 1, "UCS-2"),  # one lower-case c-cedilla makes it UCS-2
        ("ሰ" * 134, 134, 2, "UCS-2"),
        ("ሰ" * 135, 135, 3, "UCS-2"),
        ("🙂" * 35, 70, 1, "UCS-2"),  # beyond the BMP: two code units each
        ("🙂" * 36, 72, 2, "UCS-2"),
    ],
)
def test_sms_segments(text: str, units: int, segments: int, enc: str) -> None:
    assert encoding(text) == enc
    assert sms_units(text) == units
    assert sms_segments(text) == segments
