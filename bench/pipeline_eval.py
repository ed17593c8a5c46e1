"""Score the pipeline on the synthetic dev set: leaks, keep-item retention, language id, speed.

Leak rules (what counts as a surviving entity):
- NAME: any word of the name (two letters or more) still appears as a word;
- e-mail, URL, handle: the address or its user part still appears;
- ADDRESS: the street words or the whole address still appear;
- digit-bearing identifiers (phone, ID, IBAN, card, date of birth): any five
  consecutive digits of the entity still appear inside one number-like run of the
  output (digits of any script, separators allowed), or the entity verbatim.
Retention: each keep-item appears verbatim in the output.

Run: ``PYTHONPATH=. /work/venv/bin/python -m bench.pipeline_eval [--fresh] [-v]``
(``--fresh``: the set of templates written after tuning; ``-v``: list the leaks).
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from moderation._text import ascii_digits, fold
from moderation.pipeline import Pipeline, default_pipeline

DEVSET = Path(__file__).resolve().parent / "data" / "pipeline_devset.jsonl"
FRESHSET = Path(__file__).resolve().parent / "data" / "pipeline_freshset.jsonl"
STRUCTURED = ("PHONE", "EMAIL", "ID", "IBAN", "CARD", "HANDLE", "DOB", "ADDRESS", "URL")
_NUMBERISH = regex.compile(r"\d(?:[\s\-./()]{0,2}\d)*")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")


@dataclass
class Report:
    """Counts behind the dev-set figures."""

    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    leaked: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    by_lang_total: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    by_lang_leaked: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    keep_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    keep_kept: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lang_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lang_ok_nohint: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lang_ok_hint: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # With another language as the hint: English, or French for English texts.
    lang_ok_wrong_hint: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    placeholders: int = 0
    extra_placeholders: int = 0
    messages_per_second: float = 0.0
    messages_per_cpu_second: float = 0.0
    leak_examples: list[dict[str, str]] = field(default_factory=list)

    def rate(self, kinds: tuple[str, ...], lang: str | None = None) -> float:
        """Leak rate over entity kinds, for one language or all."""
        tot = self.by_lang_total[lang] if lang else self.total
        lk = self.by_lang_leaked[lang] if lang else self.leaked
        n = sum(tot[k] for k in kinds)
        return sum(lk[k] for k in kinds) / n if n else 0.0

    def retention(self, lang: str | None = None) -> float:
        """Share of keep-items left intact."""
        if lang:
            return self.keep_kept[lang] / self.keep_total[lang] if self.keep_total[lang] else 1.0
        total = sum(self.keep_total.values())
        return sum(self.keep_kept.values()) / total if total else 1.0

    def langid(self, *, hint: bool, lang: str | None = None, wrong: bool = False) -> float:
        """Language-id accuracy with the right hint, no hint, or (``wrong``) another one."""
        ok = (
            self.lang_ok_wrong_hint if wrong else self.lang_ok_hint if hint else self.lang_ok_nohint
        )
        if lang:
            return ok[lang] / self.lang_total[lang]
        return sum(ok.values()) / sum(self.lang_total.values())


def load_devset(path: Path = DEVSET) -> list[dict[str, Any]]:
    """Read the dev set rows."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def leaked(entity: dict[str, str], output: str) -> bool:
    """Whether a gold entity survives in the pipeline output."""
    kind, value = entity["type"], entity["value"]
    out_fold = fold(output)
    if kind == "NAME":
        words = {fold(w) for w in _WORD.findall(output)}
        return any(fold(w) in words for w in _WORD.findall(value) if len(w) >= 2)
    if value in output:
        return True
    if kind in ("EMAIL", "HANDLE", "URL"):
        user = regex.split(r"[@/]", value.rstrip("/"))
        parts = [
            p for p in user if len(p) >= 3 and ("." not in p or ("@" in value and p == user[0]))
        ]
        return any(fold(p) in out_fold for p in parts)
    if kind == "ADDRESS":
        street = [w for w in _WORD.findall(value) if len(w) >= 4 and w[0].isupper()]
        return any(fold(w) in out_fold for w in street) and any(c.isdigit() for c in output)
    digits = "".join(c for c in ascii_digits(value) if c.isdigit())
    runs = [
        "".join(c for c in m.group() if c.isdigit())
        for m in _NUMBERISH.finditer(ascii_digits(output))
    ]
    if len(digits) < 5:
        return any(digits == r for r in runs)
    windows = {digits[i : i + 5] for i in range(len(digits) - 4)}
    return any(w in r for r in runs for w in windows)


