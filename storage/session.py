"""One engine and session factory per process, with SQLite tuned for a single busy writer."""

from __future__ import annotations

import contextlib
import os
from typing import Any

from sqlalchemy import event, make_url
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage import fastpath
from storage.sqlite_inline import inline_creator


def create_engine(
    database_url: str,
    *,
    sqlite_busy_timeout: float = 10.0,
    timeout: float = 10.0,
    **kwargs: Any,
) -> AsyncEngine:
    """Create the process's engine; SQLite gets WAL, NORMAL sync and a busy timeout.

    ``sqlite_busy_timeout`` is how long a statement waits (without blocking the loop)
    for another process's write lock before it fails. On a server database
    ``timeout`` bounds each statement and each connection attempt (at most 10 s): a
    database that stops answering, rather than refusing, fails requests with 503
    instead of holding them until TCP gives up.
    """
    # Error messages must not carry bound values: they can be what a person wrote.
    kwargs.setdefault("hide_parameters", True)
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        # One connection: SQLite has one writer anyway, and waiting for the pool is an
        # asyncio wait; waiting for another process's lock is too (sqlite_inline).
        kwargs.setdefault("pool_size", 1)
        kwargs.setdefault("max_overflow", 0)
        kwargs.setdefault("pool_timeout", 30)
        if url.drivername == "sqlite+aiosqlite" and "async_creator" not in kwargs:
            # Statements run on the loop's thread (see storage/sqlite_inline.py).
            args, connect_kwargs = SQLiteDialect_pysqlite().create_connect_args(url)
            uri = bool(connect_kwargs.get("uri"))
            connect = inline_creator(args[0], uri=uri, busy_timeout_s=sqlite_busy_timeout)

            async def private_connect() -> Any:
                # On connecting, not here: building an engine (voices check) creates no file.
                if not uri:
                    make_private(args[0])
                return await connect()

            kwargs["async_creator"] = private_connect
        engine = create_async_engine(database_url, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            # WAL lets readers (console, API) run beside the writer; NORMAL is durable
            # across process crashes in WAL mode (a power cut may lose the last commits).
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            # Erased rows are overwritten, not left in free pages of the file.
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.close()
            # We emit BEGIN ourselves (below); the driver must not start transactions.
            dbapi_connection.isolation_level = None

        @event.listens_for(engine.sync_engine, "begin")
        def _begin_immediate(conn: Any) -> None:
            # IMMEDIATE takes the write lock at the start: two concurrent read-then-write
            # transactions would otherwise deadlock on the upgrade and fail with "locked".
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 10)
    # No ping on checkout: asyncpg's costs three round trips (BEGIN, ";", ROLLBACK) per
    # transaction. A connection that died (database restarted) fails its first
    # statement instead, which invalidates the whole pool; the request gets a 503 and
    # is redelivered.
    kwargs.setdefault("pool_pre_ping", False)
    kwargs.setdefault("pool_timeout", timeout)
    if url.drivername == "postgresql+asyncpg":
        connect_args = kwargs.setdefault("connect_args", {})
        connect_args.setdefault("timeout", min(timeout, 10.0))
        connect_args.setdefault("command_timeout", timeout)
    engine = create_async_engine(database_url, **kwargs)
    fastpath.watch(engine)  # batches of messages hold writes back (storage.queries.intake_bulk)
    return engine


def make_private(path: str) -> None:
    """Create the SQLite file readable by its owner only (0600), or make it so.

    SQLite creates a database 0644 (less the umask) and gives its ``-wal`` and
    ``-shm`` files the database file's mode, so creating the file first is enough
    for all three; files left by an older version are narrowed here too.
    """
    if not path or path == ":memory:":
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except (FileExistsError, FileNotFoundError):
        pass  # a missing folder is reported by SQLite when it connects
    else:
        os.close(fd)
    for name in (path, f"{path}-wal", f"{path}-shm", f"{path}-journal"):
        with contextlib.suppress(FileNotFoundError):
            if os.stat(name).st_mode & 0o077:
                os.chmod(name, 0o600)


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Return the factory for one ``AsyncSession`` per unit of work."""
    return async_sessionmaker(engine, expire_on_commit=False)
