"""Optional noise on aggregates: the geometric mechanism and the per-token epsilon budget."""

from __future__ import annotations

import asyncio
import math
import random
import statistics
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web

from review.aggregates import AggregateQuery, Period, compute, geometric_noise
from storage import migrate
from tests.conftest import make_settings
from tests.review.conftest import Spec, auth, seed, token
from tests.review.test_suppression import many
from voices.app import create_app
from voices.services import Services, build_services

ClientFactory = Any


def test_geometric_noise_has_the_discrete_laplace_shape() -> None:
    rng = random.Random(20260126)
    epsilon, sens = 1.0, 1
    draws = [geometric_noise(epsilon, sens, rng) for _ in range(40_000)]
    alpha = math.exp(-epsilon / sens)
    assert abs(statistics.fmean(draws)) < 0.05
    expected_var = 2 * alpha / (1 - alpha) ** 2
    assert abs(statistics.pvariance(draws) - expected_var) / expected_var < 0.06
    p_zero = draws.count(0) / len(draws)
    assert abs(p_zero - (1 - alpha) / (1 + alpha)) < 0.015
    # A larger sensitivity at the same epsilon spreads the noise out.
    wide = [geometric_noise(epsilon, 3, rng) for _ in range(20_000)]
    assert statistics.pvariance(wide) > 4 * expected_var


def test_noise_touches_published_cells_only_and_bounds_objectives() -> None:
    # 15 and 16 are withheld together (2 + 3 people >= k), so no complement is needed.
    rows = many(30, country="IT", objectives=(1, 2, 3, 4, 5))
    rows += many(2, country="DE", objectives=(15,)) + many(3, country="GR", objectives=(16,))
    plain = compute(rows, AggregateQuery(("objective",), Period(None, None), {}, 5))
    noisy = compute(
        rows,
        AggregateQuery(("objective",), Period(None, None), {}, 5, epsilon=0.5),
        rng=random.Random(7),
    )
    plain_by = {c.key["objective"]: c.count for c in plain.cells}
    noisy_by = {c.key["objective"]: c.count for c in noisy.cells}
    # With noise each submission counts under at most three objectives (sensitivity 3);
    # withheld cells are never listed, so never noised into view.
    assert plain_by == {1: 30, 2: 30, 3: 30, 4: 30, 5: 30}
    assert set(noisy_by) == {1, 2, 3}
    assert all(v >= 0 for v in noisy_by.values())
    assert [noisy_by[o] for o in (1, 2, 3)] != [30, 30, 30]
    body = noisy.as_json()
    assert body["noise"] == {"mechanism": "two-sided geometric", "epsilon": 0.5, "sensitivity": 3}


@pytest.fixture
async def budget_app(db_url: str) -> AsyncIterator[tuple[web.Application, Services]]:
    built = build_services(make_settings(db_url, review_epsilon_budget=2.0))
    await migrate.upgrade(built.engine)
    yield create_app(built), built
    await built.engine.dispose()


async def test_budget_is_charged_and_runs_out(
    aiohttp_client: ClientFactory, budget_app: tuple[web.Application, Services]
) -> None:
    app, services = budget_app
    await seed(services, [Spec(40, "IT"), Spec(30, "DE")])
    client = await aiohttp_client(app)
    reviewer = await token(services)
    other = await token(services)
    params = {"group_by": "country", "noise": "true", "epsilon": "0.75"}
    first = await client.get("/api/v1/aggregates", params=params, headers=auth(reviewer))
    assert first.status == 200
    body = await first.json()
    assert body["noise"]["budget_remaining"] == pytest.approx(1.25)
    second = await client.get("/api/v1/aggregates", params=params, headers=auth(reviewer))
    assert (await second.json())["noise"]["budget_remaining"] == pytest.approx(0.5)
    third = await client.get("/api/v1/aggregates", params=params, headers=auth(reviewer))
    assert third.status == 403
    assert (await third.json())["error"]["code"] == "privacy_budget_exhausted"
    # Without noise nothing is charged and counts are exact; other tokens are untouched.
    exact = await client.get(
        "/api/v1/aggregates", params={"group_by": "country"}, headers=auth(reviewer)
    )
    assert {c["country"]: c["count"] for c in (await exact.json())["cells"]} == {
        "DE": 30,
        "IT": 40,
    }
    assert "noise" not in await exact.json()
    fresh = await client.get("/api/v1/aggregates", params=params, headers=auth(other))
    assert fresh.status == 200
    for bad in (
        {"epsilon": "1"},
        {"noise": "true", "epsilon": "0"},
        {"noise": "true", "epsilon": "nan"},
        {"noise": "yes"},
    ):
        response = await client.get(
            "/api/v1/aggregates", params={"group_by": "country", **bad}, headers=auth(other)
        )
        assert response.status == 400, bad


async def test_concurrent_requests_cannot_overspend(
    aiohttp_client: ClientFactory, budget_app: tuple[web.Application, Services]
) -> None:
    app, services = budget_app
    await seed(services, [Spec(40, "IT")])
    client = await aiohttp_client(app)
    reviewer = await token(services)
    params = {"group_by": "country", "noise": "true", "epsilon": "1"}
    responses = await asyncio.gather(
        *(client.get("/api/v1/aggregates", params=params, headers=auth(reviewer)) for _ in range(6))
    )
    statuses = sorted(r.status for r in responses)
    assert statuses.count(200) == 2
    assert statuses.count(403) == 4
