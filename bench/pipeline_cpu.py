"""CPU time of the pipeline per message, in all and for the anonymiser alone.

Run: ``PYTHONPATH=. python -m bench.pipeline_cpu SET.jsonl [SET.jsonl ...]``: every message
of the sets through ``process()`` with its language as hint and its sender name, three
passes after a warm-up; prints the best pass. CPU time (``time.process_time``) moves less
than wall-clock time on a shared machine, so two versions run one after the other compare.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from moderation.pipeline import Pipeline, default_pipeline
from moderation.stages.anonymise import Anonymiser
from moderation.stages.base import Stage, Work


class _Timed:
    """A stage that adds the CPU time it takes to a counter."""

    def __init__(self, stage: Stage) -> None:
        self.stage = stage
        self.seconds = 0.0

    def __call__(self, item: Work) -> Work:
        start = time.process_time()
        try:
            return self.stage(item)
        finally:
            self.seconds += time.process_time() - start


def measure(rows: list[dict[str, Any]], passes: int = 3) -> tuple[float, float]:
    """Best pass: (anonymiser ms per message, whole ``process()`` ms per message), CPU."""
    base = default_pipeline()
    timed = [_Timed(s) for s in base._stages]  # the real stages, wrapped
    pipeline = Pipeline(stages=timed)
    anonymiser = next(t for t in timed if isinstance(t.stage, Anonymiser))
    for row in rows[:50]:
        pipeline.process(row["text"], lang_hint=row["lang"], sender_name=row.get("sender_name"))
    results: list[tuple[float, float]] = []
    for _ in range(passes):
        anonymiser.seconds = 0.0
        start = time.process_time()
        for row in rows:
            pipeline.process(row["text"], lang_hint=row["lang"], sender_name=row.get("sender_name"))
        total = time.process_time() - start
        results.append((anonymiser.seconds / len(rows) * 1000, total / len(rows) * 1000))
    return min(results, key=lambda r: r[1])


def main() -> None:
    """Print the CPU time per message of the sets given on the command line."""
    if len(sys.argv) < 2:
        raise SystemExit("usage: python -m bench.pipeline_cpu SET.jsonl [SET.jsonl ...]")
    rows: list[dict[str, Any]] = []
    for path in sys.argv[1:]:
        with Path(path).open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh]
    anonymiser_ms, total_ms = measure(rows)
    print(
        f"{len(rows)} messages: anonymiser {anonymiser_ms:.3f} ms CPU per message, "
        f"whole process() {total_ms:.3f} ms CPU per message "
        f"({1000 / total_ms:,.0f} messages per CPU second)"
    )


if __name__ == "__main__":
    main()
