"""The fourth urgent held-out set: the generator is deterministic and the counts hold."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bench import urgent_heldout4 as gen
from i18n.translator import SUPPORTED


def test_generator_rewrites_the_committed_bytes(tmp_path: Path) -> None:
    out = tmp_path / "set.jsonl"
    assert gen.main(["--out", str(out)]) == 0
    assert out.read_bytes() == gen.OUT.read_bytes()
    assert gen.dump(gen.build()) == gen.dump(gen.build())


def test_counts_per_language_and_category() -> None:
    rows = [json.loads(line) for line in gen.OUT.read_text(encoding="utf-8").splitlines()]
    assert {r["lang"] for r in rows} == set(SUPPORTED)
    assert len({r["id"] for r in rows}) == len(rows)
    for lang in SUPPORTED:
        mine = [r for r in rows if r["lang"] == lang]
        urgent = [r for r in mine if r["urgent"]]
        negative = [r for r in mine if not r["urgent"]]
        assert len(urgent) >= 22, lang
        cats = Counter(r["category"] for r in urgent)
        assert all(cats[c] >= 2 for c in gen.CATEGORIES.values()), lang
        assert all(r["negative_kind"] is None for r in urgent), lang
        assert len(negative) >= 22, lang
        assert all(r["category"] is None for r in negative), lang
        assert sum(r["negative_kind"] == "hard" for r in negative) >= 12, lang
        assert {r["negative_kind"] for r in negative} <= {"hard", "plain"}, lang
