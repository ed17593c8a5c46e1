"""Plain-text rendering shared by channels without buttons: splitting, truncating, numbering.

Cuts happen only between grapheme clusters (``regex``'s ``\\X``), so a truncated
label never ends in half an emoji or a base letter without its vowel sign.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from core.messages import HELP_NOW, Choice
from i18n.translator import gettext, is_rtl, isolate

ELLIPSIS = "…"
_GRAPHEME = regex.compile(r"\X")


def graphemes(text: str) -> list[str]:
    """Split text into user-perceived characters."""
    found: list[str] = _GRAPHEME.findall(text)
    return found


def fit(label: str, limit: int, measure: Callable[[str], int] = len) -> str:
    """Return ``label`` if it fits in ``limit``, else its longest grapheme prefix plus "…"."""
    if measure(label) <= limit:
        return label
    kept = ""
    for cluster in graphemes(label):
        if measure(kept + cluster + ELLIPSIS) > limit:
            break
        kept += cluster
    return kept.rstrip() + ELLIPSIS


def split_text(text: str, limit: int, measure: Callable[[str], int] = len) -> list[str]:
    """Split text into pieces of at most ``limit`` (by ``measure``), at line or word breaks.

    A piece is cut mid-word only when a single word is longer than the limit, and
    then between grapheme clusters.
    """
    pieces: list[str] = []
    rest = text
    while measure(rest) > limit:
        # Cluster boundaries; the longest prefix within the limit, by binary search
        # (every measure we use grows with the prefix).
        bounds = [0]
        for cluster in graphemes(rest):
            bounds.append(bounds[-1] + len(cluster))
        low, high = 1, len(bounds) - 1
        while low < high:
            mid = (low + high + 1) // 2
            if measure(rest[: bounds[mid]]) <= limit:
                low = mid
            else:
                high = mid - 1
        used = bounds[low]  # at least one cluster, even one over the limit alone
        head = rest[:used]
        cut = head.rfind("\n")
        if cut < used // 2:
            cut = head.rfind(" ")
        if cut < used // 2:
            cut = used
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    pieces.append(rest)
    return [p for p in pieces if p] or [""]


def split_help(choices: Sequence[Choice]) -> tuple[tuple[Choice, ...], Choice | None]:
    """The options without "Help now", and the "Help now" option if it is there."""
    others = tuple(c for c in choices if c.id != HELP_NOW)
    return others, next((c for c in choices if c.id == HELP_NOW), None)


def help_keyword_line(help_option: Choice, lang: str) -> str:
    """How to ask for help by text: the option's label as a keyword, and the English one."""
    local = help_option.label.upper()
    keyword = local if local == "HELP NOW" else f"{local} / HELP NOW"
    return gettext(lang, "Need help now? Send {keyword}", keyword=isolate(keyword, lang))


def numbered(choices: Sequence[Choice], lang: str, *, inline: bool | None = None) -> str:
    """Render options as "1. Yes  2. No" (one per line when there are many)."""
    items = [
        gettext(lang, "{number}. {label}", number=isolate(str(n), lang), label=c.label)
        for n, c in enumerate(choices, 1)
    ]
    one_line = inline if inline is not None else len(choices) <= 3
    if is_rtl(lang) and one_line:
        return "  ".join(items)
    return ("  " if one_line else "\n").join(items)
