"""SMS end to end: Twilio-signed form posts through the real route, TwiML answers, the
REST API stand-in for replies from the outbox, and the encrypted spool for database outages."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from core.errors import ConfigError, SendError
from core.messages import Address, ChannelKind, Choice, OutboundKind, OutboundMessage
from i18n.translator import gettext
from intake.channels.sms import (
    STOPPED,
    SmsAdapter,
    Spool,
    is_gsm7,
    parse_form,
    render,
    segments,
    twiml,
)
from storage.identity import AddressCipher
from storage.models import Contact, Conversation, InboundEvent, OutboxMessage, Submission
from tests.channels.conftest import PUBLIC_URL, Channel, _channel

# A Nigerian number: English is the language its country suggests.
SENDER = "+2348031234567"
URL = f"{PUBLIC_URL}/webhooks/sms"
_sids = itertools.count(1)


def form(
    body: str | None, *, sid: str | None = None, sender: str = SENDER, **extra: str
) -> dict[str, str]:
    """The form Twilio posts for an inbound SMS."""
    data = {
        "ToCountry": "US",
        "SmsMessageSid": sid or f"SM{next(_sids):032x}",
        "NumMedia": "0",
        "From": sender,
        "To": "+15550001111",
        "Body": body or "",
        "NumSegments": "1",
        "AccountSid": "AC" + "0" * 31 + "1",
        "ApiVersion": "2010-04-01",
    }
    data["MessageSid"] = data["SmsMessageSid"]
    data.update(extra)
    return data


async def post(
    ch: Channel,
    data: dict[str, str],
    *,
    signature: str | None = None,
    url: str = URL,
    query: str = "",
) -> tuple[int, list[str]]:
    """Post as Twilio would, signed with the ``twilio`` package's own validator."""
    token = ch.twilio.auth_token
    full = url + (f"?{query}" if query else "")
    sig = (
        signature
        if signature is not None
        else RequestValidator(token).compute_signature(full, data)
    )
    resp = await ch.client.post(
        "/webhooks/sms" + (f"?{query}" if query else ""),
        data=data,
        headers={"X-Twilio-Signature": sig} if sig else {},
    )
    text = await resp.text()
    if resp.status != 200:
        return resp.status, []
    assert resp.content_type == "text/xml"
    root = ET.fromstring(text)  # noqa: S314 - our own output
    assert root.tag == "Response"
    return resp.status, [m.text or "" for m in root.findall("Message")]


async def say(ch: Channel, body: str, **kw: Any) -> list[str]:
    status, messages = await post(ch, form(body, **kw))
    assert status == 200
    return messages


# Signatures, computed by Twilio's own RequestValidator


async def test_signed_by_twilio_validator_is_accepted(channel: Channel) -> None:
    status, messages = await post(channel, form("Hello there"))
    assert status == 200
    assert messages
    status, _ = await post(channel, form("Hello there"), query="channel=a&x=1")
    assert status == 200


async def test_tampered_unsigned_or_wrong_url_is_refused(channel: Channel) -> None:
    data = form("Hello there")
    good = RequestValidator(channel.twilio.auth_token).compute_signature(URL, data)
    tampered = dict(data, Body="Hello there!")
    assert (await post(channel, tampered, signature=good))[0] == 403
    assert (await post(channel, data, signature=""))[0] == 403
    other = RequestValidator("another-token").compute_signature(URL, data)
    assert (await post(channel, data, signature=other))[0] == 403
    wrong_url = RequestValidator(channel.twilio.auth_token).compute_signature(
        "https://evil.example.org/webhooks/sms", data
    )
    assert (await post(channel, data, signature=wrong_url))[0] == 403
    assert await channel.count(InboundEvent) == 0


# Bad input


async def test_malformed_empty_media_and_oversize(channel: Channel) -> None:
    no_sender = form("Hi")
    del no_sender["From"]
    assert (await post(channel, no_sender))[0] == 400
    no_sid = form("Hi")
    del no_sid["MessageSid"], no_sid["SmsMessageSid"]
    assert (await post(channel, no_sid))[0] == 400
    # An empty SMS starts the flow: a clear answer.
    status, messages = await post(channel, form(""))
    assert status == 200
    assert "Which language" in messages[0]
    # A picture with no words: told we only read text.
    status, messages = await post(
        channel,
        form(
            "",
            NumMedia="1",
            MediaContentType0="image/jpeg",
            MediaUrl0="https://api.twilio.com/media/ME1",
        ),
    )
    assert status == 200
    assert "only read text" in messages[0]
    big = form("x" * (channel.services.settings.max_body_bytes + 100))
    resp = await channel.client.post("/webhooks/sms", data=big, headers={"X-Twilio-Signature": "x"})
    assert resp.status == 413


