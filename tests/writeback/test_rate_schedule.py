"""The shared Telegram schedule: slots reserved in the database, rides counted against it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from core.messages import Address, ChannelKind, OutboundKind, OutboundMessage
from intake.channels.base import SendResult
from intake.outbox import OutboxWorker
from storage.queries import intake as q
from voices.services import Services

RATE = 10.0  # a slot every 0.1 s


class Clock:
    """Wall time that moves only when the worker sleeps."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.slept: list[float] = []

    def wall(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


class Recorder:
    """A Telegram adapter that notes when (on the clock) each message went."""

    kind: ClassVar[ChannelKind] = ChannelKind.TELEGRAM

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.sent_at: list[float] = []

    async def send(self, address: Address, msg: OutboundMessage) -> SendResult:
        self.sent_at.append(self.clock.now)
        return SendResult()

    def routes(self) -> list[Any]:
        return []

    def redact_values(self) -> Iterable[str]:
        return []

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None


async def _queue(services: Services, people: int) -> None:
    payload = OutboundMessage(kind=OutboundKind.TEXT, text="News.").to_json()
    async with services.sessions() as session, session.begin():
        for n in range(people):
            address = Address(ChannelKind.TELEGRAM, str(630_000 + n))
            await q.enqueue(
                session,
                "telegram",
                f"person-{n}",
                services.addresses.encrypt(address),
                [payload],
            )


def _worker(services: Services, clock: Clock, adapter: Recorder, batch: int = 50) -> OutboxWorker:
    return OutboxWorker(
        services,
        {"telegram": adapter},
        batch=batch,
        rate_per_second=0,
        per_chat_interval=0,
        shared_rates={"telegram": RATE},
        sleep=clock.sleep,
        wall=clock.wall,
    )


async def test_two_workers_take_turns_on_one_schedule(services: Services) -> None:
    # Two processes, each with its own clock, both starting at the same moment.
    clock_a, clock_b = Clock(), Clock()
    first, second = Recorder(clock_a), Recorder(clock_b)
    await _queue(services, 6)
    a = _worker(services, clock_a, first, batch=3)
    b = _worker(services, clock_b, second, batch=3)
    start = clock_a.now
    await a.run_once()
    await b.run_once()
    gaps = [round(t - start, 3) for t in (*first.sent_at, *second.sent_at)]
    # One schedule: the second process waits for the slots after the first's, 0.1 s
    # apart, instead of sending at once at its own pace.
    assert gaps == [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]


async def test_replies_that_rode_webhook_answers_take_slots_first(services: Services) -> None:
    clock = Clock()
    adapter = Recorder(clock)
    worker = _worker(services, clock, adapter)
    for n in range(5):  # five replies went out in webhook answers
        worker.rode(f"{worker.id}{n:016x}", sent=True)
    await _queue(services, 1)
    start = clock.now
    await worker.run_once()
    assert [round(t - start, 3) for t in adapter.sent_at] == [0.5]


class StallingRecorder(Recorder):
    """The first send stalls the process (a busy machine) for ``stall`` seconds."""

    def __init__(self, clock: Clock, stall: float) -> None:
        super().__init__(clock)
        self.stall = stall

    async def send(self, address: Address, msg: OutboundMessage) -> SendResult:
        result = await super().send(address, msg)
        if len(self.sent_at) == 1:
            self.clock.now += self.stall
        return result


async def test_a_stalled_worker_takes_new_slots_instead_of_sending_late(
    services: Services,
) -> None:
    clock = Clock()
    adapter = StallingRecorder(clock, stall=0.35)
    await _queue(services, 3)
    start = clock.now
    await _worker(services, clock, adapter, batch=3).run_once()
    # Slots 0.1 and 0.2 passed during the stall. Sent late, both would have gone out
    # at 0.35 together; instead each takes the next free slot on the shared schedule.
    assert [round(t - start, 3) for t in adapter.sent_at] == [0.0, 0.35, 0.45]
