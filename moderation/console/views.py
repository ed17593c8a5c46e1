"""The console's pages and actions: the queue, one submission, moderation actions, bulk
actions and the audit log. Every action is checked on the server against the viewer's
role and the item's claim, and written to the audit log with what it was before and after.

The audit log never holds a submission's text: a redaction is recorded by digests and
lengths, or the audit log would keep what the redaction removed.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode

from aiohttp import web
from multidict import MultiDict, MultiDictProxy, MultiMapping
from sqlalchemy.ext.asyncio import AsyncSession

from bot.flow import describe_answers, flow_of_version
from core.clock import utcnow
from core.errors import Forbidden, NotFound, PayloadRejected
from i18n.collation import sorted_by_name
from i18n.translator import N_, country_name, gettext
from moderation.console.auth import redirect, safe_next
from moderation.console.pages import error_page, render
from moderation.console.state import (
    CLAIM_TTL,
    CONSOLE,
    LOCALE,
    OBJECTIVES,
    PER_PAGE,
    REDACTED,
    REJECT_REASONS,
    STATE_NAMES,
    VIEWER,
    Viewer,
)
from storage.models import Submission, SubmissionState
from storage.queries.accounts import audit
from storage.queries.moderation import (
    DEFAULT_STATES,
    QueueFilter,
    add_note,
    claim,
    filter_choices,
    get_submission,
    get_submissions,
    list_notes,
    list_queue,
    queue_counts,
    release,
    replace_text,
    set_classification,
    set_quotable,
    set_state,
)
from storage.queries.retention import compact_sqlite

Form = MultiDictProxy[str | Any]
# A moderator's own words (a note, a reject reason's detail) are anonymised by the
# pipeline, like a person's, before they are stored: they may quote or name someone.
FREE_TEXT_FIELDS = ("body", "detail")
ANONYMISER: web.AppKey[Callable[[str], str]] = web.AppKey("console_anonymiser")


async def anonymised_form(request: web.Request) -> Form:
    """The posted form with its free-text fields anonymised (on a worker thread)."""
    form = await request.post()
    anonymise = request.app.get(ANONYMISER)
    fields = [k for k in FREE_TEXT_FIELDS if isinstance(form.get(k), str) and form.get(k)]
    if anonymise is None or not fields:
        return form
    copy: MultiDict[str | Any] = MultiDict(form)
    for key in fields:
        copy[key] = await asyncio.to_thread(anonymise, str(form[key]))
    return MultiDictProxy(copy)


FLASH: dict[str, str] = {
    "claimed": N_("You hold this submission for the next 15 minutes."),
    "released": N_("Claim released."),
    "approved": N_("Approved."),
    "rejected": N_("Rejected."),
    "escalated": N_("Escalated."),
    "redacted": N_("Redacted."),
    "classified": N_("Objectives and theme saved."),
    "noted": N_("Note added."),
    "quoting": N_("Quoting changed."),
}
CLAIMED_BY_OTHER = N_("{user} holds this submission until {until} UTC; nothing was changed.")
NOTHING_CHANGED = N_("Nothing was changed: the submission is already in that state.")
TEXT_CHANGED = N_("The text changed since you loaded the page; nothing was redacted. Reload it.")
SPAN_NOT_FOUND = N_("That text is not in the submission; nothing was redacted.")
BAD_INPUT = N_("Some of what you entered is not valid; nothing was changed.")
MAX_NOTE = 2000
MAX_THEME = 40


def _viewer(request: web.Request, act: bool = False) -> Viewer:
    viewer = request[VIEWER]
    if act and not viewer.can_act:
        raise Forbidden("role may not act")
    return viewer


def text_version(text: str) -> str:
    """A short digest of a text, to notice that it changed under a form."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def redact_range(text: str, start: int, end: int) -> str:
    """Replace ``text[start:end]`` by the marker, widened to cover any marker it touches.

    Widening means a marker is never cut open, so nothing redacted comes back.
    """
    for mark in re.finditer(re.escape(REDACTED), text):
        if mark.start() < end and mark.end() > start:
            start, end = min(start, mark.start()), max(end, mark.end())
    return text[:start] + REDACTED + text[end:]


