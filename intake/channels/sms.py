"""SMS through Twilio (or a Twilio-compatible gateway): signed form posts in, TwiML out.

``POST /webhooks/sms`` checks ``X-Twilio-Signature`` (base64 HMAC-SHA1 over the
public URL and the sorted form parameters, with the auth token), runs the message
through the intake service with ``inline=True`` and answers the replies as TwiML
in the same response, as plain text with numbered options.

Twilio retries a webhook only once, so a database outage must not lose a message:
when the database fails, the message is written, encrypted with the contact key,
to a spool directory (one file per message, written atomically) and the answer is
still 200. A background task replays the spool when the database is back; those
replies go through the outbox and the Twilio REST API.

Opt-out keywords follow Twilio's standard behaviour: STOP (and STOPALL,
UNSUBSCRIBE, CANCEL, END, QUIT) opts out and is confirmed once; START or UNSTOP
opts back in; HELP (or INFO) answers with the bot's help.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import dataclasses
import hashlib
import hmac
import json
import logging
import math
import os
import re
import secrets
import time
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar
from xml.sax.saxutils import escape

import aiohttp
import sqlalchemy.exc
from aiohttp import web

from core.errors import ConfigError, Forbidden, PayloadRejected, SendError
from core.messages import Address, ChannelKind, InboundMessage, OutboundKind, OutboundMessage
from i18n.translator import N_, gettext, is_rtl
from intake.channels.base import IntakeSink, RouteSpec, SendResult, http_send_error
from intake.channels.text import help_keyword_line, numbered, split_help, split_text
from storage.identity import AddressCipher

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/webhooks/sms"
# Twilio message ids: SM (SMS) or MM (MMS) and 32 hex digits.
_SID = re.compile(r"^(SM|MM)[0-9a-fA-F]{32}$")
# How long an accepted request signature is remembered (Twilio does not sign a time).
REPLAY_TTL = 24 * 3600.0

# GSM 03.38: the default alphabet (one septet each) and the extension table (two:
# an escape, then the character).
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = frozenset("^{}\\[~]|€\f")

STOP_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})
START_WORDS = frozenset({"START", "UNSTOP"})
HELP_WORDS = frozenset({"HELP", "INFO"})
# The bot's commands, typed without the slash that phones make awkward.
COMMAND_WORDS = frozenset({"LANGUAGE", "PRIVACY", "MYDATA", "DELETE", "STATUS"})

# TRANSLATORS: Safety: confirms that a person who sent STOP gets no more messages.
# Keep START as it is: it is the word to send.
STOPPED = N_(
    "You are unsubscribed from Compact Voices and will get no more messages. "
    "Reply START to subscribe again."
)
SPOOLED = N_("We received your message and will answer shortly.")

DB_ERRORS = (sqlalchemy.exc.DBAPIError, sqlalchemy.exc.TimeoutError, OSError, TimeoutError)

# Twilio error codes: 21610 = the number replied STOP; 21211/21614 = not a usable number.
TWILIO_BLOCKED = frozenset({21610})
TWILIO_RATE = frozenset({20429, 14107})


def is_gsm7(text: str) -> bool:
    """Whether the text can be sent in the GSM 7-bit default alphabet."""
    return all(ch in GSM_BASIC or ch in GSM_EXTENSION for ch in text)


def segments(text: str) -> int:
    """How many SMS segments the text takes.

    GSM-7: 160 septets in one segment, 153 per segment when concatenated; extension
    characters take two septets and are never split from their escape. Anything
    else is UCS-2: 70 UTF-16 units, or 67 per segment; a surrogate pair is never
    split.
    """
    if is_gsm7(text):
        units = [2 if ch in GSM_EXTENSION else 1 for ch in text]
        single, multi = 160, 153
    else:
        units = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
        single, multi = 70, 67
    total = sum(units)
    if total <= single:
        return 1
    count, used = 1, 0
    for size in units:
        if used + size > multi:
            count += 1
            used = 0
        used += size
    return max(count, math.ceil(total / multi))


def signature(auth_token: str, url: str, params: Iterable[tuple[str, str]]) -> str:
    """Twilio's request signature: base64 HMAC-SHA1 of the URL and sorted name+value pairs."""
    data = url + "".join(name + value for name, value in sorted(params))
    digest = hmac.new(auth_token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def twiml(messages: Sequence[str]) -> str:
    """Render replies as a TwiML response, XML-escaped."""
    body = "".join(f"<Message>{escape(m)}</Message>" for m in messages)
    return f'<?xml version="1.0" encoding="UTF-8"?><Response>{body}</Response>'


def render(msg: OutboundMessage, max_segments: int) -> list[str]:
    """Render one reply as SMS texts, each at most ``max_segments`` segments long."""
    text = msg.text
    choices, help_option = split_help(msg.choices)
    if choices:
        options = numbered(choices, msg.lang)
        text = f"{text}\n\n{options}" if text else options
    if help_option is not None:
        text = f"{text}\n\n{help_keyword_line(help_option, msg.lang)}"
    return split_text(text, max_segments, measure=segments)


def keyword(text: str | None) -> str | None:
    """The opt-out/help keyword a message consists of, if any (case and spaces ignored)."""
    if not text:
        return None
    word = text.strip().rstrip(".!").upper()
    return word if word.isalpha() and len(word) <= 12 else None


class Spool:
    """Encrypted, durable holding area for messages that came while the database was down.

    One file per message, written to a temporary name, flushed to disk and renamed,
    so a crash leaves either the whole file or none. The content is a Fernet token:
    nothing of the message is readable on disk without the contact key.
    """

    def __init__(self, directory: Path, cipher: AddressCipher) -> None:
        self.directory = directory
        self._cipher = cipher

    def __repr__(self) -> str:
        return "Spool(<encrypted>)"

    def put(self, msg: InboundMessage) -> Path:
        """Write a message to the spool; returns its file."""
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        record = {
            "v": 1,
            "channel": msg.address.channel.value,
            "address": msg.address.value,
            "external_id": msg.external_id,
            "text": msg.text,
            "choice": msg.choice,
            "sender_name": msg.sender_name,
            "locale_hint": msg.locale_hint,
            "media": msg.media,
            "received_at": msg.received_at.isoformat(),
        }
        token = self._cipher.encrypt_blob(json.dumps(record).encode())
        name = f"{time.time_ns():020d}-{secrets.token_hex(6)}"
        tmp = self.directory / f".{name}.tmp"
        final = self.directory / f"{name}.msg"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, token)
            os.fsync(fd)
        finally:
            os.close(fd)
        tmp.rename(final)
        dir_fd = os.open(self.directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)  # make the rename itself durable
        finally:
            os.close(dir_fd)
        return final

    def pending(self) -> list[Path]:
        """Spooled files, oldest first."""
        if not self.directory.is_dir():
            return []
        return sorted(self.directory.glob("*.msg"))

    def load(self, path: Path) -> InboundMessage:
        """Decrypt one spooled message; raises ``ValueError`` if it is not ours."""
        record = json.loads(self._cipher.decrypt_blob(path.read_bytes()))
        return InboundMessage(
            address=Address(ChannelKind(record["channel"]), record["address"]),
            external_id=record["external_id"],
            text=record["text"],
            choice=record["choice"],
            sender_name=record["sender_name"],
            locale_hint=record["locale_hint"],
            media=bool(record["media"]),
            received_at=datetime.fromisoformat(record["received_at"]),
        )

    def remove(self, path: Path) -> None:
        """Delete a replayed message."""
        path.unlink(missing_ok=True)


