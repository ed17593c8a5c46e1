"""The one list of channels: which adapters run, built from settings in the app factory."""

from __future__ import annotations

from pathlib import Path

from intake.channels.base import ChannelAdapter, IntakeSink
from intake.channels.sms import SmsAdapter, Spool
from intake.channels.telegram import TelegramAdapter
from intake.channels.web import WebFormAdapter
from intake.channels.whatsapp import WhatsAppAdapter
from storage.identity import AddressCipher
from voices.settings import Settings


def build_adapters(settings: Settings, sink: IntakeSink) -> list[ChannelAdapter]:
    """Return an adapter for every channel whose credentials are configured.

    The web form needs only the core secrets, so it always runs.
    """
    adapters: list[ChannelAdapter] = []
    if settings.telegram_token is not None:
        adapters.append(
            TelegramAdapter(
                sink,
                token=settings.secret("telegram_token"),
                api_base=settings.telegram_api_base,
                secret=settings.telegram_secret.get_secret_value()
                if settings.telegram_secret
                else None,
                public_url=settings.public_url,
            )
        )
    if settings.whatsapp_token is not None:
        adapters.append(
            WhatsAppAdapter(
                sink,
                token=settings.secret("whatsapp_token"),
                app_secret=settings.secret("whatsapp_app_secret"),
                verify_token=settings.secret("whatsapp_verify_token"),
                phone_number_id=settings.whatsapp_phone_number_id or "",
                api_base=settings.whatsapp_api_base,
            )
        )
    if settings.twilio_auth_token is not None:
        adapters.append(
            SmsAdapter(
                sink,
                auth_token=settings.secret("twilio_auth_token"),
                public_url=settings.public_url,
                account_sid=settings.twilio_account_sid,
                from_number=settings.twilio_from_number,
                api_base=settings.twilio_api_base,
                spool=Spool(Path(settings.spool_dir), AddressCipher(settings.contact_keys())),
                max_segments=settings.sms_max_segments,
                replay_interval=settings.spool_replay_interval,
            )
        )
    adapters.append(WebFormAdapter(sink, settings))
    return adapters
