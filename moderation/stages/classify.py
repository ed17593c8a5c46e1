"""Classification: suggest GCM objectives (1-23) from per-language keyword lists.

A first, transparent version: each objective scores one point per keyword hit
in any supported language, and an explicit mention ("objective 15", "هدف ۱۵")
scores more than any keyword. The moderator confirms or corrects.
"""

from __future__ import annotations

from typing import Any

import regex

from moderation._terms import TermMatcher, fold_text
from moderation.stages.base import Work, WorkState

_EXPLICIT = regex.compile(
    r"(?:objective|objectif|objetivo|obj\.|الهدف|هدف|цель|ціль|мета|amaç|hedef|lengo|ዓላማ|ዕላማ|ujeeddada|ujeeddo|"
    r"manufa|লক্ষ্য|gcm)\s*(?:no\.?|n[°º]|#|number|nambari|رقم|شماره|شمېره|№)?\s*(\d{1,2})(?!\d)"
)
_EXPLICIT_WEIGHT = 10


class Classifier:
    """Set ``Work.objectives`` to up to ``top`` objective numbers, best first.

    Args:
        data: the parsed ``objectives.json`` (objective -> language -> keywords).
        top: how many objectives to suggest at most.
    """

    def __init__(self, data: dict[str, Any], *, top: int = 3) -> None:
        self._matcher = TermMatcher(
            {
                number: [t for terms in by_lang.values() for t in terms]
                for number, by_lang in data.items()
                if number.isdigit()
            }
        )
        self._top = top

    def __call__(self, item: Work) -> Work:
        """Score every objective against the anonymised text."""
        folded = fold_text(item.text)
        scores = {int(label): n for label, n in self._matcher.hits(folded).items()}
        for m in _EXPLICIT.finditer(folded):
            number = int(m.group(1))
            if 1 <= number <= 23:
                scores[number] = scores.get(number, 0) + _EXPLICIT_WEIGHT
        ranked = sorted(scores, key=lambda n: (-scores[n], n))
        item.objectives = tuple(ranked[: self._top])
        item.state = WorkState.CLASSIFIED
        return item
