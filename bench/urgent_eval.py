"""Score the urgent screen: recall and false alarms per language, per category, on hard negatives.

Each message runs through the real pipeline (``default_pipeline().process``) twice, as a
message flows in the bot: once with the language the person chose as the hint, and once
with no hint (a person who picked the wrong language, or the web form's default). A
message counts as flagged when the result carries the ``urgent`` flag; its category is
read from the flag's reason.

The set is JSON lines, one message a line::

    {"id": "...", "lang": "fr", "text": "...", "urgent": true, "category": "detention",
     "negative_kind": null}

``negative_kind`` is ``"hard"`` (same words, no danger: past events, policy talk, idioms,
slow services) or ``"plain"`` for messages that are not urgent, null otherwise.

Run: ``PYTHONPATH=. python -m bench.urgent_eval [--set PATH] [-v]``
(``-v``: list every miss and every false alarm, with the category that fired).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from moderation.pipeline import Pipeline, default_pipeline

# The urgent categories, in the order the set generators write them.
CATEGORIES = (
    "detention",
    "trafficking",
    "violence",
    "sexual_violence",
    "child_at_risk",
    "medical",
    "self_harm",
    "missing_person",
    "abandonment",
    "pushback",
)
DEVSET = Path(__file__).resolve().parent / "data" / "urgent_devset.jsonl"
MODES = ("hint", "no_hint")


@dataclass
class Tally:
    """Hits over totals for one mode."""

    urgent: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    category: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    right_category: list[int] = field(default_factory=lambda: [0, 0])
    negative: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    hard: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    errors: list[str] = field(default_factory=list)

    def add(self, row: dict[str, Any], fired: str | None, verbose_tag: str) -> None:
        """Count one message; ``fired`` is the urgent category the pipeline gave, or None."""
        lang = str(row.get("lang") or "und")
        if row["urgent"]:
            cat = str(row.get("category") or "unknown")
            for key, table in ((lang, self.urgent), ("ALL", self.urgent), (cat, self.category)):
                table[key][1] += 1
                table[key][0] += fired is not None
            if fired is not None:
                self.right_category[1] += 1
                self.right_category[0] += fired == cat
            else:
                self.errors.append(f"MISS {verbose_tag} [{cat}] {row['text']}")
            return
        kind = row.get("negative_kind") or "plain"
        for key in (lang, "ALL"):
            self.negative[key][1] += 1
            self.negative[key][0] += fired is not None
            if kind == "hard":
                self.hard[key][1] += 1
                self.hard[key][0] += fired is not None
        if fired is not None:
            self.errors.append(f"FALSE {verbose_tag} ({kind}) fired {fired}: {row['text']}")


def load(path: Path) -> list[dict[str, Any]]:
    """Read the set; a line that is not a message with ``text`` and ``urgent`` stops the run."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise SystemExit(f"{path}:{number}: not a message with a text")
        if not isinstance(row.get("urgent"), bool):
            raise SystemExit(f"{path}:{number}: 'urgent' must be true or false")
        rows.append(row)
    return rows


def score(pipeline: Pipeline, rows: list[dict[str, Any]]) -> dict[str, Tally]:
    """Run every message with and without its language hint and count the outcomes."""
    tallies = {mode: Tally() for mode in MODES}
    for row in rows:
        for mode in MODES:
            hint = row.get("lang") if mode == "hint" else None
            result = pipeline.process(row["text"], lang_hint=hint)
            fired = result.flag_reasons.get("urgent") if result.urgent else None
            tallies[mode].add(row, fired, f"{row.get('id', '?')} {mode}")
    return tallies


def _pct(pair: list[int]) -> str:
    hit, total = pair
    return f"{100 * hit / total:5.1f}% ({hit}/{total})" if total else "   n/a"


def report(tallies: dict[str, Tally], verbose: bool) -> str:
    """The figures as a plain-text table, one column per mode."""
    lines = []
    hint, bare = tallies["hint"], tallies["no_hint"]
    langs = sorted(k for k in set(hint.urgent) | set(hint.negative) if k != "ALL")
    head = f"{'':10} {'recall, hint':>20} {'recall, no hint':>20} {'FP, hint':>18} "
    head += f"{'FP, no hint':>18} {'hard FP, hint':>18} {'hard FP, no hint':>18}"
    lines.append(head)
    for lang in [*langs, "ALL"]:
        lines.append(
            f"{lang:10} {_pct(hint.urgent[lang]):>20} {_pct(bare.urgent[lang]):>20} "
            f"{_pct(hint.negative[lang]):>18} {_pct(bare.negative[lang]):>18} "
            f"{_pct(hint.hard[lang]):>18} {_pct(bare.hard[lang]):>18}"
        )
    lines.append("")
    lines.append(f"{'category':16} {'recall, hint':>20} {'recall, no hint':>20}")
    for cat in sorted(set(hint.category) | set(bare.category)):
        lines.append(f"{cat:16} {_pct(hint.category[cat]):>20} {_pct(bare.category[cat]):>20}")
    lines.append("")
    lines.append(
        f"right category among flagged: hint {_pct(hint.right_category)}, "
        f"no hint {_pct(bare.right_category)}"
    )
    if verbose:
        lines.append("")
        lines.extend(hint.errors + bare.errors)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Score the set named by ``--set`` (default: the dev set) and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEVSET, help="JSON lines file to score")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and FPs")
    args = parser.parse_args(argv)
    rows = load(args.set)
    sys.stdout.write(report(score(default_pipeline(), rows), args.verbose) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
