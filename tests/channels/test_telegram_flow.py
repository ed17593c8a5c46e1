"""Telegram with an operator's flow file: the new question as an inline keyboard, end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestServer

from bot.flow import builtin_text
from storage.models import Submission
from tests.bot.flows import AGE_GROUP
from tests.channels.test_telegram import drain, press, rows, say, telegram_settings
from tests.conftest import shared_pipeline
from tests.fakes.telegram_api import FakeBotApi
from voices.app import create_app
from voices.services import build_services


async def test_telegram_asks_the_operators_question_with_buttons(
    aiohttp_client: Any, aiohttp_server: Any, db_url: str, tmp_path: Path
) -> None:
    flow_file = tmp_path / "flow.toml"
    flow_file.write_text(builtin_text() + AGE_GROUP, encoding="utf-8")
    api = FakeBotApi()
    server: TestServer = await aiohttp_server(api.app())
    services = build_services(telegram_settings(db_url, server, api, flow_file=flow_file))
    client = await aiohttp_client(
        create_app(services, analyser=shared_pipeline(), run_worker=False)
    )
    chat = 8801
    await say(client, chat, "/start")
    await press(client, chat, "lang:en")
    await press(client, chat, "yes")
    await say(client, chat, "Greece")
    await press(client, chat, "theme:papers")
    await say(client, chat, "The appointment system for permits has been closed since the summer.")
    await press(client, chat, "trend:same")
    await drain(client)
    asked = api.sent(chat)[-1].params
    assert asked["text"] == "What is your age group?"
    buttons = [b["callback_data"] for row in asked["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons == ["age_group:u18", "age_group:18_34", "age_group:35_plus", "help_now"]
    await press(client, chat, "age_group:35_plus")
    await press(client, chat, "send")
    [submission] = await rows(services, Submission)
    assert submission.answers == {"age_group": "35_plus"}
    assert (submission.country, submission.theme, submission.trend) == ("GR", "papers", "same")
