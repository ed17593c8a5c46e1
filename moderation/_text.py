"""Text helpers shared by the stages: digit folding, case/diacritic folding and tokens.

Every helper keeps offsets stable: digit folding maps one code point to one code
point, so a span found in the folded copy is the same span in the original text.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex


def _digit_table() -> dict[int, int]:
    table: dict[int, int] = {}
    for cp in range(0x10000):
        ch = chr(cp)
        if unicodedata.category(ch) == "Nd" and not ch.isascii():
            table[cp] = ord("0") + unicodedata.decimal(ch)
    # Arabic decimal and thousands separators read as their Latin counterparts
    table[0x066B] = ord(".")
    table[0x066C] = ord(",")
    return table


@lru_cache(maxsize=1)
def _digits() -> dict[int, int]:
    # Built on first use, not at import.
    return _digit_table()


def ascii_digits(text: str) -> str:
    """The text with every decimal digit (٣, ۳, ৩, ３...) as an ASCII digit; same length."""
    return text.translate(_digits())


# Arabic-script letters that differ only in regional spelling (Arabic vs Persian/Urdu forms)
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ې": "ي",
        "ۍ": "ي",
        "ے": "ي",
        "ك": "ک",
        "ګ": "گ",
        "ة": "ه",
        "ۀ": "ه",
        "ہ": "ه",
        "ۂ": "ه",
        "ھ": "ه",
        "ـ": None,
        "\u200c": None,
        "\u200d": None,
        "’": "'",
        "ʼ": "'",
        "‘": "'",
    }
)

WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’ʼ\-\u200c\u200d][\p{L}\p{M}]+)*")


@lru_cache(maxsize=131072)
def fold(word: str) -> str:
    """Case-, diacritic- and spelling-variant-insensitive key for a word or phrase."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", stripped).translate(_ARABIC_FOLD)