async def test_replayed_message_sid_has_no_second_effect(channel: Channel) -> None:
    data = form("Hello there")
    first = await post(channel, data)
    second = await post(channel, data)
    assert first[1]
    assert second == (200, [])
    assert await channel.count(InboundEvent) == 1


# The conversation


def _options(message: str) -> list[str]:
    return [line for line in message.splitlines() if line[:1].isdigit()]


async def test_whole_conversation_by_numbers_and_words(any_db_channel: Channel) -> None:
    ch = any_db_channel
    greeting = await say(ch, "Hello there, I want to tell you something")
    assert any("Which language" in m for m in greeting)
    menu = next(m for m in greeting if "Which language" in m)
    assert len(_options(menu)) == 17
    assert _options(menu)[0] == "1. English"
    [consent] = await say(ch, "1")
    assert consent.rstrip().endswith("1. Yes, I agree  2. No\n\nNeed help now? Send HELP NOW")
    [country] = await say(ch, "yes")
    assert "1. Nigeria" in country  # the phone number's country first
    [theme] = await say(ch, "kenya")
    assert "1. Work and recruitment" in theme
    [prompt] = await say(ch, "1")
    assert "own words" in prompt
    story = (
        "My name is Joseph Otieno. The agency took three months of my wages as a fee and "
        "kept my passport. Call +254 722 000 111."
    )
    *referral, trend = await say(ch, story)
    # A kept passport is a trafficking cue: the referral message comes at once.
    assert any("danger" in r for r in referral)
    assert "3. Worse" in trend
    [confirm] = await say(ch, "worse")
    assert "Joseph Otieno" not in confirm
    updates, receipt = await say(ch, "Send")
    assert "/updates" in updates  # may we write back, asked with the receipt
    [submission] = await ch.rows(Submission)
    assert submission.receipt in receipt
    assert submission.channel == "sms"
    assert (submission.country, submission.theme, submission.trend) == ("KE", "work", "worse")
    assert "Joseph Otieno" not in submission.text
    assert "722 000 111" not in submission.text
    assert "took three months of my wages" in submission.text
    # Inline answers are not also queued.
    assert await ch.count(OutboxMessage) == 0
    # "1" answers "may we write back?": stored with its time, shown by MYDATA.
    [agreed] = await say(ch, "1")
    assert "We will message you" in agreed
    [contact] = await ch.rows(Contact)
    assert contact.report_opt_in
    assert contact.opt_in_at is not None
    held = await say(ch, "MYDATA")
    assert any("Updates about your feedback: yes, since" in m for m in held)
    # STOP ends it; START does not renew it.
    await say(ch, "STOP")
    await say(ch, "START")
    [contact] = await ch.rows(Contact)
    assert not contact.report_opt_in
    held = await say(ch, "MYDATA")
    assert any("Updates about your feedback: no." in m for m in held)


async def test_stop_start_and_help(channel: Channel) -> None:
    await say(channel, "Hello there friends")
    [confirmation] = await say(channel, "STOP")
    assert "unsubscribed" in confirmation
    assert await say(channel, "stop") == []  # confirmed once only
    assert await say(channel, "1") == []  # nothing reaches the flow while stopped
    [contact] = await channel.rows(Contact)
    assert contact.stopped
    [conversation] = await channel.rows(Conversation)
    assert conversation.step == "language"
    assert await say(channel, "Unstop") != []
    [contact] = await channel.rows(Contact)
    assert not contact.stopped
    [help_text] = await say(channel, "help")
    assert "/status" in help_text
    [menu] = await say(channel, "START")
    assert "Which language" in menu
    status = await say(channel, "STATUS ABCD-EFGH")
    assert "could not find" in status[0] or "Please send" in status[0]


async def test_stop_is_confirmed_in_the_persons_language(channel: Channel) -> None:
    # Someone who picked Arabic from the menu, and someone with a Tanzanian number who
    # never started (Swahili is what their country suggests), each send English STOP.
    greeting = await say(channel, "Hello there friends")
    menu = next(m for m in greeting if "Which language" in m)
    arabic = next(line for line in _options(menu) if "العربية" in line).split(".")[0]
    await say(channel, arabic)
    [confirmation] = await say(channel, "STOP")
    assert confirmation == gettext("ar", STOPPED)
    assert confirmation != gettext("en", STOPPED)
    [confirmation] = await say(channel, "STOP", sender="+255754123456")
    assert confirmation == gettext("sw", STOPPED)


