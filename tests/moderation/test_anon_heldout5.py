"""The fifth held-out set for the anonymiser (issue 16) is sound: checks on the data only.

No pipeline runs here: the file is compared with its seeded generator, and every row is
checked against the scorer's leak rule with the gold spans masked.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
import regex
from stdnum import iban, luhn

from bench.anon_heldout5 import LANGS, OUT, PER_LANG, build
from tests.moderation.pipeline_eval import leaked

KINDS = {"NAME", "PHONE", "EMAIL", "ID", "IBAN", "CARD", "HANDLE", "DOB", "ADDRESS", "URL"}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    with OUT.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _mask(row: dict[str, Any]) -> str:
    text: str = row["text"]
    for ent in sorted(row["entities"], key=lambda e: -len(e["value"])):
        # Whole words first ("Juma" is not masked inside "Jumapili"), glued ones else.
        alone = rf"(?<![\p{{L}}\p{{N}}]){regex.escape(ent['value'])}(?![\p{{L}}\p{{N}}])"
        text, n = regex.subn(alone, f"[{ent['type']}]", text)
        if not n:
            text = text.replace(ent["value"], f"[{ent['type']}]")
    return text


def test_file_is_what_the_seeded_generator_writes(rows: list[dict[str, Any]]) -> None:
    assert build() == rows


def test_shape(rows: list[dict[str, Any]]) -> None:
    assert len(rows) == PER_LANG * len(LANGS) == 476
    assert len({r["id"] for r in rows}) == len(rows)
    per_lang = Counter(r["lang"] for r in rows)
    assert per_lang == dict.fromkeys(LANGS, PER_LANG)
    for lang in LANGS:
        uses = Counter(r["template"] for r in rows if r["lang"] == lang)
        assert len(uses) >= 20, lang
        assert max(uses.values()) <= 2, lang
        empty = sum(1 for r in rows if r["lang"] == lang and not r["entities"])
        assert 3 <= empty <= 6, lang
    for row in rows:
        assert row["id"] == f"ho5-{row['lang']}-{row['id'][-3:]}"
        assert {e["type"] for e in row["entities"]} <= KINDS


def test_values_and_keep_items_are_substrings(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for ent in row["entities"]:
            assert ent["value"] in row["text"], row["id"]
        for item in row["keep"]:
            assert item in row["text"], row["id"]


def test_every_entity_leaks_when_left_alone(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for ent in row["entities"]:
            assert leaked(ent, row["text"]), (row["id"], ent["type"])


def test_masking_the_gold_spans_leaks_nothing_and_keeps_every_item(
    rows: list[dict[str, Any]],
) -> None:
    for row in rows:
        masked = _mask(row)
        for ent in row["entities"]:
            assert not leaked(ent, masked), (row["id"], ent["type"])
        for item in row["keep"]:
            assert item in masked, (row["id"], item)


def test_ibans_and_cards_are_valid(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for ent in row["entities"]:
            compact = regex.sub(r"[\s-]", "", ent["value"])
            if ent["type"] == "IBAN":
                assert iban.is_valid(compact.upper()), row["id"]
            if ent["type"] == "CARD":
                assert luhn.is_valid(compact), row["id"]