class SmsAdapter:
    """The SMS channel, Twilio flavour."""

    kind: ClassVar[ChannelKind] = ChannelKind.SMS

    def __init__(
        self,
        sink: IntakeSink,
        *,
        auth_token: str,
        public_url: str | None,
        account_sid: str | None,
        from_number: str | None,
        api_base: str,
        spool: Spool,
        max_segments: int = 6,
        replay_interval: float = 5.0,
        timeout: float = 15.0,
    ) -> None:
        public_url = _required("VOICES_PUBLIC_URL", public_url)
        account_sid = _required("VOICES_TWILIO_ACCOUNT_SID", account_sid)
        from_number = _required("VOICES_TWILIO_FROM_NUMBER", from_number)
        self._sink = sink
        self._auth_token = auth_token
        self._url = f"{public_url.rstrip('/')}{WEBHOOK_PATH}"
        self._account_sid = account_sid
        self._basic = base64.b64encode(f"{account_sid}:{auth_token}".encode()).decode()
        self._from = from_number
        self._messages_url = (
            f"{api_base.rstrip('/')}/2010-04-01/Accounts/{account_sid}/Messages.json"
        )
        self.spool = spool
        self._max_segments = max_segments
        self._replay_interval = replay_interval
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._http: aiohttp.ClientSession | None = None
        self._replayer: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._replaying = asyncio.Lock()

    def __repr__(self) -> str:
        return "SmsAdapter(auth_token=<redacted>)"

    def routes(self) -> Sequence[RouteSpec]:
        """The inbound webhook."""
        return [RouteSpec("POST", WEBHOOK_PATH, self.webhook)]

    def redact_values(self) -> Iterable[str]:
        """The auth token."""
        return [self._auth_token]

    async def start(self) -> None:
        """Open the REST client and start replaying the spool."""
        self._client()
        self._replayer = asyncio.create_task(self._replay_loop(), name="sms-spool")

    async def stop(self) -> None:
        """Stop the replay task and close the REST client."""
        if self._replayer is not None:
            self._replayer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._replayer
            self._replayer = None
        if self._http is not None:
            await self._http.close()
            self._http = None

    def _client(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession(
                timeout=self._timeout,
                headers={"Authorization": f"Basic {self._basic}"},
            )
        return self._http

    # Inbound

    async def webhook(self, request: web.Request) -> web.Response:
        """Receive one SMS; answer TwiML with the replies (or a holding answer if spooled)."""
        form = await request.post()
        params = [(k, v) for k, v in form.items() if isinstance(v, str)]
        url = self._url + (f"?{request.query_string}" if request.query_string else "")
        expected = signature(self._auth_token, url, params)
        presented = request.headers.get("X-Twilio-Signature", "")
        if not hmac.compare_digest(presented.encode(), expected.encode()):
            raise Forbidden("missing or wrong X-Twilio-Signature", code="bad_signature")
        msg = parse_form(dict(params))
        # Twilio signs the parameters run together ("MessageSidSM…NumMedia0"), so one
        # captured request can be re-split into others under the same signature: each
        # signature is accepted once.
        try:
            fresh = await self._sink.first_time(
                "twilio-signature", f"{url}\x00{presented}", ttl=REPLAY_TTL
            )
        except DB_ERRORS:
            fresh = True  # cannot tell now: the spool below keeps it, deduplicated later
        if not fresh:
            log.info("replayed twilio signature ignored")
            return web.Response(text=twiml([]), content_type="text/xml")
        try:
            replies = await self.process(msg, inline=True)
        except DB_ERRORS as exc:
            log.warning(
                "database unavailable; message spooled", extra={"error": type(exc).__name__}
            )
            await asyncio.to_thread(self.spool.put, msg)
            self._wake.set()
            texts = [gettext(msg.locale_hint, SPOOLED)]
        else:
            texts = [t for r in replies for t in render(r, self._max_segments)]
        return web.Response(text=twiml(texts), content_type="text/xml")

    async def process(self, msg: InboundMessage, *, inline: bool) -> list[OutboundMessage]:
        """Apply the opt-out keywords, then run the flow."""
        word = keyword(msg.text)
        if word in STOP_WORDS:
            changed = await self._sink.set_stopped(msg, True)
            if changed and inline:
                # In the person's language: the keyword is English, the person may not be.
                locale = await self._sink.locale_for(msg)
                text = gettext(locale, STOPPED)
                return [
                    OutboundMessage(
                        kind=OutboundKind.TEXT, text=text, lang=locale, rtl=is_rtl(locale)
                    )
                ]
            return []
        if word in START_WORDS:
            await self._sink.set_stopped(
                dataclasses.replace(msg, external_id=f"{msg.external_id}:unstop"), False
            )
            msg = dataclasses.replace(msg, text="/start")
        elif word in HELP_WORDS:
            msg = dataclasses.replace(msg, text="/help")
        elif await self._sink.is_stopped(msg.address):
            log.info("message from an opted-out number ignored")
            return []
        else:
            msg = _as_command(msg)
        return await self._sink.handle(msg, inline=inline)

    # Spool replay

    async def replay_once(self) -> int:
        """Replay spooled messages, oldest first; return how many were filed.

        Stops at the first database error (still down: try again later). A file is
        deleted only after its effect is committed; if we crash in between, the
        replay runs again and the event dedupe makes it a no-op.
        """
        async with self._replaying:  # the background loop and a caller never overlap
            return await self._replay()

    async def _replay(self) -> int:
        done = 0
        for path in await asyncio.to_thread(self.spool.pending):
            try:
                msg = await asyncio.to_thread(self.spool.load, path)
            except (ValueError, KeyError, OSError):
                log.exception("spooled message unreadable; left in place")
                continue
            try:
                await self.process(msg, inline=False)
            except DB_ERRORS as exc:
                log.info("spool replay deferred", extra={"error": type(exc).__name__})
                break
            await asyncio.to_thread(self.spool.remove, path)
            done += 1
        if done:
            log.info("spool replayed", extra={"count": done})
        return done

    async def _replay_loop(self) -> None:
        while True:
            try:
                await self.replay_once()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("spool replay failed")
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._replay_interval)

    # Outbound

    async def send(self, address: Address, msg: OutboundMessage) -> SendResult:
        """Send a reply through the REST API, as several SMS if it is long."""
        last: str | None = None
        for body in render(msg, self._max_segments):
            last = await self._post({"To": address.value, "From": self._from, "Body": body})
        return SendResult(external_id=last)

    async def _post(self, form: dict[str, str]) -> str | None:
        try:
            async with self._client().post(self._messages_url, data=form) as resp:
                try:
                    data: Any = await resp.json(content_type=None)
                except ValueError:
                    data = {}
                if resp.status < 300:
                    return str(data.get("sid")) if isinstance(data, dict) else None
                raise _send_error(resp.status, data, resp.headers.get("Retry-After"))
        except TimeoutError as exc:
            raise SendError("Twilio timed out", retryable=True, code="timeout") from exc
        except aiohttp.ClientError as exc:
            raise SendError("Twilio unreachable", retryable=True, code="network") from exc


