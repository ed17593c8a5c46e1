"""The outbox worker's claim: each person's oldest due reply first, in O(batch) however long the
backlog."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import insert, select, text

from core.clock import utcnow
from storage.models import OutboxMessage, OutboxState
from storage.queries import intake as q
from voices.services import Services

LEASE = timedelta(seconds=60)


async def _queue(services: Services, rows: list[tuple[str, str, int]]) -> list[int]:
    """Queue replies (person, state, seconds until due); return their ids in order."""
    now = utcnow()
    values: list[dict[str, Any]] = [
        {
            "channel": "telegram",
            "pseudonym": person,
            "address_enc": b"sealed",
            "payload": {"text": f"reply {i}"},
            "state": state,
            "attempts": 0,
            "next_attempt_at": now + timedelta(seconds=due_in),
            "created_at": now,
        }
        for i, (person, state, due_in) in enumerate(rows)
    ]
    async with services.sessions() as session, session.begin():
        await session.execute(insert(OutboxMessage), values)
    async with services.sessions() as session:
        ids = (await session.execute(select(OutboxMessage.id).order_by(OutboxMessage.id))).all()
        return [row[0] for row in ids]


async def test_each_person_gets_their_oldest_due_reply_first(services: Services) -> None:
    pending, sent = OutboxState.PENDING.value, OutboxState.SENT.value
    a1, a2, b1, b2, c1, c2 = await _queue(
        services,
        [
            ("a", pending, 0),
            ("a", pending, 0),
            ("b", pending, 300),  # waiting for a retry: B's later reply must wait too
            ("b", pending, 0),
            ("c", sent, 0),
            ("c", pending, 0),
        ],
    )
    async with services.sessions() as session, session.begin():
        claimed = [row.id for row in await q.claim_due(session, 10, LEASE)]
    assert claimed == [a1, c2]
    # Leased now: nothing else is due until they are recorded (A's second reply waits).
    async with services.sessions() as session, session.begin():
        assert await q.claim_due(session, 10, LEASE) == []
    async with services.sessions() as session, session.begin():
        await q.mark_sent(session, [a1, c2])
    async with services.sessions() as session, session.begin():
        assert [row.id for row in await q.claim_due(session, 10, LEASE)] == [a2]
    assert {b1, b2, c1}.isdisjoint(claimed)


@pytest.mark.parametrize(
    "db_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
async def test_a_long_backlog_is_walked_only_as_far_as_one_batch(services: Services) -> None:
    """The plan PostgreSQL picks for a new, unanalysed outbox must still stop early.

    Without the walk (and its partial indexes) the worker read every pending reply
    and probed each one's person, on every pass: with a surge's backlog that kept the
    database busy and slowed the intake down.
    """
    people, per_person, batch = 400, 10, 30
    await _queue(
        services,
        [
            (f"person{p}", OutboxState.PENDING.value, 0)
            for _ in range(per_person)
            for p in range(people)
        ],
    )
    async with services.sessions() as session, session.begin():
        await session.execute(q._WALK_PENDING)
        stmt = q.due_statement(batch, utcnow())
        compiled = stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = (
            await session.execute(text(f"EXPLAIN (ANALYZE, FORMAT JSON) {compiled}"))
        ).scalar_one()
    nodes: list[dict[str, Any]] = []

    def walk(node: dict[str, Any]) -> None:
        nodes.append(node)
        for child in node.get("Plans", []):
            walk(child)

    walk((json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"])
    kinds = {node["Node Type"] for node in nodes}
    assert "Sort" not in kinds, kinds
    assert "Bitmap Heap Scan" not in kinds, kinds
    outer = next(n for n in nodes if n.get("Relation Name") == "outbox" and "Filter" in n)
    assert outer["Actual Rows"] == batch  # the first 400 pending rows are 400 people's oldest
    assert outer["Actual Rows"] + outer.get("Rows Removed by Filter", 0) <= 2 * batch


async def test_a_dead_workers_leases_are_released_early_a_live_ones_kept(
    services: Services,
) -> None:
    first, second, third = await _queue(
        services,
        [
            ("a", OutboxState.PENDING.value, 0),
            ("b", OutboxState.PENDING.value, 0),
            ("c", OutboxState.PENDING.value, 0),
        ],
    )
    now = utcnow()
    async with services.sessions() as session, session.begin():
        await q.beat(session, "dead", now - timedelta(seconds=40))
        await q.beat(session, "alive", now - timedelta(seconds=2))
        await q.claim_due(session, 1, LEASE, now, owner="dead")
        await q.claim_due(session, 1, LEASE, now, owner="alive")
        await q.claim_due(session, 1, LEASE, now, owner="me")
    alive_since = now - timedelta(seconds=15)
    async with services.sessions() as session, session.begin():
        assert await q.release_leases(session, "me", alive_since=alive_since, now=now) == 1
    async with services.sessions() as session:
        rows = {
            row.id: (row.lease_owner, row.next_attempt_at)
            for row in (await session.execute(select(OutboxMessage))).scalars()
        }
    assert rows[first] == (None, now)  # due again at once, for anyone
    assert rows[second] == ("alive", now + LEASE)
    assert rows[third] == ("me", now + LEASE)
    async with services.sessions() as session, session.begin():
        claimed = await q.claim_due(session, 10, LEASE, now, owner="me")
    assert [row.id for row in claimed] == [first]


async def test_the_only_worker_releases_every_other_lease_at_start(services: Services) -> None:
    [reply] = await _queue(services, [("a", OutboxState.PENDING.value, 0)])
    now = utcnow()
    async with services.sessions() as session, session.begin():
        await q.beat(session, "predecessor", now)  # killed a moment ago: still looks alive
        await q.claim_due(session, 1, LEASE, now, owner="predecessor")
    async with services.sessions() as session, session.begin():
        assert await q.release_leases(session, "me", alive_since=None, now=now) == 1
    async with services.sessions() as session, session.begin():
        assert [row.id for row in await q.claim_due(session, 1, LEASE, now, owner="me")] == [reply]


async def test_recording_an_outcome_ends_the_lease(services: Services) -> None:
    sent, retried, failed = await _queue(
        services,
        [
            ("a", OutboxState.PENDING.value, 0),
            ("b", OutboxState.PENDING.value, 0),
            ("c", OutboxState.PENDING.value, 0),
        ],
    )
    now = utcnow()
    async with services.sessions() as session, session.begin():
        await q.claim_due(session, 10, LEASE, now, owner="me")
        await q.mark_sent(session, [sent])
        await q.mark_retry(session, retried, now + LEASE, "timeout")
        await q.mark_failed(session, failed, "blocked")
    async with services.sessions() as session:
        owners = (await session.execute(select(OutboxMessage.lease_owner))).scalars().all()
    assert owners == [None, None, None]
