"""Admin pages of the console: users, API tokens, the audit log in words, and exports.

Users and tokens are for admins of every country only (a country-scoped admin
manages submissions, not accounts). Every change is one transaction with its
audit entry; a new password or token is shown once, on the answer to the form
that made it, and is never stored or logged in clear. Exports follow the queue's
current filter: moderators and admins may export; receipt codes (what a person
uses to check on or withdraw their feedback) go only to admins, moderators get
an opaque keyed reference instead.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from core.clock import utcnow
from core.errors import Forbidden, NotFound
from core.tables import BOM, XLSX_TYPE, cell, csv_line, to_xlsx
from i18n.translator import N_, country_name, gettext
from moderation.console.admin_cli import MAX_EXPIRY_DAYS, expiry, token_status
from moderation.console.audit_text import (
    ACTION_FAMILIES,
    action_label,
    describe,
)
from moderation.console.pages import error_page, render
from moderation.console.state import (
    AUDIT_PER_PAGE,
    CLAIM_TTL,
    CONSOLE,
    LOCALE,
    VIEWER,
    Viewer,
)
from moderation.console.views import _date, _int, parse_filter
from storage.credentials import generate_password, hash_password
from storage.queries.accounts import (
    ROLES,
    audit,
    create_api_token,
    find_api_token,
    list_api_tokens,
    list_users,
    reset_password,
    revoke_api_token,
    set_user_disabled,
    token_ref,
)
from storage.queries.moderation import AuditFilter, iter_audit, iter_queue, list_audit
from storage.queries.moderation import audit_actors as _audit_actors

MAX_EXPORT_ROWS = 10_000
MAX_AUDIT_EXPORT = 50_000
EXPORT_FIELDS = (
    "channel",
    "lang",
    "country",
    "experience_month",
    "objectives",
    "theme",
    "level",
    "trend",
    "text",
    "state",
    "urgent",
    "flags",
    "created_at",
)
NOT_YOURSELF = N_("You cannot disable your own account.")
USER_DONE = {
    "disable": N_("User {name} is disabled; their sessions have ended."),
    "enable": N_("User {name} is enabled."),
}
PASSWORD_SET = N_("New password for {name} (shown once; their sessions have ended):")
TOKEN_MADE = N_("The new API token (shown once; it cannot be shown again):")
TOKEN_REVOKED = N_("Token {token} is revoked.")
BAD_INPUT = N_("Some of what you entered is not valid; nothing was changed.")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_USERS = "/console/admin/users"


def _admin(request: web.Request) -> Viewer:
    viewer = request[VIEWER]
    if not viewer.is_admin or viewer.country is not None:
        raise Forbidden("admins of every country only")
    return viewer


def _tr(request: web.Request, msgid: str, **params: Any) -> str:
    return gettext(request[LOCALE], msgid, **params)


# --- users ---------------------------------------------------------------------------------


async def users_page(request: web.Request) -> web.StreamResponse:
    """Every console user, with disable/enable and password reset."""
    _admin(request)
    async with request.app[CONSOLE].services.sessions() as session:
        users = await list_users(session)
    return render(request, "admin_users.html", users=users, section="users")


async def user_action(request: web.Request) -> web.StreamResponse:
    """Disable, enable or reset the password of a user (POST)."""
    viewer = _admin(request)
    name = request.match_info["name"]
    verb = request.match_info["verb"]
    services = request.app[CONSOLE].services
    if verb not in (*USER_DONE, "reset-password"):
        raise NotFound("no such action")
    try:
        if verb in USER_DONE:
            if verb == "disable" and name == viewer.username:
                return error_page(request, 400, _tr(request, NOT_YOURSELF))
            async with services.sessions() as session, session.begin():
                await set_user_disabled(session, name, verb == "disable", actor=viewer.username)
            message = _tr(request, USER_DONE[verb], name=name)
            return render(request, "admin_done.html", message=message, secret=None, back=_USERS)
        password = generate_password()
        hashed = hash_password(password)
        async with services.sessions() as session, session.begin():
            await reset_password(session, name, hashed, actor=viewer.username)
    except NotFound:
        return error_page(request, 404, _tr(request, N_("There is nothing here.")))
    return render(
        request,
        "admin_done.html",
        message=_tr(request, PASSWORD_SET, name=name),
        secret=password,
        back=_USERS,
    )


# --- API tokens ----------------------------------------------------------------------------


async def tokens_page(request: web.Request) -> web.StreamResponse:
    """Every API token (never the token), its state, and a form for a new one."""
    _admin(request)
    async with request.app[CONSOLE].services.sessions() as session:
        tokens = await list_api_tokens(session)
    now = utcnow()
    return render(
        request,
        "admin_tokens.html",
        tokens=[(t, token_ref(t), token_status(t, now)) for t in tokens],
        roles=[r for r in ROLES if r != "moderator"],
        max_days=MAX_EXPIRY_DAYS,
        section="tokens",
    )


async def token_create(request: web.Request) -> web.StreamResponse:
    """Create a token from the form and show it once."""
    viewer = _admin(request)
    form = await request.post()
    role = str(form.get("role", ""))
    country = str(form.get("country", "")).strip().upper() or None
    label = " ".join(str(form.get("label", "")).split())[:100] or None
    days = _int(str(form.get("days", "")))
    if (
        role not in ("reviewer", "admin")
        or (country is not None and (not _COUNTRY.match(country) or not _known(country)))
        or (days is not None and not 1 <= days <= MAX_EXPIRY_DAYS)
    ):
        return error_page(request, 400, _tr(request, BAD_INPUT))
    async with request.app[CONSOLE].services.sessions() as session, session.begin():
        token = await create_api_token(
            session, role, country, label, expires_at=expiry(days), actor=viewer.username
        )
    return render(
        request,
        "admin_done.html",
        message=_tr(request, TOKEN_MADE),
        secret=token,
        back="/console/admin/tokens",
    )


def _known(country: str) -> bool:
    import pycountry  # noqa: PLC0415 - its database loads on first use

    return pycountry.countries.get(alpha_2=country) is not None


async def token_revoke(request: web.Request) -> web.StreamResponse:
    """Revoke a token by its number."""
    viewer = _admin(request)
    number = request.match_info["id"]
    async with request.app[CONSOLE].services.sessions() as session, session.begin():
        found = await find_api_token(session, f"#{number}")
        if found is None:
            return error_page(request, 404, _tr(request, N_("There is nothing here.")))
        token, _ = await revoke_api_token(session, f"#{number}", actor=viewer.username)
    return render(
        request,
        "admin_done.html",
        message=_tr(request, TOKEN_REVOKED, token=token_ref(token)),
        secret=None,
        back="/console/admin/tokens",
    )


# --- the audit log -------------------------------------------------------------------------


def parse_audit_filter(query: Any) -> AuditFilter:
    """Read the audit page's filters (actor, action family or code, target, dates)."""
    return AuditFilter(
        actor=(query.get("actor") or "").strip()[:64] or None,
        action=(query.get("action") or "").strip()[:40] or None,
        target=(query.get("target") or "").strip()[:64] or None,
        since=_date(query.get("from")),
        until=_date(query.get("to"), end=True),
    )


