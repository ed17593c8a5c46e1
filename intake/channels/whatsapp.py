"""WhatsApp Cloud API: Meta's signed webhook in, the Graph API out.

Inbound, ``POST /webhooks/whatsapp`` checks ``X-Hub-Signature-256`` (HMAC-SHA256 of
the raw body with the app secret) before reading anything, validates the
notification with pydantic models, and hands every message it carries to the
intake service; it answers 200 only once all of them are committed, so a crash
means Meta redelivers and the ``wamid`` dedupe drops what was already done.
Missing signature → 401, wrong signature → 403.

Outbound, replies become interactive messages within WhatsApp's limits: up to
three options as reply buttons, four to ten as a list, more (the language menu)
as plain text with numbered options, which the engine accepts as answers.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

import aiohttp
from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.errors import (
    ConfigError,
    Forbidden,
    PayloadIgnored,
    PayloadRejected,
    SendError,
    Unauthorized,
)
from core.messages import Address, ChannelKind, Choice, InboundMessage, OutboundMessage
from i18n.translator import gettext
from intake.channels.base import InboundSink, RouteSpec, SendResult, http_send_error
from intake.channels.text import fit, help_keyword_line, numbered, split_help, split_text

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/webhooks/whatsapp"
MAX_TEXT = 4096
MAX_BUTTON_BODY = 1024
MAX_LIST_BODY = 4096
MAX_BUTTON_TITLE = 20
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72
MAX_LIST_BUTTON = 20
MAX_BUTTONS = 3
MAX_ROWS = 10
MAX_ID = 200  # Meta allows 256 for button ids and 200 for row ids

# Graph API error codes (developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes).
WINDOW_CLOSED = 131047  # more than 24 hours since the person last wrote: only templates
# Meta batches at most 1,000 updates into one webhook notification (Graph API
# Webhooks, "Event Notifications"); a signed request with more is not Meta's.
MAX_MESSAGES_PER_NOTIFICATION = 1000
BLOCKED_CODES = frozenset({131026, 131050})  # undeliverable / the person stopped our messages
RATE_CODES = frozenset({4, 80007, 130429, 131048, 131056})  # throughput and pair rate limits


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Text(_Model):
    """``text`` of a text message."""

    body: str


class Reply(_Model):
    """A button or list row the person picked."""

    id: str
    title: str | None = None


class Interactive(_Model):
    """``interactive`` of a reply to one of our interactive messages."""

    type: str
    button_reply: Reply | None = None
    list_reply: Reply | None = None


class TemplateButton(_Model):
    """``button`` of a reply to a template's quick-reply button."""

    payload: str | None = None
    text: str | None = None


class Message(_Model):
    """One entry of ``value.messages``."""

    id: str
    type: str
    timestamp: str | None = None
    text: Text | None = None
    interactive: Interactive | None = None
    button: TemplateButton | None = None
    sender: str = Field(alias="from")  # ``from`` is a Python keyword


class Profile(_Model):
    """``contacts[].profile``."""

    name: str | None = None


class Contact(_Model):
    """``value.contacts[]``: who wrote."""

    wa_id: str
    profile: Profile | None = None


class Metadata(_Model):
    """``value.metadata``: which of our numbers received it."""

    phone_number_id: str | None = None
    display_phone_number: str | None = None


class Value(_Model):
    """``changes[].value``: messages, delivery statuses, or both."""

    messaging_product: str | None = None
    metadata: Metadata | None = None
    contacts: list[Contact] = []
    messages: list[Message] = []
    statuses: list[dict[str, Any]] = []


class Change(_Model):
    """``entry[].changes[]``."""

    field: str
    value: Value


class Entry(_Model):
    """``entry[]``: one WhatsApp Business Account."""

    id: str
    changes: list[Change] = []


class Notification(_Model):
    """A webhook notification from Meta."""

    object: str
    entry: list[Entry]


def parse_notification(data: Any, phone_number_id: str | None = None) -> list[InboundMessage]:
    """Normalise a notification into messages, in the order Meta sent them.

    Raises:
        PayloadRejected: not a WhatsApp notification.
        PayloadIgnored: valid, but nothing in it for us (delivery statuses, other numbers).
    """
    try:
        note = Notification.model_validate(data)
    except ValidationError as exc:
        raise PayloadRejected("malformed WhatsApp notification", code="malformed_payload") from exc
    if note.object != "whatsapp_business_account":
        raise PayloadIgnored("not a WhatsApp Business Account notification")
    count = sum(len(c.value.messages) for e in note.entry for c in e.changes)
    if count > MAX_MESSAGES_PER_NOTIFICATION:
        raise PayloadRejected(
            f"more than {MAX_MESSAGES_PER_NOTIFICATION} messages in one notification",
            code="too_many_messages",
        )
    found: list[InboundMessage] = []
    for entry in note.entry:
        for change in entry.changes:
            value = change.value
            if change.field != "messages":
                continue
            if (
                phone_number_id
                and value.metadata is not None
                and value.metadata.phone_number_id not in (None, phone_number_id)
            ):
                continue  # another number on the same app
            names = {c.wa_id: c.profile.name if c.profile else None for c in value.contacts}
            for message in value.messages:
                msg = _normalise(message, names)
                if msg is not None:
                    found.append(msg)
    if not found:
        raise PayloadIgnored("no messages in notification")
    return found


