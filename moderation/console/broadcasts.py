"""The console's *Broadcasts* page (admins): compose, see the audience, preview, send.

An admin writes a text per language (English required: it is the fallback), picks
the audience by country, language and GCM objective, and sees how many people it
holds per language before sending. The preview shows exactly what each language's
readers will get. Sent broadcasts are listed with their delivery counters only:
nobody sees who received what. A country-scoped admin can write only to their
country.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from core.errors import Forbidden, PayloadRejected
from i18n.translator import N_, SUPPORTED
from intake import broadcasts
from moderation.console.auth import redirect
from moderation.console.pages import render
from moderation.console.state import CONSOLE, VIEWER, Viewer
from storage.queries.broadcasts import list_broadcasts

QUEUED = N_("Broadcast {id}: {queued} queued, {skipped} skipped.")


def _admin(request: web.Request) -> Viewer:
    viewer: Viewer = request[VIEWER]
    if not viewer.is_admin:
        raise Forbidden("admins only")
    return viewer


def _int(value: object) -> int | None:
    text = str(value or "").strip()
    return int(text) if text.isdigit() else None


def _compose(form: Any, viewer: Viewer) -> tuple[broadcasts.Audience, dict[str, str], Any]:
    """Read and check the form: the audience, the texts and the optional question."""
    country = viewer.country or str(form.get("country") or "").strip() or None
    if country is None:
        raise PayloadRejected("choose a country", code="bad_country")
    audience = broadcasts.parse_audience(
        country, str(form.get("lang") or "") or None, _int(form.get("objective"))
    )
    texts = broadcasts.parse_texts(
        {code: form.get(f"text_{code}") for code in SUPPORTED if form.get(f"text_{code}")}
    )
    question = str(form.get("question") or "").strip()
    options = [line.strip() for line in str(form.get("options") or "").splitlines() if line.strip()]
    poll = (
        broadcasts.parse_poll(
            {"question": {"en": question}, "options": [{"en": o} for o in options]}
        )
        if question
        else None
    )
    return audience, texts, poll


async def page(request: web.Request) -> web.StreamResponse:
    """The form and the broadcasts sent so far, with their counters."""
    viewer = _admin(request)
    async with request.app[CONSOLE].services.sessions() as session:
        sent = await list_broadcasts(session)
    return render(
        request,
        "broadcasts.html",
        sent=[b for b in sent if viewer.country is None or b.country == viewer.country],
        languages=SUPPORTED,
        form={},
        preview=None,
        flash=request.query.get("done"),
    )


async def preview(request: web.Request) -> web.StreamResponse:
    """The audience's size per language and each language's text, before sending."""
    viewer = _admin(request)
    form = await request.post()
    audience, texts, poll = _compose(form, viewer)
    services = request.app[CONSOLE].services
    async with services.sessions() as session:
        sizes = await broadcasts.audience_sizes(session, audience, services.settings.default_locale)
    shown = [
        (code, count, texts.get(code) or texts["en"], code in texts)
        for code, count in sorted(sizes.items())
    ]
    return render(
        request,
        "broadcasts.html",
        sent=[],
        languages=SUPPORTED,
        form=form,
        preview={"people": sum(sizes.values()), "languages": shown, "poll": poll},
        flash=None,
    )


async def send(request: web.Request) -> web.StreamResponse:
    """Queue the broadcast and go back to the list with its figures."""
    viewer = _admin(request)
    form = await request.post()
    audience, texts, poll = _compose(form, viewer)
    services = request.app[CONSOLE].services
    rules = broadcasts.rules_from(services.settings, _int(form.get("sms_cap")))
    async with services.sessions() as session, session.begin():
        done = await broadcasts.send(
            session,
            audience=audience,
            texts=texts,
            rules=rules,
            actor=viewer.username,
            poll=poll,
        )
    return redirect(f"/console/broadcasts?done={done.broadcast_id}")
