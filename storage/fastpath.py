"""The intake's few per-message statements, run without SQLAlchemy's per-call machinery.

Each message runs five statements (event key, contact, conversation read and
write, outbox insert). Through ``Session.execute`` each costs 50-150 µs of Python
in SQLAlchemy (execution context, parameter and result processing, the asyncio
adaptation) against a few µs in SQLite itself: a third of the server's CPU under
load, and on PostgreSQL more than the round trip.

``Prepared`` compiles one Core statement once per dialect, with SQLAlchemy, and
keeps SQLAlchemy's own bind and result processors for its columns, so values are
stored and read back exactly as the ORM does. The first such statement of a
transaction runs through ``Session.execute``, which begins the transaction the
usual way (``BEGIN IMMEDIATE`` on SQLite, asyncpg's transaction on PostgreSQL);
the session's driver connection is then remembered for that transaction, and the
following statements run on it directly: ``sqlite3`` behind the inline driver
(``storage.sqlite_inline``), or asyncpg. Any other driver keeps ``Session.execute``.

Only Core statements on tables with explicit bind parameters belong here: the ORM
session is not flushed first, so they must not depend on objects added to it.
Driver errors are raised as SQLAlchemy's (IntegrityError, OperationalError...),
never with the parameters, which may hold what a person wrote.

A transaction may also hold writes back (``defer_writes``) to send them together in
one statement: they are then flushed before any other statement of that transaction,
whether SQLAlchemy sends it (an ORM flush, a ``Session.execute``: an engine event) or
a ``Prepared`` statement here does (checked in ``Prepared`` itself), so no statement
reads around them; the caller flushes the rest before the commit.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import asyncpg
from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.sql.selectable import Select, TextualSelect
from sqlalchemy.util import await_only

from storage.sqlite_inline import InlineConnection

Processor = Callable[[Any], Any] | None
Statement = UpdateBase | Select[Any] | TextualSelect
_MISSING = object()
_CACHE_KEY = "fastpath.driver"
_DEFERRED_KEY = "fastpath.deferred"
_STATUS_COUNT = re.compile(r"(\d+)$")


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]
    defaults: tuple[Any, ...]
    binds: tuple[Processor, ...]
    results: tuple[Processor, ...]  # empty unless a SELECT

    def values(self, params: Mapping[str, Any]) -> list[Any]:
        out = []
        for name, default, process in zip(self.names, self.defaults, self.binds, strict=True):
            value = params.get(name, default)
            if value is _MISSING:
                raise KeyError(f"missing bind parameter {name!r}")
            out.append(process(value) if process is not None and value is not None else value)
        return out

    def row(self, raw: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(p(v) if p is not None else v for p, v in zip(self.results, raw, strict=True))


def _compile(stmt: Statement, dialect: Dialect) -> _Compiled:
    compiled = stmt.compile(dialect=dialect)
    names = tuple(compiled.positiontup or ())
    binds: list[BindParameter[Any]] = [compiled.binds[name] for name in names]
    results: tuple[Processor, ...] = ()
    if isinstance(stmt, Select | TextualSelect):
        results = tuple(
            col.type.dialect_impl(dialect).result_processor(dialect, None)
            for col in stmt.selected_columns
        )
    return _Compiled(
        sql=compiled.string,
        names=names,
        defaults=tuple(_MISSING if bind.required else bind.effective_value for bind in binds),
        binds=tuple(b.type.dialect_impl(dialect).bind_processor(dialect) for b in binds),
        results=results,
    )


def _wrap(exc: Exception, sql: str) -> BaseException:
    """The SQLAlchemy exception ``Session.execute`` would have raised, without parameters."""
    if isinstance(exc, sqlite3.Error):
        return sa_exc.DBAPIError.instance(sql, None, exc, sqlite3.Error, hide_parameters=True)
    if isinstance(exc, asyncpg.IntegrityConstraintViolationError):
        return sa_exc.IntegrityError(sql, None, exc, hide_parameters=True)
    if isinstance(exc, asyncpg.TransactionRollbackError):  # serialization, deadlock
        return sa_exc.OperationalError(sql, None, exc, hide_parameters=True)
    return sa_exc.DBAPIError(sql, None, exc, hide_parameters=True)


class _Driver(Protocol):
    dialect: Dialect

    async def rows(self, c: _Compiled, values: list[Any]) -> list[Sequence[Any]]: ...
    async def run(self, c: _Compiled, values: list[Any]) -> int: ...
    async def run_many(self, c: _Compiled, rows: list[list[Any]]) -> None: ...


class _Sqlite:
    def __init__(self, conn: sqlite3.Connection, dialect: Dialect) -> None:
        self.conn = conn
        self.dialect = dialect

    async def rows(self, c: _Compiled, values: list[Any]) -> list[Sequence[Any]]:
        return list(self.conn.execute(c.sql, values).fetchall())

    async def run(self, c: _Compiled, values: list[Any]) -> int:
        return self.conn.execute(c.sql, values).rowcount

    async def run_many(self, c: _Compiled, rows: list[list[Any]]) -> None:
        self.conn.executemany(c.sql, rows)


class _Asyncpg:
    def __init__(self, conn: asyncpg.Connection, dialect: Dialect) -> None:
        self.conn = conn
        self.dialect = dialect

    async def rows(self, c: _Compiled, values: list[Any]) -> list[Sequence[Any]]:
        return [tuple(record) for record in await self.conn.fetch(c.sql, *values)]

    async def run(self, c: _Compiled, values: list[Any]) -> int:
        status = await self.conn.execute(c.sql, *values)
        found = _STATUS_COUNT.search(status or "")
        return int(found.group(1)) if found else 0

    async def run_many(self, c: _Compiled, rows: list[list[Any]]) -> None:
        await self.conn.executemany(c.sql, rows)


def _driver(session: AsyncSession) -> _Driver | None:
    """The driver remembered for the session's current transaction, if any."""
    cached = session.info.get(_CACHE_KEY)
    if cached is None:
        return None
    transaction, driver = cached
    if transaction is None or transaction is not session.sync_session.get_transaction():
        return None
    return driver  # type: ignore[no-any-return]


