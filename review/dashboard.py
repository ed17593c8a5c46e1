"""The review bodies' dashboard at ``/review`` and per-country reports (HTML and PDF).

Sign-in: a reviewer pastes their API token into a form; the server checks it and
sets a signed, HttpOnly, SameSite=Strict cookie naming the token's row and an
expiry (8 hours). Revoking the token ends the session at the next request.
Every number shown comes from ``review.aggregates`` with the same suppression as
the API; the pages never see a raw count.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from aiohttp import web

from core.errors import AppError, PayloadRejected
from i18n.collation import sorted_by_name
from i18n.translator import (
    country_name,
    gettext,
    is_rtl,
    language_name,
    negotiate,
    parse_accept_language,
)
from intake.context import Services
from review.aggregates import (
    TIME,
    AggregateQuery,
    AggregateResult,
    Cell,
    Period,
    aggregate,
    default_k,
    parse_period,
)
from review.api import REVIEW_SERVICES
from review.auth import (
    COOKIE,
    COOKIE_TTL_SECONDS,
    Caller,
    cookie_caller,
    csrf_token,
    csrf_valid,
    end_session,
    new_session_token,
    start_session,
    token_caller,
)
from review.charts import Bar, grouped_columns, horizontal_bars
from review.objectives import objective_label, trend_label
from review.pdf import render_pdf, supports_locale
from review.quotes import quote_page

TEMPLATES = web.AppKey("review_templates", jinja2.Environment)
LOGIN_COOKIE = "voices_review_login"
TREND_ORDER = ("better", "same", "worse")


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def _locale(request: web.Request) -> str:
    return negotiate(
        request.query.get("lang"), parse_accept_language(request.headers.get("Accept-Language"))
    )


def _render(request: web.Request, template: str, status: int = 200, **context: Any) -> web.Response:
    locale = context.pop("locale", None) or _locale(request)

    def translate(msgid: str, **params: object) -> str:
        return gettext(locale, msgid, **params)

    session_token = request.cookies.get(COOKIE)
    if session_token and "logout_csrf" not in context:
        key = request.app[REVIEW_SERVICES].settings.secret_key_bytes()
        context["logout_csrf"] = csrf_token(key, "logout", session_token)
    html = (
        request.app[TEMPLATES]
        .get_template(template)
        .render(locale=locale, rtl=is_rtl(locale), _=translate, **context)
    )
    return web.Response(text=html, content_type="text/html", charset="utf-8", status=status)


Page = Callable[[web.Request, Services, Caller, str], Awaitable[web.StreamResponse]]


def page(handler: Page) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """Require a dashboard session and render errors as HTML pages, not JSON."""

    async def wrapped(request: web.Request) -> web.StreamResponse:
        services = request.app[REVIEW_SERVICES]
        locale = _locale(request)
        caller = await cookie_caller(request, services)
        if caller is None:
            return _login_page(request, services, status=401)
        try:
            return await handler(request, services, caller, locale)
        except AppError as exc:
            if exc.status >= 500:
                raise
            return _render(
                request,
                "error.html",
                status=exc.status,
                title=gettext(locale, "This page cannot be shown"),
                message=exc.message,
                signed_in=True,
            )

    return wrapped


def _query(
    group_by: tuple[str, ...], period: Period, filters: Mapping[str, str | int], k: int
) -> AggregateQuery:
    dims = (set(group_by) | set(filters)) - set(TIME)
    return AggregateQuery(
        group_by=group_by, period=period, filters=dict(filters), k=default_k(len(dims), k)
    )


async def _tables(
    services: Services, period: Period, filters: Mapping[str, str | int], *groupings: str
) -> list[AggregateResult]:
    k = services.settings.review_k
    results = []
    async with services.sessions() as session:
        for grouping in groupings:
            group_by = tuple(grouping.split(",")) if grouping else ()
            results.append(await aggregate(session, _query(group_by, period, filters, k)))
    return results


def _withheld_bar(result: AggregateResult, locale: str) -> list[Bar]:
    """The slice's withheld remainder as one bar, when the API would show it."""
    if result.withheld is None:
        return []
    return [Bar(gettext(locale, "withheld to protect small groups"), result.withheld)]


def _objective_bars(result: AggregateResult, locale: str) -> list[Bar]:
    bars = [Bar(objective_label(c.key["objective"], locale), c.count) for c in result.cells]
    return bars + _withheld_bar(result, locale)


