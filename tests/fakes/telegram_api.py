"""A local stand-in for the Telegram Bot API, speaking its HTTP wire protocol (tests, bench).

python-telegram-bot talks to it over real HTTP (``VOICES_TELEGRAM_API_BASE``). It
records every request, serves queued updates to ``getUpdates``, and can be told to
fail the next calls with 429 ``retry_after`` or 403 "bot was blocked".
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_USER = {"id": 777000, "is_bot": True, "first_name": "Compact Voices", "username": "cv_bot"}


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]


@dataclass
class FakeBotApi:
    """State and behaviour of the stand-in."""

    token: str = "123456:TEST-token"
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    failures: dict[str, list[tuple[int, dict[str, Any]]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    webhook: dict[str, Any] = field(default_factory=dict)
    # While True, sendMessage calls wait for an answer (a provider that hangs).
    held: bool = False
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Condition | None = None

    def app(self) -> web.Application:
        """The aiohttp application serving ``/bot<token>/<method>``."""
        application = web.Application()
        application.router.add_route("*", "/bot{token}/{method}", self._handle)
        return application

    @property
    def changed(self) -> asyncio.Condition:
        if self._changed is None:
            self._changed = asyncio.Condition()
        return self._changed

    def fail_next(self, method: str, status: int, **extra: Any) -> None:
        """Make the next call of ``method`` fail (429 takes ``retry_after=``)."""
        descriptions = {
            429: f"Too Many Requests: retry after {extra.get('retry_after', 1)}",
            403: "Forbidden: bot was blocked by the user",
            400: "Bad Request: chat not found",
            502: "Bad Gateway",
        }
        body: dict[str, Any] = {
            "ok": False,
            "error_code": status,
            "description": descriptions.get(status, "error"),
        }
        if "retry_after" in extra:
            body["parameters"] = {"retry_after": extra["retry_after"]}
        self.failures[method].append((status, body))

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """The successful ``sendMessage`` calls, optionally for one chat."""
        return [
            c
            for c in self.calls
            if c.method == "sendMessage"
            and c.params.get("_ok")
            and (chat_id is None or int(c.params["chat_id"]) == chat_id)
        ]

    async def wait_sent(self, chat_id: int, count: int) -> list[Call]:
        """Wait (on a condition, not a sleep, 15 s at most) until ``count`` messages arrived."""
        async with asyncio.timeout(15), self.changed:
            await self.changed.wait_for(lambda: len(self.sent(chat_id)) >= count)
        return self.sent(chat_id)

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            data = await request.json()
            return dict(data) if isinstance(data, dict) else {}
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            text = value if isinstance(value, str) else ""
            try:
                params[key] = json.loads(text)
            except ValueError:
                params[key] = text
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params = await self._params(request)
        call = Call(method, params)
        self.calls.append(call)
        if self.failures.get(method):
            status, body = self.failures[method].pop(0)
            return web.json_response(body, status=status)
        if method == "sendMessage" and self.held:
            async with self.changed:
                self.changed.notify_all()
                await self.changed.wait_for(lambda: not self.held)
        result = await self._result(method, params)
        params["_ok"] = True
        async with self.changed:
            self.changed.notify_all()
        return web.json_response({"ok": True, "result": result})

    async def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "setWebhook":
            self.webhook = dict(params)
            return True
        if method in ("deleteWebhook", "answerCallbackQuery", "close", "logOut"):
            return True
        if method == "sendMessage":
            return {
                "message_id": next(self._ids),
                "date": 1_790_000_000,
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            if not self.updates:
                async with self.changed:
                    try:
                        async with asyncio.timeout(min(float(params.get("timeout") or 0), 1.0)):
                            await self.changed.wait_for(lambda: bool(self.updates))
                    except TimeoutError:
                        return []
            return self.updates[:100]
        return True

    async def run_answer(self, answer: dict[str, Any]) -> None:
        """Run the Bot API method a webhook's answer names, as Telegram does."""
        params = dict(answer)
        call = Call(str(params.pop("method")), params)
        self.calls.append(call)
        await self._result(call.method, params)
        params["_ok"] = True
        async with self.changed:
            self.changed.notify_all()

    async def release(self) -> None:
        """Let held ``sendMessage`` calls (and later ones) be answered."""
        self.held = False
        async with self.changed:
            self.changed.notify_all()

    async def push_update(self, update: dict[str, Any]) -> None:
        """Queue an update for ``getUpdates``."""
        self.updates.append(update)
        async with self.changed:
            self.changed.notify_all()


def message_update(
    update_id: int,
    chat_id: int,
    text: str | None,
    *,
    first_name: str = "Test",
    last_name: str | None = None,
    language_code: str | None = "en",
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A private-chat message update as Telegram sends it."""
    sender: dict[str, Any] = {"id": chat_id, "is_bot": False, "first_name": first_name}
    if last_name:
        sender["last_name"] = last_name
    if language_code:
        sender["language_code"] = language_code
    message: dict[str, Any] = {
        "message_id": update_id,
        "date": 1_790_000_000,
        "chat": {"id": chat_id, "type": "private", "first_name": first_name},
        "from": sender,
    }
    if text is not None:
        message["text"] = text
        if text.startswith("/"):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
    message.update(extra or {})
    return {"update_id": update_id, "message": message}


def callback_update(
    update_id: int, chat_id: int, data: str, *, language_code: str | None = "en"
) -> dict[str, Any]:
    """A button press on one of the bot's messages."""
    sender: dict[str, Any] = {"id": chat_id, "is_bot": False, "first_name": "Test"}
    if language_code:
        sender["language_code"] = language_code
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"cb{update_id}",
            "from": sender,
            "chat_instance": "ci",
            "data": data,
            "message": {
                "message_id": 1,
                "date": 1_790_000_000,
                "chat": {"id": chat_id, "type": "private"},
                "from": BOT_USER,
                "text": "…",
            },
        },
    }
