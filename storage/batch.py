"""Group commit: units of work from concurrent requests share one transaction.

SQLite has one writer and each commit costs a disk sync; PostgreSQL also pays per
commit. Requests that arrive while a batch is committing are run together in the
next transaction, and each request is answered only after that commit. If any unit
fails, the batch is rolled back and every unit is run again in a transaction of its
own, so one bad message never costs the others anything but time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

log = logging.getLogger(__name__)

T = TypeVar("T")
Work = Callable[[AsyncSession], Awaitable[Any]]


class _BatchFailed(Exception):
    """Internal: a unit failed, so the shared transaction must roll back."""


class GroupCommitter:
    """Runs units of work in shared transactions, up to ``max_batch`` at a time."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], *, max_batch: int = 64) -> None:
        self._sessions = sessions
        self._max_batch = max(1, max_batch)
        self._queue: asyncio.Queue[tuple[Work, asyncio.Future[Any]]] = asyncio.Queue()
        self._consumer: asyncio.Task[None] | None = None

    async def run(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run ``work`` in a transaction shared with others; return once it is committed."""
        if self._max_batch == 1:
            async with self._sessions() as session, session.begin():
                return await work(session)
        if self._consumer is None or self._consumer.done():
            self._consumer = asyncio.create_task(self._consume(), name="group-commit")
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((work, future))
        return await future

    async def close(self) -> None:
        """Stop the consumer (pending units fail with CancelledError)."""
        if self._consumer is not None:
            self._consumer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._consumer

    async def _consume(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while len(batch) < self._max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            live = [(w, f) for w, f in batch if not f.cancelled()]
            if live:
                await self._run_batch(live)

    async def _run_batch(self, batch: list[tuple[Work, asyncio.Future[Any]]]) -> None:
        if len(batch) > 1:
            results: list[Any] = []
            try:
                async with self._sessions() as session, session.begin():
                    for work, _ in batch:
                        try:
                            results.append(await work(session))
                        except Exception as exc:
                            raise _BatchFailed from exc
            except asyncio.CancelledError:
                raise
            except Exception:
                log.info("group commit fell back to one transaction each", extra={"n": len(batch)})
            else:
                for (_, future), result in zip(batch, results, strict=True):
                    if not future.done():
                        future.set_result(result)
                return
        for work, future in batch:
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
