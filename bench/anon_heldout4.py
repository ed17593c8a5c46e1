"""Write the fourth held-out set for the anonymiser (issue 16).

Run: ``PYTHONPATH=. python -m bench.anon_heldout4`` rewrites
bench/data/heldout/anon_heldout4.jsonl (seeded: the same bytes every run). Score it with
``PYTHONPATH=. python -m bench.pipeline_eval --set bench/data/heldout/anon_heldout4.jsonl``.

Written blind to moderation/ and to the earlier generators and sets; it knows only the
scorer (tests/moderation/pipeline_eval.py). Every row is checked: each value is an exact
substring, each entity left unmasked counts as leaked under the scorer's rule, and with
exactly the gold spans masked nothing leaks and every keep-item survives (so a name's
words are not used elsewhere as plain words). A row that fails is drawn again.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from bench._ho4_engine import Lang, Renderer, problems
from bench._ho4_langs_a import EN, ES, FR, HA, PT, SO, SW
from bench._ho4_langs_b import AM, AR, BN, FA, PS, RU, TI, TR, UK, UR
from i18n.translator import SUPPORTED

OUT = Path(__file__).resolve().parent / "data" / "heldout" / "anon_heldout4.jsonl"
PER_LANG = 30
LANGS: dict[str, Lang] = {
    lang.code: lang for lang in (EN, FR, ES, PT, AR, FA, PS, UR, TI, AM, SO, SW, HA, UK, RU, TR, BN)
}
# Appended to some messages that carry details: a sign-off by given name.
SIGNOFFS = ("\n{N9}", "\n- {n9}", "\n{S} 🙏", "\n~ {s}", "\n\n{N9}.")
ATTEMPTS = 80


def _row(lang: Lang, index: int, template: str, rng: random.Random) -> dict[str, Any]:
    plain = "{" not in template
    for _ in range(ATTEMPTS):
        tpl = template
        if not plain and rng.random() < 0.22:
            tpl += rng.choice(SIGNOFFS)
        renderer = Renderer(lang, rng)
        row = renderer.render(tpl)
        sender = renderer.sender_display
        if sender is None and rng.random() < 0.3:
            g, f, _, _ = renderer._person("sender")
            sender = renderer._decorate(g, f)
        text = "".join(row.text)
        entities = [{"type": k, "value": v} for k, v in row.entities]
        if not problems(text, entities, row.keep, row.spans):
            return {
                "id": f"ho4-{lang.code}-{index:03d}",
                "lang": lang.code,
                "text": text,
                "sender_name": sender,
                "entities": entities,
                "keep": row.keep,
            }
    raise RuntimeError(f"no valid draw for {lang.code} template {index % len(lang.templates)}")


def build() -> list[dict[str, Any]]:
    """All rows, language by language in the project's order."""
    rows = []
    for code in SUPPORTED:
        lang = LANGS[code]
        rng = random.Random(f"anon-heldout4/{code}")
        for i in range(PER_LANG):
            rows.append(_row(lang, i + 1, lang.templates[i % len(lang.templates)], rng))
    return rows


def main() -> None:
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds = Counter(e["type"] for r in rows for e in r["entities"])
    bare = sum(not r["entities"] for r in rows)
    print(
        f"{OUT.name}: {len(rows)} messages, {sum(kinds.values())} entities, "
        f"{sum(len(r['keep']) for r in rows)} keep-items, {bare} without personal details"
    )
    print(", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
