"""The suppression rule itself, on in-memory rows: primary, secondary, time differencing."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping
from datetime import UTC, datetime

import pytest

from core.errors import Forbidden, PayloadRejected
from review.aggregates import (
    AggregateQuery,
    Period,
    _remainder_attack,
    compute,
    parse_query,
    snap_period,
)
from storage.queries.review import CountRow


def row(
    country: str | None = "IT",
    objectives: tuple[int, ...] = (15,),
    lang: str = "en",
    month: int = 1,
    trend: str | None = "same",
    channel: str = "telegram",
) -> CountRow:
    return CountRow(
        country=country,
        objectives=objectives,
        theme="services",
        lang=lang,
        channel=channel,
        trend=trend,
        level="local",
        created_at=datetime(2026, month, 15, tzinfo=UTC),
    )


def query(group_by: tuple[str, ...], k: int = 5, **filters: str | int) -> AggregateQuery:
    return AggregateQuery(group_by=group_by, period=Period(None, None), filters=filters, k=k)


def cells(result_rows: list[CountRow], q: AggregateQuery) -> dict[tuple[object, ...], int | None]:
    result = compute(result_rows, q)
    return {tuple(c.key[d] for d in q.group_by): c.count for c in result.cells}


def test_primary_suppression_hides_small_cells_and_lists_them_as_suppressed() -> None:
    rows = [row("IT")] * 12 + [row("DE")] * 3 + [row("FR")] * 7
    result = compute(rows, query(("country",), k=5))
    body = result.as_json()
    by_country = {c["country"]: c for c in body["cells"]}
    assert by_country["DE"] == {"country": "DE", "count": None, "suppressed": True}
    # DE alone would be revealed by the grand total, so the next smallest (FR) goes too.
    assert by_country["FR"]["count"] is None
    assert by_country["IT"]["count"] == 12
    assert body["totals"] == {
        "count": 12,
        "published_cells": 1,
        "suppressed_cells": 2,
        "complete": False,
    }


def test_secondary_suppression_in_a_two_way_table() -> None:
    rows = (
        [row("IT", (15,))] * 12
        + [row("IT", (13,))] * 2
        + [row("IT", (8,))] * 7
        + [row("DE", (15,))] * 9
        + [row("DE", (13,))] * 6
    )
    got = cells(rows, query(("country", "objective"), k=5))
    assert got[("IT", 13)] is None  # primary
    # IT-8 is alone in the objective-8 line: a coarser query publishes it anyway,
    # so it cannot protect IT-13; IT-15 is withheld instead.
    assert got[("IT", 8)] == 7
    assert got[("IT", 15)] is None
    # Every line now hides either nothing or two or more cells: check the arithmetic.
    for country in ("IT", "DE"):
        hidden = [v for (c, _), v in got.items() if c == country and v is None]
        assert len(hidden) != 1
    for objective in (13, 15):
        hidden = [v for (_, o), v in got.items() if o == objective and v is None]
        assert len(hidden) != 1


def _lines_are_safe(rows: list[CountRow], q: AggregateQuery) -> None:
    """Every line of the table hides nothing, or >= 2 cells holding >= k together."""
    result = compute(rows, q)
    dims = q.group_by
    true: dict[tuple[object, ...], int] = defaultdict(int)
    for r in rows:
        for o in (r.objectives or (None,)) if "objective" in dims else (None,):
            values = {"country": r.country, "objective": o, "lang": r.lang, "trend": r.trend}
            true[tuple(values[d] for d in dims)] += 1
    shown = {tuple(c.key[d] for d in dims): c for c in result.cells}
    assert set(shown) == set(true)
    for key, cell in shown.items():
        if cell.count is not None:
            assert cell.count == true[key] >= q.k
    for axis in range(len(dims)):
        lines: dict[tuple[object, ...], list[tuple[object, ...]]] = defaultdict(list)
        for key in shown:
            lines[key[:axis] + key[axis + 1 :]].append(key)
        for members in lines.values():
            hidden = [m for m in members if shown[m].count is None]
            if len(members) == 1 or not hidden:
                continue
            # A lone cell equal to its line total is published elsewhere anyway.
            others = [
                m for m in hidden if not (true[m] >= q.k and _alone_elsewhere(m, shown, axis))
            ]
            if others:
                assert len(others) >= 2 or sum(true[m] for m in others) >= q.k


def _alone_elsewhere(
    key: tuple[object, ...], shown: Mapping[tuple[object, ...], object], axis: int
) -> bool:
    for other_axis in range(len(key)):
        if other_axis == axis:
            continue
        rest = key[:other_axis] + key[other_axis + 1 :]
        peers = [m for m in shown if m[:other_axis] + m[other_axis + 1 :] == rest]
        if len(peers) == 1:
            return True
    return False


@pytest.mark.parametrize("seed", range(12))
def test_random_tables_keep_every_line_safe(seed: int) -> None:
    rng = random.Random(seed)
    countries = ["IT", "DE", "FR", "ES", "GR"]
    rows = [
        row(
            rng.choice(countries),
            tuple(sorted(set(rng.sample(range(1, 24), rng.choice([1, 1, 2]))))),
            rng.choice(["en", "fr", "ar"]),
            trend=rng.choice(["better", "same", "worse", None]),
        )
        for _ in range(rng.randint(30, 160))
    ]
    _lines_are_safe(rows, query(("country", "lang"), k=5))
    _lines_are_safe(rows, query(("country", "objective"), k=10))
    _lines_are_safe(rows, query(("country", "trend", "lang"), k=5))


def test_remainder_attack_detection() -> None:
    # Cover Jan and Mar (>= k each), leaving Feb = 2: an attack.
    assert _remainder_attack([5, 2, 5], 5)
    # Whole range is the only cover: nothing to subtract.
    assert not _remainder_attack([12], 5)
    # Feb..Mar (9) minus from Jan..Mar (12) leaves Jan = 3: an attack.
    assert _remainder_attack([3, 3, 6], 5)
    # Every month >= k: any difference is itself >= k.
    assert not _remainder_attack([6, 6, 7], 5)
    # [6, 1]: Jan alone is publishable, leaving Feb = 1.
    assert _remainder_attack([6, 1], 5)


def test_differencing_two_ranges_cannot_reveal_one_person() -> None:
    """The attack: IT Jan-Mar minus IT Jan-Feb = the one person who wrote in March."""
    rows = [row("IT", month=1)] * 8 + [row("IT", month=2)] * 6 + [row("IT", month=3)]
    long_ = compute(
        rows,
        AggregateQuery(
            ("country",),
            snap_period(
                datetime(2026, 1, 1, tzinfo=UTC).date(), datetime(2026, 3, 31, tzinfo=UTC).date()
            ),
            {},
            5,
        ),
    )
    short = compute(
        [r for r in rows if r.created_at.month <= 2],
        AggregateQuery(
            ("country",),
            snap_period(
                datetime(2026, 1, 1, tzinfo=UTC).date(), datetime(2026, 2, 28, tzinfo=UTC).date()
            ),
            {},
            5,
        ),
    )
    assert short.cells[0].count == 14
    assert long_.cells[0].count is None  # publishing 15 would reveal March = 1


def test_parse_query_bounds_and_defaults() -> None:
    assert parse_query({"group_by": "country"}, scope_country=None).k == 5
    assert parse_query({"group_by": "country,objective"}, scope_country=None).k == 10
    # A filter is an attribute too: country x lang.
    assert parse_query({"group_by": "country", "lang": "en"}, scope_country=None).k == 10
    assert parse_query({"group_by": "country", "k": "3"}, scope_country=None).k == 3
    for bad in ("2", "0", "-1", "x", "1001"):
        with pytest.raises(PayloadRejected):
            parse_query({"group_by": "country", "k": bad}, scope_country=None)
    with pytest.raises(PayloadRejected):
        parse_query({"group_by": "country,country"}, scope_country=None)
    with pytest.raises(PayloadRejected):
        parse_query({"group_by": "pseudonym"}, scope_country=None)
    with pytest.raises(PayloadRejected):
        parse_query({"from": "2026-03-01", "to": "2026-02-01"}, scope_country=None)
    with pytest.raises(Forbidden):
        parse_query({"country": "DE"}, scope_country="IT")
    scoped = parse_query({"group_by": "objective"}, scope_country="IT")
    assert scoped.filters == {"country": "IT"}


def test_dates_snap_to_whole_months_and_quarters() -> None:
    a = parse_query({"from": "2026-01-01", "to": "2026-03-10"}, scope_country=None)
    b = parse_query({"from": "2026-01-02", "to": "2026-03-31"}, scope_country=None)
    assert a.period == b.period
    assert a.period.as_json() == {"from": "2026-01-01", "to": "2026-03-31"}
    q = parse_query(
        {"group_by": "quarter", "from": "2026-02-10", "to": "2026-04-01"}, scope_country=None
    )
    assert q.period.as_json() == {"from": "2026-01-01", "to": "2026-06-30"}


def test_filtered_slice_matches_the_finer_table() -> None:
    """A lang filter cannot undo a suppression made in the country x lang table."""
    rows = [row("IT", lang="en")] * 20 + [row("IT", lang="ar")] * 12 + [row("IT", lang="fa")] * 2
    rows += [row("DE", lang="en")] * 15 + [row("DE", lang="ar")] * 11
    fine = cells(rows, query(("country", "lang"), k=10))
    for lang in ("en", "ar", "fa"):
        sliced = compute(rows, query(("country",), k=10, lang=lang))
        for c in sliced.cells:
            assert c.count == fine[(c.key["country"], lang)]
    assert fine[("IT", "fa")] is None
    # IT-fa (2) must not be recoverable as IT - IT-en - IT-ar: one of those is withheld.
    assert fine[("IT", "en")] is None or fine[("IT", "ar")] is None
