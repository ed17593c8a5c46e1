"""Sorting names the way a reader of each language expects (CLDR collation, via ICU).

Code points or ISO codes put "Côte d'Ivoire" after "Czechia" and the United Arab
Emirates first; ICU's collator for the reader's locale puts accented letters where
the language does (Turkish "Ç" after "C", French "Ô" with "O"), orders Arabic,
Ethiopic or Cyrillic names by their alphabet, and ignores case and punctuation
before it looks at them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import TypeVar

import icu

from i18n.translator import DEFAULT_LOCALE, normalise_locale

T = TypeVar("T")


@cache
def _collator(lang: str) -> icu.Collator:
    return icu.Collator.createInstance(icu.Locale(lang))


def sort_key(locale: str | None) -> Callable[[str], bytes]:
    """A key function that orders strings as CLDR's collation for ``locale`` does."""
    collator = _collator(normalise_locale(locale) or DEFAULT_LOCALE)
    return collator.getSortKey  # type: ignore[no-any-return]


def sorted_by_name(items: Iterable[T], locale: str | None, name: Callable[[T], str]) -> list[T]:
    """Return ``items`` ordered by ``name(item)`` in the reader's alphabet."""
    key = sort_key(locale)
    return sorted(items, key=lambda item: key(name(item)))
