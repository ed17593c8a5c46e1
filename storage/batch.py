"""Group commit: units of work from concurrent requests share one transaction.

SQLite has one writer and each commit costs a disk sync; PostgreSQL also pays per
commit. Requests that arrive while a batch is committing are run together in the
next transaction, and each request is answered only after that commit. If any unit
fails, the batch is rolled back and every unit is run again in a transaction of its
own, so one bad message never costs the others anything but time.

Units of one batch run one after the other on one connection. On PostgreSQL each
statement is a round trip, so several batches ("lanes") run at once on different
connections; a unit's key (the person's pseudonym) picks its lane, so one person's
messages stay in order in one lane and two lanes never wait for each other's row
locks. SQLite has one writer: one lane.

A batch may also read in bulk before its units run and write in bulk after them
(``prepare`` and ``finish``, given each unit's ``hint``); a batch that fails is re-run
unit by unit without them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

log = logging.getLogger(__name__)

T = TypeVar("T")
Work = Callable[[AsyncSession], Awaitable[Any]]
Unit = tuple[Work, "asyncio.Future[Any]", Any]
Prepare = Callable[[AsyncSession, list[Any]], Awaitable[None]]
Finish = Callable[[AsyncSession], Awaitable[None]]


class _BatchFailed(Exception):
    """Internal: a unit failed, so the shared transaction must roll back."""


def database_unavailable(exc: BaseException) -> bool:
    """Whether ``exc`` says the database itself is unreachable, down or locked.

    Every unit of a batch would meet such an error again, so they are not run one by
    one after it (a hung database would otherwise cost one timeout per unit).
    """
    if isinstance(exc, OSError | TimeoutError):
        return True
    if isinstance(exc, DBAPIError):
        return (
            exc.connection_invalidated
            or isinstance(exc, OperationalError | InterfaceError)
            or isinstance(exc.orig, OSError | TimeoutError)
        )
    return False


class GroupCommitter:
    """Runs units of work in shared transactions, up to ``max_batch`` at a time per lane."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        max_batch: int = 64,
        lanes: int = 1,
        prepare: Prepare | None = None,
        finish: Finish | None = None,
    ) -> None:
        self._sessions = sessions
        self._max_batch = max(1, max_batch)
        self._prepare = prepare
        self._finish = finish
        self._queues: list[asyncio.Queue[Unit]] = [asyncio.Queue() for _ in range(max(1, lanes))]
        self._consumers: list[asyncio.Task[None] | None] = [None] * len(self._queues)

    async def run(
        self, work: Callable[[AsyncSession], Awaitable[T]], *, key: str = "", hint: Any = None
    ) -> T:
        """Run ``work`` in a transaction shared with others; return once it is committed.

        Units with the same ``key`` run in the order they came, in the same lane.
        ``hint`` is handed to ``prepare`` with the other units' hints.
        """
        if self._max_batch == 1:
            async with self._sessions() as session, session.begin():
                return await work(session)
        lane = hash(key) % len(self._queues)
        consumer = self._consumers[lane]
        if consumer is None or consumer.done():
            self._consumers[lane] = asyncio.create_task(
                self._consume(self._queues[lane]), name=f"group-commit-{lane}"
            )
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queues[lane].put_nowait((work, future, hint))
        return await future

    async def close(self) -> None:
        """Stop the consumers (pending units fail with CancelledError)."""
        for consumer in self._consumers:
            if consumer is not None:
                consumer.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await consumer

    async def _consume(self, queue: asyncio.Queue[Unit]) -> None:
        while True:
            batch = [await queue.get()]
            while len(batch) < self._max_batch and not queue.empty():
                batch.append(queue.get_nowait())
            live = [unit for unit in batch if not unit[1].cancelled()]
            if live:
                await self._run_batch(live)

    async def _run_batch(self, batch: list[Unit]) -> None:
        if len(batch) > 1 or self._prepare is not None:
            results: list[Any] = []
            try:
                async with self._sessions() as session, session.begin():
                    if self._prepare is not None:
                        await self._prepare(session, [hint for _, _, hint in batch])
                    for work, _, _ in batch:
                        try:
                            results.append(await work(session))
                        except Exception as exc:
                            raise _BatchFailed from exc
                    if self._finish is not None:
                        await self._finish(session)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                cause = exc.__cause__ if isinstance(exc, _BatchFailed) else exc
                if isinstance(cause, Exception) and database_unavailable(cause):
                    for _, future, _ in batch:
                        if not future.done():
                            future.set_exception(cause)
                    return
                log.info("group commit fell back to one transaction each", extra={"n": len(batch)})
            else:
                for (_, future, _), result in zip(batch, results, strict=True):
                    if not future.done():
                        future.set_result(result)
                return
        for work, future, _ in batch:
            try:
                async with self._sessions() as session, session.begin():
                    result = await work(session)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if not future.done():
                    future.set_exception(exc)
            else:
                if not future.done():
                    future.set_result(result)
