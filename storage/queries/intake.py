"""Named queries for the way in: seen events, contacts, conversation state and the outbox.

Each runs row by row in the caller's transaction. The intake reaches the per-message
ones through an ``IntakeStore`` (``storage.queries.intake_store``): on PostgreSQL the
bulk store (``storage.queries.intake_bulk``) answers a batch's calls from memory and
falls back to these for the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    bindparam,
    delete,
    func,
    insert,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql import ColumnElement, Select

from core.clock import utcnow
from storage.fastpath import Prepared
from storage.models import (
    Base,
    Contact,
    Conversation,
    InboundEvent,
    OutboxMessage,
    OutboxState,
    OutboxWorkerBeat,
    PollAnswer,
)

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
        attempts=bindparam("attempts"),
        next_attempt_at=bindparam("due", type_=OUTBOX.c.next_attempt_at.type),
        created_at=bindparam("now", type_=OUTBOX.c.created_at.type),
        lease_owner=bindparam("owner"),
    )
)

# A contact's last_seen_at only serves retention (counted in days): refresh it hourly,
# not on every message.
SEEN_GRANULARITY = timedelta(hours=1)


async def touch_contact(
    session: AsyncSession, pseudonym: str, channel: str, address_enc: bytes
) -> ContactState:
    """Create the person's contact row, or note they were seen (restoring an erased address)."""
    now = utcnow()
    rows = await _SEEN.rows(session, {"p": pseudonym})
    if not rows:
        await _NEW_CONTACT.run(
            session, {"p": pseudonym, "channel": channel, "address_enc": address_enc, "now": now}
        )
        return ContactState(stopped=False)
    stopped, last_seen, stored = rows[0]
    if stored is None or last_seen is None or now - last_seen > SEEN_GRANULARITY:
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
    """Mark that the person blocked us or said STOP (no more messages), or undo it.

    Stopping also ends the opt-in to hear back; starting again does not renew it.
    """
    ended: dict[str, Any] = {"report_opt_in": False, "open_poll": None} if stopped else {}
    await session.execute(
        update(Contact).where(Contact.pseudonym == pseudonym).values(stopped=stopped, **ended)
    )


async def erase_contact(session: AsyncSession, pseudonym: str) -> None:
    """Delete the person's reply address, conversation state, queued replies and answers."""
    await session.execute(delete(Conversation).where(Conversation.pseudonym == pseudonym))
    await session.execute(delete(PollAnswer).where(PollAnswer.pseudonym == pseudonym))
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
    *,
    ride: str | None = None,
    lease: timedelta = timedelta(seconds=60),
) -> None:
    """Queue replies in the caller's transaction (the transactional outbox).

    With ``ride`` (a lease token) the first reply is queued already leased to it: the
    caller sends it itself (in a webhook's answer) and then records it with
    ``record_rides``; if the caller dies first, the lease ends and a worker sends it.
    """
    if not payloads:
        return
    now = utcnow()
    owners = [ride] + [None] * (len(payloads) - 1)
    rows = [
        {
            "channel": channel,
            "pseudonym": pseudonym,
            "address_enc": address_enc,
            "payload": payload,
            "now": now,
            "owner": owner,
            "attempts": 1 if owner else 0,
            "due": now + lease if owner else now,
        }
        for payload, owner in zip(payloads, owners, strict=True)
    ]
    await _ENQUEUE.run_many(session, rows)


async def record_rides(session: AsyncSession, sent: list[str], unsent: list[str]) -> None:
    """Record replies that rode a webhook's answer: ``sent`` went out, ``unsent`` did not.

    An unsent one is due at once, for a worker to send.
    """
    if sent:
        await session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.lease_owner.in_(sent),
                OutboxMessage.state == OutboxState.PENDING.value,
            )
            .values(
                state=OutboxState.SENT.value,
                sent_at=utcnow(),
                last_error=None,
                address_enc=None,
                lease_owner=None,
            )
            .execution_options(synchronize_session=False)
        )
    if unsent:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.lease_owner.in_(unsent))
            .values(next_attempt_at=utcnow(), lease_owner=None)
            .execution_options(synchronize_session=False)
        )


# The worker's query must walk the pending replies in id order and stop after a batch,
# probing each candidate's person: O(batch) however long the backlog. PostgreSQL
# plans it blind while the outbox is new (no statistics) and then keeps that plan for
# the connection, so for this one transaction the other plans are switched off.
_WALK_PENDING = text(
    "SELECT set_config('enable_sort', 'off', true), set_config('enable_bitmapscan', 'off', true),"
    " set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true),"
    " set_config('enable_seqscan', 'off', true)"
)


