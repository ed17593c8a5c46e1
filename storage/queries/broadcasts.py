"""Named queries for writing back: opt-in, audiences, broadcasts and their follow-up answers.

Audiences are read only by the code that queues a broadcast (pseudonyms and
encrypted addresses go straight into the outbox); what anyone is shown is counts:
an audience's size per language, a broadcast's delivery counters, and poll answers
under the review API's release rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from storage.models import Broadcast, Contact, PollAnswer, Submission, SubmissionState


@dataclass(frozen=True, slots=True)
class OptIn:
    """A person's choice about hearing back, and when it was made (None: never asked)."""

    opted_in: bool
    at: datetime | None


async def get_opt_in(session: AsyncSession, pseudonym: str) -> OptIn:
    """The person's current choice."""
    row = (
        await session.execute(
            select(Contact.report_opt_in, Contact.opt_in_at).where(Contact.pseudonym == pseudonym)
        )
    ).first()
    if row is None:
        return OptIn(False, None)
    return OptIn(bool(row[0]), row[1])


async def set_opt_in(session: AsyncSession, pseudonym: str, opted_in: bool, locale: str) -> None:
    """Record the person's choice with its time and the language to write to them in."""
    await session.execute(
        update(Contact)
        .where(Contact.pseudonym == pseudonym)
        .values(report_opt_in=opted_in, opt_in_at=utcnow(), locale=locale, open_poll=None)
    )


@dataclass(frozen=True, slots=True)
class Recipient:
    """One person a broadcast goes to: only for the code that queues it."""

    pseudonym: str
    channel: str
    address_enc: bytes
    locale: str | None
    last_seen_at: datetime


async def audience(
    session: AsyncSession,
    *,
    country: str | None,
    lang: str | None = None,
    objective: int | None = None,
) -> list[Recipient]:
    """People who opted in, are not stopped, and submitted about ``country`` (any if None).

    ``lang`` matches the language the person chose; ``objective`` one of the GCM
    objectives of their submissions (any state but withdrawn). Ordered by contact id,
    so a cost cap always keeps the same people.
    """
    query = (
        select(
            Contact.id,
            Contact.pseudonym,
            Contact.channel,
            Contact.address_enc,
            Contact.locale,
            Contact.last_seen_at,
            Submission.objectives,
        )
        .join(Submission, Submission.pseudonym == Contact.pseudonym)
        .where(
            Contact.report_opt_in.is_(True),
            Contact.stopped.is_(False),
            Contact.address_enc.is_not(None),
            Submission.state != SubmissionState.WITHDRAWN.value,
        )
        .order_by(Contact.id)
    )
    if country is not None:
        query = query.where(Submission.country == country)
    if lang is not None:
        query = query.where(Contact.locale == lang)
    found: dict[int, Recipient] = {}
    for row in await session.execute(query):
        cid, pseudonym, channel, address_enc, locale, seen, objectives = row
        # Objectives are a JSON list: matched here, the same on both engines.
        if objective is not None and objective not in (objectives or []):
            continue
        if cid not in found and address_enc is not None:
            found[cid] = Recipient(pseudonym, channel, address_enc, locale, seen)
    return list(found.values())


def sizes_by_language(recipients: Iterable[Recipient], default: str) -> dict[str, int]:
    """How many of ``recipients`` read each language."""
    return dict(Counter(r.locale or default for r in recipients))


async def add_broadcast(session: AsyncSession, **values: Any) -> Broadcast:
    """Create a broadcast row and return it with its id."""
    row = Broadcast(**values)
    session.add(row)
    await session.flush()
    return row


async def get_broadcast(session: AsyncSession, broadcast_id: int) -> Broadcast | None:
    """A broadcast by id."""
    return await session.get(Broadcast, broadcast_id)


async def list_broadcasts(session: AsyncSession, limit: int = 50) -> list[Broadcast]:
    """The newest broadcasts first."""
    result = await session.execute(select(Broadcast).order_by(Broadcast.id.desc()).limit(limit))
    return list(result.scalars())


async def set_open_poll(session: AsyncSession, pseudonyms: list[str], broadcast_id: int) -> None:
    """Remember the question these people were last asked, so a typed number answers it."""
    if pseudonyms:
        await session.execute(
            update(Contact).where(Contact.pseudonym.in_(pseudonyms)).values(open_poll=broadcast_id)
        )


async def open_poll(session: AsyncSession, pseudonym: str) -> int | None:
    """The question the person was last asked and has not answered, if any."""
    return (
        await session.execute(select(Contact.open_poll).where(Contact.pseudonym == pseudonym))
    ).scalar_one_or_none()


async def record_answer(
    session: AsyncSession, broadcast_id: int, pseudonym: str, option: int
) -> None:
    """Record (or replace) the person's answer and close their open question."""
    await session.execute(
        delete(PollAnswer).where(
            PollAnswer.broadcast_id == broadcast_id, PollAnswer.pseudonym == pseudonym
        )
    )
    session.add(PollAnswer(broadcast_id=broadcast_id, pseudonym=pseudonym, option=option))
    await session.execute(
        update(Contact).where(Contact.pseudonym == pseudonym).values(open_poll=None)
    )


async def poll_answers(session: AsyncSession, broadcast_id: int) -> list[tuple[str, int]]:
    """Every (pseudonym, option) of one question: for counting, never for showing."""
    result = await session.execute(
        select(PollAnswer.pseudonym, PollAnswer.option).where(
            PollAnswer.broadcast_id == broadcast_id
        )
    )
    return [(p, int(o)) for p, o in result]


async def erase_answers(session: AsyncSession, pseudonym: str) -> None:
    """Remove a person's answers to every question (``/delete``)."""
    await session.execute(delete(PollAnswer).where(PollAnswer.pseudonym == pseudonym))


async def erase_orphan_answers(session: AsyncSession) -> int:
    """Remove the answers of people whose contact is gone (retention)."""
    known = select(Contact.pseudonym)
    result = await session.execute(delete(PollAnswer).where(PollAnswer.pseudonym.not_in(known)))
    return int(getattr(result, "rowcount", 0) or 0)


async def count_outcomes(
    session: AsyncSession, sent: Counter[int], failed: Counter[int], blocked: Counter[int]
) -> None:
    """Add delivery outcomes to broadcasts' counters (one UPDATE per broadcast touched)."""
    for broadcast_id in set(sent) | set(failed) | set(blocked):
        await session.execute(
            update(Broadcast)
            .where(Broadcast.id == broadcast_id)
            .values(
                sent=Broadcast.sent + sent[broadcast_id],
                failed=Broadcast.failed + failed[broadcast_id],
                blocked=Broadcast.blocked + blocked[broadcast_id],
            )
        )
