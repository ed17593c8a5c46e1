"""Limits shared by every process: rate limits, login throttles, replay marks.

Each check is one ``INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING`` statement:
the database serialises statements on one key (PostgreSQL's row lock, SQLite's
single writer), so no two requests can both pass a check that only one may. There is
no separate read before the write to race with.

Keys are HMACs of what is limited (``throttle_key``), so the table holds neither
client addresses nor typed user names. Times are Unix seconds (floats).
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any, cast

from sqlalchemy import Table, case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ReplayMark, Throttle

_T = cast("Table", Throttle.__table__)
_R = cast("Table", ReplayMark.__table__)


def throttle_key(secret: bytes, kind: str, value: str) -> str:
    """The stored key for ``value`` limited as ``kind`` (HMAC-SHA256, hex)."""
    return hmac.new(secret, f"{kind}\x00{value}".encode(), hashlib.sha256).hexdigest()


def _insert(session: AsyncSession, table: Any) -> Any:
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


async def take(session: AsyncSession, key: str, *, limit: int, window: float, now: float) -> float:
    """Take one of ``limit`` events per ``window`` seconds for ``key``.

    A generic cell rate algorithm: a burst of ``limit`` at once, then one more every
    ``window / limit`` seconds. Returns 0.0 when the event is allowed (and counted),
    else how many seconds until it would be.
    """
    interval = window / limit
    tolerance = window - interval
    later = case((_T.c.until > now, _T.c.until), else_=now)
    stmt = (
        _insert(session, _T)
        .values(key=key, until=now + interval, count=1, delay=0.0, updated=now)
        .on_conflict_do_update(
            index_elements=[_T.c.key],
            set_={"until": later + interval, "count": _T.c.count + 1, "updated": now},
            where=_T.c.until - now <= tolerance,
        )
        .returning(_T.c.until)
    )
    if (await session.execute(stmt)).first() is not None:
        return 0.0
    until: float = (await session.execute(select(_T.c.until).where(_T.c.key == key))).scalar_one()
    return max(until - now - tolerance, 0.0)


async def give_back(session: AsyncSession, key: str, *, limit: int, window: float) -> None:
    """Return an event taken with ``take`` that had no effect (e.g. a form sent twice)."""
    await session.execute(
        update(_T).where(_T.c.key == key).values(until=_T.c.until - window / limit)
    )


async def attempt(
    session: AsyncSession,
    key: str,
    *,
    free: int,
    base: float,
    cap: float,
    forget_after: float,
    now: float,
) -> float:
    """Count one login attempt for ``key`` as a failure (until ``succeeded`` says otherwise).

    The first ``free`` failures cost nothing; each one after that makes the next
    attempt wait ``base`` seconds, then twice as long, up to ``cap``. Failures are
    forgotten ``forget_after`` seconds after the last one. Counting before the
    password is checked means parallel guesses cannot all slip through before the
    first failure is recorded. Returns 0.0 when the attempt may go ahead, else
    the seconds to wait.
    """
    stale = _T.c.updated < now - forget_after
    count = case((stale, 1), else_=_T.c.count + 1)
    delay = case(
        (stale, 0.0 if free >= 1 else base),
        (_T.c.count + 1 <= free, 0.0),
        (_T.c.delay * 2 >= cap, cap),
        (_T.c.delay * 2 >= base, _T.c.delay * 2),
        else_=base,
    )
    first_delay = 0.0 if free >= 1 else base
    # A free failure leaves ``until`` alone: set to this request's clock, it could be
    # later than the clock of a concurrent request still on its way, refusing that one.
    next_until = case((delay > 0, now + delay), else_=_T.c.until)
    stmt = (
        _insert(session, _T)
        .values(
            key=key,
            until=now + first_delay if first_delay else 0.0,
            count=1,
            delay=first_delay,
            updated=now,
        )
        .on_conflict_do_update(
            index_elements=[_T.c.key],
            set_={"count": count, "delay": delay, "until": next_until, "updated": now},
            where=_T.c.until <= now,
        )
        .returning(_T.c.until)
    )
    if (await session.execute(stmt)).first() is not None:
        return 0.0
    until: float = (await session.execute(select(_T.c.until).where(_T.c.key == key))).scalar_one()
    return max(until - now, 0.0)


async def succeeded(session: AsyncSession, key: str) -> None:
    """Forget the failures counted for ``key`` (the attempt was right)."""
    await session.execute(delete(_T).where(_T.c.key == key))


async def uncount(session: AsyncSession, key: str) -> None:
    """Take back the one failure ``attempt`` counted for ``key``, keeping the others."""
    await session.execute(
        update(_T)
        .where(_T.c.key == key)
        .values(count=case((_T.c.count > 0, _T.c.count - 1), else_=0))
    )


async def mark_once(session: AsyncSession, digest: str, *, ttl: float, now: float) -> bool:
    """Record ``digest`` for ``ttl`` seconds; False if it was already recorded and live."""
    stmt = (
        _insert(session, _R)
        .values(digest=digest, expires=now + ttl)
        .on_conflict_do_update(
            index_elements=[_R.c.digest],
            set_={"expires": now + ttl},
            where=_R.c.expires <= now,
        )
        .returning(_R.c.digest)
    )
    return (await session.execute(stmt)).first() is not None


async def purge_expired(session: AsyncSession, now: float, idle: float = 86_400.0) -> int:
    """Delete replay marks past their time and throttles idle for ``idle`` seconds."""
    marks = await session.execute(delete(_R).where(_R.c.expires <= now))
    throttles = await session.execute(
        delete(_T).where(_T.c.updated < now - idle, _T.c.until <= now)
    )
    return int(marks.rowcount or 0) + int(throttles.rowcount or 0)  # type: ignore[attr-defined]


async def reserve(
    session: AsyncSession, key: str, *, count: int, interval: float, now: float
) -> float:
    """Reserve ``count`` send slots, ``interval`` seconds apart, on a schedule all processes share.

    ``until`` holds the time after the last slot anyone reserved; the reservation
    starts there (or now, if that has passed) and moves it on, in one statement, so
    concurrent reservations never overlap. Returns the first slot's time (Unix
    seconds); slot ``i`` is at that time plus ``i * interval``.
    """
    start = case((_T.c.until > now, _T.c.until), else_=now)
    span = count * interval
    stmt = (
        _insert(session, _T)
        .values(key=key, until=now + span, count=count, delay=0.0, updated=now)
        .on_conflict_do_update(
            index_elements=[_T.c.key],
            set_={"until": start + span, "count": _T.c.count + count, "updated": now},
        )
        .returning(_T.c.until)
    )
    until: float = (await session.execute(stmt)).scalar_one()
    return until - span
