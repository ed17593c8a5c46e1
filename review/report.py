"""What the dashboard and a country report show, assembled from released aggregates.

Every number comes from ``review.aggregates.aggregate`` with the same release rule as
the API; quotes come from ``review.quotes``. Nothing here renders HTML or PDF: the
dashboard (``review.dashboard``) and the PDF writer (``review.pdf``) both take a
``Report`` (or ``DashboardView``) and draw it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from i18n.translator import country_name, gettext, language_name
from intake.context import Services
from review.aggregates import (
    ROUNDING_BASE,
    AggregateQuery,
    AggregateResult,
    Month,
    Period,
    aggregate,
)
from review.charts import Bar, Comparison, bar_chart, column_chart, grouped_columns
from review.objectives import objective_label, trend_label
from review.quotes import quote_page
from review.settings import ReviewSettings

TREND_ORDER = ("better", "same", "worse")


def _query(
    group_by: tuple[str, ...], period: Period, filters: Mapping[str, str | int], k: int
) -> AggregateQuery:
    return AggregateQuery(group_by=group_by, period=period, filters=dict(filters), k=k)


async def fetch_tables(
    services: Services,
    config: ReviewSettings,
    period: Period,
    filters: Mapping[str, str | int],
    *groupings: str,
) -> list[AggregateResult]:
    """One released table per comma-separated grouping ("" is the slice's total)."""
    results = []
    async with services.sessions() as session:
        for grouping in groupings:
            group_by = tuple(grouping.split(",")) if grouping else ()
            results.append(await aggregate(session, _query(group_by, period, filters, config.k)))
    return results


def previous_period(period: Period) -> Period | None:
    """The period of the same length just before ``period``; None for an open period."""
    if period.first is None or period.last is None:
        return None
    length = period.last.index() - period.first.index() + 1
    return Period(
        Month.from_index(period.first.index() - length),
        Month.from_index(period.last.index() - length),
    )


def period_name(period: Period) -> str:
    """A short name of a snapped period: ``2026-03``, ``2026-Q1``, ``2026`` or a range."""
    first, last = period.first, period.last
    if first is None or last is None:
        bounds = period.as_json()
        return f"{bounds['from'] or '…'} – {bounds['to'] or '…'}"
    months = last.index() - first.index() + 1
    if months == 1:
        return first.label()
    if months == 3 and first.quarter_label() == last.quarter_label():
        return first.quarter_label()
    if months == 12 and first.label().endswith("-01"):
        return first.label()[:4]
    return f"{first.label()} – {last.label()}"


def _withheld_bar(result: AggregateResult, locale: str) -> list[Bar]:
    """The slice's withheld remainder as one bar, when the API would show it."""
    if result.withheld is None:
        return []
    return [Bar(gettext(locale, "withheld to protect small groups"), result.withheld)]


def _previous_counts(result: AggregateResult | None, key: str) -> dict[object, int]:
    if result is None:
        return {}
    return {c.key[key]: c.count for c in result.cells}


def objective_bars(
    result: AggregateResult, locale: str, previous: AggregateResult | None = None
) -> list[Bar]:
    """One bar per released objective, then the withheld remainder."""
    before = _previous_counts(previous, "objective")
    bars = [
        Bar(objective_label(c.key["objective"], locale), c.count, before.get(c.key["objective"]))
        for c in result.cells
    ]
    return bars + _withheld_bar(result, locale)


def country_bars(
    result: AggregateResult, locale: str, previous: AggregateResult | None = None
) -> list[Bar]:
    """One bar per released country, then the withheld remainder."""
    before = _previous_counts(previous, "country")
    bars = [
        Bar(
            country_name(str(c.key["country"]), locale)
            if c.key["country"]
            else gettext(locale, "Country not given"),
            c.count,
            before.get(c.key["country"]),
        )
        for c in result.cells
    ]
    return bars + _withheld_bar(result, locale)


def trend_bars(
    result: AggregateResult, locale: str, previous: AggregateResult | None = None
) -> list[Bar]:
    """One bar per released trend answer (better, the same, worse, not asked), then the rest."""
    before = _previous_counts(previous, "trend")
    cells = sorted(
        result.cells,
        key=lambda c: TREND_ORDER.index(t) if (t := c.key.get("trend")) in TREND_ORDER else 9,
    )
    return [
        Bar(trend_label(c.key["trend"], locale), c.count, before.get(c.key["trend"])) for c in cells
    ]


def month_bars(result: AggregateResult) -> list[Bar]:
    """One bar per released month, oldest first."""
    return [Bar(str(c.key["month"]), c.count) for c in result.cells]


def month_figure(
    bars: Sequence[Bar], locale: str, *, caption: bool = True, chart_id: str = "chart-month"
) -> str:
    """The one chart of released people per month (dashboard and report)."""
    return column_chart(
        bars,
        label=gettext(locale, "Feedback by month"),
        locale=locale,
        chart_id=chart_id,
        label_heading=gettext(locale, "Month"),
        caption=caption,
    )


def trend_by_quarter_figure(result: AggregateResult, locale: str, chart_id: str) -> str:
    """Columns per trend answer, grouped by quarter."""
    groups = sorted({str(c.key["quarter"]) for c in result.cells})
    keys = [t for t in TREND_ORDER if any(c.key.get("trend") == t for c in result.cells)]
    if any(c.key.get("trend") not in TREND_ORDER for c in result.cells):
        keys.append("")
    series = [trend_label(t or None, locale) for t in keys]
    values: dict[tuple[str, str], int | None] = {}
    for cell in result.cells:
        trend = cell.key.get("trend")
        name = trend_label(trend if trend in TREND_ORDER else None, locale)
        values[(str(cell.key["quarter"]), name)] = cell.count
    return grouped_columns(
        groups,
        series,
        values,
        label=gettext(locale, "Better, the same or worse than a year ago, by quarter"),
        locale=locale,
        chart_id=chart_id,
        label_heading=gettext(locale, "Quarter"),
    )


class MethodNote(NamedTuple):
    """The report's method note, one paragraph per field, in this order."""

    anonymised: str
    counting: str  # people counts and suppression
    rounding: str
    sample: str  # who chooses to write


def method_note(k: int, locale: str) -> MethodNote:
    """The report's method note: anonymisation, people counts, suppression, representativeness."""
    return MethodNote(
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
            "Counts are rounded to the nearest multiple of {base}, so that comparing two "
            "figures cannot reveal a small number.",
            base=ROUNDING_BASE,
        ),
        gettext(
            locale,
            "People choose to write; these are not a representative sample of migrants. "
            "A message may concern several objectives and is counted under each.",
        ),
    )


