"""The web form: one page for people who use no chat app, in their language.

``GET /feedback`` shows every question at once; ``POST /feedback`` files the
submission through the same engine code as the chat flow (anonymised in memory,
then stored) and shows the receipt code. It works without JavaScript.

Protections: a CSRF token (HMAC over the visitor's session id, a nonce and the
time) sent both as a hidden field and as a ``SameSite=Strict`` cookie (double
submit); a per-client-address limit on accepted submissions, counted in the
database in one atomic statement (so it holds across processes and concurrent
posts), with the address seen through ``VOICES_TRUSTED_PROXIES``; body size limits
(413) and a text length limit (a form error that keeps the other answers).
Without the consent box ticked nothing is stored.

A visitor is known by a random session id in a cookie; ``Address(web, id)``
gives the pseudonym, so ``/status`` with the receipt code works. There is no way
to write back to a visitor: ``send`` always fails without retry.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import re
import secrets
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import pycountry
from aiohttp import web
from markupsafe import Markup, escape

from bot.catalog import THEMES, THEMES_BY_ID, TRENDS, match_country
from bot.consent import consent_elements
from core.errors import SendError
from core.messages import Address, ChannelKind, OutboundMessage
from i18n import pages
from i18n.collation import sorted_by_name
from i18n.translator import (
    N_,
    SUPPORTED,
    country_name,
    gettext,
    language_name,
    negotiate,
    parse_accept_language,
)
from intake.channels.base import IntakeSink, RouteSpec, SendResult
from intake.context import SharedSettings
from intake.http_common import BODY_ERROR, client_address

log = logging.getLogger(__name__)

FORM_PATH = "/feedback"
HELP_PATH = "/feedback/help"
CSS_PATH = "/feedback/form.css"
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
SESSION_COOKIE = "cv_session"
CSRF_COOKIE = "cv_csrf"
CSRF_MAX_AGE = 2 * 3600
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class CsrfTokens:
    """Issues and checks form tokens bound to a session id: ``nonce.time.mac``."""

    def __init__(self, key: bytes, clock: Callable[[], float] = time.time) -> None:
        self._key = key
        self._clock = clock

    def __repr__(self) -> str:
        return "CsrfTokens(key=<redacted>)"

    def _mac(self, session_id: str, nonce: str, issued: str) -> str:
        data = f"csrf|{session_id}|{nonce}|{issued}".encode()
        return hmac.new(self._key, data, hashlib.sha256).hexdigest()[:40]

    def issue(self, session_id: str) -> str:
        """Return a fresh token for this session."""
        nonce = secrets.token_urlsafe(12)
        issued = str(int(self._clock()))
        return f"{nonce}.{issued}.{self._mac(session_id, nonce, issued)}"

    def valid(self, session_id: str, token: str | None) -> bool:
        """Whether the token was issued by us, for this session, less than two hours ago."""
        if not token or token.count(".") != 2:
            return False
        nonce, issued, mac = token.split(".")
        if not issued.isdigit():
            return False
        age = self._clock() - int(issued)
        if not 0 <= age <= CSRF_MAX_AGE:
            return False
        return hmac.compare_digest(mac.encode(), self._mac(session_id, nonce, issued).encode())


@dataclass
class FormState:
    """What the visitor entered and what is wrong with it."""

    lang: str
    consent: bool = False
    country: str = ""
    country_text: str = ""
    theme: str = ""
    text: str = ""
    trend: str = ""
    errors: dict[str, str] = field(default_factory=dict)


def _countries(locale: str) -> list[tuple[str, str]]:
    pairs = [(c.alpha_2, country_name(c.alpha_2, locale)) for c in pycountry.countries]
    return sorted_by_name(pairs, locale, lambda pair: pair[1])


class WebFormAdapter:
    """The web form channel."""

    kind: ClassVar[ChannelKind] = ChannelKind.WEB

    def __init__(self, sink: IntakeSink, settings: SharedSettings) -> None:
        self._sink = sink
        self._csrf = CsrfTokens(settings.secret_key_bytes())
        self._rate_limit = settings.form_rate_limit
        self._rate_window = float(settings.form_rate_window_seconds)
        self._max_chars = settings.max_text_chars
        public = urlsplit(settings.public_url or "")
        # Cookies are Secure when served under the public https address; a direct
        # http request to the process (a health check, a test) still works.
        self._secure_host = public.netloc if public.scheme == "https" else None
        self._env = pages.environment(TEMPLATES, strict=False)
        self._css = (TEMPLATES / "form.css").read_bytes()

    def __repr__(self) -> str:
        return "WebFormAdapter()"

    def routes(self) -> Sequence[RouteSpec]:
        """The form page, its submission and its stylesheet."""
        return [
            RouteSpec("GET", FORM_PATH, self.show),
            RouteSpec("POST", FORM_PATH, self.submit, own_error_page=True),
            RouteSpec("GET", HELP_PATH, self.help_now),
            RouteSpec("GET", CSS_PATH, self.css),
        ]

    def redact_values(self) -> Iterable[str]:
        """Nothing beyond the core secrets."""
        return []

    async def start(self) -> None:
        """Nothing runs in the background."""

    async def stop(self) -> None:
        """Nothing to release."""

    async def send(self, address: Address, msg: OutboundMessage) -> SendResult:
        """A web visitor cannot be written to."""
        raise SendError("the web form has no reply channel", retryable=False, code="no_channel")

    # Pages

    async def css(self, request: web.Request) -> web.Response:
        """The form's stylesheet (served by us: no CDN)."""
        return web.Response(
            body=self._css,
            content_type="text/css",
            headers={"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"},
        )

    async def show(self, request: web.Request) -> web.Response:
        """The empty form, in the language asked for or the browser's."""
        lang = self._locale(request, request.query.get("lang"))
        session_id = self._session_id(request)
        token = request.cookies.get(CSRF_COOKIE)
        if not self._csrf.valid(session_id, token):
            token = self._csrf.issue(session_id)
        return self._form(FormState(lang=lang), session_id, token or "", request, status=200)

    async def submit(self, request: web.Request) -> web.Response:
        """Check the token and the answers, file the submission, show the receipt."""
        if request.get(BODY_ERROR) is not None:
            return self._too_large(request)
        try:
            form = await request.post()
        except web.HTTPRequestEntityTooLarge:
            return self._too_large(request)
        values = {k: v for k, v in form.items() if isinstance(v, str)}
        lang = self._locale(request, values.get("lang"))
        session_id = request.cookies.get(SESSION_COOKIE, "")
        token = values.get("csrf", "")
        cookie = request.cookies.get(CSRF_COOKIE, "")
        if (
            not _TOKEN.match(session_id)
            or not hmac.compare_digest(token.encode(), cookie.encode())
            or not self._csrf.valid(session_id, token)
        ):
            return self._message(
                lang,
                403,
                N_("This form has expired"),
                N_(
                    "For your safety we could not accept this form. Please open the form "
                    "again and send it from there. Nothing was stored."
                ),
                again=True,
            )
        state = self._validate(lang, values)
        if state.errors:
            return self._form(state, session_id, token, request, status=400)
        client = client_address(request)
        # Taken before filing, in one statement: concurrent posts cannot all pass.
        wait = await self._sink.take(
            "form", client, limit=self._rate_limit, window=self._rate_window
        )
        if wait > 0:
            response = self._message(
                lang,
                429,
                N_("Please wait a little"),
                N_(
                    "Many messages were sent from your connection in the last minutes. "
                    "Please try again later. Nothing was stored."
                ),
            )
            response.headers["Retry-After"] = str(math.ceil(wait))
            return response
        form_id = values.get("form_id", "")
        if not _TOKEN.match(form_id):
            form_id = secrets.token_urlsafe(16)
        country = state.country or match_country(state.country_text)
        try:
            filed = await self._sink.file_direct(
                Address(ChannelKind.WEB, session_id),
                f"form:{form_id}",
                locale=lang,
                country=country,
                theme=state.theme,
                text=state.text,
                trend=state.trend or None,
            )
        except Exception:
            await self._sink.give_back(
                "form", client, limit=self._rate_limit, window=self._rate_window
            )
            raise
        if filed is None:
            await self._sink.give_back(
                "form", client, limit=self._rate_limit, window=self._rate_window
            )
            return self._message(
                lang,
                200,
                N_("Already received"),
                N_(
                    "We already received this form. Your receipt code was shown when you "
                    "first sent it."
                ),
            )
        log.info("web form filed")
        code = Markup('<bdi class="receipt" dir="ltr">{}</bdi>').format(filed.receipt)
        html = self._render(
            "thanks.html",
            lang,
            receipt=filed.receipt,
            receipt_line=self._html(lang, N_("Your receipt code is {code}."), code=code),
            status_line=self._html(
                lang,
                N_(
                    "Keep it: with this code you can ask our chat bot about your message "
                    "(send {command})."
                ),
                command=Markup('<bdi dir="ltr"><code>/status {}</code></bdi>').format(
                    filed.receipt
                ),
            ),
            referral=filed.referral,
        )
        return self._page(html, 200)

    async def help_now(self, request: web.Request) -> web.Response:
        """Show the referral at once and file one urgent item for this visitor.

        The link is on every page, so a person can ask for help without filling
        anything in. One item per browser session (asking again shows the referral
        again); a request from another site (``Sec-Fetch-Site: cross-site``) or over
        the address's limit shows the referral but files nothing.
        """
        lang = self._locale(request, request.query.get("lang"))
        country = request.query.get("country", "").strip().upper() or None
        if country is not None and country not in {c.alpha_2 for c in pycountry.countries}:
            country = None
        session_id = self._session_id(request)
        client = client_address(request)
        referral = None
        if (
            request.headers.get("Sec-Fetch-Site") != "cross-site"
            and await self._sink.take(
                "form", client, limit=self._rate_limit, window=self._rate_window
            )
            == 0
        ):
            filed = await self._sink.help_now(
                Address(ChannelKind.WEB, session_id),
                f"help:{session_id}",
                locale=lang,
                country=country,
            )
            if filed is None:
                # Asked before in this session: shown again, not counted again.
                await self._sink.give_back(
                    "form", client, limit=self._rate_limit, window=self._rate_window
                )
            else:
                log.info("web form: help now filed")
                referral = filed.referral
        html = self._render(
            "help.html", lang, referral=referral or self._sink.referral(lang, country)
        )
        response = self._page(html, 200)
        response.set_cookie(
            SESSION_COOKIE,
            session_id,
            path=FORM_PATH,
            httponly=True,
            samesite="Strict",
            secure=self._secure_host is not None and request.host == self._secure_host,
        )
        return response

    # Helpers

    def _too_large(self, request: web.Request) -> web.Response:
        return self._message(
            self._locale(request, None),
            413,
            N_("Too much text"),
            N_("What you sent is too large. Please shorten your message and try again."),
        )

    def _validate(self, lang: str, values: dict[str, str]) -> FormState:
        state = FormState(
            lang=lang,
            consent=values.get("consent") == "yes",
            country=values.get("country", "").strip().upper(),
            country_text=values.get("country_text", "").strip()[:100],
            theme=values.get("theme", ""),
            text=values.get("text", ""),
            trend=values.get("trend", ""),
        )
        errors = state.errors
        if not state.consent:
            errors["consent"] = gettext(
                lang, "Please tick the box to agree, or we cannot keep your message."
            )
        valid = {c.alpha_2 for c in pycountry.countries}
        if state.country and state.country not in valid:
            state.country = ""
        if not state.country:
            if not state.country_text:
                errors["country"] = gettext(lang, "Please choose or type a country.")
            elif match_country(state.country_text) is None:
                errors["country"] = gettext(
                    lang, "We could not find that country. Please choose it from the list."
                )
        if state.theme not in THEMES_BY_ID:
            state.theme = ""
            errors["theme"] = gettext(lang, "Please choose what it is about.")
        if state.trend not in {tid for tid, _ in TRENDS}:
            state.trend = ""
        stripped = state.text.strip()
        if len(state.text) > self._max_chars:
            errors["text"] = gettext(
                lang,
                "Your message is too long ({length} characters). Please shorten it to at "
                "most {limit} characters.",
                length=len(state.text),
                limit=self._max_chars,
            )
        elif sum(1 for ch in stripped if ch.isalpha()) < 3:
            errors["text"] = gettext(lang, "Please write a few words about what happened.")
        return state

    def _locale(self, request: web.Request, explicit: str | None) -> str:
        hints = parse_accept_language(request.headers.get("Accept-Language"))
        return negotiate(explicit, hints)

    def _session_id(self, request: web.Request) -> str:
        existing = request.cookies.get(SESSION_COOKIE, "")
        return existing if _TOKEN.match(existing) else secrets.token_urlsafe(24)

    def _html(self, lang: str, msgid: str, **params: Markup) -> Markup:
        """Translate a template and fill it with markup, escaping the translation itself."""
        return escape(gettext(lang, msgid)).format(**params)

    def _render(self, template: str, lang: str, **context: Any) -> str:
        def translate(msgid: str, **params: object) -> str:
            return gettext(lang, msgid, **params)

        return self._env.get_template(template).render(
            _=translate,
            lang=lang,
            direction=pages.direction(lang),
            languages=sorted_by_name(
                [(code, language_name(code)) for code in SUPPORTED], lang, lambda pair: pair[1]
            ),
            css=CSS_PATH,
            form_path=FORM_PATH,
            help_path=HELP_PATH,
            **context,
        )

    def _form(
        self,
        state: FormState,
        session_id: str,
        token: str,
        request: web.Request,
        *,
        status: int,
    ) -> web.Response:
        lang = state.lang
        html = self._render(
            "form.html",
            lang,
            state=state,
            csrf=token,
            form_id=secrets.token_urlsafe(16),
            consent_elements=consent_elements(lang, ChannelKind.WEB),
            countries=_countries(lang),
            themes=[(t.id, gettext(lang, t.label)) for t in THEMES],
            trends=[(tid, gettext(lang, label)) for tid, label in TRENDS],
            max_chars=self._max_chars,
        )
        response = self._page(html, status)
        for name, value, max_age in (
            (SESSION_COOKIE, session_id, None),
            (CSRF_COOKIE, token, CSRF_MAX_AGE),
        ):
            response.set_cookie(
                name,
                value,
                path=FORM_PATH,
                max_age=max_age,
                httponly=True,
                samesite="Strict",
                secure=self._secure_host is not None and request.host == self._secure_host,
            )
        return response

    def _message(
        self, lang: str, status: int, title: str, body: str, *, again: bool = False
    ) -> web.Response:
        html = self._render(
            "message.html",
            lang,
            title=gettext(lang, title),
            body=gettext(lang, body),
            again=again,
        )
        return self._page(html, status)

    def _page(self, html: str, status: int) -> web.Response:
        return web.Response(
            text=html, status=status, content_type="text/html", headers=SECURITY_HEADERS
        )
