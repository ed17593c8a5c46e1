"""Writing back end to end: opt-in in the flow, broadcasts, follow-up questions, notices.

Conversations go through the real Telegram webhook route (python-telegram-bot) or
the real intake service, the real pipeline and a real database; broadcasts are
queued by the real ``voices broadcast send`` process or the same function the
console uses; the outbox worker delivers to the channel stand-ins in tests/fakes.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select, update

from bot.engine import ConversationEngine
from core.clock import utcnow
from core.messages import Address, ChannelKind
from intake import broadcasts
from intake.channels.whatsapp import WhatsAppAdapter
from intake.outbox import OutboxWorker
from intake.service import IntakeService
from storage import migrate
from storage.models import Broadcast, Contact, PollAnswer
from storage.queries.retention import run_retention
from tests.channels.test_telegram import drain, press, say, telegram_settings
from tests.conftest import make_settings, shared_pipeline
from tests.fakes.channel import FakeChannel
from tests.fakes.provider_api import FakeGraphApi
from tests.fakes.telegram_api import FakeBotApi
from tests.review.conftest import auth, token
from voices.app import create_app
from voices.services import Services, build_services
from voices.settings import Settings

ROOT = str(Path(__file__).resolve().parents[2])


@pytest.fixture
async def tg(
    aiohttp_client: Any, db_url: str, bot_api: tuple[FakeBotApi, TestServer]
) -> tuple[TestClient[Any, Any], FakeBotApi, Services]:
    api, server = bot_api
    services = build_services(
        telegram_settings(db_url, server, api, telegram_rate_per_second=0, review_k=3)
    )
    app = create_app(services, analyser=shared_pipeline(), run_worker=False)
    return await aiohttp_client(app), api, services


async def converse(client: TestClient[Any, Any], chat: int, updates_answer: str | None) -> None:
    """A whole conversation about Greece, then the answer to "may we write back?"."""
    await say(client, chat, "/start")
    await press(client, chat, "lang:en")
    await press(client, chat, "yes")
    await say(client, chat, "Greece")
    await press(client, chat, "theme:papers")
    await say(client, chat, "The asylum office in Athens gave us no appointment for months.")
    await press(client, chat, "trend:same")
    await press(client, chat, "send")
    if updates_answer is not None:
        await press(client, chat, updates_answer)


def texts_to(api: FakeBotApi, chat: int) -> list[str]:
    return [str(c.params.get("text", "")) for c in api.sent(chat)]


def cli_env(settings: Settings, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOICES_")}
    env.update(
        VOICES_DATABASE_URL=settings.database_url,
        VOICES_PSEUDONYM_KEY=settings.secret("pseudonym_key"),
        VOICES_CONTACT_KEY=settings.secret("contact_key"),
        VOICES_SECRET_KEY=settings.secret("secret_key"),
        VOICES_LOG_LEVEL="WARNING",
        **extra,
    )
    return env


async def run_cli(env: dict[str, str], cwd: Path, *args: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "voices.cli",
        *args,
        cwd=cwd,
        env={**env, "PYTHONPATH": ROOT},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    return proc.returncode or 0, out.decode(), err.decode()


async def test_telegram_opt_in_receives_a_cli_broadcast_and_opt_out_does_not(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services], tmp_path: Path
) -> None:
    client, api, services = tg
    yes_chat, no_chat, other_country = 610_001, 610_002, 610_003
    await converse(client, yes_chat, "updates:yes")
    await converse(client, no_chat, "updates:no")
    await drain(client)
    assert any("May we message you" in t for t in texts_to(api, yes_chat))
    assert "We will message you" in texts_to(api, yes_chat)[-1]
    assert "will not message you" in texts_to(api, no_chat)[-1]

    # Stored on the contact with its time; /mydata shows it.
    async with services.sessions() as session:
        contacts = list((await session.execute(select(Contact))).scalars())
    assert sorted(c.report_opt_in for c in contacts) == [False, True]
    assert all(c.opt_in_at is not None for c in contacts)
    await say(client, yes_chat, "/mydata")
    await drain(client)
    assert any(
        t.startswith("Updates about your feedback: yes, since") for t in texts_to(api, yes_chat)
    )

    message = tmp_path / "message.json"
    message.write_text(
        json.dumps({"en": "The review of Greece starts in May.", "fr": "La revue commence."})
    )
    env = cli_env(services.settings)
    code, out, err = await run_cli(
        env, tmp_path, "broadcast", "send", "--country", "GR", "--message-file", str(message)
    )
    assert code == 0, err
    assert out.strip().endswith("1 queued, 0 skipped")
    # Nobody wrote about Italy: nothing is queued there.
    code, out, _ = await run_cli(
        env, tmp_path, "broadcast", "send", "--country", "IT", "--message-file", str(message)
    )
    assert "0 queued" in out
    # Bad input: a clear error, nothing queued.
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"fr": "sans anglais"}))
    code, _, err = await run_cli(
        env, tmp_path, "broadcast", "send", "--country", "GR", "--message-file", str(bad)
    )
    assert code == 2
    assert "English" in err

    await drain(client)
    assert "The review of Greece starts in May." in texts_to(api, yes_chat)
    assert "The review of Greece starts in May." not in texts_to(api, no_chat)
    assert not api.sent(other_country)
    async with services.sessions() as session:
        first = await session.get(Broadcast, 1)
    assert first is not None
    assert (first.queued, first.sent, first.failed, first.blocked) == (1, 1, 0, 0)

    # /updates off ends it; the next broadcast does not reach the person.
    await say(client, yes_chat, "/updates off")
    await drain(client)
    assert "will not message you" in texts_to(api, yes_chat)[-1]
    code, out, _ = await run_cli(
        env, tmp_path, "broadcast", "send", "--country", "GR", "--message-file", str(message)
    )
    assert "0 queued" in out
    await say(client, no_chat, "/help")
    await drain(client)
    assert texts_to(api, no_chat)[-1].endswith(
        "/updates: hear about what happens with your feedback, or stop"
    )
    # The keyword works as well as the command.
    await say(client, no_chat, "UPDATES on")
    await drain(client)
    assert "We will message you" in texts_to(api, no_chat)[-1]


async def test_blocked_bot_ends_the_opt_in_and_counts_as_blocked(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services],
) -> None:
    client, api, services = tg
    chat = 610_010
    await converse(client, chat, "updates:yes")
    await drain(client)
    async with services.sessions() as session, session.begin():
        done = await broadcasts.send(
            session,
            audience=broadcasts.Audience(country="GR"),
            texts={"en": "News about the review."},
            rules=broadcasts.Rules(),
            actor="admin",
        )
    assert done.queued == 1
    api.fail_next("sendMessage", 403)
    await drain(client)
    async with services.sessions() as session:
        contact = (await session.execute(select(Contact))).scalar_one()
        row = await session.get(Broadcast, done.broadcast_id)
    assert contact.stopped
    assert not contact.report_opt_in
    assert row is not None
    assert (row.sent, row.blocked) == (0, 1)


async def test_published_report_notice_reaches_an_opted_in_person(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services],
) -> None:
    client, api, services = tg
    await converse(client, 610_020, "updates:yes")
    await converse(client, 610_021, "updates:no")
    await drain(client)
    admin = await token(services, "admin")
    resp = await client.post("/api/v1/reports/GR/published", headers=auth(admin))
    assert resp.status == 201
    assert (await resp.json())["queued"] == 1
    await drain(client)
    assert any("review report on Greece" in t for t in texts_to(api, 610_020))
    assert not any("review report" in t for t in texts_to(api, 610_021))


async def test_poll_answers_come_back_through_the_api_suppressed(
    tg: tuple[TestClient[Any, Any], FakeBotApi, Services],
) -> None:
    client, api, services = tg
    chats = [610_100 + i for i in range(9)]
    for chat in chats:
        await converse(client, chat, "updates:yes")
    await drain(client)
    poll = broadcasts.parse_poll(
        {
            "question": {"en": "Did you get an appointment since?"},
            "options": [{"en": "Yes"}, {"en": "No"}, {"en": "Not yet asked"}],
        }
    )
    async with services.sessions() as session, session.begin():
        done = await broadcasts.send(
            session,
            audience=broadcasts.Audience(country="GR"),
            texts={"en": "A short question about your appointment."},
            rules=broadcasts.Rules(),
            actor="admin",
            poll=poll,
        )
    await drain(client)
    question = [c for c in api.sent(chats[0]) if "appointment since" in str(c.params["text"])]
    buttons = question[0].params["reply_markup"]["inline_keyboard"]
    assert buttons[0][0]["callback_data"] == f"poll:{done.broadcast_id}:0"
    # Five say yes, three no (one of them twice: one answer per person), one "not yet".
    for chat in chats[:5]:
        await press(client, chat, f"poll:{done.broadcast_id}:0")
    for chat in chats[5:8]:
        await press(client, chat, f"poll:{done.broadcast_id}:1")
    await press(client, chats[7], f"poll:{done.broadcast_id}:1")
    await say(client, chats[8], "3")  # typed: the open question's third option
    await drain(client)
    assert "Thank you for your answer." in texts_to(api, chats[8])
    async with services.sessions() as session:
        answers = list((await session.execute(select(PollAnswer))).scalars())
    assert len(answers) == 9

    reviewer = await token(services, "reviewer")
    resp = await client.get(f"/api/v1/polls/{done.broadcast_id}", headers=auth(reviewer))
    assert resp.status == 200
    body = await resp.json()
    # k = 3: "not yet" (1 person) is withheld, and "no" (3) with it, or the total
    # would give it away; "yes" (5) and the total (9) are published, rounded to tens.
    assert body["options"] == [{"option": 1, "label": {"en": "Yes"}, "people": 10}]
    assert body["people"] == 10
    assert body["rounding"] == 10
    assert body["complete"] is False
    assert "pseudonym" not in json.dumps(body)
    other = await token(services, "reviewer", country="IT")
    resp = await client.get(f"/api/v1/polls/{done.broadcast_id}", headers=auth(other))
    assert resp.status == 403
    resp = await client.get("/api/v1/polls/999", headers=auth(reviewer))
    assert resp.status == 404

    # /delete removes the person's answer and takes them out of every audience.
    await say(client, chats[0], "/delete")
    await press(client, chats[0], "yes")
    async with services.sessions() as session:
        left = list((await session.execute(select(PollAnswer))).scalars())
        size = await broadcasts.audience_sizes(session, broadcasts.Audience(country="GR"))
    assert len(left) == 8
    assert size == {"en": 8}


@pytest.fixture
async def graph(aiohttp_server: Any) -> tuple[FakeGraphApi, TestServer]:
    api = FakeGraphApi()
    return api, await aiohttp_server(api.app())


async def test_whatsapp_outside_the_window_gets_the_approved_template(
    db_url: str, graph: tuple[FakeGraphApi, TestServer]
) -> None:
    api, server = graph
    settings = make_settings(db_url, whatsapp_template="voices_update")
    services = build_services(settings)
    from intake.service import IntakeService

    await migrate.upgrade(services.engine)
    intake = IntakeService(services, ConversationEngine(shared_pipeline()))
    people = {"254700000001": "old", "254700000002": "fresh"}
    for number in people:
        person = FakeChannel(intake, "+" + number, channel=ChannelKind.WHATSAPP)
        for step in ("hi", "1", "yes", "Kenya", "2"):
            await person.push(step)
        await person.push("My employer in Nairobi keeps half of my wages every month.")
        await person.push("2")
        await person.push("1")  # send
        await person.push("yes")  # may we write back
        assert "We will message you" in person.last().text
    old = services.pseudonyms.pseudonym(Address(ChannelKind.WHATSAPP, "+254700000001"))
    async with services.sessions() as session, session.begin():
        await session.execute(
            update(Contact)
            .where(Contact.pseudonym == old)
            .values(last_seen_at=utcnow() - timedelta(hours=30))
        )
        rules = broadcasts.rules_from(settings)
        done = await broadcasts.send(
            session,
            audience=broadcasts.Audience(country="KE"),
            texts={"en": "The review of Kenya\nstarts in May."},
            rules=rules,
            actor="admin",
        )
    assert done.queued == 2
    adapter = WhatsAppAdapter(
        intake,
        token=api.token,
        app_secret="app-secret",
        verify_token="verify",
        phone_number_id=api.phone_number_id,
        api_base=str(server.make_url("")).rstrip("/"),
    )
    worker = OutboxWorker(services, {"whatsapp": adapter}, rate_per_second=0, per_chat_interval=0)

    async def drain() -> None:
        while await worker.run_once():
            pass

    await drain()
    [to_old] = [r for r in api.requests if r["to"] == "254700000001"]
    [to_fresh] = [r for r in api.requests if r["to"] == "254700000002"]
    assert to_old["type"] == "template"
    assert to_old["template"]["name"] == "voices_update"
    assert to_old["template"]["language"] == {"code": "en"}
    parameter = to_old["template"]["components"][0]["parameters"][0]
    assert parameter == {"type": "text", "text": "The review of Kenya starts in May."}
    assert to_fresh["type"] == "text"
    assert to_fresh["text"]["body"] == "The review of Kenya\nstarts in May."

    # A window that closes while the message waits: Meta refuses the free text
    # (131047) and the approved template goes instead.
    async with services.sessions() as session, session.begin():
        await session.execute(
            update(Contact).where(Contact.pseudonym == old).values(report_opt_in=False)
        )
        late = await broadcasts.send(
            session,
            audience=broadcasts.Audience(country="KE"),
            texts={"en": "Results are out."},
            rules=rules,
            actor="admin",
        )
    assert late.queued == 1
    before = len(api.requests)
    api.fail_next(400, {"error": {"message": "Re-engagement message", "code": 131047}})
    await drain()
    [later] = api.requests[before:]
    assert later["to"] == "254700000002"
    assert later["type"] == "template"
    assert later["template"]["components"][0]["parameters"][0]["text"] == "Results are out."
    async with services.sessions() as session:
        row = await session.get(Broadcast, late.broadcast_id)
    assert row is not None
    assert (row.sent, row.failed) == (1, 0)
    await adapter.stop()
    await intake.close()

    # Without a template, a person outside the window is skipped, never sent free text.
    async with services.sessions() as session, session.begin():
        await session.execute(update(Contact).values(report_opt_in=True))
        skipped = await broadcasts.send(
            session,
            audience=broadcasts.Audience(country="KE"),
            texts={"en": "Another update."},
            rules=broadcasts.Rules(),
            actor="admin",
        )
    assert (skipped.queued, skipped.skipped) == (1, 1)
    await services.engine.dispose()


async def test_retention_takes_people_out_of_audiences_and_answers(
    intake: IntakeService, services: Services
) -> None:
    person = FakeChannel(intake, "610200")
    for step in ("/start", "1", "yes", "Greece", "1"):
        await person.push(step)
    await person.push("The asylum office in Athens gave us no appointment for months.")
    await person.push("2")
    await person.push("1")  # send
    await person.push("yes")  # may we write back
    poll = broadcasts.parse_poll(
        {"question": {"en": "Better now?"}, "options": [{"en": "Yes"}, {"en": "No"}]}
    )
    async with services.sessions() as session, session.begin():
        done = await broadcasts.send(
            session,
            audience=broadcasts.Audience(country="GR"),
            texts={"en": "A question."},
            rules=broadcasts.Rules(),
            actor="admin",
            poll=poll,
        )
    assert done.queued == 1
    await person.push(choice=f"poll:{done.broadcast_id}:1")
    async with services.sessions() as session, session.begin():
        assert len(list((await session.execute(select(PollAnswer))).scalars())) == 1
        await session.execute(update(Contact).values(last_seen_at=utcnow() - timedelta(days=400)))
        report = await run_retention(session, 180)
    assert (report.contacts, report.answers) == (1, 1)
    async with services.sessions() as session:
        assert list((await session.execute(select(PollAnswer))).scalars()) == []
        size = await broadcasts.audience_sizes(session, broadcasts.Audience(country="GR"))
    assert size == {}
