"""Telegram: webhook or long polling in, Bot API out, through python-telegram-bot.

Updates are acknowledged only after their effect is committed. In webhook mode the
route answers 200 after ``InboundSink.handle`` returns (PTB's own webhook server
answers first and processes later, which loses updates on a crash). In polling
mode the ``getUpdates`` offset moves past an update only once it is committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import re
import warnings
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any, ClassVar

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from core.errors import ConfigError, PayloadIgnored, PayloadRejected, SendError, Unauthorized
from core.messages import Address, ChannelKind, InboundMessage, OutboundMessage
from intake.channels.base import InboundSink, Rides, RidingSink, RouteSpec, SendResult
from intake.channels.telegram_http import AiohttpRequest
from intake.channels.text import split_text
from intake.http_common import read_json

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 4096
SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
ALLOWED_UPDATES = ["message", "callback_query"]
WEBHOOK_PATH = "/webhooks/telegram"


def keyboard(msg: OutboundMessage) -> InlineKeyboardMarkup | None:
    """Render choices as an inline keyboard: two per row, one per row for long labels."""
    rows = keyboard_rows(msg)
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(b["text"], callback_data=b["callback_data"]) for b in row]
            for row in rows
        ]
    )


def keyboard_rows(msg: OutboundMessage) -> list[list[dict[str, str]]]:
    """The inline keyboard's rows as Bot API JSON (``keyboard`` as PTB objects)."""
    if not msg.choices:
        return []
    per_row = 1 if any(len(c.label) > 18 for c in msg.choices) else 2
    buttons = [{"text": c.label, "callback_data": c.id} for c in msg.choices]
    return [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]


