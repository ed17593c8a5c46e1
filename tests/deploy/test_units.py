"""The deployment kit: each systemd unit's ExecStart, run as written, does its job.

The units call ``/opt/voices/.venv/bin/voices``; here that program is this checkout's
``voices`` (``python -m voices.cli``), run in a folder prepared like
``/var/lib/voices`` (a ``.env`` from ``voices init``). Every other argument is the
unit's own, and each process is stopped with the unit's ``KillSignal``.
"""

from __future__ import annotations

import asyncio
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
INSTALLED = "/opt/voices/.venv/bin/voices"
VOICES = [sys.executable, "-m", "voices.cli"]


def _unit(name: str) -> dict[str, str]:
    """The ``[Service]``/``[Timer]``/``[Unit]`` keys of a unit file (last value wins)."""
    keys: dict[str, str] = {}
    for line in (DEPLOY / name).read_text().splitlines():
        match = re.fullmatch(r"(\w+)=(.*)", line.strip())
        if match:
            keys[match[1]] = match[2]
    return keys


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _command(unit: str, instance: str = "") -> list[str]:
    argv = shlex.split(_unit(unit)["ExecStart"].replace("%i", instance))
    assert argv[0] == INSTALLED
    return [*VOICES, *argv[1:]]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOICES_")}
    env["PYTHONPATH"] = str(ROOT)
    return env


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    """A folder prepared as the units' WorkingDirectory: secrets from ``voices init``."""
    subprocess.run([*VOICES, "init"], cwd=tmp_path, env=_env(), check=True, timeout=60)
    return tmp_path


async def _serve_until_healthy_then_stop(command: list[str], cwd: Path, unit: str) -> None:
    port = int(command[command.index("--port") + 1])
    proc = await asyncio.create_subprocess_exec(
        *command, cwd=cwd, env=_env(), stdout=asyncio.subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        async with aiohttp.ClientSession() as http:
            while True:
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as resp:
                        assert resp.status == 200
                        break
                except aiohttp.ClientConnectionError:
                    assert proc.returncode is None, f"{unit} exited with {proc.returncode}"
                    assert time.monotonic() < deadline, f"{unit} never answered /healthz"
                    await asyncio.sleep(0.1)  # a process starting: nothing to await on
    finally:
        if proc.returncode is None:
            proc.send_signal(getattr(signal, _unit(unit)["KillSignal"]))
    assert await asyncio.wait_for(proc.wait(), 30) == 0


async def test_the_sqlite_unit_serves_and_stops_cleanly(state_dir: Path) -> None:
    command = _command("voices.service")
    assert command[-4:] == ["--host", "127.0.0.1", "--port", "8080"]
    # Port 8080 may be taken on a test machine; only the port differs from the unit.
    command[-1] = str(_free_port())
    await _serve_until_healthy_then_stop(command, state_dir, "voices.service")


async def test_the_http_process_template_serves_on_its_instance_port(state_dir: Path) -> None:
    port = str(_free_port())
    command = _command("voices-serve@.service", port)
    assert "--no-worker" in command
    await _serve_until_healthy_then_stop(command, state_dir, "voices-serve@.service")


async def test_the_worker_unit_runs_and_stops_cleanly(state_dir: Path) -> None:
    proc = await asyncio.create_subprocess_exec(
        *_command("voices-worker.service"),
        cwd=state_dir,
        env=_env(),
        stdout=asyncio.subprocess.PIPE,
    )
    assert proc.stdout is not None
    line = await asyncio.wait_for(proc.stdout.readline(), 30)
    assert b"outbox worker running" in line
    proc.send_signal(getattr(signal, _unit("voices-worker.service")["KillSignal"]))
    assert await asyncio.wait_for(proc.wait(), 30) == 0


def test_the_retention_unit_runs_once_and_the_timer_starts_it_daily(state_dir: Path) -> None:
    service = _unit("voices-retention.service")
    assert service["Type"] == "oneshot"
    result = subprocess.run(
        _command("voices-retention.service"),
        cwd=state_dir,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("retention (180 days): erased 0 contacts")
    timer = _unit("voices-retention.timer")
    assert timer["OnCalendar"] == "daily"
    assert timer["Persistent"] == "true"


@pytest.mark.parametrize("unit", sorted(p.name for p in DEPLOY.glob("*.service")))
def test_every_service_runs_as_the_voices_user_in_its_state_folder(unit: str) -> None:
    keys = _unit(unit)
    assert keys["User"] == "voices"
    assert keys["WorkingDirectory"] == "/var/lib/voices"
    assert keys["ReadWritePaths"] == "/var/lib/voices"


def test_the_proxies_point_at_the_sqlite_units_port() -> None:
    port = _unit("voices.service")["ExecStart"].rsplit("--port ", 1)[1]
    assert f"reverse_proxy 127.0.0.1:{port}" in (DEPLOY / "Caddyfile").read_text()
    assert f"server 127.0.0.1:{port};" in (DEPLOY / "nginx.conf").read_text()


def test_systemd_accepts_the_unit_files() -> None:
    analyze = "/usr/bin/systemd-analyze"
    if not Path(analyze).exists():
        pytest.skip("systemd-analyze is not installed")
    # Only syntax and known keys: the voices user and /opt/voices exist on a server, not here.
    result = subprocess.run(
        [analyze, "verify", "--man=no", *(str(p) for p in sorted(DEPLOY.glob("voices*")))],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    problems = [
        line
        for line in result.stderr.splitlines()
        if line.strip()
        and "/opt/voices/.venv/bin/voices" not in line
        and "Failed to create" not in line
        and "Command " not in line
    ]
    assert not problems, result.stderr
