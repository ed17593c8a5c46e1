"""The real engine, end to end, in each of the 17 languages, on one SQLite database."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pytest
from sqlalchemy import select

from core.messages import ChannelKind, OutboundKind, OutboundMessage
from i18n import translator
from i18n.catalogs import POT, read_catalog
from i18n.translator import LRI, PDI, RTL, SUPPORTED, gettext
from intake.service import IntakeService
from storage.models import Submission
from tests.fakes.channel import FakeChannel
from tests.i18n.test_translator import LATIN_MARKERS, SCRIPTS
from voices.services import Services

# Words that would give away an untranslated English reply.
ENGLISH = re.compile(
    r"\b(Please|Thank you|Which language|Do you agree|What is it about|In which country"
    r"|Compared with|Send it|receipt code|moderator)\b"
)
STORY = "The clinic in the city refused to see my daughter for three months."


def _in_language(lang: str, reply: OutboundMessage) -> list[str]:
    text = reply.text
    problems = []
    if reply.lang != lang:
        problems.append(f"reply marked {reply.lang}")
    if lang != "en" and ENGLISH.search(text):
        problems.append(f"English words in {text[:60]!r}")
    if lang in SCRIPTS and not re.search(SCRIPTS[lang], text):
        problems.append(f"no {lang} script in {text[:60]!r}")
    if reply.rtl != (lang in RTL):
        problems.append("wrong direction")
    return problems


async def _converse(intake: IntakeService, lang: str, index: int) -> list[str]:
    """Walk the whole flow in one language; return what went wrong (nothing, we hope)."""
    person = FakeChannel(intake, f"70{index:02d}", locale_hint=None)
    seen: list[OutboundMessage] = []

    async def say(text: str | None = None, *, choice: str | None = None) -> OutboundMessage:
        replies = await person.push(text, choice=choice)
        seen.extend(replies)
        return replies[-1]

    menu = await person.push("/start")
    assert menu[-1].choices[0].id == "lang:en"  # no hint: English leads the menu
    consent = await say(choice=f"lang:{lang}")
    assert [c.id for c in consent.choices] == ["yes", "no", "help_now"]
    countries = await say(choice="yes")
    first_country = countries.choices[0]
    themes = await say(choice=first_country.id)
    assert len(themes.choices) == 11  # ten themes and "Help now"
    await say(choice="theme:services")
    trend = await say(STORY)
    assert trend.kind is OutboundKind.CHOICES
    confirm = await say(choice="trend:worse")
    assert "clinic" in confirm.text
    receipt = await say(choice="send")
    assert receipt.kind is OutboundKind.RECEIPT
    assert receipt.receipt is not None
    code = receipt.receipt
    if lang in RTL:
        assert f"{LRI}{code}{PDI}" in receipt.text
        assert f"{LRI}/status{PDI}" in receipt.text
    else:
        assert code in receipt.text
    status = await say(f"/status {code}")
    assert gettext(lang, "waiting to be read") in status.text

    problems = [f"{lang}: {p}" for r in seen for p in _in_language(lang, r)]
    if lang in LATIN_MARKERS and not any(ch in r.text for r in seen for ch in LATIN_MARKERS[lang]):
        problems.append(f"{lang}: none of {LATIN_MARKERS[lang]} in any reply")
    if lang != "en":
        labels = [c.label for r in seen for c in r.choices if not c.id.startswith("lang:")]
        english_labels = [label for label in labels if ENGLISH.search(label)]
        if english_labels:
            problems.append(f"{lang}: English option labels {english_labels}")
    return problems


async def test_a_whole_conversation_in_every_language(
    flow: IntakeService, sqlite_services: Services
) -> None:
    problems: list[str] = []
    for index, lang in enumerate(SUPPORTED):
        problems += await _converse(flow, lang, index)
    assert problems == []
    async with sqlite_services.sessions() as session:
        rows = list((await session.execute(select(Submission))).scalars())
    assert sorted(r.receipt for r in rows) == sorted({r.receipt for r in rows})
    assert len(rows) == len(SUPPORTED)
    assert {r.channel for r in rows} == {"telegram"}
    assert all(r.state == "pending" and r.theme == "services" for r in rows)
    assert all("clinic" in r.text for r in rows)


async def test_telegram_language_code_leads_until_the_person_picks(
    flow: IntakeService,
) -> None:
    person = FakeChannel(flow, "7100", locale_hint="ti-ER")
    [menu] = await person.push("/start")
    assert menu.choices[0].id == "lang:ti"
    assert menu.text == gettext("ti", menu.text) or re.search(SCRIPTS["ti"], menu.text)
    # Picking by number reads the menu as shown: "2" is the second entry, English.
    [consent] = await person.push("2")
    assert consent.lang == "en"
    # The explicit choice now beats the channel's hint.
    [after] = await person.push("/privacy")
    assert after.lang == "en"


async def test_sms_number_suggests_the_language(flow: IntakeService) -> None:
    person = FakeChannel(flow, "+251911234567", channel=ChannelKind.SMS, locale_hint=None)
    [menu] = await person.push("hi")
    assert menu.lang == "am"
    assert re.search(SCRIPTS["am"], menu.text)
    assert menu.choices[0].id == "lang:am"


async def test_every_msgid_the_engine_uses_is_in_the_template(
    flow: IntakeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Catches strings Babel cannot see (a variable msgid, a call nested in a keyword call)."""
    used: set[str] = set()
    real = translator._render

    def spy(lang: str, source: str, translated: str, params: Mapping[str, object]) -> str:
        used.add(source)
        return real(lang, source, translated, params)

    monkeypatch.setattr(translator, "_render", spy)
    await _converse(flow, "en", 99)
    person = FakeChannel(flow, "7200")
    for command in ("/help", "/privacy", "/mydata", "/status", "/status ZZZZ-ZZZZ", "/nope"):
        await person.push(command)
    await person.push("/delete")
    await person.push("maybe")
    await person.push("no")
    await person.push("/cancel")
    template: set[str] = set()
    for message in read_catalog(POT):
        if message.id:
            template.update([message.id] if isinstance(message.id, str) else message.id)
    assert len(used) > 30
    assert used - template == set()


async def test_help_now_typed_in_every_language_files_an_urgent_item(
    flow: IntakeService, sqlite_services: Services
) -> None:
    # An SMS person types the "Help now" keyword shown to them, in their language, at the
    # first question after the language menu; nothing else is needed.
    problems: list[str] = []
    for index, lang in enumerate(SUPPORTED):
        person = FakeChannel(
            flow, f"+4470000{index:04d}", channel=ChannelKind.SMS, locale_hint=None
        )
        await person.push("hi")
        await person.push(choice=f"lang:{lang}")
        keyword = gettext(lang, "Help now").upper()
        replies = await person.push(keyword)
        if not replies:
            problems.append(f"{lang}: no reply to {keyword!r}")
            continue
        problems += [f"{lang}: {p}" for p in _in_language(lang, replies[0])]
    assert problems == []
    async with sqlite_services.sessions() as session:
        rows = list((await session.execute(select(Submission))).scalars())
    assert sorted(r.lang for r in rows) == sorted(SUPPORTED)
    assert all((r.urgent, r.urgent_category, r.channel) == (True, "help_now", "sms") for r in rows)
