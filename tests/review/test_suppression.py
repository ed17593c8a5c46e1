"""The release rule itself, on in-memory rows: people, thresholds, lines, calendar units."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, date, datetime

import pytest

from core.errors import Forbidden, PayloadRejected
from review.aggregates import (
    AggregateQuery,
    Period,
    build_table,
    compute,
    parse_query,
    rounded,
    snap_period,
)
from storage.queries.review import CountRow

_people = iter(range(10**9))


def row(
    country: str | None = "IT",
    objectives: tuple[int, ...] = (15,),
    lang: str = "en",
    month: int = 1,
    trend: str | None = "same",
    channel: str = "telegram",
    person: str | None = None,
) -> CountRow:
    """One approved submission; each call is a new person unless ``person`` is given."""
    return CountRow(
        country=country,
        objectives=objectives,
        theme="services",
        lang=lang,
        channel=channel,
        trend=trend,
        level="local",
        created_at=datetime(2026, month, 15, tzinfo=UTC),
        pseudonym=person or f"p{next(_people)}",
    )


def many(n: int, **attributes: object) -> list[CountRow]:
    """``n`` different people with the same attributes."""
    return [row(**attributes) for _ in range(n)]  # type: ignore[arg-type]


def query(group_by: tuple[str, ...], k: int = 5, **filters: str | int) -> AggregateQuery:
    return AggregateQuery(group_by=group_by, period=Period(None, None), filters=filters, k=k)


def cells(rows: list[CountRow], q: AggregateQuery) -> dict[tuple[object, ...], int]:
    return {tuple(c.key[d] for d in q.group_by): c.count for c in compute(rows, q).cells}


def test_withheld_cells_are_not_listed_and_a_single_one_is_never_alone() -> None:
    rows = many(12, country="IT") + many(3, country="DE") + many(7, country="FR")
    body = compute(rows, query(("country",))).as_json()
    # DE alone would be the grand total minus IT and FR, so FR is withheld with it.
    # Every number shown is rounded to the nearest ten: 12 -> 10, 22 -> 20.
    assert body["cells"] == [{"country": "IT", "count": 10}]
    assert body["totals"] == {
        "people": 20,
        "published_cells": 1,
        "withheld": 10,
        "complete": False,
    }
    assert body["rounding"] == 10


def test_counts_round_to_the_nearest_ten_halves_up() -> None:
    assert [rounded(n) for n in (10, 14, 15, 24, 25, 96)] == [10, 10, 20, 20, 30, 100]


def test_one_persons_many_submissions_count_once() -> None:
    prolific = [row("LV", (13,), person="same-person") for _ in range(7)]
    rows = prolific + many(20, country="IT") + many(5, country="FR")
    got = cells(rows, query(("country",)))
    assert ("LV",) not in got  # seven submissions, one person: below k
    assert got == {("IT",): 20}  # FR is withheld with LV, or LV would be the remainder
    # Several objectives of one person: once in each objective, once in the country.
    rows = [row("IT", (6,), person="a"), row("IT", (15,), person="a"), *many(9, country="IT")]
    assert cells(rows, query(("country",)))[("IT",)] == 10


def test_lines_are_safe_in_random_tables() -> None:
    """Every line at every calendar unit hides nothing, or two or more cells with >= k people."""
    for seed in range(6):
        rng = random.Random(seed)
        rows = [
            row(
                rng.choice(["IT", "DE", "FR", "ES", "GR"]),
                tuple(sorted(set(rng.sample(range(1, 24), rng.choice([1, 1, 2]))))),
                rng.choice(["en", "fr", "ar"]),
                month=rng.randint(1, 6),
                person=f"s{seed}-{rng.randint(0, 120)}",
            )
            for _ in range(rng.randint(60, 200))
        ]
        for dims, k in ((("country", "lang"), 10), (("country", "objective"), 10), (("lang",), 5)):
            table = build_table(rows, dims, k)
            lines: dict[tuple[object, ...], list[tuple[tuple[object, ...], tuple[int, ...]]]]
            lines = defaultdict(list)
            for key, node in table.people:
                for axis in range(len(dims)):
                    lines[(axis, key[:axis] + key[axis + 1 :], node)].append((key, node))
                if node:
                    lines[("time", key, node[:-1])].append((key, node))
            pinned = {m[0] for m in lines.values() if len(m) == 1 and len(table.people[m[0]]) >= k}
            for members in lines.values():
                hidden = [m for m in members if m in table.hidden and m not in pinned]
                if not hidden or all(m in table.hidden or m in pinned for m in members):
                    continue  # nothing withheld, or nothing left that could protect it
                people = set().union(*(table.people[m] for m in hidden))
                assert len(hidden) >= 2
                assert len(people) >= k
            for cell, who in table.people.items():
                if cell not in table.hidden:
                    assert len(who) >= k


def test_filtered_slice_matches_the_finer_table() -> None:
    """A lang filter cannot undo a suppression made in the country x lang table."""
    rows = many(20, country="IT", lang="en") + many(12, country="IT", lang="ar")
    rows += many(2, country="IT", lang="fa") + many(15, country="DE", lang="en")
    rows += many(11, country="DE", lang="ar")
    fine = cells(rows, query(("country", "lang"), k=10))
    for lang in ("en", "ar", "fa"):
        for c in compute(rows, query(("country",), k=10, lang=lang)).cells:
            assert c.count == fine[(c.key["country"], lang)]
    assert ("IT", "fa") not in fine
    # IT-fa (2) must not be recoverable as IT - IT-en - IT-ar: one of those is withheld.
    assert ("IT", "en") not in fine or ("IT", "ar") not in fine


def test_periods_are_calendar_units_so_ranges_cannot_be_differenced() -> None:
    """Jan-Mar minus Jan-Feb was the one March person; now both are the first quarter."""
    rows = many(8, month=1) + many(6, month=2) + many(1, month=3)

    def count(start: date, end: date) -> int | None:
        q = AggregateQuery(("country",), snap_period(start, end), {}, 5)
        found = cells(rows, q)
        return found.get(("IT",))

    assert snap_period(date(2026, 1, 1), date(2026, 2, 28)) == snap_period(
        date(2026, 2, 3), date(2026, 3, 31)
    )
    assert count(date(2026, 1, 1), date(2026, 2, 28)) == 20  # 15 people, rounded
    assert count(date(2026, 1, 1), date(2026, 1, 31)) == 10  # 8 people, rounded
    # February alone is published; March alone (1) is not, nor is anything that
    # would give it away: the quarter's line hides March with a complement.
    march = count(date(2026, 3, 1), date(2026, 3, 31))
    assert march is None
    months = cells(
        rows, AggregateQuery(("month",), snap_period(date(2026, 1, 1), date(2026, 3, 31)), {}, 5)
    )
    assert ("2026-03",) not in months
    assert len(months) <= 1


def test_parse_query_k_only_raises_and_snaps() -> None:
    # One k for every table, however many attributes combine (default 10).
    assert parse_query({"group_by": "country"}, scope_country=None).k == 10
    assert parse_query({"group_by": "country,objective"}, scope_country=None).k == 10
    assert parse_query({"group_by": "country", "lang": "en"}, scope_country=None).k == 10
    # A lower k is ignored; a higher one is kept; the configured k is the floor.
    assert parse_query({"group_by": "country", "k": "3"}, scope_country=None).k == 10
    assert parse_query({"group_by": "country", "k": "40"}, scope_country=None).k == 40
    assert parse_query({"group_by": "country"}, scope_country=None, configured_k=8).k == 8
    for bad in ("2", "0", "-1", "x", "1001"):
        with pytest.raises(PayloadRejected):
            parse_query({"group_by": "country", "k": bad}, scope_country=None)
    with pytest.raises(PayloadRejected):
        parse_query({"group_by": "country,country"}, scope_country=None)
    with pytest.raises(PayloadRejected):
        parse_query({"group_by": "month,quarter"}, scope_country=None)
    with pytest.raises(PayloadRejected):
        parse_query({"group_by": "pseudonym"}, scope_country=None)
    with pytest.raises(PayloadRejected):
        parse_query({"from": "2026-03-01", "to": "2026-02-01"}, scope_country=None)
    with pytest.raises(Forbidden):
        parse_query({"country": "DE"}, scope_country="IT")
    assert parse_query({"group_by": "objective"}, scope_country="IT").filters == {"country": "IT"}


def test_dates_snap_to_month_quarter_year_or_all_time() -> None:
    def snapped(start: str, end: str) -> dict[str, str | None]:
        return parse_query({"from": start, "to": end}, scope_country=None).period.as_json()

    assert snapped("2026-01-02", "2026-01-30") == {"from": "2026-01-01", "to": "2026-01-31"}
    assert snapped("2026-01-01", "2026-03-10") == {"from": "2026-01-01", "to": "2026-03-31"}
    assert snapped("2026-02-01", "2026-04-01") == {"from": "2026-01-01", "to": "2026-12-31"}
    assert snapped("2025-12-01", "2026-01-31") == {"from": None, "to": None}
    q = parse_query(
        {"group_by": "quarter", "from": "2026-02-10", "to": "2026-02-11"}, scope_country=None
    )
    assert q.period.as_json() == {"from": "2026-01-01", "to": "2026-03-31"}
