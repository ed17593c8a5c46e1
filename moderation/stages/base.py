"""The stage seam: the per-message work item, its states, flags and entity types.

Stages are synchronous callables, not coroutines: the whole
pipeline is CPU-only and takes well under a millisecond per message, so an
event loop would only add overhead; async callers wrap ``Pipeline.process`` in
``asyncio.to_thread`` if they need to.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from moderation.stages.screen import UrgentFinding


class WorkState(StrEnum):
    """How far a message has gone through the pipeline."""

    RECEIVED = "received"  # raw text in memory, not yet anonymised: must not leave the process
    NORMALISED = "normalised"  # Unicode-normalised, invisible characters removed
    IDENTIFIED = "identified"  # language decided
    ANONYMISED = "anonymised"  # personal data replaced by placeholders; safe to store
    SCREENED = "screened"  # urgent / spam / abuse flags set
    CLASSIFIED = "classified"  # GCM objectives suggested; done


class Flag(StrEnum):
    """Flags a moderator sees on a submission."""

    URGENT = "urgent"  # may be in immediate danger: referral message and top of the queue
    SPAM = "spam"  # repetitive or machine-like text
    ABUSE = "abuse"  # insults or hate speech
    LINK_ONLY = "link_only"  # nothing but links or handles


class Entity(StrEnum):
    """Placeholder types written into anonymised text as ``[TYPE]``."""

    NAME = "NAME"  # a person's given or family name
    PHONE = "PHONE"  # a telephone number
    EMAIL = "EMAIL"  # an e-mail address
    URL = "URL"  # a web address other than a known organisation's home page
    HANDLE = "HANDLE"  # a social-media handle or profile link
    ID = "ID"  # passport, national ID, case or permit number
    IBAN = "IBAN"  # a bank account number
    CARD = "CARD"  # a payment card number (Luhn-valid)
    ADDRESS = "ADDRESS"  # a street address or house number
    DOB = "DOB"  # a date of birth

    @property
    def placeholder(self) -> str:
        """The text that replaces an entity of this type."""
        return f"[{self.value}]"


@dataclass(slots=True)
class Work:
    """One message on its way through the stages; private to one ``process`` call."""

    text: str
    lang_hint: str | None = None
    sender_name: str | None = None
    state: WorkState = WorkState.RECEIVED
    lang: str = "und"
    lang_confidence: float = 0.0
    entities: Counter[str] = field(default_factory=Counter)
    flags: dict[Flag, str] = field(default_factory=dict)
    objectives: tuple[int, ...] = ()
    urgent_cue: tuple[int, int] | None = None  # span of the urgent cue in the anonymised text
    # Set by the cue scan on the text as written, cleared by the screener: never stored.
    raw_cue: UrgentFinding | None = field(default=None, repr=False)
    raw_text: str | None = field(default=None, repr=False)
    raw_scanned: bool = False  # the cue scan ran on the text as written


class Stage(Protocol):
    """One step of the pipeline: reads and updates the work item, never does I/O."""

    def __call__(self, item: Work) -> Work:
        """Process the item and return it (usually the same object)."""
        ...
