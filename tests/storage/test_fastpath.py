"""The intake's per-message statements (storage/fastpath.py) store what the ORM reads back.

On SQLite they run straight on the driver connection with SQLAlchemy's own type
processing; on PostgreSQL through ``Session.execute``. Either way a row written by
them must read back through the ORM unchanged (times, JSON, bytes, flags), a
constraint violation must surface as SQLAlchemy's IntegrityError (the intake answers
503 and the provider retries), and its message must not carry the values.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from core.clock import utcnow
from storage.models import Contact, Conversation, OutboxMessage
from storage.queries import intake as q
from voices.services import Services


async def test_rows_written_on_the_fast_path_read_back_through_the_orm(
    services: Services,
) -> None:
    payload = {"kind": "text", "text": "Merci, نشكرك — ✓", "choices": [{"id": "a", "n": 1}]}
    data = {"country": "GR", "answers": [1, 2], "nested": {"ok": True}}
    async with services.sessions() as session, session.begin():
        assert await q.claim_event(session, "telegram", "k1")
        assert not await q.claim_event(session, "telegram", "k1")  # the redelivery
        await q.touch_contact(session, "p1", "telegram", b"\x00cipher\xff")
        await q.save_conversation(session, "p1", "telegram", "country", data, "fr", None)
        await q.enqueue(session, "telegram", "p1", b"\x00cipher\xff", [payload, payload])
    async with services.sessions() as session:
        contact = (await session.execute(select(Contact))).scalar_one()
        conv = (await session.execute(select(Conversation))).scalar_one()
        queued = list((await session.execute(select(OutboxMessage))).scalars())
    assert contact.address_enc == b"\x00cipher\xff"
    assert contact.stopped is False
    assert abs(contact.last_seen_at - utcnow()) < timedelta(minutes=1)
    assert conv.data == data
    assert conv.locale == "fr"
    assert conv.version == 1
    assert [m.payload for m in queued] == [payload, payload]
    assert {m.state for m in queued} == {"pending"}
    assert all(m.next_attempt_at <= utcnow() for m in queued)

    async with services.sessions() as session, session.begin():
        state = await q.load_conversation(session, "p1")
        assert state is not None
        assert state.data == data
        await q.save_conversation(session, "p1", "telegram", "theme", {"x": 1}, None, state)
        stale = state  # version 1, now outdated
        with pytest.raises(RuntimeError, match="concurrently"):
            await q.save_conversation(session, "p1", "telegram", "text", {}, None, stale)
    async with services.sessions() as session:
        conv = (await session.execute(select(Conversation))).scalar_one()
    assert (conv.step, conv.data, conv.locale, conv.version) == ("theme", {"x": 1}, None, 2)


async def test_constraint_violation_is_sqlalchemys_error_without_the_values(
    services: Services,
) -> None:
    secret = "Amal Haddad +30 691 234 5678"
    async with services.sessions() as session, session.begin():
        await q.save_conversation(session, "p2", "telegram", "text", {"t": secret}, None, None)
    with pytest.raises(IntegrityError) as caught:
        async with services.sessions() as session, session.begin():
            await q.save_conversation(session, "p2", "telegram", "text", {"t": secret}, None, None)
    assert "691" not in str(caught.value)
    assert "Amal" not in str(caught.value)


async def test_fast_path_writes_are_part_of_the_sessions_transaction(
    services: Services,
) -> None:
    class Boom(Exception):
        pass

    async def claim_then_fail() -> None:
        async with services.sessions() as session:
            async with session.begin():
                assert await q.claim_event(session, "telegram", "kept")
            # The same session, a second transaction: rolled back, so nothing stays.
            async with session.begin():
                assert await q.claim_event(session, "telegram", "rolled-back")
                await q.touch_contact(session, "p3", "telegram", b"c")
                raise Boom

    with pytest.raises(Boom):
        await claim_then_fail()
    async with services.sessions() as session, session.begin():
        assert not await q.claim_event(session, "telegram", "kept")
        assert await q.claim_event(session, "telegram", "rolled-back")
        assert await q.get_contact(session, "p3") is None


async def test_reads_on_the_driver_connection_get_sqlalchemys_types(services: Services) -> None:
    data = {"lang_set": True, "text": "Ẓ ✓ نص", "n": [1, 2.5, None]}
    async with services.sessions() as session, session.begin():
        await q.touch_contact(session, "p4", "telegram", b"addr")
        await q.save_conversation(session, "p4", "telegram", "trend", data, "ar", None)
    async with services.sessions() as session, session.begin():
        # The first statement begins the transaction through SQLAlchemy; the reads
        # after it run on the driver connection.
        assert await q.claim_event(session, "telegram", "k4")
        state = await q.load_conversation(session, "p4")
        assert state is not None
        assert (state.step, state.data, state.locale, state.version) == ("trend", data, "ar", 1)
        assert state.data["lang_set"] is True
        # touch_contact subtracts the stored last-seen time from now: a time read back
        # as SQLite's text instead of a datetime would raise TypeError here.
        contact = await q.touch_contact(session, "p4", "telegram", b"addr")
        assert contact.stopped is False
