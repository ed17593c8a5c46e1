"""The public transparency page at ``/public``: what people said, for anyone, with no token.

Off unless ``VOICES_PUBLIC_PAGE`` is true (then not mounted at all: 404). Every number
comes from a quarter's stored differentially private release (``review.release``),
never from exact counts; quotes are the review API's (``review.quotes.quote_page``,
same rule, "count, do not quote" respected), only for a country the release shows.
Pages: ``GET /public`` (people per country) and ``GET /public/{country}`` (per GCM
objective, with quotes), ``?period=2026-Q1`` (one of the last closed quarters,
newest by default) and ``?lang=`` (else ``Accept-Language``), in every served
language, right to left where the language is.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from core.clock import utcnow
from core.errors import AppError, NotFound
from i18n.collation import sorted_by_name
from i18n.translator import SUPPORTED, country_name, gettext, isolate, language_name
from intake.context import Services
from review.api import REVIEW_SERVICES
from review.charts import Bar, Comparison, bar_chart
from review.objectives import objective_label
from review.pages import TEMPLATES, environment, reader_locale, render
from review.quotes import quote_page
from review.release import COUNTRIES, Quarter, Release, closed_quarters, quarter_release
from review.report import QuoteSection, QuoteView, method_note
from review.settings import REVIEW_SETTINGS, ReviewSettings

QUOTES_PER_OBJECTIVE = 3


@web.middleware
async def public_errors(
    request: web.Request,
    handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
) -> web.StreamResponse:
    """Show errors as pages in the reader's language, with a way back to the public page."""
    try:
        return await handler(request)
    except AppError as exc:
        if exc.status == 500:
            raise
        locale = reader_locale(request)
        return render(
            request,
            "public_error.html",
            locale=locale,
            status=exc.status,
            title=gettext(locale, "This page cannot be shown"),
            message=exc.message,
        )


def _quarter(request: web.Request, locale: str) -> tuple[Quarter, list[Quarter]]:
    """The quarter asked for (``?period=``, else the newest closed one) and those offered."""
    offered = closed_quarters(utcnow())
    raw = request.query.get("period")
    if raw is None:
        return offered[0], offered
    quarter = Quarter.parse(raw)
    if quarter is None or quarter not in offered:
        raise NotFound(gettext(locale, "This quarter is not published."), code="bad_period")
    return quarter, offered


async def _release(request: web.Request, quarter: Quarter) -> Release:
    services: Services = request.config_dict[REVIEW_SERVICES]
    config = request.config_dict[REVIEW_SETTINGS]
    async with services.sessions() as session:
        return await quarter_release(session, quarter, epsilon=config.public_epsilon, k=config.k)


def public_method(release: Release, k: int, locale: str) -> list[str]:
    """The method in plain words: anonymisation, noise, epsilon, the threshold, who writes."""
    # The exact method's notes on suppression and rounding do not apply here.
    note = method_note(k, locale)
    anonymised, sample = note.anonymised, note.sample
    epsilon = f"{release.epsilon:g}"
    return [
        anonymised,
        gettext(
            locale,
            "The numbers on this page are approximate on purpose. When a quarter ends, "
            "we add a small random amount to each count, once, and keep the result: "
            "reloading this page never changes it. This method, called differential "
            "privacy, strictly limits what anyone can learn from these numbers about any "
            "one message, even whether it was sent.",
        ),
        gettext(
            locale,
            "The privacy budget, called epsilon, is {epsilon} for each quarter. It measures "
            "how much a quarter's numbers could reveal about any single message: the "
            "smaller it is, the better people are protected and the more random the "
            "numbers are. It is spent once for each quarter, never again.",
            epsilon=epsilon,
        ),
        gettext(
            locale,
            "Numbers below {threshold} are not shown, because the random amount could "
            "make up most of them. Counts are of people, not messages. The current "
            "quarter is shown only after it ends.",
            threshold=release.threshold,
        ),
        gettext(
            locale,
            "Quotes were approved by a moderator and show only details shared by "
            "enough people that nobody can be picked out.",
        ),
        sample,
    ]


def _navigation(locale: str, quarter: Quarter, offered: list[Quarter]) -> dict[str, Any]:
    """Links to the same page in every language and for every offered quarter."""
    return {
        "nav_query": urlencode({"period": quarter.label(), "lang": locale}),
        "languages": [(code, language_name(code)) for code in SUPPORTED],
        "code_query": {
            code: urlencode({"period": quarter.label(), "lang": code}) for code in SUPPORTED
        },
        "quarters": [
            (q.label(), urlencode({"period": q.label(), "lang": locale})) for q in offered
        ],
        "quarter": quarter.label(),
    }


def _comparison(
    release: Release, previous: Release | None, total: int | None, before: int | None
) -> Comparison | None:
    if previous is None:
        return None
    return Comparison(release.quarter.label(), previous.quarter.label(), total, before)


