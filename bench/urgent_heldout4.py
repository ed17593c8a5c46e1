"""Write the fourth held-out set for the urgent screen (issue 17).

The messages were written by hand, blind to the screen (nothing under ``moderation/`` and
no earlier urgent set or generator was read): chat-style text in the 17 languages of
``i18n.translator.SUPPORTED``, some Arabic, Persian, Pashto, Urdu and Bengali in Latin
letters. Per language: at least 22 urgent messages (every category at least twice) and
at least 22 others, 12 or more of them hard negatives (the same words without present
danger: past and resolved, policy talk, news and films, idioms, slow services, questions
in general).

The text lives in ``bench/_urgent4_*.py``, one message a line, ``<tag> <text>``. This
module parses it, checks the counts, orders each language's messages with a seeded shuffle
and writes JSON lines; the same input gives the same bytes.

Run: ``PYTHONPATH=. python -m bench.urgent_heldout4 [--out PATH]``
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from bench import _urgent4_africa, _urgent4_east, _urgent4_mideast, _urgent4_west
from i18n.translator import SUPPORTED

OUT = Path(__file__).resolve().parent / "data" / "heldout" / "urgent_heldout4.jsonl"
SEED = "urgent-heldout-4"

CATEGORIES: dict[str, str] = {
    "det": "detention",
    "tra": "trafficking",
    "vio": "violence",
    "sex": "sexual_violence",
    "chi": "child_at_risk",
    "med": "medical",
    "sel": "self_harm",
    "mis": "missing_person",
    "aba": "abandonment",
    "pus": "pushback",
}
NEGATIVE_TAGS = ("hard", "plain")

SOURCES: dict[str, str] = {
    "en": _urgent4_west.EN,
    "fr": _urgent4_west.FR,
    "es": _urgent4_west.ES,
    "pt": _urgent4_west.PT,
    "ar": _urgent4_mideast.AR,
    "fa": _urgent4_mideast.FA,
    "ps": _urgent4_mideast.PS,
    "ur": _urgent4_mideast.UR,
    "ti": _urgent4_africa.TI,
    "am": _urgent4_africa.AM,
    "so": _urgent4_africa.SO,
    "sw": _urgent4_africa.SW,
    "ha": _urgent4_africa.HA,
    "uk": _urgent4_east.UK,
    "ru": _urgent4_east.RU,
    "tr": _urgent4_east.TR,
    "bn": _urgent4_east.BN,
}

MIN_URGENT = 22
MIN_PER_CATEGORY = 2
MIN_NEGATIVE = 22
MIN_HARD = 12


def parse(lang: str, block: str) -> list[dict[str, Any]]:
    """Turn one language's ``<tag> <text>`` lines into rows (without ids yet)."""
    rows: list[dict[str, Any]] = []
    for line in block.strip().splitlines():
        tag, _, text = line.strip().partition(" ")
        text = text.strip()
        if not text:
            raise ValueError(f"{lang}: empty message for tag {tag!r}")
        if tag in CATEGORIES:
            rows.append(
                {"lang": lang, "text": text, "urgent": True, "category": CATEGORIES[tag]}
                | {"negative_kind": None}
            )
        elif tag in NEGATIVE_TAGS:
            rows.append(
                {"lang": lang, "text": text, "urgent": False, "category": None}
                | {"negative_kind": tag}
            )
        else:
            raise ValueError(f"{lang}: unknown tag {tag!r}")
    return rows


def check(lang: str, rows: list[dict[str, Any]]) -> None:
    """Raise if a language falls short of the counts the brief asks for."""
    urgent = [r for r in rows if r["urgent"]]
    negative = [r for r in rows if not r["urgent"]]
    cats = Counter(r["category"] for r in urgent)
    problems = []
    if len(urgent) < MIN_URGENT:
        problems.append(f"{len(urgent)} urgent")
    short = [c for c in CATEGORIES.values() if cats[c] < MIN_PER_CATEGORY]
    if short:
        problems.append(f"categories under {MIN_PER_CATEGORY}: {short}")
    if len(negative) < MIN_NEGATIVE:
        problems.append(f"{len(negative)} non-urgent")
    hard = sum(r["negative_kind"] == "hard" for r in negative)
    if hard < MIN_HARD:
        problems.append(f"{hard} hard negatives")
    texts = Counter(r["text"] for r in rows)
    dupes = [t for t, n in texts.items() if n > 1]
    if dupes:
        problems.append(f"duplicates: {dupes}")
    if problems:
        raise ValueError(f"{lang}: " + "; ".join(problems))


def build() -> list[dict[str, Any]]:
    """All rows, language by language in SUPPORTED order, each language shuffled with a seed."""
    missing = set(SUPPORTED) - set(SOURCES)
    if missing:
        raise ValueError(f"no messages for {sorted(missing)}")
    out: list[dict[str, Any]] = []
    for lang in SUPPORTED:
        rows = parse(lang, SOURCES[lang])
        check(lang, rows)
        random.Random(f"{SEED}-{lang}").shuffle(rows)
        for number, row in enumerate(rows, 1):
            out.append({"id": f"h4-{lang}-{number:03d}"} | row)
    return out


def dump(rows: list[dict[str, Any]]) -> str:
    """JSON lines, keys in a fixed order, non-ASCII kept as is."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    """Write the set and print its counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the JSON lines")
    args = parser.parse_args(argv)
    rows = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump(rows), encoding="utf-8")
    urgent = sum(r["urgent"] for r in rows)
    hard = sum(r["negative_kind"] == "hard" for r in rows)
    print(
        f"{args.out}: {len(rows)} messages, {urgent} urgent, "
        f"{len(rows) - urgent} not urgent ({hard} hard) in {len(SUPPORTED)} languages"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
