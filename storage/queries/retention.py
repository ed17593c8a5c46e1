"""Retention: erase what we only needed for a while (reply addresses, conversation state).

Run by ``voices retention run`` (daily, from cron or a timer). Submissions stay:
they hold only anonymised text and a pseudonym, and moderators and review bodies
need them; a person erases theirs with /delete.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, update
from sqlalchemy import text as sql_text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from core.clock import utcnow
from storage.models import (
    Contact,
    Conversation,
    DeadLetter,
    InboundEvent,
    OutboxMessage,
    OutboxState,
)
from storage.queries.broadcasts import erase_orphan_answers
from storage.queries.throttle import purge_expired

# Providers redeliver for days (Meta for up to a week): keep event keys a while longer.
DEDUPE_DAYS = 30
# Delivered replies are kept briefly for support questions, then dropped.
OUTBOX_DAYS = 7


@dataclass(frozen=True, slots=True)
class RetentionReport:
    """How many rows each rule erased."""

    contacts: int
    conversations: int
    outbox: int
    events: int
    dead_letters: int
    limits: int = 0  # expired replay marks and idle throttles
    answers: int = 0  # answers to follow-up questions of people erased


async def run_retention(session: AsyncSession, retention_days: int) -> RetentionReport:
    """Erase contacts and conversations idle for ``retention_days``, and old queue rows."""
    now = utcnow()
    cutoff = now - timedelta(days=retention_days)
    contacts = await session.execute(delete(Contact).where(Contact.last_seen_at < cutoff))
    # Answers to follow-up questions go with the person's contact.
    answers = await erase_orphan_answers(session)
    conversations = await session.execute(
        delete(Conversation).where(Conversation.updated_at < cutoff)
    )
    # Undelivered replies to people we no longer hold an address for cannot be sent.
    stale = await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.created_at < cutoff, OutboxMessage.state == OutboxState.PENDING.value)
        .values(state=OutboxState.FAILED.value, last_error="expired", address_enc=None)
    )
    outbox = await session.execute(
        delete(OutboxMessage).where(
            OutboxMessage.state != OutboxState.PENDING.value,
            OutboxMessage.created_at < now - timedelta(days=min(OUTBOX_DAYS, retention_days)),
        )
    )
    events = await session.execute(
        delete(InboundEvent).where(
            InboundEvent.received_at < now - timedelta(days=max(DEDUPE_DAYS, retention_days))
        )
    )
    dead = await session.execute(delete(DeadLetter).where(DeadLetter.last_failed_at < cutoff))
    limits = await purge_expired(session, now.timestamp())
    return RetentionReport(
        contacts=_count(contacts),
        conversations=_count(conversations),
        outbox=_count(outbox) + _count(stale),
        events=_count(events),
        dead_letters=_count(dead),
        limits=limits,
        answers=answers,
    )


async def compact_sqlite(engine: AsyncEngine) -> None:
    """Write the SQLite log back into the file and truncate it, so erased rows leave it too.

    ``secure_delete`` already zeroes erased rows in the main file; old copies of those
    pages can linger in the write-ahead log until a checkpoint. The search index keeps
    an erased text's words in old segments under a delete marker until they merge:
    ``optimize`` merges them now, so the words leave the file with the text.
    """
    if engine.dialect.name != "sqlite":
        return
    async with engine.begin() as conn:
        has_index = await conn.scalar(
            sql_text("SELECT 1 FROM sqlite_master WHERE name = 'submissions_fts'")
        )
        if has_index:
            await conn.execute(
                sql_text("INSERT INTO submissions_fts(submissions_fts) VALUES ('optimize')")
            )
    async with engine.connect() as conn:
        raw = await conn.get_raw_connection()
        # Outside any transaction: a checkpoint cannot run inside one.
        cursor = await raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        await cursor.close()


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
