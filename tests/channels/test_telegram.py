"""Telegram end to end: real python-telegram-bot over HTTP to a local Bot API stand-in.

Conversations go through the real webhook route and the real pipeline into a real
database; replies go through the outbox and the worker to the stand-in.
"""

from __future__ import annotations

import asyncio
import itertools
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from core.clock import utcnow
from intake.channels.telegram import TelegramAdapter
from storage.models import Contact, OutboxMessage, Submission
from tests.conftest import make_settings, shared_pipeline
from tests.fakes.telegram_api import FakeBotApi, callback_update, message_update
from voices.app import ADAPTERS, ONCALL, WORKER, create_app
from voices.services import Services, build_services
from voices.settings import Settings

SECRET = "webhook-Secret_123"
HEADERS = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
_update_ids = itertools.count(10_000)


def telegram_settings(db_url: str, server: TestServer, api: FakeBotApi, **extra: Any) -> Settings:
    return make_settings(
        db_url,
        telegram_token=api.token,
        telegram_api_base=str(server.make_url("")).rstrip("/"),
        telegram_secret=SECRET,
        public_url="https://voices.example.org",
        outbox_rate_per_second=0,
        outbox_per_chat_interval=0,
        **extra,
    )


@pytest.fixture
async def tg(
    aiohttp_client: Any, db_url: str, bot_api: tuple[FakeBotApi, TestServer]
) -> tuple[TestClient[Any, Any], FakeBotApi, Services]:
    api, server = bot_api
    services = build_services(telegram_settings(db_url, server, api))
    app = create_app(services, analyser=shared_pipeline(), run_worker=False)
    client = await aiohttp_client(app)
    return client, api, services


ANSWERS: list[dict[str, Any]] = []


async def post(client: TestClient[Any, Any], update: dict[str, Any], **kw: Any) -> int:
    resp = await client.post("/webhooks/telegram", json=update, headers=kw.get("headers", HEADERS))
    if resp.status == 200 and "callback_query" in update:
        ANSWERS.append(await resp.json())
    await resp.read()
    return resp.status


async def say(client: TestClient[Any, Any], chat: int, text: str, lang: str = "en") -> None:
    assert (
        await post(client, message_update(next(_update_ids), chat, text, language_code=lang)) == 200
    )


async def press(client: TestClient[Any, Any], chat: int, data: str) -> None:
    assert await post(client, callback_update(next(_update_ids), chat, data)) == 200


async def converse(client: TestClient[Any, Any], chat: int, story: str) -> None:
    await say(client, chat, "/start")
    await press(client, chat, "lang:en")
    await press(client, chat, "yes")
    await say(client, chat, "Greece")
    await press(client, chat, "theme:papers")
    await say(client, chat, story)
    await press(client, chat, "trend:same")
    await press(client, chat, "send")


async def drain(client: TestClient[Any, Any]) -> None:
    worker = client.app[WORKER]
    while await worker.run_once():
        pass
    for adapter in client.app[ADAPTERS]:
        if isinstance(adapter, TelegramAdapter):
            await adapter.settle()


async def rows(services: Services, model: Any) -> list[Any]:
    async with services.sessions() as session:
        return list((await session.execute(select(model))).scalars())


async def test_webhook_is_set_with_secret_and_allowed_updates(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services],
) -> None:
    _, api, _ = tg
    assert api.webhook["url"] == "https://voices.example.org/webhooks/telegram"
    assert api.webhook["secret_token"] == SECRET
    assert api.webhook["allowed_updates"] == ["message", "callback_query"]


async def test_concurrent_conversations_each_get_their_receipt(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services],
) -> None:
    client, api, services = tg
    ANSWERS.clear()
    chats = list(range(5001, 5013))
    stories = {
        chat: f"Person {chat} waited seven months for a residence permit appointment in Athens."
        for chat in chats
    }
    await asyncio.gather(*(converse(client, chat, stories[chat]) for chat in chats))
    await drain(client)

    submissions = await rows(services, Submission)
    assert len(submissions) == len(chats)
    receipts = {s.receipt for s in submissions}
    for chat in chats:
        texts = [c.params["text"] for c in api.sent(chat)]
        codes = {code for code in receipts if any(code in t for t in texts)}
        assert len(codes) == 1, f"chat {chat} should see exactly its own receipt"
    # Callback queries are answered in the webhook's response, not by another request.
    answered = {a["callback_query_id"] for a in ANSWERS if a.get("method") == "answerCallbackQuery"}
    assert len(answered) == len(chats) * 5
    assert not [c for c in api.calls if c.method == "answerCallbackQuery"]


