"""The seam every channel implements: routes in, ``InboundMessage`` out, replies sent back.

An adapter owns its routes, is the only code that reads provider payloads, and
turns them into ``InboundMessage``s for the intake service. Outbound, it renders
an ``OutboundMessage`` for its provider and raises ``SendError`` saying whether a
retry can help.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol, runtime_checkable

from bot.engine import Filed
from bot.flow import Flow
from core.errors import SendError
from core.messages import Address, ChannelKind, InboundMessage, OutboundMessage
from intake.http_common import Handler


@dataclass(frozen=True, slots=True)
class RouteSpec:
    """One HTTP route an adapter serves."""

    method: str
    path: str
    handler: Handler
    # The handler renders its own page when the body is too large (``BODY_ERROR``).
    own_error_page: bool = False


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


@runtime_checkable
class RidingSink(Protocol):
    """A sink that can leave a message's first reply to the adapter (a webhook's answer)."""

    async def handle_riding(self, msg: InboundMessage, ride: str) -> OutboundMessage | None:
        """Process one message; return the first reply if the adapter is to send it."""
        ...


class Rides(Protocol):
    """Lease tokens for replies that ride webhook answers, and where their fate is told."""

    def ride_token(self) -> str | None:
        """A new token, or None when no worker runs here to record the reply."""
        ...

    def rode(self, token: str, *, sent: bool) -> None:
        """Tell whether the reply leased to ``token`` went out."""
        ...


@runtime_checkable
class AnswersWebhooks(Protocol):
    """An adapter whose webhook answer can carry a reply (Telegram's method in the answer)."""

    def ride_webhook_answers(self, rides: Rides) -> None:
        """Start sending first replies in webhook answers, leased from ``rides``."""
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

    async def locale_for(self, msg: InboundMessage) -> str:
        """The language the conversation would answer this sender in."""
        ...

    async def file_direct(
        self,
        address: Address,
        external_id: str,
        *,
        locale: str,
        text: str,
        answers: Mapping[str, object] | None = None,
    ) -> Filed | None:
        """File a complete submission; None if ``external_id`` was already used.

        ``answers`` maps the flow's question ids to validated answers.
        """
        ...

    @property
    def flow(self) -> Flow:
        """The questionnaire a form shows."""
        ...

    async def take(self, kind: str, value: str, *, limit: int, window: float) -> float:
        """Count an event against a limit shared by all processes; 0.0 or seconds to wait."""
        ...

    async def give_back(self, kind: str, value: str, *, limit: int, window: float) -> None:
        """Return an event counted by ``take`` that had no effect."""
        ...

    async def first_time(self, kind: str, value: str, *, ttl: float) -> bool:
        """Record ``value`` for ``ttl`` seconds; False if it was recorded already."""
        ...

    async def help_now(
        self, address: Address, external_id: str, *, locale: str, country: str | None
    ) -> Filed | None:
        """File an urgent "Help now" item; None if ``external_id`` was already used."""
        ...

    def referral(self, locale: str, country: str | None) -> str:
        """The "Help now" referral text, without filing anything."""
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


def http_send_error(
    provider: str,
    status: int,
    code: object,
    retry_after_header: str | None,
    *,
    blocked: Collection[object],
    rate_limited: Collection[object],
    permanent: Mapping[object, tuple[str, str]] | None = None,
) -> SendError:
    """Classify a provider's refusal: what to tell the outbox worker about retrying.

    Args:
        provider: the API's name, for the message.
        status: the HTTP status of the refusal.
        code: the provider's own error code, if its body had one.
        retry_after_header: the Retry-After header, if any.
        blocked: codes meaning the person cannot or will not receive messages.
        rate_limited: codes meaning "too fast", whatever the status.
        permanent: other codes that must not be retried, as ``code -> (message, our code)``.
    """
    retry_after: float | None = None
    if retry_after_header:
        with contextlib.suppress(ValueError):
            retry_after = float(retry_after_header)
    if permanent and code in permanent:
        message, ours = permanent[code]
        return SendError(message, retryable=False, code=ours)
    if code in blocked:
        return SendError("recipient cannot be reached", retryable=False, code="blocked")
    if status == 429 or code in rate_limited:
        return SendError(
            "rate limited", retryable=True, code="rate_limited", retry_after=retry_after
        )
    if status >= 500:
        return SendError(f"{provider} error {status}", retryable=True, code="server_error")
    return SendError(f"request refused ({status}, {code})", retryable=False, code="bad_request")
