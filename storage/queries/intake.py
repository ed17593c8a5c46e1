"""Named queries for the way in: seen events, contacts, conversation state and the outbox.

On PostgreSQL a group-committed batch of messages reads and writes in bulk
(``begin_batch``/``end_batch``): one statement claims every event key, reads every
sender's contact and locks their conversations; the messages then run against that
in memory, their conversation updates, new contacts, submissions and replies are
held back, and one statement writes them all before the commit (or before any other
statement, which must see them). Per message that replaces five round trips, each
costing a context switch on both sides, with two per batch. The functions below are
the same either way; only their I/O differs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Integer,
    String,
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
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql import ColumnElement, Select

from core.clock import utcnow
from storage import fastpath
from storage.fastpath import Prepared
from storage.models import (
    Base,
    Contact,
    Conversation,
    InboundEvent,
    OutboxMessage,
    OutboxState,
    OutboxWorkerBeat,
    Submission,
    UTCDateTime,
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
    batch = _batch(session)
    if batch is not None:
        claims = batch.claims.get((channel, external_id))
        if claims:
            return claims.pop(0)
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
_SEEN_GRANULARITY = timedelta(hours=1)


async def touch_contact(
    session: AsyncSession, pseudonym: str, channel: str, address_enc: bytes
) -> ContactState:
    """Create the person's contact row, or note they were seen (restoring an erased address)."""
    batch = _batch(session)
    person = batch.people.get(pseudonym) if batch is not None else None
    now = utcnow()
    if person is not None and batch is not None:
        if person.stopped is None:
            batch.new_contacts.append((pseudonym, channel, address_enc))
            person.stopped, person.last_seen, person.has_address = False, now, True
            return ContactState(stopped=False)
        seen = person.last_seen
        if person.has_address and seen is not None and now - seen <= _SEEN_GRANULARITY:
            return ContactState(stopped=person.stopped)
        person.last_seen, person.has_address = now, True  # refreshed just below
    rows = await _SEEN.rows(session, {"p": pseudonym})
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
    person = _person(session, pseudonym)
    if person is not None and person.stopped is not None:
        person.stopped = stopped


async def erase_contact(session: AsyncSession, pseudonym: str) -> None:
    """Delete the person's reply address, conversation state and queued replies."""
    await session.execute(delete(Conversation).where(Conversation.pseudonym == pseudonym))
    await session.execute(delete(Contact).where(Contact.pseudonym == pseudonym))
    await session.execute(delete(OutboxMessage).where(OutboxMessage.pseudonym == pseudonym))
    person = _person(session, pseudonym)
    if person is not None:
        person.erased()


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
    person = _person(session, pseudonym)
    if person is not None:
        return person.conversation
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
    person = _person(session, pseudonym)
    if person is not None:
        if existing != person.conversation:
            raise RuntimeError("conversation changed concurrently")
        version = existing.version + 1 if existing is not None else 1
        person.conversation = ConversationState(step, dict(data), locale, version)
        person.channel = channel
        return
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
    person = _person(session, pseudonym)
    if person is not None:
        person.conversation = person.stored = None


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
    batch = _batch(session)
    if batch is not None:
        batch.queued.extend(
            (channel, pseudonym, address_enc, payload, owner, now + lease if owner else now)
            for payload, owner in zip(payloads, owners, strict=True)
        )
        return
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


# A batch of messages on PostgreSQL (see the module's docstring).
#
# Each row is found by its own index probe (the LATERAL subqueries; OFFSET 0 keeps
# the planner from turning them back into joins): a plan made while the tables were
# small would otherwise scan them whole for every batch, since PostgreSQL keeps a
# prepared statement's plan until the next ANALYZE. The conversations are locked in
# pseudonym order, so two batches that share people cannot deadlock on them.

_BATCH_KEY = "intake.batch"

