"""Server-rendered, accessible SVG charts of released counts: no JavaScript, no external assets.

Public API (used by the dashboard, the country report and the public transparency page):

- ``Bar(label, value, previous=None)``: one labelled count; ``value`` None means withheld,
  ``previous`` is the same cell in the comparison period (None: not shown there).
- ``bar_chart(bars, ...)``: horizontal bars, one row per category (objectives, countries).
- ``column_chart(bars, ...)``: one column per period (months), oldest first.
- ``grouped_columns(groups, series, values, ...)``: columns per series within each group
  (trend answers per quarter).
- ``Comparison(current, previous, total, previous_total)``: the two periods a chart compares.
- ``CHART_CSS``: the style sheet the figures need; put it in the page's ``<style>``.

Each function returns one ``<figure>`` as HTML: an optional visible caption, the SVG
(``viewBox`` only, so it scales to its container; values printed beside bars and on
columns), a legend and the total as HTML text (they wrap instead of being clipped), and a
data table for screen readers (the SVG itself is hidden from them). Right-to-left locales
mirror the geometry: bars grow from the right, the first period is rightmost. Text widths
are estimated per script, so labels wrap inside the chart instead of running off it.

Charts take counts that are already released; a withheld cell is drawn as a hatched stub
labelled as withheld, never with a number.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from i18n.translator import gettext, is_rtl

BAR_COLOURS = ("#1f5fa8", "#b03a2e", "#5d6d7e", "#1e8449", "#7d3c98")
PREVIOUS_COLOUR = "#a9bdd6"
WIDTH = 360
LABEL_SIZE = 13
VALUE_SIZE = 12
AXIS_SIZE = 11

CHART_CSS = """
.chart-figure { margin: 0; min-width: 0; }
.chart-figure svg.chart { display: block; width: 100%; height: auto; max-width: 32rem; }
.chart-caption { font-weight: bold; margin: 0 0 .5rem; overflow-wrap: anywhere; }
.chart-legend { list-style: none; padding: 0; margin: .4rem 0 0; font-size: .85rem; }
.chart-legend li { display: inline-block; margin-inline-end: 1rem; }
.chart-swatch { display: inline-block; width: .8em; height: .8em; margin-inline-end: .3em;
  vertical-align: middle; border: 1px solid #555; }
.chart-swatch.hatched { background: repeating-linear-gradient(45deg, #eee 0 3px, #999 3px 5px); }
.chart-total { margin: .4rem 0 0; font-size: .9rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
"""

_HATCH = (
    '<defs><pattern id="{id}" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="6" height="6" fill="#eee"/>'
    '<line x1="0" y1="0" x2="0" y2="6" stroke="#999" stroke-width="2"/></pattern></defs>'
)


@dataclass(frozen=True, slots=True)
class Bar:
    """One labelled count; ``value`` None means the count is withheld."""

    label: str
    value: int | None
    previous: int | None = None


@dataclass(frozen=True, slots=True)
class Comparison:
    """The chart's period and the one it is compared with, with each period's total.

    ``current`` and ``previous`` are the periods' names (``2026-Q1``); a total of None
    is withheld (or unknown) and is not printed.
    """

    current: str
    previous: str
    total: int | None = None
    previous_total: int | None = None


def _char_width(ch: str) -> float:
    """A generous estimate of a character's advance, in ems, for the fonts we serve."""
    code = ord(ch)
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Cf"):
        return 0.0
    if 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF:  # Ethiopic
        return 0.95
    if 0x0980 <= code <= 0x09FF:  # Bengali
        return 0.8
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F:  # Arabic script
        return 0.62
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1.05
    if ch.isupper() or ch in "mwMW@%":
        return 0.78
    if ch in " .,:;'!|il":
        return 0.35
    if ch.isdigit():
        return 0.64
    if ch in "-()[]":
        return 0.4
    return 0.62


def text_width(text: str, size: float) -> float:
    """Estimated rendered width of ``text`` at font ``size`` (user units)."""
    return sum(_char_width(ch) for ch in text) * size


def wrap(text: str, width: float, size: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (words first, then characters)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for ch in word:  # a word longer than the line: break it
            if line and text_width(line + ch, size) > width:
                lines.append(line)
                line = ""
            line += ch
    if line or not lines:
        lines.append(line)
    return lines


class _Canvas:
    """SVG parts in logical coordinates; right-to-left mirrors every x."""

    def __init__(self, width: float, rtl: bool) -> None:
        self.width = width
        self.rtl = rtl
        self.parts: list[str] = []

    def x(self, x: float, w: float = 0.0) -> float:
        return self.width - x - w if self.rtl else x

    def text(
        self,
        x: float,
        y: float,
        content: str,
        *,
        size: float,
        anchor: str = "start",
        cls: str = "",
        fill: str = "#1b1b1b",
    ) -> None:
        # The SVG carries its direction, so "start" is the right end of a text in RTL.
        self.parts.append(
            f'<text x="{self.x(x):.1f}" y="{y:.1f}" font-size="{size}" '
            f'text-anchor="{anchor}" fill="{fill}"'
            + (f' class="{cls}"' if cls else "")
            + f">{escape(content)}</text>"
        )

    def rect(self, x: float, y: float, w: float, h: float, fill: str, cls: str) -> None:
        self.parts.append(
            f'<rect x="{self.x(x, w):.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
            f'fill="{fill}" class="{cls}"/>'
        )

    def svg(self, chart_id: str, height: float, defs: str) -> str:
        direction = "rtl" if self.rtl else "ltr"
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{chart_id}" '
            f'viewBox="0 0 {self.width:.0f} {height:.0f}" preserveAspectRatio="xMidYMin meet" '
            f'direction="{direction}" aria-hidden="true" focusable="false" '
            f"font-family=\"system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif\">"
            f"{defs}{''.join(self.parts)}</svg>"
        )


def _isolate(text: str) -> str:
    """Keep a code-like text (``2025-Q4``, ``2026-01``) left to right inside right-to-left text."""
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return text
    return f"\u2066{text}\u2069"


def _number(value: int | None) -> str:
    return "" if value is None else f"{value:,}".replace(",", "\u202f")


def _change(value: int | None, previous: int | None) -> str:
    if value is None or previous is None:
        return ""
    diff = value - previous
    return f"+{diff}" if diff > 0 else ("±0" if diff == 0 else f"−{-diff}")


def _legend(items: Sequence[tuple[str, str]], withheld: str | None) -> str:
    entries = [
        f'<li><span class="chart-swatch" style="background:{colour}"></span>{escape(name)}</li>'
        for colour, name in items
    ]
    if withheld:
        entries.append(f'<li><span class="chart-swatch hatched"></span>{escape(withheld)}</li>')
    return f'<ul class="chart-legend" aria-hidden="true">{"".join(entries)}</ul>' if entries else ""


def _totals(locale: str, comparison: Comparison | None, total: int | None) -> str:
    lines = []
    if total is not None:
        lines.append(gettext(locale, "Total: {count} people", count=_number(total)))
    if comparison is not None and comparison.previous_total is not None:
        lines.append(
            gettext(
                locale,
                "Previous period ({period}): {count} people",
                period=_isolate(comparison.previous),
                count=_number(comparison.previous_total),
            )
        )
    if not lines:
        return ""
    return f'<p class="chart-total">{escape(" · ".join(lines))}</p>'


def _table(
    label: str,
    label_heading: str,
    rows: Sequence[Sequence[str]],
    headings: Sequence[str],
) -> str:
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in (label_heading, *headings))
    body = "".join(
        f'<tr><th scope="row">{escape(row[0])}</th>'
        + "".join(f"<td>{escape(cell)}</td>" for cell in row[1:])
        + "</tr>"
        for row in rows
    )
    return (
        f'<div class="visually-hidden"><table><caption>{escape(label)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _figure(chart_id: str, label: str, caption: bool, *parts: str) -> str:
    cap_class = "chart-caption" if caption else "visually-hidden"
    return (
        f'<figure class="chart-figure" id="{chart_id}-figure" '
        f'aria-labelledby="{chart_id}-caption">'
        f'<figcaption id="{chart_id}-caption" class="{cap_class}">{escape(label)}</figcaption>'
        + "".join(parts)
        + "</figure>"
    )


def bar_chart(
    bars: Sequence[Bar],
    *,
    label: str,
    locale: str,
    chart_id: str,
    label_heading: str,
    caption: bool = True,
    total: int | None = None,
    comparison: Comparison | None = None,
) -> str:
    """Return a horizontal bar chart, one row per bar, as an HTML ``<figure>``.

    Args:
        bars: the rows, in display order.
        label: the chart's name; shown above it when ``caption``, else only to screen
            readers (use that when a section heading already names the chart).
        locale: language of the fixed texts; right-to-left locales mirror the chart.
        chart_id: a page-unique id for the SVG (the figure gets ``<chart_id>-figure``).
        label_heading: the data table's heading of the label column (``Country``).
        total: the slice's released total, printed below the chart.
        comparison: print each bar's ``previous`` value as a second, paler bar.
    """
    rtl = is_rtl(locale)
    withheld = gettext(locale, "withheld to protect small groups")
    compare = comparison is not None
    canvas = _Canvas(WIDTH, rtl)
    shown = [v for b in bars for v in (b.value, b.previous if compare else None) if v is not None]
    top = max([*shown, 1])
    value_room = text_width("8" * len(_number(top)), VALUE_SIZE) + 8
    bar_room = WIDTH - value_room
    y = 0.0
    has_withheld = False
    for bar in bars:
        for line in wrap(bar.label, WIDTH, LABEL_SIZE):
            y += LABEL_SIZE + 3
            canvas.text(0, y, line, size=LABEL_SIZE, cls="label")
        y += 4
        if bar.value is None:
            has_withheld = True
            canvas.rect(0, y, 28, 14, f"url(#{chart_id}-hatch)", "withheld")
            note = wrap(withheld, WIDTH - 34, VALUE_SIZE)[0]
            canvas.text(34, y + 11.5, note, size=VALUE_SIZE, fill="#444", cls="value")
        else:
            length = max(bar_room * bar.value / top, 1.5)
            canvas.rect(0, y, length, 14, BAR_COLOURS[0], "bar")
            canvas.text(length + 4, y + 11.5, _number(bar.value), size=VALUE_SIZE, cls="value")
        y += 14
        if compare:
            y += 2
            if bar.previous is not None:
                length = max(bar_room * bar.previous / top, 1.5)
                canvas.rect(0, y, length, 8, PREVIOUS_COLOUR, "bar previous")
                canvas.text(
                    length + 4,
                    y + 8,
                    _number(bar.previous),
                    size=AXIS_SIZE,
                    fill="#444",
                    cls="value previous",
                )
            y += 8
        y += 6
    height = max(y + 2, 20)
    legend = (
        [
            (BAR_COLOURS[0], _isolate(comparison.current)),
            (PREVIOUS_COLOUR, _isolate(comparison.previous)),
        ]
        if comparison
        else []
    )
    headings = [gettext(locale, "People")]
    if comparison:
        headings = [
            _isolate(comparison.current),
            _isolate(comparison.previous),
            gettext(locale, "Change"),
        ]
    rows = [
        [
            b.label,
            _number(b.value) if b.value is not None else withheld,
            *([_number(b.previous), _change(b.value, b.previous)] if comparison else []),
        ]
        for b in bars
    ]
    return _figure(
        chart_id,
        label,
        caption,
        canvas.svg(chart_id, height, _HATCH.format(id=f"{chart_id}-hatch")),
        _legend(legend, withheld if has_withheld else None),
        _totals(locale, comparison, total),
        _table(label, label_heading, rows, headings),
    )


def column_chart(
    bars: Sequence[Bar],
    *,
    label: str,
    locale: str,
    chart_id: str,
    label_heading: str,
    caption: bool = True,
    total: int | None = None,
) -> str:
    """Return one column per bar (periods, oldest first) as an HTML ``<figure>``.

    Arguments as for ``bar_chart``; ``previous`` values are not drawn (a series over
    time is its own comparison).
    """
    series = [""]
    values = {(b.label, ""): b.value for b in bars}
    return grouped_columns(
        [b.label for b in bars],
        series,
        values,
        label=label,
        locale=locale,
        chart_id=chart_id,
        label_heading=label_heading,
        caption=caption,
        total=total,
    )


def grouped_columns(
    groups: Sequence[str],
    series: Sequence[str],
    values: dict[tuple[str, str], int | None],
    *,
    label: str,
    locale: str,
    chart_id: str,
    label_heading: str,
    caption: bool = True,
    total: int | None = None,
) -> str:
    """Return a column chart: one group per period, one column per series, as a ``<figure>``.

    ``values`` maps (group, series) to a count, None when withheld; missing pairs are 0.
    A single series named ``""`` draws no legend. Other arguments as for ``bar_chart``.
    """
    rtl = is_rtl(locale)
    withheld = gettext(locale, "withheld to protect small groups")
    n_series = max(len(series), 1)
    shown = [v for v in values.values() if v is not None]
    top = max([*shown, 1])
    number_w = text_width("8" * len(_number(top)), AXIS_SIZE) + 4
    col = max(14.0, number_w)
    axis_label_w = max([text_width(g, AXIS_SIZE) for g in groups] or [0]) + 4
    n_groups = max(len(groups), 1)
    # Room for a label under every group when the chart can stay near WIDTH, else the
    # labels thin out (every n-th); half a label of margin keeps the ends inside.
    margin = axis_label_w / 2
    slot = max(col * n_series + 12, min(axis_label_w, (WIDTH - 2 * margin) / n_groups))
    width = max(float(WIDTH), slot * n_groups + 2 * margin)
    # Few groups: spread them over the width, with columns up to 36 units wide.
    slot = (width - 2 * margin) / n_groups
    col = max(col, min((slot - 12) / n_series, 36.0))
    canvas = _Canvas(width, rtl)
    every = max(1, math.ceil(axis_label_w / slot))
    top_pad, plot_h = AXIS_SIZE + 6, 150.0
    base = top_pad + plot_h
    canvas.parts.append(
        f'<line x1="0" y1="{base}" x2="{width:.0f}" y2="{base}" stroke="#333" stroke-width="1"/>'
    )
    has_withheld = False
    for g_index, group in enumerate(groups):
        centre = margin + g_index * slot + slot / 2
        gx = centre - col * n_series / 2
        for s_index, name in enumerate(series):
            value = values.get((group, name), 0)
            x = gx + s_index * col
            colour = BAR_COLOURS[s_index % len(BAR_COLOURS)]
            if value is None:
                has_withheld = True
                canvas.rect(x + 1, base - 12, col - 2, 12, f"url(#{chart_id}-hatch)", "withheld")
            else:
                h = plot_h * value / top if value else 0.0
                if value:
                    canvas.rect(x + 1, base - h, col - 2, max(h, 1.0), colour, "bar")
                canvas.text(
                    x + col / 2,
                    base - h - 3,
                    _number(value),
                    size=AXIS_SIZE,
                    anchor="middle",
                    cls="value",
                )
        if g_index % every == 0:
            canvas.text(
                centre,
                base + AXIS_SIZE + 4,
                _isolate(group),
                size=AXIS_SIZE,
                anchor="middle",
                cls="label",
            )
    height = base + AXIS_SIZE + 8
    named = [s for s in series if s]
    legend = [(BAR_COLOURS[i % len(BAR_COLOURS)], s) for i, s in enumerate(series) if s]
    headings = named or [gettext(locale, "People")]
    rows = [
        [
            _isolate(group),
            *(withheld if (v := values.get((group, s), 0)) is None else _number(v) for s in series),
        ]
        for group in groups
    ]
    return _figure(
        chart_id,
        label,
        caption,
        canvas.svg(chart_id, height, _HATCH.format(id=f"{chart_id}-hatch")),
        _legend(legend, withheld if has_withheld else None),
        _totals(locale, None, total),
        _table(label, label_heading, rows, headings),
    )
