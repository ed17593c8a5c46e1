"""The fifth held-out urgent set is deterministic and has the promised counts."""

from __future__ import annotations

from collections import Counter

from bench import urgent_heldout5 as gen
from bench._heldout_checks import render
from bench.urgent_eval import CATEGORIES
from i18n.translator import SUPPORTED


def test_build_is_deterministic() -> None:
    assert render(gen.build()) == render(gen.build())


def test_committed_file_matches_generator() -> None:
    assert gen.OUT.read_text(encoding="utf-8") == render(gen.build())


def test_counts_per_language() -> None:
    rows = gen.build()
    assert len({row["id"] for row in rows}) == len(rows) == 40 * len(SUPPORTED)
    for lang in SUPPORTED:
        mine = [row for row in rows if row["lang"] == lang]
        urgent = Counter(row["category"] for row in mine if row["urgent"])
        assert urgent == dict.fromkeys(CATEGORIES, 2)
        kinds = Counter(row["negative_kind"] for row in mine if not row["urgent"])
        assert kinds == {"hard": 12, "plain": 8}
        assert all(row["id"].startswith(f"h5-{lang}-") for row in mine)
