"""The seam every channel implements (courier's handler interface, STYLE.md section 2).

An adapter owns its routes, is the only code that reads provider payloads, and
turns them into ``InboundMessage``s for the intake service. Outbound, it renders
an ``OutboundMessage`` for its provider and raises ``SendError`` saying whether a
retry can help.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol

from aiohttp import web

from bot.engine import Filed
from core.messages import Address, ChannelKind, InboundMessage, OutboundMessage

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True, slots=True)
class RouteSpec:
    """One HTTP route an adapter serves."""

    method: str
    path: str
    handler: Handler


@dataclass(frozen=True, slots=True)
class SendResult:
    """What the provider said when it accepted a reply."""

    external_id: str | None = None


class InboundSink(Protocol):
    """Where adapters hand normalised messages: dedupe, flow, commit, then return.

    ``handle`` returns only after the message's effect is committed, so the adapter
    may acknowledge the provider. It returns the replies; adapters that answer in
    the HTTP response (SMS TwiML, the web form) render them, the others find them
    already queued in the outbox.
    """

    async def handle(self, msg: InboundMessage, *, inline: bool = False) -> list[OutboundMessage]:
        """Process one message; an already-seen ``external_id`` has no second effect."""
        ...


class IntakeSink(InboundSink, Protocol):
    """What the intake service offers adapters beyond ``handle``.

    Opt-out keywords (SMS STOP/START) and forms that give every answer at once
    (the web form) need these; they run the same engine and storage code.
    """

    async def set_stopped(self, msg: InboundMessage, stopped: bool) -> bool:
        """Opt the sender out or back in; True if that changed anything."""
        ...

    async def is_stopped(self, address: Address) -> bool:
        """Whether the person opted out."""
        ...

    async def file_direct(
        self,
        address: Address,
        external_id: str,
        *,
        locale: str,
        country: str | None,
        theme: str | None,
        text: str,
        trend: str | None,
    ) -> Filed | None:
        """File a complete submission; None if ``external_id`` was already used."""
        ...


class ChannelAdapter(Protocol):
    """One channel: its routes in, its provider API out."""

    kind: ClassVar[ChannelKind]

    def routes(self) -> Sequence[RouteSpec]:
        """Return the HTTP routes this channel serves."""
        ...

    async def send(self, address: Address, msg: OutboundMessage) -> SendResult:
        """Deliver one reply; raise ``core.errors.SendError`` on failure."""
        ...

    def redact_values(self) -> Iterable[str]:
        """Return secrets that must never appear in logs (tokens, signing keys)."""
        ...

    async def start(self) -> None:
        """Start background work (set a webhook, begin polling); called once at start-up."""
        ...

    async def stop(self) -> None:
        """Stop background work and release clients; called once at shut-down."""
        ...