async def _remember(session: AsyncSession) -> None:
    """After a statement began the transaction: note its driver connection for the rest."""
    conn = await session.connection()
    raw = await conn.get_raw_connection()
    found = raw.driver_connection
    dialect = conn.dialect
    driver: _Driver | None = None
    if isinstance(found, InlineConnection):
        driver = _Sqlite(found.raw, dialect)
    elif isinstance(found, asyncpg.Connection):
        driver = _Asyncpg(found, dialect)
    # The transaction object identifies "this transaction"; None marks "no fast path".
    session.info[_CACHE_KEY] = (session.sync_session.get_transaction(), driver)


class Prepared:
    """One Core statement with named bind parameters, compiled once per dialect."""

    def __init__(self, stmt: Statement) -> None:
        self.stmt = stmt
        self._by_dialect: dict[str, _Compiled] = {}

    def _for(self, dialect: Dialect) -> _Compiled:
        compiled = self._by_dialect.get(dialect.name)
        if compiled is None:
            compiled = self._by_dialect[dialect.name] = _compile(self.stmt, dialect)
        return compiled

    async def rows(self, session: AsyncSession, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Run a SELECT; return its rows with SQLAlchemy's type processing applied."""
        driver = _driver(session)
        if driver is None:
            result = [tuple(r) for r in (await session.execute(self.stmt, params)).all()]
            await _remember(session)
            return result
        await _flush_held(session)
        c = self._for(driver.dialect)
        try:
            raw = await driver.rows(c, c.values(params))
        except (sqlite3.Error, asyncpg.PostgresError) as exc:
            raise _wrap(exc, c.sql) from exc
        return [c.row(r) for r in raw]

    async def run(self, session: AsyncSession, params: Mapping[str, Any]) -> int:
        """Run an INSERT/UPDATE/DELETE with one set of parameters; return the row count."""
        driver = _driver(session)
        if driver is None:
            result = await session.execute(self.stmt, params)
            await _remember(session)
            return int(result.rowcount)  # type: ignore[attr-defined]
        await _flush_held(session)
        c = self._for(driver.dialect)
        try:
            return await driver.run(c, c.values(params))
        except (sqlite3.Error, asyncpg.PostgresError) as exc:
            raise _wrap(exc, c.sql) from exc

    async def run_many(self, session: AsyncSession, params: Sequence[Mapping[str, Any]]) -> None:
        """Run an INSERT with several sets of parameters."""
        if not params:
            return
        driver = _driver(session)
        if driver is None:
            await session.execute(self.stmt, list(params))
            await _remember(session)
            return
        await _flush_held(session)
        c = self._for(driver.dialect)
        try:
            await driver.run_many(c, [c.values(p) for p in params])
        except (sqlite3.Error, asyncpg.PostgresError) as exc:
            raise _wrap(exc, c.sql) from exc


def direct(session: AsyncSession) -> bool:
    """Whether statements of the session's current transaction go straight to the driver."""
    return _driver(session) is not None


class Deferred(Protocol):
    """Writes a transaction holds back; ``flush`` sends them (and forgets them).

    ``flush`` must forget what it sends before sending it: its own statement passes
    the hold too, and must find nothing left to send.
    """

    async def flush(self) -> None: ...


async def defer_writes(session: AsyncSession, deferred: Deferred) -> None:
    """Have ``deferred.flush()`` run before any statement SQLAlchemy sends in this transaction.

    Needs ``watch(engine)``; the hold lasts until ``stop_deferring`` or the end of the
    transaction, whichever comes first.
    """
    conn = (await session.connection()).sync_connection
    if conn is None:
        raise RuntimeError("the session has no connection")
    conn.info[_DEFERRED_KEY] = (conn.get_transaction(), deferred)
    # The same hold, seen by Prepared statements, which bypass the engine's events.
    session.info[_DEFERRED_KEY] = (session.sync_session.get_transaction(), deferred)


async def stop_deferring(session: AsyncSession) -> None:
    """End ``defer_writes`` (whatever was not flushed is the caller's to flush or drop)."""
    session.info.pop(_DEFERRED_KEY, None)
    conn = (await session.connection()).sync_connection
    if conn is not None:
        conn.info.pop(_DEFERRED_KEY, None)


async def _flush_held(session: AsyncSession) -> None:
    """Send the transaction's held-back writes before a Prepared statement runs.

    The flush's own statement comes back through here and finds nothing left to send.
    """
    found = session.info.get(_DEFERRED_KEY)
    if found is None:
        return
    transaction, deferred = found
    if transaction is not session.sync_session.get_transaction():  # an ended transaction's
        session.info.pop(_DEFERRED_KEY, None)
        return
    await deferred.flush()


def _flush_deferred(conn: Connection, *_: Any) -> None:
    found = conn.info.get(_DEFERRED_KEY)
    if found is None:
        return
    transaction, deferred = found
    if transaction is not conn.get_transaction():  # left over from an ended transaction
        conn.info.pop(_DEFERRED_KEY, None)
        return
    # SQLAlchemy's asyncio bridge runs this inside a greenlet, as it runs the driver.
    await_only(deferred.flush())


def watch(engine: AsyncEngine) -> None:
    """Let transactions on ``engine`` defer writes (see ``defer_writes``)."""
    event.listen(engine.sync_engine, "before_cursor_execute", _flush_deferred)
