"""Screening: flag urgent protection needs, spam, bare links and abuse.

Runs on the anonymised text (the urgent cues also on the text as written, in memory,
by ``CueScan`` before the anonymiser). Flags carry short reason codes only, never
words from the message; the urgent flag's reason is its category, and the span of
the cue that fired is kept (offsets into the anonymised text) so a moderator sees why.
Urgent cues are tuned for recall, with guards against the false alarms that cost
moderators' attention: past events told as past, policy talk, idioms.
The cue lists live in ``moderation/data/screening.json`` (see ``moderation._cues``
for the phrase syntax).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex

from i18n.translator import normalise_locale
from moderation._cues import Folded, PhraseSet, fold_for_cues, overlaps
from moderation._terms import TermMatcher, fold_text
from moderation._urgent_model import UrgentModel
from moderation.stages.base import Entity, Flag, Work, WorkState


class UrgentReason:
    """Urgent categories, in the order that decides when cues of several fire.

    The more specific category wins: a pushback is usually also violent, a child
    taken by smugglers is also trafficking; the referral for the specific one helps more.
    """

    SELF_HARM = "self_harm"  # suicide or self-harm
    SEXUAL_VIOLENCE = "sexual_violence"  # rape, sexual abuse or coercion
    CHILD_AT_RISK = "child_at_risk"  # a child alone, taken, or in danger
    TRAFFICKING = "trafficking"  # forced work, documents taken, debt, cannot leave
    ABANDONMENT = "abandonment"  # left at sea or in the desert, a boat in distress
    PUSHBACK = "pushback"  # forced back across a border or out to sea
    MISSING_PERSON = "missing_person"  # someone missing, no news
    MEDICAL = "medical"  # a medical emergency
    VIOLENCE = "violence"  # violence or threats
    DETENTION = "detention"  # detained or locked in
    HELP_NOW = "help_now"  # the person asked for help with the "Help now" button or keyword
    ORDER = (
        SELF_HARM,
        SEXUAL_VIOLENCE,
        CHILD_AT_RISK,
        TRAFFICKING,
        ABANDONMENT,
        PUSHBACK,
        MISSING_PERSON,
        MEDICAL,
        VIOLENCE,
        DETENTION,
    )


_ABUSE = "abuse"
_PLACEHOLDERS = regex.compile(r"\[(?:" + "|".join(e.value for e in Entity) + r")\]")
_LINKISH = {Entity.URL.value, Entity.HANDLE.value, Entity.EMAIL.value}
# Letters, digits or punctuation; a row of crying emoji is not spam.
_REPEATED_CHAR = regex.compile(r"([\w\p{P}])\1{9,}")
_TOKEN = regex.compile(r"\S+")
_LETTER = regex.compile(r"\p{L}")
# A year told in the message ("in 2019") places what happened in the past; 2000 is
# more often a sum of money than a year in these messages. The year may carry a case
# ending or a prefix without a space (Turkish "2017'de", folded "2017de"; Amharic "በ2017").
_YEAR = re.compile(r"(?<![0-9])(?:19[5-9]\d|200[1-9]|20[1-4]\d)(?![0-9])")


@dataclass(frozen=True, slots=True)
class _Cues:
    """One language's compiled cue lists."""

    categories: dict[str, PhraseSet]
    # Every category's keys together (None: some phrase has none): a text holding none of
    # them is skipped without asking each category.
    keys: frozenset[str] | None
    neutral: PhraseSet
    past: PhraseSet
    resolved: PhraseSet
    policy: PhraseSet
    now: PhraseSet


@dataclass(frozen=True, slots=True)
class UrgentFinding:
    """Why a message was flagged urgent: its category and the cue's span in the screened text."""

    category: str
    start: int
    end: int


