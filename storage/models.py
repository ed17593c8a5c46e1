"""The database schema. Only anonymised text is ever stored; reply addresses are encrypted.

Timestamps are aware UTC. JSON columns hold small lists and maps (objectives,
flags, entity counts). The same models serve SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from core.clock import utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT identity.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always aware UTC, also on SQLite (which drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime")
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations are deterministic."""

    metadata = MetaData(naming_convention=NAMING)
    # SQLAlchemy reads this class attribute; it is never mutated.
    type_annotation_map = {  # noqa: RUF012
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class SubmissionState(StrEnum):
    """Where a submission stands in moderation."""

    PENDING = "pending"  # filed, anonymised, waiting for a moderator
    APPROVED = "approved"  # may be quoted and counted for review bodies
    REJECTED = "rejected"  # kept for the audit trail, never published
    ESCALATED = "escalated"  # needs a senior moderator or a protection referral
    WITHDRAWN = "withdrawn"  # the person withdrew it; text erased


_UNALERTED = text("urgent AND alerted_at IS NULL")


class Submission(Base):
    """One piece of feedback, anonymised."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    receipt: Mapped[str] = mapped_column(String(16), unique=True)
    channel: Mapped[str] = mapped_column(String(16))
    lang: Mapped[str] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(2))
    place: Mapped[str | None] = mapped_column(String(120))
    experience_month: Mapped[str | None] = mapped_column(String(7))
    objectives: Mapped[list[Any]] = mapped_column(JSON, default=list)
    theme: Mapped[str | None] = mapped_column(String(40))
    level: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    trend: Mapped[str | None] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(16), default=SubmissionState.PENDING.value)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    # Why it is urgent: a screening category or "help_now", and the cue's [start, end]
    # in ``text`` (None when the person pressed "Help now" without writing).
    urgent_category: Mapped[str | None] = mapped_column(String(24), default=None)
    urgent_cue: Mapped[list[int] | None] = mapped_column(JSON, default=None)
    alerted_at: Mapped[datetime | None] = mapped_column(default=None)  # on-call group told
    # False: a moderator cleared it to be counted but not quoted to review bodies.
    quotable: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    entities: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Answers to the flow's own questions (question id -> choice id, list or code),
    # checked against the flow version they were given under (bot/flow.py).
    answers: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=dict)
    flow_version: Mapped[str | None] = mapped_column(String(16), default=None)
    pseudonym: Mapped[str] = mapped_column(String(64), index=True)
    consent_version: Mapped[str] = mapped_column(String(16))
    reject_reason: Mapped[str | None] = mapped_column(String(200))
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (
        Index("ix_submissions_queue", "state", "urgent", "created_at"),
        Index("ix_submissions_country_state", "country", "state"),
        # Urgent items the on-call group has not been told about: the alert worker's query.
        Index(
            "ix_submissions_unalerted",
            "id",
            postgresql_where=_UNALERTED,
            sqlite_where=_UNALERTED,
        ),
    )


class Contact(Base):
    """How to answer a person: the address, encrypted; known inward only by pseudonym."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    pseudonym: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(16))
    address_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    locale: Mapped[str | None] = mapped_column(String(8))
    stopped: Mapped[bool] = mapped_column(Boolean, default=False)
    # Opted in to hear back (broadcasts, follow-up questions, "your input was used"),
    # and when that choice was last made either way.
    report_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)
    opt_in_at: Mapped[datetime | None] = mapped_column(default=None)
    # The follow-up question last sent to the person, so a typed "2" answers it.
    open_poll: Mapped[int | None] = mapped_column(BigId, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class Conversation(Base):
    """Where a person is in the feedback flow; ``version`` guards concurrent updates."""

    __tablename__ = "conversations"

    pseudonym: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    step: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    locale: Mapped[str | None] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class FlowVersion(Base):
    """A questionnaire version conversations or submissions refer to; never changed."""

    __tablename__ = "flow_versions"

    version: Mapped[str] = mapped_column(String(16), primary_key=True)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InboundEvent(Base):
    """A provider event we have already processed; the unique key drops redeliveries."""

    __tablename__ = "inbound_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(128))
    received_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    __table_args__ = (UniqueConstraint("channel", "external_id", name="uq_inbound_events_key"),)


class OutboxState(StrEnum):
    """Delivery state of a reply."""

    PENDING = "pending"  # waiting for the worker (or for next_attempt_at)
    SENT = "sent"  # the provider accepted it
    FAILED = "failed"  # gave up: permanent error or too many attempts (dead letter)


class OutboxMessage(Base):
    """A reply written in the same transaction as the state change that caused it."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(16))
    pseudonym: Mapped[str] = mapped_column(String(64), index=True)
    # The reply address travels encrypted with the message (and is cleared once it is
    # delivered), so a last "your data is deleted" reply still reaches the person.
    address_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(16), default=OutboxState.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column()
    # The worker holding the lease (``OutboxWorkerBeat.id``) while it sends; None otherwise.
    lease_owner: Mapped[str | None] = mapped_column(String(32))

    __table_args__ = (
        # The worker takes the oldest pending replies, each person's oldest first: these
        # keep that O(batch) however many replies wait or were ever sent.
        Index(
            "ix_outbox_pending",
            "id",
            postgresql_where=text("state = 'pending'"),
            sqlite_where=text("state = 'pending'"),
        ),
        Index(
            "ix_outbox_pending_person",
            "pseudonym",
            "id",
            postgresql_where=text("state = 'pending'"),
            sqlite_where=text("state = 'pending'"),
        ),
        Index(
            "ix_outbox_leased",
            "lease_owner",
            postgresql_where=text("lease_owner IS NOT NULL"),
            sqlite_where=text("lease_owner IS NOT NULL"),
        ),
    )


class OutboxWorkerBeat(Base):
    """A delivery worker's heartbeat: a lease whose worker stopped beating is released."""

    __tablename__ = "outbox_workers"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    heartbeat_at: Mapped[datetime] = mapped_column()


class DeadLetter(Base):
    """An inbound message that failed processing too many times (never its text).

    The provider was answered 200 so it stops redelivering; admins see these in the
    console, and the person was told we could not process the message.
    """

    __tablename__ = "dead_letters"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(16))
    event_key: Mapped[str] = mapped_column(String(128), unique=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(String(300))
    dead: Mapped[bool] = mapped_column(Boolean, default=False)
    first_failed_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_failed_at: Mapped[datetime] = mapped_column(default=utcnow)


class User(Base):
    """A console user (moderator, reviewer or admin); the password is an argon2 hash."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    # Set: the user sees and acts on submissions about this country only.
    country: Mapped[str | None] = mapped_column(String(2))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set: the user cannot log in and has no live session (``voices user disable``).
    disabled_at: Mapped[datetime | None] = mapped_column(default=None)


class ApiToken(Base):
    """A bearer token for the review API, stored as a SHA-256 digest of a random secret."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(2))
    label: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column()
    # Set: the token stops working at this moment (``voices token create --expires-days``).
    expires_at: Mapped[datetime | None] = mapped_column(default=None)


class AuditEntry(Base):
    """Who did what to which record, and the record before and after."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


# --- moderator console ---------------------------------------------------------------


class ConsoleSession(Base):
    """A logged-in console user; the cookie holds a random token, the table only its digest."""

    __tablename__ = "console_sessions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)


class ModerationNote(Base):
    """A moderator's note on a submission (never shown outside the console)."""

    __tablename__ = "moderation_notes"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    submission_id: Mapped[int] = mapped_column(BigId, index=True)
    author: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- review: differential-privacy budget per API token --------------------------


class ReviewBudget(Base):
    """Privacy budget (epsilon) a review API token has spent on noisy aggregates."""

    __tablename__ = "review_budget"

    token_id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=False)
    spent: Mapped[float] = mapped_column(Float, default=0.0)
    queries: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PublicRelease(Base):
    """The public page's noisy counts for one closed quarter, drawn once and kept.

    The row's existence is the proof that the quarter's budget (``epsilon``) is spent:
    nothing draws noise for a quarter that has a row. ``cells`` holds only released
    (noisy, at or above ``threshold``) values; see ``review.release``.
    """

    __tablename__ = "public_releases"

    period: Mapped[str] = mapped_column(String(8), primary_key=True)  # "2026-Q1"
    epsilon: Mapped[float] = mapped_column(Float)
    cells: Mapped[dict[str, Any]] = mapped_column(JSON)
    released_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- limits under hostile load --------------------------------------------------------