# Segments


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 1),
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("€" * 80, 1),  # extension characters count double
        ("€" * 81, 2),
        ("a" * 152 + "€" + "a" * 10, 2),  # an escape pair is never split
        ("Ça coûte 5 €? [oui]", 1),
        ("س" * 70, 1),  # Arabic: UCS-2
        ("س" * 71, 2),
        ("س" * 134, 2),
        ("س" * 135, 3),
        ("ሰላም " * 17 + "ሰ", 1),  # Amharic, 69 units
        ("ሰላም " * 18, 2),  # 72 units
        ("a" * 159 + "✓", 3),  # one non-GSM character makes it all UCS-2
        ("😀" * 35, 1),  # surrogate pairs: 70 units
        ("😀" * 36, 2),
        ("😀" * 67, 3),  # 33 pairs per 67-unit segment, never split
    ],
    ids=lambda v: f"{'gsm' if is_gsm7(v) else 'ucs2'}-{len(v)}" if isinstance(v, str) else str(v),
)
def test_segments(text: str, expected: int) -> None:
    """Cases are named by script and length in the test ids."""
    assert segments(text) == expected


def test_gsm7_detection() -> None:
    assert is_gsm7("Hello {world} ~ ^ | € \\ [x]")
    assert not is_gsm7("Привет")
    assert not is_gsm7("مرحبا")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_replies_are_split_within_the_segment_limit(lang: str) -> None:
    word = "word" if lang == "en" else "كلمة"
    msg = OutboundMessage(
        kind=OutboundKind.CHOICES,
        text=" ".join([word] * 400),
        choices=(Choice("yes", "Yes"), Choice("no", "No")),
        lang=lang,
    )
    pieces = render(msg, 3)
    assert len(pieces) > 1
    assert all(segments(p) <= 3 for p in pieces)
    assert pieces[-1].endswith("No")
    assert " ".join(pieces).count(word) == 400


def test_twiml_is_escaped() -> None:
    out = twiml(["a < b & c > d", "quote \" and '"])
    root = ET.fromstring(out)  # noqa: S314 - our own output
    assert [m.text for m in root.findall("Message")] == ["a < b & c > d", "quote \" and '"]
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?><Response>')
    assert twiml([]).endswith("<Response></Response>")


# The REST API for replies that cannot go in the TwiML


async def test_send_posts_the_exact_form(channel: Channel) -> None:
    adapter = channel.adapter("sms")
    result = await adapter.send(
        Address(ChannelKind.SMS, SENDER),
        OutboundMessage(
            kind=OutboundKind.CHOICES,
            text="Send it?",
            choices=(Choice("send", "Send"), Choice("cancel", "Cancel")),
        ),
    )
    assert result.external_id
    assert result.external_id.startswith("SM")
    assert channel.twilio.requests == [
        {"To": SENDER, "From": "+15550001111", "Body": "Send it?\n\n1. Send  2. Cancel"}
    ]


