"""The review bodies' dashboard at ``/review`` and country reports (HTML and PDF).

An aiohttp sub-application with its own middleware, so its errors are HTML pages.
Sign-in lives in ``review.signin``, the data in ``review.report`` (every number from
``review.aggregates`` with the API's release rule), the PDF in ``review.pdf``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from urllib.parse import urlencode

from aiohttp import web

from core.errors import AppError, PayloadRejected
from i18n.collation import sorted_by_name
from i18n.translator import country_name, gettext
from intake.context import Services
from review.aggregates import Period, parse_period
from review.api import REVIEW_SERVICES
from review.auth import Caller
from review.charts import bar_chart
from review.pages import TEMPLATES, environment, error_page, reader_locale, render
from review.pdf import render_pdf
from review.report import (
    build_dashboard,
    build_report,
    method_note,
    month_figure,
)
from review.settings import REVIEW_SETTINGS, ReviewSettings
from review.signin import get_login, post_login, post_logout, signed_in


def _period_params(period: Period) -> dict[str, str]:
    return {k: v for k, v in period.as_json().items() if v is not None}


@web.middleware
async def html_errors(
    request: web.Request,
    handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
) -> web.StreamResponse:
    """Show the dashboard's errors as pages in the reader's language, not as JSON."""
    try:
        return await handler(request)
    except AppError as exc:
        if exc.status == 500:
            raise
        return error_page(request, reader_locale(request), exc.status, exc.message, signed_in=True)


@signed_in
async def get_dashboard(request: web.Request, caller: Caller, locale: str) -> web.Response:
    """Charts of feedback by objective, country, month and trend, for the caller's scope."""
    services = request.config_dict[REVIEW_SERVICES]
    config = request.config_dict[REVIEW_SETTINGS]
    period = parse_period(request.query)
    view = await build_dashboard(services, config, period, caller.country, locale)
    countries = sorted_by_name(
        [(code, country_name(code, locale)) for code in view.countries],
        locale,
        lambda pair: pair[1],
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
    bounds = period.as_json()
    note = method_note(config.k, locale)
    return render(
        request,
        "dashboard.html",
        locale=locale,
        title=gettext(locale, "Feedback on the Global Compact for Migration"),
        signed_in=True,
        charts=view.charts,
        countries=countries,
        period_from=bounds["from"],
        period_to=bounds["to"],
        period_query=urlencode(_period_params(period)),
        scope_note=scope_note,
        method_note=f"{note.counting} {note.rounding}",
    )


@signed_in
async def get_report(request: web.Request, caller: Caller, locale: str) -> web.StreamResponse:
    """A country's report for a review period, as HTML or (``format=pdf``) PDF."""
    services: Services = request.config_dict[REVIEW_SERVICES]
    config = request.config_dict[REVIEW_SETTINGS]
    country = request.match_info["country"].upper()
    if len(country) != 2 or not country.isascii() or not country.isalpha():
        raise PayloadRejected(gettext(locale, "Unknown country code."), code="bad_country")
    caller.check_country(country)
    period = parse_period(request.query)
    fmt = request.query.get("format", "html")
    if fmt not in ("html", "pdf"):
        raise PayloadRejected(gettext(locale, "Unknown format."), code="bad_format")
    report = await build_report(services, config, country, period, locale)
    if fmt == "pdf":
        body = await asyncio.to_thread(render_pdf, report)
        return web.Response(
            body=body,
            content_type="application/pdf",
            headers={
                "Content-Disposition": f'inline; filename="compact-voices-{country}-{locale}.pdf"'
            },
        )
    comparison = report.comparison
    return render(
        request,
        "report.html",
        locale=locale,
        title=report.title,
        signed_in=True,
        period_line=report.period_line,
        pdf_query=urlencode({**_period_params(period), "lang": locale, "format": "pdf"}),
        summary=report.summary,
        # Each chart sits under a heading that names it: no second, visible title.
        objective_chart=bar_chart(
            report.objective_bars,
            label=gettext(locale, "Feedback by GCM objective"),
            locale=locale,
            chart_id="chart-objective",
            label_heading=gettext(locale, "Objective"),
            caption=False,
            total=report.total,
            comparison=comparison,
        ),
        trend_chart=bar_chart(
            report.trend_bars,
            label=gettext(locale, "Trend: better, the same or worse than a year ago"),
            locale=locale,
            chart_id="chart-trend",
            label_heading=gettext(locale, "Trend"),
            caption=False,
            comparison=comparison,
        ),
        month_chart=month_figure(report.month_bars, locale, caption=False),
        quote_sections=report.quote_sections,
        method=report.method,
    )


def build_dashboard_app(services: Services, config: ReviewSettings) -> web.Application:
    """Return the dashboard as an aiohttp application to mount at ``/review``."""
    app = web.Application(middlewares=[html_errors])
    app[REVIEW_SERVICES] = services
    app[REVIEW_SETTINGS] = config
    app[TEMPLATES] = environment()
    app.router.add_get("", get_dashboard)
    app.router.add_get("/login", get_login)
    app.router.add_post("/login", post_login)
    app.router.add_post("/logout", post_logout)
    app.router.add_get("/report/{country}", get_report)
    return app
