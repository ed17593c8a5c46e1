"""Named queries for the review API and dashboard: approved rows, quotes, exports, publication.

Every function here reads or writes on behalf of review bodies; nothing returns a
pseudonym or a receipt except ``stream_for_export`` (the operator's command-line
export). Report notices are queued by ``intake.broadcasts``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from storage.models import (
    ApiToken,
    AuditEntry,
    PublicRelease,
    ReviewBudget,
    ReviewSession,
    Submission,
    SubmissionState,
)
from storage.queries.accounts import live_token

PUBLISHED_ACTION = "report.published"


@dataclass(frozen=True, slots=True)
class CountRow:
    """The attributes of one approved submission that aggregates may group by, and its author.

    ``pseudonym`` only tells rows of one person apart: counts are of distinct people.
    """

    country: str | None
    objectives: tuple[int, ...]
    theme: str | None
    lang: str
    channel: str
    trend: str | None
    level: str | None
    created_at: datetime
    pseudonym: str
    quotable: bool = True
    option: int | None = None  # a follow-up question's answer (``review.polls``)
    # Answers to the questionnaire's own questions (question id -> choice id).
    answers: Mapping[str, object] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One approved, anonymised text with its coarse metadata."""

    id: int
    receipt: str
    country: str | None
    lang: str
    objectives: tuple[int, ...]
    theme: str | None
    channel: str
    trend: str | None
    level: str | None
    text: str
    created_at: datetime


