"""The review API under ``/api/v1``: aggregates, quotes, exports and report publication.

Every route except ``openapi.json`` needs ``Authorization: Bearer <token>``. A
country-scoped token sees only its country: omitted ``country`` parameters default
to it and any other country is answered 403. Errors are JSON
``{"error": {"code", "message"}}``; 401 answers carry ``WWW-Authenticate: Bearer``.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from aiohttp import web

from core.errors import Forbidden, PayloadRejected, Unauthorized
from i18n.translator import N_, SUPPORTED, country_name, gettext
from intake import broadcasts
from intake.context import Services
from intake.http_common import json_error
from review import docs, openapi
from review.aggregates import aggregate, parse_filters, parse_period, parse_query
from review.auth import BEARER_CHALLENGE, Caller, bearer_caller
from review.export import FORMATS, public_export
from review.polls import get_poll
from review.quotes import decode_cursor, parse_limit, quote_page
from review.settings import REVIEW_SETTINGS
from storage.queries.accounts import audit
from storage.queries.review import (
    PUBLISHED_ACTION,
    find_publication,
    spend_budget,
)

# TRANSLATORS: Sent to people who asked to hear back, when a review report on their
# country ({country}) is published.
REPORT_NOTICE = N_(
    "Thank you. The review report on {country}, which draws on what people "
    "shared here, has been published."
)

REVIEW_SERVICES = web.AppKey("review_services", Services)
_COUNTRY_PATH = re.compile(r"^[A-Z]{2}$")

Handler = Callable[[web.Request, Services, Caller], Awaitable[web.StreamResponse]]


def protected(
    handler: Handler, params: frozenset[str]
) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """Authenticate the bearer token, check the query names, then run ``handler``.

    The app's error middleware renders other errors; a 401 is answered here because
    it must carry the ``WWW-Authenticate`` challenge. Unknown or repeated query
    parameters are a 400, so a typo (``group-by``) never silently widens a query.
    """

    async def wrapped(request: web.Request) -> web.StreamResponse:
        services = request.config_dict[REVIEW_SERVICES]
        try:
            caller = await bearer_caller(request, services)
        except Unauthorized as exc:
            return json_error(
                exc.status, exc.code, exc.message, {"WWW-Authenticate": BEARER_CHALLENGE}
            )
        names = list(request.query.keys())
        unknown = sorted(set(names) - params)
        if unknown:
            raise PayloadRejected(
                f"unknown query parameter; this route takes {', '.join(sorted(params))}",
                code="unknown_parameter",
            )
        if len(set(names)) != len(names):
            raise PayloadRejected("a query parameter is repeated", code="repeated_parameter")
        return await handler(request, services, caller)

    return wrapped


async def get_openapi(request: web.Request) -> web.Response:
    """Serve the OpenAPI 3.1 description of this API."""
    services = request.app[REVIEW_SERVICES]
    return web.json_response(openapi.document(services.flow.dimensions))


async def get_aggregates(request: web.Request, services: Services, caller: Caller) -> web.Response:
    """Counts of people with approved feedback, grouped, under the release rule."""
    config = request.config_dict[REVIEW_SETTINGS]
    query = parse_query(
        request.query,
        scope_country=caller.country,
        configured_k=config.k,
        extra_dimensions=services.flow.dimensions,
    )
    remaining = None
    async with services.sessions() as session, session.begin():
        if query.epsilon is not None:
            remaining = await spend_budget(
                session, caller.token_id, query.epsilon, config.epsilon_budget
            )
            if remaining is None:
                raise Forbidden(
                    "this token's privacy budget is spent; ask without noise or for a new token",
                    code="privacy_budget_exhausted",
                )
        result = await aggregate(session, query)
    body = result.as_json()
    if remaining is not None:
        body["noise"]["budget_remaining"] = round(remaining, 6)
    return web.json_response(body)


async def get_quotes(request: web.Request, services: Services, caller: Caller) -> web.Response:
    """Approved anonymised texts showing only published cells, cursor-paginated."""
    filters = parse_filters(request.query, caller.country)
    period = parse_period(request.query)
    limit = parse_limit(request.query.get("limit"))
    cursor = request.query.get("cursor")
    after = decode_cursor(cursor) if cursor is not None else 0
    objective = filters.get("objective")
    config = request.config_dict[REVIEW_SETTINGS]
    async with services.sessions() as session:
        page = await quote_page(
            session,
            ref_key=config.secret_key,
            country=_str(filters.get("country")),
            lang=_str(filters.get("lang")),
            objective=objective if isinstance(objective, int) else None,
            period=period,
            after_id=after,
            limit=limit,
            configured_k=config.k,
        )
    return web.json_response({"quotes": page.quotes, "next_cursor": page.next_cursor})


async def get_export(request: web.Request, services: Services, caller: Caller) -> web.Response:
    """Every quote the caller may see, as CSV (with HXL), JSON or XLSX."""
    fmt = request.query.get("format", "json")
    if fmt not in FORMATS:
        raise PayloadRejected(f"format must be one of {', '.join(FORMATS)}", code="bad_format")
    excel = request.query.get("excel", "0")
    if excel not in ("0", "1"):
        raise PayloadRejected("excel must be 0 or 1", code="bad_excel")
    filters = parse_filters(request.query, caller.country)
    period = parse_period(request.query)
    objective = filters.get("objective")
    records = []
    after = 0
    config = request.config_dict[REVIEW_SETTINGS]
    async with services.sessions() as session:
        while True:
            page = await quote_page(
                session,
                ref_key=config.secret_key,
                country=_str(filters.get("country")),
                lang=_str(filters.get("lang")),
                objective=objective if isinstance(objective, int) else None,
                period=period,
                after_id=after,
                limit=500,
                configured_k=config.k,
            )
            records.extend(page.quotes)
            if page.next_cursor is None:
                break
            after = decode_cursor(page.next_cursor)
    body, content_type, filename = public_export(records, fmt, excel=excel == "1")
    return web.Response(
        body=body,
        content_type=content_type,
        charset="utf-8" if content_type.startswith(("text/", "application/json")) else None,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


async def post_published(request: web.Request, services: Services, caller: Caller) -> web.Response:
    """Record that a country's report is published and tell opted-in contributors.

    Idempotent per country and period: a repeated call records nothing new and
    queues no second message.
    """
    if not caller.is_admin:
        raise Forbidden("recording a publication needs an admin token", code="admin_only")
    country = request.match_info["country"]
    if not _COUNTRY_PATH.match(country):
        raise PayloadRejected("country must be an ISO 3166-1 alpha-2 code", code="bad_country")
    caller.check_country(country)
    period = parse_period(request.query)
    label = "{}..{}".format(*(v or "" for v in period.as_json().values()))
    async with services.sessions() as session, session.begin():
        if await find_publication(session, country=country, period=label) is not None:
            return web.json_response(
                {"country": country, "period": period.as_json(), "queued": 0, "new": False}
            )
        # Through the broadcasts' path: encrypted addresses, WhatsApp's window, SMS cap.
        texts = {
            locale: gettext(locale, REPORT_NOTICE, country=country_name(country, locale))
            for locale in SUPPORTED
        }
        done = await broadcasts.send(
            session,
            audience=broadcasts.Audience(country=country),
            texts=texts,
            rules=broadcasts.rules_from(services.settings),
            actor=f"token:{caller.token_id}",
            kind="report_notice",
        )
        queued = done.queued
        await audit(
            session,
            actor=f"token:{caller.token_id}",
            action=PUBLISHED_ACTION,
            target=f"{country}:{label}",
            after={"period": period.as_json(), "queued": queued},
        )
    return web.json_response(
        {"country": country, "period": period.as_json(), "queued": queued, "new": True},
        status=201,
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def add_routes(app: web.Application) -> None:
    """Mount the API routes on ``app``."""
    app.router.add_get("/api/v1/openapi.json", get_openapi)
    app.router.add_get("/api/v1/docs", docs.get_docs)
    for path, method, handler in (
        ("/api/v1/aggregates", "GET", get_aggregates),
        ("/api/v1/quotes", "GET", get_quotes),
        ("/api/v1/export", "GET", get_export),
        ("/api/v1/reports/{country}/published", "POST", post_published),
        ("/api/v1/polls/{id}", "GET", get_poll),
    ):
        app.router.add_route(method, path, protected(handler, openapi.query_names(path, method)))
