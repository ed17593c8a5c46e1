"""Language identification for short chat messages, with the person's chosen language as a hint.

heliport scores the text (lower is better) for about 200 languages. We read its
top candidates and prefer the supported languages that the text's script allows
(Ethiopic: Amharic or Tigrinya; Arabic script: Arabic, Persian, Pashto, Urdu...),
unless an unsupported language wins by a wide margin. heliport has no Hausa
model, so for Latin-script text CLD2 (pycld2) is asked whether it is Hausa first.

The hint (the language the person chose in the bot) decides when the text says
little: no letters at all, two words or fewer, or a low-confidence detection.
When the detection is confident and differs from the hint we trust the text:
people often pick the interface language they can read, then write in their own.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

import pycld2  # type: ignore[import-untyped]
import pycountry
import regex

from i18n.translator import SUPPORTED
from moderation.stages.base import Work, WorkState

_ISO3 = {
    "pes": "fa",
    "prs": "fa",
    "fas": "fa",
    "per": "fa",
    "pbt": "ps",
    "pbu": "ps",
    "pst": "ps",
    "pus": "ps",
    "urd": "ur",
    "arb": "ar",
    "ara": "ar",
    "ary": "ar",
    "arz": "ar",
    "apc": "ar",
    "ajp": "ar",
    "acm": "ar",
    "afb": "ar",
    "ars": "ar",
    "aeb": "ar",
    "arq": "ar",
    "apd": "ar",
    "ayl": "ar",
    "acq": "ar",
    "tir": "ti",
    "amh": "am",
    "som": "so",
    "swa": "sw",
    "swh": "sw",
    "swc": "sw",
    "hau": "ha",
    "ukr": "uk",
    "rus": "ru",
    "tur": "tr",
    "ben": "bn",
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "por": "pt",
}
_SCRIPT_LANGS = {
    "Ethiopic": {"am", "ti"},
    "Arabic": {"ar", "fa", "ps", "ur"},
    "Bengali": {"bn"},
    "Cyrillic": {"ru", "uk"},
    "Latin": {"en", "fr", "es", "pt", "so", "sw", "ha", "tr"},
}
_SCRIPTS = {name: regex.compile(rf"\p{{Script={name}}}") for name in _SCRIPT_LANGS}
_NOISE = regex.compile(r"https?://\S+|www\.\S+|[^\s@]{1,64}@\S+|@\w+|[\d\p{P}\p{S}]+")
_LETTER = regex.compile(r"\p{L}")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*")


@lru_cache(maxsize=1024)
def to_iso1(code: str) -> str:
    """Map an ISO 639-3 code from heliport to ISO 639-1 (or keep it when there is none)."""
    if code in _ISO3:
        return _ISO3[code]
    lang = pycountry.languages.get(alpha_3=code)
    alpha2 = getattr(lang, "alpha_2", None) if lang is not None else None
    return str(alpha2) if alpha2 else code


class LanguageIdentifier:
    """Decide ``Work.lang`` and ``Work.lang_confidence``.

    Args:
        identifier: a ``heliport.Identifier`` (loaded once, about a second).
        min_confidence: below this the hint, if any, wins.
        max_words_for_hint: at or below this many words the hint, if any, wins.
    """

    def __init__(
        self, identifier: Any, *, min_confidence: float = 0.6, max_words_for_hint: int = 2
    ) -> None:
        self._identifier = identifier
        self._min_confidence = min_confidence
        self._max_words = max_words_for_hint

    def __call__(self, item: Work) -> Work:
        """Set the language of ``item`` from its text and hint."""
        hint = _clean_hint(item.lang_hint)
        clean = _NOISE.sub(" ", item.text)
        letters = _LETTER.findall(clean)
        if not letters:
            item.lang, item.lang_confidence = (hint, 0.5) if hint else ("und", 0.0)
        else:
            lang, confidence = self.detect(clean[:2000])
            n_words = len(_WORD.findall(clean))
            weak = n_words <= self._max_words or confidence < self._min_confidence
            # The person chose a supported language; an unsupported guess (Kanuri for Hausa) loses.
            if hint and (weak or lang == "und" or (lang not in SUPPORTED and hint in SUPPORTED)):
                item.lang, item.lang_confidence = (
                    hint,
                    max(confidence if lang == hint else 0.5, 0.5),
                )
            else:
                item.lang, item.lang_confidence = lang, confidence
        item.state = WorkState.IDENTIFIED
        return item

    def detect(self, text: str) -> tuple[str, float]:
        """Return the ISO 639-1 code and a 0..1 confidence for ``text`` alone."""
        allowed = _allowed_languages(text)
        if "ha" in allowed:
            # heliport has no Hausa model; CLD2 does, and is reliable on it.
            hausa = _cld2_hausa(text)
            if hausa is not None:
                return "ha", hausa
        ranked: list[tuple[str, float]] = []
        for code, score in self._identifier.identify_topk_with_score(text, 12):
            lang = to_iso1(str(code))
            if lang not in (c for c, _ in ranked):
                ranked.append((lang, float(score)))
        if not ranked:
            return "und", 0.0
        best_supported = next(((c, s) for c, s in ranked if c in allowed), None)
        top = ranked[0]
        if best_supported is None or (top[1] + 1.0 < best_supported[1] and top[0] not in SUPPORTED):
            choice = top
        else:
            choice = best_supported
        rivals = [s for c, s in ranked if c != choice[0] and (c in allowed or c not in SUPPORTED)]
        margin = (rivals[0] - choice[1]) if rivals else 3.0
        confidence = 1.0 / (1.0 + math.exp(-2.5 * margin))
        if choice[1] > 5.0:
            confidence *= 0.5
        unsure = choice[0] not in SUPPORTED or confidence < self._min_confidence
        if "ha" in allowed and unsure and _hausa_markers(text) >= 3:
            # Hausa that CLD2 misses: heliport then guesses a neighbour (Kanuri, Yoruba) or,
            # unsure, a European language.
            return "ha", 0.7
        return choice[0], round(confidence, 3)


_HAUSA_WORDS = frozenset(
    [
        "mai",
        "yi",
        "mana",
        "kuma",
        "domin",
        "amma",
        "wannan",
        "akwai",
        "cikin",
        "daga",
        "zuwa",
        "babu",
        "sai",
        "har",
        "mun",
        "sun",
        "yana",
        "tana",
        "muna",
        "shi",
        "ita",
        "wayata",
        "lambar",
        "sunana",
        "sannu",
        "ba",
        "ce",
        "ne",
        "da",
        "ta",
        "tun",
        "ga",
        "wani",
        "wata",
        "yake",
        "take",
        "masa",
        "musu",
    ]
)


def _hausa_markers(text: str) -> int:
    words = {w.casefold() for w in _WORD.findall(text)}
    hooked = any(c in text for c in "ɓɗƙƴƁƊƘƳ")
    return len(words & _HAUSA_WORDS) + (3 if hooked else 0)


def _cld2_hausa(text: str) -> float | None:
    try:
        reliable, _, details = pycld2.detect(text)
    except pycld2.error:
        return None
    _, code, percent, _ = details[0]
    if code == "ha" and reliable and percent >= 50:
        return round(min(0.99, 0.5 + float(percent) / 200), 3)
    return None


def _allowed_languages(text: str) -> set[str]:
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPTS.items()}
    script = max(counts, key=lambda k: counts[k])
    return _SCRIPT_LANGS[script] if counts[script] else set(SUPPORTED)


def _clean_hint(hint: str | None) -> str | None:
    if not hint or not isinstance(hint, str):
        return None
    code = hint.strip().lower().replace("_", "-").split("-")[0]
    if len(code) == 3:
        code = to_iso1(code)
    return code if regex.fullmatch(r"[a-z]{2,3}", code) else None