@dataclass(frozen=True, slots=True)
class DashboardView:
    """The dashboard's charts as HTML figures, and the countries that get a report link."""

    charts: list[str]
    countries: list[str]


async def build_dashboard(
    services: Services, config: ReviewSettings, period: Period, country: str | None, locale: str
) -> DashboardView:
    """Charts by objective, country, month and trend for the caller's scope."""
    filters: dict[str, str | int] = {"country": country} if country else {}
    overall, by_objective, by_country, by_month, by_trend = await fetch_tables(
        services, config, period, filters, "", "objective", "country", "month", "quarter,trend"
    )
    before = previous_period(period)
    comparison = None
    prev_objective = prev_country = None
    if before is not None:
        prev_overall, prev_objective, prev_country = await fetch_tables(
            services, config, before, filters, "", "objective", "country"
        )
        comparison = Comparison(
            period_name(period), period_name(before), overall.people, prev_overall.people
        )
    charts = [
        bar_chart(
            objective_bars(by_objective, locale, prev_objective),
            label=gettext(locale, "Feedback by GCM objective"),
            locale=locale,
            chart_id="chart-objective",
            label_heading=gettext(locale, "Objective"),
            total=overall.people,
            comparison=comparison,
        ),
        bar_chart(
            country_bars(by_country, locale, prev_country),
            label=gettext(locale, "Feedback by country"),
            locale=locale,
            chart_id="chart-country",
            label_heading=gettext(locale, "Country"),
            total=overall.people,
            comparison=comparison,
        ),
        month_figure(month_bars(by_month), locale),
        trend_by_quarter_figure(by_trend, locale, "chart-trend"),
    ]
    # Only published countries get a link: a link to a withheld one would say it has people.
    codes = [str(c.key["country"]) for c in by_country.cells if c.key["country"]]
    return DashboardView(charts=charts, countries=[country] if country else codes)


