"""The SVG charts' public API: scalable, values as text, totals, comparison, tables, RTL."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from review.charts import WIDTH, Bar, Comparison, bar_chart, column_chart, text_width, wrap

SVG = "{http://www.w3.org/2000/svg}"


def _svg(html: str) -> ET.Element:
    match = re.search(r"<svg.*</svg>", html, re.S)
    assert match
    return ET.fromstring(match.group(0))  # noqa: S314 - our own output


def _bars(svg: ET.Element) -> list[ET.Element]:
    return [r for r in svg.iter(f"{SVG}rect") if "bar" in r.get("class", "").split()]


def test_bar_chart_scales_prints_values_totals_and_a_table() -> None:
    html = bar_chart(
        [Bar("Objective 6", 40, 30), Bar("Objective 15", 12, None)],
        label="Feedback by objective",
        locale="en",
        chart_id="c",
        label_heading="Objective",
        total=52,
        comparison=Comparison("2026-Q1", "2025-Q4", 52, 30),
    )
    svg = _svg(html)
    assert svg.get("width") is None  # the viewBox alone sizes it, so it scales to its card
    assert svg.get("viewBox") == f"0 0 {WIDTH} {svg.get('viewBox', '').split()[-1]}"
    assert svg.get("aria-hidden") == "true"
    values = [t.text for t in svg.iter(f"{SVG}text") if "value" in t.get("class", "")]
    assert values == ["40", "30", "12"]
    assert len([r for r in _bars(svg) if "previous" in r.get("class", "")]) == 1
    assert "Total: 52 people" in html
    assert "Previous period (\u20662025-Q4\u2069): 30 people" in html
    table = re.search(r"<table>.*</table>", html, re.S)
    assert table
    assert '<th scope="row">Objective 6</th><td>40</td><td>30</td><td>+10</td>' in table.group(0)
    assert '<figcaption id="c-caption" class="chart-caption">' in html


def test_right_to_left_bars_grow_from_the_right_edge() -> None:
    html = bar_chart(
        [Bar("الهدف 6", 40), Bar("الهدف 15", 10)],
        label="x",
        locale="ar",
        chart_id="c",
        label_heading="y",
        caption=False,
    )
    svg = _svg(html)
    assert svg.get("direction") == "rtl"
    for rect in _bars(svg):
        assert abs(float(rect.get("x", 0)) + float(rect.get("width", 0)) - WIDTH) < 0.2
    labels = [t for t in svg.iter(f"{SVG}text") if t.get("class") == "label"]
    assert all(float(t.get("x", 0)) == WIDTH for t in labels)
    assert 'class="visually-hidden">x</figcaption>' in html  # named, not titled twice


def test_long_labels_wrap_inside_the_chart() -> None:
    label = "Objective 16: Empower migrants and societies to realize full inclusion " * 2
    lines = wrap(label, WIDTH, 13)
    assert len(lines) > 1
    assert all(text_width(line, 13) <= WIDTH for line in lines)
    assert " ".join(lines) == label.strip()
    ethiopic = wrap("ሰነዶቼን" * 30, WIDTH, 13)
    assert all(text_width(line, 13) <= WIDTH for line in ethiopic)


def test_many_months_keep_their_labels_inside() -> None:
    months = [Bar(f"{2024 + i // 12}-{i % 12 + 1:02d}", 10 + i) for i in range(30)]
    svg = _svg(column_chart(months, label="m", locale="en", chart_id="m", label_heading="Month"))
    width = float(svg.get("viewBox", "").split()[2])
    labels = [t for t in svg.iter(f"{SVG}text") if t.get("class") == "label"]
    assert 1 < len(labels) < 30  # thinned out, not overlapping
    for text in labels:
        centre = float(text.get("x", 0))
        half = text_width(text.text or "", 11) / 2
        assert half <= centre <= width - half
    assert len(_bars(svg)) == 30