async def audit_page(request: web.Request) -> web.StreamResponse:
    """The audit log in words, newest first, filtered (admins of every country only)."""
    _admin(request)
    locale = request[LOCALE]
    page = max(1, _int(request.query.get("page")) or 1)
    flt = parse_audit_filter(request.query)
    async with request.app[CONSOLE].services.sessions() as session:
        entries, total = await list_audit(session, page, AUDIT_PER_PAGE, flt=flt)
        actors = await _audit_actors(session)
    pages = max(1, -(-total // AUDIT_PER_PAGE))
    params = {
        k: v for k, v in request.query.items() if k in ("actor", "action", "target", "from", "to")
    }
    params = {k: v for k, v in params.items() if v}

    def country(code: str) -> str:
        return country_name(code, locale)

    rows = [
        (e, action_label(locale, e.action), describe(locale, e.before, e.after, country))
        for e in entries
    ]
    return render(
        request,
        "audit.html",
        rows=rows,
        total=total,
        page=page,
        pages=pages,
        target=flt.target,
        query=request.query,
        actors=actors,
        families=ACTION_FAMILIES,
        csv_url="/console/audit.csv?" + urlencode(params),
        page_url=lambda n: "/console/audit?" + urlencode({**params, "page": n}),
    )


async def audit_csv(request: web.Request) -> web.StreamResponse:
    """The filtered audit log as CSV (with a byte-order mark for Excel), in words."""
    _admin(request)
    locale = request[LOCALE]
    flt = parse_audit_filter(request.query)

    def country(code: str) -> str:
        return country_name(code, locale)

    async def lines() -> AsyncIterator[str]:
        yield csv_line(["at", "actor", "action", "action_code", "target", "changes"])
        async with request.app[CONSOLE].services.sessions() as session:
            async for e in iter_audit(session, flt, MAX_AUDIT_EXPORT):
                changes = "; ".join(
                    f"{c.label}: {c.before} → {c.after}"
                    if c.before is not None and c.after is not None
                    else f"{c.label}: {c.after if c.after is not None else c.before}"
                    for c in describe(locale, e.before, e.after, country)
                )
                yield csv_line(
                    [
                        e.at.isoformat(),
                        e.actor,
                        action_label(locale, e.action),
                        e.action,
                        e.target or "",
                        changes,
                    ]
                )

    return await _stream(request, lines(), "audit.csv")


async def _stream(
    request: web.Request, lines: AsyncIterator[str], filename: str
) -> web.StreamResponse:
    response = web.StreamResponse(
        headers={
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": f'attachment; filename="{filename}"',
        }
    )
    await response.prepare(request)
    await response.write(BOM)
    async for line in lines:
        await response.write(line.encode())
    await response.write_eof()
    return response


# --- exporting the queue's current filter --------------------------------------------------


async def queue_export(request: web.Request) -> web.StreamResponse:
    """The submissions the queue's filter matches, as CSV or XLSX (moderators and admins).

    ``format=csv`` (``excel=1`` adds the byte-order mark Excel needs) or
    ``format=xlsx``; at most ``MAX_EXPORT_ROWS`` rows. Admins get receipt codes,
    moderators an opaque reference. The export is audited without the search words.
    """
    viewer = request[VIEWER]
    if not viewer.can_act:
        raise Forbidden("moderators and admins only")
    fmt = request.query.get("format", "csv")
    if fmt not in ("csv", "xlsx"):
        return error_page(request, 400, _tr(request, BAD_INPUT))
    flt = parse_filter(request.query)
    if request.query.get("mine") == "1":
        flt = replace(flt, claimed_by=viewer.username, claimed_since=utcnow() - CLAIM_TTL)
    if viewer.country is not None:
        flt = replace(flt, country=viewer.country)
    services = request.app[CONSOLE].services
    key = services.settings.secret_key_bytes()
    first = "receipt" if viewer.is_admin else "ref"
    header = [first, *EXPORT_FIELDS]
    rows: list[list[object]] = []
    async with services.sessions() as session:
        async for item in iter_queue(session, flt, MAX_EXPORT_ROWS):
            ident = item.receipt if viewer.is_admin else _ref(key, item.receipt)
            rows.append(
                [
                    ident,
                    *(
                        cell(
                            item.created_at.isoformat()
                            if name == "created_at"
                            else getattr(item, name)
                        )
                        for name in EXPORT_FIELDS
                    ),
                ]
            )
    async with services.sessions() as session, session.begin():
        await audit(
            session,
            actor=viewer.username,
            action="submission.export",
            after={
                "format": fmt,
                "rows": len(rows),
                "filters": sorted(
                    k for k, v in request.query.items() if v and k not in ("format", "excel")
                ),
            },
        )
    stamp = utcnow().strftime("%Y%m%d-%H%M")
    if fmt == "xlsx":
        return web.Response(
            body=to_xlsx(rows, header, "submissions"),
            content_type=XLSX_TYPE,
            headers={"Content-Disposition": f'attachment; filename="submissions-{stamp}.xlsx"'},
        )
    body = "".join([csv_line(header), *(csv_line(r) for r in rows)]).encode()
    if request.query.get("excel") == "1":
        body = BOM + body
    return web.Response(
        body=body,
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="submissions-{stamp}.csv"'},
    )


def _ref(key: bytes, receipt: str) -> str:
    return hmac.new(key, b"console-export:" + receipt.encode(), hashlib.sha256).hexdigest()[:12]
