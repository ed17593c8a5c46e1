"""Normalisation: one Unicode form, no invisible characters, tidy whitespace.

Invisible format characters (zero-width spaces, bidi overrides, soft hyphens)
are removed because they can split a name or number so that no detector sees
it; the zero-width non-joiner and joiner stay because Persian and other scripts
spell words with them. The anonymiser reads through them anyway: it matches on
``moderation._text.match_view``, which drops them (and combining marks on digits)
and maps what it finds back to the stored text.
"""

from __future__ import annotations

import unicodedata

import regex

from moderation.stages.base import Work, WorkState

_INVISIBLE = regex.compile(r"[\p{Cf}\p{Cc}--[\u200c\u200d\n\t]]", regex.VERSION1)
_SURROGATES = regex.compile(r"[\ud800-\udfff]")
_SPACES = regex.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = regex.compile(r"\n\s*\n+")


class Normaliser:
    """NFC-normalise the text, drop invisible characters and collapse runs of spaces."""

    def __call__(self, item: Work) -> Work:
        """Normalise ``item.text`` in place."""
        text = _SURROGATES.sub("\ufffd", item.text.replace("\r\n", "\n").replace("\r", "\n"))
        text = unicodedata.normalize("NFC", text)
        # Lone surrogates (from badly decoded input) cannot be encoded anywhere downstream.
        text = _SURROGATES.sub("\ufffd", _INVISIBLE.sub("", text))
        text = _SPACES.sub(" ", text)
        text = _BLANK_LINES.sub("\n\n", text)
        item.text = "\n".join(line.strip() for line in text.split("\n")).strip()
        item.state = WorkState.NORMALISED
        return item
