"""The feedback flow on an in-memory channel: what a person sees and what gets stored."""

from __future__ import annotations

from typing import Any

from faker import Faker
from sqlalchemy import select

from bot.engine import ConversationEngine
from core.messages import ChannelKind, OutboundKind
from i18n.translator import LRI, PDI
from intake.service import IntakeService
from storage.models import Contact, Conversation, OutboxMessage, Submission
from tests.conftest import shared_pipeline
from tests.fakes.channel import FakeChannel
from voices.services import Services

fake = Faker("en_GB")
Faker.seed(4321)


async def _rows(services: Services, model: Any) -> list[Any]:
    async with services.sessions() as session:
        return list((await session.execute(select(model))).scalars())


async def _through_to_text(person: FakeChannel, lang: str = "en") -> None:
    await person.push("/start")
    assert person.last().choices[0].id == f"lang:{lang}"
    await person.push(choice=f"lang:{lang}")
    consent = person.last()
    assert [c.id for c in consent.choices] == ["yes", "no", "help_now"]
    await person.push(choice="yes")
    assert any(c.id == "country:other" for c in person.last().choices)
    await person.push("Italy")
    themes = person.last()
    assert len(themes.choices) == 11
    assert themes.choices[-1].id == "help_now"
    await person.push(choice="theme:services")
    # The request for their own words offers only "Help now".
    assert [c.id for c in person.last().choices] == ["help_now"]


async def test_whole_conversation_files_an_anonymised_submission(
    intake: IntakeService, services: Services
) -> None:
    name = fake.name()
    phone = "+39 347 123 4567"
    person = FakeChannel(intake, "1001", sender_name=name.split()[0])
    await _through_to_text(person)

    text = (
        f"My name is {name} and my phone is {phone}. In Milan the clinic refused to see "
        "my daughter because we had no residence card, for 3 months."
    )
    await person.push(text)
    trend = person.last()
    assert [c.id for c in trend.choices][:3] == ["trend:better", "trend:same", "trend:worse"]
    await person.push(choice="trend:worse")
    confirm = person.last()
    assert name.split()[-1] not in confirm.text
    assert "347" not in confirm.text
    assert "clinic" in confirm.text
    await person.push(choice="send")
    receipt = person.last()
    assert receipt.kind is OutboundKind.RECEIPT
    assert receipt.receipt is not None
    assert receipt.receipt in receipt.text

    [stored] = await _rows(services, Submission)
    assert stored.receipt == receipt.receipt
    assert stored.country == "IT"
    assert stored.theme == "services"
    assert stored.objectives[0] == 15
    assert stored.trend == "worse"
    assert stored.state == "pending"
    assert stored.channel == "telegram"
    assert stored.lang == "en"
    assert name.split()[-1] not in stored.text
    assert "123 4567" not in stored.text
    assert stored.entities.get("PHONE", 0) >= 1
    assert "Milan" in stored.text
    [conv] = await _rows(services, Conversation)
    assert conv.step == "idle"
    assert "text" not in conv.data


async def test_no_consent_keeps_nothing(intake: IntakeService, services: Services) -> None:
    person = FakeChannel(intake, "1002")
    await person.push("/start")
    await person.push(choice="lang:en")
    await person.push(choice="no")
    assert "Nothing was kept" in person.last().text
    assert await _rows(services, Submission) == []
    assert await _rows(services, Conversation) == [] or all(
        c.step == "idle" and "consent" not in c.data for c in await _rows(services, Conversation)
    )


async def test_media_is_refused_politely_and_not_stored(
    intake: IntakeService, services: Services
) -> None:
    person = FakeChannel(intake, "1003")
    await _through_to_text(person)
    await person.push(media=True)
    assert "only read text" in person.last().text
    await person.push("🙂🙂🙂")
    assert "a few words" in person.last().text
    assert await _rows(services, Submission) == []
    [conv] = await _rows(services, Conversation)
    assert conv.step == "text"  # still waiting for words


async def test_too_long_text_is_refused_whole(services: Services) -> None:
    intake = IntakeService(services, ConversationEngine(shared_pipeline(), max_text_chars=500))
    person = FakeChannel(intake, "1004")
    await _through_to_text(person)
    await person.push("word " * 2000)
    reply = person.last()
    assert "too long" in reply.text
    assert "10000" in reply.text
    [conv] = await _rows(services, Conversation)
    assert conv.step == "text"