async def get_overview(request: web.Request) -> web.Response:
    """People per country in one closed quarter, from its stored release."""
    locale = reader_locale(request)
    config = request.config_dict[REVIEW_SETTINGS]
    quarter, offered = _quarter(request, locale)
    release = await _release(request, quarter)
    previous = (
        await _release(request, quarter.previous()) if quarter.previous() in offered else None
    )
    before = previous.countries if previous else {}
    names = {code: country_name(code, locale) for code in release.countries}
    ordered = sorted(release.countries.items(), key=lambda item: (-item[1], names[item[0]]))
    chart = (
        bar_chart(
            [Bar(names[code], count, before.get(code)) for code, count in ordered],
            label=gettext(locale, "Feedback by country"),
            locale=locale,
            chart_id="chart-country",
            label_heading=gettext(locale, "Country"),
            total=release.total,
            comparison=_comparison(
                release, previous, release.total, previous.total if previous else None
            ),
        )
        if ordered
        else ""
    )
    summary = (
        gettext(
            locale,
            "{count} people had their voices counted in {period}.",
            count=release.total,
            period=isolate(quarter.label(), locale),
        )
        if release.total is not None
        else gettext(
            locale,
            "Too few people wrote in {period} to show a number.",
            period=isolate(quarter.label(), locale),
        )
    )
    return render(
        request,
        "public.html",
        locale=locale,
        title=gettext(locale, "What people told us about the Global Compact for Migration"),
        intro=gettext(
            locale,
            "Compact Voices collects migrants' experiences of the Global Compact for "
            "Migration, to inform its reviews.",
        ),
        summary=summary,
        chart=chart,
        countries=sorted_by_name(list(names.items()), locale, lambda pair: pair[1]),
        quote_sections=None,
        method=public_method(release, config.k, locale),
        **_navigation(locale, quarter, offered),
    )


async def _quotes(
    request: web.Request,
    config: ReviewSettings,
    country: str,
    quarter: Quarter,
    locale: str,
    shown_objectives: set[int],
) -> list[QuoteSection]:
    """Approved quotes about ``country`` in ``quarter``, under the objectives the page shows."""
    services: Services = request.config_dict[REVIEW_SERVICES]
    async with services.sessions() as session:
        page = await quote_page(
            session,
            ref_key=config.secret_key,
            country=country,
            lang=None,
            objective=None,
            period=quarter.period(),
            limit=200,
            configured_k=config.k,
        )
    sections: dict[int, list[QuoteView]] = {}
    for quote in page.quotes:
        places = [o for o in quote["objectives"] if o in shown_objectives]
        if not places:
            continue
        bucket = sections.setdefault(places[0], [])
        if len(bucket) < QUOTES_PER_OBJECTIVE:
            bucket.append(QuoteView.of(quote, locale))
    return [
        QuoteSection(objective_label(key, locale), views) for key, views in sorted(sections.items())
    ]


async def get_country(request: web.Request) -> web.Response:
    """People per GCM objective about one country in one closed quarter, and approved quotes."""
    locale = reader_locale(request)
    config = request.config_dict[REVIEW_SETTINGS]
    country = request.match_info["country"].upper()
    if country not in COUNTRIES:
        raise NotFound(gettext(locale, "Unknown country code."), code="bad_country")
    quarter, offered = _quarter(request, locale)
    release = await _release(request, quarter)
    previous = (
        await _release(request, quarter.previous()) if quarter.previous() in offered else None
    )
    name = country_name(country, locale)
    total = release.countries.get(country)
    counts = release.objectives.get(country, {})
    before = previous.objectives.get(country, {}) if previous else {}
    chart = (
        bar_chart(
            [Bar(objective_label(o, locale), n, before.get(o)) for o, n in sorted(counts.items())],
            label=gettext(locale, "Feedback by GCM objective"),
            locale=locale,
            chart_id="chart-objective",
            label_heading=gettext(locale, "Objective"),
            total=total,
            comparison=_comparison(
                release, previous, total, previous.countries.get(country) if previous else None
            ),
        )
        if counts
        else ""
    )
    if total is None:
        summary = gettext(
            locale,
            "Too few people wrote about {country} in {period} to show a number.",
            country=name,
            period=isolate(quarter.label(), locale),
        )
        sections: list[QuoteSection] = []
    else:
        summary = gettext(
            locale,
            "{count} people wrote about {country} in {period}.",
            count=total,
            country=name,
            period=isolate(quarter.label(), locale),
        )
        sections = await _quotes(request, config, country, quarter, locale, set(counts))
    return render(
        request,
        "public.html",
        locale=locale,
        title=gettext(locale, "What people said about {country}", country=name),
        intro="",
        summary=summary,
        chart=chart,
        countries=None,
        quote_sections=sections,
        method=public_method(release, config.k, locale),
        **_navigation(locale, quarter, offered),
    )


def build_public_app(services: Services, config: ReviewSettings) -> web.Application:
    """Return the transparency page as an aiohttp application to mount at ``/public``."""
    app = web.Application(middlewares=[public_errors])
    app[REVIEW_SERVICES] = services
    app[REVIEW_SETTINGS] = config
    app[TEMPLATES] = environment()
    app.router.add_get("", get_overview)
    app.router.add_get("/{country}", get_country)
    return app
