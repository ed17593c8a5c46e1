"""Writing back to people who opted in: broadcasts, follow-up questions, report notices.

A broadcast is queued in one transaction: one outbox row per person (two with a
question), each carrying the person's encrypted address like any reply, so the
delivery worker sends them with the channels' rules (Telegram's overall rate
shared by every process, retries, STOP and blocked bots). Here the other rules
are applied while queueing:

- **WhatsApp's 24-hour window.** A person whose last message is older than
  ``WINDOW`` (23 hours, an hour's margin before Meta's 24 while the message waits
  in the queue; ``last_seen_at`` is at most that old, never newer) gets the
  operator's approved template (``VOICES_WHATSAPP_TEMPLATE``) with the text as its
  one parameter, never a free-form message; without a template they are skipped.
  Inside the window the text goes as it is, with the template as its fallback
  should Meta answer that the window closed meanwhile.
- **SMS cost.** Each broadcast may cost at most ``sms_cap`` segments; people past
  the cap (in contact order, so always the same ones) are skipped.

Nobody is shown who received what: a broadcast keeps only counters (queued,
skipped, then sent, failed, blocked as the worker records them).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import PayloadRejected
from core.messages import ChannelKind, Choice, OutboundKind, OutboundMessage
from i18n.translator import SUPPORTED, is_rtl, normalise_locale
from intake.channels.sms import render as sms_render
from intake.channels.sms import segments
from storage.queries import broadcasts as bq
from storage.queries import intake as q
from storage.queries.accounts import audit

WINDOW = timedelta(hours=23)
MAX_TEXT = 2000  # characters of one broadcast text (a chat message, not an essay)
MAX_OPTIONS = 10  # WhatsApp lists hold ten rows
_DELIVERABLE = frozenset({ChannelKind.TELEGRAM.value, ChannelKind.WHATSAPP.value, "sms"})


@dataclass(frozen=True, slots=True)
class Audience:
    """Who a broadcast is for: people who opted in and wrote about ``country``."""

    country: str | None
    lang: str | None = None
    objective: int | None = None

    def as_json(self) -> dict[str, Any]:
        """The audience as stored and audited."""
        return {"country": self.country, "lang": self.lang, "objective": self.objective}


@dataclass(frozen=True, slots=True)
class Poll:
    """A single-choice follow-up question: texts per language for it and each option."""

    question: dict[str, str]
    options: list[dict[str, str]]

    def as_json(self) -> dict[str, Any]:
        """The question as stored on the broadcast."""
        return {"question": self.question, "options": self.options}


@dataclass(frozen=True, slots=True)
class Rules:
    """The operator's delivery rules (from settings)."""

    default_locale: str = "en"
    whatsapp_template: str | None = None
    template_languages: tuple[str, ...] = ("en",)
    sms_cap: int = 1000
    sms_max_segments: int = 6


class RuleSettings(Protocol):
    """The settings ``rules_from`` reads (the composition root's ``Settings``)."""

    @property
    def default_locale(self) -> str: ...
    @property
    def whatsapp_template(self) -> str | None: ...
    @property
    def whatsapp_template_languages(self) -> str: ...
    @property
    def broadcast_sms_cap(self) -> int: ...
    @property
    def sms_max_segments(self) -> int: ...


def rules_from(settings: RuleSettings, sms_cap: int | None = None) -> Rules:
    """The delivery rules the operator configured; ``sms_cap`` may only lower theirs."""
    languages = tuple(
        code
        for code in (c.strip() for c in settings.whatsapp_template_languages.split(","))
        if code
    )
    cap = (
        settings.broadcast_sms_cap if sms_cap is None else min(sms_cap, settings.broadcast_sms_cap)
    )
    return Rules(
        default_locale=settings.default_locale,
        whatsapp_template=settings.whatsapp_template or None,
        template_languages=languages or ("en",),
        sms_cap=max(cap, 0),
        sms_max_segments=settings.sms_max_segments,
    )


