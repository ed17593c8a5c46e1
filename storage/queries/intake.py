"""Named queries for the way in: seen events, contacts, conversation state and the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from core.clock import utcnow
from storage.fastpath import Prepared
from storage.models import Base, Contact, Conversation, InboundEvent, OutboxMessage, OutboxState

# The hot path uses Core statements on the tables: no ORM identity map or flush.
EVENTS = Base.metadata.tables[InboundEvent.__tablename__]
CONTACTS = Base.metadata.tables[Contact.__tablename__]
CONVERSATIONS = Base.metadata.tables[Conversation.__tablename__]
OUTBOX = Base.metadata.tables[OutboxMessage.__tablename__]


async def claim_event(session: AsyncSession, channel: str, external_id: str) -> bool:
    """Record an inbound event; False if it was already processed (a redelivery).

    Uniqueness, not "newer than the last id", decides: provider ids can jump or
    arrive out of order. A concurrent duplicate waits on the unique index and then
    sees the first one.
    """
    values = {"channel": channel, "external_id": external_id, "received_at": utcnow()}
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    # Built once per dialect: this runs for every message.
    return bool(await _CLAIM.get(dialect, _CLAIM["sqlite"]).run(session, values))


@dataclass(frozen=True, slots=True)
class ContactState:
    """What the intake needs to know about a contact."""

    stopped: bool


_SEEN = Prepared(
    select(CONTACTS.c.stopped, CONTACTS.c.last_seen_at, CONTACTS.c.address_enc).where(
        CONTACTS.c.pseudonym == bindparam("p")
    )
)
_NEW_CONTACT = Prepared(
    insert(CONTACTS).values(
        pseudonym=bindparam("p"),
        channel=bindparam("channel"),
        address_enc=bindparam("address_enc", type_=CONTACTS.c.address_enc.type),
        created_at=bindparam("now", type_=CONTACTS.c.created_at.type),
        last_seen_at=bindparam("now", type_=CONTACTS.c.last_seen_at.type),
        stopped=False,
        report_opt_in=False,
    )
)
_LOAD = Prepared(
    select(
        CONVERSATIONS.c.step,
        CONVERSATIONS.c.data,
        CONVERSATIONS.c.locale,
        CONVERSATIONS.c.version,
    )
    .where(CONVERSATIONS.c.pseudonym == bindparam("p"))
    .with_for_update()
)
_SAVE = Prepared(
    update(CONVERSATIONS)
    .where(
        CONVERSATIONS.c.pseudonym == bindparam("p"),
        CONVERSATIONS.c.version == bindparam("v"),
    )
    .values(
        step=bindparam("step"),
        data=bindparam("data", type_=CONVERSATIONS.c.data.type),
        locale=bindparam("locale"),
        version=bindparam("v") + 1,
        updated_at=bindparam("now", type_=CONVERSATIONS.c.updated_at.type),
    )
)
_NEW_CONVERSATION = Prepared(
    insert(CONVERSATIONS).values(
        pseudonym=bindparam("p"),
        channel=bindparam("channel"),
        step=bindparam("step"),
        data=bindparam("data", type_=CONVERSATIONS.c.data.type),
        locale=bindparam("locale"),
        version=1,
        updated_at=bindparam("now", type_=CONVERSATIONS.c.updated_at.type),
    )
)
_EVENT_VALUES = {
    "channel": bindparam("channel"),
    "external_id": bindparam("external_id"),
    "received_at": bindparam("received_at", type_=EVENTS.c.received_at.type),
}
_CLAIM = {
    "postgresql": Prepared(pg_insert(EVENTS).values(_EVENT_VALUES).on_conflict_do_nothing()),
    "sqlite": Prepared(sqlite_insert(EVENTS).values(_EVENT_VALUES).on_conflict_do_nothing()),
}
_ENQUEUE = Prepared(
    insert(OUTBOX).values(
        channel=bindparam("channel"),
        pseudonym=bindparam("pseudonym"),
        address_enc=bindparam("address_enc", type_=OUTBOX.c.address_enc.type),
        payload=bindparam("payload", type_=OUTBOX.c.payload.type),
        state=OutboxState.PENDING.value,
        attempts=0,
        next_attempt_at=bindparam("now", type_=OUTBOX.c.next_attempt_at.type),
        created_at=bindparam("now", type_=OUTBOX.c.created_at.type),
    )
)

# A contact's last_seen_at only serves retention (counted in days): refresh it hourly,
# not on every message.
_SEEN_GRANULARITY = timedelta(hours=1)


async def touch_contact(
    session: AsyncSession, pseudonym: str, channel: str, address_enc: bytes
) -> ContactState:
    """Create the person's contact row, or note they were seen (restoring an erased address)."""
    rows = await _SEEN.rows(session, {"p": pseudonym})
    now = utcnow()
    if not rows:
        await _NEW_CONTACT.run(
            session, {"p": pseudonym, "channel": channel, "address_enc": address_enc, "now": now}
        )
        return ContactState(stopped=False)
    stopped, last_seen, stored = rows[0]
    if stored is None or last_seen is None or now - last_seen > _SEEN_GRANULARITY:
        await session.execute(
            update(CONTACTS)
            .where(CONTACTS.c.pseudonym == pseudonym)
            .values(last_seen_at=now, address_enc=stored or address_enc)
        )
    return ContactState(stopped=bool(stopped))


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


@dataclass(frozen=True, slots=True)
class ConversationState:
    """A person's place in the flow, as loaded (``version`` guards the update)."""

    step: str
    data: dict[str, Any]
    locale: str | None
    version: int


async def load_conversation(session: AsyncSession, pseudonym: str) -> ConversationState | None:
    """Load a conversation for update: locked on PostgreSQL until the transaction ends.

    SQLite transactions here begin IMMEDIATE, which serialises writers the same way.
    """
    rows = await _LOAD.rows(session, {"p": pseudonym})
    if not rows:
        return None
    step, data, locale, version = rows[0]
    return ConversationState(step=step, data=dict(data or {}), locale=locale, version=version)


async def save_conversation(
    session: AsyncSession,
    pseudonym: str,
    channel: str,
    step: str,
    data: dict[str, Any],
    locale: str | None,
    existing: ConversationState | None,
) -> None:
    """Write the conversation state; the version guards against a lost update."""
    now = utcnow()
    if existing is None:
        await _NEW_CONVERSATION.run(
            session,
            {
                "p": pseudonym,
                "channel": channel,
                "step": step,
                "data": data,
                "locale": locale,
                "now": now,
            },
        )
        return
    params = {
        "p": pseudonym,
        "v": existing.version,
        "step": step,
        "data": data,
        "locale": locale,
        "now": now,
    }
    if not await _SAVE.run(session, params):
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
            "now": now,
        }
        for payload in payloads
    ]
    await _ENQUEUE.run_many(session, rows)


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