@dataclass(frozen=True, slots=True)
class QuoteView:
    """A quote as a report shows it: its text, language code, period and language name."""

    text: str
    lang: str
    period: str
    language: str | None

    @classmethod
    def of(cls, quote: Mapping[str, Any], locale: str) -> QuoteView:
        """A served quote (``review.quotes``' record) as the reader's language shows it."""
        lang = quote["lang"]
        return cls(
            text=quote["text"],
            lang=lang or "",
            period=quote["period"],
            language=language_name(lang, locale) if lang else None,
        )

    @property
    def meta(self) -> str:
        """The period and language on one line."""
        return " · ".join(p for p in (self.period, self.language) if p)


@dataclass(frozen=True, slots=True)
class QuoteSection:
    """The quotes under one objective."""

    title: str
    quotes: list[QuoteView]


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a country report shows, already released and translated."""

    country: str
    locale: str
    title: str
    period_line: str
    summary: str
    total: int | None
    comparison: Comparison | None
    objective_bars: list[Bar]
    trend_bars: list[Bar]
    month_bars: list[Bar]
    quote_sections: list[QuoteSection]
    method: MethodNote
    withheld: str


async def build_report(
    services: Services,
    config: ReviewSettings,
    country: str,
    period: Period,
    locale: str,
    per_objective: int = 3,
) -> Report:
    """Gather the released tables and approved quotes for one country's report."""
    filters: dict[str, str | int] = {"country": country}
    overall, by_objective, by_trend, by_month = await fetch_tables(
        services, config, period, filters, "", "objective", "trend", "month"
    )
    before = previous_period(period)
    comparison = None
    prev_objective = prev_trend = None
    if before is not None:
        prev_overall, prev_objective, prev_trend = await fetch_tables(
            services, config, before, filters, "", "objective", "trend"
        )
        comparison = Comparison(
            period_name(period), period_name(before), overall.people, prev_overall.people
        )
    async with services.sessions() as session:
        page = await quote_page(
            session,
            ref_key=config.secret_key,
            country=country,
            lang=None,
            objective=None,
            period=period,
            limit=200,
            configured_k=config.k,
        )
    # A quote sits only beside a published bar of this report, never a withheld one.
    published = {c.key["objective"] for c in by_objective.cells}
    sections: dict[object, list[QuoteView]] = {}
    for quote in page.quotes if overall.people is not None else []:
        places = [o for o in quote["objectives"] if o in published]
        if not quote["objectives"] and None in published:
            places = [None]
        if not places:
            continue
        bucket = sections.setdefault(places[0], [])
        if len(bucket) < per_objective:
            bucket.append(QuoteView.of(quote, locale))
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
        locale=locale,
        title=gettext(locale, "Migrants' feedback on the GCM: {country}", country=name),
        period_line=gettext(
            locale,
            "Review period: {start} to {end}",
            start=bounds["from"] or gettext(locale, "the beginning"),
            end=bounds["to"] or gettext(locale, "today"),
        ),
        summary=summary,
        total=total,
        comparison=comparison,
        objective_bars=objective_bars(by_objective, locale, prev_objective),
        trend_bars=trend_bars(by_trend, locale, prev_trend),
        month_bars=month_bars(by_month),
        quote_sections=[
            QuoteSection(objective_label(key, locale), views) for key, views in ordered
        ],
        method=method_note(by_objective.query.k, locale),
        withheld=gettext(locale, "withheld to protect small groups"),
    )
