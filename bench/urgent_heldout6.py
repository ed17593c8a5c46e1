"""Build the sixth held-out set for the urgent screen (issue 17).

Written blind: its authors read none of the screen's code, lexicons or earlier sets, and
never ran the screen on it. Messages live in ``bench/_urgent6_*.py`` as one tagged line
each, in the fifth set's format; ``bench.urgent_heldout5.build`` checks the counts per
language and numbers the rows. Writes ``bench/data/heldout/urgent_heldout6.jsonl``.

Run: ``PYTHONPATH=. python -m bench.urgent_heldout6`` (rewrites the same bytes).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import _urgent6_africa, _urgent6_east, _urgent6_mideast, _urgent6_west, urgent_heldout5
from bench._heldout_checks import render
from i18n.translator import SUPPORTED

OUT = Path(__file__).resolve().parent / "data" / "heldout" / "urgent_heldout6.jsonl"
FRAGMENTS = (_urgent6_west, _urgent6_mideast, _urgent6_africa, _urgent6_east)


def build() -> list[dict[str, Any]]:
    """Every message of the set, languages in ``SUPPORTED`` order, urgent first."""
    return urgent_heldout5.build(FRAGMENTS, prefix="h6")


def main() -> None:
    """Write the set and print its size."""
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(rows), encoding="utf-8")
    urgent = sum(row["urgent"] for row in rows)
    print(f"wrote {len(rows)} messages ({urgent} urgent) in {len(SUPPORTED)} languages to {OUT}")


if __name__ == "__main__":
    main()
