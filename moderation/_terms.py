"""Keyword matching for screening and classification, over folded text.

Terms match at the start of a word, so a stem like ``detain`` also finds
``detained``; in Arabic-script text a one-letter clitic (و, ب, ل, ف) or the
article may precede the term. Terms of three letters or fewer must match a
whole word, since short stems hit too many unrelated words.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from moderation._text import DIGITS, fold

_PREFIX = r"(?<![\p{L}\p{M}])(?:[وفبل]|ال|وال|بال)?"


class TermMatcher:
    """Find which of a list of terms occur in a text.

    Args:
        terms: the terms (any case and accents; folded here).
    """

    def __init__(self, terms: Iterable[str]) -> None:
        folded = sorted({fold(t.strip()) for t in terms if t.strip()}, key=len, reverse=True)
        long_terms = [regex.escape(t) for t in folded if len(t) > 3]
        short_terms = [regex.escape(t) for t in folded if len(t) <= 3]
        parts = []
        if long_terms:
            parts.append(_PREFIX + "(?:" + "|".join(long_terms) + ")")
        if short_terms:
            parts.append(r"(?<![\p{L}\p{M}])(?:" + "|".join(short_terms) + r")(?![\p{L}\p{M}])")
        self._rx = regex.compile("|".join(parts)) if parts else None

    def count(self, folded_text: str) -> int:
        """How many term occurrences ``folded_text`` (see ``fold_text``) contains."""
        if self._rx is None:
            return 0
        return sum(1 for _ in self._rx.finditer(folded_text))

    def search(self, folded_text: str) -> bool:
        """Whether any term occurs in ``folded_text``."""
        return self._rx is not None and self._rx.search(folded_text) is not None


def fold_text(text: str) -> str:
    """Fold a whole text for term matching (case, accents, spelling variants, digits)."""
    return fold(text.translate(DIGITS))