_BATCH_READ = Prepared(
    text(
        """
WITH claimed AS (
    INSERT INTO inbound_events (channel, external_id, received_at)
    SELECT e.channel, e.external_id, :now
    FROM unnest(CAST(:channels AS VARCHAR[]), CAST(:keys AS VARCHAR[])) AS e(channel, external_id)
    ORDER BY 1, 2
    ON CONFLICT (channel, external_id) DO NOTHING
    RETURNING channel, external_id
), locked AS MATERIALIZED (
    SELECT v.* FROM (
        SELECT DISTINCT pseudonym FROM unnest(CAST(:people AS VARCHAR[])) AS p(pseudonym)
        ORDER BY pseudonym
    ) AS p
    CROSS JOIN LATERAL (
        SELECT pseudonym, step, data, locale, version FROM conversations AS v
        WHERE v.pseudonym = p.pseudonym
        FOR UPDATE
    ) AS v
)
SELECT cl.external_id IS NOT NULL AS claimed, c.stopped, c.last_seen_at, c.has_address,
       l.step, l.data, l.locale, l.version
FROM unnest(CAST(:channels AS VARCHAR[]), CAST(:keys AS VARCHAR[]), CAST(:people AS VARCHAR[]))
     WITH ORDINALITY AS u(channel, external_id, pseudonym, n)
LEFT JOIN claimed AS cl ON cl.channel = u.channel AND cl.external_id = u.external_id
LEFT JOIN LATERAL (
    SELECT stopped, last_seen_at, address_enc IS NOT NULL AS has_address FROM contacts
    WHERE contacts.pseudonym = u.pseudonym
    OFFSET 0
) AS c ON true
LEFT JOIN locked AS l ON l.pseudonym = u.pseudonym
ORDER BY u.n
"""
    )
    .bindparams(bindparam("now", type_=UTCDateTime()))
    .columns(
        claimed=Boolean,
        stopped=Boolean,
        last_seen_at=UTCDateTime,
        has_address=Boolean,
        step=String,
        data=JSON,
        locale=String,
        version=Integer,
    )
)
SUBMISSIONS = Base.metadata.tables[Submission.__tablename__]
# The submission columns a batch files, from the table: every column but those the
# filing code never sets (the database's defaults and later steps fill them). A new
# column lands here by itself, and tests/storage/test_bulk_sql.py fails until the
# rows that ``add_submissions`` holds back carry it (or it is named below).
NOT_FILED = frozenset(
    {"id", "created_at", "updated_at", "alerted_at", "quotable", "reject_reason"}
    | {"claimed_by", "claimed_at"}
)
FILED_COLUMNS = tuple(c.name for c in SUBMISSIONS.columns if c.name not in NOT_FILED)
_FILED_SET = frozenset(FILED_COLUMNS)