async def test_redelivered_update_has_no_second_effect(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services],
) -> None:
    client, api, services = tg
    chat = 6001
    await say(client, chat, "/start")
    await press(client, chat, "lang:en")
    await press(client, chat, "yes")
    await say(client, chat, "Greece")
    await press(client, chat, "theme:papers")
    await say(client, chat, "The asylum office in Athens closed for two months without notice.")
    await press(client, chat, "trend:worse")
    final = callback_update(next(_update_ids), chat, "send")
    assert await post(client, final) == 200
    before = len(await rows(services, OutboxMessage))
    # Telegram redelivers when it did not see our 200 in time.
    assert await post(client, final) == 200
    assert await post(client, final) == 200
    assert len(await rows(services, Submission)) == 1
    assert len(await rows(services, OutboxMessage)) == before
    await drain(client)
    receipts = [c for c in api.sent(chat) if "receipt code" in c.params["text"]]
    assert len(receipts) == 1


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}, {"X-Telegram-Bot-Api-Secret-Token": ""}],
    ids=["missing", "wrong", "empty"],
)
async def test_wrong_secret_is_refused_and_nothing_stored(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services], headers: dict[str, str]
) -> None:
    client, _, services = tg
    status = await post(client, message_update(1, 6101, "/start"), headers=headers)
    assert status == 401
    assert await rows(services, OutboxMessage) == []
    assert await rows(services, Contact) == []


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"{oops", 400, "malformed_json"),
        (b"[1, 2]", 400, "malformed_update"),
        (b'{"update_id": "x"}', 400, "malformed_update"),
        (b"", 400, "empty_body"),
        (
            b'{"update_id": 5, "edited_message": {"message_id": 1, "date": 1, '
            b'"chat": {"id": 1, "type": "private"}, "text": "x"}}',
            200,
            "ignored",
        ),
        (b'{"update_id": 6}', 200, "ignored"),
    ],
    ids=["malformed", "array", "bad-id", "empty", "edited", "unknown-kind"],
)
async def test_bad_and_ignored_updates(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services], body: bytes, status: int, code: str
) -> None:
    client, _, services = tg
    resp = await client.post(
        "/webhooks/telegram",
        data=body,
        headers={**HEADERS, "Content-Type": "application/json"},
    )
    assert resp.status == status
    assert (await resp.json()).get("error", {}).get("code") == code
    assert await rows(services, Submission) == []


async def test_update_with_a_missing_field_is_refused_without_echoing_its_text(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services], caplog: pytest.LogCaptureFixture
) -> None:
    client, _, services = tg
    # A message without its chat: nothing to answer to. The text must not come back
    # in the error (pydantic's own message would quote the input).
    body = {
        "update_id": 7,
        "message": {"message_id": 1, "date": 1, "text": "Call Amal on +30 691 234 5678"},
    }
    resp = await client.post("/webhooks/telegram", json=body, headers=HEADERS)
    assert resp.status == 400
    raw = await resp.text()
    assert "malformed_update" in raw
    assert "691" not in raw
    assert "Amal" not in raw
    assert "691" not in caplog.text
    assert await rows(services, Submission) == []


async def test_oversize_update_gets_413(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services],
) -> None:
    client, _, _ = tg
    huge = message_update(1, 6201, "x" * 300_000)
    resp = await client.post("/webhooks/telegram", json=huge, headers=HEADERS)
    assert resp.status == 413


async def test_group_chats_and_media_are_not_stored(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services],
) -> None:
    client, api, services = tg
    group = message_update(next(_update_ids), 6301, "hello")
    group["message"]["chat"]["type"] = "group"
    assert await post(client, group) == 200
    voice = message_update(
        next(_update_ids),
        6302,
        None,
        extra={"voice": {"file_id": "f", "file_unique_id": "u", "duration": 3}},
    )
    assert await post(client, voice) == 200
    await drain(client)
    [reply] = api.sent(6302)
    assert "only read text" in reply.params["text"]
    assert api.sent(6301) == []
    assert await rows(services, Submission) == []


