"""Build the sixth held-out set for the anonymiser (issue 16), written blind.

Its writers read none of the anonymiser's code, lexicons, earlier sets or their
generators, and never ran the pipeline on the set. Unlike sets 2 to 5 there are no
templates: every message is written out by hand in ``bench/_ho6_*.py`` (``ROWS``: per
language, a list of ``{"text", "sender_name", "entities", "keep"}``), so no two rows share
a shape. This module checks every row (``bench._heldout_checks``), numbers the rows and
writes ``bench/data/heldout/anon_heldout6.jsonl``.

Run: ``PYTHONPATH=. python -m bench.anon_heldout6`` (rewrites the same bytes).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from bench import _ho6_africa, _ho6_east, _ho6_mideast, _ho6_west
from bench._heldout_checks import problems, render
from i18n.translator import SUPPORTED

OUT = Path(__file__).resolve().parent / "data" / "heldout" / "anon_heldout6.jsonl"
MIN_PER_LANG = 25
FRAGMENTS = (_ho6_west, _ho6_mideast, _ho6_africa, _ho6_east)


def _rows() -> dict[str, list[dict[str, Any]]]:
    merged: dict[str, list[dict[str, Any]]] = {}
    for module in FRAGMENTS:
        for lang, rows in module.ROWS.items():
            if lang in merged:
                raise ValueError(f"language {lang} given twice")
            merged[lang] = rows
    return merged


def build() -> list[dict[str, Any]]:
    """Every row, languages in ``SUPPORTED`` order; raises on the first unsound row."""
    by_lang = _rows()
    if set(by_lang) != set(SUPPORTED):
        raise ValueError(f"languages {sorted(by_lang)} differ from {sorted(SUPPORTED)}")
    out: list[dict[str, Any]] = []
    for lang in SUPPORTED:
        rows = by_lang[lang]
        if len(rows) < MIN_PER_LANG:
            raise ValueError(f"{lang}: {len(rows)} rows, fewer than {MIN_PER_LANG}")
        texts = [row["text"] for row in rows]
        if len(set(texts)) != len(texts):
            raise ValueError(f"{lang}: duplicate message")
        for number, row in enumerate(rows, 1):
            row_id = f"ho6-{lang}-{number:03d}"
            found = problems(row)
            if found:
                raise ValueError(f"{row_id}: {'; '.join(found)}")
            out.append(
                {
                    "id": row_id,
                    "lang": lang,
                    "text": row["text"],
                    "sender_name": row.get("sender_name") or None,
                    "entities": [{"type": e["type"], "value": e["value"]} for e in row["entities"]],
                    "keep": list(row["keep"]),
                }
            )
    return out


def main() -> None:
    """Write the set and print its size."""
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(rows), encoding="utf-8")
    kinds = Counter(e["type"] for row in rows for e in row["entities"])
    keep = sum(len(row["keep"]) for row in rows)
    details = f"{sum(kinds.values())} details {dict(kinds)}"
    print(f"wrote {len(rows)} messages, {details}, {keep} keep-items to {OUT}")


if __name__ == "__main__":
    main()