class _Wire(BaseModel):
    """Only the fields we read; everything else in an update is ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)


class _User(_Wire):
    id: int
    first_name: str = ""
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None


class _Chat(_Wire):
    id: int
    type: str


class _Message(_Wire):
    # A callback query's message may be "inaccessible" (date 0): chat and id only.
    message_id: int
    chat: _Chat
    sender: _User | None = Field(default=None, alias="from")
    text: str | None = None


class _CallbackQuery(_Wire):
    id: str
    sender: _User = Field(alias="from")
    message: _Message | None = None
    data: str | None = None


class _Update(_Wire):
    update_id: int
    message: _Message | None = None
    callback_query: _CallbackQuery | None = None


def parse_update(data: Any) -> tuple[InboundMessage, str | None]:
    """Normalise one Telegram update; returns the message and a callback query id to answer.

    The Bot API's JSON is validated for the fields we use only (pydantic), which is
    several times cheaper per update than building python-telegram-bot's full object
    tree; PTB still does all the talking to the Bot API.

    Raises:
        PayloadRejected: not an update at all.
        PayloadIgnored: a valid update we do not act on (edits, joins, channel posts).
    """
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        raise PayloadRejected("not a Telegram update", code="malformed_update")
    try:
        update = _Update.model_validate(data)
    except ValidationError:
        # Not chained: pydantic's message quotes the input, which may be what the
        # person wrote.
        raise PayloadRejected("malformed Telegram update", code="malformed_update") from None
    external_id = str(update.update_id)
    query = update.callback_query
    if query is not None:
        message = query.message
        if message is None or query.data is None:
            raise PayloadIgnored("callback without message")
        user = query.sender
        return (
            InboundMessage(
                address=Address(ChannelKind.TELEGRAM, str(message.chat.id)),
                external_id=external_id,
                choice=query.data,
                sender_name=_display_name(user.first_name, user.last_name, user.username),
                locale_hint=user.language_code,
            ),
            query.id,
        )
    message = update.message
    if message is None:
        raise PayloadIgnored("update type not handled")
    if message.chat.type != "private":
        raise PayloadIgnored("only private chats are handled")
    sender = message.sender
    return (
        InboundMessage(
            address=Address(ChannelKind.TELEGRAM, str(message.chat.id)),
            external_id=external_id,
            text=message.text,
            sender_name=_display_name(sender.first_name, sender.last_name, sender.username)
            if sender is not None
            else None,
            locale_hint=sender.language_code if sender is not None else None,
            # A photo, voice note, sticker, location...: we ask the person to write.
            media=message.text is None,
        ),
        None,
    )


def _display_name(*parts: str | None) -> str | None:
    name = " ".join(p for p in parts if p)
    return name or None


def _retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        # PTB 22 warns that retry_after will become a timedelta; accept both.
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramAdapter:
    """The Telegram channel."""

    kind: ClassVar[ChannelKind] = ChannelKind.TELEGRAM

    def __init__(
        self,
        sink: InboundSink,
        *,
        token: str,
        api_base: str,
        secret: str | None,
        public_url: str | None,
        poll_timeout: int = 25,
    ) -> None:
        if public_url and not secret:
            raise ConfigError("VOICES_TELEGRAM_SECRET must be set when VOICES_PUBLIC_URL is")
        if secret and not SECRET_PATTERN.match(secret):
            raise ConfigError("VOICES_TELEGRAM_SECRET may only use A-Z, a-z, 0-9, _ and -")
        self._sink = sink
        self._token = token
        self._secret = secret
        self._public_url = public_url
        self._poll_timeout = poll_timeout
        self._requests = (
            AiohttpRequest(pool_size=32, read_timeout=10.0),
            AiohttpRequest(pool_size=1, read_timeout=poll_timeout + 10.0),
        )
        self.bot = Bot(
            token,
            base_url=f"{api_base}/bot",
            base_file_url=f"{api_base}/file/bot",
            request=self._requests[0],
            get_updates_request=self._requests[1],
        )
        self._polling: asyncio.Task[None] | None = None
        self._background: set[asyncio.Task[None]] = set()
        self._rides: Rides | None = None

    def ride_webhook_answers(self, rides: Rides) -> None:
        """Send a message update's first reply in the webhook's answer, leased from ``rides``."""
        self._rides = rides

    def __repr__(self) -> str:
        return "TelegramAdapter(token=<redacted>)"

    def routes(self) -> Sequence[RouteSpec]:
        """The webhook route (always mounted; refused unless a secret is configured)."""
        return [RouteSpec("POST", WEBHOOK_PATH, self.webhook)]

    def redact_values(self) -> Iterable[str]:
        """The bot token and webhook secret."""
        return [v for v in (self._token, self._secret) if v]

    async def start(self) -> None:
        """Connect the bot; set the webhook, or start long polling when there is no public URL."""
        try:
            await self.bot.initialize()
        except BaseException:
            # Bot.initialize opens both connection pools before it asks getMe; when getMe
            # fails (a refused token) the bot counts as never started and its shutdown
            # does nothing, so the pools are closed here.
            for request in self._requests:
                await request.shutdown()
            raise
        if self._public_url:
            await self.bot.set_webhook(
                url=f"{self._public_url}{WEBHOOK_PATH}",
                secret_token=self._secret,
                allowed_updates=ALLOWED_UPDATES,
            )
            log.info("telegram webhook set")
        else:
            await self.bot.delete_webhook()
            self._polling = asyncio.create_task(self._poll(), name="telegram-polling")
            log.info("telegram long polling started")

    async def stop(self) -> None:
        """Stop polling, finish background calls and close the HTTP clients."""
        await self.settle()
        if self._polling is not None:
            self._polling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._polling
            self._polling = None
        await self.bot.shutdown()

    async def webhook(self, request: web.Request) -> web.StreamResponse:
        """Receive one update; answer 200 only once its effect is committed."""
        presented = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not self._secret or not hmac.compare_digest(presented.encode(), self._secret.encode()):
            raise Unauthorized("missing or wrong X-Telegram-Bot-Api-Secret-Token")
        data = await read_json(request)
        msg, callback_id = parse_update(data)
        rides, sink = self._rides, self._sink
        if callback_id is None and rides is not None and isinstance(sink, RidingSink):
            token = rides.ride_token()
            if token is not None:
                return await self._answer_with_reply(request, msg, token, rides, sink)
        await sink.handle(msg)
        if callback_id is not None:
            # Telegram runs a Bot API method named in the webhook's answer: the button's
            # spinner stops without another HTTP request from us.
            return web.json_response(
                {"method": "answerCallbackQuery", "callback_query_id": callback_id}
            )
        return web.json_response({"ok": True})

    async def _answer_with_reply(
        self,
        request: web.Request,
        msg: InboundMessage,
        token: str,
        rides: Rides,
        sink: RidingSink,
    ) -> web.StreamResponse:
        """Answer with the first reply as a ``sendMessage`` call, once it is committed.

        Telegram runs one Bot API method named in a webhook's answer, and only when the
        answer arrives (otherwise it redelivers the update, which then has no second
        effect). The reply is committed leased to ``token``: written out, it is recorded
        as sent; if the answer cannot be written or the process dies first, the outbox
        sends it. The person's other replies follow through the outbox, in order.
        """
        processing = asyncio.ensure_future(sink.handle_riding(msg, token))
        try:
            reply = await asyncio.shield(processing)
        except asyncio.CancelledError:
            # The commit goes on; hand the reply to the outbox once it is done.
            def hand_over(done: asyncio.Future[OutboundMessage | None]) -> None:
                if not done.cancelled():
                    done.exception()  # retrieved: the update is redelivered anyway
                rides.rode(token, sent=False)

            processing.add_done_callback(hand_over)
            raise
        try:
            if reply is None:  # a redelivery, or nothing to say: no reply was leased
                return web.json_response({"ok": True})
            pieces = split_text(reply.text, MAX_MESSAGE_CHARS)
            if len(pieces) != 1:
                rides.rode(token, sent=False)  # several messages: the outbox sends them
                return web.json_response({"ok": True})
            method: dict[str, Any] = {
                "method": "sendMessage",
                "chat_id": int(msg.address.value),
                "text": pieces[0],
            }
            rows = keyboard_rows(reply)
            if rows:
                method["reply_markup"] = {"inline_keyboard": rows}
            response = web.json_response(method)
            await response.prepare(request)
            await response.write_eof()
        except BaseException:
            # Cancelled or the connection gone: the committed reply is the outbox's now.
            rides.rode(token, sent=False)
            raise
        rides.rode(token, sent=True)
        return response

    async def process(self, data: Any) -> str | None:
        """Handle one raw update; return the callback query id it carried, if any."""
        msg, callback_id = parse_update(data)
        await self._sink.handle(msg)
        return callback_id

    def answer_later(self, callback_id: str) -> None:
        """Answer a callback query in the background (polling mode, after the commit)."""
        task = asyncio.create_task(self._answer_callback(callback_id))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _answer_callback(self, callback_id: str) -> None:
        try:
            await self.bot.answer_callback_query(callback_id)
        except TelegramError as exc:
            log.info("callback answer failed", extra={"error": type(exc).__name__})

    async def settle(self) -> None:
        """Wait for background calls (callback answers) to finish."""
        while self._background:
            await asyncio.gather(*self._background, return_exceptions=True)

    async def _poll(self) -> None:
        offset: int | None = None
        failures = 0
        while True:
            try:
                updates = await self.bot.get_updates(
                    offset=offset,
                    timeout=self._poll_timeout,
                    allowed_updates=ALLOWED_UPDATES,
                )
                for update in updates:
                    raw = update.to_dict()
                    with contextlib.suppress(PayloadIgnored, PayloadRejected):
                        callback_id = await self.process(raw)  # ignored or bad: move on
                        if callback_id is not None:
                            self.answer_later(callback_id)
                    # Only now is the update durable: the next getUpdates confirms it.
                    offset = update.update_id + 1
                failures = 0
            except asyncio.CancelledError:
                raise
            except Exception:
                failures += 1
                log.exception("telegram polling failed", extra={"failures": failures})
                await asyncio.sleep(min(30.0, 0.5 * 2**failures))

    async def send(self, address: Address, msg: OutboundMessage) -> SendResult:
        """Send a reply, split at 4096 characters, buttons on the last part."""
        pieces = split_text(msg.text, MAX_MESSAGE_CHARS)
        markup = keyboard(msg)
        last_id: str | None = None
        try:
            for index, piece in enumerate(pieces):
                sent = await self.bot.send_message(
                    chat_id=int(address.value),
                    text=piece,
                    reply_markup=markup if index == len(pieces) - 1 else None,
                )
                last_id = str(sent.message_id)
        except RetryAfter as exc:
            raise SendError(
                "rate limited",
                retryable=True,
                code="rate_limited",
                retry_after=_retry_after_seconds(exc),
            ) from exc
        except Forbidden as exc:
            raise SendError("bot blocked by the user", retryable=False, code="blocked") from exc
        except BadRequest as exc:
            raise SendError("request refused", retryable=False, code="bad_request") from exc
        except NetworkError as exc:
            raise SendError("network error", retryable=True, code="network") from exc
        except TelegramError as exc:
            raise SendError("telegram error", retryable=True, code="telegram_error") from exc
        return SendResult(external_id=last_id)
