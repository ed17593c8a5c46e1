"""Keyword matching for screening and classification, over folded text.

Terms match at the start of a word, so a stem like ``detain`` also finds
``detained``; in Arabic-script text a one-letter clitic (و, ب, ل, ف) or the
article may precede the term. Short terms (three letters or fewer in Latin or
Cyrillic, two in other scripts) must match a whole word, since short stems hit
too many unrelated words. All terms of all
labels go into one regular expression, so a text is scanned once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from moderation._text import ascii_digits, fold, trie_pattern

# The standard ``re`` engine runs these large alternations about three times faster than
# ``regex``; "not preceded by a letter" is spelled without \p{L} for it.
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"
_NOT_BEFORE_LETTER = r"(?![^\W\d_])"
_PREFIX = _NOT_AFTER_LETTER + r"(?:[وفبل]|ال|وال|بال)?"


class TermMatcher:
    """Find which labels' terms occur in a text.

    Args:
        terms: label -> its terms (any case and accents; folded here).
    """

    def __init__(self, terms: Mapping[str, Iterable[str]]) -> None:
        self._labels: dict[str, set[str]] = {}
        for label, words in terms.items():
            for word in words:
                key = fold(word.strip())
                if key:
                    self._labels.setdefault(key, set()).add(label)
        ordered = sorted(self._labels, key=len, reverse=True)
        long_terms = [t for t in ordered if not _is_short(t)]
        short_terms = [t for t in ordered if _is_short(t)]
        parts = []
        if long_terms:
            parts.append(_PREFIX + "(?P<t>" + trie_pattern(long_terms) + ")")
        if short_terms:
            short = trie_pattern(short_terms)
            parts.append(_NOT_AFTER_LETTER + "(?P<s>" + short + ")" + _NOT_BEFORE_LETTER)
        self._rx = re.compile("|".join(parts)) if parts else None

    def hits(self, folded_text: str) -> dict[str, int]:
        """Label -> number of term occurrences in ``folded_text`` (see ``fold_text``)."""
        out: dict[str, int] = {}
        if self._rx is None:
            return out
        for m in self._rx.finditer(folded_text):
            for label in self._labels[m.group("t") or m.group("s")]:
                out[label] = out.get(label, 0) + 1
        return out


def _is_short(term: str) -> bool:
    # Arabic and Ethiopic stems are often three letters ("ضرب" beat): let them prefix-match.
    cased = any(c.lower() != c.upper() for c in term)
    return len(term) <= (3 if cased else 2)


def fold_text(text: str) -> str:
    """Fold a whole text for term matching (case, accents, spelling variants, digits)."""
    return fold(ascii_digits(text))
