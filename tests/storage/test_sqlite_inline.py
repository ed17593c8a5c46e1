"""SQLite statements run on the loop's thread; waiting for another process's lock does not.

The intake's SQLite engine executes statements in place (storage/sqlite_inline.py).
A write lock held elsewhere (a second process, ``voices retention run``) must make
our statement wait without freezing the event loop, then either succeed once the
lock is free or fail with a database error (which the intake answers with 503).
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from storage.session import create_engine, create_sessionmaker


async def _prepare(path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    async with engine.begin() as conn:
        await conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"))
    await engine.dispose()


async def _ticks_while(coro: asyncio.Future[object] | asyncio.Task[object]) -> int:
    """Count 1 ms ticks of the loop while ``coro`` runs: a blocked loop counts none."""
    ticks = 0
    while not coro.done():
        await asyncio.sleep(0.001)
        ticks += 1
    return ticks


async def test_lock_held_elsewhere_waits_without_blocking_the_loop(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    await _prepare(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    sessions = create_sessionmaker(engine)

    async def write() -> None:
        async with sessions() as session, session.begin():
            await session.execute(text("INSERT INTO t (v) VALUES ('x')"))

    task = asyncio.create_task(write())
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, other.rollback)  # the other writer lets go after 300 ms
    ticks = await _ticks_while(task)
    await task
    other.close()
    # ~300 ms of waiting: the loop kept turning (a blocking busy handler gives ~0).
    assert ticks > 50
    async with sessions() as session:
        assert (await session.execute(text("SELECT count(*) FROM t"))).scalar_one() == 1
    await engine.dispose()


async def test_lock_held_past_the_timeout_fails_with_a_database_error(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    await _prepare(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    engine = create_engine(f"sqlite+aiosqlite:///{path}", sqlite_busy_timeout=0.2)
    sessions = create_sessionmaker(engine)

    async def write() -> None:
        async with sessions() as session, session.begin():
            await session.execute(text("INSERT INTO t (v) VALUES ('x')"))

    with pytest.raises(OperationalError, match="locked"):
        await write()
    other.rollback()
    # The connection is still usable afterwards, and nothing half-done was kept.
    async with sessions() as session, session.begin():
        await session.execute(text("INSERT INTO t (v) VALUES ('y')"))
    async with sessions() as session:
        rows = (await session.execute(text("SELECT v FROM t"))).scalars().all()
    assert rows == ["y"]
    other.close()
    await engine.dispose()


async def test_failed_statement_rolls_back_the_whole_transaction(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    await _prepare(path)
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    sessions = create_sessionmaker(engine)

    async def half_done() -> None:
        async with sessions() as session, session.begin():
            await session.execute(text("INSERT INTO t (v) VALUES ('kept?')"))
            await session.execute(text("INSERT INTO missing (v) VALUES ('x')"))

    with pytest.raises(OperationalError, match="no such table"):
        await half_done()
    async with sessions() as session:
        assert (await session.execute(text("SELECT count(*) FROM t"))).scalar_one() == 0
    await engine.dispose()