_BATCH_WRITE = Prepared(
    text(
        """
WITH new_contacts AS (
    INSERT INTO contacts
        (pseudonym, channel, address_enc, created_at, last_seen_at, stopped, report_opt_in)
    SELECT c.pseudonym, c.channel, c.address_enc, :now, :now, false, false
    FROM unnest(CAST(:c_people AS VARCHAR[]), CAST(:c_channels AS VARCHAR[]),
                CAST(:c_addresses AS BYTEA[])) AS c(pseudonym, channel, address_enc)
), new_conversations AS (
    INSERT INTO conversations (pseudonym, channel, step, data, locale, version, updated_at)
    SELECT n.pseudonym, n.channel, n.step, CAST(n.data AS JSON), n.locale, n.version, :now
    FROM unnest(CAST(:n_people AS VARCHAR[]), CAST(:n_channels AS VARCHAR[]),
                CAST(:n_steps AS VARCHAR[]), CAST(:n_data AS TEXT[]),
                CAST(:n_locales AS VARCHAR[]), CAST(:n_versions AS INTEGER[]))
         AS n(pseudonym, channel, step, data, locale, version)
), saved AS (
    UPDATE conversations AS v
    SET step = s.step, data = CAST(s.data AS JSON), locale = s.locale, version = s.version,
        updated_at = :now
    FROM unnest(CAST(:s_people AS VARCHAR[]), CAST(:s_steps AS VARCHAR[]),
                CAST(:s_data AS TEXT[]), CAST(:s_locales AS VARCHAR[]),
                CAST(:s_bases AS INTEGER[]), CAST(:s_versions AS INTEGER[]))
         AS s(pseudonym, step, data, locale, base, version)
    CROSS JOIN LATERAL (
        SELECT ctid FROM conversations AS w WHERE w.pseudonym = s.pseudonym OFFSET 0
    ) AS found
    WHERE v.ctid = found.ctid AND v.version = s.base
    RETURNING 1
), filed AS (
    INSERT INTO submissions ({filed_columns}, created_at, updated_at)
    SELECT {filed_values}, :now, :now
    FROM json_populate_recordset(NULL::submissions, CAST(:filed AS JSON)) AS f
), queued AS (
    INSERT INTO outbox
        (channel, pseudonym, address_enc, payload, state, attempts, next_attempt_at, created_at,
         lease_owner)
    SELECT o.channel, o.pseudonym, o.address_enc, CAST(o.payload AS JSON), :pending,
        CASE WHEN o.owner IS NULL THEN 0 ELSE 1 END, o.due, :now, o.owner
    FROM unnest(CAST(:o_channels AS VARCHAR[]), CAST(:o_people AS VARCHAR[]),
                CAST(:o_addresses AS BYTEA[]), CAST(:o_payloads AS TEXT[]),
                CAST(:o_owners AS VARCHAR[]), CAST(:o_dues AS TIMESTAMPTZ[]))
         WITH ORDINALITY AS o(channel, pseudonym, address_enc, payload, owner, due, n)
    ORDER BY o.n
)
SELECT count(*) AS saved FROM saved
""".format(  # noqa: S608 (column names from our own table, no input)
            filed_columns=", ".join(FILED_COLUMNS),
            filed_values=", ".join(f"f.{name}" for name in FILED_COLUMNS),
        )
    )
    .bindparams(bindparam("now", type_=UTCDateTime()))
    .columns(saved=Integer)
)


@dataclass(slots=True)
class _Person:
    """One sender of the batch: their contact and conversation as the batch left them."""

    stopped: bool | None  # None: no contact row
    last_seen: datetime | None
    has_address: bool
    conversation: ConversationState | None
    stored: int | None  # the conversation's version in the database; None: no row
    channel: str = ""

    def erased(self) -> None:
        self.stopped = self.last_seen = self.conversation = self.stored = None
        self.has_address = False


@dataclass(eq=False)
class _Batch:
    """What one transaction read in bulk and the writes it holds back."""

    session: AsyncSession
    claims: dict[tuple[str, str], list[bool]] = field(default_factory=dict)
    people: dict[str, _Person] = field(default_factory=dict)
    new_contacts: list[tuple[str, str, bytes]] = field(default_factory=list)
    queued: list[tuple[str, str, bytes, dict[str, Any], str | None, datetime]] = field(
        default_factory=list
    )
    filed: list[dict[str, Any]] = field(default_factory=list)

    async def flush(self) -> None:
        """Write what is held back in one statement; the batch stays usable."""
        changed = [
            (p, person, person.conversation)
            for p, person in self.people.items()
            if person.conversation is not None and person.conversation.version != person.stored
        ]
        if not (changed or self.new_contacts or self.queued or self.filed):
            return
        # JSON text as SQLAlchemy's JSON type writes it (json.dumps, as no engine sets a
        # serializer), cast back to json in the statement.
        inserted = [(p, person, c) for p, person, c in changed if person.stored is None]
        updated = [(p, person, c) for p, person, c in changed if person.stored is not None]
        contacts, self.new_contacts = self.new_contacts, []
        queued, self.queued = self.queued, []
        filed, self.filed = self.filed, []
        params: dict[str, Any] = {
            "filed": json.dumps(filed),
            "now": utcnow(),
            "pending": OutboxState.PENDING.value,
            "c_people": [c[0] for c in contacts],
            "c_channels": [c[1] for c in contacts],
            "c_addresses": [c[2] for c in contacts],
            "n_people": [p for p, _, _ in inserted],
            "n_channels": [person.channel for _, person, _ in inserted],
            "s_people": [p for p, _, _ in updated],
            "s_bases": [person.stored for _, person, _ in updated],
            "o_channels": [o[0] for o in queued],
            "o_people": [o[1] for o in queued],
            "o_addresses": [o[2] for o in queued],
            "o_payloads": [json.dumps(o[3]) for o in queued],
            "o_owners": [o[4] for o in queued],
            "o_dues": [o[5] for o in queued],
        }
        for prefix, group in (("n", inserted), ("s", updated)):
            params[f"{prefix}_steps"] = [c.step for _, _, c in group]
            params[f"{prefix}_data"] = [json.dumps(c.data) for _, _, c in group]
            params[f"{prefix}_locales"] = [c.locale for _, _, c in group]
            params[f"{prefix}_versions"] = [c.version for _, _, c in group]
        for _, person, c in changed:
            person.stored = c.version
        rows = await _BATCH_WRITE.rows(self.session, params)
        if rows[0][0] != len(updated):
            raise RuntimeError("conversation changed concurrently")


