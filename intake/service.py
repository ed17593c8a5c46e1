"""The intake unit of work: drop redeliveries, run the flow, queue replies, commit.

Every channel hands its normalised messages to ``IntakeService.handle``. It returns
only after the effect is committed, so the adapter can then acknowledge the
provider; a crash before that means no acknowledgement, a redelivery, and (thanks
to the unique event key) exactly one effect.

Failures: a database that is down or a write conflict answers 503 with
Retry-After (the provider redelivers later). A message that makes our code fail
is retried by the provider up to ``max_attempts`` times; after that it becomes a
dead letter (no text kept), the person is told, and the provider gets its 200.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.engine import ConversationEngine, Filed, person_locale
from core.clock import utcnow
from core.errors import AppError, Overloaded
from core.logs import exception_summary
from core.messages import HELP_NOW, Address, InboundMessage, OutboundKind, OutboundMessage
from i18n.translator import N_, gettext, is_rtl, negotiate
from intake.metrics import Metrics
from intake.services import Services
from storage.batch import GroupCommitter, database_unavailable
from storage.models import DeadLetter
from storage.queries import intake as q

log = logging.getLogger(__name__)

APOLOGY = N_(
    "Sorry, something went wrong with your message and we could not process it. "
    "Please try again later, or send /start."
)

# After the database failed as unreachable, answer 503 at once for this long instead
# of making every request wait out its own timeout; then let one try again.
_UNAVAILABLE_PAUSE = 2.0

# Encrypted reply addresses of the people who wrote most recently, so each message
# does not pay for a fresh encryption (Fernet's random IV makes any token valid).
_ADDRESS_CACHE = 4096


class IntakeService:
    """Implements ``InboundSink`` for every channel adapter."""

    def __init__(
        self,
        services: Services,
        engine: ConversationEngine,
        on_queued: Callable[[], None] | None = None,
        *,
        metrics: Metrics | None = None,
        max_attempts: int = 5,
        group_commit: int = 64,
        group_commit_lanes: int = 1,
    ) -> None:
        self._services = services
        self._engine = engine
        self.on_queued: Callable[[], None] = on_queued or (lambda: None)
        self._metrics = metrics or Metrics()
        self._max_attempts = max_attempts
        self._sealed: OrderedDict[str, bytes] = OrderedDict()
        self._unavailable_until = 0.0
        bulk = services.engine.dialect.driver == "asyncpg"  # see storage.queries.intake
        self.committer = GroupCommitter(
            services.sessions,
            max_batch=group_commit,
            lanes=group_commit_lanes,
            prepare=q.begin_batch if bulk else None,
            finish=q.end_batch if bulk else None,
        )

    async def handle(self, msg: InboundMessage, *, inline: bool = False) -> list[OutboundMessage]:
        """Process one message; a redelivered ``external_id`` has no second effect."""
        channel = msg.address.channel.value
        key = self._services.pseudonyms.event_key(channel, msg.external_id)
        outcome = self._metrics.updates
        loop = asyncio.get_running_loop()
        if loop.time() < self._unavailable_until:
            outcome.labels(channel=channel, outcome="db_unavailable").inc()
            raise Overloaded("storage unavailable, retry later", retry_after=5)
        try:
            replies = await self._process(msg, key, inline)
        except IntegrityError as exc:
            # Two processes created the same person's first rows at once; the loser retries.
            outcome.labels(channel=channel, outcome="conflict").inc()
            raise Overloaded("concurrent update, retry", retry_after=1) from exc
        except (DBAPIError, OSError, TimeoutError) as exc:
            if database_unavailable(exc):
                self._unavailable_until = loop.time() + _UNAVAILABLE_PAUSE
            outcome.labels(channel=channel, outcome="db_unavailable").inc()
            log.warning("database unavailable", extra={"error": exception_summary(exc)})
            raise Overloaded("storage unavailable, retry later", retry_after=5) from exc
        except AppError:
            outcome.labels(channel=channel, outcome="error").inc()
            raise
        except Exception as exc:
            outcome.labels(channel=channel, outcome="error").inc()
            if await self._count_failure(channel, key, exc) < self._max_attempts:
                raise
            outcome.labels(channel=channel, outcome="dead_letter").inc()
            return await self._dead_letter(msg, key, inline)
        if replies is None:
            outcome.labels(channel=channel, outcome="duplicate").inc()
            return []
        outcome.labels(channel=channel, outcome="processed").inc()
        if replies and not inline:
            self.on_queued()
        return replies

    async def _process(
        self, msg: InboundMessage, key: str, inline: bool
    ) -> list[OutboundMessage] | None:
        channel = msg.address.channel.value
        pseudonym, address_enc = self._identify(msg.address)

        async def work(session: AsyncSession) -> list[OutboundMessage] | None:
            if not await q.claim_event(session, channel, key):
                log.info("duplicate ignored", extra={"channel": channel})
                return None
            await q.touch_contact(session, pseudonym, channel, address_enc)
            replies = await self._engine.handle(session, msg, pseudonym)
            if not inline:
                await q.enqueue(
                    session, channel, pseudonym, address_enc, [r.to_json() for r in replies]
                )
            return replies

        return await self.committer.run(work, key=pseudonym, hint=(channel, key, pseudonym))

    def _identify(self, address: Address) -> tuple[str, bytes]:
        """The person's pseudonym and encrypted reply address (one pseudonym, one address)."""
        pseudonym = self._services.pseudonyms.pseudonym(address)
        sealed = self._sealed.get(pseudonym)
        if sealed is None:
            sealed = self._sealed[pseudonym] = self._services.addresses.encrypt(address)
            if len(self._sealed) > _ADDRESS_CACHE:
                self._sealed.popitem(last=False)
        else:
            self._sealed.move_to_end(pseudonym)
        return pseudonym, sealed

    async def close(self) -> None:
        """Stop the group-commit consumer."""
        await self.committer.close()

    async def _count_failure(self, channel: str, key: str, exc: Exception) -> int:
        log.error("message processing failed", extra={"channel": channel}, exc_info=exc)
        async with self._services.sessions() as session, session.begin():
            row = (
                await session.execute(select(DeadLetter).where(DeadLetter.event_key == key))
            ).scalar_one_or_none()
            if row is None:
                row = DeadLetter(channel=channel, event_key=key, attempts=0, error="", dead=False)
                session.add(row)
            row.attempts += 1
            row.error = exception_summary(exc)[:300]
            row.last_failed_at = utcnow()
            return row.attempts

    async def _dead_letter(
        self, msg: InboundMessage, key: str, inline: bool
    ) -> list[OutboundMessage]:
        services = self._services
        channel = msg.address.channel.value
        pseudonym, address_enc = self._identify(msg.address)
        locale = negotiate(None, [msg.locale_hint])
        apology = OutboundMessage(
            kind=OutboundKind.TEXT,
            text=gettext(locale, APOLOGY),
            lang=locale,
            rtl=is_rtl(locale),
        )
        async with services.sessions() as session, session.begin():
            if not await q.claim_event(session, channel, key):
                return []
            row = (
                await session.execute(select(DeadLetter).where(DeadLetter.event_key == key))
            ).scalar_one()
            row.dead = True
            if not inline:
                await q.enqueue(session, channel, pseudonym, address_enc, [apology.to_json()])
        log.error("message dead-lettered", extra={"channel": channel})
        if not inline:
            self.on_queued()
        return [apology]

    async def set_stopped(self, msg: InboundMessage, stopped: bool) -> bool:
        """Mark the sender as opted out (STOP) or back in (START).

        Returns whether this changed anything: False for a redelivered event or
        when the person already was in that state, so a confirmation goes out once.
        """
        services = self._services
        channel = msg.address.channel.value
        pseudonym, address_enc = self._identify(msg.address)
        async with services.sessions() as session, session.begin():
            if not await q.claim_event(
                session, channel, services.pseudonyms.event_key(channel, msg.external_id)
            ):
                return False
            contact = await q.touch_contact(session, pseudonym, channel, address_enc)
            changed = bool(contact.stopped) != stopped
            if changed:
                await q.set_contact_stopped(session, pseudonym, stopped)
        return changed

    async def locale_for(self, msg: InboundMessage) -> str:
        """The language the engine would answer this sender in (e.g. for STOP's reply)."""
        pseudonym = self._services.pseudonyms.pseudonym(msg.address)
        async with self._services.sessions() as session:
            conv = await q.load_conversation(session, pseudonym)
        return person_locale(conv, msg)

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
            if not await q.claim_event(
                session, channel, services.pseudonyms.event_key(channel, external_id)
            ):
                return None
            return await self._engine.file_direct(
                session, pseudonym, address.channel, locale, country, theme, text, trend
            )

    def referral(self, locale: str, country: str | None) -> str:
        """The "Help now" referral text, without filing anything."""
        return self._engine.referral(country, locale, HELP_NOW)

    async def help_now(
        self, address: Address, external_id: str, *, locale: str, country: str | None
    ) -> Filed | None:
        """File an urgent "Help now" item for a visitor who wrote nothing, in one transaction.

        Returns None when ``external_id`` was already used (the same visitor asked before).
        """
        services = self._services
        channel = address.channel.value
        pseudonym = services.pseudonyms.pseudonym(address)
        async with services.sessions() as session, session.begin():
            if not await q.claim_event(
                session, channel, services.pseudonyms.event_key(channel, external_id)
            ):
                return None
            return await self._engine.help_now_direct(
                session, pseudonym, address.channel, locale, country
            )