@pytest.mark.parametrize(
    ("status", "body", "headers", "code", "retryable", "retry_after"),
    [
        (
            400,
            {"code": 21610, "message": "Attempt to send to unsubscribed recipient"},
            {},
            "blocked",
            False,
            None,
        ),
        (
            429,
            {"code": 20429, "message": "Too Many Requests"},
            {"Retry-After": "3"},
            "rate_limited",
            True,
            3.0,
        ),
        (500, {"code": 20500, "message": "Internal Server Error"}, {}, "server_error", True, None),
        (
            400,
            {"code": 21211, "message": "Invalid 'To' Phone Number"},
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
    channel.twilio.fail_next(status, body, **headers)
    with pytest.raises(SendError) as info:
        await channel.adapter("sms").send(
            Address(ChannelKind.SMS, SENDER), OutboundMessage(kind=OutboundKind.TEXT, text="x")
        )
    assert (info.value.code, info.value.retryable, info.value.retry_after) == (
        code,
        retryable,
        retry_after,
    )


@pytest.mark.parametrize(
    ("missing", "variable"),
    [
        ("public_url", "VOICES_PUBLIC_URL"),
        ("account_sid", "VOICES_TWILIO_ACCOUNT_SID"),
        ("from_number", "VOICES_TWILIO_FROM_NUMBER"),
    ],
)
def test_missing_settings_are_config_errors(missing: str, variable: str, tmp_path: Path) -> None:
    values: dict[str, Any] = {
        "public_url": PUBLIC_URL,
        "account_sid": "AC1",
        "from_number": "+1555",
    }
    values[missing] = None
    with pytest.raises(ConfigError, match=variable):
        SmsAdapter(
            None,  # type: ignore[arg-type]
            auth_token="t",
            api_base="http://x",
            spool=Spool(tmp_path, AddressCipher([b"A" * 43 + b"="])),
            **values,
        )


# The spool: a database outage loses nothing and writes no words in clear


async def test_database_outage_is_spooled_encrypted_and_replayed_exactly_once(
    aiohttp_client: Any, aiohttp_server: Any, tmp_path: Path
) -> None:
    db_dir = tmp_path / "db"
    db_dir.mkdir()
    ch = await _channel(
        aiohttp_client, aiohttp_server, f"sqlite+aiosqlite:///{db_dir / 'voices.db'}", tmp_path
    )
    for step in ("Hello there, good people", "1", "yes", "Kenya", "2"):
        await say(ch, step)
    [conversation] = await ch.rows(Conversation)
    assert conversation.step == "text"

    # The database goes away: its directory is moved and open connections closed.
    away = tmp_path / "db-away"
    db_dir.rename(away)
    await ch.services.engine.dispose()
    story = (
        "My name is Grace Achieng. Officials refused to renew my permit twice without a "
        "reason. My number is +254 733 444 555."
    )
    data = form(story)
    status, messages = await post(ch, data)
    assert status == 200
    assert messages == ["We received your message and will answer shortly."]
    # Twilio's one retry of the same message is spooled too; the replay drops it.
    assert (await post(ch, data))[0] == 200
    files = sorted(ch.spool_dir.glob("*.msg"))
    assert len(files) == 2
    for path in files:
        raw = path.read_bytes()
        for secret in ("Grace", "Achieng", "permit", "733 444", SENDER, SENDER.lstrip("+")):
            assert secret.encode() not in raw
        assert path.stat().st_mode & 0o077 == 0
    assert not list(ch.spool_dir.glob(".*.tmp"))
    adapter = ch.adapter("sms")
    assert adapter.spool.load(files[0]).text == story  # only with the contact key
    # Still down: the replay waits and keeps the files.
    assert await adapter.replay_once() == 0
    assert len(list(ch.spool_dir.glob("*.msg"))) == 2

    # The database is back. (The background replayer, woken by the spooling, may
    # take part: replays never overlap, so count effects, not who did them.)
    away.rename(db_dir)
    await adapter.replay_once()
    assert list(ch.spool_dir.glob("*.msg")) == []
    assert await adapter.replay_once() == 0
    async with ch.services.sessions() as session:
        events = (
            (
                await session.execute(
                    select(InboundEvent).where(
                        InboundEvent.external_id
                        == ch.services.pseudonyms.event_key("sms", data["MessageSid"])
                    )
                )
            )
            .scalars()
            .all()
        )
    assert len(events) == 1
    [conversation] = await ch.rows(Conversation)
    assert conversation.step == "trend"
    assert "Grace Achieng" not in str(conversation.data)
    # The reply to the spooled message goes out through the outbox and the REST API.
    await ch.drain()
    [question] = ch.twilio.bodies_to(SENDER)
    assert "better, the same or worse" in question
    assert "3. Worse" in question
    # The person carries on as usual and the submission is filed once.
    await say(ch, "3")
    _, receipt = await say(ch, "1")
    [submission] = await ch.rows(Submission)
    assert submission.receipt in receipt
    assert "Grace Achieng" not in submission.text
    assert "733 444 555" not in submission.text
    assert "refused to renew my permit" in submission.text


async def test_a_crash_between_commit_and_delete_replays_without_second_effect(
    channel: Channel,
) -> None:
    adapter = channel.adapter("sms")
    data = form("Hello there, everyone")
    msg = parse_form(data)
    path = adapter.spool.put(msg)
    kept = path.read_bytes()
    assert await adapter.replay_once() == 1
    outbox = await channel.count(OutboxMessage)
    assert outbox > 0
    path.write_bytes(kept)  # as if the process died before deleting it
    assert await adapter.replay_once() == 1
    assert await channel.count(OutboxMessage) == outbox
    assert await channel.count(InboundEvent) == 1
