"""python-telegram-bot's aiohttp transport: answers pass through, failures say nothing secret."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from intake.channels.telegram_http import AiohttpRequest

TOKEN = "123456:SECRET-token-value"


async def test_a_call_is_posted_as_a_form_and_the_answer_returned() -> None:
    seen: list[dict[str, str]] = []

    async def handler(request: web.Request) -> web.Response:
        seen.append({k: str(v) for k, v in (await request.post()).items()})
        return web.json_response({"ok": True, "result": True}, status=200)

    app = web.Application()
    app.router.add_post(f"/bot{TOKEN}/sendMessage", handler)
    async with TestServer(app) as server:
        request = AiohttpRequest()
        await request.initialize()
        data = RequestData(
            [
                RequestParameter.from_input("chat_id", 42),
                RequestParameter.from_input("text", "سلام"),
            ]
        )
        try:
            status, body = await request.do_request(
                str(server.make_url(f"/bot{TOKEN}/sendMessage")), "POST", data
            )
        finally:
            await request.shutdown()
    assert status == 200
    assert b'"ok": true' in body
    assert seen == [{"chat_id": "42", "text": "سلام"}]


async def test_an_unreachable_api_is_a_network_error_without_the_token() -> None:
    request = AiohttpRequest(connect_timeout=2.0)
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as caught:
            await request.do_request(f"http://127.0.0.1:9/bot{TOKEN}/sendMessage", "POST")
    finally:
        await request.shutdown()
    assert TOKEN not in str(caught.value)
    assert "SECRET" not in repr(caught.value)


async def test_an_api_that_never_answers_times_out() -> None:
    async def handler(request: web.Request) -> web.Response:
        await asyncio.sleep(30)
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_post("/slow", handler)
    async with TestServer(app) as server:
        request = AiohttpRequest(read_timeout=0.3)
        await request.initialize()
        try:
            with pytest.raises(TimedOut):
                await request.do_request(str(server.make_url("/slow")), "POST")
        finally:
            await request.shutdown()
