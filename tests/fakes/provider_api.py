"""Local stand-ins for the WhatsApp Graph API and the Twilio REST API (their wire protocols).

Both record every request they accept (the exact JSON or form sent), check the
credentials the way the real services do, and can be told to fail the next
requests with a given status and error body.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Failure:
    """A canned error answer."""

    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class _Recorder:
    requests: list[Any] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    _changed: asyncio.Condition | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def fail_next(self, status: int, body: dict[str, Any], **headers: str) -> None:
        """Make the next request fail with this status and body."""
        self.failures.append(Failure(status, body, dict(headers)))

    @property
    def changed(self) -> asyncio.Condition:
        if self._changed is None:
            self._changed = asyncio.Condition()
        return self._changed

    async def _record(self, item: Any) -> None:
        self.requests.append(item)
        async with self.changed:
            self.changed.notify_all()


@dataclass
class FakeGraphApi(_Recorder):
    """``POST /{phone_number_id}/messages`` with a bearer token."""

    token: str = "EAAG-test-token"
    phone_number_id: str = "109876543210987"

    def app(self) -> web.Application:
        """The aiohttp application."""
        application = web.Application()
        application.router.add_post("/{phone_id}/messages", self._messages)
        return application

    async def _messages(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response(
                {
                    "error": {
                        "message": "Invalid OAuth access token",
                        "type": "OAuthException",
                        "code": 190,
                    }
                },
                status=401,
            )
        if request.match_info["phone_id"] != self.phone_number_id:
            return web.json_response({"error": {"message": "Unknown", "code": 100}}, status=400)
        body = await request.json()
        if self.failures:
            failure = self.failures.pop(0)
            return web.json_response(failure.body, status=failure.status, headers=failure.headers)
        await self._record(body)
        wamid = f"wamid.OUT{next(self._ids):010d}"
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": body.get("to"), "wa_id": body.get("to")}],
                "messages": [{"id": wamid}],
            }
        )

    def texts_to(self, wa_id: str) -> list[str]:
        """Every body text sent to one person (plain or interactive), in order."""
        found = []
        for body in self.requests:
            if body.get("to") != wa_id:
                continue
            if body["type"] == "text":
                found.append(body["text"]["body"])
            else:
                found.append(body["interactive"]["body"]["text"])
        return found


@dataclass
class FakeTwilioApi(_Recorder):
    """``POST /2010-04-01/Accounts/{sid}/Messages.json`` with basic auth."""

    account_sid: str = "AC" + "0" * 31 + "1"
    auth_token: str = "twilio-test-auth-token"

    def app(self) -> web.Application:
        """The aiohttp application."""
        application = web.Application()
        application.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", self._messages)
        return application

    async def _messages(self, request: web.Request) -> web.Response:
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if request.headers.get("Authorization") != f"Basic {expected}" or (
            request.match_info["sid"] != self.account_sid
        ):
            return web.json_response(
                {"code": 20003, "message": "Authenticate", "status": 401}, status=401
            )
        form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        if self.failures:
            failure = self.failures.pop(0)
            return web.json_response(failure.body, status=failure.status, headers=failure.headers)
        await self._record(form)
        return web.json_response(
            {"sid": f"SM{next(self._ids):032d}", "status": "queued", "to": form.get("To")},
            status=201,
        )

    def bodies_to(self, number: str) -> list[str]:
        """Every SMS body sent to one number, in order."""
        return [f["Body"] for f in self.requests if f.get("To") == number]
