"""After /delete and after retention, a person's identifiers are nowhere: not in any table,
not in the SQLite file or its write-ahead log."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from faker import Faker
from sqlalchemy import select, text, update

from bot.engine import ConversationEngine
from core.clock import utcnow
from core.messages import ChannelKind
from intake.service import IntakeService
from storage import migrate
from storage.models import Base, Contact, Conversation, Submission
from storage.queries.retention import compact_sqlite, run_retention
from tests.conftest import make_settings, shared_pipeline
from tests.fakes.channel import FakeChannel
from voices.services import Services, build_services

fake = Faker("uk_UA")
Faker.seed(99)
PHONE = "+380 67 123 4567"
PHONE_DIGITS = "671234567"


async def _services(tmp_path: Path) -> tuple[Services, Path]:
    path = tmp_path / "erase.db"
    services = build_services(make_settings(f"sqlite+aiosqlite:///{path}"))
    await migrate.upgrade(services.engine)
    return services, path


async def _dump(services: Services) -> str:
    """Every value of every row of every table, as text."""
    parts: list[str] = []
    async with services.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in (await conn.execute(select(table))).all():
                parts.extend(
                    v.hex() if isinstance(v, bytes) else str(v) for v in row if v is not None
                )
        for (name,) in (
            await conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        ).all():
            parts.append(str(name))
    return "\n".join(parts)


def _file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data


async def _converse(intake: IntakeService, chat: str, name: str) -> FakeChannel:
    person = FakeChannel(intake, chat, sender_name=name, channel=ChannelKind.TELEGRAM)
    await person.push("/start")
    await person.push(choice="lang:uk")
    await person.push(choice="yes")
    await person.push("Польща")
    await person.push(choice="theme:work")
    await person.push(
        f"Мене звати {name}, мій телефон {PHONE}. Роботодавець у Варшаві не платив нам "
        "зарплату два місяці."
    )
    await person.push(choice="trend:worse")
    await person.push(choice="send")
    return person


def _assert_gone(haystack: str, data: bytes, name: str, chat: str) -> None:
    for needle in [*name.split(), PHONE, PHONE_DIGITS, chat]:
        assert needle not in haystack, f"{needle!r} found in a table"
        assert needle.encode() not in data, f"{needle!r} found in the database file"


async def test_delete_erases_identifiers_everywhere(tmp_path: Path) -> None:
    services, path = await _services(tmp_path)
    intake = IntakeService(services, ConversationEngine(shared_pipeline()))
    name, chat = fake.name(), "918273645"
    person = await _converse(intake, chat, name)
    async with services.sessions() as session:
        [contact] = (await session.execute(select(Contact))).scalars().all()
        token = bytes(contact.address_enc or b"")
        pseudonym = contact.pseudonym
    assert token

    await person.push("/delete")
    await person.push(choice="yes")
    await compact_sqlite(services.engine)

    dump = await _dump(services)
    data = _file_bytes(path)
    _assert_gone(dump, data, name, chat)
    assert token not in data  # secure_delete + checkpoint: the ciphertext is gone as well
    async with services.sessions() as session:
        for model in (Submission, Contact, Conversation):
            column: Any = model.pseudonym
            found = (await session.execute(select(model).where(column == pseudonym))).all()
            assert found == []
    await services.engine.dispose()


async def test_retention_erases_idle_contacts_and_state(tmp_path: Path) -> None:
    services, path = await _services(tmp_path)
    intake = IntakeService(services, ConversationEngine(shared_pipeline()))
    name, chat = fake.name(), "564738291"
    person = await _converse(intake, chat, name)
    await person.push("/start")  # leaves a conversation under way
    long_ago = utcnow() - timedelta(days=200)
    async with services.sessions() as session, session.begin():
        await session.execute(update(Contact).values(last_seen_at=long_ago))
        await session.execute(update(Conversation).values(updated_at=long_ago))

    async with services.sessions() as session, session.begin():
        report = await run_retention(session, 180)
    await compact_sqlite(services.engine)
    assert report.contacts == 1
    assert report.conversations == 1

    async with services.sessions() as session:
        assert (await session.execute(select(Contact))).all() == []
        assert (await session.execute(select(Conversation))).all() == []
        [sub] = (await session.execute(select(Submission))).scalars().all()
    assert sub.state == "pending"  # the anonymised submission stays for moderators
    _assert_gone(await _dump(services), _file_bytes(path), name, chat)
    await services.engine.dispose()


async def test_recent_contacts_survive_retention(tmp_path: Path) -> None:
    services, _ = await _services(tmp_path)
    intake = IntakeService(services, ConversationEngine(shared_pipeline()))
    await _converse(intake, "123123123", fake.name())
    async with services.sessions() as session, session.begin():
        report = await run_retention(session, 180)
    assert report.contacts == 0
    async with services.sessions() as session:
        assert len((await session.execute(select(Contact))).all()) == 1
    await services.engine.dispose()