def redact_text(text: str, span: str, start: int | None, end: int | None) -> tuple[str, int]:
    """Redact the selected range, or else every occurrence of ``span``; returns (text, count)."""
    if (
        start is not None
        and end is not None
        and 0 <= start < end <= len(text)
        and text[start:end] == span
    ):
        return redact_range(text, start, end), 1
    positions = [m.start() for m in re.finditer(re.escape(span), text)]
    for pos in reversed(positions):
        text = redact_range(text, pos, pos + len(span))
    return text, len(positions)


# --- the queue -----------------------------------------------------------------------------


def _date(value: str | None, end: bool = False) -> datetime | None:
    if not value:
        return None
    try:
        day = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return None
    return day + timedelta(days=1) if end else day


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def parse_filter(query: MultiMapping[str]) -> QueueFilter:
    """Read the queue's filters from the query string."""
    state = query.get("state", "")
    if state == "all":
        states: tuple[str, ...] = ()
    elif state in STATE_NAMES:
        states = (state,)
    else:
        states = DEFAULT_STATES
    objective = _int(query.get("objective"))
    return QueueFilter(
        states=states,
        lang=query.get("lang") or None,
        country=(query.get("country") or "").upper() or None,
        objective=objective if objective in OBJECTIVES else None,
        flag=query.get("flag") or None,
        channel=query.get("channel") or None,
        since=_date(query.get("from")),
        until=_date(query.get("to"), end=True),
        search=(query.get("q") or "").strip()[:200] or None,
    )


async def queue(request: web.Request) -> web.StreamResponse:
    """The queue: pending and escalated by default, urgent first, then oldest first."""
    viewer = _viewer(request)
    flt = parse_filter(request.query)
    mine = request.query.get("mine") == "1"
    if mine:
        # Whatever their state: what this moderator holds a live claim on.
        states = flt.states if request.query.get("state") else ()
        flt = replace(
            flt, states=states, claimed_by=viewer.username, claimed_since=utcnow() - CLAIM_TTL
        )
    if viewer.country is not None:
        flt = replace(flt, country=viewer.country)
    page = max(1, _int(request.query.get("page")) or 1)
    async with request.app[CONSOLE].services.sessions() as session:
        result = await list_queue(session, flt, page, PER_PAGE)
        counts = await queue_counts(session, flt)
        choices = await filter_choices(session)
    if viewer.country is not None:
        choices = replace(choices, countries=[viewer.country])
    locale = request.get(LOCALE) or "en"
    choices = replace(
        choices,
        countries=sorted_by_name(
            choices.countries, locale, lambda code: country_name(code, locale)
        ),
    )
    params = {k: v for k, v in request.query.items() if k not in ("page", "cur", "msg") and v}
    current = min(max(0, _int(request.query.get("cur")) or 0), max(0, len(result.items) - 1))
    return render(
        request,
        "queue.html",
        result=result,
        counts=counts,
        mine=mine,
        state_url=lambda code: "/console/?" + urlencode({**params, "state": code, "page": 1}),
        lang_url=lambda code: "/console/?" + urlencode({**params, "lang": code, "page": 1}),
        export_url=lambda fmt, excel=False: (
            "/console/export?"
            + urlencode({**params, "format": fmt, **({"excel": "1"} if excel else {})})
        ),
        choices=choices,
        query=request.query,
        params=params,
        page_url=lambda n: "/console/?" + urlencode({**params, "page": n}),
        current=current,
        flash=_flash(request),
        now=utcnow(),
        claim_live=_claim_live,
    )