async def test_rate_limit_429_is_retried_after_retry_after(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services],
) -> None:
    client, api, services = tg
    api.fail_next("sendMessage", 429, retry_after=30)
    await say(client, 6401, "/start")
    await drain(client)
    assert api.sent(6401) == []
    [queued] = await rows(services, OutboxMessage)
    assert queued.state == "pending"
    assert queued.last_error == "rate_limited"
    assert queued.next_attempt_at >= utcnow() + timedelta(seconds=25)
    # Time passes: make it due now and deliver.
    async with services.sessions() as session, session.begin():
        row = await session.get(OutboxMessage, queued.id)
        assert row is not None
        row.next_attempt_at = utcnow()
    await drain(client)
    assert len(api.sent(6401)) == 1
    [delivered] = await rows(services, OutboxMessage)
    assert delivered.state == "sent"
    assert delivered.address_enc is None  # the address does not outlive delivery


async def test_blocked_bot_stops_the_contact(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services],
) -> None:
    client, api, services = tg
    api.fail_next("sendMessage", 403)
    await say(client, 6501, "/start")
    await drain(client)
    [contact] = await rows(services, Contact)
    assert contact.stopped is True
    [failed] = await rows(services, OutboxMessage)
    assert failed.state == "failed"
    await say(client, 6501, "/help")
    await drain(client)
    assert api.sent(6501) == []


async def test_long_reply_is_split_under_4096(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services],
) -> None:
    client, api, _ = tg
    chat = 6601
    await say(client, chat, "/start")
    await press(client, chat, "lang:en")
    await press(client, chat, "yes")
    await say(client, chat, "Greece")
    await press(client, chat, "theme:papers")
    story = " ".join(["The office kept our papers for months and nobody answered."] * 80)
    await say(client, chat, story)
    await press(client, chat, "trend:same")
    await drain(client)
    texts = [c.params["text"] for c in api.sent(chat)]
    assert all(len(t) <= 4096 for t in texts)
    confirm_parts = [c for c in api.sent(chat) if "reply_markup" in c.params]
    assert len(texts) >= 8
    assert confirm_parts[-1].params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] in (
        "send",
        "rewrite",
    )


async def test_restart_mid_conversation_loses_nothing(
    aiohttp_client: Any, db_url: str, bot_api: tuple[FakeBotApi, TestServer]
) -> None:
    api, server = bot_api
    settings = telegram_settings(db_url, server, api)
    first = await aiohttp_client(
        create_app(build_services(settings), analyser=shared_pipeline(), run_worker=False)
    )
    chat = 6701
    await say(first, chat, "/start")
    await press(first, chat, "lang:en")
    await press(first, chat, "yes")
    await first.close()  # the process stops; the unsent replies stay in the outbox

    services = build_services(settings)
    second = await aiohttp_client(
        create_app(services, analyser=shared_pipeline(), run_worker=False)
    )
    await say(second, chat, "Greece")
    await press(second, chat, "theme:work")
    await say(second, chat, "The recruiter in Athens kept our wages for the first two months.")
    await press(second, chat, "trend:worse")
    await press(second, chat, "send")
    await drain(second)
    [sub] = await rows(services, Submission)
    assert sub.country == "GR"
    assert sub.theme == "work"
    texts = [c.params["text"] for c in api.sent(chat)]
    assert any(sub.receipt in t for t in texts)
    assert all(r.state == "sent" for r in await rows(services, OutboxMessage))


