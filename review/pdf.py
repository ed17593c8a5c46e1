"""A country report as PDF, drawn with fpdf2 (pure Python, no system libraries needed).

Fonts: DejaVu Sans is embedded when the system has it (Latin, Cyrillic, Greek and
more); otherwise the PDF falls back to the core Helvetica font and Latin-1 text.
Right-to-left scripts need shaping (HarfBuzz), and Ethiopic needs a font we do not
ship, so a quote the embedded font cannot render faithfully is replaced by a note
pointing to the HTML report, which browsers render correctly.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError

from i18n.translator import gettext, is_rtl
from review.objectives import trend_label

if TYPE_CHECKING:
    from review.dashboard import Report

FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
)
BAR_RGB = (31, 95, 168)


@cache
def _font() -> tuple[Path, frozenset[int]] | None:
    for path in FONT_CANDIDATES:
        if path.exists():
            from fontTools.ttLib import TTFont  # noqa: PLC0415 - 0.4 s at import; PDFs are rare

            with TTFont(path, lazy=True) as font:
                covered = frozenset(font.getBestCmap())
            return path, covered
    return None


def _language_in(code: str, locale: str) -> str:
    try:
        return Locale.parse(code).get_display_name(locale) or code
    except (UnknownLocaleError, ValueError):
        return code


class _Writer:
    """Small helpers over FPDF that know which font is in use."""

    def __init__(self) -> None:
        from fpdf import FPDF  # noqa: PLC0415 - 0.4 s at import; only when a PDF is asked for

        self.pdf = FPDF(format="A4")
        self.pdf.set_auto_page_break(auto=True, margin=15)
        self.pdf.add_page()
        found = _font()
        if found is not None:
            self.pdf.add_font("DejaVu", "", str(found[0]))
            self.family, self.covered = "DejaVu", found[1]
        else:
            self.family, self.covered = "Helvetica", frozenset(range(256))

    def renderable(self, text: str, lang: str) -> bool:
        if is_rtl(lang):
            return False
        return all(ord(ch) in self.covered or ch in "\n\r\t" for ch in text)

    def clean(self, text: str) -> str:
        return "".join(ch if ord(ch) in self.covered else "?" for ch in text)

    def para(self, text: str, size: int = 10, height: float = 5.5) -> None:
        self.pdf.set_font(self.family, size=size)
        self.pdf.multi_cell(0, height, self.clean(text), new_x="LMARGIN", new_y="NEXT")

    def heading(self, text: str, size: int = 13) -> None:
        self.pdf.ln(3)
        self.para(text, size=size, height=7)
        y = self.pdf.get_y()
        self.pdf.line(self.pdf.l_margin, y, self.pdf.w - self.pdf.r_margin, y)
        self.pdf.ln(2)

    def bars(self, rows: list[tuple[str, int | None]], withheld: str) -> None:
        top = max([v for _, v in rows if v is not None] or [1])
        label_w, bar_max = 75.0, self.pdf.w - self.pdf.l_margin - self.pdf.r_margin - 95
        self.pdf.set_font(self.family, size=8)
        for label, value in rows:
            x, y = self.pdf.l_margin, self.pdf.get_y()
            if y > self.pdf.h - 25:
                self.pdf.add_page()
                y = self.pdf.get_y()
            self.pdf.set_xy(x, y)
            self.pdf.cell(label_w, 5, self.clean(label)[:48])
            if value is None:
                self.pdf.set_draw_color(150, 150, 150)
                self.pdf.rect(x + label_w, y + 1, 12, 3.5)
                self.pdf.set_xy(x + label_w + 14, y)
                self.pdf.cell(40, 5, self.clean(withheld))
            else:
                width = max(bar_max * value / top, 0.5)
                self.pdf.set_fill_color(*BAR_RGB)
                self.pdf.rect(x + label_w, y + 1, width, 3.5, style="F")
                self.pdf.set_xy(x + label_w + width + 2, y)
                self.pdf.cell(15, 5, str(value))
            self.pdf.ln(5.5)


def supports_locale(locale: str) -> bool:
    """Whether a report in ``locale`` can be drawn faithfully with the embedded font."""
    if is_rtl(locale):
        return False
    try:
        sample = Locale.parse(locale).display_name or ""
    except (UnknownLocaleError, ValueError):
        return False
    found = _font()
    covered = found[1] if found is not None else frozenset(range(256))
    return all(ord(ch) in covered for ch in sample)


def render_pdf(report: Report, locale: str) -> bytes:
    """Return the report as PDF bytes (CPU-bound: call it in a thread)."""
    w = _Writer()
    w.pdf.set_title(w.clean(report.title))
    w.pdf.set_creator("Compact Voices")
    w.para(report.title, size=16, height=8)
    w.para(report.period_line)
    w.heading(gettext(locale, "Summary"))
    w.para(report.summary)
    w.heading(gettext(locale, "Feedback by GCM objective"))
    w.bars([(b.label, b.value) for b in report.objective_bars], report.withheld)
    w.heading(gettext(locale, "Trend: better, the same or worse than a year ago"))
    w.bars(
        [(trend_label(c.key.get("trend"), locale), c.count) for c in report.trend.cells],
        report.withheld,
    )
    w.heading(gettext(locale, "Feedback by month"))
    w.bars([(str(c.key["month"]), c.count) for c in report.months.cells], report.withheld)
    w.heading(gettext(locale, "What people said, by objective"))
    if not report.quote_sections:
        w.para(gettext(locale, "No approved quotes for this period."))
    for section in report.quote_sections:
        w.para(section.title, size=11, height=6)
        for quote in section.quotes:
            if w.renderable(quote.text, quote.lang):
                w.para(f"“{quote.text}”" if w.renderable("“”", "en") else f'"{quote.text}"')
            else:
                w.para(
                    gettext(
                        locale,
                        "[A quote in {language}: see the HTML report, which shows this script.]",
                        language=_language_in(quote.lang, locale),
                    )
                )
            w.para(quote.meta, size=8, height=4.5)
            w.pdf.ln(1)
    w.heading(gettext(locale, "Method note"))
    for paragraph in report.method:
        w.para(paragraph, size=9, height=5)
    return bytes(w.pdf.output())
