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
- ``#`` stands for a number, with up to three letters before and four after it; glued
  to letters (``የ#``) it stands for a number with exactly those letters around it;
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

_GAP = r"(?:[^ ]+ +){0,3}"
_APOSTROPHES = frozenset("'’ʼ‘`´")


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding one character at a time, filled as characters come."""

    def __missing__(self, code: int) -> str:
        ch = ascii_digits(chr(code))
        if ch in _APOSTROPHES:
            folded = ""
        elif unicodedata.category(ch)[0] in "LMN":
            folded = fold(ch)
        else:
            folded = " "
        self[code] = folded
        return folded


_TABLE = _FoldTable()


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded copy of a text, padded with a space at each end; spans map back to the text.

    Every character that is not a letter, mark or digit became one space; apostrophes were
    dropped ("can't" reads "cant"). ``keys`` holds every two-, three- and four-letter piece
    that starts within the first four letters of a word: a phrase whose first word's key
    is not among them cannot occur, so most phrase sets are skipped without running a
    regular expression.
    """

    text: str
    source: str
    keys: frozenset[str]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for the folded span ``[start, end)``."""
        if len(self.text) == len(self.source) + 2:  # one character for one: no table needed
            return start - 1, end - 1
        origin = [0]
        for i, ch in enumerate(self.source):
            origin.extend([i] * len(_TABLE[ord(ch)]))
        origin.append(len(self.source))
        return origin[start], origin[end - 1] + 1


def fold_for_cues(text: str) -> Folded:
    """Fold ``text`` for cue matching (see ``Folded``)."""
    folded = " " + text.translate(_TABLE) + " "
    keys = {
        word[i : i + n]
        for word in folded.split()
        for i in range(min(_KEY_OFFSETS, len(word)))
        for n in (2, 3, 4)
        if i + n <= len(word)
    }
    return Folded(folded, text, frozenset(keys))


# Up to three letters of prefix (Ethiopic) may come before a phrase's first word.
_KEY_OFFSETS = 4


_AT_WORD = "(?<= )"


def _first_key(phrase: str) -> str | None:
    """A key every text matching ``phrase`` contains (from its longest word), or None."""
    literals = [
        _fold_phrase(word.rstrip("$"))
        for word in phrase.replace("’", "'").replace("'", "").split()
        if word not in ("*", "#") and not word.startswith("~")
    ]
    longest = max(literals, key=len, default="")
    return longest[:4] if len(longest) >= 2 and " " not in longest[:4] else None


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


def _word_pattern(word: str) -> str:
    whole = word.endswith("$")
    word = word.rstrip("$")
    if word == "#":
        # A number may carry a clitic or unit: ከ5 (Amharic "from 5"), 12yrs.
        return r"[^\W\d_]{0,3}\d+[^\W\d_]{0,4}(?= )"
    if "#" in word:
        # A number with a given prefix or suffix glued to it: የ12 (Amharic "of 12").
        before, _, after = word.partition("#")
        return re.escape(_fold_phrase(before)) + r"\d+" + re.escape(_fold_phrase(after)) + "(?= )"
    inside = word.startswith("~")
    key = _fold_phrase(word.lstrip("~"))
    # A stem of two letters matches only as a whole word.
    whole = whole or len(key) <= 2
    prefix = r"[^ ]*" if inside else _script_prefix(key)
    tail = "(?= )" if whole else r"[^ ]*"
    return prefix + re.escape(key) + tail


def phrase_pattern(phrase: str) -> str:
    """The regular expression for one phrase (without ``&``), to be tried at word starts."""
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
            parts.append(" +" + (_GAP if gap else ""))
        parts.append(_word_pattern(word))
        gap = False
    return "".join(parts)


class PhraseSet:
    """A list of phrases compiled once; finds where any of them occurs.

    Args:
        phrases: phrases in the pattern language; ``A & B`` entries need every part.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        simple: list[str] = []
        self._compound: list[tuple[str | None, list[re.Pattern[str]]]] = []
        keys: set[str] = set()
        self._always = False
        for phrase in phrases:
            parts = [p.strip() for p in phrase.split("&") if p.strip()]
            if not parts:
                continue
            key = _first_key(parts[0])
            if key is None:
                self._always = True
            else:
                keys.add(key)
            if len(parts) == 1:
                simple.append(phrase_pattern(parts[0]))
            else:
                self._compound.append(
                    (key, [re.compile(_AT_WORD + phrase_pattern(p)) for p in parts])
                )
        self._keys = frozenset(keys)
        simple.sort(key=len, reverse=True)
        # One look-behind for the whole alternation: only word starts are tried.
        self._simple = re.compile(_AT_WORD + "(?:" + "|".join(simple) + ")") if simple else None

    @property
    def keys(self) -> frozenset[str] | None:
        """A key one of which every matching text contains (see ``Folded``); None: no such set."""
        return None if self._always else self._keys

    def find(
        self, text: Folded, masked: list[tuple[int, int]] | None = None
    ) -> list[tuple[int, int]]:
        """Folded spans where a phrase occurs, skipping any that overlaps a ``masked`` span."""
        if not self._always and self._keys.isdisjoint(text.keys):
            return []
        folded = text.text
        masked = masked or []
        found: list[tuple[int, int]] = []
        if self._simple is not None:
            # Overlapping matches count: "system is killing" must not hide "is killing me".
            pos = 0
            while (m := self._simple.search(folded, pos)) is not None:
                found.append(m.span())
                pos = m.start() + 1
        for key, parts in self._compound:
            if key is not None and key not in text.keys:
                continue
            spans = []
            for rx in parts:
                hit = next(
                    (m.span() for m in rx.finditer(folded) if not overlaps(m.span(), masked)),
                    None,
                )
                if hit is None:
                    break
                spans.append(hit)
            else:
                found.append(spans[0])
        return [s for s in found if not overlaps(s, masked)]


def overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether ``span`` shares a character with any of ``others``."""
    return any(span[0] < end and start < span[1] for start, end in others)
