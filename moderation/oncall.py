"""The on-call alert: tells a Telegram group or a webhook about each new urgent item.

An alert says only what a person on call needs to act: the item's receipt code
(to open it in the console), its urgent category, channel, language and country,
and when it came. Never the text, a name, an address or a pseudonym.

The worker polls the submissions table (a partial index keeps that cheap), so
an item filed by any process is alerted by whichever process runs the worker,
within ``interval`` seconds. Items are locked while their alerts go out and
marked alerted in the same transaction: a failed delivery is retried on the
next pass, and two processes never alert about the same item.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol

import aiohttp
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.clock import utcnow
from core.errors import ConfigError
from storage.queries.alerts import UrgentAlert, mark_alerted, take_unalerted

log = logging.getLogger(__name__)

# An urgent item older than this when the worker first sees it (the worker was off, or
# alerts were just configured) is left to the console's queue rather than paged.
MAX_AGE = timedelta(hours=24)


class AlertTarget(Protocol):
    """Somewhere an alert can be delivered."""

    async def deliver(self, http: aiohttp.ClientSession, alerts: Sequence[UrgentAlert]) -> None:
        """Deliver the alerts; raise ``aiohttp.ClientError`` or ``AlertFailed`` on failure."""
        ...


class AlertFailed(Exception):
    """The target answered, but not with success; the alerts will be retried."""


def alert_payload(alert: UrgentAlert, console_url: str | None) -> dict[str, Any]:
    """The JSON body posted to the webhook for one alert."""
    return {
        "event": "urgent_submission",
        "receipt": alert.receipt,
        "category": alert.category,
        "channel": alert.channel,
        "lang": alert.lang,
        "country": alert.country,
        "created_at": alert.created_at.isoformat(),
        "console_url": f"{console_url}/console/s/{alert.receipt}" if console_url else None,
    }


def alert_text(alert: UrgentAlert, console_url: str | None) -> str:
    """The chat message for one alert (for staff, in English)."""
    where = alert.country or "country unknown"
    line = (
        f"Urgent item {alert.receipt}: {alert.category or 'urgent'}, via {alert.channel}, "
        f"language {alert.lang}, {where}."
    )
    if console_url:
        line += f" Open: {console_url}/console/s/{alert.receipt}"
    return line


@dataclass(frozen=True, slots=True)
class WebhookTarget:
    """POSTs one JSON object per alert to the operator's URL."""

    url: str
    console_url: str | None = None

    def __repr__(self) -> str:
        return "WebhookTarget()"  # the URL may carry a secret token

    async def deliver(self, http: aiohttp.ClientSession, alerts: Sequence[UrgentAlert]) -> None:
        """Post each alert; any answer but 2xx fails the batch."""
        for alert in alerts:
            async with http.post(self.url, json=alert_payload(alert, self.console_url)) as resp:
                if resp.status >= 300:
                    raise AlertFailed(f"webhook answered {resp.status}")


@dataclass(frozen=True, slots=True)
class TelegramTarget:
    """Sends one message per alert to a Telegram chat through the Bot API."""

    api_base: str
    token: str
    chat_id: str
    console_url: str | None = None

    def __repr__(self) -> str:
        return f"TelegramTarget(chat_id={self.chat_id!r})"

    async def deliver(self, http: aiohttp.ClientSession, alerts: Sequence[UrgentAlert]) -> None:
        """Call ``sendMessage`` for each alert; a reply that is not ``ok`` fails the batch."""
        url = f"{self.api_base}/bot{self.token}/sendMessage"
        for alert in alerts:
            body = {
                "chat_id": self.chat_id,
                "text": alert_text(alert, self.console_url),
                "disable_web_page_preview": True,
            }
            async with http.post(url, json=body) as resp:
                data = await resp.json(content_type=None)
                if resp.status >= 300 or not (isinstance(data, dict) and data.get("ok")):
                    raise AlertFailed(f"Telegram answered {resp.status}")


def build_targets(
    *,
    webhook_url: str | None,
    telegram_chat_id: str | None,
    telegram_token: str | None,
    telegram_api_base: str,
    console_url: str | None,
) -> list[AlertTarget]:
    """The targets the operator set; a Telegram chat without a bot token is a ConfigError."""
    targets: list[AlertTarget] = []
    if webhook_url:
        if not webhook_url.startswith(("https://", "http://")):
            raise ConfigError("VOICES_ONCALL_WEBHOOK_URL must be an http(s) URL")
        targets.append(WebhookTarget(webhook_url, console_url))
    if telegram_chat_id:
        if not telegram_token:
            raise ConfigError("VOICES_TELEGRAM_TOKEN must be set for VOICES_ONCALL_TELEGRAM_CHAT")
        targets.append(
            TelegramTarget(telegram_api_base, telegram_token, telegram_chat_id, console_url)
        )
    return targets


class OncallAlerter:
    """Polls for urgent items not yet alerted and tells every target about them.

    Args:
        sessions: the database session factory.
        targets: where alerts go; all must succeed for an item to count as alerted.
        interval: seconds between passes (the alert's latency is at most about this).
        timeout: seconds allowed for one delivery to one target.
    """

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        targets: Sequence[AlertTarget],
        *,
        interval: float = 10.0,
        timeout: float = 10.0,
    ) -> None:
        self._sessions = sessions
        self._targets = tuple(targets)
        self._interval = interval
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._wake = asyncio.Event()
        self._stopping = False

    def wake(self) -> None:
        """Run a pass now rather than at the next interval."""
        self._wake.set()

    def request_stop(self) -> None:
        """Finish the pass under way, then stop."""
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        """Alert, wait, repeat until asked to stop."""
        async with aiohttp.ClientSession(timeout=self._timeout) as http:
            while not self._stopping:
                try:
                    await self.run_once(http)
                except (aiohttp.ClientError, AlertFailed, TimeoutError) as exc:
                    log.warning(
                        "on-call alert not delivered; will retry", extra={"error": str(exc)}
                    )
                except Exception:
                    # The database may be away; the worker must outlive it.
                    log.exception("on-call alert pass failed; will retry")
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self._interval)

    async def run_once(self, http: aiohttp.ClientSession) -> int:
        """Alert about every waiting urgent item; return how many were alerted."""
        done = 0
        while True:
            async with self._sessions() as session, session.begin():
                now = utcnow()
                alerts = await take_unalerted(session, now=now, max_age=MAX_AGE)
                if not alerts:
                    return done
                for target in self._targets:
                    await target.deliver(http, alerts)
                await mark_alerted(session, [a.id for a in alerts], utcnow())
            log.info("on-call alerted", extra={"count": len(alerts)})
            done += len(alerts)
