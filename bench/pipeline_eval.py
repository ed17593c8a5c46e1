"""Print the pipeline's scores on a synthetic set (the scorer is tests/moderation/pipeline_eval.py).

Run: ``PYTHONPATH=. python -m bench.pipeline_eval [--fresh | --set PATH] [-v]``
(``--fresh``: the set of templates written after tuning; ``--set``: any file in the
same JSON-lines format; ``-v``: list the leaks and the lost keep-items).
"""

from __future__ import annotations

from pathlib import Path

from moderation.pipeline import default_pipeline
from tests.moderation.pipeline_eval import (
    DETAILS,
    DEVSET,
    FRESHSET,
    STRUCTURED,
    Report,
    evaluate,
    load_devset,
)

__all__ = ["DEVSET", "FRESHSET", "Report", "evaluate", "format_report", "load_devset"]


def format_report(report: Report) -> str:
    """Markdown tables of the figures: per language, per entity type, language-id errors."""
    lines = [
        "| lang | name leak | details leak | address leak | keep retained "
        "| langid (no hint) | langid (hint) | langid (other hint) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for lang in [*report.lang_total, None]:
        cells = [
            report.rate(("NAME",), lang),
            report.rate(DETAILS, lang),
            report.rate(("ADDRESS",), lang),
            report.retention(lang),
            report.langid(hint=False, lang=lang),
            report.langid(hint=True, lang=lang),
            report.langid(hint=True, lang=lang, wrong=True),
        ]
        label, bold = (lang, "") if lang else ("all", "**")
        lines.append(
            f"| {bold}{label}{bold} | " + " | ".join(f"{bold}{c:.1%}{bold}" for c in cells) + " |"
        )
    lines += ["", "| entity | count | leaked | leak rate |", "|---|---|---|---|"]
    for kind in ("NAME", *STRUCTURED):
        if report.total[kind]:
            lines.append(
                f"| {kind} | {report.total[kind]} | {report.leaked[kind]} "
                f"| {report.rate((kind,)):.1%} |"
            )
    n_details = sum(report.total[k] for k in DETAILS)
    lines += [
        f"| details (all but NAME and ADDRESS) | {n_details} "
        f"| {sum(report.leaked[k] for k in DETAILS)} | {report.rate(DETAILS):.1%} |",
        f"| structured (all but NAME) | {sum(report.total[k] for k in STRUCTURED)} "
        f"| {sum(report.leaked[k] for k in STRUCTURED)} | {report.rate(STRUCTURED):.1%} |",
    ]
    kept, total = sum(report.keep_kept.values()), sum(report.keep_total.values())
    lines += [
        "",
        f"Keep-items retained: {kept} of {total} ({report.retention():.1%}).",
        f"Placeholders written: {report.placeholders}; beyond the gold count in their message "
        f"(over-redaction, an upper bound on false positives): {report.extra_placeholders}.",
    ]
    if report.lang_confusions:
        worst = sorted(report.lang_confusions.items(), key=lambda kv: -kv[1])
        lines.append(
            "Language id without hint, wrong answers (gold->guess: count): "
            + ", ".join(f"{k}: {v}" for k, v in worst)
            + "."
        )
    lines += [
        "",
        f"Throughput: {report.messages_per_second:,.0f} messages/s wall clock, "
        f"{report.messages_per_cpu_second:,.0f} messages per CPU second "
        "(one process, one thread, `process()` with hint and sender name).",
    ]
    return "\n".join(lines)


def main() -> None:
    """Print the report for a set (the dev set unless ``--fresh`` or ``--set PATH``)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.pipeline_eval")
    parser.add_argument("--fresh", action="store_true", help="the fresh-template set")
    parser.add_argument("--set", dest="path", type=Path, help="any JSON-lines set in this format")
    parser.add_argument("-v", "--verbose", action="store_true", help="list leaks and lost items")
    args = parser.parse_args()
    path = args.path or (FRESHSET if args.fresh else DEVSET)
    rows = load_devset(path)
    report = evaluate(default_pipeline(), rows)
    n_entities, n_keep = sum(report.total.values()), sum(report.keep_total.values())
    print(f"{path.name}: {len(rows)} messages, {n_entities} entities, {n_keep} keep-items")
    print(format_report(report))
    if args.verbose:
        for ex in report.leak_examples:
            print("LEAK", ex["id"], ex["type"], repr(ex["output"]))
        for ex in report.lost_examples:
            print("LOST", ex["id"], repr(ex["item"]), repr(ex["output"]))


if __name__ == "__main__":
    main()
