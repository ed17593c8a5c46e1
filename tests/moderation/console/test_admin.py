"""The console's search, counts, "my claims", exports, audit log in words, and the admin pages
for users and API tokens, over real HTTP on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Awaitable, Callable
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select

from storage.credentials import hash_password
from storage.models import AuditEntry
from storage.queries.accounts import add_user
from tests.moderation.console.conftest import PASSWORD, Client, LoginAs, csrf_from, log_in, sample
from voices.services import Services

File = Callable[..., Awaitable[list[str]]]
BOM = b"\xef\xbb\xbf"


async def _post(client: Client, path: str, page: str, **data: Any) -> Any:
    html = await (await client.get(page)).text()
    return await client.post(path, data={"csrf": csrf_from(html), **data}, allow_redirects=False)


def _receipts(html: str) -> set[str]:
    return set(re.findall(r'class="receipt" data-open href="/console/s/([^?"]+)', html))


async def _audit(services: Services) -> list[AuditEntry]:
    async with services.sessions() as session:
        return list((await session.execute(select(AuditEntry).order_by(AuditEntry.id))).scalars())


async def test_search_counts_and_my_claims(login_as: LoginAs, file_submissions: File) -> None:
    papers = await file_submissions(
        *[sample(f"The office kept my papers, case {i}.", urgent=i == 0) for i in range(27)]
    )
    [arabic] = await file_submissions(sample("المدرسة رفضت تسجيل ابنتي.", lang="ar", country="LB"))
    [approved] = await file_submissions(sample("Approved papers story.", state="approved"))
    mod = await login_as("mod1")

    html = await (await mod.get("/console/", params={"q": "رفضت"})).text()
    assert _receipts(html) == {arabic}
    html = await (await mod.get("/console/", params={"q": "PAPERS"})).text()
    # 27 pending match; one page shows 25, the counts cover all of them.
    assert "(27 submissions)" in html
    assert len(_receipts(html)) == 25
    counts = html[html.index('class="counts"') :]
    assert re.search(r"Pending</a> <b>27</b>", counts)
    assert re.search(r"Approved</a> <b>1</b>", counts)  # other states, same search
    assert re.search(r"English</a> <b>27</b>", counts)
    assert "Urgent <b>1</b>" in counts
    assert "Not urgent <b>26</b>" in counts
    html = await (await mod.get("/console/", params={"q": "papers", "state": "approved"})).text()
    assert approved in html

    resp = await _post(mod, f"/console/s/{papers[3]}/claim", f"/console/s/{papers[3]}")
    assert resp.status == 303
    html = await (await mod.get("/console/", params={"mine": "1"})).text()
    assert "<h1>My claims" in html
    assert _receipts(html) == {papers[3]}
    other = await login_as("mod2")
    assert _receipts(await (await other.get("/console/?mine=1")).text()) == set()


async def test_export_of_the_current_filter(
    login_as: LoginAs, file_submissions: File, console_services: Services
) -> None:
    receipts = await file_submissions(
        sample("Мені відмовили в пенсії.", lang="uk"),
        sample("=HYPERLINK(1) papers", lang="en"),
        sample("Another text entirely.", lang="en"),
    )
    mod = await login_as("mod1")
    resp = await mod.get(
        "/console/export", params={"q": "відмовили", "format": "csv", "excel": "1"}
    )
    assert resp.status == 200
    body = await resp.read()
    assert body.startswith(BOM)
    rows = list(csv.reader(io.StringIO(body[len(BOM) :].decode())))
    assert rows[0][0] == "ref"  # moderators never get receipt codes
    assert len(rows) == 2
    assert rows[1][rows[0].index("text")] == "Мені відмовили в пенсії."
    assert not set(receipts) & set(body.decode("utf-8-sig").split(","))

    plain = await (await mod.get("/console/export", params={"format": "csv", "lang": "en"})).read()
    assert not plain.startswith(BOM)
    assert "'=HYPERLINK" in plain.decode()  # formulas are defused

    admin = await login_as("root")
    resp = await admin.get("/console/export", params={"format": "xlsx", "q": "papers"})
    assert resp.status == 200
    values = list(load_workbook(io.BytesIO(await resp.read())).active.iter_rows(values_only=True))
    assert values[0][0] == "receipt"
    assert [v[0] for v in values[1:]] == [receipts[1]]
    assert values[1][values[0].index("text")] == "=HYPERLINK(1) papers"

    reviewer = await login_as("rev")
    assert (await reviewer.get("/console/export?format=csv")).status == 403
    assert (await mod.get("/console/export?format=pdf")).status == 400

    exports = [e for e in await _audit(console_services) if e.action == "submission.export"]
    assert len(exports) == 3
    # The search words stay out of the audit log; only which filters were used.
    assert all("відмовили" not in str(e.after) and "papers" not in str(e.after) for e in exports)
    assert exports[0].after == {"format": "csv", "rows": 1, "filters": ["q"]}


async def test_admin_disables_and_resets_users(
    login_as: LoginAs, anonymous: Client, console_services: Services
) -> None:
    mod = await login_as("mod1")
    assert (await mod.get("/console/", allow_redirects=False)).status == 200
    admin = await login_as("root")
    assert (await mod.get("/console/admin/users")).status == 403

    page = "/console/admin/users"
    html = await (await admin.get(page)).text()
    assert "mod1" in html
    assert "/console/admin/users/root/disable" not in html  # not oneself
    resp = await _post(admin, "/console/admin/users/mod1/disable", page)
    assert resp.status == 200
    assert "disabled" in await resp.text()
    # The moderator's session ended at once, and logging in again fails.
    resp = await mod.get("/console/", allow_redirects=False)
    assert resp.status == 303
    assert resp.headers["Location"].startswith("/console/login")
    assert (await log_in(anonymous, "mod1")).status == 401
    resp = await _post(admin, "/console/admin/users/root/disable", page)
    assert resp.status == 400

    await _post(admin, "/console/admin/users/mod1/enable", page)
    resp = await _post(admin, "/console/admin/users/mod2/reset-password", page)
    match = re.search(r'<code class="secret" dir="ltr">([^<]+)</code>', await resp.text())
    assert match
    fresh = await login_as("mod1")  # enabled again
    assert (await fresh.get("/console/", allow_redirects=False)).status == 200
    assert (await log_in(anonymous, "mod2")).status == 401  # the old password is gone
    assert (await log_in(anonymous, "mod2", match.group(1))).status == 303
    assert (await _post(admin, "/console/admin/users/nobody/enable", page)).status == 404

    entries = await _audit(console_services)
    actions = [(e.actor, e.action, e.target) for e in entries]
    for expected in (
        ("root", "user.disable", "mod1"),
        ("root", "user.enable", "mod1"),
        ("root", "user.reset_password", "mod2"),
        ("mod1", "login.failure", "mod1"),
    ):
        assert expected in actions
    assert not any(match.group(1) in str(e.after) for e in entries)


async def test_admin_makes_and_revokes_tokens(
    login_as: LoginAs, anonymous: Client, console_services: Services
) -> None:
    admin = await login_as("root")
    page = "/console/admin/tokens"
    resp = await _post(admin, page, page, role="reviewer", country="it", label="Ombuds", days="30")
    assert resp.status == 200
    token = re.search(r'<code class="secret" dir="ltr">(cv_[^<]+)</code>', await resp.text())
    assert token
    bearer = {"Authorization": f"Bearer {token.group(1)}"}
    assert (await anonymous.get("/api/v1/aggregates", headers=bearer)).status == 200
    html = await (await admin.get(page)).text()
    assert token.group(1) not in html
    number = re.search(r"/console/admin/tokens/(\d+)/revoke", html)
    assert number
    assert (await _post(admin, page, page, role="reviewer", country="XX")).status == 400
    assert (await _post(admin, page, page, role="moderator")).status == 400
    resp = await _post(admin, f"/console/admin/tokens/{number.group(1)}/revoke", page)
    assert resp.status == 200
    assert (await anonymous.get("/api/v1/aggregates", headers=bearer)).status == 401
    assert ">Revoked<" in await (await admin.get(page)).text()
    mod = await login_as("mod1")
    assert (await _post(mod, page, "/console/", role="reviewer")).status == 403


async def test_audit_log_in_words_with_filters_and_csv(
    login_as: LoginAs, file_submissions: File
) -> None:
    [receipt] = await file_submissions(sample())
    mod = await login_as("mod1")
    await _post(mod, f"/console/s/{receipt}/approve", f"/console/s/{receipt}")
    admin = await login_as("root")
    html = await (await admin.get("/console/audit", params={"actor": "mod1"})).text()
    assert "Approved a submission" in html
    assert re.search(r"State: <span>Pending</span> .*<span>Approved</span>", html)
    assert "submission.approve</td>" not in html
    assert '{"state"' not in html
    assert "Logged in" in html
    assert "Claimed by: nobody" in html or "Claimed by: <span>nobody" in html
    html = await (await admin.get("/console/audit", params={"action": "login"})).text()
    assert "Approved a submission" not in html
    assert "Logged in" in html
    html = await (
        await admin.get("/console/audit", params={"from": "2000-01-01", "to": "2000-01-02"})
    ).text()
    assert "(0 entries)" in html

    resp = await admin.get("/console/audit.csv", params={"actor": "mod1", "action": "submission"})
    assert resp.status == 200
    body = await resp.read()
    assert body.startswith(BOM)
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == ["at", "actor", "action", "action_code", "target", "changes"]
    assert [r[3] for r in rows[1:]] == ["submission.approve"]
    assert rows[1][2] == "Approved a submission"
    assert "State: Pending → Approved" in rows[1][5]
    assert (await mod.get("/console/audit.csv")).status == 403


async def test_a_country_scoped_moderator_exports_only_their_country(
    login_as: LoginAs, file_submissions: File, console_services: Services
) -> None:
    async with console_services.sessions() as session, session.begin():
        await add_user(session, "lb-mod", hash_password(PASSWORD), "moderator", country="LB")
    await file_submissions(sample("papers in Italy"), sample("papers in Lebanon", country="LB"))
    scoped = await login_as("lb-mod")
    body = await (
        await scoped.get("/console/export", params={"format": "csv", "country": "IT"})
    ).text()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [(r["country"], r["text"]) for r in rows] == [("LB", "papers in Lebanon")]
    html = await (await scoped.get("/console/", params={"q": "papers", "state": "all"})).text()
    assert "papers in Italy" not in html
    assert "(1 submission)" in html