def _normalise(message: Message, names: dict[str, str | None]) -> InboundMessage | None:
    if not message.sender or not message.sender.isdigit():
        raise PayloadRejected("message without a sender", code="malformed_payload")
    text: str | None = None
    choice: str | None = None
    media = False
    if message.type == "text" and message.text is not None:
        text = message.text.body
    elif message.type == "interactive" and message.interactive is not None:
        reply = message.interactive.button_reply or message.interactive.list_reply
        if reply is None:
            return None  # e.g. an nfm_reply (flows): we never send those
        choice = reply.id
    elif message.type == "button" and message.button is not None:
        text = message.button.text
    elif message.type in ("reaction", "system", "order", "request_welcome"):
        return None  # an emoji on one of our messages, a number change …: nothing to answer
    else:
        media = True  # image, audio, document, sticker, location, and anything new
    return InboundMessage(
        address=Address(ChannelKind.WHATSAPP, f"+{message.sender}"),
        external_id=message.id,
        text=text,
        choice=choice,
        sender_name=names.get(message.sender),
        media=media,
    )


def verify_signature(secret: bytes, body: bytes, header: str | None) -> None:
    """Check ``X-Hub-Signature-256: sha256=<hex>`` over the raw body.

    Raises:
        Unauthorized: the header is missing.
        Forbidden: it does not match.
    """
    if not header:
        raise Unauthorized("missing X-Hub-Signature-256", code="missing_signature")
    expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(header.strip().encode(), expected.encode()):
        raise Forbidden("wrong X-Hub-Signature-256", code="bad_signature")


def render(to: str, msg: OutboundMessage) -> list[dict[str, Any]]:
    """Render a reply as the Graph API ``messages`` request bodies, in sending order.

    "Help now" goes in the same buttons or list when it fits (three buttons, ten
    rows); otherwise it follows the question as a message with that one button.
    """
    base = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": to}
    choices = msg.choices
    others, help_option = split_help(choices)
    if help_option is not None and len(choices) > MAX_ROWS:
        out = _render_choices(base, msg, others)
        alone = {
            "type": "button",
            "body": {"text": help_keyword_line(help_option, msg.lang)},
            "action": {"buttons": [_button(help_option)]},
        }
        return [*out, {**base, "type": "interactive", "interactive": alone}]
    return _render_choices(base, msg, choices)


def _button(choice: Choice) -> dict[str, Any]:
    return {
        "type": "reply",
        "reply": {"id": choice.id[:MAX_ID], "title": fit(choice.label, MAX_BUTTON_TITLE)},
    }


def _render_choices(
    base: dict[str, Any], msg: OutboundMessage, choices: Sequence[Choice]
) -> list[dict[str, Any]]:
    if choices and len(choices) <= MAX_ROWS:
        limit = MAX_BUTTON_BODY if len(choices) <= MAX_BUTTONS else MAX_LIST_BODY
        *before, body = split_text(msg.text or "…", limit)
        texts = [_text(base, piece) for piece in before]
        if len(choices) <= MAX_BUTTONS:
            action: dict[str, Any] = {"buttons": [_button(c) for c in choices]}
            kind = "button"
        else:
            rows = []
            for c in choices:
                title = fit(c.label, MAX_ROW_TITLE)
                row = {"id": c.id[:MAX_ID], "title": title}
                if title != c.label:
                    row["description"] = fit(c.label, MAX_ROW_DESCRIPTION)
                rows.append(row)
            action = {
                "button": fit(gettext(msg.lang, "Choose"), MAX_LIST_BUTTON),
                "sections": [{"rows": rows}],
            }
            kind = "list"
        interactive = {"type": kind, "body": {"text": body}, "action": action}
        return [*texts, {**base, "type": "interactive", "interactive": interactive}]
    text = msg.text
    if choices:
        text = f"{text}\n\n{numbered(choices, msg.lang)}" if text else numbered(choices, msg.lang)
    return [_text(base, piece) for piece in split_text(text, MAX_TEXT)]


def _text(base: dict[str, Any], body: str) -> dict[str, Any]:
    return {**base, "type": "text", "text": {"body": body, "preview_url": False}}


