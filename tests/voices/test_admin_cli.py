"""``voices token list|revoke``, ``--expires-days`` and ``voices user list|disable|enable|
reset-password`` as an operator runs them."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine

from storage.credentials import verify_password
from storage.models import ApiToken, AuditEntry, User
from tests.voices.test_cli import _voices


async def _rows(tmp_path: Path) -> tuple[list[ApiToken], list[User], list[AuditEntry]]:
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    async with engine.connect() as conn:
        tokens = list((await conn.execute(select(ApiToken))).all())
        users = list((await conn.execute(select(User))).all())
        audit = list((await conn.execute(select(AuditEntry).order_by(AuditEntry.id))).all())
    await engine.dispose()
    return tokens, users, audit  # type: ignore[return-value]


def test_tokens_and_users_are_managed_and_audited(tmp_path: Path) -> None:
    assert _voices(tmp_path, "init").returncode == 0
    made = _voices(tmp_path, "token", "create", "--role", "reviewer", "--expires-days", "30")
    assert made.returncode == 0, made.stderr
    secret = made.stdout.strip()
    assert secret.startswith("cv_")
    bad = _voices(tmp_path, "token", "create", "--expires-days", "0")
    assert bad.returncode == 2
    assert "--expires-days" in bad.stderr
    _voices(tmp_path, "token", "create", "--label", "forever")

    listed = _voices(tmp_path, "token", "list")
    assert listed.returncode == 0, listed.stderr
    assert secret not in listed.stdout
    lines = listed.stdout.splitlines()
    assert lines[0].split()[:2] == ["token", "role"]
    assert len(lines) == 3
    assert all(line.rstrip().endswith("live") for line in lines[1:])
    assert re.search(r"#1 [0-9a-f]{12} +reviewer", lines[1])

    revoked = _voices(tmp_path, "token", "revoke", secret)
    assert revoked.returncode == 0, revoked.stderr
    assert "revoked" in revoked.stdout
    assert _voices(tmp_path, "token", "revoke", "#1").stdout.strip().endswith("already revoked")
    unknown = _voices(tmp_path, "token", "revoke", "#99")
    assert unknown.returncode == 2
    assert "no single token" in unknown.stderr
    assert _voices(tmp_path, "token", "list").stdout.splitlines()[1].rstrip().endswith("revoked")

    assert _voices(tmp_path, "user", "add", "amara", "--role", "moderator").returncode == 0
    assert _voices(tmp_path, "user", "disable", "amara").stdout.strip() == "user amara disabled"
    users = _voices(tmp_path, "user", "list").stdout.splitlines()
    assert users[1].split()[:4] == ["amara", "moderator", "-", "disabled"]
    assert _voices(tmp_path, "user", "enable", "amara").stdout.strip() == "user amara enabled"
    assert _voices(tmp_path, "user", "disable", "nobody").returncode == 2

    reset = _voices(
        tmp_path,
        "user",
        "reset-password",
        "amara",
        "--password-stdin",
        stdin="a brand new passphrase\n",
    )
    assert reset.returncode == 0, reset.stderr
    assert "passphrase" not in reset.stdout
    short = _voices(tmp_path, "user", "reset-password", "amara", "--password-stdin", stdin="x\n")
    assert short.returncode == 2

    tokens, users_rows, audit = asyncio.run(_rows(tmp_path))
    assert tokens[0].revoked_at is not None
    assert tokens[0].expires_at is not None
    assert tokens[1].expires_at is None
    assert tokens[1].revoked_at is None
    assert verify_password(users_rows[0].password_hash, "a brand new passphrase")
    assert users_rows[0].disabled_at is None
    actions = [a.action for a in audit]
    for action in ("token.revoke", "user.disable", "user.enable", "user.reset_password"):
        assert actions.count(action) == 1, actions
    text = " ".join(f"{a.target} {a.before} {a.after}" for a in audit)
    assert secret not in text
    assert "passphrase" not in text
    assert "argon2" not in text
