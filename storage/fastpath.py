"""The intake's few per-message statements, run without SQLAlchemy's per-call machinery on SQLite.

Each message runs five statements (event key, contact, conversation read and
write, outbox insert). Through ``Session.execute`` each costs about 50 µs of
Python in SQLAlchemy (execution context, parameter and result processing) against
a few µs in SQLite itself: a third of the server's CPU under load.

``Prepared`` compiles one Core statement once per dialect, with SQLAlchemy, and
keeps SQLAlchemy's own bind and result processors for its columns, so values are
stored and read back exactly as the ORM does. On SQLite behind the inline driver
(``storage.sqlite_inline``) it then runs on the session's ``sqlite3`` connection,
inside the transaction the session began. On any other database it is an ordinary
``Session.execute``: there, the round trip to the server costs more than the Python.

Only Core statements on tables with explicit bind parameters belong here: the ORM
session is not flushed first, so they must not depend on objects added to it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.sql.selectable import Select

from storage.sqlite_inline import InlineConnection

Processor = Callable[[Any], Any] | None
Statement = UpdateBase | Select[Any]
_MISSING = object()


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]
    defaults: tuple[Any, ...]
    binds: tuple[Processor, ...]
    results: tuple[Processor, ...] | None  # None: not a SELECT


def _compile(stmt: Statement, dialect: Dialect) -> _Compiled:
    compiled = stmt.compile(dialect=dialect)
    names = tuple(compiled.positiontup or ())
    binds: list[BindParameter[Any]] = [compiled.binds[name] for name in names]
    results = None
    if isinstance(stmt, Select):
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


@contextlib.contextmanager
def _wrapped(compiled: _Compiled) -> Iterator[None]:
    """Raise driver errors as SQLAlchemy's (IntegrityError, OperationalError...), as
    ``Session.execute`` would, so callers handle both paths alike; never with the
    parameters, which may hold what a person wrote."""
    try:
        yield
    except sqlite3.Error as exc:
        wrapped = sa_exc.DBAPIError.instance(
            compiled.sql, None, exc, sqlite3.Error, hide_parameters=True
        )
        raise cast("BaseException", wrapped) from exc


_CACHE_KEY = "fastpath.sqlite"


async def _sqlite_connection(
    session: AsyncSession,
) -> tuple[sqlite3.Connection, Dialect] | None:
    """The session's own ``sqlite3`` connection, in its transaction; None elsewhere.

    Looked up once per transaction (kept in ``session.info`` beside the transaction
    it belongs to): asking the session for its connection costs more than a statement.
    """
    bind = session.bind
    if bind is None or bind.dialect.name != "sqlite":
        return None
    transaction = session.sync_session.get_transaction()
    cached = session.info.get(_CACHE_KEY)
    if cached is not None and transaction is not None and cached[0] is transaction:
        return cached[1]  # type: ignore[no-any-return]
    conn = await session.connection()  # begins the transaction (BEGIN IMMEDIATE)
    raw = await conn.get_raw_connection()
    driver = raw.driver_connection
    found = (driver.raw, bind.dialect) if isinstance(driver, InlineConnection) else None
    session.info[_CACHE_KEY] = (session.sync_session.get_transaction(), found)
    return found


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

    def _values(self, compiled: _Compiled, params: Mapping[str, Any]) -> list[Any]:
        values = []
        for name, default, process in zip(
            compiled.names, compiled.defaults, compiled.binds, strict=True
        ):
            value = params.get(name, default)
            if value is _MISSING:
                raise KeyError(f"missing bind parameter {name!r}")
            values.append(process(value) if process is not None and value is not None else value)
        return values

    async def rows(self, session: AsyncSession, params: Mapping[str, Any]) -> list[Sequence[Any]]:
        """Run a SELECT; return its rows with SQLAlchemy's type processing applied."""
        inline = await _sqlite_connection(session)
        if inline is None:
            return [tuple(r) for r in (await session.execute(self.stmt, params)).all()]
        conn, dialect = inline
        compiled = self._for(dialect)
        if compiled.results is None:
            raise TypeError("rows() is for SELECT statements")
        with _wrapped(compiled):
            raw = conn.execute(compiled.sql, self._values(compiled, params)).fetchall()
        procs = compiled.results
        return [
            tuple(p(v) if p is not None else v for p, v in zip(procs, row, strict=True))
            for row in raw
        ]

    async def run(self, session: AsyncSession, params: Mapping[str, Any]) -> int:
        """Run an INSERT/UPDATE/DELETE with one set of parameters; return the row count."""
        inline = await _sqlite_connection(session)
        if inline is None:
            result = await session.execute(self.stmt, params)
            return int(result.rowcount)  # type: ignore[attr-defined]
        conn, dialect = inline
        compiled = self._for(dialect)
        with _wrapped(compiled):
            return conn.execute(compiled.sql, self._values(compiled, params)).rowcount

    async def run_many(self, session: AsyncSession, params: Sequence[Mapping[str, Any]]) -> None:
        """Run an INSERT with several sets of parameters."""
        if not params:
            return
        inline = await _sqlite_connection(session)
        if inline is None:
            await session.execute(self.stmt, list(params))
            return
        conn, dialect = inline
        compiled = self._for(dialect)
        rows = [self._values(compiled, p) for p in params]
        with _wrapped(compiled):
            conn.executemany(compiled.sql, rows)
