"""Console fixtures: the real app on a real database, users of every role, logged-in clients."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from storage.credentials import hash_password
from storage.queries.accounts import add_user
from storage.queries.submissions import NewSubmission, add_submissions
from voices.app import create_app
from voices.services import Services

PASSWORD = "correct horse battery"
USERS = {"mod1": "moderator", "mod2": "moderator", "rev": "reviewer", "root": "admin"}

Client = TestClient[Any, Any]
LoginAs = Callable[[str], Awaitable[Client]]


def csrf_from(html: str) -> str:
    """The CSRF token of the first form on a page."""
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


async def log_in(client: Client, username: str, password: str = PASSWORD) -> Any:
    """Fetch the login form and post it; returns the response (not following redirects)."""
    page = await client.get("/console/login")
    token = csrf_from(await page.text())
    return await client.post(
        "/console/login",
        data={"csrf": token, "username": username, "password": password},
        allow_redirects=False,
    )


@pytest.fixture
async def console_services(services: Services) -> Services:
    """Services with one user per role."""
    hashed = hash_password(PASSWORD)
    async with services.sessions() as session, session.begin():
        for name, role in USERS.items():
            await add_user(session, name, hashed, role)
    return services


@pytest.fixture
async def server(console_services: Services, aiohttp_server: Any) -> TestServer:
    """The whole service on a real TCP port."""
    result: TestServer = await aiohttp_server(create_app(console_services))
    return result


@pytest.fixture
async def anonymous(server: TestServer, aiohttp_client: Any) -> Client:
    """A client with no session."""
    client: Client = await aiohttp_client(server)
    return client


@pytest.fixture
def login_as(server: TestServer, aiohttp_client: Any) -> LoginAs:
    """Make a fresh client logged in as one of ``USERS``."""

    async def make(username: str) -> Client:
        client: Client = await aiohttp_client(server)
        resp = await log_in(client, username)
        assert resp.status == 303, await resp.text()
        return client

    return make


def sample(text: str = "The office kept my papers for months.", **kw: Any) -> NewSubmission:
    """A synthetic, already anonymised submission."""
    values: dict[str, Any] = {
        "channel": "telegram",
        "lang": "en",
        "text": text,
        "pseudonym": "p" * 64,
        "consent_version": "1",
        "country": "IT",
        "objectives": [4],
    }
    values.update(kw)
    return NewSubmission(**values)


@pytest.fixture
def file_submissions(console_services: Services) -> Callable[..., Awaitable[list[str]]]:
    """File submissions directly in the database; returns their receipts."""

    async def file(*items: NewSubmission) -> list[str]:
        async with console_services.sessions() as session, session.begin():
            return await add_submissions(session, list(items))

    return file
