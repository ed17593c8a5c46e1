"""Group commit: concurrent units share transactions, fail alone, and keep a person's order."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.batch import GroupCommitter
from storage.models import InboundEvent
from storage.queries import intake as q
from voices.services import Services


def _claim(key: str) -> Callable[[AsyncSession], Awaitable[bool]]:
    async def work(session: AsyncSession) -> bool:
        return await q.claim_event(session, "telegram", key)

    return work


async def _events(services: Services) -> int:
    async with services.sessions() as session:
        return int((await session.execute(select(func.count(InboundEvent.id)))).scalar_one())


async def test_a_failing_unit_fails_alone_and_the_others_commit(services: Services) -> None:
    committer = GroupCommitter(services.sessions, max_batch=16)

    async def bad(session: AsyncSession) -> None:
        await q.claim_event(session, "telegram", "bad")
        raise ValueError("this message makes our code fail")

    units = [committer.run(_claim(f"k{i}")) for i in range(10)]
    results = await asyncio.gather(
        *units[:5], committer.run(bad), *units[5:], return_exceptions=True
    )
    await committer.close()
    assert [r for r in results if isinstance(r, Exception)] == [results[5]]
    assert isinstance(results[5], ValueError)
    assert [r for r in results if not isinstance(r, Exception)] == [True] * 10
    assert await _events(services) == 10  # the bad unit's event key was rolled back


@pytest.mark.parametrize("lanes", [1, 4])
async def test_one_persons_units_run_in_order(services: Services, lanes: int) -> None:
    committer = GroupCommitter(services.sessions, max_batch=8, lanes=lanes)
    seen: list[tuple[str, int]] = []

    def unit(person: str, n: int) -> Callable[[AsyncSession], Awaitable[None]]:
        async def work(session: AsyncSession) -> None:
            await q.claim_event(session, "telegram", f"{person}-{n}")
            await asyncio.sleep(0)  # let other lanes interleave
            seen.append((person, n))

        return work

    people = [f"person{i}" for i in range(6)]
    await asyncio.gather(*(committer.run(unit(p, n), key=p) for n in range(5) for p in people))
    await committer.close()
    for person in people:
        assert [n for p, n in seen if p == person] == [0, 1, 2, 3, 4]
    assert await _events(services) == 30


async def test_a_stalled_lane_does_not_hold_up_another(services: Services) -> None:
    lanes = 4
    committer = GroupCommitter(services.sessions, max_batch=8, lanes=lanes)
    slow = "person-slow"
    fast = next(
        f"person{i}" for i in range(100) if hash(f"person{i}") % lanes != hash(slow) % lanes
    )
    release = asyncio.Event()

    async def stalled(session: AsyncSession) -> str:
        await release.wait()  # e.g. waiting on a row lock held by another process
        return "slow"

    async def quick(session: AsyncSession) -> str:
        return "fast"

    slow_task = asyncio.create_task(committer.run(stalled, key=slow))
    assert await asyncio.wait_for(committer.run(quick, key=fast), timeout=5) == "fast"
    assert not slow_task.done()
    release.set()
    assert await slow_task == "slow"
    await committer.close()


async def test_database_down_fails_the_whole_batch_at_once(services: Services) -> None:
    """Unreachable, hung or locked: every unit would meet it again, so none is re-run alone
    (a hung database would otherwise cost one timeout per message)."""
    committer = GroupCommitter(services.sessions, max_batch=16)
    runs = 0

    async def counted(session: AsyncSession) -> bool:
        nonlocal runs
        runs += 1
        return await q.claim_event(session, "telegram", f"k{runs}")

    async def unreachable(session: AsyncSession) -> None:
        raise OperationalError("SELECT 1", None, ConnectionResetError("connection lost"))

    results = await asyncio.gather(
        committer.run(counted),
        committer.run(unreachable),
        committer.run(counted),
        return_exceptions=True,
    )
    await committer.close()
    assert all(isinstance(r, OperationalError) for r in results)
    assert runs == 1  # the first unit ran once in the batch, and was not run again
    assert await _events(services) == 0
