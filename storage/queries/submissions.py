"""Named queries for submissions: filing, looking up by receipt, withdrawing, erasing."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from storage.identity import new_receipt
from storage.models import Base, Submission, SubmissionState


@dataclass(frozen=True, slots=True)
class NewSubmission:
    """Everything needed to file a submission; ``text`` is already anonymised."""

    channel: str
    lang: str
    text: str
    pseudonym: str
    consent_version: str
    country: str | None = None
    place: str | None = None
    experience_month: str | None = None
    objectives: list[int] = field(default_factory=list)
    theme: str | None = None
    level: str | None = None
    trend: str | None = None
    flags: list[str] = field(default_factory=list)
    entities: dict[str, int] = field(default_factory=dict)
    urgent: bool = False
    urgent_category: str | None = None
    urgent_cue: list[int] | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    flow_version: str | None = None
    state: str = SubmissionState.PENDING.value


def submission_rows(items: list[NewSubmission]) -> tuple[list[str], list[dict[str, Any]]]:
    """New receipt codes and the rows that file these submissions (without timestamps)."""
    receipts = [new_receipt() for _ in items]
    rows = [{**asdict(item), "receipt": r} for item, r in zip(items, receipts, strict=True)]
    return receipts, rows


async def insert_submissions(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Insert rows from ``submission_rows`` in one round trip."""
    if not rows:
        return
    now = utcnow()
    stamped = [{**row, "created_at": now, "updated_at": now} for row in rows]
    # Core executemany without RETURNING: one statement for the batch, not one per row.
    await session.execute(insert(Base.metadata.tables[Submission.__tablename__]), stamped)


async def add_submissions(session: AsyncSession, items: list[NewSubmission]) -> list[str]:
    """File several submissions in one INSERT round trip; returns their receipt codes.

    Row by row: a message's submissions go through its ``IntakeStore`` instead, which
    on PostgreSQL files them with the batch's other writes.
    """
    receipts, rows = submission_rows(items)
    await insert_submissions(session, rows)
    return receipts


async def add_submission(session: AsyncSession, item: NewSubmission) -> str:
    """File one submission; returns its receipt code."""
    return (await add_submissions(session, [item]))[0]


async def get_by_receipt(session: AsyncSession, receipt: str) -> Submission | None:
    """Return the submission with this receipt code, or None."""
    result = await session.execute(select(Submission).where(Submission.receipt == receipt))
    return result.scalar_one_or_none()


async def list_for_pseudonym(session: AsyncSession, pseudonym: str) -> list[Submission]:
    """Return a person's submissions, newest first."""
    result = await session.execute(
        select(Submission)
        .where(Submission.pseudonym == pseudonym)
        .order_by(Submission.created_at.desc())
    )
    return list(result.scalars())


def _erased() -> dict[str, Any]:
    """What a withdrawn submission keeps: its receipt and state, nothing the person wrote."""
    return {
        "text": "",
        "state": SubmissionState.WITHDRAWN.value,
        "place": None,
        "entities": {},
        "answers": {},
        "pseudonym": "",
        "updated_at": utcnow(),
    }


async def withdraw_for_pseudonym(session: AsyncSession, pseudonym: str) -> int:
    """Erase the text of all of a person's submissions and mark them withdrawn.

    The rows stay (receipt, state) so a later status check can say "withdrawn";
    nothing the person wrote remains.
    """
    result = await session.execute(
        update(Submission)
        .where(Submission.pseudonym == pseudonym)
        .values(**_erased())
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def update_pending(session: AsyncSession, receipt: str, item: NewSubmission) -> bool:
    """Replace the answers of a submission filed early (urgent) that is still pending."""
    values = {k: v for k, v in asdict(item).items() if k not in ("pseudonym", "state")}
    result = await session.execute(
        update(Submission)
        .where(
            Submission.receipt == receipt,
            Submission.pseudonym == item.pseudonym,
            Submission.state == SubmissionState.PENDING.value,
        )
        .values(**values, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def withdraw_receipt(session: AsyncSession, receipt: str, pseudonym: str) -> None:
    """Erase one of a person's submissions (they cancelled after it was filed early)."""
    await session.execute(
        update(Submission)
        .where(Submission.receipt == receipt, Submission.pseudonym == pseudonym)
        .values(**_erased())
        .execution_options(synchronize_session=False)
    )
