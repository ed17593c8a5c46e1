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
from core.messages import OutboundKind, OutboundMessage
from i18n.translator import country_name, gettext, is_rtl, normalise_locale
from intake.context import Services
from intake.http_common import json_error
from review import openapi
from review.aggregates import aggregate, parse_filters, parse_period, parse_query
from review.auth import BEARER_CHALLENGE, Caller, bearer_caller
from review.export import FORMATS, public_export
from review.quotes import decode_cursor, parse_limit, quote_page
from storage.queries.accounts import audit
from storage.queries.review import (
    PUBLISHED_ACTION,
    enqueue_messages,
    find_publication,
    opted_in_contacts_for_country,
    spend_budget,
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
        services = request.app[REVIEW_SERVICES]
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
    query = parse_query(
        request.query,
        scope_country=caller.country,
        configured_k=services.settings.review_k,
        extra_dimensions=services.flow.dimensions,
    )
    remaining = None
    async with services.sessions() as session, session.begin():
        if query.epsilon is not None:
            remaining = await spend_budget(
                session, caller.token_id, query.epsilon, services.settings.review_epsilon_budget
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
    async with services.sessions() as session:
        page = await quote_page(
            session,
            ref_key=services.settings.secret_key_bytes(),
            country=_str(filters.get("country")),
            lang=_str(filters.get("lang")),
            objective=objective if isinstance(objective, int) else None,
            period=period,
            after_id=after,
            limit=limit,
            configured_k=services.settings.review_k,
        )
    return web.json_response({"quotes": page.quotes, "next_cursor": page.next_cursor})


async def get_export(request: web.Request, services: Services, caller: Caller) -> web.Response:
    """Every quote the caller may see, as CSV (with HXL), JSON or XLSX."""
    fmt = request.query.get("format", "json")
    if fmt not in FORMATS:
        raise PayloadRejected(f"format must be one of {', '.join(FORMATS)}", code="bad_format")
    filters = parse_filters(request.query, caller.country)
    period = parse_period(request.query)
    objective = filters.get("objective")
    records = []
    after = 0
    async with services.sessions() as session:
        while True:
            page = await quote_page(
                session,
                ref_key=services.settings.secret_key_bytes(),
                country=_str(filters.get("country")),
                lang=_str(filters.get("lang")),
                objective=objective if isinstance(objective, int) else None,
                period=period,
                after_id=after,
                limit=500,
                configured_k=services.settings.review_k,
            )
            records.extend(page.quotes)
            if page.next_cursor is None:
                break
            after = decode_cursor(page.next_cursor)
    body, content_type, filename = public_export(records, fmt)
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
        contacts = await opted_in_contacts_for_country(session, country)
        messages = []
        for contact in contacts:
            locale = normalise_locale(contact.locale) or services.settings.default_locale
            text = gettext(
                locale,
                "Thank you. The review report on {country}, which draws on what people "
                "shared here, has been published.",
                country=country_name(country, locale),
            )
            message = OutboundMessage(
                kind=OutboundKind.TEXT, text=text, lang=locale, rtl=is_rtl(locale)
            )
            messages.append((contact.channel, contact.pseudonym, message.to_json()))
        queued = await enqueue_messages(session, messages)
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
    for path, method, handler in (
        ("/api/v1/aggregates", "GET", get_aggregates),
        ("/api/v1/quotes", "GET", get_quotes),
        ("/api/v1/export", "GET", get_export),
        ("/api/v1/reports/{country}/published", "POST", post_published),
    ):
        app.router.add_route(method, path, protected(handler, openapi.query_names(path, method)))
