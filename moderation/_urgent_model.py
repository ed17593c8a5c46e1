"""A small learned second opinion for the urgent screen: character n-grams, one linear layer.

The cue lists (``moderation/data/screening.json``) reach new wordings of the scenarios
they were written for and little else. This model reads the same folded text as the
cues (``moderation._cues.fold_for_cues``) as overlapping character pieces of two to
five characters, hashed into a fixed number of buckets, and scores them with one
softmax layer over "not urgent" and the ten urgent categories. It is trained at build
time by ``bench/urgent_model.py`` on the evaluation sets that are not held out, and
stored as data (``moderation/data/urgent_model.npz``): only the buckets seen in
training, as float16.

Pieces of characters generalise across inflections, spelling variants, romanisations
and typos ("kidnaped", "nilipigwa", "zabrali"), which a phrase list must spell out one
by one. The screen asks it only when no cue fired, and applies the same guards to it
(idioms blanked out, distant past, policy talk, "it is over").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np

# Piece lengths read from the folded text; the folded text has a space at each end
# and one between words, so a piece may span a word boundary.
NGRAMS = (2, 3, 4, 5)
BITS = 18
MIN_LETTERS = 8
_STEP = np.uint64(0x100000001B3)  # rolling hash multiplier (FNV prime)
_MIX = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the top BITS bits are the bucket
_SHIFT = np.uint64(64 - BITS)


def pieces(folded: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every character piece's bucket, start and end offset in ``folded`` (no Python loop).

    A rolling polynomial hash over the code points, wrapping at 2**64, extended one
    character at a time from length 1 to the longest piece length.
    """
    points = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    size = len(points)
    found, starts, ends = [], [], []
    rolling = np.zeros(size, dtype=np.uint64)
    for n in range(1, max(NGRAMS) + 1):
        if n > size:
            break
        rolling = rolling[: size - n + 1] * _STEP + points[n - 1 :]
        if n in NGRAMS:
            found.append((rolling * _MIX) >> _SHIFT)
            starts.append(np.arange(size - n + 1))
            ends.append(starts[-1] + n)
    if not found:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    return np.concatenate(found).astype(np.int64), np.concatenate(starts), np.concatenate(ends)


@dataclass(frozen=True, slots=True)
class ModelFinding:
    """The model's answer: probability that the text is urgent, its category, a word span."""

    probability: float
    category: str
    start: int
    end: int


class UrgentModel:
    """Score a folded text; built from the arrays ``bench/urgent_model.py`` writes.

    Args:
        buckets: sorted bucket numbers that have weights (int32).
        weights: one row per bucket, one column per class (float16 or float32).
        bias: one value per class.
        classes: the class names, "none" first.
        threshold: the probability of "urgent" at or above which the model fires.
    """

    def __init__(
        self,
        buckets: np.ndarray,
        weights: np.ndarray,
        bias: np.ndarray,
        classes: list[str],
        threshold: float,
    ) -> None:
        self._buckets = buckets.astype(np.int64)
        # Bucket -> weight row (-1: never seen in training); 1 MB, one lookup per piece.
        self._table = np.full(1 << BITS, -1, dtype=np.int32)
        self._table[self._buckets] = np.arange(len(self._buckets), dtype=np.int32)
        self._weights = weights.astype(np.float32)
        self._bias = bias.astype(np.float32)
        self.classes = classes
        self.threshold = threshold

    @classmethod
    def load(cls, source: Path | IO[bytes]) -> UrgentModel:
        """Read the model file written by ``bench/urgent_model.py`` (a path or an open file)."""
        with np.load(source, allow_pickle=False) as data:
            return cls(
                data["buckets"],
                data["weights"],
                data["bias"],
                [str(c) for c in data["classes"]],
                float(data["threshold"]),
            )

    def probabilities(self, folded: str) -> np.ndarray:
        """Class probabilities for one folded text."""
        return _softmax(self._logits(self._rows(folded)[0]))

    def _rows(self, folded: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The weight rows of the text's known pieces (each once), where each starts and ends."""
        buckets, starts, ends = pieces(folded)
        found = self._table[buckets]
        known = found >= 0
        rows, first = np.unique(found[known], return_index=True)
        return rows, starts[known][first], ends[known][first]

    def _logits(self, rows: np.ndarray) -> np.ndarray:
        if not len(rows):
            return self._bias.copy()
        # Binary presence, scaled like the training features (1 / sqrt(number of pieces)).
        logits: np.ndarray = self._weights[rows].sum(axis=0) / np.sqrt(len(rows)) + self._bias
        return logits

    def find(self, folded: str) -> ModelFinding | None:
        """The finding when the model is sure enough the text is urgent, else None.

        A text of fewer than ``MIN_LETTERS`` letters and digits is too short to judge:
        its few pieces would decide alone (the cues and "Help now" still read it).
        """
        if len(folded) - folded.count(" ") < MIN_LETTERS:
            return None
        rows, starts, ends = self._rows(folded)
        if not len(rows):
            return None
        probs = _softmax(self._logits(rows))
        urgent = 1.0 - float(probs[0])
        if urgent < self.threshold:
            return None
        best = int(np.argmax(probs[1:])) + 1
        # The word whose own pieces (none across a space) weigh most for that category
        # against "none" is the cue shown.
        margin = self._weights[rows, best] - self._weights[rows, 0]
        spaces = np.flatnonzero(np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32) == 32)
        word = np.searchsorted(spaces, starts, side="right")
        same_word = word == np.searchsorted(spaces, ends - 1, side="right")
        inside = same_word & ~np.isin(starts, spaces)
        if not inside.any():
            inside[:] = True
        weight = np.bincount(word[inside], weights=margin[inside], minlength=len(spaces))
        word_start = int(spaces[int(np.argmax(weight[1:]))]) + 1
        word_end = folded.find(" ", word_start)
        if word_end < 0:
            word_end = len(folded)
        return ModelFinding(urgent, self.classes[best], word_start, word_end)


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max())
    probs: np.ndarray = shifted / shifted.sum()
    return probs