def _claim_live(item: Submission, now: datetime) -> bool:
    return (
        item.claimed_by is not None
        and item.claimed_at is not None
        and item.claimed_at >= now - CLAIM_TTL
    )


def _flash(request: web.Request) -> str | None:
    msgid = FLASH.get(request.query.get("msg", ""))
    return gettext(request[LOCALE], msgid) if msgid else None


async def _load(session: AsyncSession, receipt: str, viewer: Viewer) -> Submission:
    item = await get_submission(session, receipt)
    # Out of scope looks like absent: a scoped user learns nothing of other countries.
    if item is None or not viewer.sees(item.country):
        raise NotFound("no such submission")
    return item


async def item_page(request: web.Request) -> web.StreamResponse:
    """One submission with its metadata, notes and every action the viewer may take."""
    viewer = _viewer(request)
    async with request.app[CONSOLE].services.sessions() as session:
        item = await _load(session, request.match_info["receipt"], viewer)
        notes = await list_notes(session, item.id)
        current = request.app[CONSOLE].services.flow
        flow = await flow_of_version(session, item.flow_version, current)
    return render(
        request,
        "item.html",
        item=item,
        notes=notes,
        answers=describe_answers(flow, item.answers, request[LOCALE]),
        version=text_version(item.text),
        flash=_flash(request),
        now=utcnow(),
        claim_live=_claim_live,
        back=safe_next(request.query.get("back")),
    )


# --- actions -------------------------------------------------------------------------------


def _back(form: Form, receipt: str, msg: str) -> str:
    """Where to go after an action: the page the form came from, with a flash message."""
    target = safe_next(form.get("next"), f"/console/s/{receipt}")
    extra: dict[str, str] = {"msg": msg}
    cur = form.get("cur")
    if isinstance(cur, str) and cur.isdigit():
        extra["cur"] = cur
    path, _, query = target.partition("?")
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k not in {"msg", "cur"}]
    return f"{path}?{urlencode([*kept, *extra.items()])}"


def _refusal(request: web.Request, item: Submission, now: datetime) -> web.Response:
    locale = request[LOCALE]
    if item.claimed_by and _claim_live(item, now) and item.claimed_by != request[VIEWER].username:
        until = (item.claimed_at or now) + CLAIM_TTL
        message = gettext(
            locale, CLAIMED_BY_OTHER, user=item.claimed_by, until=until.strftime("%H:%M")
        )
    else:
        message = gettext(locale, NOTHING_CHANGED)
    return error_page(request, 409, message)


Action = Callable[[AsyncSession, Viewer, Submission, Form, datetime], Awaitable[str | None]]


async def _act(request: web.Request, action: Action) -> web.StreamResponse:
    """Run one moderation action in one transaction; refuse with 409 if it did not apply."""
    viewer = _viewer(request, act=True)
    form = await anonymised_form(request)
    receipt = request.match_info["receipt"]
    now = utcnow()
    try:
        async with request.app[CONSOLE].services.sessions() as session, session.begin():
            item = await _load(session, receipt, viewer)
            msg = await action(session, viewer, item, form, now)
            if msg is None:
                raise _Refused(item)  # noqa: TRY301 - leaves the transaction, rolling back
    except _Refused:
        # The rollback expired the loaded row; read who holds it now.
        async with request.app[CONSOLE].services.sessions() as session:
            return _refusal(request, await _load(session, receipt, viewer), now)
    return redirect(_back(form, receipt, msg))


