"""The sixth held-out sets are what their builders write, with the promised counts."""

from __future__ import annotations

from collections import Counter

from bench import anon_heldout6, urgent_heldout6
from bench._heldout_checks import problems, render
from bench.urgent_eval import CATEGORIES
from i18n.translator import SUPPORTED


def test_committed_files_match_the_builders() -> None:
    assert urgent_heldout6.OUT.read_text(encoding="utf-8") == render(urgent_heldout6.build())
    assert anon_heldout6.OUT.read_text(encoding="utf-8") == render(anon_heldout6.build())


def test_urgent_counts_per_language() -> None:
    rows = urgent_heldout6.build()
    assert len({row["id"] for row in rows}) == len(rows) == 40 * len(SUPPORTED)
    for lang in SUPPORTED:
        mine = [row for row in rows if row["lang"] == lang]
        assert Counter(r["category"] for r in mine if r["urgent"]) == dict.fromkeys(CATEGORIES, 2)
        assert Counter(r["negative_kind"] for r in mine if not r["urgent"]) == {
            "hard": 12,
            "plain": 8,
        }
        assert all(row["id"].startswith(f"h6-{lang}-") for row in mine)


def test_anonymiser_rows_are_sound() -> None:
    rows = anon_heldout6.build()
    assert {row["lang"] for row in rows} == set(SUPPORTED)
    assert all(not problems(row) for row in rows)
    assert all(
        sum(r["lang"] == lang for r in rows) >= anon_heldout6.MIN_PER_LANG for lang in SUPPORTED
    )
