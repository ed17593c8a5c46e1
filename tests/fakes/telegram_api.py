"""The Telegram Bot API stand-in lives in ``bench/`` because ``voices bench`` uses it too."""

from bench.telegram_standin import BOT_USER, Call, FakeBotApi, callback_update, message_update

__all__ = ["BOT_USER", "Call", "FakeBotApi", "callback_update", "message_update"]