@dataclass(frozen=True, slots=True)
class Queued:
    """What ``send`` did: the broadcast's id, people queued and people skipped."""

    broadcast_id: int
    queued: int
    skipped: int


def parse_texts(data: object, what: str = "message") -> dict[str, str]:
    """Validate ``{"en": "...", "fr": "..."}``: known languages, non-empty texts, English given."""
    if not isinstance(data, dict) or not data:
        raise PayloadRejected(f"the {what} must be a JSON object of language: text")
    texts: dict[str, str] = {}
    for key, value in data.items():
        lang = str(key)
        if lang not in SUPPORTED:
            raise PayloadRejected(
                f"unknown language {lang!r} in the {what}; use one of {', '.join(SUPPORTED)}",
                code="bad_language",
            )
        if not isinstance(value, str) or not value.strip():
            raise PayloadRejected(f"the {what}'s {lang} text is empty", code="empty_text")
        if len(value) > MAX_TEXT:
            raise PayloadRejected(
                f"the {what}'s {lang} text is longer than {MAX_TEXT} characters",
                code="text_too_long",
            )
        texts[lang] = value.strip()
    if "en" not in texts:
        raise PayloadRejected(
            f"the {what} needs an English text (the fallback)", code="missing_english"
        )
    return texts


def parse_poll(data: object) -> Poll:
    """Validate ``{"question": {lang: text}, "options": [{lang: text}, ...]}`` (2 to 10 options)."""
    if not isinstance(data, dict):
        raise PayloadRejected("the question must be a JSON object with question and options")
    options = data.get("options")
    if not isinstance(options, list) or not 2 <= len(options) <= MAX_OPTIONS:
        raise PayloadRejected(f"the question needs 2 to {MAX_OPTIONS} options", code="bad_options")
    return Poll(
        question=parse_texts(data.get("question"), "question"),
        options=[parse_texts(option, "option") for option in options],
    )


def _pick(texts: Mapping[str, str], locale: str) -> tuple[str, str]:
    """The text in ``locale``, else in English; with the language it is in."""
    if locale in texts:
        return texts[locale], locale
    return texts["en"], "en"


def _messages(
    broadcast_id: int, texts: Mapping[str, str], poll: Poll | None, locale: str
) -> list[OutboundMessage]:
    text, lang = _pick(texts, locale)
    out = [OutboundMessage(kind=OutboundKind.TEXT, text=text, lang=lang, rtl=is_rtl(lang))]
    if poll is not None:
        question, qlang = _pick(poll.question, locale)
        choices = tuple(
            Choice(f"poll:{broadcast_id}:{i}", _pick(option, qlang)[0])
            for i, option in enumerate(poll.options)
        )
        out.append(
            OutboundMessage(
                kind=OutboundKind.CHOICES,
                text=question,
                choices=choices,
                lang=qlang,
                rtl=is_rtl(qlang),
            )
        )
    return out


def _as_template(
    rules: Rules, texts: Mapping[str, str], poll: Poll | None, broadcast_id: int, locale: str
) -> OutboundMessage | None:
    """The one template message for a person outside WhatsApp's window, or None."""
    if rules.whatsapp_template is None:
        return None
    # The template exists only in the languages it was approved in.
    lang = locale if locale in rules.template_languages else rules.template_languages[0]
    parts = _messages(broadcast_id, texts, poll, lang)
    text = " ".join(m.text for m in parts)
    choices = parts[1].choices if len(parts) > 1 else ()
    return OutboundMessage(
        kind=OutboundKind.CHOICES if choices else OutboundKind.TEXT,
        text=text,
        choices=choices,
        lang=lang,
        rtl=is_rtl(lang),
        template=f"{rules.whatsapp_template}:{lang}",
    )


async def audience_sizes(
    session: AsyncSession, audience: Audience, default_locale: str = "en"
) -> dict[str, int]:
    """How many people the audience holds, per language they read."""
    recipients = await bq.audience(
        session, country=audience.country, lang=audience.lang, objective=audience.objective
    )
    return bq.sizes_by_language(recipients, default_locale)