def parse_form(form: dict[str, str]) -> InboundMessage:
    """Normalise Twilio's inbound form.

    Raises:
        PayloadRejected: no sender, or no message id of Twilio's form.
    """
    sender = form.get("From", "").strip()
    sid = form.get("MessageSid") or form.get("SmsSid") or ""
    if not sender or not sid:
        raise PayloadRejected("From and MessageSid are required", code="malformed_form")
    if not _SID.match(sid):
        raise PayloadRejected("MessageSid is not a Twilio message id", code="malformed_form")
    body = form.get("Body", "")
    try:
        media_count = int(form.get("NumMedia", "0") or 0)
    except ValueError:
        media_count = 0
    return InboundMessage(
        address=Address(ChannelKind.SMS, sender),
        external_id=sid,
        text=body if body.strip() else None,
        media=media_count > 0 and not body.strip(),
    )


def _as_command(msg: InboundMessage) -> InboundMessage:
    """Read "STATUS K7QM-3XTA", "DELETE", "MYDATA" … as the bot's slash commands."""
    text = (msg.text or "").strip()
    first, _, rest = text.partition(" ")
    word = first.upper()
    if word in COMMAND_WORDS and (word == "STATUS" or not rest.strip()):
        return dataclasses.replace(msg, text=f"/{word.lower()} {rest.strip()}".strip())
    return msg


def _required(name: str, value: str | None) -> str:
    if not value:
        raise ConfigError(f"{name} must be set when VOICES_TWILIO_AUTH_TOKEN is")
    return value


def _send_error(status: int, data: Any, retry_after_header: str | None) -> SendError:
    code = data.get("code") if isinstance(data, dict) else None
    return http_send_error(
        "Twilio", status, code, retry_after_header, blocked=TWILIO_BLOCKED, rate_limited=TWILIO_RATE
    )
