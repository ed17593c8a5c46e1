"""Shared fixtures: settings with fresh secrets, a migrated database per test, the app.

The ``db_url`` fixture runs each storage test on SQLite and on PostgreSQL. PostgreSQL
comes from ``VOICES_TEST_POSTGRES_URL`` (default: the local server on 127.0.0.1:5432,
database ``test``, user ``postgres``). Without a server the PostgreSQL cases skip,
except in CI (``CI=true``), where a missing server fails the run.
"""

from __future__ import annotations

import asyncio
import base64
import os
import secrets
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import pytest
from aiohttp.test_utils import TestServer
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.engine import ConversationEngine
from intake.service import IntakeService
from moderation.pipeline import Pipeline
from storage import migrate
from storage.models import Base
from tests.fakes.telegram_api import FakeBotApi
from voices.services import Services, build_services
from voices.settings import Settings

PG_ADMIN_URL = os.environ.get(
    "VOICES_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
T = TypeVar("T")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _run_blocking(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to completion on its own loop in a thread (fixtures may be in a loop)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(factory())).result()


async def _pg_available() -> str | None:
    engine = create_async_engine(PG_ADMIN_URL)
    try:
        async with asyncio.timeout(5), engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception as exc:  # any failure means "no server here"
        return f"{type(exc).__name__}"
    finally:
        await engine.dispose()
    return None


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """Create a scratch PostgreSQL database for this test run, migrated to head."""
    problem = _run_blocking(_pg_available)
    if problem is not None:
        message = f"PostgreSQL not reachable at {PG_ADMIN_URL} ({problem})"
        if IN_CI:
            pytest.fail(message + "; CI requires it")
        pytest.skip(message)
    name = f"voices_test_{uuid.uuid4().hex[:10]}"
    base, _, _ = PG_ADMIN_URL.rpartition("/")
    url = f"{base}/{name}"

    async def create() -> None:
        admin = create_async_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        async with admin.connect() as conn:
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
        await admin.dispose()
        engine = create_async_engine(url)
        await migrate.upgrade(engine)
        await engine.dispose()

    async def drop() -> None:
        admin = create_async_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()

    _run_blocking(create)
    yield url
    _run_blocking(drop)


async def _truncate(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
        await conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    await engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A migrated, empty database: a fresh SQLite file, or the scratch PostgreSQL database."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'voices.db'}"
        yield url
        return
    url = request.getfixturevalue("pg_database")
    await _truncate(url)
    yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite database URL, for tests whose SQL is the same on both engines."""
    return f"sqlite+aiosqlite:///{tmp_path / 'voices.db'}"


def make_settings(database_url: str, **overrides: object) -> Settings:
    """Settings with fresh random secrets and no ``.env`` file."""
    values: dict[str, object] = {
        "database_url": database_url,
        "pseudonym_key": secrets.token_urlsafe(48),
        "contact_key": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        "secret_key": secrets.token_urlsafe(48),
    }
    values.update(overrides)
    # model_validate skips the environment and .env: tests see only these values.
    return Settings.model_validate(values)


@pytest.fixture
def settings(db_url: str) -> Settings:
    """Settings on the parametrised database."""
    return make_settings(db_url)


@pytest.fixture
async def services(settings: Settings) -> AsyncIterator[Services]:
    """Services on a migrated database."""
    built = build_services(settings)
    await migrate.upgrade(built.engine)
    yield built
    await built.engine.dispose()


@cache
def shared_pipeline() -> Pipeline:
    """One pipeline for the whole run: loading gazetteers once keeps tests quick."""
    return Pipeline()


@pytest.fixture
def intake(services: Services) -> IntakeService:
    """The real intake service and engine on the parametrised database."""
    return IntakeService(services, ConversationEngine(shared_pipeline()))


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _require_chromium() -> None:
    if not CHROMIUM.exists():
        if IN_CI:
            pytest.fail(f"{CHROMIUM} is required in CI")
        pytest.skip(f"{CHROMIUM} not installed")


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    """Debian's headless Chromium through Playwright; skips without it, except in CI."""
    _require_chromium()
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        try:
            yield launched
        finally:
            await launched.close()


@pytest.fixture
async def bot_api(aiohttp_server: Any) -> tuple[FakeBotApi, TestServer]:
    """The Bot API stand-in, served over real HTTP."""
    api = FakeBotApi()
    return api, await aiohttp_server(api.app())
