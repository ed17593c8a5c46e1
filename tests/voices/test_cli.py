"""The ``voices`` command as an operator runs it: init, migrate, users, tokens, serve."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest

VOICES = [sys.executable, "-m", "voices.cli"]
ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOICES_")}
    env["PYTHONPATH"] = str(ROOT)
    env["VOICES_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    return env


def _voices(tmp_path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*VOICES, *args],
        cwd=tmp_path,
        env=_env(tmp_path),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_commands_fail_clearly_without_secrets(tmp_path: Path) -> None:
    result = _voices(tmp_path, "user", "add", "amara", "--role", "moderator")
    assert result.returncode == 2
    assert "VOICES_PSEUDONYM_KEY" in result.stderr


def test_init_then_admin_commands(tmp_path: Path) -> None:
    assert _voices(tmp_path, "init").returncode == 0
    env_file = tmp_path / ".env"
    assert oct(env_file.stat().st_mode & 0o777) == "0o600"
    assert "VOICES_PSEUDONYM_KEY=" in env_file.read_text()
    # A second init keeps the secrets: replacing them would orphan encrypted contacts.
    before = env_file.read_text()
    _voices(tmp_path, "init")
    assert env_file.read_text() == before

    upgraded = _voices(tmp_path, "db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert "0001" in upgraded.stdout or "revision" in upgraded.stdout

    made = _voices(tmp_path, "user", "add", "amara", "--role", "moderator")
    assert made.returncode == 0, made.stderr
    assert "password: " in made.stdout

    piped = _voices(
        tmp_path, "user", "add", "bo", "--role", "admin", "--password-stdin", stdin="a long pass\n"
    )
    assert piped.returncode == 2  # too short, refused before anything is written
    piped = _voices(
        tmp_path,
        "user",
        "add",
        "bo",
        "--role",
        "admin",
        "--password-stdin",
        stdin="a much longer passphrase\n",
    )
    assert piped.returncode == 0, piped.stderr
    assert "password" not in piped.stdout

    dup = _voices(tmp_path, "user", "add", "amara", "--role", "moderator")
    assert dup.returncode == 2
    assert "exists" in dup.stderr

    token = _voices(tmp_path, "token", "create", "--role", "reviewer", "--country", "it")
    assert token.returncode == 0, token.stderr
    lines = token.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("cv_")
    assert len(lines[0]) > 40

    bad = _voices(tmp_path, "token", "create", "--role", "reviewer", "--country", "XX")
    assert bad.returncode == 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


async def test_serve_answers_health_and_json_404(tmp_path: Path) -> None:
    assert _voices(tmp_path, "init").returncode == 0
    port = _free_port()
    proc = await asyncio.create_subprocess_exec(
        *VOICES,
        "serve",
        "--port",
        str(port),
        cwd=tmp_path,
        env=_env(tmp_path),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        async with aiohttp.ClientSession() as http:
            deadline = time.monotonic() + 30
            while True:
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as resp:
                        assert resp.status == 200
                        assert (await resp.json())["status"] == "ok"
                        break
                except aiohttp.ClientConnectionError:
                    if time.monotonic() > deadline or proc.returncode is not None:
                        pytest.fail("voices serve did not come up")
                    await asyncio.sleep(0.1)
            async with http.get(f"http://127.0.0.1:{port}/nowhere") as resp:
                assert resp.status == 404
                assert (await resp.json())["error"]["code"] == "not_found"
    finally:
        proc.terminate()
        # Graceful shutdown on SIGTERM: in-flight requests finish, exit code 0.
        assert await asyncio.wait_for(proc.wait(), 20) == 0


def test_pipeline_command_reads_and_writes_json_lines(tmp_path: Path) -> None:
    lines = [
        '{"text": "My name is Tomasz Nowak, call +48 512 345 678. The clinic in Warsaw '
        'refused us.", "sender_name": "Tomasz"}',
        '{"text": "اسمي أحمد المصري ورقمي +20 100 123 4567", "lang": "ar"}',
        "this is not json",
        '{"text": 42}',
    ]
    result = _voices(tmp_path, "pipeline", stdin="\n".join(lines) + "\n")
    assert result.returncode == 1  # some lines were bad; the good ones are still answered
    out = [__import__("json").loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    first, second, third, fourth = out
    assert "Tomasz" not in first["text"]
    assert "Nowak" not in first["text"]
    assert "345 678" not in first["text"]
    assert "Warsaw" in first["text"]
    assert first["lang"] == "en"
    assert first["entities"]["PHONE"] == 1
    assert set(first) >= {"text", "lang", "entities", "flags", "objectives"}
    assert second["lang"] == "ar"
    assert "4567" not in second["text"]
    assert third["error"]["code"]
    assert fourth["error"]["code"]
    assert "not json" not in result.stdout
    assert "Tomasz" not in result.stderr


def test_bench_runs_one_end_to_end_configuration(tmp_path: Path) -> None:
    """``voices bench`` drives real ``voices serve`` processes and records what it saw."""
    out = tmp_path / "bench.json"
    result = _voices(
        tmp_path,
        "bench",
        *("--only", "e2e", "--database", "sqlite", "--processes", "2"),
        *("--conversations", "4", "--concurrency", "4", "--out", str(out)),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    rows = json.loads(out.read_text(encoding="utf-8"))["e2e"]
    assert [(r["target"], r["database"], r["processes"]) for r in rows] == [
        ("bare aiohttp", "-", 1),
        ("voices", "sqlite", 2),
    ]
    voices = rows[1]
    assert voices["requests"] == 4 * 8  # four whole conversations of eight updates
    assert voices["failures"] == 0
    assert voices["conversations"] == voices["filed"] == 4  # counted in the database
    assert voices["per_second"] > 0
    if sys.platform == "linux":  # peak memory comes from /proc
        assert voices["peak_rss_mb"] > rows[0]["peak_rss_mb"] > 0
    assert "| voices | sqlite | 2 |" in result.stdout


def test_demo_prints_the_address_serve_will_use(tmp_path: Path) -> None:
    assert _voices(tmp_path, "init").returncode == 0
    result = _voices(tmp_path, "demo", "--port", "9123")
    assert result.returncode == 0, result.stderr
    assert "http://127.0.0.1:9123/console/" in result.stdout
    assert ":8080" not in result.stdout
