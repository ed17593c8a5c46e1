"""Bulk reads and held-back writes of a batch of messages on PostgreSQL.

A batch claims its event keys, reads its senders' contacts and locks their
conversations in one statement, answers the messages' own reads from memory and
writes everything in one statement before the commit. These tests check that the
messages cannot tell the difference: the same person twice in a batch, a redelivery
inside a batch, erasure in the middle of one, any other statement (it sees what was
held back), a batch that fails, and whole conversations sent at once.
"""

from __future__ import annotations

import asyncio
from dataclasses import asdict
from typing import Any

import pytest
from sqlalchemy import bindparam, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.engine import ConversationEngine
from core.messages import Address, ChannelKind, InboundMessage
from intake.service import IntakeService
from storage.fastpath import Prepared
from storage.models import (
    Contact,
    Conversation,
    InboundEvent,
    OutboxMessage,
    Submission,
)
from storage.queries import intake as q
from storage.queries.intake_bulk import BulkIntakeStore
from storage.queries.submissions import NewSubmission, add_submission
from tests.conftest import shared_pipeline
from voices.services import Services

pytestmark = pytest.mark.parametrize(
    "db_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)

P, OTHER = "p" * 64, "o" * 64
STORE = BulkIntakeStore()
SEALED = b"sealed-address"


async def _count(session: AsyncSession, model: Any, **where: Any) -> int:
    stmt = select(func.count()).select_from(model).filter_by(**where)
    return int((await session.execute(stmt)).scalar_one())


async def test_the_same_person_twice_in_one_batch_sees_their_own_first_message(
    services: Services,
) -> None:
    async with services.sessions() as session, session.begin():
        await STORE.begin_batch(session, [("telegram", "e1", P), ("telegram", "e2", P)])
        assert await STORE.claim_event(session, "telegram", "e1")
        await STORE.touch_contact(session, P, "telegram", SEALED)
        assert await STORE.load_conversation(session, P) is None
        await STORE.save_conversation(session, P, "telegram", "language", {"n": 1}, "en", None)
        await STORE.enqueue(session, "telegram", P, SEALED, [{"text": "one"}])

        assert await STORE.claim_event(session, "telegram", "e2")
        assert (await STORE.touch_contact(session, P, "telegram", SEALED)).stopped is False
        first = await STORE.load_conversation(session, P)
        assert first is not None
        assert (first.step, first.data, first.version) == ("language", {"n": 1}, 1)
        await STORE.save_conversation(session, P, "telegram", "consent", {"n": 2}, "fr", first)
        await STORE.enqueue(session, "telegram", P, SEALED, [{"text": "two"}, {"text": "three"}])
        await STORE.end_batch(session)

    async with services.sessions() as session:
        conv = (await session.execute(select(Conversation))).scalar_one()
        assert (conv.step, conv.data, conv.locale, conv.version) == ("consent", {"n": 2}, "fr", 2)
        outbox = (await session.execute(select(OutboxMessage).order_by(OutboxMessage.id))).scalars()
        assert [o.payload["text"] for o in outbox] == ["one", "two", "three"]
        assert await _count(session, Contact) == 1
        assert await _count(session, InboundEvent) == 2


async def test_a_prepared_read_inside_a_batch_sees_the_held_back_writes(
    services: Services,
) -> None:
    # Prepared statements go to the driver directly, past SQLAlchemy's engine events:
    # the hold is flushed by Prepared itself.
    probe = Prepared(
        select(q.CONVERSATIONS.c.step, q.CONVERSATIONS.c.version).where(
            q.CONVERSATIONS.c.pseudonym == bindparam("p")
        )
    )
    async with services.sessions() as session, session.begin():
        await STORE.begin_batch(session, [("telegram", "e1", P)])
        assert await STORE.claim_event(session, "telegram", "e1")
        await STORE.touch_contact(session, P, "telegram", SEALED)
        await STORE.save_conversation(session, P, "telegram", "language", {}, "en", None)
        assert await probe.rows(session, {"p": P}) == [("language", 1)]
        first = await STORE.load_conversation(session, P)
        await STORE.save_conversation(session, P, "telegram", "consent", {}, "en", first)
        await STORE.end_batch(session)
    async with services.sessions() as session:
        conv = (await session.execute(select(Conversation))).scalar_one()
        assert (conv.step, conv.version) == ("consent", 2)


async def test_a_redelivery_inside_a_batch_or_of_an_earlier_one_is_a_duplicate(
    services: Services,
) -> None:
    async with services.sessions() as session, session.begin():
        assert await STORE.claim_event(session, "telegram", "old")
    units = [("telegram", "new", P), ("telegram", "new", P), ("telegram", "old", OTHER)]
    async with services.sessions() as session, session.begin():
        await STORE.begin_batch(session, units)
        assert await STORE.claim_event(session, "telegram", "new") is True
        assert await STORE.claim_event(session, "telegram", "new") is False
        assert await STORE.claim_event(session, "telegram", "old") is False
        await STORE.end_batch(session)
    async with services.sessions() as session:
        assert await _count(session, InboundEvent) == 2


async def test_any_other_statement_sees_the_held_back_writes(services: Services) -> None:
    async with services.sessions() as session, session.begin():
        await STORE.begin_batch(session, [("telegram", "e1", P)])
        await STORE.claim_event(session, "telegram", "e1")
        await STORE.touch_contact(session, P, "telegram", SEALED)
        await STORE.save_conversation(session, P, "telegram", "country", {}, "en", None)
        await STORE.enqueue(session, "telegram", P, SEALED, [{"text": "queued"}])
        # A plain statement through SQLAlchemy: the batch is written first.
        assert await _count(session, OutboxMessage, pseudonym=P) == 1
        assert await _count(session, Contact, pseudonym=P) == 1
        raw = await session.execute(text("SELECT step FROM conversations"))
        assert raw.scalar_one() == "country"
        # Later messages of the batch still work from memory, on top of what was written.
        state = await STORE.load_conversation(session, P)
        assert state is not None
        await STORE.save_conversation(session, P, "telegram", "theme", {"x": 1}, "en", state)
        await STORE.end_batch(session)
    async with services.sessions() as session:
        conv = (await session.execute(select(Conversation))).scalar_one()
        assert (conv.step, conv.data, conv.version) == ("theme", {"x": 1}, 2)


async def test_erasure_in_the_middle_of_a_batch_leaves_no_trace_of_earlier_messages(
    services: Services,
) -> None:
    units = [("telegram", "e1", P), ("telegram", "e2", P), ("telegram", "e3", OTHER)]
    async with services.sessions() as session, session.begin():
        await STORE.begin_batch(session, units)
        await STORE.claim_event(session, "telegram", "e1")
        await STORE.touch_contact(session, P, "telegram", SEALED)
        await STORE.save_conversation(session, P, "telegram", "text", {"t": 1}, "en", None)
        await STORE.enqueue(session, "telegram", P, SEALED, [{"text": "held back"}])
        await STORE.claim_event(session, "telegram", "e2")
        await STORE.erase_contact(session, P)  # /delete confirmed by the person's next message
        assert await STORE.load_conversation(session, P) is None
        await STORE.claim_event(session, "telegram", "e3")
        await STORE.touch_contact(session, OTHER, "telegram", SEALED)
        await STORE.enqueue(session, "telegram", OTHER, SEALED, [{"text": "for someone else"}])
        await STORE.end_batch(session)
    async with services.sessions() as session:
        for model in (Contact, Conversation, OutboxMessage):
            assert await _count(session, model, pseudonym=P) == 0, model.__tablename__
        assert await _count(session, OutboxMessage, pseudonym=OTHER) == 1
        assert await _count(session, Contact, pseudonym=OTHER) == 1


async def test_a_failed_batch_leaves_nothing_and_nothing_leaks_into_the_next_transaction(
    services: Services,
) -> None:
    async def failing_batch() -> None:
        async with services.sessions() as session, session.begin():
            await STORE.begin_batch(session, [("telegram", "e1", P)])
            await STORE.claim_event(session, "telegram", "e1")
            await STORE.touch_contact(session, P, "telegram", SEALED)
            await STORE.enqueue(session, "telegram", P, SEALED, [{"text": "never sent"}])
            raise ValueError("a unit failed")

    with pytest.raises(ValueError, match="a unit failed"):
        await failing_batch()
    # The next transaction gets the same pooled connection: statements there must not
    # write the failed batch's held-back rows.
    async with services.sessions() as session, session.begin():
        await session.execute(text("SELECT 1"))
    async with services.sessions() as session:
        assert await _count(session, OutboxMessage) == 0
        assert await _count(session, Contact) == 0
        assert await _count(session, InboundEvent) == 0


async def test_a_stale_conversation_is_refused_inside_a_batch(services: Services) -> None:
    async with services.sessions() as session, session.begin():
        await STORE.begin_batch(session, [("telegram", "e1", P)])
        await STORE.save_conversation(session, P, "telegram", "language", {}, "en", None)
        with pytest.raises(RuntimeError, match="changed concurrently"):
            # The caller's copy predates the write above.
            await STORE.save_conversation(session, P, "telegram", "consent", {}, "en", None)
        await STORE.end_batch(session)


async def test_a_submission_filed_in_a_batch_keeps_every_field(services: Services) -> None:
    item = NewSubmission(
        channel="telegram",
        lang="ar",
        text="[NAME] was refused at the clinic in Beirut.",
        pseudonym=P,
        consent_version="2026-01",
        country="LB",
        place="Beirut",
        experience_month="2026-10",
        objectives=[15, 7],
        theme="health",
        level="local",
        trend="worse",
        flags=["medical"],
        entities={"NAME": 1, "PHONE": 2},
        urgent=True,
    )
    async with services.sessions() as session, session.begin():
        await STORE.begin_batch(session, [("telegram", "e1", P)])
        (in_batch,) = await STORE.add_submissions(session, [item])
        await STORE.end_batch(session)
    async with services.sessions() as session, session.begin():
        direct = await add_submission(session, item)
    async with services.sessions() as session:
        rows = {s.receipt: s for s in (await session.execute(select(Submission))).scalars().all()}
    ignore = {"id", "receipt", "created_at", "updated_at", "_sa_instance_state"}

    def fields(row: Submission) -> dict[str, Any]:
        return {k: v for k, v in vars(row).items() if k not in ignore}

    assert fields(rows[in_batch]) == fields(rows[direct])
    assert fields(rows[in_batch])["objectives"] == [15, 7]
    assert set(asdict(item)) <= set(fields(rows[in_batch]))


async def test_whole_conversations_sent_at_once_are_batched_and_lose_nothing(
    services: Services,
) -> None:
    intake = IntakeService(services, ConversationEngine(shared_pipeline()), group_commit=64)
    sizes: list[int] = []
    prepare = intake.committer._prepare  # observe the batches that formed
    assert prepare is not None

    async def observed(session: AsyncSession, hints: list[Any]) -> None:
        sizes.append(len(hints))
        await prepare(session, hints)

    intake.committer._prepare = observed

    async def person(n: int) -> list[str]:
        address = Address(ChannelKind.TELEGRAM, str(7000 + n))
        said: list[str] = []
        steps: list[dict[str, Any]] = [
            {"text": "/start"},
            {"choice": "lang:en"},
            {"choice": "yes"},
            {"text": "Greece"},
            {"choice": "theme:papers"},
            {"text": f"The permit office in Athens lost our file {n} times."},
            {"choice": "trend:same"},
            {"choice": "send"},
        ]
        for i, step in enumerate(steps):
            msg = InboundMessage(address=address, external_id=f"{n}-{i}", locale_hint="en", **step)
            said += [r.text for r in await intake.handle(msg)]
            # Telegram redelivers now and then: a second copy changes nothing.
            if i % 3 == 0:
                assert await intake.handle(msg) == []
        return said

    people = 24
    replies = await asyncio.gather(*(person(n) for n in range(people)))
    await intake.close()

    assert max(sizes) > 1, sizes  # messages of different people shared transactions
    async with services.sessions() as session:
        filed = (await session.execute(select(Submission))).scalars().all()
        assert sorted(s.text for s in filed) == sorted(
            f"The permit office in Athens lost our file {n} times." for n in range(people)
        )
        assert {(s.country, s.theme, s.trend) for s in filed} == {("GR", "papers", "same")}
        outbox = (await session.execute(select(OutboxMessage).order_by(OutboxMessage.id))).scalars()
        by_person: dict[str, list[str]] = {}
        for row in outbox:
            by_person.setdefault(row.pseudonym, []).append(row.payload["text"])
        # Every reply was queued once, in the order the person got them.
        assert sorted(by_person.values()) == sorted(replies)
        assert await _count(session, InboundEvent) == people * 8
        assert await _count(session, Contact) == people
