"""Usefulness and safety of the review release rule on a realistic, skewed synthetic data set.

``skewed_rows`` (tests/review/skewed.py) makes what a national programme's year
looks like: a few large countries and a long tail of small ones, people who write
once and a few who write often. ``usefulness`` is the share of people
that published cells represent; ``python -m bench.disclosure`` prints it for the
current rule and, given the previous rule's module, for that one too, and runs the
auditor on both.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from review.aggregates import DEFAULT_K, AggregateQuery, Period
from review.audit import (
    GROUPINGS,
    Answer,
    AuditReport,
    QuoteEvidence,
    Release,
    Snap,
    api_snap,
    audit,
    current_quotes,
    current_release,
)
from storage.queries.review import CountRow
from tests.review.skewed import skewed_rows


def usefulness(
    rows: Sequence[CountRow], group_by: tuple[str, ...], release: Release, configured_k: int
) -> float:
    """Share of people in at least one published cell of ``group_by`` over the whole span."""
    query = AggregateQuery(group_by=group_by, period=Period(None, None), filters={}, k=configured_k)
    answer = release(rows, query)
    everyone = {r.pseudonym for r in rows}
    shown = set()
    for row in rows:
        values = {"country": (row.country,), "objective": row.objectives or (None,)}
        keys = [
            (c, o) if group_by == ("country", "objective") else (c,)
            for c in values["country"]
            for o in values["objective"]
        ]
        if any(key in answer.cells for key in keys):
            shown.add(row.pseudonym)
    return len(shown) / len(everyone)


def previous_release(module: ModuleType) -> Release:
    """The rule as ``module`` (an older ``review/aggregates.py``) applied it: per submission."""

    def release(rows: Sequence[CountRow], query: AggregateQuery) -> Answer:
        start, end = query.period.start(), query.period.end()
        inside = [
            r
            for r in rows
            if (start is None or r.created_at >= start) and (end is None or r.created_at < end)
        ]
        result = module.compute(inside, module.AggregateQuery(**_fields(query)))
        dims = query.dimensions
        cells = {}
        listed = set()
        for cell in result.cells:
            key = tuple(cell.key[d] for d in dims)
            if cell.count is None:
                listed.add(key)
            else:
                cells[key] = cell.count
        return Answer(cells=cells, listed=frozenset(listed))

    return release


def previous_quotes(rows: Sequence[CountRow]) -> list[QuoteEvidence]:
    """Every approved submission was a quote with its country, objectives, language, month."""
    return [
        QuoteEvidence(
            f"submission-{i}",
            {
                "country": r.country,
                "lang": r.lang,
                "channel": r.channel,
                **({"objective": r.objectives} if r.objectives else {}),
            },
            frozenset({r.created_at.year * 12 + r.created_at.month - 1}),
        )
        for i, r in enumerate(rows)
    ]


def _fields(query: AggregateQuery) -> dict[str, Any]:
    return {"group_by": query.group_by, "period": query.period, "filters": {}, "k": query.k}


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("previous_aggregates", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: Sequence[str] | None = None) -> int:
    """Print usefulness and audit results; exit 1 when the current rule discloses a cell."""
    parser = argparse.ArgumentParser(prog="python -m bench.disclosure")
    parser.add_argument("--people", type=int, default=1500)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--k", type=int, default=DEFAULT_K)
    parser.add_argument("--previous", type=Path, help="an older review/aggregates.py")
    parser.add_argument("--no-audit", action="store_true")
    parser.add_argument("--group-by", help="audit only this grouping (comma-separated)")
    args = parser.parse_args(argv)
    rows = skewed_rows(args.people, months=args.months)
    people = len({r.pseudonym for r in rows})
    print(f"skewed set: {people} people, {len(rows)} submissions, {args.months} months")
    rules: list[tuple[str, Release, Snap, Any, Any]] = []
    if args.previous:
        old = _load(args.previous)
        rules.append(
            ("previous", previous_release(old), _as_asked, previous_quotes, _by_submission)
        )
    rules.append(("current", current_release(args.k), api_snap, current_quotes(args.k), None))
    groupings = (tuple(args.group_by.split(",")),) if args.group_by else GROUPINGS
    failed = False
    for name, release, snap, quotes, unit in rules:
        for group_by in (("country",), ("country", "objective")):
            share = usefulness(rows, group_by, release, args.k)
            print(f"{name}: people in published {'x'.join(group_by)} cells: {share:.1%}")
        if args.no_audit:
            continue
        for grouping in groupings:
            started = time.perf_counter()
            report: AuditReport = audit(
                rows,
                grouping,
                configured_k=args.k,
                release=release,
                snap=snap,
                quotes=quotes,
                unit=unit,
            )
            took = time.perf_counter() - started
            print(f"{name}: {report.summary()} [{took:.0f} s]")
            for finding in report.findings[:3]:
                print(f"  {finding.describe()}")
            failed |= name == "current" and report.disclosed > 0
    return 1 if failed else 0


def _as_asked(period: Period) -> Period:
    return period


def _by_submission(index: int, row: CountRow) -> str:
    return f"submission-{index}"


if __name__ == "__main__":
    raise SystemExit(main())
