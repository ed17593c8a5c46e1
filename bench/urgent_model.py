"""Train the urgent screen's character n-gram model (``moderation/data/urgent_model.npz``).

Trained on the urgent evaluation sets that are not held out any more (the dev, fresh,
check, third dev and third check sets and the first four held-out sets, all tuned on
already), the synthetic training text of round 5 (``bench/urgent_train5.py``) and the
pipeline sets' feedback messages as plain negatives; never on a held-out
set that has not been scored yet. ``--without SET`` leaves one set out, to score the
model on it before it joins the training list.
Softmax regression over "none" and the ten categories, L2-regularised, fitted with
scipy's L-BFGS; the features are binary character pieces (see
``moderation._urgent_model``) scaled by 1/sqrt(count). Deterministic: same data, same file.

The threshold is chosen by leave-one-set-out: the model trained without one urgent set
scores that set, and the threshold is the lowest at which the messages the cue lists do
not already flag are flagged on at most ``MAX_HARD_FP`` of the hard negatives
over all folds.

Run: ``PYTHONPATH=. python -m bench.urgent_model [--cv]``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
from scipy import optimize, sparse

from moderation._cues import PhraseSet, fold_for_cues
from moderation._urgent_model import BITS, UrgentModel, pieces
from moderation.stages.screen import Screener, UrgentReason

DATA = Path(__file__).resolve().parent / "data"
URGENT_SETS = (
    DATA / "urgent_devset.jsonl",
    DATA / "urgent_freshset.jsonl",
    DATA / "urgent_checkset.jsonl",
    DATA / "heldout" / "urgent_heldout.jsonl",
    DATA / "heldout" / "urgent_heldout2.jsonl",
    DATA / "urgent_devset3.jsonl",
    DATA / "heldout" / "urgent_heldout3.jsonl",
    DATA / "urgent_checkset3.jsonl",
    DATA / "heldout" / "urgent_heldout4.jsonl",
    DATA / "urgent_train5.jsonl",
)
PLAIN_SETS = (
    DATA / "pipeline_devset.jsonl",
    DATA / "pipeline_freshset.jsonl",
    DATA / "pipeline_evasion.jsonl",
)
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "moderation" / "data" / "urgent_model.npz"
CLASSES = ["none", *UrgentReason.ORDER]
L2 = 1e-5
MAX_HARD_FP = 0.05
CUE_WEIGHT = 0.3


def _rows(path: Path, plain: bool = False) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if plain:
        return [
            {"text": r["text"], "urgent": False, "negative_kind": "plain", "lang": r.get("lang")}
            for r in rows
        ]
    return rows


def cue_rows(weight: float = CUE_WEIGHT) -> list[dict[str, Any]]:
    """The cue lists as short labelled texts: each category's phrases, and the guards as "none".

    The model then knows the lists' vocabulary too, and reads it through typos and
    inflections a phrase does not match. Pattern syntax is dropped ("took * passport"
    becomes "took passport", "#" a number).
    """
    data = json.loads((ROOT / "moderation" / "data" / "screening.json").read_text("utf-8"))
    rows = []
    for lang, lists in data["urgent"].items():
        if lang.startswith("_"):
            continue
        for name, phrases in lists.items():
            if name in ("_now",) or not isinstance(phrases, list):
                continue
            category = None if name.startswith("_") else name
            for phrase in phrases:
                text = phrase.replace("&", " ").replace("*", " ").replace("#", "3")
                text = text.replace("~", "").replace("$", "")
                rows.append(
                    {
                        "text": text,
                        "urgent": category is not None,
                        "category": category,
                        "lang": lang,
                        "weight": weight,
                    }
                )
    return rows


_NEUTRAL: dict[str, PhraseSet] = {}


def model_text(text: str, lang: str | None) -> str:
    """The folded text as the screen shows it to the model: idioms and negations blanked.

    The screen blanks the ``_neutral`` phrases of the languages it reads before asking the
    model; training on the same view keeps "this waiting is killing me" from teaching the
    model that the words left around a blanked idiom are a danger.
    """
    if not _NEUTRAL:
        data = json.loads((ROOT / "moderation" / "data" / "screening.json").read_text("utf-8"))
        for code, lists in data["urgent"].items():
            if not code.startswith("_"):
                _NEUTRAL[code] = PhraseSet(lists.get("_neutral", ()))
    folded = fold_for_cues(text)
    blanked = folded.text
    for code in dict.fromkeys((lang, "en")):
        if code in _NEUTRAL:
            for a, b in _NEUTRAL[code].find(folded):
                blanked = blanked[:a] + " " * (b - a) + blanked[b:]
    return blanked


def _features(rows: list[dict[str, Any]]) -> sparse.csr_matrix:
    indptr, indices = [0], []
    for row in rows:
        buckets = np.unique(pieces(model_text(row["text"], row.get("lang")))[0])
        indices.extend(buckets.tolist())
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    x = sparse.csr_matrix((data, indices, indptr), shape=(len(rows), 1 << BITS))
    counts = np.maximum(np.diff(x.indptr), 1)
    return sparse.diags(1 / np.sqrt(counts)) @ x


def _labels(rows: list[dict[str, Any]]) -> np.ndarray:
    return np.array([CLASSES.index(r["category"]) if r["urgent"] else 0 for r in rows])


def fit(rows: list[dict[str, Any]], l2: float = L2) -> UrgentModel:
    """Fit the model on ``rows`` (threshold 0.5 until ``choose_threshold`` sets it)."""
    x = _features(rows)
    used = np.unique(x.indices)
    x = x[:, used].tocsr()
    y = _labels(rows)
    k = len(CLASSES)
    onehot = np.zeros((len(rows), k))
    onehot[np.arange(len(rows)), y] = 1
    # "none" weighs as much in the loss as the ten urgent classes together, and those
    # weigh the same as each other, so a rare category is not drowned by a frequent one.
    share = np.full(k, 0.5 / (k - 1))
    share[0] = 0.5
    class_weight = share * len(rows) / np.maximum(onehot.sum(axis=0), 1)
    sample_weight = class_weight[y] * np.array([r.get("weight", 1.0) for r in rows])
    n_features = x.shape[1]

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w = flat[: n_features * k].reshape(n_features, k)
        b = flat[n_features * k :]
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        logp = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        value = -(sample_weight * (onehot * logp).sum(axis=1)).sum() / len(rows)
        value += l2 * (w**2).sum()
        delta = (np.exp(logp) - onehot) * sample_weight[:, None] / len(rows)
        grad_w = x.T @ delta + 2 * l2 * w
        return value, np.concatenate([np.asarray(grad_w).ravel(), delta.sum(axis=0)])

    start = np.zeros(n_features * k + k)
    result = optimize.minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    w = result.x[: n_features * k].reshape(n_features, k)
    b = result.x[n_features * k :]
    return UrgentModel(used.astype(np.int32), w.astype(np.float16), b, CLASSES, 0.5)


def cross_validate(dump: Path | None = None, l2: float = L2) -> float:
    """Leave one urgent set out; print what each threshold adds beyond the cue lists.

    ``dump``: also write each held-out message's class probabilities and whether the
    cues fired (JSON lines), for further analysis without refitting.
    """
    from moderation.pipeline import default_pipeline

    pipeline = default_pipeline()
    screener = next(s for s in pipeline._stages if isinstance(s, Screener))
    dumped: list[dict[str, Any]] = []
    plain = [r for p in PLAIN_SETS for r in _rows(p, plain=True)]
    scored: list[tuple[float, dict[str, Any], bool]] = []
    for held in URGENT_SETS:
        train = [r for p in URGENT_SETS if p != held for r in _rows(p)] + plain
        model = fit(train, l2)
        for row in _rows(held):
            screener_model = screener._model
            screener._model = None  # the cues alone
            rules = pipeline.process(row["text"], lang_hint=row.get("lang")).urgent
            screener._model = screener_model
            probs = model.probabilities(model_text(row["text"], row.get("lang")))
            scored.append((1.0 - float(probs[0]), row, rules))
            if dump is not None:
                dumped.append({**row, "probs": probs.round(4).tolist(), "cues": rules})
    best = 1.0
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        urgent = [(p, r, ru) for p, r, ru in scored if r["urgent"]]
        hard = [(p, r, ru) for p, r, ru in scored if r.get("negative_kind") == "hard"]
        neg = [(p, r, ru) for p, r, ru in scored if not r["urgent"]]
        model_recall = sum(p >= threshold for p, _, _ in urgent) / len(urgent)
        both = sum(p >= threshold or ru for p, _, ru in urgent) / len(urgent)
        hard_fp = sum(p >= threshold or ru for p, _, ru in hard) / len(hard)
        neg_fp = sum(p >= threshold or ru for p, _, ru in neg) / len(neg)
        alone_hard = sum(p >= threshold for p, _, _ in hard) / len(hard)
        print(
            f"t={threshold:.2f} model alone {model_recall:6.1%} (hard FP {alone_hard:6.1%})  "
            f"rules or model {both:6.1%}  "
            f"FP {neg_fp:6.1%}  hard FP {hard_fp:6.1%}"
        )
        if hard_fp <= MAX_HARD_FP:
            best = min(best, threshold)
    if dump is not None:
        dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in dumped))
    return best


def main(argv: list[str] | None = None) -> int:
    """Fit on every non-held-out set and write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out threshold search")
    parser.add_argument("--dump", type=Path, default=None, help="--cv: write each message's scores")
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the model")
    parser.add_argument("--with-cues", action="store_true", help="also train on the cue lists")
    parser.add_argument("--l2", type=float, default=L2, help="L2 penalty")
    parser.add_argument(
        "--without", type=Path, action="append", default=[], help="leave this set out"
    )
    args = parser.parse_args(argv)
    left_out = {p.resolve() for p in args.without}
    threshold = args.threshold
    if args.cv:
        threshold = cross_validate(args.dump, args.l2)
        print(f"chosen threshold {threshold}")
    rows = [r for p in URGENT_SETS if p.resolve() not in left_out for r in _rows(p)]
    if args.with_cues:
        rows += cue_rows()
    rows += [r for p in PLAIN_SETS for r in _rows(p, plain=True)]
    model = fit(rows, args.l2)
    out = args.out
    np.savez_compressed(
        out,
        buckets=model._buckets.astype(np.int32),
        weights=model._weights.astype(np.float16),
        bias=model._bias,
        classes=np.array(CLASSES),
        threshold=np.float32(threshold if threshold is not None else 0.5),
    )
    print(f"wrote {out} ({out.stat().st_size // 1024} KB, {len(model._buckets)} buckets)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
