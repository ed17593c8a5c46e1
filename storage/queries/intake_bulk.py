"""The PostgreSQL bulk intake store: a group-committed batch of messages in two statements.

At the transaction's start (``begin_batch``) one statement claims every event key,
reads every sender's contact and locks their conversations; the messages then run
against that in memory, their conversation updates, new contacts, submissions and
replies are held back, and one statement writes them all before the commit (or before
any other statement, which must see them: ``fastpath.defer_writes``). Per message
that replaces five round trips, each costing a context switch on both sides, with two
per batch. Calls outside a batch, and those a batch did not read ahead, run the
row-by-row queries of ``storage.queries.intake``.

Each row is found by its own index probe (the LATERAL subqueries; OFFSET 0 keeps the
planner from turning them back into joins): a plan made while the tables were small
would otherwise scan them whole for every batch, since PostgreSQL keeps a prepared
statement's plan until the next ANALYZE. The conversations are locked in pseudonym
order, so two batches that share people cannot deadlock on them.

The INSERTs' column lists come from the tables: every column is either written by the
statement (``_CONTACT_VALUES`` and the like) or named as left to its default, checked
when this module is imported, so a new column fails every run (SQLite ones included)
until it is placed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, Table, bindparam, text
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from storage import fastpath
from storage.fastpath import Prepared
from storage.models import Base, OutboxState, Submission, UTCDateTime
from storage.queries import intake as q
from storage.queries.intake import CONTACTS, CONVERSATIONS, OUTBOX, ContactState, ConversationState
from storage.queries.submissions import NewSubmission, insert_submissions, submission_rows

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


def insert_columns(
    table: Table, values: Mapping[str, str], defaulted: frozenset[str]
) -> tuple[str, str]:
    """A bulk INSERT's column list and SELECT list for ``table``, in the table's order.

    ``values`` gives each written column's SQL expression; ``defaulted`` names the
    columns left to the database (or to a later step). A column in neither, or a name
    not in the table, raises: the statement must not silently write NULL.
    """
    names = [c.name for c in table.columns if c.name not in defaulted]
    unplaced = set(names) - values.keys()
    unknown = (values.keys() | defaulted) - set(table.columns.keys())
    if unplaced or unknown or values.keys() & defaulted:
        raise RuntimeError(
            f"bulk INSERT into {table.name}: columns without a value {sorted(unplaced)}, "
            f"unknown {sorted(unknown)}, both written and defaulted "
            f"{sorted(values.keys() & defaulted)}"
        )
    return ", ".join(names), ", ".join(values[name] for name in names)


_CONTACT_COLUMNS, _CONTACT_VALUES = insert_columns(
    CONTACTS,
    {
        "pseudonym": "c.pseudonym",
        "channel": "c.channel",
        "address_enc": "c.address_enc",
        "created_at": ":now",
        "last_seen_at": ":now",
        "stopped": "false",
        "report_opt_in": "false",
    },
    defaulted=frozenset({"id", "locale", "opt_in_at", "open_poll"}),
)
_CONVERSATION_COLUMNS, _CONVERSATION_VALUES = insert_columns(
    CONVERSATIONS,
    {
        "pseudonym": "n.pseudonym",
        "channel": "n.channel",
        "step": "n.step",
        "data": "CAST(n.data AS JSON)",
        "locale": "n.locale",
        "version": "n.version",
        "updated_at": ":now",
    },
    defaulted=frozenset(),
)
_OUTBOX_COLUMNS, _OUTBOX_VALUES = insert_columns(
    OUTBOX,
    {
        "channel": "o.channel",
        "pseudonym": "o.pseudonym",
        "address_enc": "o.address_enc",
        "payload": "CAST(o.payload AS JSON)",
        "state": ":pending",
        "attempts": "CASE WHEN o.owner IS NULL THEN 0 ELSE 1 END",
        "next_attempt_at": "o.due",
        "created_at": ":now",
        "lease_owner": "o.owner",
    },
    defaulted=frozenset({"id", "last_error", "sent_at"}),
)

SUBMISSIONS = Base.metadata.tables[Submission.__tablename__]
# The submission columns a batch files, from the table: every column but those the
# filing code never sets (the database's defaults and later steps fill them). A new
# column lands here by itself, and tests/storage/test_bulk_sql.py fails until the
# rows that ``submission_rows`` builds carry it (or it is named below).
NOT_FILED = frozenset(
    {"id", "created_at", "updated_at", "alerted_at", "quotable", "reject_reason"}
    | {"claimed_by", "claimed_at"}
)
FILED_COLUMNS = tuple(c.name for c in SUBMISSIONS.columns if c.name not in NOT_FILED)
_FILED_SET = frozenset(FILED_COLUMNS)
_FILED_COLUMNS, _FILED_VALUES = insert_columns(
    SUBMISSIONS,
    {name: f"f.{name}" for name in FILED_COLUMNS} | {"created_at": ":now", "updated_at": ":now"},
    defaulted=NOT_FILED - {"created_at", "updated_at"},
)

_LISTS = {
    "contact_columns": _CONTACT_COLUMNS,
    "contact_values": _CONTACT_VALUES,
    "conversation_columns": _CONVERSATION_COLUMNS,
    "conversation_values": _CONVERSATION_VALUES,
    "filed_columns": _FILED_COLUMNS,
    "filed_values": _FILED_VALUES,
    "outbox_columns": _OUTBOX_COLUMNS,
    "outbox_values": _OUTBOX_VALUES,
}
_BATCH_WRITE = Prepared(
    text(
        """
