"""Build the fifth held-out set for the urgent screen (issue 17).

Written blind: its author read none of the screen's code, lexicons or earlier sets, and
never ran the screen on it. Messages live in ``bench/_urgent5_*.py`` as one tagged
line each; this module checks the counts per language (every category twice, 12 hard
and 8 plain negatives) and writes ``bench/data/heldout/urgent_heldout5.jsonl``.

Run: ``PYTHONPATH=. python -m bench.urgent_heldout5`` (rewrites the same bytes).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from bench import _urgent5_africa, _urgent5_east, _urgent5_mideast, _urgent5_west
from bench._heldout_checks import render
from bench.urgent_eval import CATEGORIES
from i18n.translator import SUPPORTED

OUT = Path(__file__).resolve().parent / "data" / "heldout" / "urgent_heldout5.jsonl"
PER_CATEGORY = 2
HARD = 12
PLAIN = 8
FRAGMENTS = (_urgent5_west, _urgent5_mideast, _urgent5_africa, _urgent5_east)


def _texts(fragments: tuple[ModuleType, ...]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for module in fragments:
        for lang, block in module.TEXTS.items():
            if lang in merged:
                raise ValueError(f"language {lang} given twice")
            merged[lang] = block
    return merged


def _parse(lang: str, block: str) -> list[tuple[str, str]]:
    """Tagged lines of one language, checked against the required counts."""
    rows = []
    for line in block.strip().splitlines():
        tag, _, text = line.strip().partition(" ")
        if tag not in (*CATEGORIES, "hard", "plain") or not text.strip():
            raise ValueError(f"{lang}: bad line tag {tag!r}")
        rows.append((tag, " ".join(text.split())))
    counts = Counter(tag for tag, _ in rows)
    wanted = {**dict.fromkeys(CATEGORIES, PER_CATEGORY), "hard": HARD, "plain": PLAIN}
    if counts != Counter(wanted):
        raise ValueError(f"{lang}: counts {dict(counts)} differ from {wanted}")
    texts = [text for _, text in rows]
    if len(set(texts)) != len(texts):
        raise ValueError(f"{lang}: duplicate message")
    return rows


def build(
    fragments: tuple[ModuleType, ...] = FRAGMENTS, prefix: str = "h5"
) -> list[dict[str, Any]]:
    """Every message of the set, languages in ``SUPPORTED`` order, urgent first.

    ``fragments`` and ``prefix`` (of the ids) let a later set in the same format be built
    the same way (``bench.urgent_heldout6``).
    """
    texts = _texts(fragments)
    if set(texts) != set(SUPPORTED):
        raise ValueError(f"languages {sorted(texts)} differ from {sorted(SUPPORTED)}")
    order = {tag: i for i, tag in enumerate((*CATEGORIES, "hard", "plain"))}
    out: list[dict[str, Any]] = []
    for lang in SUPPORTED:
        rows = sorted(_parse(lang, texts[lang]), key=lambda row: order[row[0]])
        for number, (tag, text) in enumerate(rows, 1):
            urgent = tag in CATEGORIES
            out.append(
                {
                    "id": f"{prefix}-{lang}-{number:03d}",
                    "lang": lang,
                    "text": text,
                    "urgent": urgent,
                    "category": tag if urgent else None,
                    "negative_kind": None if urgent else tag,
                }
            )
    return out


def main() -> None:
    """Write the set and print its size."""
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(rows), encoding="utf-8")
    urgent = sum(row["urgent"] for row in rows)
    print(f"wrote {len(rows)} messages ({urgent} urgent) in {len(SUPPORTED)} languages to {OUT}")


if __name__ == "__main__":
    main()
