"""The intake unit of work under failure: poison messages, a database outage, metrics."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot.engine import Analysis, ConversationEngine
from core.errors import Overloaded
from core.messages import Address, ChannelKind, InboundMessage
from intake.service import IntakeService
from storage.models import DeadLetter, InboundEvent, OutboxMessage
from tests.conftest import make_settings, shared_pipeline
from tests.fakes.channel import FakeChannel
from voices.services import Services, build_services


class ExplodingAnalyser:
    """Fault injection at our own seam: the pipeline fails on every message."""

    def process(
        self, text: str, *, lang_hint: str | None = None, sender_name: str | None = None
    ) -> Analysis:
        raise RuntimeError("pipeline bug")


async def _rows(services: Services, model: Any) -> list[Any]:
    async with services.sessions() as session:
        return list((await session.execute(select(model))).scalars())


async def test_poison_message_is_dead_lettered_after_bounded_attempts(
    services: Services,
) -> None:
    intake = IntakeService(services, ConversationEngine(ExplodingAnalyser()), max_attempts=3)
    person = FakeChannel(intake, "2001")
    await person.push("/start")
    await person.push(choice="lang:en")
    await person.push(choice="yes")
    await person.push("Kenya")
    await person.push(choice="theme:work")
    poison = InboundMessage(
        address=person.address, external_id="poison-1", text="My employer kept my passport."
    )
    for _ in range(2):
        with pytest.raises(RuntimeError):
            await intake.handle(poison)
    replies = await intake.handle(poison)  # third attempt: dead letter, 200 to the provider
    assert "something went wrong" in replies[0].text
    assert await intake.handle(poison) == []  # later redeliveries are duplicates
    [dead] = await _rows(services, DeadLetter)
    assert dead.dead is True
    assert dead.attempts == 3
    assert "RuntimeError" in dead.error
    assert "passport" not in dead.error
    outbox = await _rows(services, OutboxMessage)
    assert any("something went wrong" in r.payload["text"] for r in outbox)


async def test_database_outage_answers_503_and_stores_nothing() -> None:
    # Nothing listens on port 1: a real connection failure, as when the server is down.
    services = build_services(make_settings("postgresql+asyncpg://postgres@127.0.0.1:1/test"))
    intake = IntakeService(services, ConversationEngine(shared_pipeline()))
    msg = InboundMessage(
        address=Address(ChannelKind.TELEGRAM, "2002"), external_id="1", text="/start"
    )
    with pytest.raises(Overloaded) as caught:
        await intake.handle(msg)
    assert caught.value.status == 503
    assert caught.value.retry_after >= 1
    await services.engine.dispose()


async def test_event_ids_are_stored_only_as_keyed_digests(
    intake: IntakeService, services: Services
) -> None:
    wamid = "wamid.HBgMMjU0NzAwMDAwMDAxFQIAEhgUM0EwQjQ2MDI1MDE5NkE1QkY4MDAA"
    msg = InboundMessage(
        address=Address(ChannelKind.WHATSAPP, "+254700000001"), external_id=wamid, text="/help"
    )
    await intake.handle(msg)
    [event] = await _rows(services, InboundEvent)
    assert wamid not in event.external_id
    assert len(event.external_id) == 64


async def test_metrics_count_outcomes_and_entities(services: Services) -> None:
    from intake.metrics import TimedAnalyser

    analyser = TimedAnalyser(shared_pipeline(), services.metrics)
    intake = IntakeService(services, ConversationEngine(analyser), metrics=services.metrics)
    person = FakeChannel(intake, "2003")
    await person.push("/start")
    await person.push(choice="lang:en")
    await person.push(choice="yes")
    await person.push("Kenya")
    await person.push(choice="theme:work")
    await person.push("My name is Wanjiru Kamau, call me on +254 712 345 678 about the wages.")
    again = InboundMessage(address=person.address, external_id="fake-dup", text="/help")
    await intake.handle(again)
    await intake.handle(again)
    text = services.metrics.render().decode()
    assert 'voices_updates_total{channel="telegram",outcome="processed"}' in text
    assert 'voices_updates_total{channel="telegram",outcome="duplicate"} 1.0' in text
    assert 'voices_entities_removed_total{type="PHONE"}' in text
    assert "voices_pipeline_seconds_count 1.0" in text
    assert "Wanjiru" not in text
    assert "712 345" not in text
