"""Cue lists for the urgent screen: per language, per category, with guards.

A cue is a short phrase in a small pattern language, matched on a folded copy of
the text (case, accents and Arabic-script spelling variants folded; apostrophes
dropped, so "can't" reads "cant"; every other run of non-word characters is one
space). Offsets map back to the original text, so a cue's span can be shown.

Pattern language, one phrase per entry:
- words match at the start of a word, so ``detain`` finds ``detained``; a phrase
  of one Latin or Cyrillic word of three letters or fewer must be the whole word;
  a word ending in ``$`` must end there (``tue$`` is not ``tuer``); one starting
  with ``~`` may start inside a word (Swahili ``~pigwa`` in ``nilipigwa``);
- ``*`` stands for up to three words (``took * passport``);
- ``#`` stands for a number, with up to three letters before and four after it;
- ``A & B``: both parts somewhere in the message; the span is the first part's.

In Arabic-script text a word may carry up to two letters of prefix (و, ب, ال, می...);
in Ethiopic, up to three (the verb prefixes እ, ይ, ት, የ, ለ, በ...). Bengali and
Latin/Cyrillic words must start where the word starts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from moderation._text import ascii_digits, fold

_GAP = r"(?:[^ ]+ ){0,3}"
_APOSTROPHES = frozenset("'’ʼ‘`´")


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded copy of a text with, for each folded character, its offset in the original."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for the folded span ``[start, end)``."""
        return self.origin[start], self.origin[end - 1] + 1


def fold_for_cues(text: str) -> Folded:
    """Fold ``text`` for cue matching, padded with a space at each end."""
    out: list[str] = [" "]
    origin: list[int] = [0]
    for i, ch in enumerate(ascii_digits(text)):
        if ch in _APOSTROPHES:
            continue
        if unicodedata.category(ch)[0] in "LMN":
            for piece in fold(ch):
                out.append(piece)
                origin.append(i)
        elif out[-1] != " ":
            out.append(" ")
            origin.append(i)
    if out[-1] != " ":
        out.append(" ")
        origin.append(len(text))
    return Folded("".join(out), tuple(origin))


def _short_cased(word: str) -> bool:
    """A Latin or Cyrillic word of three letters or fewer (not a pattern token)."""
    key = _fold_phrase(word.rstrip("$").lstrip("~"))
    return bool(key) and len(key) <= 3 and key.lower() != key.upper() and not word.endswith("$")


def _fold_phrase(phrase: str) -> str:
    return fold_for_cues(phrase).text.strip()


def _script_prefix(word: str) -> str:
    name = unicodedata.name(word[0], "") if word else ""
    if len(word) < 4:
        return ""  # a short stem with a prefix hides inside unrelated words (تب in مکتب)
    if name.startswith(("ARABIC", "PERSIAN")):
        return r"[^ ]{0,2}"
    if name.startswith("ETHIOPIC"):
        return r"[^ ]{0,3}"
    return ""


def _word_pattern(word: str, *, first: bool) -> str:
    whole = word.endswith("$")
    word = word.rstrip("$")
    if word == "#":
        # A number may carry a clitic or unit: ከ5 (Amharic "from 5"), 12yrs.
        return ("(?<= )" if first else "") + r"[^\W\d_]{0,3}\d+[^\W\d_]{0,4}(?= )"
    inside = word.startswith("~")
    key = _fold_phrase(word.lstrip("~"))
    # A stem of two letters matches only as a whole word.
    whole = whole or len(key) <= 2
    lead = "(?<= )" if first else ""
    prefix = r"[^ ]*" if inside else _script_prefix(key)
    tail = "(?= )" if whole else r"[^ ]*"
    return lead + prefix + re.escape(key) + tail


def phrase_pattern(phrase: str) -> str:
    """The regular expression for one phrase of the pattern language (without ``&``)."""
    words = [w for w in phrase.replace("’", "'").replace("'", "").split() if w]
    if len(words) == 1 and _short_cased(words[0]):
        words = [words[0] + "$"]  # "gun" must not find "günü", nor "sos" "sosyal"
    parts: list[str] = []
    gap = False
    for word in words:
        if word == "*":
            gap = True
            continue
        if parts:
            parts.append(" " + (_GAP if gap else ""))
        parts.append(_word_pattern(word, first=not parts))
        gap = False
    return "".join(parts)


class PhraseSet:
    """A list of phrases compiled once; finds where any of them occurs.

    Args:
        phrases: phrases in the pattern language; ``A & B`` entries need every part.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        simple: list[str] = []
        self._compound: list[list[re.Pattern[str]]] = []
        for phrase in phrases:
            parts = [p.strip() for p in phrase.split("&") if p.strip()]
            if len(parts) == 1:
                simple.append(phrase_pattern(parts[0]))
            elif parts:
                self._compound.append([re.compile(phrase_pattern(p)) for p in parts])
        simple.sort(key=len, reverse=True)
        self._simple = re.compile("|".join(simple)) if simple else None

    def find(
        self, folded: str, masked: list[tuple[int, int]] | None = None
    ) -> list[tuple[int, int]]:
        """Folded spans where a phrase occurs, skipping any that overlaps a ``masked`` span."""
        masked = masked or []
        found: list[tuple[int, int]] = []
        if self._simple is not None:
            # Overlapping matches count: "system is killing" must not hide "is killing me".
            pos = 0
            while (m := self._simple.search(folded, pos)) is not None:
                found.append(m.span())
                pos = m.start() + 1
        for parts in self._compound:
            spans = []
            for rx in parts:
                hit = next(
                    (m.span() for m in rx.finditer(folded) if not _overlaps(m.span(), masked)),
                    None,
                )
                if hit is None:
                    break
                spans.append(hit)
            else:
                found.append(spans[0])
        return [s for s in found if not _overlaps(s, masked)]


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)
