"""The review API over HTTP on SQLite and PostgreSQL: auth, scope, aggregates, quotes, exports."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import hxl
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from openpyxl import load_workbook
from sqlalchemy import select, update

from core.messages import Address, ChannelKind
from review.openapi import document
from storage.models import AuditEntry, Broadcast, Contact, OutboxMessage, Submission
from tests.review.conftest import Spec, auth, seed, token
from voices.services import Services

ClientFactory = Any


def _routes() -> list[tuple[str, str]]:
    routes = []
    for path, ops in document()["paths"].items():
        for method, op in ops.items():
            if op.get("security") == []:
                continue
            routes.append((method.upper(), path.replace("{country}", "IT").replace("{id}", "1")))
    return routes


ROUTES = _routes()


async def _client(aiohttp_client: ClientFactory, app: web.Application) -> TestClient[Any, Any]:
    client: TestClient[Any, Any] = await aiohttp_client(app)
    return client


@pytest.mark.parametrize(("method", "path"), ROUTES)
async def test_every_route_refuses_missing_and_invalid_tokens(
    aiohttp_client: ClientFactory, app: web.Application, method: str, path: str
) -> None:
    client = await _client(aiohttp_client, app)
    for headers in ({}, auth("not-a-token"), {"Authorization": "Basic abc"}):
        response = await client.request(method, path, headers=headers)
        assert response.status == 401
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        body = await response.json()
        assert body["error"]["code"] in ("missing_token", "invalid_token")


@pytest.mark.parametrize(("method", "path"), ROUTES)
async def test_every_route_refuses_another_country(
    aiohttp_client: ClientFactory, app: web.Application, services: Services, method: str, path: str
) -> None:
    client = await _client(aiohttp_client, app)
    scoped = await token(services, "admin", country="DE")
    # Ask for IT explicitly: in the path for publication, as a parameter elsewhere;
    # a follow-up question belongs to the country it was sent to.
    params = {} if "/reports/" in path or "/polls/" in path else {"country": "IT"}
    if "/polls/" in path:
        async with services.sessions() as session, session.begin():
            session.add(
                Broadcast(
                    created_by="admin",
                    country="IT",
                    texts={"en": "A question."},
                    poll={"question": {"en": "Q?"}, "options": [{"en": "A"}, {"en": "B"}]},
                )
            )
    response = await client.request(method, path, headers=auth(scoped), params=params)
    assert response.status == 403
    assert (await response.json())["error"]["code"] == "out_of_scope"


async def test_moderator_tokens_and_reviewers_publishing_are_forbidden(
    aiohttp_client: ClientFactory, app: web.Application, services: Services
) -> None:
    client = await _client(aiohttp_client, app)
    moderator = await token(services, "moderator")
    response = await client.get("/api/v1/aggregates", headers=auth(moderator))
    assert response.status == 403
    reviewer = await token(services, "reviewer")
    response = await client.post("/api/v1/reports/IT/published", headers=auth(reviewer))
    assert response.status == 403
    assert (await response.json())["error"]["code"] == "admin_only"


async def test_openapi_is_public_and_lists_the_bearer_scheme(
    aiohttp_client: ClientFactory, app: web.Application
) -> None:
    client = await _client(aiohttp_client, app)
    response = await client.get("/api/v1/openapi.json")
    assert response.status == 200
    doc = await response.json()
    assert doc["openapi"].startswith("3.1")
    assert doc["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"


async def _seed_two_countries(services: Services) -> None:
    await seed(
        services,
        [
            Spec(12, "IT", [15], month="2026-01"),
            Spec(2, "IT", [13], month="2026-01"),
            Spec(9, "IT", [15, 13], lang="ar", month="2026-01"),
            Spec(8, "DE", [15], lang="fr", month="2026-01"),
            Spec(6, "DE", [6], month="2026-01"),
            Spec(30, "FR", [15], state="pending"),
        ],
    )


async def test_aggregates_count_only_approved_and_suppress(
    aiohttp_client: ClientFactory, app: web.Application, services: Services
) -> None:
    await _seed_two_countries(services)
    client = await _client(aiohttp_client, app)
    reviewer = await token(services)
    response = await client.get(
        "/api/v1/aggregates", params={"group_by": "country"}, headers=auth(reviewer)
    )
    assert response.status == 200
    body = await response.json()
    assert body["k"] == 10
    assert body["rounding"] == 10
    counts = {c["country"]: c["count"] for c in body["cells"]}
    # 14 and 23 people, rounded to the nearest ten; FR is pending: not counted.
    assert counts == {"DE": 10, "IT": 20}
    assert body["totals"] == {
        "people": 40,  # 37, rounded
        "published_cells": 2,
        "withheld": None,
        "complete": True,
    }

    # k=5 cannot lower the configured threshold of 10; withheld cells are not listed.
    response = await client.get(
        "/api/v1/aggregates",
        params={"group_by": "country,objective", "k": "5"},
        headers=auth(reviewer),
    )
    body = await response.json()
    assert body["k"] == 10
    cells = {(c["country"], c["objective"]): c["count"] for c in body["cells"]}
    # 2 + 9 people when shown (a person counts once in each objective they raised).
    assert cells.get(("IT", 13), 10) == 10
    assert ("DE", 6) not in cells
    assert ("DE", 15) not in cells
    assert all(v >= 10 for v in cells.values())
    assert body["totals"]["complete"] is False

    response = await client.get(
        "/api/v1/aggregates", params={"group_by": "country,month"}, headers=auth(reviewer)
    )
    body = await response.json()
    assert body["k"] == 10  # one k for every table, with or without a period
    assert body["cells"]
    assert all(cell["count"] >= 10 for cell in body["cells"])

    response = await client.get(
        "/api/v1/aggregates", params={"group_by": "country", "k": "2"}, headers=auth(reviewer)
    )
    assert response.status == 400
    assert (await response.json())["error"]["code"] == "bad_k"


async def test_scoped_token_sees_only_its_country(
    aiohttp_client: ClientFactory, app: web.Application, services: Services
) -> None:
    await _seed_two_countries(services)
    client = await _client(aiohttp_client, app)
    italy = await token(services, country="IT")
    response = await client.get(
        "/api/v1/aggregates", params={"group_by": "country"}, headers=auth(italy)
    )
    body = await response.json()
    assert body["cells"] == [{"country": "IT", "count": 20}]  # 23 people, rounded
    assert body["filters"] == {"country": "IT"}
    response = await client.get("/api/v1/quotes", headers=auth(italy))
    assert {q["country"] for q in (await response.json())["quotes"]} == {"IT"}
    response = await client.get("/api/v1/export", params={"format": "json"}, headers=auth(italy))
    assert {r["country"] for r in (await response.json())["records"]} == {"IT"}


async def test_differencing_with_shifted_dates_and_shorter_ranges(
    aiohttp_client: ClientFactory, app: web.Application, services: Services
) -> None:
    """Attack 1: from=Jan 1 vs Jan 2. Attack 2: Jan-Mar minus Jan-Feb = one March person."""
    await seed(
        services,
        [
            Spec(6, month="2026-01"),
            Spec(1, month="2026-01", lang="fr"),
            Spec(7, month="2026-02"),
            Spec(1, month="2026-03"),
        ],
    )
    client = await _client(aiohttp_client, app)
    reviewer = await token(services)

    async def it_count(**params: str) -> int | None:
        response = await client.get(
            "/api/v1/aggregates", params={"group_by": "country", **params}, headers=auth(reviewer)
        )
        assert response.status == 200
        cells = (await response.json())["cells"]
        return cells[0]["count"] if cells else 0

    jan1 = await it_count(**{"from": "2026-01-01", "to": "2026-03-31"})
    jan2 = await it_count(**{"from": "2026-01-02", "to": "2026-03-31"})
    assert jan1 == jan2  # snapped to whole months: the same query

    published = {}
    for start in ("2026-01-01", "2026-02-01", "2026-03-01"):
        for end in ("2026-01-31", "2026-02-28", "2026-03-31"):
            if start <= end:
                published[(start, end)] = await it_count(**{"from": start, "to": end})
    published[("open", "open")] = await it_count()
    values = [v for v in published.values() if v is not None]
    # No two published counts (nested or not) differ by 1..k-1.
    for a in values:
        for b in values:
            assert not 0 < a - b < 5, published
    # And the lang filter cannot peel off the single French-language submission.
    english = await it_count(lang="en")
    everyone = await it_count()
    assert english is None or everyone is None or not 0 < everyone - english < 10


async def test_quotes_pagination_is_stable_and_complete(
    aiohttp_client: ClientFactory, app: web.Application, services: Services
) -> None:
    receipts = await seed(
        services,
        [
            Spec(12, "IT", [15]),
            Spec(10, "IT", [13], lang="ar"),
            Spec(6, "DE", [6]),
            Spec(6, "DE", [7]),
            Spec(3, "IT", [15], state="pending"),
        ],
    )
    client = await _client(aiohttp_client, app)
    reviewer = await token(services)
    seen: list[dict[str, Any]] = []
    cursor = None
    pages = 0
    while True:
        params = {"country": "IT", "limit": "8"}
        if cursor:
            params["cursor"] = cursor
        response = await client.get("/api/v1/quotes", params=params, headers=auth(reviewer))
        assert response.status == 200
        body = await response.json()
        seen.extend(body["quotes"])
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
        assert "=" not in cursor
        assert not cursor.isdigit()
    assert pages == 3
    assert len(seen) == 22  # approved IT only
    assert len({q["ref"] for q in seen}) == 22
    for quote in seen:
        assert set(quote) == {"ref", "country", "period", "objectives", "lang", "text"}
        assert quote["period"] == "2026-Q1"  # a quarter, never the month
        assert quote["ref"] not in receipts
    # Every cell a quote shows is published: (IT, 13, ar) has 10 people, (IT, 15, en) 12.
    assert {(tuple(q["objectives"]), q["lang"]) for q in seen} == {((15,), "en"), ((13,), "ar")}
    # Same request again: same order.
    again = await client.get(
        "/api/v1/quotes", params={"country": "IT", "limit": "8"}, headers=auth(reviewer)
    )
    assert [q["ref"] for q in (await again.json())["quotes"]] == [q["ref"] for q in seen[:8]]
    # Objective filter.
    response = await client.get(
        "/api/v1/quotes", params={"objective": "13"}, headers=auth(reviewer)
    )
    assert {tuple(q["objectives"]) for q in (await response.json())["quotes"]} == {(13,)}
    bad = await client.get("/api/v1/quotes", params={"cursor": "!!"}, headers=auth(reviewer))
    assert bad.status == 400
    # DE's objectives 6 and 7 have six people each, withheld at k=10: no DE quote shows one.
    response = await client.get(
        "/api/v1/quotes", params={"country": "DE", "limit": "200"}, headers=auth(reviewer)
    )
    assert {tuple(q["objectives"]) for q in (await response.json())["quotes"]} == {()}


async def test_quotes_never_reveal_a_withheld_cell_and_respect_do_not_quote(
    aiohttp_client: ClientFactory, app: web.Application, services: Services
) -> None:
    receipts = await seed(
        services,
        [
            Spec(12, "IT", [15]),
            Spec(12, "DE", [15]),
            Spec(9, "FR", [15]),
            Spec(1, "MT", [15]),
            Spec(1, "GR", [15], lang="el"),
        ],
    )
    async with services.sessions() as session, session.begin():
        await session.execute(
            update(Submission).where(Submission.receipt == receipts[0]).values(quotable=False)
        )
    client = await _client(aiohttp_client, app)
    reviewer = await token(services)
    response = await client.get("/api/v1/quotes", params={"limit": "200"}, headers=auth(reviewer))
    quotes = (await response.json())["quotes"]
    # MT and GR (one person each) are withheld, and FR with them so that the remainder
    # is not one of them: none of their texts is served. The submission marked "count,
    # do not quote" is counted but never quoted.
    assert {q["country"] for q in quotes} == {"IT", "DE"}
    assert len(quotes) == 23
    counted = await client.get(
        "/api/v1/aggregates", params={"group_by": "country"}, headers=auth(reviewer)
    )
    assert (await counted.json())["totals"]["people"] == 40  # 35 people, rounded


async def test_export_formats_round_trip(
    aiohttp_client: ClientFactory, app: web.Application, services: Services, tmp_path: Path
) -> None:
    await seed(
        services,
        [Spec(6, "IT", [15, 13]), Spec(3, "IT", [8], lang="ar"), Spec(1, "IT", [5], lang="am")],
    )
    client = await _client(aiohttp_client, app)
    reviewer = await token(services)

    response = await client.get("/api/v1/export", params={"format": "csv"}, headers=auth(reviewer))
    assert response.status == 200
    assert response.content_type == "text/csv"
    text = await response.text()
    lines = text.splitlines()
    assert lines[1].startswith("#meta+id,#country+code,#date+period")
    path = tmp_path / "export.csv"
    path.write_bytes(await response.read())
    with path.open("rb") as fh:
        data = hxl.data(fh, hxl.InputOptions(allow_local=True, encoding="utf-8"))
        tags = [column.display_tag for column in data.columns]
        rows = list(data)
    assert "#country+code" in tags
    assert "#description+text" in tags
    assert len(rows) == 10
    assert {r.get("#country+code") for r in rows} == {"IT"}
    # Ten people: every country x objective or x language cell is below k=10, so no
    # quote shows an objective or a language (the text is all they carry).
    assert {r.get("#language+code") or None for r in rows} == {None}
    assert {r.get("#sector+objective") or None for r in rows} == {None}
    assert sum("المدرسة" in (r.get("#description") or "") for r in rows) == 3
    plain = await response.read()
    assert not plain.startswith(b"\xef\xbb\xbf")

    # excel=1: the same bytes after a UTF-8 byte-order mark, which Excel needs to
    # read Arabic and Ethiopic text from a double-clicked CSV.
    response = await client.get(
        "/api/v1/export", params={"format": "csv", "excel": "1"}, headers=auth(reviewer)
    )
    assert response.status == 200
    assert await response.read() == b"\xef\xbb\xbf" + plain
    response = await client.get(
        "/api/v1/export", params={"format": "csv", "excel": "yes"}, headers=auth(reviewer)
    )
    assert response.status == 400

    response = await client.get("/api/v1/export", params={"format": "xlsx"}, headers=auth(reviewer))
    assert response.status == 200
    book = load_workbook(io.BytesIO(await response.read()))
    sheet = book.active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("ref", "country", "period")
    assert len(values) == 11

    response = await client.get("/api/v1/export", params={"format": "json"}, headers=auth(reviewer))
    records = (await response.json())["records"]
    assert len(records) == 10
    assert "receipt" not in records[0]
    assert "pseudonym" not in records[0]

    response = await client.get("/api/v1/export", params={"format": "pdf"}, headers=auth(reviewer))
    assert response.status == 400


async def test_publication_queues_localized_messages_once(
    aiohttp_client: ClientFactory, app: web.Application, services: Services
) -> None:
    await seed(services, [Spec(3, "IT"), Spec(2, "DE")])

    def sealed(channel: ChannelKind, value: str) -> bytes:
        return services.addresses.encrypt(Address(channel, value))

    async with services.sessions() as session, session.begin():
        # pseudo-0-* wrote about IT, pseudo-1-* about DE (see conftest.seed).
        session.add_all(
            [
                Contact(
                    pseudonym="pseudo-0-0",
                    channel="telegram",
                    locale="fr",
                    report_opt_in=True,
                    address_enc=sealed(ChannelKind.TELEGRAM, "5001"),
                ),
                Contact(
                    pseudonym="pseudo-0-1",
                    channel="sms",
                    locale="en",
                    report_opt_in=False,
                    address_enc=sealed(ChannelKind.SMS, "+393330000001"),
                ),
                Contact(
                    pseudonym="pseudo-0-2",
                    channel="whatsapp",
                    locale="ar",
                    report_opt_in=True,
                    address_enc=sealed(ChannelKind.WHATSAPP, "393330000002"),
                ),
                Contact(
                    pseudonym="pseudo-1-0",
                    channel="telegram",
                    locale="en",
                    report_opt_in=True,
                    address_enc=sealed(ChannelKind.TELEGRAM, "5003"),
                ),
            ]
        )
    client = await _client(aiohttp_client, app)
    admin = await token(services, "admin")
    params = {"from": "2026-01-01", "to": "2026-03-31"}
    response = await client.post("/api/v1/reports/IT/published", params=params, headers=auth(admin))
    assert response.status == 201
    body = await response.json()
    assert body["queued"] == 2
    assert body["new"] is True
    again = await client.post("/api/v1/reports/IT/published", params=params, headers=auth(admin))
    assert again.status == 200
    assert (await again.json())["queued"] == 0
    async with services.sessions() as session:
        rows = list((await session.execute(select(OutboxMessage))).scalars())
        audits = list(
            (
                await session.execute(
                    select(AuditEntry).where(AuditEntry.action == "report.published")
                )
            ).scalars()
        )
    assert sorted(r.pseudonym for r in rows) == ["pseudo-0-0", "pseudo-0-2"]
    by_pseudonym = {r.pseudonym: r for r in rows}
    assert by_pseudonym["pseudo-0-2"].payload["rtl"] is True
    assert by_pseudonym["pseudo-0-0"].payload["lang"] == "fr"
    assert "Italie" in by_pseudonym["pseudo-0-0"].payload["text"]  # country name in French
    assert by_pseudonym["pseudo-0-0"].channel == "telegram"
    # Each carries the address the worker needs to deliver it.
    assert all(r.address_enc for r in rows)
    assert len(audits) == 1
    assert json.dumps(audits[0].after)  # serialisable record of the publication