def _objectives(value: Any) -> tuple[int, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(sorted({int(v) for v in value if isinstance(v, int | str) and str(v).isdigit()}))


async def approved_count_rows(
    session: AsyncSession, *, start: datetime | None = None, end: datetime | None = None
) -> list[CountRow]:
    """Return the countable attributes of approved submissions created in ``[start, end)``.

    Filters other than time are applied by the caller: suppression needs to see the
    rows around a filtered slice to decide what the slice may publish.
    """
    query = select(
        Submission.country,
        Submission.objectives,
        Submission.theme,
        Submission.lang,
        Submission.channel,
        Submission.trend,
        Submission.level,
        Submission.created_at,
        Submission.pseudonym,
        Submission.quotable,
        Submission.answers,
    ).where(Submission.state == SubmissionState.APPROVED.value)
    if start is not None:
        query = query.where(Submission.created_at >= start)
    if end is not None:
        query = query.where(Submission.created_at < end)
    result = await session.execute(query)
    return [
        CountRow(
            country=row.country,
            objectives=_objectives(row.objectives),
            theme=row.theme,
            lang=row.lang,
            channel=row.channel,
            trend=row.trend,
            level=row.level,
            created_at=row.created_at,
            pseudonym=row.pseudonym,
            quotable=row.quotable,
            answers=row.answers if isinstance(row.answers, dict) else {},
        )
        for row in result
    ]


async def approved_quotes(
    session: AsyncSession,
    *,
    country: str | None = None,
    lang: str | None = None,
    after_id: int = 0,
    limit: int = 50,
    start: datetime | None = None,
    end: datetime | None = None,
    scan: int = 2000,
) -> list[QuoteRow]:
    """Return quotable approved submissions with ``id > after_id`` in id order (a stable order).

    Objective filtering happens in the caller (objectives are a JSON list); ``scan``
    bounds how many rows one call reads.
    """
    query = (
        select(Submission)
        .where(
            Submission.state == SubmissionState.APPROVED.value,
            Submission.quotable.is_(True),
            Submission.id > after_id,
        )
        .order_by(Submission.id)
        .limit(max(limit, scan))
    )
    if country is not None:
        query = query.where(Submission.country == country)
    if lang is not None:
        query = query.where(Submission.lang == lang)
    if start is not None:
        query = query.where(Submission.created_at >= start)
    if end is not None:
        query = query.where(Submission.created_at < end)
    result = await session.execute(query)
    return [
        QuoteRow(
            id=s.id,
            receipt=s.receipt,
            country=s.country,
            lang=s.lang,
            objectives=_objectives(s.objectives),
            theme=s.theme,
            channel=s.channel,
            trend=s.trend,
            level=s.level,
            text=s.text,
            created_at=s.created_at,
        )
        for s in result.scalars()
    ]


async def stream_for_export(
    session: AsyncSession, *, states: tuple[str, ...] | None
) -> AsyncIterator[Submission]:
    """Yield submissions (all states when ``states`` is None) in id order, in batches."""
    query = select(Submission).order_by(Submission.id).execution_options(yield_per=500)
    if states is not None:
        query = query.where(Submission.state.in_(states))
    result = await session.stream_scalars(query)
    async for submission in result:
        yield submission


async def get_api_token_by_id(session: AsyncSession, token_id: int) -> ApiToken | None:
    """Return a live (not revoked, not expired) token by its row id, for dashboard sessions."""
    result = await session.execute(
        select(ApiToken).where(ApiToken.id == token_id, live_token(utcnow()))
    )
    return result.scalar_one_or_none()


async def find_publication(
    session: AsyncSession, *, country: str, period: str
) -> AuditEntry | None:
    """Return the audit entry recording that this country's report for ``period`` was published."""
    result = await session.execute(
        select(AuditEntry)
        .where(AuditEntry.action == PUBLISHED_ACTION, AuditEntry.target == f"{country}:{period}")
        .limit(1)
    )
    return result.scalar_one_or_none()


async def spend_budget(
    session: AsyncSession, token_id: int, epsilon: float, limit: float
) -> float | None:
    """Charge ``epsilon`` to a token's privacy budget in the caller's transaction.

    Returns what is left after the charge, or None (and charges nothing) when the
    charge would exceed ``limit``. The conditional UPDATE makes concurrent charges
    safe on both engines: only one of two racing requests can take the last share.
    """
    if await session.get(ReviewBudget, token_id) is None:
        try:
            async with session.begin_nested():
                session.add(ReviewBudget(token_id=token_id, spent=0.0, queries=0))
        except IntegrityError:
            pass  # another request created the row first; charge it below
    result = await session.execute(
        update(ReviewBudget)
        .where(ReviewBudget.token_id == token_id, ReviewBudget.spent + epsilon <= limit)
        .values(spent=ReviewBudget.spent + epsilon, queries=ReviewBudget.queries + 1)
        .returning(ReviewBudget.spent)
    )
    spent = result.scalar_one_or_none()
    if spent is None:
        return None
    return max(limit - float(spent), 0.0)


async def create_review_session(
    session: AsyncSession, token_hash: str, token_id: int, expires_at: datetime, now: datetime
) -> None:
    """Record a signed-in dashboard (and forget the sessions that have expired)."""
    await session.execute(delete(ReviewSession).where(ReviewSession.expires_at <= now))
    session.add(ReviewSession(token_hash=token_hash, token_id=token_id, expires_at=expires_at))


async def review_session_token_id(
    session: AsyncSession, token_hash: str, now: datetime
) -> int | None:
    """The API token row of a live dashboard session, or None."""
    result = await session.execute(
        select(ReviewSession.token_id).where(
            ReviewSession.token_hash == token_hash, ReviewSession.expires_at > now
        )
    )
    return result.scalar_one_or_none()


async def delete_review_session(session: AsyncSession, token_hash: str) -> None:
    """End a dashboard session (sign-out)."""
    await session.execute(delete(ReviewSession).where(ReviewSession.token_hash == token_hash))


async def get_public_release(session: AsyncSession, period: str) -> PublicRelease | None:
    """Return the stored public release of a quarter (``2026-Q1``), or None."""
    return await session.get(PublicRelease, period)


async def store_public_release(
    session: AsyncSession, period: str, epsilon: float, cells: dict[str, Any]
) -> PublicRelease:
    """Store a quarter's release unless one exists; return the one that is stored.

    Two processes may draw a release for the same quarter at once: the first insert
    wins and the other's draw is thrown away unseen, so only one is ever shown.
    """
    try:
        async with session.begin_nested():
            session.add(PublicRelease(period=period, epsilon=epsilon, cells=cells))
    except IntegrityError:
        pass
    stored = await session.get(PublicRelease, period, populate_existing=True)
    if stored is None:  # cannot happen: inserted above, or by the winner of the race
        raise LookupError(f"public release {period} vanished")
    return stored
