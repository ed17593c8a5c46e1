"""Row checks and the file format shared by the held-out set builders.

A row is sound when each gold value and keep-item is in its text, each value counts as
leaked under the scorer's ``leaked()`` while it stands unmasked, and with exactly the
gold values masked nothing counts as leaked and every keep-item survives. Builders draw
a row again, or refuse to write the set, when ``problems()`` is not empty.
"""

from __future__ import annotations

import json
from typing import Any

from tests.moderation.pipeline_eval import STRUCTURED, leaked

KINDS = ("NAME", *STRUCTURED)


def gold_masked(row: dict[str, Any]) -> str:
    """The text with every gold value replaced by its type in brackets, longest first."""
    text: str = row["text"]
    for ent in sorted(row["entities"], key=lambda e: -len(e["value"])):
        text = text.replace(ent["value"], f"[{ent['type']}]")
    return text


def problems(row: dict[str, Any], masked: str | None = None) -> list[str]:
    """What is wrong with one row (empty when it is sound)."""
    found = []
    text = row["text"]
    masked = gold_masked(row) if masked is None else masked
    for ent in row["entities"]:
        if ent["type"] not in KINDS:
            found.append(f"unknown type {ent['type']!r}")
            continue
        if ent["value"] not in text:
            found.append(f"value not in text: {ent['type']} {ent['value']!r}")
        elif not leaked(ent, text):
            found.append(f"unmasked value does not count as leaked: {ent['type']} {ent['value']!r}")
        if leaked(ent, masked):
            found.append(f"leaks with gold masked: {ent['type']} {ent['value']!r}")
    for item in row["keep"]:
        if item not in text:
            found.append(f"keep-item not in text: {item!r}")
        elif item not in masked:
            found.append(f"keep-item lost with gold masked: {item!r}")
    return found


def render(rows: list[dict[str, Any]]) -> str:
    """A set's JSON lines text, stable byte for byte."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
