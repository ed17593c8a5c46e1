"""The normalised messages that flow between channel adapters and the conversation engine.

Adapters translate provider payloads into ``InboundMessage`` and render
``OutboundMessage`` for their provider; nothing inward ever sees a provider object.
Raw text lives in these objects only in memory: their ``repr`` never shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from core.clock import utcnow


class ChannelKind(StrEnum):
    """The ways a person can reach us."""

    TELEGRAM = "telegram"
    WHATSAPP = "whatsapp"
    SMS = "sms"
    WEB = "web"


@dataclass(frozen=True, slots=True)
class Address:
    """Where a person can be answered, like a RapidPro URN (``telegram:123``, ``tel:+254…``).

    The value is personal data: it is kept out of ``repr`` and logs.
    """

    channel: ChannelKind
    value: str = field(repr=False)

    def urn(self) -> str:
        """Return ``channel:value``; personal data, for keyed hashing and encryption only."""
        return f"{self.channel.value}:{self.value}"


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """One thing a person sent, normalised.

    Attributes:
        address: who sent it and where to reply.
        external_id: the provider's id for the event, used to drop redeliveries.
        text: free text as typed (raw, in memory only), or None.
        choice: the id of a button or list row the person picked, or None.
        sender_name: the display name the channel gave us; only used to remove it
            from the text, never stored.
        locale_hint: the language the channel suggests (Telegram ``language_code``,
            Accept-Language, a phone number's country).
        media: the message carried something other than text (voice, photo …).
    """

    address: Address
    external_id: str
    text: str | None = field(default=None, repr=False)
    choice: str | None = None
    sender_name: str | None = field(default=None, repr=False)
    locale_hint: str | None = None
    media: bool = False
    received_at: datetime = field(default_factory=utcnow)


class OutboundKind(StrEnum):
    """The few shapes of reply every channel knows how to render."""

    TEXT = "text"  # plain text
    CHOICES = "choices"  # text with a list of options (buttons, numbered lines)
    RECEIPT = "receipt"  # the receipt code after a submission is filed


HELP_NOW = "help_now"  # the id of the "Help now" option offered with every question


@dataclass(frozen=True, slots=True)
class Choice:
    """One option the person can pick; ``id`` comes back as ``InboundMessage.choice``."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class OutboundMessage:
    """A reply, already translated into the person's language.

    Only our own words (and receipt codes) go here, never a person's text, so
    the outbox can store it as it is.
    """

    kind: OutboundKind
    text: str
    choices: tuple[Choice, ...] = ()
    lang: str = "en"
    receipt: str | None = None
    rtl: bool = False
    # A provider-approved template to send the text in, where the channel allows only
    # templates (WhatsApp outside its 24-hour window): ``name:language``. ``fallback``
    # is the one to use if the channel refuses the free text for that reason.
    template: str | None = None
    fallback: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-serialisable form for the outbox."""
        data: dict[str, Any] = {
            "kind": self.kind.value,
            "text": self.text,
            "choices": [[c.id, c.label] for c in self.choices],
            "lang": self.lang,
            "receipt": self.receipt,
            "rtl": self.rtl,
        }
        if self.template is not None:
            data["template"] = self.template
        if self.fallback is not None:
            data["fallback"] = self.fallback
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OutboundMessage:
        """Rebuild a message stored by ``to_json``."""
        return cls(
            kind=OutboundKind(data["kind"]),
            text=data["text"],
            choices=tuple(Choice(id=c[0], label=c[1]) for c in data.get("choices", [])),
            lang=data.get("lang", "en"),
            receipt=data.get("receipt"),
            rtl=bool(data.get("rtl", False)),
            template=data.get("template"),
            fallback=data.get("fallback"),
        )