def _state_action(state: str, verb: str, msg: str) -> Action:
    async def action(
        session: AsyncSession, viewer: Viewer, item: Submission, form: Form, now: datetime
    ) -> str | None:
        reason: str | None = None
        if state == SubmissionState.REJECTED.value:
            code = str(form.get("reason", ""))
            if code not in REJECT_REASONS:
                raise PayloadRejected("reject reason required", code="bad_reason")
            detail = " ".join(str(form.get("detail", "")).split())
            reason = f"{code}: {detail}"[:200] if detail else code
        before = {"state": item.state, "claimed_by": item.claimed_by}
        if not await set_state(
            session,
            item.id,
            username=viewer.username,
            state=state,
            now=now,
            ttl=CLAIM_TTL,
            reject_reason=reason,
        ):
            return None
        await audit(
            session,
            actor=viewer.username,
            action=f"submission.{verb}",
            target=item.receipt,
            before=before,
            # The reason's code only: the audit log keeps no free text.
            after={
                "state": state,
                "reject_reason": reason.split(":", 1)[0] if reason else None,
                "claimed_by": None,
            },
        )
        return msg

    return action


async def _claim(
    session: AsyncSession, viewer: Viewer, item: Submission, form: Form, now: datetime
) -> str | None:
    before = {"claimed_by": item.claimed_by, "claimed_at": _iso(item.claimed_at)}
    if not await claim(session, item.id, viewer.username, now, CLAIM_TTL):
        return None
    after = {"claimed_by": viewer.username, "claimed_at": _iso(now)}
    await audit(
        session,
        actor=viewer.username,
        action="submission.claim",
        target=item.receipt,
        before=before,
        after=after,
    )
    return "claimed"


async def _release(
    session: AsyncSession, viewer: Viewer, item: Submission, form: Form, now: datetime
) -> str | None:
    before = {"claimed_by": item.claimed_by, "claimed_at": _iso(item.claimed_at)}
    if not await release(session, item.id, viewer.username):
        return None
    await audit(
        session,
        actor=viewer.username,
        action="submission.release",
        target=item.receipt,
        before=before,
        after={"claimed_by": None, "claimed_at": None},
    )
    return "released"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


async def _redact(
    session: AsyncSession, viewer: Viewer, item: Submission, form: Form, now: datetime
) -> str | None:
    if str(form.get("version", "")) != text_version(item.text):
        raise _Conflict(TEXT_CHANGED)
    span = str(form.get("span", ""))
    if not span.strip() or span.strip() == REDACTED:
        raise _Conflict(SPAN_NOT_FOUND)
    new_text, count = redact_text(
        item.text, span, _int(str(form.get("start", ""))), _int(str(form.get("end", "")))
    )
    if count == 0 or new_text == item.text:
        raise _Conflict(SPAN_NOT_FOUND)
    if not await replace_text(
        session,
        item.id,
        username=viewer.username,
        old_text=item.text,
        new_text=new_text,
        now=now,
        ttl=CLAIM_TTL,
    ):
        return None
    await audit(
        session,
        actor=viewer.username,
        action="submission.redact",
        target=item.receipt,
        before={"text_sha256": _sha(item.text), "length": len(item.text)},
        after={"text_sha256": _sha(new_text), "length": len(new_text), "redactions": count},
    )
    return "redacted"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


async def _classify(
    session: AsyncSession, viewer: Viewer, item: Submission, form: Form, now: datetime
) -> str | None:
    objectives: list[int] = []
    for raw in form.getall("objective", []):
        number = _int(str(raw))
        if number not in OBJECTIVES:
            raise PayloadRejected("objective out of range", code="bad_objective")
        objectives.append(number)
    objectives = sorted(set(objectives))
    theme = " ".join(str(form.get("theme", "")).split())[:MAX_THEME] or None
    before = {"objectives": list(item.objectives or []), "theme": item.theme}
    if not await set_classification(
        session,
        item.id,
        username=viewer.username,
        objectives=objectives,
        theme=theme,
        now=now,
        ttl=CLAIM_TTL,
    ):
        return None
    await audit(
        session,
        actor=viewer.username,
        action="submission.classify",
        target=item.receipt,
        before=before,
        after={"objectives": objectives, "theme": theme},
    )
    return "classified"


