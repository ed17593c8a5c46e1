"""The intake's storage for one message: an interface, two implementations, one choice.

The intake service and the conversation engine read and write a person's event
keys, contact, conversation, replies and submissions only through an ``IntakeStore``.
``RowIntakeStore`` sends each call as its own statement (SQLite, or PostgreSQL
through a driver without the fast path); ``BulkIntakeStore``
(``storage.queries.intake_bulk``) reads a group-committed batch ahead and writes it
back in one statement. ``intake_store_for`` picks one, once, when the composition
root builds its services; nothing else asks which database it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any, Protocol

from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncSession

from storage.queries import intake as q
from storage.queries.intake import ContactState, ConversationState
from storage.queries.intake_bulk import BulkIntakeStore
from storage.queries.submissions import NewSubmission, add_submissions


class IntakeStore(Protocol):
    """What the way in reads and writes per message, in the caller's transaction."""

    @property
    def batches(self) -> bool:
        """Whether ``begin_batch``/``end_batch`` do anything (the group committer skips them)."""
        ...

    async def begin_batch(
        self, session: AsyncSession, units: Sequence[tuple[str, str, str]]
    ) -> None:
        """Start of a group-committed transaction: (channel, event key, pseudonym) per message."""
        ...

    async def end_batch(self, session: AsyncSession) -> None:
        """Write what the batch held back; called before the commit."""
        ...

    async def claim_event(self, session: AsyncSession, channel: str, external_id: str) -> bool:
        """Record an inbound event; False if it was already processed (a redelivery)."""
        ...

    async def touch_contact(
        self, session: AsyncSession, pseudonym: str, channel: str, address_enc: bytes
    ) -> ContactState:
        """Create the person's contact row, or note they were seen."""
        ...

    async def set_contact_stopped(
        self, session: AsyncSession, pseudonym: str, stopped: bool
    ) -> None:
        """Mark that the person said STOP or blocked us, or undo it."""
        ...

    async def erase_contact(self, session: AsyncSession, pseudonym: str) -> None:
        """Delete the person's reply address, conversation state and queued replies."""
        ...

    async def load_conversation(
        self, session: AsyncSession, pseudonym: str
    ) -> ConversationState | None:
        """The person's conversation, locked for this transaction, or None."""
        ...

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
        """Write the conversation state; raises if ``existing`` is no longer current."""
        ...

    async def delete_conversation(self, session: AsyncSession, pseudonym: str) -> None:
        """Forget where the person was in the flow."""
        ...

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
        """Queue replies in the caller's transaction (see ``storage.queries.intake.enqueue``)."""
        ...

    async def add_submissions(self, session: AsyncSession, items: list[NewSubmission]) -> list[str]:
        """File submissions; returns their receipt codes."""
        ...


class RowIntakeStore:
    """Every call is its own statement (the queries of ``storage.queries.intake``)."""

    batches = False

    async def begin_batch(
        self, session: AsyncSession, units: Sequence[tuple[str, str, str]]
    ) -> None:
        return None

    async def end_batch(self, session: AsyncSession) -> None:
        return None

    async def claim_event(self, session: AsyncSession, channel: str, external_id: str) -> bool:
        return await q.claim_event(session, channel, external_id)

    async def touch_contact(
        self, session: AsyncSession, pseudonym: str, channel: str, address_enc: bytes
    ) -> ContactState:
        return await q.touch_contact(session, pseudonym, channel, address_enc)

    async def set_contact_stopped(
        self, session: AsyncSession, pseudonym: str, stopped: bool
    ) -> None:
        await q.set_contact_stopped(session, pseudonym, stopped)

    async def erase_contact(self, session: AsyncSession, pseudonym: str) -> None:
        await q.erase_contact(session, pseudonym)

    async def load_conversation(
        self, session: AsyncSession, pseudonym: str
    ) -> ConversationState | None:
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
        await q.save_conversation(session, pseudonym, channel, step, data, locale, existing)

    async def delete_conversation(self, session: AsyncSession, pseudonym: str) -> None:
        await q.delete_conversation(session, pseudonym)

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
        await q.enqueue(session, channel, pseudonym, address_enc, payloads, ride=ride, lease=lease)

    async def add_submissions(self, session: AsyncSession, items: list[NewSubmission]) -> list[str]:
        return await add_submissions(session, items)


def bulk_capable(dialect: Dialect) -> bool:
    """Whether batches on this database read and write in bulk: PostgreSQL through asyncpg."""
    return dialect.driver == "asyncpg"


def intake_store_for(dialect: Dialect) -> IntakeStore:
    """The store for this database; the composition root calls this once."""
    return BulkIntakeStore() if bulk_capable(dialect) else RowIntakeStore()