async def test_sms_style_numbers_and_words_choose(
    intake: IntakeService, services: Services
) -> None:
    person = FakeChannel(intake, "+254700000111", channel=ChannelKind.SMS, locale_hint=None)
    await person.push("hello")
    language = person.last()
    # A Kenyan number suggests Swahili until the person picks.
    assert language.choices[0].id == "lang:sw"
    sw = [c.id for c in language.choices].index("lang:sw") + 1
    await person.push(str(sw))
    consent = person.last()
    assert consent.lang == "sw"
    await person.push("1")  # yes
    countries = person.last()
    # The phone number's country comes first.
    assert countries.choices[0].id == "country:KE"
    await person.push("1")
    await person.push("3")  # third theme
    [conv] = await _rows(services, Conversation)
    assert conv.step == "text"
    assert conv.data["country"] == "KE"
    assert conv.data["theme"] == "services"


async def test_status_mydata_and_delete(intake: IntakeService, services: Services) -> None:
    person = FakeChannel(intake, "1005")
    await _through_to_text(person)
    await person.push("The bus to the reception centre stopped running and nobody told us.")
    await person.push(choice="trend:same")
    await person.push(choice="send")
    code = person.last().receipt
    assert code is not None

    await person.push(f"/status {code.lower().replace('-', ' ')}")
    assert "waiting to be read" in person.last().text
    await person.push("/status ZZZZ")
    assert "receipt code" in person.last().text

    await person.push("/mydata")
    held = person.inbox[-1].text
    assert code in held
    assert "1 message" in held
    person.inbox.clear()

    await person.push("/delete")
    await person.push(choice="yes")
    assert "deleted 1 message" in person.last().text
    [sub] = await _rows(services, Submission)
    assert sub.state == "withdrawn"
    assert sub.text == ""
    assert sub.pseudonym == ""
    assert await _rows(services, Contact) == []
    assert await _rows(services, Conversation) == []


async def test_urgent_message_gets_referral_at_once(
    intake: IntakeService, services: Services
) -> None:
    person = FakeChannel(intake, "1006")
    await _through_to_text(person)
    replies = await person.push(
        "They locked us in a warehouse and beat my brother. They took our passports."
    )
    assert any("danger" in r.text for r in replies)
    # Filed at once: it reaches the moderators even if the person cannot go on.
    [early] = await _rows(services, Submission)
    assert early.urgent is True
    assert early.state == "pending"
    assert early.trend is None
    await person.push(choice="trend:worse")
    await person.push(choice="send")
    receipt = person.last()
    [sub] = await _rows(services, Submission)
    assert sub.receipt == early.receipt == receipt.receipt
    assert sub.urgent is True
    assert sub.trend == "worse"
    assert "urgent" in sub.flags


async def test_urgent_message_cancelled_is_withdrawn(
    intake: IntakeService, services: Services
) -> None:
    person = FakeChannel(intake, "1016")
    await _through_to_text(person)
    await person.push("They locked us in a room for three days without food.")
    [early] = await _rows(services, Submission)
    assert early.urgent is True
    await person.push(choice="trend:worse")
    await person.push(choice="cancel")
    [sub] = await _rows(services, Submission)
    assert sub.state == "withdrawn"
    assert sub.text == ""


async def test_arabic_conversation_is_rtl_with_isolated_receipt(
    intake: IntakeService, services: Services
) -> None:
    person = FakeChannel(intake, "1007", locale_hint="ar")
    await person.push("/start")
    assert person.last().choices[0].id == "lang:ar"
    await person.push(choice="lang:ar")
    assert person.last().rtl
    await person.push(choice="yes")
    await person.push("لبنان")
    await person.push(choice="theme:work")
    await person.push("صاحب العمل لم يدفع أجري منذ ثلاثة أشهر في بيروت")
    await person.push(choice="trend:worse")
    await person.push(choice="send")
    receipt = person.last()
    assert receipt.rtl
    assert f"{LRI}{receipt.receipt}{PDI}" in receipt.text
    [sub] = await _rows(services, Submission)
    assert sub.country == "LB"
    assert sub.lang == "ar"


async def test_conversation_resumes_after_restart(services: Services) -> None:
    first = IntakeService(services, ConversationEngine(shared_pipeline()))
    person = FakeChannel(first, "1008")
    await _through_to_text(person)
    # A new process: new engine and intake service, same database.
    second = IntakeService(services, ConversationEngine(shared_pipeline()))
    person.intake = second
    await person.push("Language classes for adults were cancelled in our town this year.")
    assert person.last().choices[0].id == "trend:better"


async def test_redelivered_message_has_no_second_effect(
    intake: IntakeService, services: Services
) -> None:
    from core.messages import Address, InboundMessage

    address = Address(ChannelKind.TELEGRAM, "1009")
    msg = InboundMessage(address=address, external_id="dup-1", text="/start")
    first = await intake.handle(msg)
    again = await intake.handle(msg)
    assert first
    assert again == []
    assert len(await _rows(services, OutboxMessage)) == 1
