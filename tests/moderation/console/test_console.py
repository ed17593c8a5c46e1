"""The moderator console over real HTTP on SQLite and PostgreSQL: sessions, CSRF, roles,
lockout, claims, redaction, audit, queue order and filters, languages."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qsl

from sqlalchemy import String, cast, select, text, update

from core.clock import utcnow
from moderation.console.state import CLAIM_TTL, REDACTED
from moderation.console.views import redact_text
from storage.models import AuditEntry, Base, Submission
from storage.queries.moderation import claim
from storage.queries.submissions import NewSubmission, get_by_receipt
from tests.moderation.console.conftest import Client, LoginAs, csrf_from, log_in, sample
from voices.services import Services

File = Callable[..., Awaitable[list[str]]]


async def _state(services: Services, receipt: str) -> Submission:
    async with services.sessions() as session:
        item = await get_by_receipt(session, receipt)
    assert item is not None
    return item


async def _audit(services: Services, action: str | None = None) -> list[AuditEntry]:
    async with services.sessions() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            query = query.where(AuditEntry.action == action)
        return list((await session.execute(query)).scalars())


async def _post(client: Client, path: str, page: str, **data: Any) -> Any:
    """Post a form the way the browser would: with the CSRF token from ``page``."""
    html = await (await client.get(page)).text()
    return await client.post(path, data={"csrf": csrf_from(html), **data}, allow_redirects=False)


async def test_no_session_redirects_to_login_and_changes_nothing(
    anonymous: Client, file_submissions: File, console_services: Services
) -> None:
    [receipt] = await file_submissions(sample())
    resp = await anonymous.get("/console/?state=all", allow_redirects=False)
    assert resp.status == 303
    assert resp.headers["Location"].startswith("/console/login?next=")
    resp = await anonymous.post(f"/console/s/{receipt}/approve", allow_redirects=False)
    assert resp.status == 303
    assert resp.headers["Location"].startswith("/console/login")
    assert (await _state(console_services, receipt)).state == "pending"
    resp = await anonymous.get("/console/audit", allow_redirects=False)
    assert resp.status == 303


async def test_pages_carry_security_headers_and_strict_cookies(anonymous: Client) -> None:
    resp = await anonymous.get("/console/login")
    assert resp.status == 200
    assert resp.content_type == "text/html"
    csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert resp.headers["X-Frame-Options"] == "DENY"
    assert resp.headers["Referrer-Policy"] == "no-referrer"
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    html = await resp.text()
    assert "<script>" not in html  # no inline script; only the vendored file
    assert 'src="/console/static/console.js' in html
    resp = await log_in(anonymous, "mod1")
    cookie = resp.headers["Set-Cookie"]
    assert "cv_console=" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    assert "Secure" not in cookie  # plain http here; https public URL -> Secure (below)
    js = await anonymous.get("/console/static/console.js")
    assert js.status == 200
    assert "keydown" in await js.text()


async def test_secure_cookie_when_public_url_is_https(
    console_services: Services, aiohttp_client: Any
) -> None:
    from voices.app import create_app

    console_services.settings = console_services.settings.model_copy(
        update={"public_url": "https://voices.example.org"}
    )
    client: Client = await aiohttp_client(create_app(console_services))
    resp = await client.get("/console/login")
    assert "Secure" in resp.headers["Set-Cookie"]


async def test_csrf_token_required_on_every_post(
    login_as: LoginAs, file_submissions: File, console_services: Services
) -> None:
    [receipt] = await file_submissions(sample())
    client = await login_as("mod1")
    for data in ({}, {"csrf": "forged"}):
        resp = await client.post(f"/console/s/{receipt}/approve", data=data)
        assert resp.status == 403
        assert "did not come from this console" in await resp.text()
    resp = await client.post("/console/bulk", data={"action": "approve", "receipt": receipt})
    assert resp.status == 403
    assert (await _state(console_services, receipt)).state == "pending"
    # the login form needs its token too
    other = await login_as("mod2")
    other.session.cookie_jar.clear()
    resp = await other.post("/console/login", data={"username": "mod2", "password": "x" * 20})
    assert resp.status == 403
    # a token from another session is no good either
    stolen = csrf_from(await (await other.get("/console/login")).text())
    resp = await client.post(f"/console/s/{receipt}/approve", data={"csrf": stolen})
    assert resp.status == 403
    assert (await _state(console_services, receipt)).state == "pending"
    assert await _audit(console_services, "submission.approve") == []


async def test_logout_ends_the_session(login_as: LoginAs) -> None:
    client = await login_as("mod1")
    resp = await _post(client, "/console/logout", "/console/")
    assert resp.status == 303
    resp = await client.get("/console/", allow_redirects=False)
    assert resp.status == 303


async def test_reviewer_can_view_but_not_act(
    login_as: LoginAs, file_submissions: File, console_services: Services
) -> None:
    [receipt] = await file_submissions(sample())
    reviewer = await login_as("rev")
    page = await reviewer.get("/console/")
    assert page.status == 200
    html = await page.text()
    assert receipt in html
    assert f"/console/s/{receipt}/approve" not in html  # no action forms shown
    for action, extra in (
        ("approve", {}),
        ("reject", {"reason": "spam"}),
        ("escalate", {}),
        ("claim", {}),
        ("redact", {"span": "papers", "version": "x"}),
        ("classify", {"objective": "5"}),
        ("note", {"body": "hello"}),
    ):
        resp = await _post(reviewer, f"/console/s/{receipt}/{action}", "/console/", **extra)
        assert resp.status == 403, action
    resp = await _post(reviewer, "/console/bulk", "/console/", action="approve", receipt=receipt)
    assert resp.status == 403
    item = await _state(console_services, receipt)
    assert (item.state, item.claimed_by, item.objectives) == ("pending", None, [4])
    assert "[REDACTED]" not in item.text
    # the audit log is for admins only
    assert (await reviewer.get("/console/audit")).status == 403
    assert (await (await login_as("mod1")).get("/console/audit")).status == 403
    assert (await (await login_as("root")).get("/console/audit")).status == 200


async def test_claim_race_has_one_winner_and_blocks_the_other(
    login_as: LoginAs, file_submissions: File, console_services: Services
) -> None:
    [receipt] = await file_submissions(sample())
    one, two = await login_as("mod1"), await login_as("mod2")
    tokens = [csrf_from(await (await c.get("/console/")).text()) for c in (one, two)]
    results = await asyncio.gather(
        *(
            c.post(f"/console/s/{receipt}/claim", data={"csrf": t}, allow_redirects=False)
            for c, t in zip((one, two), tokens, strict=True)
        )
    )
    assert sorted(r.status for r in results) == [303, 409]
    winner, loser = (one, two) if results[0].status == 303 else (two, one)
    holder = (await _state(console_services, receipt)).claimed_by
    assert holder in ("mod1", "mod2")
    # the other moderator sees who holds it and cannot act on it
    page = await (await loser.get("/console/")).text()
    assert f"Claimed by {holder}" in page
    resp = await _post(loser, f"/console/s/{receipt}/approve", "/console/")
    assert resp.status == 409
    assert holder in await resp.text()
    assert (await _state(console_services, receipt)).state == "pending"
    # once the claim expires, the other may act
    async with console_services.sessions() as session, session.begin():
        await session.execute(
            update(Submission)
            .where(Submission.receipt == receipt)
            .values(claimed_at=utcnow() - CLAIM_TTL - timedelta(seconds=1))
        )
    resp = await _post(loser, f"/console/s/{receipt}/approve", "/console/")
    assert resp.status == 303
    item = await _state(console_services, receipt)
    assert (item.state, item.claimed_by) == ("approved", None)
    assert winner is not loser


async def test_claim_query_is_race_safe_under_many_sessions(
    console_services: Services, file_submissions: File
) -> None:
    [receipt] = await file_submissions(sample())
    item = await _state(console_services, receipt)

    async def attempt(name: str) -> bool:
        async with console_services.sessions() as session, session.begin():
            return await claim(session, item.id, name, utcnow(), CLAIM_TTL)

    wins = await asyncio.gather(*(attempt(f"m{i}") for i in range(8)))
    assert sum(wins) == 1
    assert (await _state(console_services, receipt)).claimed_by == f"m{wins.index(True)}"


async def test_redaction_hides_span_everywhere_and_never_unredacts(
    login_as: LoginAs, file_submissions: File, console_services: Services
) -> None:
    secret = "Ward 7 of Hotel Miramare"
    [receipt] = await file_submissions(
        sample(f"They sent us to {secret}. Later {secret} was closed.")
    )
    client = await login_as("mod1")
    page = f"/console/s/{receipt}"
    html = await (await client.get(page)).text()
    version = html.split('name="version" value="')[1].split('"')[0]
    resp = await _post(client, f"{page}/redact", page, span=secret, version=version)
    assert resp.status == 303
    item = await _state(console_services, receipt)
    assert item.text == f"They sent us to {REDACTED}. Later {REDACTED} was closed."
    # the removed words are in no table, the audit log included
    async with console_services.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                rows = await conn.execute(
                    select(table).where(cast(column, String).like(f"%{secret}%"))
                )
                assert rows.first() is None, f"{table.name}.{column.name}"
    entry = (await _audit(console_services, "submission.redact"))[0]
    assert entry.before is not None
    assert entry.after is not None
    assert entry.after["redactions"] == 2
    assert entry.before["length"] > entry.after["length"]
    # a span cutting into a marker widens to the whole marker: nothing comes back
    html = await (await client.get(page)).text()
    version = html.split('name="version" value="')[1].split('"')[0]
    start = item.text.index(REDACTED) + 3
    resp = await _post(
        client,
        f"{page}/redact",
        page,
        span=item.text[start : start + 12],
        start=str(start),
        end=str(start + 12),
        version=version,
    )
    assert resp.status == 303
    after = (await _state(console_services, receipt)).text
    assert secret not in after
    assert after.startswith(f"They sent us to {REDACTED}")
    assert "[REDACT" not in after.replace(REDACTED, "")
    # redacting a marker itself, or with a stale version, changes nothing
    for data in ({"span": REDACTED, "version": version}, {"span": "Later", "version": "old"}):
        resp = await _post(client, f"{page}/redact", page, **data)
        assert resp.status == 409
    assert (await _state(console_services, receipt)).text == after


def test_redact_text_rules() -> None:
    assert redact_text("a b a", "a", None, None) == (f"{REDACTED} b {REDACTED}", 2)
    assert redact_text("a b a", "a", 4, 5) == (f"a b {REDACTED}", 1)
    # offsets that do not match the span fall back to the exact text
    assert redact_text("abc abc", "abc", 1, 3) == (f"{REDACTED} {REDACTED}", 2)
    text = f"x {REDACTED} y"
    out, _ = redact_text(text, "CTED] y", None, None)
    assert out == f"x {REDACTED}"


async def test_actions_are_audited_with_before_and_after(
    login_as: LoginAs, file_submissions: File, console_services: Services
) -> None:
    first, second, third = await file_submissions(sample(), sample(), sample())
    client = await login_as("mod1")
    assert (await _post(client, f"/console/s/{first}/approve", "/console/")).status == 303
    resp = await _post(
        client, f"/console/s/{second}/reject", "/console/", reason="off_topic", detail="ads"
    )
    assert resp.status == 303
    assert (await _post(client, f"/console/s/{third}/escalate", "/console/")).status == 303
    page = f"/console/s/{third}"
    resp = await client.post(
        f"{page}/classify",
        data=[
            ("csrf", csrf_from(await (await client.get(page)).text())),
            ("objective", "15"),
            ("objective", "7"),
            ("theme", "health care"),
        ],
        allow_redirects=False,
    )
    assert resp.status == 303
    assert (await _post(client, f"{page}/note", page, body="Check referral.")).status == 303
    bad = await _post(client, f"{page}/classify", page, objective="24")
    assert bad.status == 400

    entries = {e.action: e for e in await _audit(console_services)}
    assert entries["login.success"].actor == "mod1"
    approve = entries["submission.approve"]
    assert (approve.actor, approve.target) == ("mod1", first)
    assert approve.before == {"state": "pending", "claimed_by": None}
    assert approve.after is not None
    assert approve.after["state"] == "approved"
    reject = entries["submission.reject"]
    assert reject.after is not None
    assert reject.after["reject_reason"] == "off_topic"  # the code, never the free text
    assert entries["submission.escalate"].after == {
        "state": "escalated",
        "reject_reason": None,
        "claimed_by": None,
    }
    assert entries["submission.classify"].before == {"objectives": [4], "theme": None}
    assert entries["submission.classify"].after == {"objectives": [7, 15], "theme": "health care"}
    assert entries["submission.note"].after is not None
    item = await _state(console_services, third)
    assert (item.state, item.objectives, item.theme) == ("escalated", [7, 15], "health care")
    assert (await _state(console_services, second)).reject_reason == "off_topic: ads"
    # the admin sees them in the console, paged
    admin = await login_as("root")
    html = await (await admin.get("/console/audit")).text()
    assert "submission.approve" in html
    assert first in html
    assert "Page 1 of 1" in html


async def test_bulk_approve_skips_items_held_by_others(
    login_as: LoginAs, file_submissions: File, console_services: Services
) -> None:
    receipts = await file_submissions(sample(), sample(), sample())
    other = await login_as("mod2")
    assert (await _post(other, f"/console/s/{receipts[2]}/claim", "/console/")).status == 303
    client = await login_as("mod1")
    html = await (await client.get("/console/")).text()
    resp = await client.post(
        "/console/bulk",
        data=[("csrf", csrf_from(html)), ("action", "approve")]
        + [("receipt", r) for r in receipts],
    )
    assert resp.status == 200
    assert "2 done; 1 skipped" in await resp.text()
    states = [(await _state(console_services, r)).state for r in receipts]
    assert states == ["approved", "approved", "pending"]


async def test_queue_order_filters_and_paging(
    login_as: LoginAs, file_submissions: File, console_services: Services
) -> None:
    old, new, urgent, done, twelve = await file_submissions(
        sample("old one"),
        sample("new one", lang="fr", country="FR"),
        sample("urgent one", urgent=True, flags=["urgent"]),
        sample("approved one", state="approved"),
        sample("twelve", objectives=[12], channel="sms"),
    )
    async with console_services.sessions() as session, session.begin():
        for receipt, age in ((old, 5), (new, 1), (urgent, 0), (done, 9), (twelve, 3)):
            await session.execute(
                update(Submission)
                .where(Submission.receipt == receipt)
                .values(created_at=utcnow() - timedelta(days=age))
            )
    client = await login_as("rev")

    async def shown(query: str = "") -> list[str]:
        html = await (await client.get(f"/console/?{query}")).text()
        found = [(html.find(f'id="row-{r}"'), r) for r in (old, new, urgent, done, twelve)]
        return [r for pos, r in sorted(found) if pos >= 0]

    assert await shown() == [urgent, old, twelve, new]
    assert await shown("state=all") == [urgent, done, old, twelve, new]
    assert await shown("state=approved") == [done]
    assert await shown("lang=fr") == [new]
    assert await shown("country=FR") == [new]
    assert await shown("objective=1") == []
    assert await shown("objective=12") == [twelve]
    assert await shown("flag=urgent") == [urgent]
    assert await shown("channel=sms") == [twelve]
    day = (utcnow() - timedelta(days=2)).strftime("%Y-%m-%d")
    assert await shown(f"from={day}") == [urgent, new]
    assert await shown(f"to={day}") == [old, twelve]
    await file_submissions(*(sample(f"filler {i}") for i in range(30)))
    html = await (await client.get("/console/")).text()
    assert "Page 1 of 2" in html
    assert "page=2" in html
    html = await (await client.get("/console/?page=2")).text()
    assert html.count('class="row') == 34 - 25


async def test_urgent_items_show_their_category_and_cue_first(
    login_as: LoginAs, file_submissions: File, console_services: Services
) -> None:
    story = "We are on a boat, the engine is dead and water is coming in."
    cue = [story.index("engine"), story.index(" and water")]
    calm, boat, asked = await file_submissions(
        sample("The bus is expensive."),
        sample(story, urgent=True, urgent_category="abandonment", urgent_cue=cue),
        sample("", urgent=True, urgent_category="help_now", flags=["urgent"]),
    )
    client = await login_as("mod1")
    queue = await (await client.get("/console/")).text()
    positions = [queue.find(f'id="row-{r}"') for r in (boat, asked, calm)]
    assert -1 not in positions
    assert max(positions[:2]) < positions[2]  # urgent first
    assert "Urgent: Abandoned at sea or in the desert" in queue
    assert "Urgent: Asked for help now" in queue
    assert '<mark class="cue" dir="auto" lang="en">engine is dead</mark>' in queue
    page = await (await client.get(f"/console/s/{boat}")).text()
    assert (
        'We are on a boat, the <mark class="cue">engine is dead</mark> and water is coming in.'
    ) in page
    # In the viewer's language.
    french = await (
        await client.get(f"/console/s/{boat}", headers={"Accept-Language": "fr"})
    ).text()
    assert "Abandon en mer ou dans le désert" in french
    # Redacting the text drops the cue (its offsets no longer hold); the category stays.
    version = page.split('name="version" value="')[1].split('"')[0]
    resp = await _post(
        client, f"/console/s/{boat}/redact", f"/console/s/{boat}", span="boat", version=version
    )
    assert resp.status == 303
    item = await _state(console_services, boat)
    assert (item.urgent_category, item.urgent_cue) == ("abandonment", None)
    page = await (await client.get(f"/console/s/{boat}")).text()
    assert 'class="cue"' not in page


async def test_language_from_accept_language_and_selector(
    anonymous: Client, login_as: LoginAs
) -> None:
    resp = await anonymous.get("/console/login", headers={"Accept-Language": "ar-EG,en;q=0.5"})
    html = await resp.text()
    assert '<html lang="ar" dir="rtl">' in html
    assert "تسجيل الدخول" in html
    resp = await anonymous.get("/console/login", headers={"Accept-Language": "de, es;q=0.8"})
    assert '<html lang="es" dir="ltr">' in await resp.text()
    client = await login_as("mod1")
    resp = await _post(client, "/console/lang", "/console/", lang="fr", next="/console/")
    assert resp.status == 303
    html = await (await client.get("/console/")).text()
    assert '<html lang="fr" dir="ltr">' in html
    assert "File d’attente" in html


async def test_unknown_console_page_is_html_404(login_as: LoginAs) -> None:
    client = await login_as("mod1")
    resp = await client.get("/console/s/NOSUCHCODE")
    assert resp.status == 404
    assert resp.content_type == "text/html"


async def test_withdrawn_submissions_cannot_be_moderated(
    login_as: LoginAs, file_submissions: File, console_services: Services
) -> None:
    [receipt] = await file_submissions(sample("", state="withdrawn"))
    client = await login_as("mod1")
    resp = await _post(client, f"/console/s/{receipt}/approve", "/console/")
    assert resp.status == 409
    assert (await _state(console_services, receipt)).state == "withdrawn"
    async with console_services.engine.connect() as conn:
        assert (await conn.execute(text("SELECT count(*) FROM submissions"))).scalar() == 1


_ = NewSubmission


async def test_redirect_after_an_action_names_each_parameter_once(
    login_as: LoginAs, file_submissions: File
) -> None:
    [receipt] = await file_submissions(sample())
    moderator = await login_as("mod1")
    page = "/console/?cur=3&msg=approved&state=pending&cur=2"
    resp = await _post(moderator, f"/console/s/{receipt}/claim", page, next=page, cur="3")
    assert resp.status == 303
    location = resp.headers["Location"]
    path, _, query = location.partition("?")
    pairs = parse_qsl(query)
    assert path == "/console/"
    assert sorted(k for k, _ in pairs) == ["cur", "msg", "state"]
    assert dict(pairs)["cur"] == "3"
    assert dict(pairs)["state"] == "pending"


async def test_moderators_words_are_anonymised_before_they_are_stored(
    login_as: LoginAs,
    file_submissions: Callable[..., Awaitable[list[str]]],
    console_services: Services,
) -> None:
    first, second = await file_submissions(sample(), sample())
    client = await login_as("mod1")
    for receipt in (first, second):
        page = f"/console/s/{receipt}"
        assert (await _post(client, f"{page}/claim", page)).status == 303
    page = f"/console/s/{first}"
    note = "Called Daniel Mensah back on +233 244 555 666 about the papers."
    assert (await _post(client, f"{page}/note", page, body=note)).status == 303
    page = f"/console/s/{second}"
    detail = "Spam from Daniel Mensah, call +233 244 555 666"
    resp = await _post(client, f"{page}/reject", page, reason="off_topic", detail=detail)
    assert resp.status == 303
    reason = (await _state(console_services, second)).reject_reason
    async with console_services.sessions() as session:
        notes = list((await session.execute(text("SELECT body FROM moderation_notes"))).scalars())
        audit_rows = [
            repr((e.before, e.after)) for e in (await session.execute(select(AuditEntry))).scalars()
        ]
    stored = [*notes, reason or "", *audit_rows]
    assert notes
    assert reason is not None
    assert reason.startswith("off_topic: ")
    for words in ("Mensah", "244 555", "555 666"):
        assert not any(words in s for s in stored), words


async def test_codes_are_shown_as_words_in_the_moderators_language(
    login_as: LoginAs, file_submissions: File
) -> None:
    [receipt] = await file_submissions(
        sample("Spam spam spam.", channel="web", flags=["spam", "link_only"], trend="worse")
    )
    client = await login_as("mod1")
    french = {"Accept-Language": "fr"}
    queue = await (await client.get("/console/?state=all", headers=french)).text()
    page = await (await client.get(f"/console/s/{receipt}", headers=french)).text()
    for html in (queue, page):
        assert '<span class="badge flag">Indésirable</span>' in html
        assert '<span class="badge flag">Liens seulement</span>' in html
        assert '<span class="badge flag">link_only</span>' not in html
    assert '<span class="muted">formulaire web</span>' in queue
    assert "<dd>formulaire web</dd>" in page
    assert "<dd>Pire</dd>" in page


async def test_the_country_filter_follows_the_readers_alphabet(
    login_as: LoginAs, file_submissions: File
) -> None:
    # By code: AE, CI, CZ, HR; by English name: Côte d'Ivoire, Croatia, Czechia, UAE.
    await file_submissions(*(sample(country=code) for code in ("CZ", "AE", "HR", "CI")))
    client = await login_as("mod1")
    queue = await (await client.get("/console/?state=all")).text()
    block = queue.split('name="country"', 1)[1].split("</select>", 1)[0]
    codes = re.findall(r'<option value="([A-Z]{2})"', block)
    assert codes == ["CI", "HR", "CZ", "AE"]
