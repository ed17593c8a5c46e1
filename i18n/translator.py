"""Translations for every user-facing string, from Babel ``.po`` catalogs.

Call ``gettext(locale, "Your receipt code is {code}.", code=...)``: templates use
named ``{placeholders}`` and are never concatenated. Catalogs live in
``i18n/locale/<lang>/LC_MESSAGES/messages.po`` and are compiled in memory when first
used, so no stale ``.mo`` file can be shipped. A message missing from a catalog falls
back to the English source text.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"
DEFAULT_LOCALE = "en"
# The languages we serve, in the order offered to people.
SUPPORTED: tuple[str, ...] = (
    "en",
    "fr",
    "es",
    "pt",
    "ar",
    "fa",
    "ps",
    "ur",
    "ti",
    "am",
    "so",
    "sw",
    "ha",
    "uk",
    "ru",
    "tr",
    "bn",
)
RTL: frozenset[str] = frozenset({"ar", "fa", "ps", "ur"})

# Unicode bidi isolates: LRI ... PDI keeps a left-to-right fragment (a receipt code,
# a number, a URL) in order inside right-to-left text.
LRI = "\u2066"
PDI = "\u2069"


def N_(msgid: str) -> str:
    """Mark a string for extraction without translating it now."""
    return msgid


@cache
def _translations(locale: str) -> NullTranslations:
    path = LOCALE_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.exists():
        return NullTranslations()
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=locale, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def normalise_locale(code: str | None) -> str | None:
    """Reduce ``fa-AF``, ``pt_BR``, ``EN`` to a supported language code, or None."""
    if not code:
        return None
    lang = code.replace("_", "-").split("-")[0].strip().lower()
    if lang == "prs":  # Dari is written with the Persian catalog
        lang = "fa"
    if lang == "pbt":
        lang = "ps"
    return lang if lang in SUPPORTED else None


def gettext(locale: str | None, msgid: str, **params: object) -> str:
    """Translate ``msgid`` into ``locale`` and fill its named placeholders."""
    lang = normalise_locale(locale) or DEFAULT_LOCALE
    text = _translations(lang).gettext(msgid)
    return text.format(**params) if params else text


def ngettext(locale: str | None, singular: str, plural: str, n: int, **params: object) -> str:
    """Translate with the plural form ``n`` calls for in ``locale`` (CLDR rules via Babel)."""
    lang = normalise_locale(locale) or DEFAULT_LOCALE
    text = _translations(lang).ngettext(singular, plural, n)
    return text.format(n=n, **params)


def is_rtl(locale: str | None) -> bool:
    """Whether the language is written right to left."""
    return (normalise_locale(locale) or DEFAULT_LOCALE) in RTL


def isolate(fragment: str, locale: str | None) -> str:
    """Wrap a left-to-right fragment in bidi isolates when the message is right to left."""
    return f"{LRI}{fragment}{PDI}" if is_rtl(locale) else fragment


def language_name(code: str) -> str:
    """Return a language's name in that language (``fa`` -> ``فارسی``)."""
    try:
        name = Locale.parse(code).display_name
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:] if name else code


def country_name(alpha2: str, locale: str | None) -> str:
    """Return a country's name in the person's language, from CLDR."""
    lang = normalise_locale(locale) or DEFAULT_LOCALE
    name = Locale.parse(lang).territories.get(alpha2.upper())
    return name or alpha2.upper()


def negotiate(explicit: str | None, hints: Iterable[str | None] = ()) -> str:
    """Pick the language: the person's explicit choice, then the channel's hints, then English."""
    for candidate in (explicit, *hints):
        lang = normalise_locale(candidate)
        if lang is not None:
            return lang
    return DEFAULT_LOCALE


def parse_accept_language(header: str | None) -> list[str]:
    """Return the languages of an Accept-Language header, best first."""
    if not header:
        return []
    weighted: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")):
        piece = part.strip()
        if not piece:
            continue
        lang, _, params = piece.partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        weighted.append((-q, index, lang.strip()))
    return [lang for _, _, lang in sorted(weighted) if lang != "*"]
