"""The one list of channels: which adapters run, built from settings in the app factory."""

from __future__ import annotations

from intake.channels.base import ChannelAdapter, InboundSink
from intake.channels.telegram import TelegramAdapter
from intake.settings import Settings


def build_adapters(settings: Settings, sink: InboundSink) -> list[ChannelAdapter]:
    """Return an adapter for every channel whose credentials are configured."""
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
    return adapters