class WhatsAppAdapter:
    """The WhatsApp Cloud API channel."""

    kind: ClassVar[ChannelKind] = ChannelKind.WHATSAPP

    def __init__(
        self,
        sink: InboundSink,
        *,
        token: str,
        app_secret: str,
        verify_token: str,
        phone_number_id: str,
        api_base: str,
        timeout: float = 15.0,
    ) -> None:
        for name, value in (
            ("VOICES_WHATSAPP_APP_SECRET", app_secret),
            ("VOICES_WHATSAPP_VERIFY_TOKEN", verify_token),
            ("VOICES_WHATSAPP_PHONE_NUMBER_ID", phone_number_id),
        ):
            if not value:
                raise ConfigError(f"{name} must be set when VOICES_WHATSAPP_TOKEN is")
        self._sink = sink
        self._token = token
        self._app_secret = app_secret.encode()
        self._verify_token = verify_token
        self._phone_number_id = phone_number_id
        self._url = f"{api_base.rstrip('/')}/{phone_number_id}/messages"
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._http: aiohttp.ClientSession | None = None

    def __repr__(self) -> str:
        return "WhatsAppAdapter(token=<redacted>)"

    def routes(self) -> Sequence[RouteSpec]:
        """The verification handshake and the notification webhook."""
        return [
            RouteSpec("GET", WEBHOOK_PATH, self.handshake),
            RouteSpec("POST", WEBHOOK_PATH, self.webhook),
        ]

    def redact_values(self) -> Iterable[str]:
        """The access token, app secret and verify token."""
        return [self._token, self._app_secret.decode(), self._verify_token]

    async def start(self) -> None:
        """Open the Graph API client."""
        self._client()

    async def stop(self) -> None:
        """Close the Graph API client."""
        if self._http is not None:
            await self._http.close()
            self._http = None

    def _client(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession(
                timeout=self._timeout,
                headers={"Authorization": f"Bearer {self._token}"},
            )
        return self._http

    async def handshake(self, request: web.Request) -> web.Response:
        """Answer Meta's subscription check with the challenge, if the verify token matches."""
        mode = request.query.get("hub.mode")
        token = request.query.get("hub.verify_token")
        challenge = request.query.get("hub.challenge")
        if mode is None or token is None or challenge is None:
            raise PayloadRejected("hub.mode, hub.verify_token and hub.challenge are required")
        if mode != "subscribe" or not hmac.compare_digest(
            token.encode(), self._verify_token.encode()
        ):
            raise Forbidden("verification failed", code="bad_verify_token")
        return web.Response(text=challenge, content_type="text/plain")

    async def webhook(self, request: web.Request) -> web.Response:
        """Receive one notification; 200 only after every message in it is committed."""
        body = await request.read()
        verify_signature(self._app_secret, body, request.headers.get("X-Hub-Signature-256"))
        if not body:
            raise PayloadRejected("empty body", code="empty_body")
        try:
            payload = json.loads(body)
        except (UnicodeDecodeError, ValueError) as exc:
            raise PayloadRejected("body is not valid JSON", code="malformed_json") from exc
        try:
            messages = parse_notification(payload, self._phone_number_id)
        except PayloadIgnored:
            return web.json_response({"ok": True, "ignored": True})
        for msg in messages:
            await self._sink.handle(msg)
        return web.json_response({"ok": True})

    async def send(self, address: Address, msg: OutboundMessage) -> SendResult:
        """Send a reply through the Graph API; several requests when it must be split."""
        last: str | None = None
        for body in render(address.value.lstrip("+"), msg):
            last = await self._post(body)
        return SendResult(external_id=last)

    async def _post(self, body: dict[str, Any]) -> str | None:
        try:
            async with self._client().post(self._url, json=body) as resp:
                try:
                    data: Any = await resp.json(content_type=None)
                except ValueError:
                    data = {}
                if resp.status < 300:
                    messages = data.get("messages") if isinstance(data, dict) else None
                    if isinstance(messages, list) and messages and isinstance(messages[0], dict):
                        return str(messages[0].get("id"))
                    return None
                raise _send_error(resp.status, data, resp.headers.get("Retry-After"))
        except TimeoutError as exc:
            raise SendError("Graph API timed out", retryable=True, code="timeout") from exc
        except aiohttp.ClientError as exc:
            raise SendError("Graph API unreachable", retryable=True, code="network") from exc


def _send_error(status: int, data: Any, retry_after_header: str | None) -> SendError:
    error = data.get("error") if isinstance(data, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    return http_send_error(
        "Graph API",
        status,
        code,
        retry_after_header,
        blocked=BLOCKED_CODES,
        rate_limited=RATE_CODES,
        permanent={WINDOW_CLOSED: ("24-hour window closed", "window_closed")},
    )
