"""Named queries for the on-call alert: urgent items nobody has been told about yet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Submission, SubmissionState

# Only items still waiting for a moderator are worth waking someone for.
_OPEN = (SubmissionState.PENDING.value, SubmissionState.ESCALATED.value)


@dataclass(frozen=True, slots=True)
class UrgentAlert:
    """What an alert may say about an urgent item: no text, no contact, no pseudonym."""

    id: int
    receipt: str
    category: str | None
    channel: str
    lang: str
    country: str | None
    created_at: datetime


async def take_unalerted(
    session: AsyncSession, *, now: datetime, max_age: timedelta, limit: int = 20
) -> list[UrgentAlert]:
    """Lock up to ``limit`` open urgent items filed within ``max_age`` and not yet alerted.

    On PostgreSQL the rows stay locked (``SKIP LOCKED``) until the transaction ends, so
    two processes never alert about the same item; call ``mark_alerted`` in the same
    transaction once the alerts are out.
    """
    rows = await session.execute(
        select(
            Submission.id,
            Submission.receipt,
            Submission.urgent_category,
            Submission.channel,
            Submission.lang,
            Submission.country,
            Submission.created_at,
        )
        .where(
            Submission.urgent.is_(True),
            Submission.alerted_at.is_(None),
            Submission.state.in_(_OPEN),
            Submission.created_at >= now - max_age,
        )
        .order_by(Submission.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return [UrgentAlert(*row) for row in rows]


async def mark_alerted(session: AsyncSession, ids: list[int], now: datetime) -> None:
    """Record that the on-call group was told about these items."""
    if not ids:
        return
    await session.execute(
        update(Submission)
        .where(Submission.id.in_(ids))
        .values(alerted_at=now)
        .execution_options(synchronize_session=False)
    )