class Screener:
    """Set ``urgent``, ``spam``, ``link_only`` and ``abuse`` flags.

    The urgent screen reads the cue lists of the language the person chose and of
    the language detected (and English, which people mix in everywhere); when the
    detection is unsure, every language written in the text's script too (short
    messages in Somali, Hausa or Pashto are often taken for a neighbour). In each,
    idioms and negations (``_neutral``: "this waiting is killing me") are blanked
    out first; then a category's cues fire unless the message tells of the distant
    past (``_past``, or a year) or of policy (``_policy``) with nothing that says
    "now" (``_now``: "help us", "tonight"), or says that it is over (``_resolved``).

    The anonymiser sometimes takes a word of a cue for a name; the ``CueScan``
    stage, run before it, screens the text as written, and a cue found only there
    still flags the message, its span mapped onto the anonymised text.

    Args:
        data: the parsed ``screening.json``: ``urgent`` maps a language to its
            category cue lists and guard lists; ``abuse`` maps a language to terms.
        model: the learned second opinion (``moderation._urgent_model``), asked only
            when no cue fired, under the same guards; None screens with the cues alone.
    """

    def __init__(self, data: dict[str, Any], model: UrgentModel | None = None) -> None:
        self._model = model
        self._cues: dict[str, _Cues] = {}
        self._script_langs: dict[str, list[str]] = {}
        for lang, lists in data["urgent"].items():
            if lang.startswith("_"):
                continue
            categories = {
                cat: PhraseSet(lists[cat]) for cat in UrgentReason.ORDER if lists.get(cat)
            }
            keys = [p.keys for p in categories.values() if p.keys is not None]
            self._cues[lang] = _Cues(
                categories=categories,
                keys=frozenset().union(*keys) if len(keys) == len(categories) else None,
                neutral=PhraseSet(lists.get("_neutral", ())),
                past=PhraseSet(lists.get("_past", ())),
                resolved=PhraseSet(lists.get("_resolved", ())),
                policy=PhraseSet(lists.get("_policy", ())),
                now=PhraseSet(lists.get("_now", ())),
            )
            # A language is read in every script it has a good number of cues in: Urdu in
            # Arabic letters and, romanised as people write it in chat, in Latin ones.
            scripts = Counter(_script(t) for cat in UrgentReason.ORDER for t in lists.get(cat, ()))
            for script, count in scripts.items():
                if count >= _SCRIPT_CUES:
                    self._script_langs.setdefault(script, []).append(lang)
        self._matcher = TermMatcher(
            {_ABUSE: [t for terms in data["abuse"].values() for t in terms]}
        )

    def __call__(self, item: Work) -> Work:
        """Add flags and reason codes to ``item``."""
        text = item.text
        finding = None
        # Anonymising only puts placeholders where personal data was: when the text as
        # written had no cue, this one has none either.
        if not item.raw_scanned or item.raw_cue is not None:
            finding = self.urgent(text, *self.reading(text, item))
        if finding is None and item.raw_cue is not None:
            finding = item.raw_cue
            start, end = _map_span(item.raw_text or "", text, finding.start, finding.end)
            finding = UrgentFinding(finding.category, start, end)
        item.raw_cue = None
        item.raw_text = None
        if finding is not None:
            item.flags[Flag.URGENT] = finding.category
            if finding.end > finding.start:
                item.urgent_cue = (finding.start, finding.end)
        if _ABUSE in self._matcher.hits(fold_text(text)):
            item.flags[Flag.ABUSE] = "abusive_language"
        bare = _PLACEHOLDERS.sub(" ", text)
        if any(item.entities.get(k) for k in _LINKISH) and len(_LETTER.findall(bare)) <= 3:
            item.flags[Flag.LINK_ONLY] = "no_text_besides_links"
        spam = _spam_reason(text)
        if spam:
            item.flags[Flag.SPAM] = spam
        item.state = WorkState.SCREENED
        return item

    def languages(
        self, text: str, hint: str | None, detected: str | None, confidence: float
    ) -> list[str]:
        """The cue languages to read ``text`` in, the person's choice first."""
        order: list[str] = []
        for code in (hint, detected, "en"):
            lang = normalise_locale(code) if code else None
            if lang and lang in self._cues and lang not in order:
                order.append(lang)
        if confidence < _SURE:
            order += [
                lang for lang in self._script_langs.get(_script(text), ()) if lang not in order
            ]
        return order

    def reading(self, text: str, item: Work) -> tuple[list[str], list[str]]:
        """The languages to read ``text`` in, and those whose guards are read in full.

        Guards in full: the chosen language, the detected one when the detection is sure,
        and English (see ``urgent``).
        """
        return (
            self.languages(text, item.lang_hint, item.lang, item.lang_confidence),
            self.languages(text, item.lang_hint, _sure(item), 1.0),
        )

    def urgent(
        self, text: str, langs: Iterable[str], guards: Iterable[str] | None = None
    ) -> UrgentFinding | None:
        """The urgent category and cue span for ``text`` read in ``langs``, or None.

        ``guards``: the languages whose idiom and guard lists are read in full (the chosen
        one, the detected one when the detection is sure, and English); a language of
        ``langs`` read only because it shares the text's script counts a guard phrase of one
        word only when one of its own cues fired.
        One word of a neighbour's guard list ("foro", a forum, in Spanish) must not silence
        a Persian message it merely resembles; a phrase of several words is that language.
        None: every language of ``langs`` in full.
        """
        folded = fold_for_cues(text)
        langs = [lang for lang in langs if lang in self._cues]
        always = set(langs if guards is None else guards)
        found: dict[str, list[tuple[int, int]]] = {}
        read: list[tuple[_Cues, bool]] = []
        for lang in langs:
            cues = self._cues[lang]
            fired = False
            if cues.keys is not None and cues.keys.isdisjoint(folded.keys):
                read.append((cues, lang not in always))
                continue
            for cat, phrases in cues.categories.items():
                spans = phrases.find(folded)
                if spans:
                    fired = True
                    found.setdefault(cat, []).extend(spans)
            read.append((cues, not fired and lang not in always))
        if not found and self._model is None:
            return None  # most messages: no guard needs reading
        masked = [s for cues, strict in read for s in _guard(cues.neutral, folded, [], strict)]
        hits = {
            cat: min(kept)
            for cat, spans in found.items()
            if (kept := [s for s in spans if not overlaps(s, masked)])
        }
        if hits:
            if self._vetoed(folded, read, masked):
                return None
            category = next(c for c in UrgentReason.ORDER if c in hits)
            start, end = folded.span(*hits[category])
            return UrgentFinding(category, start, end)
        if self._model is None:
            return None
        # No cue: the learned model reads the text with idioms and negations blanked out.
        blanked = folded.text
        for a, b in masked:
            blanked = blanked[:a] + " " * (b - a) + blanked[b:]
        seen = self._model.find(blanked)
        if seen is None or self._vetoed(folded, read, masked):
            return None
        start, end = folded.span(seen.start, seen.end)
        return UrgentFinding(seen.category, start, end)

    @staticmethod
    def _vetoed(
        folded: Folded, read: list[tuple[_Cues, bool]], masked: list[tuple[int, int]]
    ) -> bool:
        """Whether the guards say the danger is over, long past or policy talk."""
        if any(_guard(cues.resolved, folded, masked, strict) for cues, strict in read):
            return True
        past = _YEAR.search(folded.text) is not None or any(
            _guard(cues.past, folded, masked, strict) for cues, strict in read
        )
        policy = past or any(_guard(cues.policy, folded, masked, strict) for cues, strict in read)
        return policy and not any(_guard(cues.now, folded, masked, strict) for cues, strict in read)