def due_statement(limit: int, now: datetime) -> Select[OutboxMessage]:
    """The oldest due replies, each person's oldest first, locked (``claim_due``'s query)."""
    older = aliased(OutboxMessage)
    # Only a person's oldest undelivered reply is due: their replies go out in order.
    # (OFFSET 0 keeps this a probe per candidate instead of a join over all of them.)
    has_older = (
        select(older.id)
        .where(
            older.pseudonym == OutboxMessage.pseudonym,
            older.state == OutboxState.PENDING.value,
            older.id < OutboxMessage.id,
        )
        .offset(literal_column("0"))
        .exists()
    )
    return (
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


async def claim_due(
    session: AsyncSession,
    limit: int,
    lease: timedelta,
    now: datetime | None = None,
    *,
    owner: str | None = None,
) -> list[OutboxMessage]:
    """Take up to ``limit`` due replies, oldest first, leasing them to worker ``owner``.

    On PostgreSQL ``FOR UPDATE SKIP LOCKED`` lets several processes share the queue;
    the lease (``next_attempt_at`` moved forward) means a worker that dies after
    sending but before recording it causes at most one repeat, never a loss.
    """
    now = now or utcnow()
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(_WALK_PENDING)
    rows = list((await session.execute(due_statement(limit, now))).scalars())
    if rows:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_([r.id for r in rows]))
            .values(
                next_attempt_at=now + lease,
                attempts=OutboxMessage.attempts + 1,
                lease_owner=owner,
            )
            .execution_options(synchronize_session=False)
        )
    return rows


# Length of a worker's id; its lease tokens start with it.
WORKER_ID_CHARS = 16


async def beat(session: AsyncSession, worker: str, now: datetime | None = None) -> None:
    """Record that delivery worker ``worker`` is alive."""
    now = now or utcnow()
    found = await session.execute(
        update(OutboxWorkerBeat).where(OutboxWorkerBeat.id == worker).values(heartbeat_at=now)
    )
    if getattr(found, "rowcount", 0) == 0:
        session.add(OutboxWorkerBeat(id=worker, heartbeat_at=now))
        await session.flush()


async def forget_worker(session: AsyncSession, worker: str) -> None:
    """Remove a worker's heartbeat (it stopped cleanly; its leases were all recorded)."""
    await session.execute(delete(OutboxWorkerBeat).where(OutboxWorkerBeat.id == worker))


async def release_leases(
    session: AsyncSession,
    worker: str,
    *,
    alive_since: datetime | None,
    now: datetime | None = None,
) -> int:
    """Make replies leased by other workers due now; return how many.

    Args:
        worker: this worker, whose own leases are kept.
        alive_since: release only the leases of workers with no heartbeat since then
            (dead); None releases every other worker's leases (one SQLite worker,
            starting: any lease it finds is its dead predecessor's).
        now: the current time.
    """
    now = now or utcnow()
    # A lease token starts with its worker's id (a reply riding a webhook answer has
    # the id and a counter).
    owner = func.substr(OutboxMessage.lease_owner, 1, WORKER_ID_CHARS)
    leased: list[ColumnElement[bool]] = [
        OutboxMessage.lease_owner.is_not(None),
        owner != worker,
        OutboxMessage.state == OutboxState.PENDING.value,
    ]
    if alive_since is not None:
        alive = select(OutboxWorkerBeat.id).where(OutboxWorkerBeat.heartbeat_at >= alive_since)
        leased.append(owner.not_in(alive))
        # Long-dead workers' rows are no longer needed to judge anyone.
        await session.execute(
            delete(OutboxWorkerBeat).where(
                OutboxWorkerBeat.heartbeat_at < alive_since - timedelta(hours=1)
            )
        )
    result = await session.execute(
        update(OutboxMessage)
        .where(*leased)
        .values(next_attempt_at=now, lease_owner=None)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


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
        .values(
            state=OutboxState.SENT.value,
            sent_at=utcnow(),
            last_error=None,
            address_enc=None,
            lease_owner=None,
        )
    )


async def mark_retry(session: AsyncSession, message_id: int, at: datetime, error: str) -> None:
    """Schedule another attempt."""
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id)
        .values(next_attempt_at=at, last_error=error[:200], lease_owner=None)
    )


async def mark_failed(session: AsyncSession, message_id: int, error: str) -> None:
    """Give up on a reply (dead letter): permanent error or too many attempts."""
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id)
        .values(
            state=OutboxState.FAILED.value,
            last_error=error[:200],
            address_enc=None,
            lease_owner=None,
        )
    )


async def outbox_depth(session: AsyncSession) -> int:
    """Count replies still waiting to be delivered."""
    stmt = select(func.count()).where(OutboxMessage.state == OutboxState.PENDING.value)
    return int((await session.execute(stmt)).scalar_one())
