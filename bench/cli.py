"""``voices bench``: the pipeline on the synthetic dev set and the end-to-end webhook matrix.

Results are printed as Markdown rows and written as JSON (default
``bench/results/latest.json``), so a run can be recorded in ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bench.e2e import PG_ADMIN_URL, Row, run_bare, run_voices


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``voices bench``."""
    parser.add_argument("--only", choices=["pipeline", "e2e"], help="run one part")
    parser.add_argument("--conversations", type=int, default=300, help="per configuration")
    parser.add_argument("--concurrency", type=int, default=64, help="closed-loop senders")
    parser.add_argument(
        "--database", choices=["sqlite", "postgres"], help="end to end on this database only"
    )
    parser.add_argument(
        "--processes",
        type=int,
        choices=[1, 2],
        help="end to end with this many processes only (no open-loop run for 2)",
    )
    parser.add_argument("--out", default="bench/results/latest.json")


def _pipeline() -> dict[str, Any]:
    from bench.pipeline_eval import DEVSET, evaluate, load_devset
    from moderation.pipeline import default_pipeline

    rows = load_devset(DEVSET)
    started = time.perf_counter()
    pipeline = default_pipeline()
    pipeline.process("warm up", lang_hint="en")
    load_seconds = time.perf_counter() - started
    report = evaluate(pipeline, rows, timing_rounds=5)
    structured = ("PHONE", "EMAIL", "ID", "IBAN", "CARD", "HANDLE", "DOB", "ADDRESS", "URL")
    return {
        "messages": len(rows),
        "messages_per_second": round(report.messages_per_second, 1),
        "load_seconds": round(load_seconds, 2),
        "name_leak": round(report.rate(("NAME",)), 4),
        "structured_leak": round(report.rate(structured), 4),
        "keep_retained": round(report.retention(), 4),
    }


async def _postgres_ok() -> bool:
    engine = create_async_engine(PG_ADMIN_URL)
    try:
        async with asyncio.timeout(5), engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception:  # any failure: no server to benchmark
        return False
    finally:
        await engine.dispose()
    return True


async def _e2e(
    conversations: int, concurrency: int, only_db: str | None, only_processes: int | None
) -> list[Row]:
    rows = [await run_bare(conversations=conversations * 2, concurrency=concurrency)]
    databases = ["sqlite", *(["postgres"] if await _postgres_ok() else [])]
    if only_db is not None:
        if only_db not in databases:
            raise SystemExit(f"voices bench: {only_db} is not reachable ({PG_ADMIN_URL})")
        databases = [only_db]
    for database in databases:
        closed = None
        for processes in (1, 2) if only_processes is None else (only_processes,):
            row = await run_voices(
                database, processes, conversations=conversations, concurrency=concurrency
            )
            rows.append(row)
            if processes == 1:
                closed = row
        if closed is None:
            continue
        # Latency at half the load this configuration sustained, offered at a fixed rate.
        rows.append(
            await run_voices(
                database,
                1,
                conversations=conversations,
                concurrency=concurrency,
                open_rate=max(8.0, closed.per_second / 2),
            )
        )
    return rows


def _markdown(rows: list[Row]) -> list[str]:
    bare = rows[0].per_second
    lines = [
        "| target | database | processes | load | requests | req/s | × bare | p50 ms | p99 ms "
        "| peak RSS MB | filed / conversations |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r.target} | {r.database} | {r.processes} | {r.mode} | {r.requests} | "
        f"{r.per_second:.0f} | {r.per_second / bare:.3f} | {r.p50_ms:.1f} | {r.p99_ms:.1f} | "
        f"{'-' if r.peak_rss_mb is None else f'{r.peak_rss_mb:.0f}'} | "
        f"{'-' if r.filed is None else f'{r.filed} / {r.conversations}'} |"
        for r in rows
    ]
    return lines


def run(args: argparse.Namespace) -> int:
    """Run the benchmark and write the results."""
    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": f"{platform.machine()}, {platform.python_version()}",
    }
    if args.only in (None, "pipeline"):
        results["pipeline"] = _pipeline()
        print("pipeline:", json.dumps(results["pipeline"]))
    if args.only in (None, "e2e"):
        rows = asyncio.run(
            _e2e(args.conversations, args.concurrency, args.database, args.processes)
        )
        results["e2e"] = [asdict(r) for r in rows]
        print("\n".join(_markdown(rows)))
        lost = [r for r in rows if r.filed is not None and r.filed != r.conversations]
        if lost:
            print("a configuration lost or duplicated submissions", file=sys.stderr)
            return 1
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out}")
    return 0