def has_case(word: str) -> bool:
    """Whether the word's script distinguishes upper and lower case (Latin, Cyrillic, Greek)."""
    ch = word[0]
    return ch.lower() != ch.upper()


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text with its offsets and folded key."""

    start: int
    end: int
    text: str
    key: str
    cased: bool
    capital: bool


def tokenise(text: str) -> list[Token]:
    """Split text into word tokens (letters, inner apostrophes and hyphens)."""
    out: list[Token] = []
    for m in WORD_RE.finditer(text):
        w = m.group()
        cased = has_case(w)
        out.append(Token(m.start(), m.end(), w, fold(w), cased, cased and w[0].isupper()))
    return out


_VARIANT_CANON = str.maketrans(
    {
        "ی": "ي",
        "ې": "ي",
        "ۍ": "ي",
        "ى": "ي",
        "ے": "ي",
        "ک": "ك",
        "ة": "ه",
        "ۀ": "ه",
        "ہ": "ه",
        "ھ": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ګ": "گ",
    }
)
_VARIANT_CLASS = {"ي": "[يیېۍىے]", "ك": "[كک]", "ه": "[هةۀہھ]", "ا": "[اأإآ]", "گ": "[گګ]"}


def variant_pattern(words: Iterable[str]) -> str:
    """Like ``trie_pattern``, but Arabic-script letters also match regional variants (ي/ی/ې)."""
    return trie_pattern({w.translate(_VARIANT_CANON) for w in words}, char_class=_VARIANT_CLASS)


def trie_pattern(words: Iterable[str], *, char_class: dict[str, str] | None = None) -> str:
    """A regex alternation of ``words`` arranged as a trie, so matching does not backtrack.

    A plain ``a|b|c`` over thousands of words retries every alternative at each
    position; the trie shares prefixes and is several times faster.
    """
    root: dict[str, Any] = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_to_regex(root, char_class or {}) if root else "(?!)"


def _trie_to_regex(node: dict[str, Any], classes: dict[str, str]) -> str:
    ends = "" in node
    branches = [
        classes.get(ch, regex.escape(ch)) + _trie_to_regex(child, classes)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    # Longer words first: an optional continuation is tried before stopping here.
    return body + "?" if ends else body


# Characters that hide or disguise a detail without changing what a reader sees: format
# characters (zero-width spaces, joiners, bidi marks) anywhere, and combining marks on
# digits, Latin, Greek or Cyrillic letters and punctuation (a stroke or overline over
# "0771"); marks on other scripts' letters are spelling (Arabic vowels, Bengali signs).
_FORMAT = regex.compile(r"\p{Cf}")
_MARK_AFTER = regex.compile(r"(?<=[\p{Nd}\p{Latin}\p{Greek}\p{Cyrillic}\p{P}\p{S}\s][\p{M}]*)\p{M}")
_MIXED = regex.compile(
    r"\p{L}*(?:\p{Latin}\p{L}*[\p{Cyrillic}\p{Greek}]|[\p{Cyrillic}\p{Greek}]\p{L}*\p{Latin})\p{L}*"
)
# Cyrillic and Greek letters that look like Latin ones; folded only inside a word that
# also has Latin letters ("Wаlid" with a Cyrillic а), never in Cyrillic or Greek text.
_CONFUSABLE = str.maketrans(
    "аеорсухіјѕԁӏАВЕКМНОРСТХІЈЅУοαρτνικχυεΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdlABEKMHOPCTXIJSYoaptvikxueABEZHIKMNOPTYX",
)


def _compat_table() -> dict[int, int]:
    table: dict[int, int] = {}
    ranges = (range(0xFF01, 0xFF5F), range(0x1D400, 0x1D800), range(0x2460, 0x2500))
    for block in ranges:
        for cp in block:
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded.isascii() and folded.isalnum():
                table[cp] = ord(folded)
    return table


@lru_cache(maxsize=1)
def _view_table() -> dict[int, int]:
    return {**_digits(), **_compat_table()}


@dataclass(frozen=True, slots=True)
class MatchView:
    """The text as detectors should read it, with a way back to the original offsets.

    Digits of every script become ASCII, full-width and mathematical letters become
    ASCII, Cyrillic and Greek look-alikes inside Latin words become Latin, and
    invisible characters are dropped. ``span`` maps a span of ``text`` back to the
    original, covering every dropped character inside it and right after it (a stroke
    on the last digit goes with the digit).
    """

    text: str
    offsets: tuple[int, ...] | None
    length: int = 0
    # Spans of ``text`` that were Latin words with Cyrillic or Greek look-alikes inside:
    # no word of any language is written so, someone disguised it.
    disguised: tuple[tuple[int, int], ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original (start, end) of the view's ``text[start:end]``."""
        if self.offsets is None:
            return start, end
        after = self.offsets[end] if end < len(self.offsets) else self.length
        return self.offsets[start], after


def match_view(text: str) -> MatchView:
    """Build the detectors' view of ``text`` (see ``MatchView``)."""
    if text.isascii():
        return MatchView(text, None)
    folded = text.translate(_view_table())
    mixed: list[tuple[int, int]] = []
    if _MIXED.search(folded):
        mixed = [m.span() for m in _MIXED.finditer(folded)]
        folded = _MIXED.sub(lambda m: m.group().translate(_CONFUSABLE), folded)
    drop = [m.start() for m in _FORMAT.finditer(folded)]
    drop += [m.start() for m in _MARK_AFTER.finditer(folded)]
    if not drop:
        return MatchView(folded, None, disguised=tuple(mixed))
    dropped = set(drop)
    keep = [i for i in range(len(folded)) if i not in dropped]
    # Offsets of the disguised words once the invisible characters are gone.
    moved = tuple((bisect_left(keep, a), bisect_left(keep, b)) for a, b in mixed)
    return MatchView("".join(folded[i] for i in keep), tuple(keep), len(text), moved)
