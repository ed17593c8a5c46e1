"""CPU cost of the urgent screen and of the whole pipeline on the pipeline dev set.

Measures ``Screener.urgent`` alone (cue lists, guards and the model) and
``Pipeline.process`` with hint and sender name, in CPU time (``time.process_time``),
which moves less than wall-clock time on a shared machine.

Run: ``PYTHONPATH=. python -m bench.urgent_timing``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from moderation.pipeline import default_pipeline
from moderation.stages.screen import Screener

DEVSET = Path(__file__).resolve().parent / "data" / "pipeline_devset.jsonl"


def main() -> None:
    """Print the screen's CPU time per message and the pipeline's messages per CPU second."""
    p = default_pipeline()
    s = next(x for x in p._stages if isinstance(x, Screener))
    rows = [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines() if line]
    texts = [(r["text"], r.get("lang")) for r in rows]
    for t, lang in texts[:50]:
        s.urgent(t, s.languages(t, lang, lang, 1.0))
    best = 1e9
    for _ in range(5):
        t0 = time.process_time()
        for t, lang in texts:
            s.urgent(t, s.languages(t, lang, lang, 1.0))
        best = min(best, time.process_time() - t0)
    per_message = best / len(texts) * 1000
    print(f"screen: {per_message:.3f} ms CPU per message (best of 5, {len(texts)} messages)")
    best = 1e9
    for _ in range(3):
        t0 = time.process_time()
        for r in rows:
            p.process(r["text"], lang_hint=r.get("lang"), sender_name=r.get("sender_name"))
        best = min(best, time.process_time() - t0)
    print(f"pipeline: {len(rows) / best:.0f} messages per CPU second (best of 3)")


if __name__ == "__main__":
    main()