async def send(
    session: AsyncSession,
    *,
    audience: Audience,
    texts: Mapping[str, str],
    rules: Rules,
    actor: str,
    poll: Poll | None = None,
    kind: str = "broadcast",
) -> Queued:
    """Queue a broadcast to everyone in ``audience``, in the caller's transaction."""
    recipients = await bq.audience(
        session, country=audience.country, lang=audience.lang, objective=audience.objective
    )
    row = await bq.add_broadcast(
        session,
        created_by=actor[:64],
        kind=kind,
        country=audience.country,
        lang=audience.lang,
        objective=audience.objective,
        texts=dict(texts),
        poll=poll.as_json() if poll is not None else None,
    )
    closed_before = utcnow() - WINDOW
    sms_left = rules.sms_cap
    queued = skipped = 0
    asked: list[str] = []
    for person in recipients:
        locale = normalise_locale(person.locale) or rules.default_locale
        messages = _messages(row.id, texts, poll, locale)
        if person.channel not in _DELIVERABLE:
            skipped += 1
            continue
        if person.channel == ChannelKind.WHATSAPP.value:
            template = _as_template(rules, texts, poll, row.id, locale)
            if person.last_seen_at < closed_before:
                if template is None:
                    skipped += 1
                    continue
                messages = [template]
            elif template is not None:
                # Should the window close while they wait, each goes as the template.
                messages = [replace(m, fallback=template.template) for m in messages]
        if person.channel == ChannelKind.SMS.value:
            cost = sum(
                segments(piece)
                for message in messages
                for piece in sms_render(message, rules.sms_max_segments)
            )
            if cost > sms_left:
                skipped += 1
                continue
            sms_left -= cost
        payloads = [message.to_json() for message in messages]
        payloads[0]["broadcast"] = row.id  # counted in the broadcast's delivery figures
        await q.enqueue(session, person.channel, person.pseudonym, person.address_enc, payloads)
        queued += 1
        if poll is not None:
            asked.append(person.pseudonym)
    await bq.set_open_poll(session, asked, row.id)
    row.queued, row.skipped = queued, skipped
    await audit(
        session,
        actor=actor[:64],
        action=f"{kind}.queued",
        target=str(row.id),
        after={**audience.as_json(), "queued": queued, "skipped": skipped},
    )
    return Queued(broadcast_id=row.id, queued=queued, skipped=skipped)


def read_json_file(path: str, what: str) -> object:
    """Load a JSON file given on the command line, with a clear error."""
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except OSError as exc:
        raise PayloadRejected(f"cannot read the {what} file {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise PayloadRejected(f"the {what} file {path} is not valid JSON: {exc}") from exc


def parse_audience(country: str | None, lang: str | None, objective: int | None) -> Audience:
    """Validate an audience from the command line or a form."""
    code = country.strip().upper() if country else None
    if code is not None and (len(code) != 2 or not code.isalpha()):
        raise PayloadRejected("country must be an ISO 3166-1 alpha-2 code", code="bad_country")
    if lang is not None and lang not in SUPPORTED:
        raise PayloadRejected(f"unknown language {lang!r}", code="bad_language")
    if objective is not None and not 1 <= objective <= 23:
        raise PayloadRejected("objective must be 1 to 23", code="bad_objective")
    return Audience(country=code, lang=lang, objective=objective)


async def send_from_files(
    sessions: Callable[[], AsyncSession],
    rules: Rules,
    audience: Audience,
    message_file: str,
    poll_file: str | None = None,
    actor: str = "cli",
) -> Queued:
    """``voices broadcast send``: read the message (and question) files, queue, commit."""
    texts = parse_texts(read_json_file(message_file, "message"))
    poll = parse_poll(read_json_file(poll_file, "question")) if poll_file else None
    async with sessions() as session, session.begin():
        return await send(
            session, audience=audience, texts=texts, rules=rules, actor=actor, poll=poll
        )
