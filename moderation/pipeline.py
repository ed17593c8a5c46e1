"""The message pipeline: normalise -> identify language -> anonymise -> screen -> classify.

``Pipeline.process`` is what every intake path calls on a person's free text
before anything is stored or logged. It is synchronous, CPU-only and
thread-safe (stages hold only read-only data; each call has its own ``Work``),
does no I/O and logs nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from moderation._urgent_model import UrgentModel
from moderation.lexicon import Lexicon, load_lexicon
from moderation.stages.anonymise import Anonymiser
from moderation.stages.base import Flag, Stage, Work
from moderation.stages.classify import Classifier
from moderation.stages.language import LanguageIdentifier
from moderation.stages.normalise import Normaliser
from moderation.stages.screen import CueScan, Screener

__all__ = ["Pipeline", "PipelineResult", "default_pipeline"]


@dataclass(frozen=True, slots=True)
class PipelineResult:
    """What the pipeline made of one message; safe to store and log (no raw text).

    Attributes:
        text: the anonymised text, with typed placeholders such as ``[NAME]``.
        lang: ISO 639-1 code ("en", "fa", "ti"...), or "und" if unknown.
        lang_confidence: 0..1; 0.5 when the language came from the hint alone.
        entities: placeholder type -> how many were replaced, e.g. ``{"NAME": 2}``.
        flags: e.g. ``("urgent",)``, ``("spam",)``, ``("abuse",)``, ``("link_only",)``.
        flag_reasons: flag -> short reason code (``"urgent": "detention"``).
        objectives: suggested GCM objective numbers 1..23, best first.
        urgent_cue: where in ``text`` the urgent cue that fired is (start, end), or None.
    """

    text: str
    lang: str
    lang_confidence: float
    entities: dict[str, int]
    flags: tuple[str, ...]
    flag_reasons: dict[str, str]
    objectives: tuple[int, ...]
    urgent_cue: tuple[int, int] | None = None

    @property
    def urgent(self) -> bool:
        """Whether the message suggests someone is in immediate danger."""
        return Flag.URGENT.value in self.flags

    @property
    def urgent_category(self) -> str | None:
        """The urgent flag's category ("detention", "self_harm"...), or None."""
        return self.flag_reasons.get(Flag.URGENT.value)


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    # Read-only data shared by every Pipeline in the process; loaded on first use, never at import.
    return load_lexicon()


@lru_cache(maxsize=1)
def _identifier() -> Any:
    import heliport  # noqa: PLC0415  # about a second and 850 MB: only for texts without a hint

    return heliport.Identifier()


def _data(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        resources.files("moderation").joinpath("data", name).read_text("utf-8")
    )
    return loaded


class Pipeline:
    """Runs the stages in order on each message.

    Args:
        stages: the ordered stages; by default the standard five, built from
            the package's gazetteers and a language identifier (heliport's model is
            loaded once per process, on the first text without a hint).
    """

    def __init__(self, stages: Sequence[Stage] | None = None) -> None:
        if stages is None:
            lexicon = _lexicon()
            model_file = resources.files("moderation").joinpath("data", "urgent_model.npz")
            with model_file.open("rb") as fh:
                model = UrgentModel.load(fh)
            screener = Screener(_data("screening.json"), model)
            stages = (
                Normaliser(),
                LanguageIdentifier(_identifier),
                CueScan(screener),
                Anonymiser(lexicon),
                screener,
                Classifier(_data("objectives.json")),
            )
        self._stages: tuple[Stage, ...] = tuple(stages)

    def process(
        self, text: str, *, lang_hint: str | None = None, sender_name: str | None = None
    ) -> PipelineResult:
        """Anonymise, screen and classify one message.

        Args:
            text: the person's message, raw.
            lang_hint: the language the person chose (ISO 639-1 or 639-3), if any.
            sender_name: the sender's display name; none of its words survive.

        Returns:
            The anonymised text and what was found.

        Raises:
            TypeError: if ``text`` is not a string, or a hint or name is not a string or None.
        """
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        if lang_hint is not None and not isinstance(lang_hint, str):
            raise TypeError("lang_hint must be a str or None")
        if sender_name is not None and not isinstance(sender_name, str):
            raise TypeError("sender_name must be a str or None")
        item = Work(text=text, lang_hint=lang_hint, sender_name=sender_name)
        for stage in self._stages:
            item = stage(item)
        order = list(Flag)
        flags = sorted(item.flags, key=order.index)
        return PipelineResult(
            text=item.text,
            lang=item.lang,
            lang_confidence=item.lang_confidence,
            entities=dict(item.entities),
            flags=tuple(f.value for f in flags),
            flag_reasons={f.value: item.flags[f] for f in flags},
            objectives=item.objectives,
            urgent_cue=item.urgent_cue,
        )


def default_pipeline() -> Pipeline:
    """Build the standard pipeline.

    Each call returns a new ``Pipeline``; the gazetteers and the language model
    behind it are loaded on the first call and shared read-only afterwards.
    """
    return Pipeline()