def evaluate(pipeline: Pipeline, rows: list[dict[str, Any]], *, timing_rounds: int = 3) -> Report:
    """Run the pipeline over the rows and count leaks, retention and language id."""
    report = Report()
    for row in rows:
        lang = row["lang"]
        result = pipeline.process(row["text"], lang_hint=lang, sender_name=row.get("sender_name"))
        for entity in row["entities"]:
            kind = entity["type"]
            report.total[kind] += 1
            report.by_lang_total[lang][kind] += 1
            if leaked(entity, result.text):
                report.leaked[kind] += 1
                report.by_lang_leaked[lang][kind] += 1
                if len(report.leak_examples) < 400:
                    report.leak_examples.append(
                        {"id": row["id"], "type": kind, "output": result.text}
                    )
        predicted = sum(result.entities.values())
        report.placeholders += predicted
        report.extra_placeholders += max(0, predicted - len(row["entities"]))
        for item in row["keep"]:
            report.keep_total[lang] += 1
            if item in result.text:
                report.keep_kept[lang] += 1
        report.lang_total[lang] += 1
        report.lang_ok_hint[lang] += result.lang == lang
        report.lang_ok_nohint[lang] += pipeline.process(row["text"]).lang == lang
        other = "fr" if lang == "en" else "en"
        report.lang_ok_wrong_hint[lang] += (
            pipeline.process(row["text"], lang_hint=other).lang == lang
        )
    if timing_rounds:
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(timing_rounds):
            for row in rows:
                pipeline.process(
                    row["text"], lang_hint=row["lang"], sender_name=row.get("sender_name")
                )
        n = timing_rounds * len(rows)
        report.messages_per_second = n / (time.perf_counter() - start)
        report.messages_per_cpu_second = n / (time.process_time() - cpu)
    return report


def format_report(report: Report) -> str:
    """A Markdown table of the figures."""
    lines = [
        "| lang | name leak | structured leak | keep retained | langid (no hint) | langid (hint) "
        "| langid (other hint) |",
        "|---|---|---|---|---|---|---|",
    ]
    for lang in [*report.lang_total, None]:
        cells = [
            report.rate(("NAME",), lang),
            report.rate(STRUCTURED, lang),
            report.retention(lang),
            report.langid(hint=False, lang=lang),
            report.langid(hint=True, lang=lang),
            report.langid(hint=True, lang=lang, wrong=True),
        ]
        label, bold = (lang, "") if lang else ("all", "**")
        lines.append(
            f"| {bold}{label}{bold} | " + " | ".join(f"{bold}{c:.1%}{bold}" for c in cells) + " |"
        )
    lines += ["", "| entity | count | recall |", "|---|---|---|"]
    for kind in ("NAME", *STRUCTURED):
        if report.total[kind]:
            lines.append(f"| {kind} | {report.total[kind]} | {1 - report.rate((kind,)):.1%} |")
    lines += [
        "",
        f"Placeholders written: {report.placeholders}; beyond the gold count in their message "
        f"(over-redaction, an upper bound on false positives): {report.extra_placeholders}.",
    ]
    lines += [
        "",
        f"Throughput: {report.messages_per_second:,.0f} messages/s wall clock, "
        f"{report.messages_per_cpu_second:,.0f} messages per CPU second "
        "(one process, one thread, `process()` with hint and sender name).",
    ]
    return "\n".join(lines)


def main() -> None:
    """Print the dev-set report."""
    import sys

    path = FRESHSET if "--fresh" in sys.argv else DEVSET
    rows = load_devset(path)
    report = evaluate(default_pipeline(), rows)
    n_entities, n_keep = sum(report.total.values()), sum(report.keep_total.values())
    print(f"{len(rows)} messages, {n_entities} entities, {n_keep} keep-items")
    print(format_report(report))
    if "-v" in sys.argv:
        for ex in report.leak_examples:
            print(ex["id"], ex["type"], ex["output"])


if __name__ == "__main__":
    main()