async def _quoting(
    session: AsyncSession, viewer: Viewer, item: Submission, form: Form, now: datetime
) -> str | None:
    choice = str(form.get("quotable", ""))
    if choice not in ("0", "1"):
        raise PayloadRejected("quotable must be 0 or 1", code="bad_quotable")
    quotable = choice == "1"
    if not await set_quotable(
        session, item.id, username=viewer.username, quotable=quotable, now=now, ttl=CLAIM_TTL
    ):
        return None
    await audit(
        session,
        actor=viewer.username,
        action="submission.quoting",
        target=item.receipt,
        before={"quotable": item.quotable},
        after={"quotable": quotable},
    )
    return "quoting"


async def _note(
    session: AsyncSession, viewer: Viewer, item: Submission, form: Form, now: datetime
) -> str | None:
    body = str(form.get("body", "")).strip()
    if not body or len(body) > MAX_NOTE:
        raise PayloadRejected("note length", code="bad_note")
    note = await add_note(session, item.id, viewer.username, body, now)
    await audit(
        session,
        actor=viewer.username,
        action="submission.note",
        target=item.receipt,
        after={"note_id": note.id, "length": len(body)},
    )
    return "noted"


class _Refused(Exception):
    def __init__(self, item: Submission) -> None:
        super().__init__(item.receipt)
        self.item = item


class _Conflict(Exception):
    def __init__(self, msgid: str) -> None:
        super().__init__(msgid)
        self.msgid = msgid


def _handler(action: Action) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    async def handle(request: web.Request) -> web.StreamResponse:
        try:
            return await _act(request, action)
        except _Conflict as exc:
            return error_page(request, 409, gettext(request[LOCALE], exc.msgid))
        except PayloadRejected:
            return error_page(request, 400, gettext(request[LOCALE], BAD_INPUT))

    return handle


claim_item = _handler(_claim)
release_item = _handler(_release)
approve_item = _handler(_state_action(SubmissionState.APPROVED.value, "approve", "approved"))
reject_item = _handler(_state_action(SubmissionState.REJECTED.value, "reject", "rejected"))
escalate_item = _handler(_state_action(SubmissionState.ESCALATED.value, "escalate", "escalated"))
_redact_in_place = _handler(_redact)


async def redact_item(request: web.Request) -> web.StreamResponse:
    """Redact a span, then clear the words' old copies from SQLite's log."""
    response = await _redact_in_place(request)
    if response.status == 303:
        await compact_sqlite(request.app[CONSOLE].services.engine)
    return response


classify_item = _handler(_classify)
note_item = _handler(_note)
quoting_item = _handler(_quoting)

BULK_DONE = N_("{done} done; {skipped} skipped (held by someone else or already in that state).")


async def bulk(request: web.Request) -> web.StreamResponse:
    """Approve or reject several submissions; items another moderator holds are skipped."""
    viewer = _viewer(request, act=True)
    form = await anonymised_form(request)
    choice = str(form.get("action", ""))
    actions = {"approve": "approved", "reject": "rejected"}
    if choice not in actions:
        return error_page(request, 400, gettext(request[LOCALE], BAD_INPUT))
    action = _state_action(actions[choice], choice, actions[choice])
    receipts = [str(r) for r in form.getall("receipt", [])][:100]
    done = skipped = 0
    now = utcnow()
    try:
        async with request.app[CONSOLE].services.sessions() as session, session.begin():
            for item in await get_submissions(session, receipts):
                if not viewer.sees(item.country):
                    continue
                if await action(session, viewer, item, form, now) is None:
                    skipped += 1
                else:
                    done += 1
    except PayloadRejected:
        return error_page(request, 400, gettext(request[LOCALE], BAD_INPUT))
    skipped += len(set(receipts)) - done - skipped
    message = gettext(request[LOCALE], BULK_DONE, done=done, skipped=skipped)
    return render(
        request, "done.html", message=message, back=safe_next(form.get("next"), "/console/")
    )