def _over_time(
    result: AggregateResult, axis: str | None, locale: str, title: str, chart_id: str
) -> str:
    """Columns per trend answer, grouped by ``axis`` (one group when None)."""

    def group_of(cell: Cell) -> str:
        return str(cell.key[axis]) if axis else ""

    groups = sorted({group_of(c) for c in result.cells}) if axis else [""]
    values: dict[tuple[str, str], int | None] = {}
    series_keys = [t for t in TREND_ORDER if any(c.key.get("trend") == t for c in result.cells)]
    if any(c.key.get("trend") not in TREND_ORDER for c in result.cells):
        series_keys.append("")
    series = [trend_label(t or None, locale) for t in series_keys]
    for cell in result.cells:
        trend = cell.key.get("trend")
        name = trend_label(trend if trend in TREND_ORDER else None, locale)
        values[(group_of(cell), name)] = cell.count
    return grouped_columns(
        groups,
        series,
        values,
        title=title,
        withheld=gettext(locale, "withheld to protect small groups"),
        chart_id=chart_id,
    )


def _period_params(period: Period) -> dict[str, str]:
    return {k: v for k, v in period.as_json().items() if v is not None}


def _method_note(k: int, locale: str) -> list[str]:
    return [
        gettext(
            locale,
            "Every text was anonymised when it arrived, before it was stored: names, "
            "phone numbers, e-mail addresses, document numbers and exact places were "
            "removed. Only texts a moderator approved are counted or quoted.",
        ),
        gettext(
            locale,
            "Counts are of people, not messages; a person counts once under each objective "
            "they raised. Counts below {k} are not shown, nor are counts that would let a "
            "reader work one out. Periods are whole months, quarters or years. Quotes show "
            "only details whose counts are shown.",
            k=k,
        ),
        gettext(
            locale,
            "People choose to write; these are not a representative sample of migrants. "
            "A message may concern several objectives and is counted under each.",
        ),
    ]


async def get_dashboard(
    request: web.Request, services: Services, caller: Caller, locale: str
) -> web.Response:
    """Charts of feedback by objective, country and over time, for the caller's scope."""
    period = parse_period(request.query)
    filters: dict[str, str | int] = {"country": caller.country} if caller.country else {}
    by_objective, by_country, by_month, by_trend = await _tables(
        services, period, filters, "objective", "country", "month", "quarter,trend"
    )
    withheld = gettext(locale, "withheld to protect small groups")
    charts = [
        horizontal_bars(
            _objective_bars(by_objective, locale),
            title=gettext(locale, "Feedback by GCM objective"),
            withheld=withheld,
            chart_id="chart-objective",
        ),
        horizontal_bars(
            [
                Bar(
                    country_name(str(c.key["country"]), locale)
                    if c.key["country"]
                    else gettext(locale, "Country not given"),
                    c.count,
                )
                for c in by_country.cells
            ]
            + _withheld_bar(by_country, locale),
            title=gettext(locale, "Feedback by country"),
            withheld=withheld,
            chart_id="chart-country",
        ),
        grouped_columns(
            [str(c.key["month"]) for c in by_month.cells],
            [gettext(locale, "Approved feedback")],
            {
                (str(c.key["month"]), gettext(locale, "Approved feedback")): c.count
                for c in by_month.cells
            },
            title=gettext(locale, "Feedback by month"),
            withheld=withheld,
            chart_id="chart-month",
        ),
        _over_time(
            by_trend,
            "quarter",
            locale,
            gettext(locale, "Better, the same or worse than a year ago, by quarter"),
            "chart-trend",
        ),
    ]
    # Only published countries get a link: a link to a withheld one would say it has people.
    codes = {str(c.key["country"]) for c in by_country.cells if c.key["country"]}
    if caller.country:
        codes = {caller.country}
    countries = sorted_by_name(
        [(code, country_name(code, locale)) for code in codes], locale, lambda pair: pair[1]
    )
    scope_note = (
        gettext(
            locale,
            "You are seeing feedback about {country} only.",
            country=country_name(caller.country, locale),
        )
        if caller.country
        else gettext(locale, "You are seeing feedback about every country.")
    )
    return _render(
        request,
        "dashboard.html",
        locale=locale,
        title=gettext(locale, "Feedback on the Global Compact for Migration"),
        signed_in=True,
        charts=charts,
        countries=countries,
        period_from=period.as_json()["from"],
        period_to=period.as_json()["to"],
        period_query=urlencode(_period_params(period)),
        scope_note=scope_note,
        method_note=" ".join(_method_note(services.settings.review_k, locale)[1:2]),
    )


