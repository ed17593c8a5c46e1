"""The outbox delivery worker: sends queued replies with retries, backoff and rate limits.

Replies are rows written in the same transaction as the state change that caused
them. The worker leases due rows (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so
several processes can share the queue), sends them through the channel adapter and
records the outcome. A worker that dies mid-send leaves a lease that expires: the
reply is sent again at most once, never lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import timedelta

from core.clock import utcnow
from core.errors import SendError
from core.messages import OutboundMessage
from intake.channels.base import ChannelAdapter
from intake.metrics import Metrics
from intake.services import Services
from storage.queries import intake as q

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]


class OutboxWorker:
    """Delivers queued replies; ``run`` loops until cancelled, ``run_once`` drains what is due."""

    def __init__(
        self,
        services: Services,
        adapters: Mapping[str, ChannelAdapter],
        *,
        batch: int = 50,
        rate_per_second: float = 30.0,
        per_chat_interval: float = 1.0,
        max_attempts: int = 8,
        lease: timedelta = timedelta(seconds=60),
        poll_interval: float = 1.0,
        sleep: Sleep = asyncio.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        metrics: Metrics | None = None,
    ) -> None:
        self._services = services
        self._adapters = adapters
        self._batch = batch
        self._min_gap = 1.0 / rate_per_second if rate_per_second > 0 else 0.0
        self._per_chat = per_chat_interval
        self._max_attempts = max_attempts
        self._lease = lease
        self._poll = poll_interval
        self._sleep = sleep
        self._monotonic = monotonic
        self._metrics = metrics or Metrics()
        self._wake = asyncio.Event()
        self._last_send = float("-inf")
        self._last_by_chat: dict[str, float] = {}
        self.delivered = 0
        self.failed = 0

    def wake(self) -> None:
        """Tell the worker that new replies are queued."""
        self._wake.set()

    async def run(self) -> None:
        """Deliver replies until cancelled, waking on new work or every poll interval."""
        while True:
            try:
                handled = await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception:
                # A database outage must not kill the worker: wait and try again.
                log.exception("outbox pass failed")
                handled = 0
            if handled:
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._poll)

    async def run_once(self) -> int:
        """Lease and attempt every reply that is due now; return how many were attempted."""
        sessions = self._services.sessions
        async with sessions() as session, session.begin():
            rows = await q.claim_due(session, self._batch, self._lease)
            jobs = [
                (r.id, r.channel, r.pseudonym, r.address_enc, r.payload, r.attempts + 1)
                for r in rows
            ]
        for job in jobs:
            await self._deliver(*job)
        return len(jobs)

    async def _deliver(
        self,
        message_id: int,
        channel: str,
        pseudonym: str,
        address_enc: bytes | None,
        payload: dict[str, object],
        attempts: int,
    ) -> None:
        sessions = self._services.sessions
        now = self._monotonic()
        wait_chat = self._last_by_chat.get(pseudonym, float("-inf")) + self._per_chat - now
        if wait_chat > 0:
            async with sessions() as session, session.begin():
                at = utcnow() + timedelta(seconds=wait_chat)
                await q.mark_retry(session, message_id, at, "per-chat rate")
            return
        adapter = self._adapters.get(channel)
        async with sessions() as session, session.begin():
            contact = await q.get_contact(session, pseudonym)
            if adapter is None or address_enc is None or (contact and contact.stopped):
                reason = "no_adapter" if adapter is None else "no_address_or_stopped"
                await q.mark_failed(session, message_id, reason)
                self.failed += 1
                return
            if await q.earlier_pending(session, pseudonym, message_id):
                # Keep a person's replies in order: wait for the older one.
                at = utcnow() + timedelta(seconds=max(self._per_chat, 0.5))
                await q.mark_retry(session, message_id, at, "waiting for earlier reply")
                return
        await self._pace()
        address = self._services.addresses.decrypt(address_enc)
        try:
            await adapter.send(address, OutboundMessage.from_json(dict(payload)))
        except SendError as exc:
            await self._failed_send(message_id, channel, pseudonym, attempts, exc)
            return
        except Exception as exc:
            log.exception("send crashed", extra={"channel": channel})
            await self._failed_send(
                message_id,
                channel,
                pseudonym,
                attempts,
                SendError(type(exc).__name__, retryable=True),
            )
            return
        finally:
            self._last_by_chat[pseudonym] = self._monotonic()
        async with sessions() as session, session.begin():
            await q.mark_sent(session, message_id)
        self.delivered += 1
        self._metrics.deliveries.labels(channel=channel, outcome="sent").inc()

    async def _failed_send(
        self, message_id: int, channel: str, pseudonym: str, attempts: int, exc: SendError
    ) -> None:
        log.warning(
            "send failed",
            extra={"code": exc.code, "retryable": exc.retryable, "attempt": attempts},
        )
        outcome = "retry" if exc.retryable and attempts < self._max_attempts else "failed"
        self._metrics.deliveries.labels(channel=channel, outcome=outcome).inc()
        async with self._services.sessions() as session, session.begin():
            if exc.code == "blocked":
                await q.set_contact_stopped(session, pseudonym, True)
            if not exc.retryable or attempts >= self._max_attempts:
                await q.mark_failed(session, message_id, exc.code)
                self.failed += 1
                return
            delay = self.backoff(attempts)
            if exc.retry_after is not None:
                delay = max(delay, exc.retry_after)
            await q.mark_retry(session, message_id, utcnow() + timedelta(seconds=delay), exc.code)

    @staticmethod
    def backoff(attempts: int) -> float:
        """Exponential backoff with jitter: about 1, 2, 4 … seconds, capped at 10 minutes."""
        base: float = min(600.0, 2.0 ** (attempts - 1))
        return base * (0.5 + random.random() / 2)  # noqa: S311 - jitter, not security

    async def _pace(self) -> None:
        gap = self._last_send + self._min_gap - self._monotonic()
        if gap > 0:
            await self._sleep(gap)
        self._last_send = self._monotonic()
