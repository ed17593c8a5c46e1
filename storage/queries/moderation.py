"""Named queries for the moderator console: sessions, login throttling, the queue, claims,
moderation actions, notes and the audit log.

Every action that changes a submission is one conditional UPDATE whose WHERE clause
carries the claim rule (nobody else holds a live claim), so two moderators racing on
the same item cannot both win, on SQLite or on PostgreSQL, without any row locks.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    case,
    cast,
    column,
    delete,
    func,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy import text as sql_text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from storage.models import (
    AuditEntry,
    ConsoleSession,
    ModerationNote,
    Submission,
    SubmissionState,
    User,
)

DEFAULT_STATES = (SubmissionState.PENDING.value, SubmissionState.ESCALATED.value)
MODERATION_STATES = (
    SubmissionState.PENDING.value,
    SubmissionState.APPROVED.value,
    SubmissionState.REJECTED.value,
    SubmissionState.ESCALATED.value,
)


# --- sessions and login throttling ---------------------------------------------------------


async def create_console_session(
    session: AsyncSession, token_hash: str, username: str, now: datetime, expires_at: datetime
) -> None:
    """Store a new login session (only the digest of the cookie's token)."""
    session.add(
        ConsoleSession(
            token_hash=token_hash, username=username, created_at=now, expires_at=expires_at
        )
    )
    await session.flush()


async def get_session_user(session: AsyncSession, token_hash: str, now: datetime) -> User | None:
    """Return the user of a live (unexpired) session who is not disabled, or None."""
    result = await session.execute(
        select(User)
        .join(ConsoleSession, ConsoleSession.username == User.username)
        .where(
            ConsoleSession.token_hash == token_hash,
            ConsoleSession.expires_at > now,
            User.disabled_at.is_(None),
        )
    )
    return result.scalar_one_or_none()


async def delete_console_session(session: AsyncSession, token_hash: str) -> None:
    """End a session (logout)."""
    await session.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == token_hash))


async def purge_expired_sessions(session: AsyncSession, now: datetime) -> int:
    """Delete expired sessions; returns how many."""
    result = await session.execute(delete(ConsoleSession).where(ConsoleSession.expires_at <= now))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# --- the queue -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the queue shows; empty fields do not filter."""

    states: tuple[str, ...] = DEFAULT_STATES
    lang: str | None = None
    country: str | None = None
    objective: int | None = None
    flag: str | None = None
    channel: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    # Words that must all appear (as word starts) in the anonymised text.
    search: str | None = None
    # Only submissions this user holds a claim on taken at or after ``claimed_since``.
    claimed_by: str | None = None
    claimed_since: datetime | None = None