class Throttle(Base):
    """A rate limit or login throttle for one key, shared by every process.

    ``key`` is an HMAC of what is limited (a client address, a user name), never the
    value itself. Times are Unix seconds, so each check is one atomic statement
    whose arithmetic reads the same on SQLite and PostgreSQL. For a rate limit
    ``until`` is the theoretical arrival time (GCRA); for a login throttle it is when
    the next attempt is allowed, ``count`` the failures and ``delay`` the last wait.
    """

    __tablename__ = "throttles"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    until: Mapped[float] = mapped_column(Float, default=0.0)
    count: Mapped[int] = mapped_column(Integer, default=0)
    delay: Mapped[float] = mapped_column(Float, default=0.0)
    updated: Mapped[float] = mapped_column(Float, default=0.0, index=True)


class ReplayMark(Base):
    """A request signature already accepted, kept until the provider stops retrying it."""

    __tablename__ = "replay_marks"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires: Mapped[float] = mapped_column(Float, index=True)


class ReviewSession(Base):
    """A signed-in review dashboard; the cookie holds a random token, the table its digest."""

    __tablename__ = "review_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_id: Mapped[int] = mapped_column(BigId, index=True)
    expires_at: Mapped[datetime] = mapped_column(index=True)


# --- writing back: broadcasts to people who opted in, and their follow-up questions ---


class Broadcast(Base):
    """A message an admin sent to opted-in people, and what became of it (no addresses).

    ``texts`` maps languages to the message; ``poll`` is an optional single-choice
    question ``{"question": {lang: text}, "options": [{lang: text}, ...]}``. The
    counters are of people: the main message of each recipient.
    """

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16), default="broadcast")  # or "report_notice"
    country: Mapped[str | None] = mapped_column(String(2))
    lang: Mapped[str | None] = mapped_column(String(8))
    objective: Mapped[int | None] = mapped_column(Integer)
    texts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    poll: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    queued: Mapped[int] = mapped_column(Integer, default=0)
    sent: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    blocked: Mapped[int] = mapped_column(Integer, default=0)
    # Not queued: SMS over the broadcast's cost cap, WhatsApp outside the window without
    # a template.
    skipped: Mapped[int] = mapped_column(Integer, default=0)


class PollAnswer(Base):
    """One person's answer to a broadcast's question; only ever counted, never shown."""

    __tablename__ = "poll_answers"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    broadcast_id: Mapped[int] = mapped_column(BigId, index=True)
    pseudonym: Mapped[str] = mapped_column(String(64), index=True)
    option: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("broadcast_id", "pseudonym", name="uq_poll_answers_person"),)
