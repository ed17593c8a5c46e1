"""The intake unit of work: drop redeliveries, run the flow, queue replies, commit.

Every channel hands its normalised messages to ``IntakeService.handle``. It returns
only after the effect is committed, so the adapter can then acknowledge the
provider; a crash before that means no acknowledgement, a redelivery, and (thanks
to the unique event key) exactly one effect.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.engine import ConversationEngine
from core.messages import InboundMessage, OutboundMessage
from intake.services import Services
from storage.queries import intake as q

log = logging.getLogger(__name__)


class IntakeService:
    """Implements ``InboundSink`` for every channel adapter."""

    def __init__(
        self,
        services: Services,
        engine: ConversationEngine,
        on_queued: Callable[[], None] | None = None,
    ) -> None:
        self._services = services
        self._engine = engine
        self.on_queued: Callable[[], None] = on_queued or (lambda: None)

    async def handle(self, msg: InboundMessage, *, inline: bool = False) -> list[OutboundMessage]:
        """Process one message; a redelivered ``external_id`` has no second effect."""
        services = self._services
        channel = msg.address.channel.value
        pseudonym = services.pseudonyms.pseudonym(msg.address)
        address_enc = services.addresses.encrypt(msg.address)
        async with services.sessions() as session, session.begin():
            if not await q.claim_event(session, channel, msg.external_id):
                log.info("duplicate ignored", extra={"channel": channel})
                return []
            await q.touch_contact(session, pseudonym, channel, address_enc)
            replies = await self._engine.handle(session, msg, pseudonym)
            if not inline:
                await q.enqueue(
                    session, channel, pseudonym, address_enc, [r.to_json() for r in replies]
                )
        if replies and not inline:
            self.on_queued()
        return replies
