"""A country report as PDF: fpdf2 with HarfBuzz text shaping and the Noto fonts.

Every script we serve is drawn in its own font and shaped: Latin, Cyrillic and Greek
(Noto Sans), Arabic, Persian, Pashto and Urdu (Noto Naskh Arabic, right to left),
Ethiopic for Amharic and Tigrinya (Noto Sans Ethiopic) and Bengali (Noto Sans
Bengali). Each paragraph is set in the font of its main script, with the others as
fallbacks for mixed text, and in the direction of its first strong character; the
report's own texts follow the reader's language, so an Arabic report is laid out right
to left.

The fonts come from the system (Debian's ``fonts-noto-core``, which ``.ci/run`` and
the deployment install). Without them a PDF is refused with ``FontsMissing`` (HTTP
503, naming the package) rather than drawn with question marks; the HTML report does
not need them. A quote in a script none of the fonts covers is replaced by a note
pointing to the HTML report.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError

from core.errors import AppError
from i18n.translator import gettext, is_rtl
from review.charts import Bar

if TYPE_CHECKING:
    from fpdf import FPDF

    from review.report import Report

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/noto"),  # Debian, Ubuntu: fonts-noto-core
    Path("/usr/share/fonts/noto"),  # Arch: noto-fonts
    Path("/usr/share/fonts/google-noto"),  # Fedora: google-noto-*-fonts
    Path("/usr/local/share/fonts/noto"),
)
# Family name -> candidate files, in the order fallbacks are tried.
FONT_FILES: dict[str, tuple[str, ...]] = {
    "NotoSans": ("NotoSans-Regular.ttf",),
    "NotoNaskhArabic": ("NotoNaskhArabic-Regular.ttf", "NotoSansArabic-Regular.ttf"),
    "NotoSansEthiopic": ("NotoSansEthiopic-Regular.ttf",),
    "NotoSansBengali": ("NotoSansBengali-Regular.ttf",),
}
BAR_RGB = (31, 95, 168)
PREVIOUS_RGB = (169, 189, 214)
# Runs that start with a digit ("2026-01", "2026-Q1"): fpdf2's bidi pass reverses them in a
# right-to-left paragraph, so such runs are wrapped in a left-to-right isolate.
_NUMBER_RUN = re.compile(r"[0-9](?:[0-9A-Za-z.,:/\-–]*[0-9A-Za-z])?")
_LRI, _PDI = "\u2066", "\u2069"
_RTL_BIDI = frozenset({"R", "AL"})


class FontsMissing(AppError):
    """The Noto fonts a PDF report needs are not installed; the HTML report still works."""

    status = 503
    code = "pdf_fonts_missing"


@dataclass(frozen=True, slots=True)
class FontSet:
    """The installed fonts, in fallback order, with the characters each covers."""

    paths: dict[str, Path]
    covers: dict[str, frozenset[int]]

    def font_of(self, ch: str) -> str | None:
        """The first family that has a glyph for ``ch``."""
        return next((f for f, cmap in self.covers.items() if ord(ch) in cmap), None)

    def covered(self, text: str) -> bool:
        """Whether every visible character of ``text`` has a glyph in some family."""
        return all(
            self.font_of(ch) is not None
            for ch in text
            if not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf")
        )

    def main_font(self, text: str) -> str:
        """The family covering most of the letters in ``text`` (Noto Sans when none)."""
        counts: dict[str, int] = {}
        for ch in text:
            if unicodedata.category(ch)[0] in "LM":
                family = self.font_of(ch)
                if family is not None:
                    counts[family] = counts.get(family, 0) + 1
        return max(counts, key=lambda f: counts[f]) if counts else next(iter(self.paths))


@cache
def find_fonts(dirs: tuple[Path, ...] = FONT_DIRS) -> FontSet:
    """Locate the Noto fonts and read their character maps (cached per process).

    Raises:
        FontsMissing: a family has no file in any of ``dirs``.
    """
    from fontTools.ttLib import TTFont  # noqa: PLC0415 - slow import; PDFs are rare

    paths: dict[str, Path] = {}
    missing = []
    for family, names in FONT_FILES.items():
        found = next((d / n for n in names for d in dirs if (d / n).is_file()), None)
        if found is None:
            missing.append(names[0])
        else:
            paths[family] = found
    if missing:
        raise FontsMissing(
            "PDF reports need the Noto fonts (" + ", ".join(missing) + "); install "
            "Debian's fonts-noto-core. The HTML report does not need them."
        )
    covers = {}
    for family, path in paths.items():
        with TTFont(path, lazy=True) as font:
            covers[family] = frozenset(font.getBestCmap())
    return FontSet(paths, covers)


def _first_strong_rtl(text: str) -> bool | None:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL_BIDI:
            return True
        if kind == "L":
            return False
    return None


def _language_in(code: str, locale: str) -> str:
    try:
        return Locale.parse(code).get_display_name(locale) or code
    except (UnknownLocaleError, ValueError):
        return code


class _Writer:
    """Paragraphs and bar rows over FPDF, each paragraph in its script's font and direction."""

    def __init__(self, fonts: FontSet, rtl: bool) -> None:
        from fpdf import FPDF  # noqa: PLC0415 - slow import; only when a PDF is asked for

        # fontTools logs a dozen INFO lines per font it subsets: noise in the service log.
        logging.getLogger("fontTools").setLevel(logging.WARNING)
        self.fonts = fonts
        self.rtl = rtl
        self.pdf: FPDF = FPDF(format="A4")
        self.pdf.set_auto_page_break(auto=True, margin=15)
        for family, path in fonts.paths.items():
            self.pdf.add_font(family, "", str(path))
        self.pdf.add_page()

    @property
    def width(self) -> float:
        return float(self.pdf.w - self.pdf.l_margin - self.pdf.r_margin)

    def _setup(self, text: str, size: float, rtl: bool) -> str:
        """Choose the font and direction for ``text``; return it ready to draw."""
        if rtl:
            text = _NUMBER_RUN.sub(lambda m: f"{_LRI}{m.group(0)}{_PDI}", text)
        main = self.fonts.main_font(text)
        self.pdf.set_font(main, size=size)
        self.pdf.set_fallback_fonts([f for f in self.fonts.paths if f != main], exact_match=False)
        self.pdf.set_text_shaping(True, direction="rtl" if rtl else "ltr")
        return text

    def para(
        self,
        text: str,
        size: float = 10,
        height: float = 5.5,
        *,
        rtl: bool | None = None,
        grey: bool = False,
    ) -> None:
        """A wrapped paragraph; ``rtl`` None follows the report's direction."""
        rtl = self.rtl if rtl is None else rtl
        text = self._setup(text, size, rtl)
        self.pdf.set_text_color(*((85, 85, 85) if grey else (0, 0, 0)))
        self.pdf.multi_cell(
            0, height, text, align="R" if rtl else "L", new_x="LMARGIN", new_y="NEXT"
        )

    def heading(self, text: str, size: float = 13) -> None:
        self.pdf.ln(3)
        self.para(text, size=size, height=7)
        y = self.pdf.get_y()
        self.pdf.set_draw_color(120, 120, 120)
        self.pdf.line(self.pdf.l_margin, y, self.pdf.w - self.pdf.r_margin, y)
        self.pdf.ln(2)

    def _bar(self, y: float, length: float, height: float, rgb: tuple[int, int, int]) -> float:
        """Draw a bar from the start edge; return the x where its value label begins."""
        left = self.pdf.l_margin
        x = left + self.width - length if self.rtl else left
        self.pdf.set_fill_color(*rgb)
        self.pdf.rect(x, y, max(length, 0.5), height, style="F")
        return x - 16 if self.rtl else x + length + 2

    def _value(self, x: float, y: float, text: str, size: float) -> None:
        text = self._setup(text, size, self.rtl)
        self.pdf.set_xy(x, y)
        self.pdf.cell(14, 4, text, align="R" if self.rtl else "L")

    def legend(self, items: Sequence[tuple[tuple[int, int, int], str]]) -> None:
        """Colour swatches naming the two periods a chart compares."""
        self.pdf.ln(1)
        y = self.pdf.get_y()
        offset = 0.0
        for rgb, name in items:
            x = self.pdf.l_margin + (self.width - offset - 4 if self.rtl else offset)
            self.pdf.set_fill_color(*rgb)
            self.pdf.rect(x, y + 0.8, 4, 3, style="F")
            shown = self._setup(name, 8, self.rtl)
            self.pdf.set_xy(x - 26 if self.rtl else x + 5, y)
            self.pdf.cell(25, 4.5, shown, align="R" if self.rtl else "L")
            offset += 34
        self.pdf.set_y(y + 5)

    def bars(self, bars: Sequence[Bar], withheld: str, *, compare: bool) -> None:
        """One row per bar: the label on its own line, then the bar and its value."""
        values = [v for b in bars for v in (b.value, b.previous if compare else None)]
        top = max([v for v in values if v is not None] or [1])
        room = self.width - 20
        for bar in bars:
            if self.pdf.get_y() > self.pdf.h - 35:
                self.pdf.add_page()
            self.para(bar.label, size=9, height=4.5)
            y = self.pdf.get_y() + 0.5
            if bar.value is None:
                self.pdf.set_draw_color(150, 150, 150)
                x = self.pdf.l_margin + (self.width - 12 if self.rtl else 0)
                self.pdf.rect(x, y, 12, 3.5)
                self.pdf.set_y(y - 0.5)
                self.para(withheld, size=8, height=4.5, grey=True)
            else:
                at = self._bar(y, room * bar.value / top, 3.5, BAR_RGB)
                self._value(at, y - 0.3, str(bar.value), 8)
                self.pdf.set_y(y + 4.5)
            if compare and bar.previous is not None:
                y = self.pdf.get_y()
                at = self._bar(y, room * bar.previous / top, 2.2, PREVIOUS_RGB)
                self._value(at, y - 0.8, str(bar.previous), 7)
                self.pdf.set_y(y + 3.2)
            self.pdf.ln(1.5)


