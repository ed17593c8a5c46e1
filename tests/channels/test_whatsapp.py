"""WhatsApp Cloud API end to end: signed notifications through the real route into a real
database, replies through the outbox to a local Graph API stand-in."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest

from bot.engine import ConversationEngine
from core.errors import ConfigError, PayloadRejected, SendError
from core.messages import Address, ChannelKind, Choice, OutboundKind, OutboundMessage
from intake.channels.whatsapp import WhatsAppAdapter, parse_notification, render
from intake.service import IntakeService
from storage.models import InboundEvent, OutboxMessage, Submission
from tests.channels.conftest import APP_SECRET, VERIFY_TOKEN, Channel, fixture
from tests.conftest import shared_pipeline

WA_ID = "2348031234567"
_ids = itertools.count(1)


def note(messages: list[dict[str, Any]], name: str = "Amina Wanjiru") -> dict[str, Any]:
    """A notification carrying ``messages`` from one person."""
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "102290129340398",
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": "15550783881",
                                "phone_number_id": "109876543210987",
                            },
                            "contacts": [{"profile": {"name": name}, "wa_id": WA_ID}],
                            "messages": messages,
                        },
                    }
                ],
            }
        ],
    }


def text(body: str) -> dict[str, Any]:
    n = next(_ids)
    return {
        "from": WA_ID,
        "id": f"wamid.T{n:08d}",
        "timestamp": "1790000000",
        "type": "text",
        "text": {"body": body},
    }


def reply(kind: str, choice_id: str) -> dict[str, Any]:
    n = next(_ids)
    return {
        "from": WA_ID,
        "id": f"wamid.R{n:08d}",
        "timestamp": "1790000000",
        "type": "interactive",
        "interactive": {"type": kind, kind: {"id": choice_id, "title": "x"}},
    }


# Handshake


async def test_handshake_answers_the_challenge(channel: Channel) -> None:
    resp = await channel.client.get(
        "/webhooks/whatsapp",
        params={
            "hub.mode": "subscribe",
            "hub.verify_token": VERIFY_TOKEN,
            "hub.challenge": "1158201444",
        },
    )
    assert resp.status == 200
    assert resp.content_type == "text/plain"
    assert await resp.text() == "1158201444"


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"}, 403),
        ({"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"}, 403),
        ({"hub.mode": "subscribe", "hub.challenge": "1"}, 400),
        ({}, 400),
    ],
)
async def test_handshake_refuses(channel: Channel, params: dict[str, str], status: int) -> None:
    resp = await channel.client.get("/webhooks/whatsapp", params=params)
    assert resp.status == status
    assert "1" not in (await resp.json())["error"]["message"].split()


# Signatures


async def test_unsigned_and_wrongly_signed_are_refused_and_nothing_stored(
    channel: Channel,
) -> None:
    body = json.dumps(fixture("text")).encode()
    resp = await channel.client.post("/webhooks/whatsapp", data=body)
    assert resp.status == 401
    status, _ = await channel.post_whatsapp(fixture("text"), secret="not-the-secret")
    assert status == 403
    # Signed over different bytes than those sent.
    tampered = body.replace(b"Hello", b"Hallo")
    sig = await _sign(body)
    resp = await channel.client.post(
        "/webhooks/whatsapp", data=tampered, headers={"X-Hub-Signature-256": sig}
    )
    assert resp.status == 403
    assert await channel.count(InboundEvent) == 0


async def _sign(body: bytes) -> str:
    import hashlib
    import hmac

    return "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()


# Payloads, table-driven through the real route

CASES = [
    # fixture, status, stored events, (text, choice, media, has sender name) per message
    ("text", 200, 1, [("Hello", None, False, True)]),
    ("button_reply", 200, 1, [(None, "yes", False, True)]),
    ("list_reply", 200, 1, [(None, "theme:papers", False, True)]),
    ("image", 200, 1, [(None, None, True, True)]),
    ("audio", 200, 1, [(None, None, True, True)]),
    ("location", 200, 1, [(None, None, True, True)]),
    ("multiple", 200, 2, [("Hello", None, False, True), ("Salam", None, False, True)]),
    ("status", 200, 0, None),
    ("reaction", 200, 0, None),
    ("malformed", 400, 0, None),
]


@pytest.mark.parametrize(("name", "status", "events", "expected"), CASES)
async def test_notifications(
    channel: Channel,
    name: str,
    status: int,
    events: int,
    expected: list[tuple[str | None, str | None, bool, bool]] | None,
) -> None:
    payload = fixture(name)
    got, body = await channel.post_whatsapp(payload)
    assert got == status, body
    assert await channel.count(InboundEvent) == events
    if expected is None:
        if status == 400:
            with pytest.raises(PayloadRejected):
                parse_notification(payload)
        return
    msgs = parse_notification(payload, "109876543210987")
    assert [(m.text, m.choice, m.media, m.sender_name is not None) for m in msgs] == expected
    assert all(m.address.channel is ChannelKind.WHATSAPP for m in msgs)
    assert all(m.address.value.startswith("+") for m in msgs)
    assert [m.external_id for m in msgs] == [
        m["id"] for m in payload["entry"][0]["changes"][0]["value"]["messages"]
    ]
    # Every message got its own answer queued.
    assert await channel.count(OutboxMessage) >= events


async def test_media_gets_a_clear_answer(channel: Channel) -> None:
    await channel.post_whatsapp(fixture("image"))
    await channel.drain()
    [answer] = channel.graph.requests
    assert answer["type"] == "text"
    assert "only read text" in answer["text"]["body"]


async def test_other_phone_numbers_and_other_objects_are_ignored(channel: Channel) -> None:
    payload = fixture("text")
    payload["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"] = "999"
    assert (await channel.post_whatsapp(payload))[0] == 200
    payload = fixture("text")
    payload["object"] = "page"
    assert (await channel.post_whatsapp(payload))[0] == 200
    assert await channel.count(InboundEvent) == 0


async def test_redelivered_notification_has_no_second_effect(channel: Channel) -> None:
    assert (await channel.post_whatsapp(fixture("multiple")))[0] == 200
    await channel.drain()
    first = len(channel.graph.requests)
    outbox = await channel.count(OutboxMessage)
    # A language menu is numbered text followed by a "Help now" button: two requests.
    assert first > outbox >= 2
    for _ in range(2):
        assert (await channel.post_whatsapp(fixture("multiple")))[0] == 200
    await channel.drain()
    assert await channel.count(InboundEvent) == 2
    assert await channel.count(OutboxMessage) == outbox
    assert len(channel.graph.requests) == first


@pytest.mark.parametrize(
    ("raw", "status"),
    [(b"", 400), (b"{not json", 400), (b"\xff\xfe", 400), (b"[]", 400), (b"{}", 400)],
)
async def test_bad_bodies_are_400(channel: Channel, raw: bytes, status: int) -> None:
    got, body = await channel.post_whatsapp(None, raw=raw)
    assert got == status
    assert body["error"]["code"]


async def test_oversize_is_413(channel: Channel) -> None:
    raw = b'{"object": "' + b"x" * (channel.services.settings.max_body_bytes + 10) + b'"}'
    got, _ = await channel.post_whatsapp(None, raw=raw)
    assert got == 413


# Rendering within WhatsApp's limits


def _msg(text: str, labels: list[str], lang: str = "en") -> OutboundMessage:
    return OutboundMessage(
        kind=OutboundKind.CHOICES,
        text=text,
        choices=tuple(Choice(f"c{i}", label) for i, label in enumerate(labels)),
        lang=lang,
    )


def test_up_to_three_choices_are_reply_buttons() -> None:
    [body] = render("2348031234567", _msg("Send it?", ["Send", "Write it again", "Cancel"]))
    assert body == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "2348031234567",
        "type": "interactive",
        "interactive": {
            "type": "button",
            "body": {"text": "Send it?"},
            "action": {
                "buttons": [
                    {"type": "reply", "reply": {"id": "c0", "title": "Send"}},
                    {"type": "reply", "reply": {"id": "c1", "title": "Write it again"}},
                    {"type": "reply", "reply": {"id": "c2", "title": "Cancel"}},
                ]
            },
        },
    }


def test_four_to_ten_choices_are_a_list_with_safe_truncation() -> None:
    labels = [
        "Work and recruitment",
        "Safety, smuggling, trafficking",
        "Other",
        "👨‍👩‍👧‍👦" * 30,
        "b\u0301" * 30,
    ]
    [body] = render("1", _msg("What is it about?", labels))
    interactive = body["interactive"]
    assert interactive["type"] == "list"
    assert len(interactive["action"]["button"]) <= 20
    rows = interactive["action"]["sections"][0]["rows"]
    assert [r["id"] for r in rows] == ["c0", "c1", "c2", "c3", "c4"]
    for row, label in zip(rows, labels, strict=True):
        assert len(row["title"]) <= 24
        if label == row["title"]:
            assert "description" not in row
        else:
            assert row["title"].endswith("…")
            assert row["description"].startswith(row["title"][:-1].rstrip())
            assert len(row["description"]) <= 72
    # Never cut inside a grapheme: no dangling zero-width joiner or lone accent.
    family = rows[3]["title"][:-1]
    assert not family.endswith("\u200d")
    assert family.count("👨") == family.count("👦")
    accented = rows[4]["title"][:-1]
    assert len(accented) % 2 == 0
    assert accented.endswith("\u0301")


def test_more_than_ten_choices_are_numbered_text() -> None:
    labels = [f"Language {i}" for i in range(17)]
    [body] = render("1", _msg("Which language?", labels))
    assert body["type"] == "text"
    text = body["text"]["body"]
    assert text.startswith("Which language?\n\n1. Language 0\n2. Language 1\n")
    assert text.endswith("17. Language 16")


def test_long_texts_are_split_and_bodies_kept_within_limits() -> None:
    long = ("word " * 1500).strip()  # 7499 characters
    pieces = render("1", OutboundMessage(kind=OutboundKind.TEXT, text=long))
    assert [p["type"] for p in pieces] == ["text", "text"]
    assert all(len(p["text"]["body"]) <= 4096 for p in pieces)
    assert " ".join(p["text"]["body"] for p in pieces) == long
    buttons = render("1", _msg("x " * 800, ["Yes", "No"]))
    assert buttons[-1]["type"] == "interactive"
    assert all(
        len(p["interactive"]["body"]["text"]) <= 1024 for p in buttons if p["type"] == "interactive"
    )


# Sending errors


@pytest.mark.parametrize(
    ("status", "body", "headers", "code", "retryable", "retry_after"),
    [
        (
            400,
            {"error": {"code": 131047, "message": "Re-engagement message"}},
            {},
            "window_closed",
            False,
            None,
        ),
        (
            400,
            {"error": {"code": 131026, "message": "Message undeliverable"}},
            {},
            "blocked",
            False,
            None,
        ),
        (
            429,
            {"error": {"code": 130429, "message": "Rate limit hit"}},
            {"Retry-After": "7"},
            "rate_limited",
            True,
            7.0,
        ),
        (
            400,
            {"error": {"code": 131056, "message": "Pair rate limit"}},
            {},
            "rate_limited",
            True,
            None,
        ),
        (
            503,
            {"error": {"code": 2, "message": "Service unavailable"}},
            {},
            "server_error",
            True,
            None,
        ),
        (
            400,
            {"error": {"code": 100, "message": "Invalid parameter"}},
            {},
            "bad_request",
            False,
            None,
        ),
    ],
)
async def test_send_errors(
    channel: Channel,
    status: int,
    body: dict[str, Any],
    headers: dict[str, str],
    code: str,
    retryable: bool,
    retry_after: float | None,
) -> None:
    adapter = channel.adapter("whatsapp")
    channel.graph.fail_next(status, body, **headers)
    with pytest.raises(SendError) as info:
        await adapter.send(
            Address(ChannelKind.WHATSAPP, "+" + WA_ID),
            OutboundMessage(kind=OutboundKind.TEXT, text="Hello"),
        )
    assert (info.value.code, info.value.retryable, info.value.retry_after) == (
        code,
        retryable,
        retry_after,
    )


async def test_unreachable_graph_api_is_retryable(channel: Channel) -> None:
    adapter = WhatsAppAdapter(
        IntakeService(channel.services, ConversationEngine(shared_pipeline())),
        token="t",
        app_secret="s",
        verify_token="v",
        phone_number_id="1",
        api_base="http://127.0.0.1:9",
    )
    try:
        with pytest.raises(SendError) as info:
            await adapter.send(
                Address(ChannelKind.WHATSAPP, "+1"),
                OutboundMessage(kind=OutboundKind.TEXT, text="x"),
            )
        assert info.value.retryable
    finally:
        await adapter.stop()


@pytest.mark.parametrize("missing", ["app_secret", "verify_token", "phone_number_id"])
def test_missing_secret_is_a_config_error_naming_it(missing: str) -> None:
    values = {"token": "t", "app_secret": "s", "verify_token": "v", "phone_number_id": "1"}
    values[missing] = ""
    with pytest.raises(ConfigError, match=f"VOICES_WHATSAPP_{missing.upper()}"):
        WhatsAppAdapter(None, api_base="http://x", **values)  # type: ignore[arg-type]


# A whole conversation


async def test_whole_conversation_ends_in_a_stored_submission_and_a_receipt(
    any_db_channel: Channel,
) -> None:
    ch = any_db_channel
    story = (
        "My name is Amina Wanjiru and my employer in Nairobi kept my passport for months. "
        "Call me on +254 712 345 678."
    )
    steps: list[dict[str, Any]] = [
        text("Hi"),
        text("1"),  # the language menu is numbered text: 17 options
        reply("button_reply", "yes"),
        reply("list_reply", "country:KE"),
        reply("list_reply", "theme:work"),
        text(story),
        reply("list_reply", "trend:worse"),
        reply("button_reply", "send"),
    ]
    for step in steps:
        status, _ = await ch.post_whatsapp(note([step]))
        assert status == 200
    await ch.drain()
    sent = [r for r in ch.graph.requests if r["to"] == WA_ID]
    shapes = [r["type"] if r["type"] == "text" else r["interactive"]["type"] for r in sent]
    # "Help now" rides along in every question: in the buttons or list when it fits,
    # else as a button of its own after the numbered menu or the ten-row theme list.
    # The kept passport is a trafficking cue: a referral text comes before the trend list.
    assert shapes == [
        *("text", "button"),  # language menu, then "Help now"
        "button",  # consent: yes, no, help now
        "list",  # countries
        *("list", "button"),  # ten themes, then "Help now"
        "button",  # "tell us in your own words", with "Help now"
        *("text", "list"),  # referral, trend
        "list",  # confirm: send, rewrite, cancel, help now
        "button",  # may we write back: yes, no, help now
        "text",  # receipt
    ]
    assert "danger" in sent[7]["text"]["body"]
    assert "trafficking" in sent[7]["text"]["body"]
    assert "17. " in sent[0]["text"]["body"]
    assert sent[1]["interactive"]["action"]["buttons"][0]["reply"]["id"] == "help_now"
    country_rows = sent[3]["interactive"]["action"]["sections"][0]["rows"]
    assert country_rows[0]["id"] == "country:NG"  # from the phone number
    [submission] = await ch.rows(Submission)
    assert submission.channel == "whatsapp"
    assert submission.country == "KE"
    assert submission.theme == "work"
    assert submission.trend == "worse"
    assert "Amina Wanjiru" not in submission.text
    assert "712 345 678" not in submission.text
    assert "kept my passport" in submission.text
    receipt = sent[-1]["text"]["body"]
    assert submission.receipt in receipt
