"""``voices demo`` on a fresh SQLite file: every state is there, and none of the synthetic
names or phone numbers in the demo texts reached any table."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from moderation.console.demo_data import FEEDBACK
from storage.credentials import verify_password
from storage.models import Base, Submission, User
from tests.conftest import make_settings
from voices.cli import main
from voices.services import build_services
from voices.settings import Settings

pytest.importorskip("moderation.pipeline", reason="the anonymising pipeline is not merged yet")


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def test_demo_fills_every_state_and_stores_no_synthetic_identity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'demo.db'}"
    settings = make_settings(url)
    monkeypatch.chdir(tmp_path)
    for name in ("database_url", "pseudonym_key", "contact_key", "secret_key"):
        value = getattr(settings, name)
        secret = value if isinstance(value, str) else value.get_secret_value()
        monkeypatch.setenv(f"VOICES_{name.upper()}", secret)

    assert main(["demo"]) == 0
    first = capsys.readouterr().out
    assert f"filed {len(FEEDBACK)} demo submissions" in first
    assert "http://127.0.0.1:8080/console/" in first
    passwords = dict(re.findall(r"user (\S+)  password: (\S+)", first))
    assert set(passwords) == {"demo-admin", "demo-moderator"}

    assert main(["demo"]) == 0
    second = capsys.readouterr().out
    assert "password:" not in second
    assert "none added" in second

    submissions, users, everything = asyncio.run(_contents(settings))
    assert len(submissions) == len(FEEDBACK)
    assert {s.state for s in submissions} == {"pending", "approved", "rejected", "escalated"}
    assert any(s.urgent for s in submissions)
    assert len({s.lang for s in submissions}) >= 9
    assert len({s.country for s in submissions}) >= 10
    assert sorted(u.username for u in users) == ["demo-admin", "demo-moderator"]
    for user in users:
        assert verify_password(user.password_hash, passwords[user.username])
    assert everything.count("[") > 0  # the pipeline left its placeholders
    for item in FEEDBACK:
        for part in item.name.split():
            if len(part) > 3:
                assert part not in everything, f"name part of a {item.lang} demo text leaked"
        if item.phone:
            # the last seven digits, whatever separators the text kept between them
            tail = r"[\s.-]*".join(_digits(item.phone)[-7:])
            assert not re.search(tail, everything), f"phone of a {item.lang} text leaked"


async def _contents(settings: Settings) -> tuple[list[Submission], list[User], str]:
    """Every submission, every user, and every text of every row of every table."""
    services = build_services(settings)
    try:
        async with services.sessions() as session:
            submissions = list((await session.execute(select(Submission))).scalars())
            users = list((await session.execute(select(User))).scalars())
        # Every text of every row of every table, JSON included.
        dump: list[str] = []
        async with services.engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                for row in await conn.execute(select(table)):
                    dump.extend(
                        json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else str(v)
                        for v in row
                        if v is not None
                    )
    finally:
        await services.engine.dispose()
    return submissions, users, "\n".join(dump)
