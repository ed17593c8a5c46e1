"""The console's Broadcasts page: admins only, audience size and preview, send, counters."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from sqlalchemy import select

from core.messages import Address, ChannelKind
from storage.models import Broadcast, Contact, OutboxMessage
from tests.moderation.console.conftest import LoginAs, csrf_from, sample
from voices.services import Services


async def test_admin_previews_the_audience_and_sends(
    login_as: LoginAs,
    console_services: Services,
    file_submissions: Callable[..., Awaitable[list[str]]],
) -> None:
    services = console_services
    people = [("a" * 64, "fr", True), ("b" * 64, "en", True), ("c" * 64, "en", False)]
    for n, (pseudonym, locale, opted_in) in enumerate(people):
        await file_submissions(sample(pseudonym=pseudonym, country="IT"))
        async with services.sessions() as session, session.begin():
            session.add(
                Contact(
                    pseudonym=pseudonym,
                    channel="telegram",
                    locale=locale,
                    report_opt_in=opted_in,
                    address_enc=services.addresses.encrypt(
                        Address(ChannelKind.TELEGRAM, str(700 + n))
                    ),
                )
            )

    moderator = await login_as("mod1")
    assert (await moderator.get("/console/broadcasts")).status == 403

    admin = await login_as("root")
    page = await admin.get("/console/broadcasts")
    assert page.status == 200
    token = csrf_from(await page.text())
    form = {
        "csrf": token,
        "country": "it",
        "lang": "",
        "objective": "",
        "text_en": "The review of Italy starts in May.",
        "text_fr": "La revue de l’Italie commence en mai.",
    }
    shown = await admin.post("/console/broadcasts/preview", data=form)
    html = await shown.text()
    assert shown.status == 200
    assert "People in this audience: 2" in html  # the one who declined is not counted
    assert "La revue de l’Italie commence en mai." in html
    assert "700" not in html  # no address on the page

    bad = await admin.post("/console/broadcasts/preview", data={**form, "text_en": ""})
    assert bad.status == 400

    sent = await admin.post("/console/broadcasts/send", data=form)
    assert sent.status == 200
    assert "Broadcast 1: 2 queued, 0 skipped." in await sent.text()
    async with services.sessions() as session:
        rows = list((await session.execute(select(OutboxMessage))).scalars())
        broadcast = await session.get(Broadcast, 1)
    assert sorted(r.payload["lang"] for r in rows) == ["en", "fr"]
    assert all(r.address_enc for r in rows)
    assert broadcast is not None
    assert broadcast.queued == 2
