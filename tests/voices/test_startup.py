"""Start-up failures as an operator meets them: one line, the setting's name, what to do.

Each case runs the real ``voices`` command in a fresh folder and reads what it prints.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PG_ADMIN_URL

VOICES = [sys.executable, "-m", "voices.cli"]
ROOT = Path(__file__).resolve().parents[2]


def _voices(
    cwd: Path, *args: str, database_url: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOICES_")}
    env["PYTHONPATH"] = str(ROOT)
    if database_url is not None:
        env["VOICES_DATABASE_URL"] = database_url
    return subprocess.run(
        [*VOICES, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """Assert the command failed with exactly one line on stderr and return it."""
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("voices: error: ")
    assert "listening on" not in result.stdout
    return lines[0]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A folder with a ``.env`` of fresh secrets, as ``voices init`` writes it."""
    assert _voices(tmp_path, "init").returncode == 0
    return tmp_path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_a_port_in_use_is_named_with_what_to_do(home: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = _one_line_error(_voices(home, "serve", "--port", str(port)))
    assert f"port {port} on 127.0.0.1 is already in use" in line
    assert "--port" in line


@pytest.mark.parametrize(
    ("url", "fixed"),
    [
        ("sqlite:///voices.db", "sqlite+aiosqlite:///voices.db"),
        ("postgresql://amara:s3cret-pw@db.example/voices", "postgresql+asyncpg://amara:***@"),
    ],
)
def test_a_url_without_an_async_driver_names_the_driver(home: Path, url: str, fixed: str) -> None:
    line = _one_line_error(_voices(home, "serve", database_url=url))
    assert "VOICES_DATABASE_URL" in line
    assert fixed in line
    assert "s3cret-pw" not in line


@pytest.mark.parametrize("url", ["not a url", "voices.db", "mysql://a@b/c"])
def test_a_malformed_or_unsupported_url_says_what_to_write(home: Path, url: str) -> None:
    line = _one_line_error(_voices(home, "check", database_url=url))
    assert "VOICES_DATABASE_URL" in line
    assert "sqlite+aiosqlite:///voices.db" in line


@pytest.mark.parametrize("command", [["serve", "--port", "0"], ["check"]])
def test_an_unreachable_server_is_named(home: Path, command: list[str]) -> None:
    url = f"postgresql+asyncpg://postgres:pw@127.0.0.1:{_free_port()}/voices"
    line = _one_line_error(_voices(home, *command, database_url=url))
    assert "cannot reach the database server at 127.0.0.1:" in line
    assert "connection refused" in line
    assert "VOICES_DATABASE_URL" in line
    assert "pw" not in line.split("VOICES_DATABASE_URL")[0].split("127.0.0.1")[0]


@pytest.mark.postgres
def test_a_database_that_does_not_exist_is_named(home: Path, pg_database: str) -> None:
    base, _, _ = PG_ADMIN_URL.rpartition("/")
    line = _one_line_error(_voices(home, "serve", database_url=f"{base}/voices_missing_x"))
    assert "database 'voices_missing_x' does not exist" in line
    assert "createdb voices_missing_x" in line


def test_a_sqlite_file_in_a_missing_folder_is_named(home: Path) -> None:
    url = f"sqlite+aiosqlite:///{home / 'gone' / 'voices.db'}"
    for command in (["serve", "--port", "0"], ["check"]):
        line = _one_line_error(_voices(home, *command, database_url=url))
        assert str(home / "gone") in line
        assert "VOICES_DATABASE_URL" in line


def test_missing_secrets_point_at_voices_init(tmp_path: Path) -> None:
    line = _one_line_error(_voices(tmp_path, "serve"))
    assert "VOICES_PSEUDONYM_KEY" in line
    assert "voices init" in line
    assert f"no {tmp_path / '.env'}" in line


def test_running_from_another_folder_says_where_it_looked(home: Path) -> None:
    elsewhere = home / "elsewhere"
    elsewhere.mkdir()
    line = _one_line_error(_voices(elsewhere, "check"))
    assert str(elsewhere / ".env") in line
    assert "folder that holds your .env" in line


def test_an_unreadable_env_file_is_named(tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes(b"VOICES_PSEUDONYM_KEY=\xff\xfe\n")
    line = _one_line_error(_voices(tmp_path, "check"))
    assert str(tmp_path / ".env") in line
    assert "UTF-8" in line


def test_an_invalid_value_names_the_variable(home: Path) -> None:
    env = home / ".env"
    env.write_text(env.read_text() + "VOICES_MAX_BODY_BYTES=lots\n")
    line = _one_line_error(_voices(home, "check"))
    assert "VOICES_MAX_BODY_BYTES" in line


def test_check_validates_without_creating_anything(home: Path) -> None:
    result = _voices(home, "check")
    assert result.returncode == 0, result.stderr
    assert "voices.db does not exist yet" in result.stdout
    assert not (home / "voices.db").exists()

    assert _voices(home, "db", "upgrade").returncode == 0
    result = _voices(home, "check")
    assert result.returncode == 0, result.stderr
    assert "at revision" in result.stdout
    assert all(line.startswith("ok   ") for line in result.stdout.splitlines())


def test_check_finds_a_channel_secret_missing(home: Path) -> None:
    env = home / ".env"
    env.write_text(env.read_text() + "VOICES_WHATSAPP_TOKEN=abc\n")
    line = _one_line_error(_voices(home, "check"))
    assert "VOICES_WHATSAPP_APP_SECRET" in line
