"""Named queries for the way in: seen events, contacts, conversation state and the outbox."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from core.clock import utcnow
from storage.models import Contact, Conversation, InboundEvent, OutboxMessage, OutboxState


async def claim_event(session: AsyncSession, channel: str, external_id: str) -> bool:
    """Record an inbound event; False if it was already processed (a redelivery).

    Uniqueness, not "newer than the last id", decides: provider ids can jump or
    arrive out of order. A concurrent duplicate waits on the unique index and then
    sees the first one.
    """
    values = {"channel": channel, "external_id": external_id, "received_at": utcnow()}
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    builder = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = builder(InboundEvent).values(**values).on_conflict_do_nothing()
    result = await session.execute(stmt)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def touch_contact(
    session: AsyncSession, pseudonym: str, channel: str, address_enc: bytes
) -> Contact:
    """Return the person's contact row, creating it (or restoring an erased address)."""
    contact = (
        await session.execute(select(Contact).where(Contact.pseudonym == pseudonym))
    ).scalar_one_or_none()
    now = utcnow()
    if contact is None:
        contact = Contact(
            pseudonym=pseudonym,
            channel=channel,
            address_enc=address_enc,
            created_at=now,
            last_seen_at=now,
            stopped=False,
            report_opt_in=False,
        )
        session.add(contact)
        await session.flush()
        return contact
    contact.last_seen_at = now
    if contact.address_enc is None:
        contact.address_enc = address_enc
    return contact


async def get_contact(session: AsyncSession, pseudonym: str) -> Contact | None:
    """Return the contact for a pseudonym, or None."""
    result = await session.execute(select(Contact).where(Contact.pseudonym == pseudonym))
    return result.scalar_one_or_none()


async def set_contact_stopped(session: AsyncSession, pseudonym: str, stopped: bool) -> None:
    """Mark that the person blocked us or said STOP (no more messages), or undo it."""
    await session.execute(
        update(Contact).where(Contact.pseudonym == pseudonym).values(stopped=stopped)
    )


async def erase_contact(session: AsyncSession, pseudonym: str) -> None:
    """Delete the person's reply address, conversation state and queued replies."""
    await session.execute(delete(Conversation).where(Conversation.pseudonym == pseudonym))
    await session.execute(delete(Contact).where(Contact.pseudonym == pseudonym))
    await session.execute(delete(OutboxMessage).where(OutboxMessage.pseudonym == pseudonym))


async def load_conversation(session: AsyncSession, pseudonym: str) -> Conversation | None:
    """Load a conversation for update: locked on PostgreSQL until the transaction ends.

    SQLite transactions here begin IMMEDIATE, which serialises writers the same way.
    ``populate_existing``: several messages of one person may share a transaction
    (group commit), and each must see the state the previous one left.
    """
    stmt = (
        select(Conversation)
        .where(Conversation.pseudonym == pseudonym)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def save_conversation(
    session: AsyncSession,
    pseudonym: str,
    channel: str,
    step: str,
    data: dict[str, Any],
    locale: str | None,
    existing: Conversation | None,
) -> None:
    """Write the conversation state; the version guards against a lost update."""
    if existing is None:
        session.add(
            Conversation(
                pseudonym=pseudonym,
                channel=channel,
                step=step,
                data=data,
                locale=locale,
                version=1,
                updated_at=utcnow(),
            )
        )
        await session.flush()
        return
    result = await session.execute(
        update(Conversation)
        .where(Conversation.pseudonym == pseudonym, Conversation.version == existing.version)
        .values(step=step, data=data, locale=locale, version=existing.version + 1)
        .execution_options(synchronize_session=False)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        raise RuntimeError("conversation changed concurrently")


async def delete_conversation(session: AsyncSession, pseudonym: str) -> None:
    """Forget where the person was in the flow."""
    await session.execute(delete(Conversation).where(Conversation.pseudonym == pseudonym))


async def enqueue(
    session: AsyncSession,
    channel: str,
    pseudonym: str,
    address_enc: bytes,
    payloads: list[dict[str, Any]],
) -> None:
    """Queue replies in the caller's transaction (the transactional outbox)."""
    if not payloads:
        return
    now = utcnow()
    rows = [
        {
            "channel": channel,
            "pseudonym": pseudonym,
            "address_enc": address_enc,
            "payload": payload,
            "state": OutboxState.PENDING.value,
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        }
        for payload in payloads
    ]
    await session.execute(insert(OutboxMessage), rows)


async def claim_due(
    session: AsyncSession, limit: int, lease: timedelta, now: datetime | None = None
) -> list[OutboxMessage]:
    """Take up to ``limit`` due replies, oldest first, leasing them to this worker.

    On PostgreSQL ``FOR UPDATE SKIP LOCKED`` lets several processes share the queue;
    the lease (``next_attempt_at`` moved forward) means a worker that dies after
    sending but before recording it causes at most one repeat, never a loss.
    """
    now = now or utcnow()
    older = aliased(OutboxMessage)
    # Only a person's oldest undelivered reply is due: their replies go out in order.
    has_older = (
        select(older.id)
        .where(
            older.pseudonym == OutboxMessage.pseudonym,
            older.state == OutboxState.PENDING.value,
            older.id < OutboxMessage.id,
        )
        .exists()
    )
    stmt = (
        select(OutboxMessage)
        .where(
            OutboxMessage.state == OutboxState.PENDING.value,
            OutboxMessage.next_attempt_at <= now,
            ~has_older,
        )
        .order_by(OutboxMessage.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    rows = list((await session.execute(stmt)).scalars())
    if rows:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_([r.id for r in rows]))
            .values(next_attempt_at=now + lease, attempts=OutboxMessage.attempts + 1)
            .execution_options(synchronize_session=False)
        )
    return rows


async def stopped_among(session: AsyncSession, pseudonyms: set[str]) -> set[str]:
    """Return which of these people asked for no more messages (STOP, blocked the bot)."""
    if not pseudonyms:
        return set()
    stmt = select(Contact.pseudonym).where(
        Contact.pseudonym.in_(pseudonyms), Contact.stopped.is_(True)
    )
    return set((await session.execute(stmt)).scalars())


async def mark_sent(session: AsyncSession, message_ids: list[int]) -> None:
    """Record delivered replies (one statement for a batch)."""
    if not message_ids:
        return
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_(message_ids))
        .values(state=OutboxState.SENT.value, sent_at=utcnow(), last_error=None, address_enc=None)
    )


async def mark_retry(session: AsyncSession, message_id: int, at: datetime, error: str) -> None:
    """Schedule another attempt."""
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id)
        .values(next_attempt_at=at, last_error=error[:200])
    )


async def mark_failed(session: AsyncSession, message_id: int, error: str) -> None:
    """Give up on a reply (dead letter): permanent error or too many attempts."""
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id)
        .values(state=OutboxState.FAILED.value, last_error=error[:200], address_enc=None)
    )


async def outbox_depth(session: AsyncSession) -> int:
    """Count replies still waiting to be delivered."""
    stmt = select(func.count()).where(OutboxMessage.state == OutboxState.PENDING.value)
    return int((await session.execute(stmt)).scalar_one())
