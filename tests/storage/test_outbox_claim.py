"""The outbox worker's claim: each person's oldest due reply first, in O(batch) however long the
backlog."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import insert, select, text

from core.clock import utcnow
from intake.services import Services
from storage.models import OutboxMessage, OutboxState
from storage.queries import intake as q

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
