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

from bot.catalog import match_country
from bot.consent import consent_elements
from bot.flow import SKIP, Flow, Kind, Question
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
THEME_MISSING = N_("Please choose what it is about.")
ANSWER_MISSING = N_("Please choose an answer.")
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
    """What the visitor entered and what is wrong with it.

    ``entered`` keeps each flow question's raw value (a list for several choices,
    and ``<id>_text`` for a typed country name) to show the form again;
    ``answers`` the checked answers to file.
    """

    lang: str
    consent: bool = False
    text: str = ""
    entered: dict[str, str | list[str]] = field(default_factory=dict)
    answers: dict[str, object] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def _countries(locale: str) -> list[tuple[str, str]]:
    pairs = [(c.alpha_2, country_name(c.alpha_2, locale)) for c in pycountry.countries]
    return sorted_by_name(pairs, locale, lambda pair: pair[1])


@dataclass(frozen=True, slots=True)
class FormQuestion:
    """One of the flow's questions as the form shows it, in the page's language."""

    id: str
    kind: str
    prompt: str
    choices: list[tuple[str, str]]
    optional: bool


def _questions(flow: Flow, lang: str) -> list[FormQuestion]:
    shown: list[FormQuestion] = []
    for q in flow.questions:
        choices = [(o.id, gettext(lang, o.label)) for o in q.choices]
        if q.optional and q.kind is Kind.SINGLE_CHOICE:
            choices.append((SKIP, gettext(lang, q.skip_label)))
        prompt = gettext(lang, q.prompt) if q.prompt else ""
        if q.kind is Kind.COUNTRY and q.id == "country":
            # The chat's wording tells how to answer with buttons; the form has a list.
            prompt = gettext(lang, "In which country did this happen?")
        shown.append(FormQuestion(q.id, q.kind.value, prompt, choices, q.optional))
    return shown


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
        many = {
            q.id: [v for v in form.getall(q.id, []) if isinstance(v, str)]
            for q in self._sink.flow.questions
            if q.kind is Kind.MULTI_CHOICE
        }
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
        state = self._validate(lang, values, many)
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
        try:
            filed = await self._sink.file_direct(
                Address(ChannelKind.WEB, session_id),
                f"form:{form_id}",
                locale=lang,
                text=state.text,
                answers=state.answers,
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

    def _validate(self, lang: str, values: dict[str, str], many: dict[str, list[str]]) -> FormState:
        """Check each of the flow's questions in order; keep what was entered."""
        state = FormState(
            lang=lang, consent=values.get("consent") == "yes", text=values.get("text", "")
        )
        errors = state.errors
        if not state.consent:
            errors["consent"] = gettext(
                lang, "Please tick the box to agree, or we cannot keep your message."
            )
        for question in self._sink.flow.questions:
            if question.kind is Kind.TEXT:
                self._check_text(state)
            elif question.kind is Kind.COUNTRY:
                self._check_country(state, question, values)
            elif question.kind is Kind.MULTI_CHOICE:
                picked = list(dict.fromkeys(v for v in many.get(question.id, []) if v))
                state.entered[question.id] = picked
                if picked and all(question.option(v) is not None for v in picked):
                    state.answers[question.id] = picked
                elif not question.optional:
                    state.entered[question.id] = []
                    errors[question.id] = gettext(lang, "Please choose at least one answer.")
            else:
                value = values.get(question.id, "")
                state.entered[question.id] = value
                if question.option(value) is not None:
                    state.answers[question.id] = value
                elif not question.optional or value not in ("", SKIP):
                    state.entered[question.id] = ""
                    if not question.optional:
                        missing = THEME_MISSING if question.id == "theme" else ANSWER_MISSING
                        errors[question.id] = gettext(lang, missing)
        return state

    def _check_text(self, state: FormState) -> None:
        lang = state.lang
        stripped = state.text.strip()
        if len(state.text) > self._max_chars:
            state.errors["text"] = gettext(
                lang,
                "Your message is too long ({length} characters). Please shorten it to at "
                "most {limit} characters.",
                length=len(state.text),
                limit=self._max_chars,
            )
        elif sum(1 for ch in stripped if ch.isalpha()) < 3:
            state.errors["text"] = gettext(lang, "Please write a few words about what happened.")

    def _check_country(self, state: FormState, question: Question, values: dict[str, str]) -> None:
        lang = state.lang
        code = values.get(question.id, "").strip().upper()
        typed = values.get(f"{question.id}_text", "").strip()[:100]
        if code and code not in {c.alpha_2 for c in pycountry.countries}:
            code = ""
        state.entered[question.id] = code
        state.entered[f"{question.id}_text"] = typed
        if code:
            state.answers[question.id] = code
        elif typed:
            found = match_country(typed)
            if found is None:
                state.errors[question.id] = gettext(
                    lang, "We could not find that country. Please choose it from the list."
                )
            else:
                state.answers[question.id] = found
        elif not question.optional:
            state.errors[question.id] = gettext(lang, "Please choose or type a country.")

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
            questions=_questions(self._sink.flow, lang),
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