def bulk_capable(dialect: Dialect) -> bool:
    """Whether batches on this database read and write in bulk: PostgreSQL through asyncpg.

    The one place that decides; the intake service asks once, when it is built.
    """
    return dialect.driver == "asyncpg"


def _batch(session: AsyncSession) -> _Batch | None:
    return session.info.get(_BATCH_KEY)


def _person(session: AsyncSession, pseudonym: str) -> _Person | None:
    batch = _batch(session)
    return None if batch is None else batch.people.get(pseudonym)


def hold_submissions(session: AsyncSession, rows: list[dict[str, Any]]) -> bool:
    """Let the session's batch file these submission rows with its other writes.

    False when there is no batch: the caller inserts them itself.
    """
    batch = _batch(session)
    if batch is None:
        return False
    for row in rows:
        if row.keys() != _FILED_SET:
            # The bulk statement would write NULL (or drop) what the rows disagree on.
            raise ValueError("submission rows do not match the batch's column list")
    batch.filed.extend(rows)
    return True


async def begin_batch(session: AsyncSession, units: Sequence[tuple[str, str, str]]) -> None:
    """Read a batch's event keys, contacts and conversations in bulk, at the transaction's start.

    ``units`` are (channel, event key, pseudonym), one per message. On PostgreSQL the
    messages' own calls below are then answered from memory and their writes held
    back until ``end_batch`` (or until any other statement needs them written);
    elsewhere this does nothing.
    """
    if not bulk_capable(session.get_bind().dialect) or not units:
        return
    channels, keys, people = (list(column) for column in zip(*units, strict=True))
    rows = await _BATCH_READ.rows(
        session, {"now": utcnow(), "channels": channels, "keys": keys, "people": people}
    )
    if not fastpath.direct(session):  # the flush must not need SQLAlchemy's execute
        raise RuntimeError("a batch needs the driver's own connection")
    batch = _Batch(session)
    for (channel, key, pseudonym), row in zip(units, rows, strict=True):
        claimed, stopped, last_seen, has_address, step, data, locale, version = row
        # The same event twice in one batch: only the first one claimed it.
        first = (channel, key) not in batch.claims
        batch.claims.setdefault((channel, key), []).append(bool(claimed) and first)
        if pseudonym not in batch.people:
            conversation = (
                None
                if version is None
                else ConversationState(step, dict(data or {}), locale, version)
            )
            batch.people[pseudonym] = _Person(
                stopped=stopped,
                last_seen=last_seen,
                has_address=bool(has_address),
                conversation=conversation,
                stored=version,
            )
    session.info[_BATCH_KEY] = batch
    await fastpath.defer_writes(session, batch)


async def end_batch(session: AsyncSession) -> None:
    """Write what the batch held back; call before the commit."""
    batch = session.info.pop(_BATCH_KEY, None)
    if batch is None:
        return
    await fastpath.stop_deferring(session)
    await batch.flush()
