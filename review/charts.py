"""Server-rendered SVG bar charts of suppressed aggregates: no JavaScript, no external assets.

Charts take already-suppressed cells; a withheld cell is drawn as a hatched stub
labelled as withheld, never with a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

BAR_COLOURS = ("#1f5fa8", "#c0392b", "#7f8c8d", "#27ae60", "#8e44ad")
HATCH = (
    '<defs><pattern id="{id}" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="6" height="6" fill="#eee"/>'
    '<line x1="0" y1="0" x2="0" y2="6" stroke="#999" stroke-width="2"/></pattern></defs>'
)


@dataclass(frozen=True, slots=True)
class Bar:
    """One labelled bar; ``value`` None means the count is withheld."""

    label: str
    value: int | None


def horizontal_bars(
    bars: Sequence[Bar], *, title: str, withheld: str, chart_id: str, width: int = 640
) -> str:
    """Return an SVG horizontal bar chart with one row per bar."""
    row, label_w, top = 22, 250, 30
    height = top + row * max(len(bars), 1) + 10
    top_value = max([b.value for b in bars if b.value is not None] or [1])
    scale = (width - label_w - 60) / max(top_value, 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" id="{chart_id}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-label="{escape(title)}">',
        HATCH.format(id=f"{chart_id}-hatch"),
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="18" font-size="15" font-weight="bold">{escape(title)}</text>',
    ]
    for i, bar in enumerate(bars):
        y = top + i * row
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" font-size="12" text-anchor="end">'
            f"{escape(bar.label)}</text>"
        )
        if bar.value is None:
            parts.append(
                f'<rect x="{label_w}" y="{y + 3}" width="40" height="16" '
                f'fill="url(#{chart_id}-hatch)" class="withheld"/>'
                f'<text x="{label_w + 46}" y="{y + 15}" font-size="11" fill="#555">'
                f"{escape(withheld)}</text>"
            )
        else:
            w = max(int(bar.value * scale), 1)
            parts.append(
                f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="16" '
                f'fill="{BAR_COLOURS[0]}" class="bar"/>'
                f'<text x="{label_w + w + 4}" y="{y + 15}" font-size="11">{bar.value}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def grouped_columns(
    groups: Sequence[str],
    series: Sequence[str],
    values: dict[tuple[str, str], int | None],
    *,
    title: str,
    withheld: str,
    chart_id: str,
    height: int = 260,
) -> str:
    """Return an SVG column chart: one group per period, one column per series.

    ``values`` maps (group, series) to a count, None when withheld; missing pairs are 0.
    """
    col, gap, left, bottom, top = 14, 16, 40, 40, 50
    # Wide enough for a "2026-01" label under every group.
    group_w = max(col * max(len(series), 1) + gap, 52)
    width = max(left + group_w * max(len(groups), 1) + 20, 360)
    shown = [v for v in values.values() if v is not None]
    top_value = max([*shown, 1])
    scale = (height - top - bottom) / top_value
    base = height - bottom
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" id="{chart_id}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-label="{escape(title)}">',
        HATCH.format(id=f"{chart_id}-hatch"),
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="18" font-size="15" font-weight="bold">{escape(title)}</text>',
        f'<line x1="{left}" y1="{base}" x2="{width - 10}" y2="{base}" stroke="#333"/>',
        f'<text x="{left - 4}" y="{top + 4}" font-size="10" text-anchor="end">{top_value}</text>',
    ]
    for s_index, name in enumerate(series):
        x = left + s_index * 120
        colour = BAR_COLOURS[s_index % len(BAR_COLOURS)]
        parts.append(
            f'<rect x="{x}" y="26" width="10" height="10" fill="{colour}"/>'
            f'<text x="{x + 14}" y="35" font-size="11">{escape(name)}</text>'
        )
    for g_index, group in enumerate(groups):
        gx = left + g_index * group_w + gap // 2
        for s_index, name in enumerate(series):
            value = values.get((group, name), 0)
            x = gx + s_index * col
            if value is None:
                parts.append(
                    f'<rect x="{x}" y="{base - 12}" width="{col - 2}" height="12" '
                    f'fill="url(#{chart_id}-hatch)" class="withheld">'
                    f"<title>{escape(withheld)}</title></rect>"
                )
            elif value:
                h = max(int(value * scale), 1)
                parts.append(
                    f'<rect x="{x}" y="{base - h}" width="{col - 2}" height="{h}" '
                    f'fill="{BAR_COLOURS[s_index % len(BAR_COLOURS)]}" class="bar">'
                    f"<title>{value}</title></rect>"
                )
        parts.append(f'<text x="{gx}" y="{base + 14}" font-size="10">{escape(group)}</text>')
    parts.append(
        f'<text x="{left}" y="{height - 6}" font-size="10" fill="#555">'
        f'<tspan class="hatch-key">▨</tspan> {escape(withheld)}</text>'
    )
    parts.append("</svg>")
    return "".join(parts)