WITH new_contacts AS (
    INSERT INTO contacts ({contact_columns})
    SELECT {contact_values}
    FROM unnest(CAST(:c_people AS VARCHAR[]), CAST(:c_channels AS VARCHAR[]),
                CAST(:c_addresses AS BYTEA[])) AS c(pseudonym, channel, address_enc)
), new_conversations AS (
    INSERT INTO conversations ({conversation_columns})
    SELECT {conversation_values}
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
    INSERT INTO submissions ({filed_columns})
    SELECT {filed_values}
    FROM json_populate_recordset(NULL::submissions, CAST(:filed AS JSON)) AS f
), queued AS (
    INSERT INTO outbox ({outbox_columns})
    SELECT {outbox_values}
    FROM unnest(CAST(:o_channels AS VARCHAR[]), CAST(:o_people AS VARCHAR[]),
                CAST(:o_addresses AS BYTEA[]), CAST(:o_payloads AS TEXT[]),
                CAST(:o_owners AS VARCHAR[]), CAST(:o_dues AS TIMESTAMPTZ[]))
         WITH ORDINALITY AS o(channel, pseudonym, address_enc, payload, owner, due, n)
    ORDER BY o.n
)
SELECT count(*) AS saved FROM saved
""".format(**_LISTS)  # noqa: S608 (column names from our own tables, no input)
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


def _batch(session: AsyncSession) -> _Batch | None:
    return session.info.get(_BATCH_KEY)


def _person(session: AsyncSession, pseudonym: str) -> _Person | None:
    batch = _batch(session)
    return None if batch is None else batch.people.get(pseudonym)


class BulkIntakeStore:
    """The intake store on PostgreSQL through asyncpg (see the module's docstring).

    The store is shared; what one transaction read and holds back lives in its
    session (``session.info``) from ``begin_batch`` to ``end_batch``.
    """

    batches = True

    async def begin_batch(
        self, session: AsyncSession, units: Sequence[tuple[str, str, str]]
    ) -> None:
        """Read a batch's event keys, contacts and conversations, at the transaction's start.

        ``units`` are (channel, event key, pseudonym), one per message. The messages'
        calls are then answered from memory and their writes held back until
        ``end_batch`` (or until any other statement needs them written).
        """
        if not units:
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

    async def end_batch(self, session: AsyncSession) -> None:
        """Write what the batch held back; call before the commit."""
        batch = session.info.pop(_BATCH_KEY, None)
        if batch is None:
            return
        await fastpath.stop_deferring(session)
        await batch.flush()

    async def claim_event(self, session: AsyncSession, channel: str, external_id: str) -> bool:
        batch = _batch(session)
        if batch is not None:
            claims = batch.claims.get((channel, external_id))
            if claims:
                return claims.pop(0)
        return await q.claim_event(session, channel, external_id)

    async def touch_contact(
        self, session: AsyncSession, pseudonym: str, channel: str, address_enc: bytes
    ) -> ContactState:
        batch = _batch(session)
        person = batch.people.get(pseudonym) if batch is not None else None
        if person is not None and batch is not None:
            now = utcnow()
            if person.stopped is None:
                batch.new_contacts.append((pseudonym, channel, address_enc))
                person.stopped, person.last_seen, person.has_address = False, now, True
                return ContactState(stopped=False)
            seen = person.last_seen
            if person.has_address and seen is not None and now - seen <= q.SEEN_GRANULARITY:
                return ContactState(stopped=person.stopped)
            person.last_seen, person.has_address = now, True  # refreshed just below
        return await q.touch_contact(session, pseudonym, channel, address_enc)

    async def set_contact_stopped(
        self, session: AsyncSession, pseudonym: str, stopped: bool
    ) -> None:
        await q.set_contact_stopped(session, pseudonym, stopped)
        person = _person(session, pseudonym)
        if person is not None and person.stopped is not None:
            person.stopped = stopped

    async def erase_contact(self, session: AsyncSession, pseudonym: str) -> None:
        await q.erase_contact(session, pseudonym)
        person = _person(session, pseudonym)
        if person is not None:
            person.erased()

    async def load_conversation(
        self, session: AsyncSession, pseudonym: str
    ) -> ConversationState | None:
        person = _person(session, pseudonym)
        if person is not None:
            return person.conversation
        return await q.load_conversation(session, pseudonym)

    async def save_conversation(
        self,
        session: AsyncSession,
        pseudonym: str,
        channel: str,
        step: str,
        data: dict[str, Any],
        locale: str | None,
        existing: ConversationState | None,
    ) -> None:
        person = _person(session, pseudonym)
        if person is None:
            await q.save_conversation(session, pseudonym, channel, step, data, locale, existing)
            return
        if existing != person.conversation:
            raise RuntimeError("conversation changed concurrently")
        version = existing.version + 1 if existing is not None else 1
        person.conversation = ConversationState(step, dict(data), locale, version)
        person.channel = channel

    async def delete_conversation(self, session: AsyncSession, pseudonym: str) -> None:
        await q.delete_conversation(session, pseudonym)
        person = _person(session, pseudonym)
        if person is not None:
            person.conversation = person.stored = None

    async def enqueue(
        self,
        session: AsyncSession,
        channel: str,
        pseudonym: str,
        address_enc: bytes,
        payloads: list[dict[str, Any]],
        *,
        ride: str | None = None,
        lease: timedelta = timedelta(seconds=60),
    ) -> None:
        batch = _batch(session)
        if batch is None or not payloads:
            await q.enqueue(
                session, channel, pseudonym, address_enc, payloads, ride=ride, lease=lease
            )
            return
        now = utcnow()
        owners = [ride] + [None] * (len(payloads) - 1)
        batch.queued.extend(
            (channel, pseudonym, address_enc, payload, owner, now + lease if owner else now)
            for payload, owner in zip(payloads, owners, strict=True)
        )

    async def add_submissions(self, session: AsyncSession, items: list[NewSubmission]) -> list[str]:
        receipts, rows = submission_rows(items)
        if not hold_submissions(session, rows):
            await insert_submissions(session, rows)
        return receipts


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
