"""The fourth held-out anonymiser set: its generator is deterministic and its file is current.

Only the set's own consistency is checked here (values are substrings, an unmasked
entity counts as leaked, ideal masking leaks nothing); the anonymiser is not run.
"""

from __future__ import annotations

import json

from bench._ho4_engine import problems
from bench.anon_heldout4 import OUT, PER_LANG, build
from i18n.translator import SUPPORTED
from tests.moderation.pipeline_eval import leaked


def test_generator_is_deterministic_and_matches_the_file() -> None:
    first, second = build(), build()
    assert first == second
    lines = OUT.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == first


def test_rows_are_consistent() -> None:
    rows = build()
    assert {r["lang"] for r in rows} == set(SUPPORTED)
    assert len(rows) == PER_LANG * len(SUPPORTED)
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        text = row["text"]
        for ent in row["entities"]:
            assert ent["value"] in text
            assert leaked(ent, text)
        for item in row["keep"]:
            assert item in text


def test_checker_rejects_a_name_used_as_a_plain_word() -> None:
    text = "Rose said the rose is red"
    assert problems(text, [{"type": "NAME", "value": "Rose"}], [], [(0, 4)])
