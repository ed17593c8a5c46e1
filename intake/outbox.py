"""The outbox delivery worker: sends queued replies with retries, backoff and rate limits.

Replies are rows written in the same transaction as the state change that caused
them. The worker leases due rows (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so
several processes can share the queue), sends them through the channel adapter and
records the outcome. A worker that dies mid-send leaves a lease: the reply is sent
again at most once, never lost. Each lease names its worker and each worker writes a
heartbeat every few seconds, so a dead worker's leases are released after
``DEAD_AFTER_BEATS`` missed beats instead of the whole lease; the only worker of a
SQLite database releases every lease it finds when it starts (its predecessor is
gone), so those replies go out at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import random
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from core.clock import utcnow
from core.errors import SendError
from core.messages import OutboundMessage
from intake.channels.base import ChannelAdapter
from intake.context import Services
from intake.metrics import Metrics
from storage.queries import intake as q
from storage.queries.broadcasts import count_outcomes
from storage.queries.throttle import reserve

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]

# A worker that missed this many heartbeats is dead: its leases are released.
DEAD_AFTER_BEATS = 3
# The channel whose replies ride webhook answers (Telegram runs the method it finds there).
RIDING_CHANNEL = "telegram"
# Shared-rate slots a send may miss (the process stalled) before it goes out late anyway.
MISSED_SLOT_RETRIES = 3


@dataclass(frozen=True, slots=True)
class _Job:
    id: int
    channel: str
    pseudonym: str
    address_enc: bytes | None
    payload: dict[str, Any]
    attempts: int


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What became of one attempt: sent (the default), retry later, or failed."""

    job: _Job
    failed: bool = False
    retry_at: datetime | None = None
    code: str = ""
    blocked: bool = False


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
        heartbeat_interval: float = 5.0,
        only_worker: bool = False,
        sleep: Sleep = asyncio.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        metrics: Metrics | None = None,
        shared_rates: Mapping[str, float] | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        """Build a worker; nothing is read or written until ``run`` or ``run_once``.

        Args:
            services: the process's shared collaborators.
            adapters: channel kind -> adapter that sends its replies.
            batch: replies leased per pass.
            rate_per_second: overall sending rate.
            per_chat_interval: least time between two replies to one person.
            max_attempts: attempts before a reply is given up (dead letter).
            lease: how long a leased reply is held before anyone may send it again.
            poll_interval: longest sleep between passes when nothing wakes the worker.
            heartbeat_interval: how often this worker says it is alive.
            only_worker: no other worker uses this database (SQLite): every lease
                found at start is a dead predecessor's and is released at once.
            sleep: the sleep used for pacing (tests pass a fake).
            monotonic: the clock used for pacing.
            metrics: where delivery outcomes are counted.
            shared_rates: channel kind -> messages a second that every worker on this
                database together may send (a bot's overall limit); each pass
                reserves its slots on a schedule kept in the database.
            wall: the clock shared-rate slots are read with (Unix seconds).
        """
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
        self._shared = {k: 1.0 / v for k, v in (shared_rates or {}).items() if v > 0}
        self._wall = wall
        self.id = uuid.uuid4().hex[: q.WORKER_ID_CHARS]
        self._rides = itertools.count(1)
        self._ridden: tuple[list[str], list[str]] = ([], [])
        self.running = False
        self.started = asyncio.Event()  # set once running (leases recovered)
        self._beat_every = heartbeat_interval
        self._only = only_worker
        self._wake = asyncio.Event()
        self._stopping = False
        self._last_send = float("-inf")
        self._last_by_chat: dict[str, float] = {}
        self.delivered = 0
        self.failed = 0

    def wake(self) -> None:
        """Tell the worker that new replies are queued."""
        self._wake.set()

    def ride_token(self) -> str | None:
        """A lease token for a reply that rides a webhook's answer; None unless running.

        The token starts with this worker's id, so the reply counts as leased by a
        live worker while this one beats, and is sent by another if it dies.
        """
        if not self.running:
            return None
        return f"{self.id}{next(self._rides):0{q.WORKER_ID_CHARS}x}"

    def rode(self, token: str, *, sent: bool) -> None:
        """Note the fate of a reply that rode a webhook's answer; recorded on the next pass.

        The person's next replies wait for it (replies go out in order), so the worker
        is woken at once.
        """
        self._ridden[0 if sent else 1].append(token)
        self._wake.set()

    def request_stop(self) -> None:
        """Finish the current pass (recording what was sent), then leave ``run``."""
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        """Deliver replies until stopped, waking on new work or every poll interval."""
        beating = asyncio.create_task(self._beat_forever(), name="outbox-heartbeat")
        try:
            await self._recover(first=True)
            self.running = True
            self.started.set()
            while not self._stopping:
                try:
                    handled = await self.run_once()
                except asyncio.CancelledError:
                    raise
                except Exception:
                    # A database outage must not kill the worker: wait and try again.
                    log.exception("outbox pass failed")
                    handled = 0
                if handled or self._stopping:
                    continue
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self._poll)
        finally:
            self.running = False
            self.started.clear()
            beating.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beating
            if self._stopping:
                # Stopped cleanly: every send was recorded, nothing of ours stays leased.
                ridden, self._ridden = self._ridden, ([], [])
                try:
                    async with self._services.sessions() as session, session.begin():
                        await q.record_rides(session, *ridden)
                        await q.forget_worker(session, self.id)
                except Exception:
                    log.exception("outbox stop: leases left to expire")

    async def _beat_forever(self) -> None:
        # Its own task: a slow pass (a provider timing out) must not look like death.
        while True:
            await asyncio.sleep(self._beat_every)
            try:
                await self._recover(first=False)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("outbox heartbeat failed")

    async def _recover(self, *, first: bool) -> None:
        """Beat, then release the leases of workers that are gone."""
        try:
            async with self._services.sessions() as session, session.begin():
                await q.beat(session, self.id)
                if first and self._only:
                    released = await q.release_leases(session, self.id, alive_since=None)
                else:
                    dead = timedelta(seconds=self._beat_every * DEAD_AFTER_BEATS)
                    released = await q.release_leases(session, self.id, alive_since=utcnow() - dead)
        except Exception:
            if not first:
                raise
            log.exception("outbox recovery at start failed")  # the lease still expires
            return
        if released:
            log.info("released leases of a stopped worker", extra={"replies": released})
            self._wake.set()

    async def run_once(self) -> int:
        """Lease and attempt every reply that is due now; return how many were attempted.

        Three short transactions per pass, whatever the batch size: lease, then send
        without holding the database, then record every outcome at once. A reply that
        was leased before (its worker died) is recorded on its own right after sending.
        """
        sessions = self._services.sessions
        ridden, self._ridden = self._ridden, ([], [])
        try:
            async with sessions() as session, session.begin():
                if ridden[0] or ridden[1]:
                    await q.record_rides(session, *ridden)
                rows = await q.claim_due(session, self._batch, self._lease, owner=self.id)
                jobs = [
                    _Job(
                        r.id, r.channel, r.pseudonym, r.address_enc, dict(r.payload), r.attempts + 1
                    )
                    for r in rows
                ]
                stopped = await q.stopped_among(session, {job.pseudonym for job in jobs})
                slots = await self._reserve(session, jobs, rode=len(ridden[0]))
        except BaseException:
            self._ridden[0].extend(ridden[0])  # recorded on the next pass instead
            self._ridden[1].extend(ridden[1])
            raise
        outcomes: list[_Outcome] = []
        try:
            for job in jobs:
                outcome = await self._attempt(job, stopped, slots.get(job.id))
                if job.attempts > 1:
                    # Leased before by a worker that never recorded it: it may have gone
                    # out already. Record this send at once, so a second crash cannot
                    # send it a third time.
                    await self._record([outcome])
                else:
                    outcomes.append(outcome)
        finally:
            # Also when stopped mid-batch: what was sent is recorded, not sent again.
            if outcomes:
                await self._record(outcomes)
        return len(jobs)

    async def _reserve(
        self, session: AsyncSession, jobs: list[_Job], *, rode: int = 0
    ) -> dict[int, float]:
        """Reserve a shared-rate slot for each job on a channel with an overall limit.

        Replies that rode webhook answers (``rode``, Telegram's) were sent without a
        slot: they take the next ones now, so the queue yields them the time.
        """
        slots: dict[int, float] = {}
        for channel, interval in self._shared.items():
            mine = [job for job in jobs if job.channel == channel]
            taken = rode if channel == RIDING_CHANNEL else 0
            if not mine and not taken:
                continue
            start = await reserve(
                session,
                f"outbox.rate:{channel}",
                count=taken + len(mine),
                interval=interval,
                now=self._wall(),
            )
            slots.update((job.id, start + (taken + i) * interval) for i, job in enumerate(mine))
        return slots

    async def _attempt(self, job: _Job, stopped: set[str], slot: float | None = None) -> _Outcome:
        now = self._monotonic()
        wait_chat = self._last_by_chat.get(job.pseudonym, float("-inf")) + self._per_chat - now
        if wait_chat > 0:
            return _Outcome(job, retry_at=utcnow() + timedelta(seconds=wait_chat), code="per_chat")
        adapter = self._adapters.get(job.channel)
        if adapter is None or job.address_enc is None or job.pseudonym in stopped:
            code = "no_adapter" if adapter is None else "no_address_or_stopped"
            return _Outcome(job, failed=True, code=code)
        await self._pace()
        if slot is not None:
            await self._await_slot(job.channel, slot)
        address = self._services.addresses.decrypt(job.address_enc)
        try:
            await adapter.send(address, OutboundMessage.from_json(job.payload))
        except SendError as exc:
            return self._failure(job, exc)
        except Exception as exc:
            log.exception("send crashed", extra={"channel": job.channel})
            return self._failure(job, SendError(type(exc).__name__, retryable=True))
        finally:
            self._last_by_chat[job.pseudonym] = self._monotonic()
        self.delivered += 1
        self._metrics.deliveries.labels(channel=job.channel, outcome="sent").inc()
        return _Outcome(job)

    async def _await_slot(self, channel: str, slot: float) -> None:
        """Wait for this worker's turn on the schedule every worker shares.

        A slot already missed by more than one interval (this process was stalled, as
        on a busy machine) is given up and a new one reserved at the end of the
        schedule: sending late would put this message beside other workers' sends on
        their own slots, and several late ones would go out back to back, over the
        bot's overall limit. Missed slots are wasted, never doubled up.
        """
        interval = self._shared[channel]
        for _ in range(MISSED_SLOT_RETRIES):
            if self._wall() - slot <= interval:
                break
            async with self._services.sessions() as session, session.begin():
                slot = await reserve(
                    session, f"outbox.rate:{channel}", count=1, interval=interval, now=self._wall()
                )
        wait = slot - self._wall()
        if wait > 0:
            await self._sleep(wait)

    def _failure(self, job: _Job, exc: SendError) -> _Outcome:
        log.warning(
            "send failed",
            extra={"code": exc.code, "retryable": exc.retryable, "attempt": job.attempts},
        )
        give_up = not exc.retryable or job.attempts >= self._max_attempts
        self._metrics.deliveries.labels(
            channel=job.channel, outcome="failed" if give_up else "retry"
        ).inc()
        if give_up:
            self.failed += 1
            return _Outcome(job, failed=True, code=exc.code, blocked=exc.code == "blocked")
        delay = self.backoff(job.attempts)
        if exc.retry_after is not None:
            delay = max(delay, exc.retry_after)
        return _Outcome(
            job,
            retry_at=utcnow() + timedelta(seconds=delay),
            code=exc.code,
            blocked=exc.code == "blocked",
        )

    async def _record(self, outcomes: list[_Outcome]) -> None:
        sent: Counter[int] = Counter()
        failed: Counter[int] = Counter()
        blocked: Counter[int] = Counter()
        for outcome in outcomes:
            broadcast = outcome.job.payload.get("broadcast")
            if not isinstance(broadcast, int):
                continue
            if outcome.blocked and outcome.failed:
                blocked[broadcast] += 1
            elif outcome.failed:
                failed[broadcast] += 1
            elif outcome.retry_at is None:
                sent[broadcast] += 1
        async with self._services.sessions() as session, session.begin():
            await count_outcomes(session, sent, failed, blocked)
            await q.mark_sent(
                session, [o.job.id for o in outcomes if not o.failed and o.retry_at is None]
            )
            for outcome in outcomes:
                if outcome.blocked:
                    await q.set_contact_stopped(session, outcome.job.pseudonym, True)
                if outcome.failed:
                    await q.mark_failed(session, outcome.job.id, outcome.code)
                elif outcome.retry_at is not None:
                    await q.mark_retry(session, outcome.job.id, outcome.retry_at, outcome.code)

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