@dataclass(frozen=True, slots=True)
class QueuePage:
    """One page of the queue and the total number of matching submissions."""

    items: list[Submission]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        """How many pages there are (at least one)."""
        return max(1, -(-self.total // self.per_page))


def _json_list_contains(column: Any, value: str) -> ColumnElement[bool]:
    # JSON lists are stored as text like ["a", "b"] / [1, 2] on both engines; match one
    # element with its delimiters so objective 1 does not match 12.
    text = func.replace(cast(column, String), " ", "")
    return or_(
        text.like(f"[{value},%"),
        text.like(f"%,{value},%"),
        text.like(f"%,{value}]"),
        text == f"[{value}]",
    )


MAX_SEARCH_TERMS = 12
MAX_TERM_LENGTH = 64
_WORD_CATEGORIES = ("L", "N", "M")


def search_terms(query: str) -> list[str]:
    """Split a search box's text into words the way both databases' indexes do.

    A word is a run of letters, digits and combining marks (``Co``, private use, too),
    which is what the SQLite index's ``unicode61 categories 'L* N* Co M*'`` tokenizer
    and PostgreSQL's parser keep together; everything else separates words.
    """
    terms: list[str] = []
    current: list[str] = []
    for char in query:
        category = unicodedata.category(char)
        if category[0] in _WORD_CATEGORIES or category == "Co":
            current.append(char)
        elif current:
            terms.append("".join(current))
            current = []
    if current:
        terms.append("".join(current))
    return [t[:MAX_TERM_LENGTH] for t in terms][:MAX_SEARCH_TERMS]


def text_search(query: str, dialect: str) -> ColumnElement[bool] | None:
    """A condition: every word of ``query`` starts a word of the anonymised text.

    SQLite asks its FTS5 index, PostgreSQL its GIN index on ``to_tsvector('simple',
    text)`` (both from migration 0009). Case does not matter, accents do, on both.
    Terms hold only word characters, so neither query language sees an operator.
    None when the query has no word at all.
    """
    terms = search_terms(query)
    if not terms:
        return None
    if dialect == "sqlite":
        match = " ".join(f'"{t}"*' for t in terms)
        ids = (
            sql_text("SELECT rowid FROM submissions_fts WHERE submissions_fts MATCH :fts_query")
            .bindparams(fts_query=match)
            .columns(column("rowid", Integer))
        )
        return Submission.id.in_(ids)
    tsquery = " & ".join(f"'{t}':*" for t in terms)
    simple: ColumnElement[Any] = literal_column("'simple'::regconfig")
    vector = func.to_tsvector(simple, Submission.text)
    return vector.op("@@")(func.to_tsquery(simple, tsquery))


def _conditions(flt: QueueFilter, dialect: str = "sqlite") -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.search:
        found = text_search(flt.search, dialect)
        if found is not None:
            conds.append(found)
    if flt.claimed_by is not None:
        conds.append(Submission.claimed_by == flt.claimed_by)
        if flt.claimed_since is not None:
            conds.append(Submission.claimed_at >= flt.claimed_since)
    if flt.states:
        conds.append(Submission.state.in_(flt.states))
    if flt.lang:
        conds.append(Submission.lang == flt.lang)
    if flt.country:
        conds.append(Submission.country == flt.country)
    if flt.channel:
        conds.append(Submission.channel == flt.channel)
    if flt.objective is not None:
        conds.append(_json_list_contains(Submission.objectives, str(flt.objective)))
    if flt.flag:
        conds.append(_json_list_contains(Submission.flags, f'"{flt.flag}"'))
    if flt.since is not None:
        conds.append(Submission.created_at >= flt.since)
    if flt.until is not None:
        conds.append(Submission.created_at < flt.until)
    return conds


async def list_queue(
    session: AsyncSession, flt: QueueFilter, page: int = 1, per_page: int = 25
) -> QueuePage:
    """Return a page of the queue: urgent first, then oldest first."""
    conds = _conditions(flt, _dialect(session))
    total = (
        await session.execute(select(func.count()).select_from(Submission).where(*conds))
    ).scalar_one()
    page = max(1, page)
    result = await session.execute(
        select(Submission)
        .where(*conds)
        .order_by(
            case((Submission.urgent.is_(True), 0), else_=1),
            Submission.created_at.asc(),
            Submission.id.asc(),
        )
        .offset((page - 1) * per_page)
        .limit(per_page)
    )
    return QueuePage(list(result.scalars()), int(total), page, per_page)


def _dialect(session: AsyncSession) -> str:
    return session.get_bind().dialect.name


@dataclass(frozen=True, slots=True)
class QueueCounts:
    """How many submissions match the filter, by state, language and urgency.

    Each breakdown applies every filter except its own (the state counts ignore
    the chosen state), so a moderator sees where else the matches are.
    """

    states: dict[str, int]
    langs: dict[str, int]
    urgent: int
    not_urgent: int


async def queue_counts(session: AsyncSession, flt: QueueFilter) -> QueueCounts:
    """Count the submissions matching ``flt`` per state, per language and by urgency."""
    dialect = _dialect(session)

    async def grouped(col: Any, without: dict[str, Any]) -> dict[Any, int]:
        conds = _conditions(replace(flt, **without), dialect)
        rows = await session.execute(
            select(col, func.count()).select_from(Submission).where(*conds).group_by(col)
        )
        return {row[0]: int(row[1]) for row in rows}

    urgency = await grouped(Submission.urgent, {})
    return QueueCounts(
        states=await grouped(Submission.state, {"states": ()}),
        langs=await grouped(Submission.lang, {"lang": None}),
        urgent=sum(n for key, n in urgency.items() if key),
        not_urgent=sum(n for key, n in urgency.items() if not key),
    )


async def iter_queue(
    session: AsyncSession, flt: QueueFilter, limit: int
) -> AsyncIterator[Submission]:
    """Every submission matching ``flt`` in queue order, at most ``limit`` (for exports)."""
    result = await session.stream_scalars(
        select(Submission)
        .where(*_conditions(flt, _dialect(session)))
        .order_by(
            case((Submission.urgent.is_(True), 0), else_=1),
            Submission.created_at.asc(),
            Submission.id.asc(),
        )
        .limit(limit)
    )
    async for item in result:
        yield item


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """The values present in the data, offered in the queue's filter selects."""

    langs: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


async def filter_choices(session: AsyncSession) -> FilterChoices:
    """Return the distinct languages, countries, channels and flags in the submissions."""

    async def distinct(column: Any) -> list[str]:
        rows = await session.execute(select(column).where(column.is_not(None)).distinct())
        return sorted(str(v) for v in rows.scalars() if v)

    flags: set[str] = set()
    # PostgreSQL has no equality on JSON, so DISTINCT runs on the text form.
    rows = await session.execute(select(cast(Submission.flags, String)).distinct())
    for value in rows.scalars():
        flags.update(str(f) for f in json.loads(value or "[]"))
    return FilterChoices(
        langs=await distinct(Submission.lang),
        countries=await distinct(Submission.country),
        channels=await distinct(Submission.channel),
        flags=sorted(flags),
    )


async def get_submission(session: AsyncSession, receipt: str) -> Submission | None:
    """Return the submission with this receipt code, or None."""
    result = await session.execute(select(Submission).where(Submission.receipt == receipt))
    return result.scalar_one_or_none()


async def get_submissions(session: AsyncSession, receipts: Sequence[str]) -> list[Submission]:
    """Return the submissions with these receipt codes (those that exist)."""
    if not receipts:
        return []
    result = await session.execute(select(Submission).where(Submission.receipt.in_(receipts)))
    return list(result.scalars())


# --- claims and actions --------------------------------------------------------------------


def _free_for(username: str, now: datetime, ttl: timedelta) -> ColumnElement[bool]:
    """Nobody else holds a live claim on the row."""
    return or_(
        Submission.claimed_by.is_(None),
        Submission.claimed_by == username,
        Submission.claimed_at.is_(None),
        Submission.claimed_at < now - ttl,
    )


async def claim(
    session: AsyncSession, submission_id: int, username: str, now: datetime, ttl: timedelta
) -> bool:
    """Claim a submission for ``username``; False when someone else holds a live claim."""
    result = await session.execute(
        update(Submission)
        .where(Submission.id == submission_id, _free_for(username, now, ttl))
        .values(claimed_by=username, claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def release(session: AsyncSession, submission_id: int, username: str) -> bool:
    """Give up ``username``'s claim; False when they did not hold it."""
    result = await session.execute(
        update(Submission)
        .where(Submission.id == submission_id, Submission.claimed_by == username)
        .values(claimed_by=None, claimed_at=None)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def _update_unless_claimed(
    session: AsyncSession,
    submission_id: int,
    username: str,
    now: datetime,
    ttl: timedelta,
    conditions: Sequence[ColumnElement[bool]],
    values: dict[str, Any],
) -> bool:
    """One conditional ``UPDATE`` of a submission nobody else holds a live claim on.

    Races have one winner: the row changes only if every condition still holds when the
    statement runs; the answer says whether it did.
    """
    result = await session.execute(
        update(Submission)
        .where(Submission.id == submission_id, *conditions, _free_for(username, now, ttl))
        .values(**values, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def set_state(
    session: AsyncSession,
    submission_id: int,
    *,
    username: str,
    state: str,
    now: datetime,
    ttl: timedelta,
    reject_reason: str | None = None,
) -> bool:
    """Move a submission to ``state`` and drop the claim, unless another claim is live.

    Withdrawn submissions never change; the state must actually change.
    """
    return await _update_unless_claimed(
        session,
        submission_id,
        username,
        now,
        ttl,
        [Submission.state.in_(MODERATION_STATES), Submission.state != state],
        {"state": state, "reject_reason": reject_reason, "claimed_by": None, "claimed_at": None},
    )


async def replace_text(
    session: AsyncSession,
    submission_id: int,
    *,
    username: str,
    old_text: str,
    new_text: str,
    now: datetime,
    ttl: timedelta,
) -> bool:
    """Swap the text if it is still ``old_text`` and nobody else holds a live claim."""
    return await _update_unless_claimed(
        session,
        submission_id,
        username,
        now,
        ttl,
        [Submission.text == old_text, Submission.state != SubmissionState.WITHDRAWN.value],
        # The urgent cue's offsets point into the old text: the category stays, the span goes.
        {"text": new_text, "urgent_cue": None},
    )


async def set_classification(
    session: AsyncSession,
    submission_id: int,
    *,
    username: str,
    objectives: list[int],
    theme: str | None,
    now: datetime,
    ttl: timedelta,
) -> bool:
    """Set the objectives and theme unless another claim is live."""
    return await _update_unless_claimed(
        session,
        submission_id,
        username,
        now,
        ttl,
        [Submission.state != SubmissionState.WITHDRAWN.value],
        {"objectives": objectives, "theme": theme},
    )


async def set_quotable(
    session: AsyncSession,
    submission_id: int,
    *,
    username: str,
    quotable: bool,
    now: datetime,
    ttl: timedelta,
) -> bool:
    """Allow or forbid quoting (the submission is counted either way) unless claimed by another."""
    return await _update_unless_claimed(
        session,
        submission_id,
        username,
        now,
        ttl,
        [Submission.state != SubmissionState.WITHDRAWN.value, Submission.quotable.is_not(quotable)],
        {"quotable": quotable},
    )


# --- notes and audit -----------------------------------------------------------------------


async def add_note(
    session: AsyncSession, submission_id: int, author: str, body: str, now: datetime
) -> ModerationNote:
    """Add a moderator's note to a submission."""
    note = ModerationNote(submission_id=submission_id, author=author, body=body, created_at=now)
    session.add(note)
    await session.flush()
    return note


async def list_notes(session: AsyncSession, submission_id: int) -> list[ModerationNote]:
    """Return a submission's notes, oldest first."""
    result = await session.execute(
        select(ModerationNote)
        .where(ModerationNote.submission_id == submission_id)
        .order_by(ModerationNote.created_at, ModerationNote.id)
    )
    return list(result.scalars())


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which audit entries to show; empty fields do not filter.

    ``action`` matches a whole code (``user.disable``) or a family (``user``).
    """

    actor: str | None = None
    action: str | None = None
    target: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def _audit_conditions(flt: AuditFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.actor:
        conds.append(AuditEntry.actor == flt.actor)
    if flt.action:
        conds.append(
            or_(
                AuditEntry.action == flt.action,
                AuditEntry.action.startswith(flt.action + ".", autoescape=True),
            )
        )
    if flt.target:
        conds.append(AuditEntry.target == flt.target)
    if flt.since is not None:
        conds.append(AuditEntry.at >= flt.since)
    if flt.until is not None:
        conds.append(AuditEntry.at < flt.until)
    return conds


async def audit_actors(session: AsyncSession) -> list[str]:
    """Everyone who appears in the audit log, for the filter's choices."""
    rows = await session.execute(select(AuditEntry.actor).distinct().order_by(AuditEntry.actor))
    return [str(actor) for actor in rows.scalars()]


async def iter_audit(
    session: AsyncSession, flt: AuditFilter, limit: int
) -> AsyncIterator[AuditEntry]:
    """The matching audit entries, newest first, at most ``limit`` (for the CSV export)."""
    result = await session.stream_scalars(
        select(AuditEntry)
        .where(*_audit_conditions(flt))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(limit)
    )
    async for entry in result:
        yield entry


async def list_audit(
    session: AsyncSession,
    page: int = 1,
    per_page: int = 50,
    target: str | None = None,
    flt: AuditFilter | None = None,
) -> tuple[list[AuditEntry], int]:
    """Return a page of the audit log, newest first, and the total count."""
    flt = flt or AuditFilter()
    if target:
        flt = replace(flt, target=target)
    conds = _audit_conditions(flt)
    total = (
        await session.execute(select(func.count()).select_from(AuditEntry).where(*conds))
    ).scalar_one()
    result = await session.execute(
        select(AuditEntry)
        .where(*conds)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .offset((max(1, page) - 1) * per_page)
        .limit(per_page)
    )
    return list(result.scalars()), int(total)


# --- demo data -----------------------------------------------------------------------------


async def count_consent_version(session: AsyncSession, consent_version: str) -> int:
    """Count submissions filed under a consent version (the demo uses its own)."""
    result = await session.execute(
        select(func.count())
        .select_from(Submission)
        .where(Submission.consent_version == consent_version)
    )
    return int(result.scalar_one())


async def file_demo_history(
    session: AsyncSession, history: dict[str, tuple[datetime, str | None]]
) -> None:
    """Give demo submissions a spread of ages and their reject reasons."""
    for receipt, (created_at, reject_reason) in history.items():
        await session.execute(
            update(Submission)
            .where(Submission.receipt == receipt)
            .values(created_at=created_at, updated_at=created_at, reject_reason=reject_reason)
            .execution_options(synchronize_session=False)
        )