@dataclass(frozen=True, slots=True)
class QuoteView:
    """A quote as a report shows it."""

    text: str
    lang: str
    meta: str


@dataclass(frozen=True, slots=True)
class QuoteSection:
    """The quotes under one objective."""

    title: str
    quotes: list[QuoteView]


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a country report shows, already suppressed and translated."""

    country: str
    title: str
    period_line: str
    summary: str
    objective_bars: list[Bar]
    trend: AggregateResult
    months: AggregateResult
    quote_sections: list[QuoteSection]
    method: list[str]
    withheld: str


async def build_report(
    services: Services, country: str, period: Period, locale: str, per_objective: int = 3
) -> Report:
    """Gather the suppressed tables and approved quotes for one country's report."""
    filters: dict[str, str | int] = {"country": country}
    overall, by_objective, by_trend, by_month = await _tables(
        services, period, filters, "", "objective", "trend", "month"
    )
    async with services.sessions() as session:
        page_ = await quote_page(
            session,
            ref_key=services.settings.secret_key_bytes(),
            country=country,
            lang=None,
            objective=None,
            period=period,
            limit=200,
            configured_k=services.settings.review_k,
        )
    # A quote sits only beside a published bar of this report, never a withheld one.
    published = {c.key["objective"] for c in by_objective.cells}
    sections: dict[object, list[QuoteView]] = {}
    for quote in page_.quotes if overall.people is not None else []:
        places = [o for o in quote["objectives"] if o in published]
        if not quote["objectives"] and None in published:
            places = [None]
        if not places:
            continue
        bucket = sections.setdefault(places[0], [])
        if len(bucket) < per_objective:
            parts = [quote["period"]] + (
                [language_name(quote["lang"], locale)] if quote["lang"] else []
            )
            bucket.append(
                QuoteView(text=quote["text"], lang=quote["lang"] or "", meta=" · ".join(parts))
            )
    ordered = sorted(sections.items(), key=lambda item: (item[0] is None, item[0] or 0))
    name = country_name(country, locale)
    bounds = period.as_json()
    total = overall.people
    if total is None:
        summary = gettext(locale, "Too few approved submissions to publish a total.")
    else:
        summary = gettext(
            locale,
            "{count} people gave approved feedback about {country} in this period.",
            count=total,
            country=name,
        )
    return Report(
        country=country,
        title=gettext(locale, "Migrants' feedback on the GCM: {country}", country=name),
        period_line=gettext(
            locale,
            "Review period: {start} to {end}",
            start=bounds["from"] or gettext(locale, "the beginning"),
            end=bounds["to"] or gettext(locale, "today"),
        ),
        summary=summary,
        objective_bars=_objective_bars(by_objective, locale),
        trend=by_trend,
        months=by_month,
        quote_sections=[
            QuoteSection(objective_label(key, locale), views) for key, views in ordered
        ],
        method=_method_note(by_objective.query.k, locale),
        withheld=gettext(locale, "withheld to protect small groups"),
    )


async def get_report(
    request: web.Request, services: Services, caller: Caller, locale: str
) -> web.StreamResponse:
    """A country's report for a review period, as HTML or (``format=pdf``) PDF."""
    country = request.match_info["country"].upper()
    if len(country) != 2 or not country.isascii() or not country.isalpha():
        raise PayloadRejected(gettext(locale, "Unknown country code."), code="bad_country")
    caller.check_country(country)
    period = parse_period(request.query)
    report = await build_report(services, country, period, locale)
    fmt = request.query.get("format", "html")
    if fmt == "pdf":
        if not supports_locale(locale):
            # The embedded font cannot draw this script; English beats question marks.
            locale = "en"
            report = await build_report(services, country, period, locale)
        body = await asyncio.to_thread(render_pdf, report, locale)
        return web.Response(
            body=body,
            content_type="application/pdf",
            headers={"Content-Disposition": f'inline; filename="compact-voices-{country}.pdf"'},
        )
    if fmt != "html":
        raise PayloadRejected(gettext(locale, "Unknown format."), code="bad_format")
    trend_chart = horizontal_bars(
        [Bar(trend_label(c.key["trend"], locale), c.count) for c in report.trend.cells],
        title=gettext(locale, "Better, the same or worse than a year ago"),
        withheld=report.withheld,
        chart_id="chart-trend",
    )
    month_chart = grouped_columns(
        [str(c.key["month"]) for c in report.months.cells],
        [gettext(locale, "Approved feedback")],
        {
            (str(c.key["month"]), gettext(locale, "Approved feedback")): c.count
            for c in report.months.cells
        },
        title=gettext(locale, "Feedback by month"),
        withheld=report.withheld,
        chart_id="chart-month",
    )
    return _render(
        request,
        "report.html",
        locale=locale,
        title=report.title,
        signed_in=True,
        period_line=report.period_line,
        pdf_query=urlencode({**_period_params(period), "format": "pdf"}),
        summary=report.summary,
        objective_chart=horizontal_bars(
            report.objective_bars,
            title=gettext(locale, "Feedback by GCM objective"),
            withheld=report.withheld,
            chart_id="chart-objective",
        ),
        trend_chart=trend_chart,
        month_chart=month_chart,
        quote_sections=report.quote_sections,
        method=report.method,
    )


