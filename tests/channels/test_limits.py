"""Channel input caps under hostile use: WhatsApp batch size, Twilio replays, private spool."""

from __future__ import annotations

import os
import stat

from twilio.request_validator import RequestValidator

from core.messages import Address, ChannelKind, InboundMessage
from intake.channels.whatsapp import MAX_MESSAGES_PER_NOTIFICATION
from storage.models import InboundEvent
from tests.channels.conftest import Channel
from tests.channels.test_sms import URL as SMS_URL
from tests.channels.test_sms import form as sms_form
from tests.channels.test_sms import post as sms_post
from tests.channels.test_whatsapp import note, text


async def test_whatsapp_notification_over_metas_batch_size_is_refused(channel: Channel) -> None:
    messages = [text(f"hello {i}") for i in range(MAX_MESSAGES_PER_NOTIFICATION + 1)]
    for i, message in enumerate(messages):
        message["id"] = f"wamid.cap{i}"
    status, body = await channel.post_whatsapp(note(messages))
    assert status == 400
    assert body["error"]["code"] == "too_many_messages"
    assert await channel.count(InboundEvent) == 0


async def test_twilio_request_re_split_under_its_signature_is_not_processed(
    channel: Channel,
) -> None:
    data = sms_form("Hello there")
    signature = RequestValidator(channel.twilio.auth_token).compute_signature(SMS_URL, data)
    assert (await sms_post(channel, data, signature=signature))[0] == 200
    # Same characters run together, split at other places: the same signature.
    sid = data.pop("MessageSid")
    resplit = dict(data, MessageSid=sid + "NumMedia" + data.pop("NumMedia"))
    status, messages = await sms_post(channel, resplit, signature=signature)
    assert status in (200, 400)
    assert messages == []
    # And the very same request again (a replay): answered, not processed.
    status, messages = await sms_post(
        channel, sms_form("Hello there", sid=sid), signature=signature
    )
    assert messages == []
    assert await channel.count(InboundEvent) == 1


async def test_twilio_message_ids_must_look_like_twilios(channel: Channel) -> None:
    status, _ = await sms_post(channel, sms_form("Hi", sid="SM0001NumMedia0"))
    assert status == 400
    assert await channel.count(InboundEvent) == 0


async def test_spooled_messages_are_private_files(channel: Channel) -> None:
    old_mask = os.umask(0o022)
    try:
        adapter = channel.adapter("sms")
        path = adapter.spool.put(
            InboundMessage(address=Address(ChannelKind.SMS, "+2348031234567"), external_id="SMx")
        )
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    finally:
        os.umask(old_mask)