class CueScan:
    """Screen the text as written, before anonymisation; the ``Screener`` uses the finding.

    Nothing leaves the work item: the finding and the text it refers to are
    dropped by the ``Screener`` once it has mapped the cue onto the anonymised text.
    """

    def __init__(self, screener: Screener) -> None:
        self._screener = screener

    def __call__(self, item: Work) -> Work:
        """Record the urgent finding on the text as written, if any."""
        item.raw_cue = self._screener.urgent(item.text, *self._screener.reading(item.text, item))
        item.raw_scanned = True
        item.raw_text = item.text if item.raw_cue is not None else None
        return item


_SURE = 0.8


def _sure(item: Work) -> str | None:
    """The detected language when the detection is sure, else None."""
    return item.lang if item.lang_confidence >= _SURE else None


def _guard(
    phrases: PhraseSet, folded: Folded, masked: list[tuple[int, int]], strict: bool
) -> list[tuple[int, int]]:
    """Where a guard phrase occurs; ``strict``: only phrases of more than one word."""
    spans = phrases.find(folded, masked)
    if strict:
        return [(a, b) for a, b in spans if " " in folded.text[a:b].strip()]
    return spans


# Cues in a script a language needs before its list is read for any text in that script.
_SCRIPT_CUES = 15


def _script(text: str) -> str:
    """The script most letters of ``text`` are written in ("LATIN", "ARABIC"...)."""
    counts: Counter[str] = Counter(
        unicodedata.name(ch, "?").split(" ", 1)[0] for ch in text if ch.isalpha()
    )
    return counts.most_common(1)[0][0] if counts else ""


def _map_span(before: str, after: str, start: int, end: int) -> tuple[int, int]:
    """Map ``[start, end)`` of ``before`` onto ``after``, an edited copy of it."""
    new_start, new_end = len(after), 0
    for tag, a0, a1, b0, b1 in difflib.SequenceMatcher(
        None, before, after, autojunk=False
    ).get_opcodes():
        if a1 <= start or a0 >= end:
            continue
        if tag == "equal":
            lo, hi = b0 + max(start - a0, 0), b0 + min(end, a1) - a0
        else:
            lo, hi = b0, b1
        new_start, new_end = min(new_start, lo), max(new_end, hi)
    if new_end <= new_start:
        return 0, 0
    return new_start, new_end


def _spam_reason(text: str) -> str | None:
    if _REPEATED_CHAR.search(text):
        return "repeated_characters"
    tokens = _TOKEN.findall(text.casefold())
    if any(len(t) >= 60 and not t.startswith("[") for t in tokens):
        return "very_long_token"
    if len(tokens) >= 6:
        _, top = Counter(tokens).most_common(1)[0]
        if (top >= 5 and top / len(tokens) > 0.5) or (
            len(tokens) >= 8 and len(set(tokens)) / len(tokens) <= 0.25
        ):
            return "repeated_tokens"
    return None
