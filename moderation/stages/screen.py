"""Screening: flag urgent protection needs, spam, bare links and abuse.

Runs on the anonymised text. Flags carry short reason codes only, never words
from the message. Urgent cues are tuned for recall: a false alarm costs a
moderator a minute, a missed one can cost much more.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import regex

from moderation._terms import TermMatcher, fold_text
from moderation.stages.base import Entity, Flag, Work, WorkState


class UrgentReason:
    """Reason codes for the urgent flag, most serious first."""

    SELF_HARM = "self_harm"
    TRAFFICKING = "trafficking"
    VIOLENCE = "violence"
    DETENTION = "detention"
    ORDER = (SELF_HARM, TRAFFICKING, VIOLENCE, DETENTION)


_ABUSE = "abuse"
_PLACEHOLDERS = regex.compile(r"\[(?:" + "|".join(e.value for e in Entity) + r")\]")
_LINKISH = {Entity.URL.value, Entity.HANDLE.value, Entity.EMAIL.value}
# Letters, digits or punctuation; a row of crying emoji is not spam.
_REPEATED_CHAR = regex.compile(r"([\w\p{P}])\1{9,}")
_TOKEN = regex.compile(r"\S+")
_LETTER = regex.compile(r"\p{L}")


class Screener:
    """Set ``urgent``, ``spam``, ``link_only`` and ``abuse`` flags.

    Args:
        data: the parsed ``screening.json`` (``urgent`` reason -> language -> cues,
            ``abuse`` language -> terms).
    """

    def __init__(self, data: dict[str, Any]) -> None:
        urgent: dict[str, dict[str, list[str]]] = data["urgent"]
        labels = {
            reason: [t for terms in urgent[reason].values() for t in terms]
            for reason in UrgentReason.ORDER
        }
        labels[_ABUSE] = [t for terms in data["abuse"].values() for t in terms]
        self._matcher = TermMatcher(labels)

    def __call__(self, item: Work) -> Work:
        """Add flags and reason codes to ``item``."""
        text = item.text
        hits = self._matcher.hits(fold_text(text))
        for reason in UrgentReason.ORDER:
            if reason in hits:
                item.flags[Flag.URGENT] = reason
                break
        if _ABUSE in hits:
            item.flags[Flag.ABUSE] = "abusive_language"
        bare = _PLACEHOLDERS.sub(" ", text)
        if any(item.entities.get(k) for k in _LINKISH) and len(_LETTER.findall(bare)) <= 3:
            item.flags[Flag.LINK_ONLY] = "no_text_besides_links"
        spam = _spam_reason(text)
        if spam:
            item.flags[Flag.SPAM] = spam
        item.state = WorkState.SCREENED
        return item


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
