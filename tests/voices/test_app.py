"""The HTTP edge: health, JSON errors for every failure, body limits, back-pressure."""

from __future__ import annotations

import gc
import warnings
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from telegram.error import InvalidToken

from intake.http_common import read_json
from tests.conftest import make_settings
from voices.app import create_app
from voices.services import build_services

METRICS_TOKEN = "metrics-token-for-tests"


@pytest.fixture
async def client(aiohttp_client: Any, sqlite_url: str) -> TestClient[Any, Any]:
    services = build_services(
        make_settings(sqlite_url, max_body_bytes=4096, metrics_token=METRICS_TOKEN)
    )
    app = create_app(services)

    async def echo(request: web.Request) -> web.Response:
        return web.json_response({"got": await read_json(request)})

    app.router.add_post("/echo", echo)
    result: TestClient[Any, Any] = await aiohttp_client(app)
    return result


async def test_healthz_reports_database(client: TestClient[Any, Any]) -> None:
    resp = await client.get("/healthz")
    assert resp.status == 200
    assert await resp.json() == {"status": "ok", "database": "ok"}


async def test_favicon_is_an_icon(client: TestClient[Any, Any]) -> None:
    resp = await client.get("/favicon.ico")
    assert resp.status == 200
    assert resp.content_type == "image/vnd.microsoft.icon"
    body = await resp.read()
    assert body[:4] == b"\x00\x00\x01\x00"  # the ICO header: reserved 0, type 1 (icon)
    assert "max-age" in resp.headers["Cache-Control"]


async def test_unknown_route_is_json_404(client: TestClient[Any, Any]) -> None:
    resp = await client.get("/no/such/page")
    assert resp.status == 404
    assert resp.content_type == "application/json"
    assert (await resp.json())["error"]["code"] == "not_found"


async def test_wrong_method_is_json_405_with_allow(client: TestClient[Any, Any]) -> None:
    resp = await client.post("/healthz")
    assert resp.status == 405
    assert "GET" in resp.headers["Allow"]
    assert (await resp.json())["error"]["code"] == "method_not_allowed"


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"{not json", 400, "malformed_json"),
        (b"", 400, "empty_body"),
        (b'{"text": "\xff\xfe"}', 400, "invalid_utf8"),
        (b"x" * 5000, 413, "request_entity_too_large"),
    ],
    ids=["malformed", "empty", "invalid-utf8", "oversize"],
)
async def test_bad_bodies_get_clear_json_errors(
    client: TestClient[Any, Any], body: bytes, status: int, code: str
) -> None:
    resp = await client.post("/echo", data=body, headers={"Content-Type": "application/json"})
    assert resp.status == status
    assert (await resp.json())["error"]["code"] == code


async def test_good_body_passes(client: TestClient[Any, Any]) -> None:
    resp = await client.post("/echo", json={"text": "ሰላም"})
    assert resp.status == 200
    assert await resp.json() == {"got": {"text": "ሰላም"}}


async def test_unexpected_error_is_json_500_without_details(
    aiohttp_client: Any, sqlite_url: str
) -> None:
    app = create_app(build_services(make_settings(sqlite_url)))

    async def boom(request: web.Request) -> web.Response:
        raise RuntimeError("secret detail +251911234567")

    app.router.add_get("/boom", boom)
    client = await aiohttp_client(app)
    resp = await client.get("/boom")
    assert resp.status == 500
    body = await resp.text()
    assert "251911234567" not in body
    assert "internal_error" in body


async def test_unexpected_error_log_line_has_no_exception_message(
    aiohttp_client: Any, sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    from core.logs import JsonFormatter

    app = create_app(build_services(make_settings(sqlite_url)))

    async def boom(request: web.Request) -> web.Response:
        raise ValueError("my name is Amina Yusuf, call +251911234567")

    app.router.add_get("/boom", boom)
    client = await aiohttp_client(app)
    with caplog.at_level("ERROR"):
        await client.get("/boom")
    lines = [JsonFormatter().format(r) for r in caplog.records]
    assert any("ValueError" in line for line in lines)
    assert not any("Amina" in line or "251911234567" in line for line in lines)


async def test_saturated_server_answers_503_with_retry_after(
    aiohttp_client: Any, sqlite_url: str
) -> None:
    import asyncio

    services = build_services(make_settings(sqlite_url, max_concurrent_requests=1))
    app = create_app(services, run_worker=False)
    release = asyncio.Event()
    entered = asyncio.Event()

    async def slow(request: web.Request) -> web.Response:
        entered.set()
        await release.wait()
        return web.json_response({"ok": True})

    app.router.add_get("/slow", slow)
    client = await aiohttp_client(app)
    first = asyncio.create_task(client.get("/slow"))
    await entered.wait()
    busy = await client.get("/slow")
    assert busy.status == 503
    assert busy.headers["Retry-After"] == "1"
    assert (await busy.json())["error"]["code"] == "overloaded"
    health = await client.get("/healthz")  # liveness is never refused
    assert health.status == 200
    release.set()
    assert (await first).status == 200


async def test_metrics_endpoint_serves_prometheus_text(client: TestClient[Any, Any]) -> None:
    assert (await client.get("/metrics")).status == 401
    wrong = await client.get("/metrics", headers={"Authorization": "Bearer nope"})
    assert wrong.status == 401
    resp = await client.get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
    assert resp.status == 200
    assert resp.content_type == "text/plain"
    body = await resp.text()
    assert "voices_outbox_depth 0.0" in body
    assert "# TYPE voices_updates_total counter" in body


async def test_refused_bot_token_at_start_up_leaves_no_open_client_session(
    aiohttp_server: Any, sqlite_url: str
) -> None:
    # A Bot API that refuses the token: getMe answers 401, as Telegram does.
    async def refuse(request: web.Request) -> web.Response:
        return web.json_response(
            {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
        )

    api = web.Application()
    api.router.add_route("*", "/{tail:.*}", refuse)
    server = await aiohttp_server(api)
    settings = make_settings(
        sqlite_url,
        telegram_token="123456:refused",
        telegram_api_base=str(server.make_url("")).rstrip("/"),
    )
    services = build_services(settings)
    runner = web.AppRunner(create_app(services, run_worker=False))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        with pytest.raises(InvalidToken):
            await runner.setup()
        await runner.cleanup()
        del runner
        gc.collect()
    unclosed = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert unclosed == []
