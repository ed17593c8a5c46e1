"""SQLite driven from the event loop's own thread, behind SQLAlchemy's aiosqlite dialect.

aiosqlite runs every call (cursor, execute, fetch, close, commit) on a thread of
its own and wakes the event loop for each result. For SQLite that costs more than
the work: a statement that reads a page from the cache takes microseconds, the
hop takes tens of them, and while the loop thread is busy parsing requests the
worker thread waits for the GIL for up to the switch interval (5 ms). The intake
runs five or six statements per message, one after the other, so those waits set
its throughput (profiled in bench/README.md).

This module gives the dialect a connection with aiosqlite's interface whose calls
run at once, on the calling thread. What that changes:

- A statement blocks the loop while it runs. Intake statements are point lookups
  and single-row writes; commits in WAL mode with ``synchronous=NORMAL`` write the
  log without a disk sync. Long scans (exports, the review aggregates) also block
  the loop, where before they held the only connection anyway.
- Waiting for another process's write lock must not block the loop: SQLite's own
  busy handler is limited to a few milliseconds, and past that a locked statement
  is retried after an ``asyncio.sleep`` with backoff, up to ``busy_timeout``.
  A statement that failed with SQLITE_BUSY had no effect, so retrying is safe.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

# How long SQLite may block the loop on a lock before we yield and retry.
_INLINE_BUSY_MS = 5
_FIRST_BACKOFF = 0.002
_MAX_BACKOFF = 0.05


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


async def _retry_busy(call: Callable[[], Any], deadline_s: float) -> Any:
    """Run ``call``; while the database is locked, yield to the loop and try again."""
    backoff = _FIRST_BACKOFF
    deadline = time.monotonic() + deadline_s
    while True:
        try:
            return call()
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() + backoff > deadline:
                raise
        await asyncio.sleep(backoff)
        backoff = min(backoff * 2, _MAX_BACKOFF)


class InlineCursor:
    """aiosqlite's ``Cursor`` interface over a ``sqlite3.Cursor``, run in place."""

    __slots__ = ("_busy_s", "_cursor")

    def __init__(self, cursor: sqlite3.Cursor, busy_s: float) -> None:
        self._cursor = cursor
        self._busy_s = busy_s

    async def __aenter__(self) -> InlineCursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._cursor.close()

    async def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> InlineCursor:
        cursor = self._cursor
        params = () if parameters is None else parameters
        await _retry_busy(lambda: cursor.execute(sql, params), self._busy_s)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> InlineCursor:
        cursor = self._cursor
        rows = list(parameters)
        await _retry_busy(lambda: cursor.executemany(sql, rows), self._busy_s)
        return self

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        if size is None:
            return self._cursor.fetchmany()
        return self._cursor.fetchmany(size)

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()

    async def nextset(self) -> None:
        return None

    async def setinputsizes(self, *sizes: Any) -> None:
        return None

    def __aiter__(self) -> InlineCursor:
        return self

    async def __anext__(self) -> Any:
        row = self._cursor.fetchone()
        if row is None:
            raise StopAsyncIteration
        return row

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value


class _CursorContext:
    """What ``Connection.cursor()`` returns in aiosqlite: awaitable and an async context."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[], InlineCursor]) -> None:
        self._make = make

    def __await__(self) -> Any:
        async def make() -> InlineCursor:
            return self._make()

        return make().__await__()

    async def __aenter__(self) -> InlineCursor:
        return self._make()

    async def __aexit__(self, *exc: object) -> None:
        return None


class _ImmediateQueue:
    """Stands in for aiosqlite's call queue, which SQLAlchemy uses to set isolation_level."""

    __slots__ = ()

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as exc:  # handed to the awaiting caller, as aiosqlite does
            if future is not None:
                future.set_exception(exc)
        else:
            if future is not None:
                future.set_result(result)


class InlineConnection:
    """aiosqlite's ``Connection`` interface over a ``sqlite3.Connection``, run in place."""

    def __init__(self, conn: sqlite3.Connection, busy_s: float) -> None:
        self._conn: sqlite3.Connection | None = conn
        self._busy_s = busy_s
        self._tx = _ImmediateQueue()

    @property
    def _connection(self) -> sqlite3.Connection | None:
        return self._conn

    @property
    def raw(self) -> sqlite3.Connection:
        """The ``sqlite3`` connection itself (storage.fastpath runs statements on it)."""
        return self._live()

    def _live(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ValueError("no active connection")
        return self._conn

    def cursor(self) -> _CursorContext:
        conn = self._live()
        return _CursorContext(lambda: InlineCursor(conn.cursor(), self._busy_s))

    async def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> InlineCursor:
        cursor = InlineCursor(self._live().cursor(), self._busy_s)
        return await cursor.execute(sql, parameters)

    async def commit(self) -> None:
        conn = self._live()
        await _retry_busy(conn.commit, self._busy_s)

    async def rollback(self) -> None:
        self._live().rollback()

    async def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self._live().create_function(*args, **kwargs)

    @property
    def isolation_level(self) -> str | None:
        return self._live().isolation_level


def inline_creator(
    path: str, *, uri: bool = False, busy_timeout_s: float = 10.0
) -> Callable[[], Any]:
    """An ``async_creator`` for ``create_async_engine`` opening ``path`` in place."""

    async def connect() -> InlineConnection:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, uri=uri)
        conn.execute(f"PRAGMA busy_timeout={_INLINE_BUSY_MS}")
        return InlineConnection(conn, busy_timeout_s)

    return connect