def render_pdf(report: Report, fonts: FontSet | None = None) -> bytes:
    """Return the report as PDF bytes, in ``report.locale`` (CPU-bound: call it in a thread).

    Raises:
        FontsMissing: the Noto fonts are not installed.
    """
    fonts = fonts or find_fonts()
    locale = report.locale
    w = _Writer(fonts, is_rtl(locale))
    w.pdf.set_title(report.title)
    w.pdf.set_lang(locale)
    w.pdf.set_creator("Compact Voices")
    w.para(report.title, size=16, height=8)
    w.para(report.period_line)
    w.heading(gettext(locale, "Summary"))
    w.para(report.summary)
    comparison = report.comparison
    if comparison is not None and comparison.previous_total is not None:
        w.para(
            gettext(
                locale,
                "Previous period ({period}): {count} people",
                period=comparison.previous,
                count=comparison.previous_total,
            )
        )
    compare = comparison is not None
    if comparison is not None:
        w.legend([(BAR_RGB, comparison.current), (PREVIOUS_RGB, comparison.previous)])
    # The headings name the charts; the charts repeat no title.
    w.heading(gettext(locale, "Feedback by GCM objective"))
    w.bars(report.objective_bars, report.withheld, compare=compare)
    w.heading(gettext(locale, "Trend: better, the same or worse than a year ago"))
    w.bars(report.trend_bars, report.withheld, compare=compare)
    w.heading(gettext(locale, "Feedback by month"))
    w.bars(report.month_bars, report.withheld, compare=False)
    w.heading(gettext(locale, "What people said, by objective"))
    if not report.quote_sections:
        w.para(gettext(locale, "No approved quotes for this period."))
    for section in report.quote_sections:
        w.para(section.title, size=11, height=6)
        for quote in section.quotes:
            if fonts.covered(quote.text):
                rtl = _first_strong_rtl(quote.text)
                w.para(quote.text, rtl=is_rtl(quote.lang) if rtl is None else rtl)
            else:
                w.para(
                    gettext(
                        locale,
                        "[A quote in {language}: see the HTML report, which shows this script.]",
                        language=_language_in(quote.lang, locale),
                    )
                )
            w.para(quote.meta, size=8, height=4.5, grey=True)
            w.pdf.ln(1.5)
    w.heading(gettext(locale, "Method note"))
    for paragraph in report.method:
        w.para(paragraph, size=9, height=5)
    return bytes(w.pdf.output())