async def test_reply_of_a_dead_worker_is_recorded_right_after_its_resend(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reply leased by a worker that died may already have gone out once: its resend
    is recorded at once, so a second crash in the same pass cannot send it a third time."""
    client, api, services = tg
    await say(client, 6751, "/start")
    await say(client, 6752, "/start")
    first, second = sorted(await rows(services, OutboxMessage), key=lambda r: r.id)
    async with services.sessions() as session, session.begin():
        row = await session.get(OutboxMessage, first.id)
        assert row is not None
        row.attempts = 1  # leased once, lease over, outcome never recorded
        row.next_attempt_at = utcnow()

    [adapter] = [a for a in client.app[ADAPTERS] if isinstance(a, TelegramAdapter)]
    real_send = adapter.send
    seen: list[str] = []

    async def send(address: Any, message: Any) -> None:
        if address.value == "6752":
            async with services.sessions() as session:
                row = await session.get(OutboxMessage, first.id)
                assert row is not None
                seen.append(row.state)
        await real_send(address, message)

    monkeypatch.setattr(adapter, "send", send)
    await drain(client)
    assert seen == ["sent"], "the resent reply was recorded before the next send"
    assert len(api.sent(6751)) == 1
    assert len(api.sent(6752)) == 1
    states = {r.id: r.state for r in await rows(services, OutboxMessage)}
    assert states == {first.id: "sent", second.id: "sent"}


async def _worker_running(app: Any) -> None:
    await asyncio.wait_for(app[WORKER].started.wait(), 10)


async def test_first_reply_rides_the_webhook_answer_the_rest_go_through_the_outbox(
    aiohttp_client: Any, db_url: str, bot_api: tuple[FakeBotApi, TestServer]
) -> None:
    api, server = bot_api
    services = build_services(telegram_settings(db_url, server, api))
    app = create_app(services, analyser=shared_pipeline())
    client = await aiohttp_client(app)
    await _worker_running(app)
    start = message_update(next(_update_ids), 6801, "/start")

    resp = await client.post("/webhooks/telegram", json=start, headers=HEADERS)
    assert resp.status == 200
    answer = await resp.json()
    assert answer["method"] == "sendMessage"
    assert answer["chat_id"] == 6801
    assert "language" in answer["text"]
    buttons = answer["reply_markup"]["inline_keyboard"]
    assert any(b["callback_data"] == "lang:fr" for row in buttons for b in row)
    [ridden] = await rows(services, OutboxMessage)  # committed before the answer

    # Telegram redelivers the update: no second effect, nothing rides the answer.
    again = await client.post("/webhooks/telegram", json=start, headers=HEADERS)
    assert (again.status, await again.json()) == (200, {"ok": True})
    assert [r.id for r in await rows(services, OutboxMessage)] == [ridden.id]

    # A button press keeps answerCallbackQuery in the answer; its reply goes via the
    # outbox, after the ridden one was recorded as sent (a person's replies keep order).
    await press(client, 6801, "lang:en")
    sent = await api.wait_sent(6801, 1)
    assert sent[0].params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "yes"
    states = {r.id: r.state for r in await rows(services, OutboxMessage)}
    assert states[ridden.id] == "sent"
    assert len(api.sent(6801)) == 1  # the worker never sent the ridden one


async def test_a_reply_whose_answer_was_not_written_goes_through_the_outbox(
    aiohttp_client: Any, db_url: str, bot_api: tuple[FakeBotApi, TestServer]
) -> None:
    api, server = bot_api
    services = build_services(telegram_settings(db_url, server, api))
    app = create_app(services, analyser=shared_pipeline())
    client = await aiohttp_client(app)
    await _worker_running(app)
    # Telegram gives up on the request (the connection closes) before the answer is written.
    pipeline_done = asyncio.Event()
    adapter = next(a for a in app[ADAPTERS] if isinstance(a, TelegramAdapter))
    real = adapter._sink.handle_riding  # type: ignore[attr-defined]

    async def slow(msg: Any, ride: str) -> Any:
        reply = await real(msg, ride)
        pipeline_done.set()
        await asyncio.sleep(0.2)  # the client is gone by now
        return reply

    adapter._sink.handle_riding = slow  # type: ignore[attr-defined]
    update = message_update(next(_update_ids), 6802, "/start")
    with pytest.raises((TimeoutError, asyncio.TimeoutError)):
        await client.post(
            "/webhooks/telegram", json=update, headers=HEADERS, timeout=aiohttp.ClientTimeout(0.1)
        )
    sent = await api.wait_sent(6802, 1)  # the outbox sent it instead
    assert "language" in sent[0].params["text"]
    assert pipeline_done.is_set()


async def test_long_polling_processes_and_confirms_updates(
    aiohttp_client: Any, db_url: str, bot_api: tuple[FakeBotApi, TestServer]
) -> None:
    api, server = bot_api
    settings = telegram_settings(db_url, server, api).model_copy(update={"public_url": None})
    services = build_services(settings)
    await aiohttp_client(create_app(services, analyser=shared_pipeline()))
    assert any(c.method == "deleteWebhook" for c in api.calls)
    await api.push_update(message_update(900, 6901, "/start"))
    await api.wait_sent(6901, 1)
    await api.push_update(callback_update(901, 6901, "lang:fr"))
    sent = await api.wait_sent(6901, 2)
    assert sent[1].params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "yes"
    # Without a webhook to answer through, the button press is answered by a request.
    async with asyncio.timeout(10), api.changed:
        await api.changed.wait_for(
            lambda: any(c.method == "answerCallbackQuery" for c in api.calls)
        )
    # Each getUpdates after an update asks for offset = that update + 1: it was committed.
    offsets = [c.params.get("offset") for c in api.calls if c.method == "getUpdates"]
    assert 901 in offsets
    assert 902 in offsets or len([o for o in offsets if o == 901]) >= 1


# "Help now", and the on-call alert to a Telegram group


ONCALL_CHAT = -100_777


async def press_in(client: TestClient[Any, Any], chat: int, data: str, lang: str = "fr") -> None:
    """Press a button from a Telegram app set to ``lang``."""
    update = callback_update(next(_update_ids), chat, data, language_code=lang)
    assert await post(client, update) == 200


async def test_help_now_at_the_first_question_sends_the_referral_and_files_an_urgent_item(
    aiohttp_client: Any, db_url: str, bot_api: tuple[FakeBotApi, TestServer]
) -> None:
    api, server = bot_api
    services = build_services(
        telegram_settings(db_url, server, api, oncall_telegram_chat=str(ONCALL_CHAT))
    )
    client = await aiohttp_client(
        create_app(services, analyser=shared_pipeline(), run_worker=False)
    )
    chat = 8101
    await say(client, chat, "/start", lang="fr")
    await drain(client)
    [question] = api.sent(chat)
    buttons = [b for row in question.params["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons[-1] == {"text": "Aide urgente", "callback_data": "help_now"}

    await press_in(client, chat, "help_now")  # at the very first question: nothing written
    await drain(client)
    referral, asked_again = api.sent(chat)[1:]
    assert "Si vous êtes en danger" in referral.params["text"]
    assert asked_again.params["text"] == question.params["text"]  # the flow goes on
    [item] = await rows(services, Submission)
    assert item.urgent
    assert item.urgent_category == "help_now"
    assert item.urgent_cue is None
    assert item.text == ""
    assert item.channel == "telegram"
    assert item.lang == "fr"
    assert "urgent" in item.flags
    assert item.consent_version == "help-now"  # asked for help before any consent

    # The on-call group hears of it, without anything personal.
    await client.app[ONCALL].run_once(client.session)
    [alert] = api.sent(ONCALL_CHAT)
    assert item.receipt in alert.params["text"]
    assert "help_now" in alert.params["text"]
    assert str(chat) not in alert.params["text"]
    await client.app[ONCALL].run_once(client.session)
    assert len(api.sent(ONCALL_CHAT)) == 1  # told once

    # Pressing it again sends the referral again but files nothing more; finishing the
    # flow fills in the same item, which stays urgent though the story is calm.
    await press_in(client, chat, "help_now")
    await press_in(client, chat, "lang:fr")
    await press_in(client, chat, "yes")
    await say(client, chat, "Grèce", lang="fr")
    await press_in(client, chat, "theme:papers")
    await say(client, chat, "J'attends mon titre de séjour depuis sept mois.", lang="fr")
    await press_in(client, chat, "trend:same")
    await press_in(client, chat, "send")
    await drain(client)
    [item] = await rows(services, Submission)
    assert item.urgent
    assert item.urgent_category == "help_now"
    assert "sept mois" in item.text
    assert item.consent_version != "help-now"
    assert item.country == "GR"
    texts = [c.params["text"] for c in api.sent(chat)]
    assert sum("Si vous êtes en danger" in t for t in texts) == 2
    assert any(item.receipt in t for t in texts)


async def test_typed_keyword_asks_for_help_in_any_language(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services],
) -> None:
    client, api, services = tg
    await say(client, 8102, "/start", lang="en")
    await say(client, 8102, "помощь сейчас", lang="en")  # Russian label, English chat
    await say(client, 8103, "SOS", lang="en")
    await drain(client)
    items = await rows(services, Submission)
    assert sorted(i.urgent_category for i in items) == ["help_now", "help_now"]
    assert any("in danger" in c.params["text"] for c in api.sent(8102))
    assert any("in danger" in c.params["text"] for c in api.sent(8103))
