"""An in-memory channel for conversation tests (errbot's test backend): push text, pop replies."""

from __future__ import annotations

import itertools

from core.messages import Address, ChannelKind, InboundMessage, OutboundMessage
from intake.service import IntakeService

_ids = itertools.count(1)


class FakeChannel:
    """One person talking to the real intake service and engine, with no provider."""

    def __init__(
        self,
        intake: IntakeService,
        value: str,
        *,
        channel: ChannelKind = ChannelKind.TELEGRAM,
        sender_name: str | None = None,
        locale_hint: str | None = "en",
    ) -> None:
        self.intake = intake
        self.address = Address(channel, value)
        self.sender_name = sender_name
        self.locale_hint = locale_hint
        self.inbox: list[OutboundMessage] = []

    async def push(
        self, text: str | None = None, *, choice: str | None = None, media: bool = False
    ) -> list[OutboundMessage]:
        """Send one message as the person; return (and keep) the replies."""
        msg = InboundMessage(
            address=self.address,
            external_id=f"fake-{next(_ids)}",
            text=text,
            choice=choice,
            sender_name=self.sender_name,
            locale_hint=self.locale_hint,
            media=media,
        )
        replies = await self.intake.handle(msg, inline=True)
        self.inbox.extend(replies)
        return replies

    def pop(self) -> OutboundMessage:
        """Take the oldest reply not yet looked at."""
        return self.inbox.pop(0)

    def last(self) -> OutboundMessage:
        """The newest reply, leaving the inbox empty."""
        reply = self.inbox[-1]
        self.inbox.clear()
        return reply
