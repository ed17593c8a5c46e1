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
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.engine import Analysed, ConversationEngine, Filed, person_locale
from bot.flow import Flow
from core.clock import utcnow
from core.errors import AppError, Overloaded
from core.logs import exception_summary
from core.messages import HELP_NOW, Address, InboundMessage, OutboundKind, OutboundMessage
from i18n.translator import N_, gettext, is_rtl, negotiate
from intake.context import Services
from intake.metrics import Metrics
from storage.batch import GroupCommitter, database_unavailable
from storage.models import DeadLetter
from storage.queries import intake as q
from storage.queries import throttle
from storage.queries.retention import compact_sqlite

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

# Texts at least this long are anonymised on the pipeline thread before their
# transaction starts; shorter ones cost less than the hop and run in place.
OFFLOAD_CHARS = 200
# Texts waiting for the pipeline thread at most; beyond that the request gets 503.
_PIPELINE_QUEUE = 256

T = TypeVar("T")


class PipelineThread:
    """Runs the pipeline on one worker thread, with a bounded queue.

    The pipeline is pure Python, so a second thread would only share the GIL; one
    thread keeps the event loop's share large (it gets the GIL at every switch
    interval), so webhooks keep answering while long texts are analysed.
    """

    def __init__(self, max_waiting: int = _PIPELINE_QUEUE) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pipeline")
        self._waiting = 0
        self._max_waiting = max_waiting

    async def run(self, func: Callable[..., T], *args: Any) -> T:
        """Run ``func(*args)`` on the thread; raise ``Overloaded`` if too many wait."""
        if self._waiting >= self._max_waiting:
            raise Overloaded("too many messages being analysed, retry later", retry_after=2)
        self._waiting += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._pool, func, *args)
        finally:
            self._waiting -= 1

    def close(self) -> None:
        """Let the thread finish what it has and end."""
        self._pool.shutdown(wait=False, cancel_futures=True)


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
        lease: timedelta = timedelta(seconds=60),
    ) -> None:
        self._services = services
        self._lease = lease
        # Ride tokens whose first reply was queued leased to them (handle_riding).
        self._rode: set[str] = set()
        self._engine = engine
        self.on_queued: Callable[[], None] = on_queued or (lambda: None)
        self._metrics = metrics or Metrics()
        self._max_attempts = max_attempts
        self._sealed: OrderedDict[str, bytes] = OrderedDict()
        # The language each recent sender was last answered in: the locale a long
        # text is analysed with ahead of its turn (a wrong guess is redone in place).
        self._locales: OrderedDict[str, str] = OrderedDict()
        self.pipeline = PipelineThread()
        self._erased = False
        self._compaction: asyncio.Task[None] | None = None
        engine.on_erase = self._note_erasure
        self._unavailable_until = 0.0
        self._store = store = engine.store = services.intake_store
        self.committer = GroupCommitter(
            services.sessions,
            max_batch=group_commit,
            lanes=group_commit_lanes,
            prepare=store.begin_batch if store.batches else None,
            finish=store.end_batch if store.batches else None,
        )

    @property
    def flow(self) -> Flow:
        """The questionnaire new conversations and forms follow."""
        return self._engine.flow

    async def handle(self, msg: InboundMessage, *, inline: bool = False) -> list[OutboundMessage]:
        """Process one message; a redelivered ``external_id`` has no second effect."""
        return await self._handle(msg, inline, None)

    async def handle_riding(self, msg: InboundMessage, ride: str) -> OutboundMessage | None:
        """Process one message; return its first reply if the caller is to send it itself.

        That reply is committed with the others, leased to ``ride`` (see
        ``storage.queries.intake.enqueue``), so it is sent by the outbox if the caller
        never reports it sent. None: nothing to send (a redelivery, no reply, or an
        apology queued for the outbox).
        """
        try:
            replies = await self._handle(msg, False, ride)
        finally:
            queued_leased = ride in self._rode
            self._rode.discard(ride)
        return replies[0] if replies and queued_leased else None

    async def _handle(
        self, msg: InboundMessage, inline: bool, ride: str | None
    ) -> list[OutboundMessage]:
        channel = msg.address.channel.value
        key = self._services.pseudonyms.event_key(channel, msg.external_id)
        outcome = self._metrics.updates
        loop = asyncio.get_running_loop()
        if loop.time() < self._unavailable_until:
            outcome.labels(channel=channel, outcome="db_unavailable").inc()
            raise Overloaded("storage unavailable, retry later", retry_after=5)
        try:
            replies = await self._process(msg, key, inline, ride)
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
        if self._erased:
            self._compact_soon()
        if replies is None:
            outcome.labels(channel=channel, outcome="duplicate").inc()
            return []
        outcome.labels(channel=channel, outcome="processed").inc()
        if replies:
            pseudonym = self._services.pseudonyms.pseudonym(msg.address)
            self._remember(self._locales, pseudonym, replies[-1].lang)
        if replies and not inline:
            self.on_queued()
        return replies

    async def _process(
        self, msg: InboundMessage, key: str, inline: bool, ride: str | None = None
    ) -> list[OutboundMessage] | None:
        channel = msg.address.channel.value
        pseudonym, address_enc = self._identify(msg.address)
        analysed = await self._analyse_ahead(msg, pseudonym)

        async def work(session: AsyncSession) -> list[OutboundMessage] | None:
            if not await self._store.claim_event(session, channel, key):
                log.info("duplicate ignored", extra={"channel": channel})
                return None
            await self._store.touch_contact(session, pseudonym, channel, address_enc)
            replies = await self._engine.handle(session, msg, pseudonym, analysed)
            if not inline:
                await self._store.enqueue(
                    session,
                    channel,
                    pseudonym,
                    address_enc,
                    [r.to_json() for r in replies],
                    ride=ride,
                    lease=self._lease,
                )
                if ride is not None and replies:
                    self._rode.add(ride)
            return replies

        return await self.committer.run(work, key=pseudonym, hint=(channel, key, pseudonym))

    def _note_erasure(self) -> None:
        self._erased = True

    def _compact_soon(self) -> None:
        """After an erasure is committed, clear its old copies from SQLite's log.

        ``secure_delete`` zeroes erased rows in the database file, but the write-ahead
        log keeps earlier versions of their pages until a checkpoint.
        """
        self._erased = False
        if self._compaction is None or self._compaction.done():
            self._compaction = asyncio.create_task(self._compact(), name="compact-after-erasure")

    async def _compact(self) -> None:
        try:
            await compact_sqlite(self._services.engine)
        except Exception as exc:  # the next erasure or retention run tries again
            log.warning(
                "log compaction after erasure failed", extra={"error": exception_summary(exc)}
            )

    async def _analyse_ahead(self, msg: InboundMessage, pseudonym: str) -> Analysed | None:
        """Analyse a long text on the pipeline thread, before its transaction.

        Whether the text is someone's words (rather than an answer to a question) is
        known only inside the transaction, so long texts are analysed on the guess
        that they are: the pipeline then never runs on the event loop while a
        transaction (and on SQLite the only connection) waits for it.
        """
        text = msg.text
        if (
            text is None
            or len(text) < OFFLOAD_CHARS
            or len(text) > self._engine.max_text_chars
            or msg.choice is not None
            or text.lstrip().startswith("/")
        ):
            return None
        locale = self._locales.get(pseudonym) or person_locale(None, msg)
        data = await self.pipeline.run(self._engine.analyse, text, locale, msg.sender_name)
        return Analysed(raw=text, locale=locale, sender_name=msg.sender_name, data=data)

    @staticmethod
    def _remember(cache: OrderedDict[str, Any], key: str, value: Any) -> None:
        cache[key] = value
        cache.move_to_end(key)
        if len(cache) > _ADDRESS_CACHE:
            cache.popitem(last=False)

    def _identify(self, address: Address) -> tuple[str, bytes]:
        """The person's pseudonym and encrypted reply address (one pseudonym, one address)."""
        pseudonym = self._services.pseudonyms.pseudonym(address)
        sealed = self._sealed.get(pseudonym)
        if sealed is None:
            sealed = self._services.addresses.encrypt(address)
        self._remember(self._sealed, pseudonym, sealed)
        return pseudonym, sealed

    async def close(self) -> None:
        """Stop the group-commit consumer and the pipeline thread; finish a compaction."""
        await self.committer.close()
        self.pipeline.close()
        await self.settle()

    async def settle(self) -> None:
        """Wait for a compaction under way (tests, shutdown)."""
        if self._compaction is not None:
            await asyncio.gather(self._compaction, return_exceptions=True)

    async def take(self, kind: str, value: str, *, limit: int, window: float) -> float:
        """Count one event of ``kind`` for ``value`` against a limit shared by all processes.

        Returns 0.0 if it is allowed, else the seconds until it would be.
        """
        key = throttle.throttle_key(self._services.settings.secret_key_bytes(), kind, value)
        async with self._services.sessions() as session, session.begin():
            return await throttle.take(session, key, limit=limit, window=window, now=time.time())

    async def give_back(self, kind: str, value: str, *, limit: int, window: float) -> None:
        """Return an event counted by ``take`` that had no effect."""
        key = throttle.throttle_key(self._services.settings.secret_key_bytes(), kind, value)
        async with self._services.sessions() as session, session.begin():
            await throttle.give_back(session, key, limit=limit, window=window)

    async def first_time(self, kind: str, value: str, *, ttl: float) -> bool:
        """Record ``value`` for ``ttl`` seconds; False if it was recorded already."""
        key = throttle.throttle_key(self._services.settings.secret_key_bytes(), kind, value)
        async with self._services.sessions() as session, session.begin():
            return await throttle.mark_once(session, key, ttl=ttl, now=time.time())

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
            if not await self._store.claim_event(session, channel, key):
                return []
            row = (
                await session.execute(select(DeadLetter).where(DeadLetter.event_key == key))
            ).scalar_one()
            row.dead = True
            if not inline:
                await self._store.enqueue(
                    session, channel, pseudonym, address_enc, [apology.to_json()]
                )
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
            if not await self._store.claim_event(
                session, channel, services.pseudonyms.event_key(channel, msg.external_id)
            ):
                return False
            contact = await self._store.touch_contact(session, pseudonym, channel, address_enc)
            changed = bool(contact.stopped) != stopped
            if changed:
                await self._store.set_contact_stopped(session, pseudonym, stopped)
        return changed

    async def locale_for(self, msg: InboundMessage) -> str:
        """The language the engine would answer this sender in (e.g. for STOP's reply)."""
        pseudonym = self._services.pseudonyms.pseudonym(msg.address)
        async with self._services.sessions() as session:
            conv = await self._store.load_conversation(session, pseudonym)
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
        text: str,
        answers: Mapping[str, object] | None = None,
        country: str | None = None,
        theme: str | None = None,
        trend: str | None = None,
    ) -> Filed | None:
        """File a complete submission from a form in one transaction.

        ``answers`` maps the flow's question ids to their answers; ``country``,
        ``theme`` and ``trend``, when given, are the answers of those questions.
        Returns None when ``external_id`` was already used (a form sent twice).
        """
        given = {"country": country, "theme": theme, "trend": trend}
        merged = {k: v for k, v in given.items() if v is not None} | dict(answers or {})
        services = self._services
        channel = address.channel.value
        pseudonym = services.pseudonyms.pseudonym(address)
        # Analysed before the transaction and off the event loop (see _analyse_ahead).
        analysed = await self.pipeline.run(self._engine.analyse, text, locale, None)
        async with services.sessions() as session, session.begin():
            if not await self._store.claim_event(
                session, channel, services.pseudonyms.event_key(channel, external_id)
            ):
                return None
            return await self._engine.file_direct(
                session,
                pseudonym,
                address.channel,
                locale,
                merged,
                text,
                analysed=analysed,
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
            if not await self._store.claim_event(
                session, channel, services.pseudonyms.event_key(channel, external_id)
            ):
                return None
            return await self._engine.help_now_direct(
                session, pseudonym, address.channel, locale, country
            )