def _secure(services: Services) -> bool:
    return (services.settings.public_url or "").startswith("https://")


def _login_page(
    request: web.Request, services: Services, *, status: int = 200, error: str | None = None
) -> web.Response:
    """The sign-in form, bound to a nonce cookie (its CSRF token is derived from it)."""
    locale = _locale(request)
    nonce = request.cookies.get(LOGIN_COOKIE) or new_session_token()
    response = _render(
        request,
        "login.html",
        status=status,
        title=gettext(locale, "Sign in"),
        signed_in=False,
        error=error,
        csrf=csrf_token(services.settings.secret_key_bytes(), "login", nonce),
    )
    response.set_cookie(
        LOGIN_COOKIE,
        nonce,
        max_age=2 * 3600,
        httponly=True,
        samesite="Strict",
        secure=_secure(services),
        path="/review",
    )
    return response


def _refused(request: web.Request) -> web.Response:
    locale = _locale(request)
    return _render(
        request,
        "error.html",
        status=403,
        title=gettext(locale, "This page cannot be shown"),
        message=gettext(locale, "This form has expired"),
        signed_in=False,
    )


async def get_login(request: web.Request) -> web.StreamResponse:
    """Show the sign-in form, or go to the dashboard when already signed in."""
    services = request.app[REVIEW_SERVICES]
    if await cookie_caller(request, services) is not None:
        raise web.HTTPSeeOther("/review")
    return _login_page(request, services)


async def post_login(request: web.Request) -> web.StreamResponse:
    """Check a typed token and start a server-side session."""
    services = request.app[REVIEW_SERVICES]
    locale = _locale(request)
    form = await request.post()
    key = services.settings.secret_key_bytes()
    if not csrf_valid(key, "login", request.cookies.get(LOGIN_COOKIE), form.get("csrf")):
        return _refused(request)
    value = form.get("token")
    caller = await token_caller(services, value if isinstance(value, str) else "")
    if caller is None:
        return _login_page(
            request,
            services,
            status=401,
            error=gettext(locale, "That token is not valid, or it was revoked."),
        )
    response = web.Response(status=303, headers={"Location": "/review"})
    response.set_cookie(
        COOKIE,
        await start_session(services, caller),
        max_age=COOKIE_TTL_SECONDS,
        httponly=True,
        samesite="Strict",
        secure=_secure(services),
        path="/review",
    )
    response.del_cookie(LOGIN_COOKIE, path="/review")
    return response


async def post_logout(request: web.Request) -> web.StreamResponse:
    """End the dashboard session on the server and in the browser."""
    services = request.app[REVIEW_SERVICES]
    form = await request.post()
    session_token = request.cookies.get(COOKIE)
    key = services.settings.secret_key_bytes()
    if session_token and not csrf_valid(key, "logout", session_token, form.get("csrf")):
        return _refused(request)
    if session_token:
        await end_session(services, session_token)
    response = web.Response(status=303, headers={"Location": "/review"})
    response.del_cookie(COOKIE, path="/review")
    return response


def add_routes(app: web.Application) -> None:
    """Mount the dashboard routes and its template environment on ``app``."""
    app[TEMPLATES] = _environment()
    app.router.add_get("/review", page(get_dashboard))
    app.router.add_get("/review/login", get_login)
    app.router.add_post("/review/login", post_login)
    app.router.add_post("/review/logout", post_logout)
    app.router.add_get("/review/report/{country}", page(get_report))
