"""The intake unit of work: drop redeliveries, run the flow, queue replies, commit.

Every channel hands its normalised messages to ``IntakeService.handle``. It returns
only after the effect is committed, so the adapter can then acknowledge the
provider; a crash before that means no acknowledgement, a redelivery, and (thanks
to the unique event key) exactly one effect.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.engine import ConversationEngine, Filed
from core.messages import Address, InboundMessage, OutboundMessage
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

    async def set_stopped(self, msg: InboundMessage, stopped: bool) -> bool:
        """Mark the sender as opted out (STOP) or back in (START).

        Returns whether this changed anything: False for a redelivered event or
        when the person already was in that state, so a confirmation goes out once.
        """
        services = self._services
        channel = msg.address.channel.value
        pseudonym = services.pseudonyms.pseudonym(msg.address)
        address_enc = services.addresses.encrypt(msg.address)
        async with services.sessions() as session, session.begin():
            if not await q.claim_event(session, channel, msg.external_id):
                return False
            contact = await q.touch_contact(session, pseudonym, channel, address_enc)
            changed = bool(contact.stopped) != stopped
            if changed:
                await q.set_contact_stopped(session, pseudonym, stopped)
        return changed

    async def is_stopped(self, address: Address) -> bool:
        """Whether the person at ``address`` opted out of messages."""
        pseudonym = self._services.pseudonyms.pseudonym(address)
        async with self._services.sessions() as session:
            contact = await q.get_contact(session, pseudonym)
        return bool(contact is not None and contact.stopped)

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
        """File a complete submission from a form in one transaction.

        Returns None when ``external_id`` was already used (a form sent twice).
        """
        services = self._services
        channel = address.channel.value
        pseudonym = services.pseudonyms.pseudonym(address)
        async with services.sessions() as session, session.begin():
            if not await q.claim_event(session, channel, external_id):
                return None
            return await self._engine.file_direct(
                session, pseudonym, address.channel, locale, country, theme, text, trend
            )
