"""Translations for every user-facing string, from Babel ``.po`` catalogs.

Call ``gettext(locale, "Your receipt code is {code}.", code=...)``: templates use
named ``{placeholders}`` and are never concatenated. Catalogs live in
``i18n/locale/<lang>/LC_MESSAGES/messages.po`` and are compiled in memory when first
used, so no stale ``.mo`` file can be shipped. A message missing from a catalog falls
back to the English source text.
"""

from __future__ import annotations

import io
import logging
import re
import string
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

import phonenumbers
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

log = logging.getLogger(__name__)

# The main language we serve in each country, for a phone number's country code.
# Countries whose main language we do not serve (Germany, Italy …) are left out:
# a local SIM card there says nothing about the person's language.
_COUNTRY_LANGUAGE: dict[str, str] = {
    # Arabic
    **dict.fromkeys(
        (
            "EG", "LB", "JO", "SY", "LY", "IQ", "SA", "AE", "KW", "QA", "BH", "OM", "YE",
            "SD", "TN", "DZ", "MA", "MR", "PS",
        ),
        "ar",
    ),
    # Persian: Iran; Afghanistan, where Dari is the language most people share
    "IR": "fa", "AF": "fa",
    "PK": "ur", "BD": "bn",
    "ER": "ti", "ET": "am", "SO": "so",
    "KE": "sw", "TZ": "sw",
    "NE": "ha",
    "UA": "uk", "RU": "ru", "BY": "ru", "KZ": "ru", "KG": "ru",
    "TR": "tr",
    # French
    **dict.fromkeys(
        (
            "FR", "BE", "SN", "ML", "CI", "BF", "GN", "CM", "CD", "CG", "TG", "BJ", "GA", "HT",
            "CF", "TD", "MG", "DJ", "BI", "RW",
        ),
        "fr",
    ),
    # Spanish
    **dict.fromkeys(
        (
            "ES", "MX", "CO", "VE", "PE", "EC", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO",
            "BO", "PY", "UY", "AR", "CL",
        ),
        "es",
    ),
    # Portuguese
    **dict.fromkeys(("PT", "BR", "AO", "MZ", "GW", "CV", "ST"), "pt"),
    # English
    **dict.fromkeys(
        ("GB", "IE", "US", "CA", "AU", "NZ", "NG", "GH", "SL", "LR", "GM", "UG", "ZA", "ZM",
         "ZW", "MW", "SS", "JM", "PH", "IN", "MY", "SG"),
        "en",
    ),
}  # fmt: skip

_FORMATTER = string.Formatter()
# Commands and links inside right-to-left text: "/status K7QM-3XTA", "https://…". A
# command may follow a letter of the right-to-left script directly (Arabic "و/delete",
# "and /delete"); only a Latin letter or digit before the slash means a path or "and/or".
_LTR_RUN = re.compile(
    r"(?<![A-Za-z0-9_/\u2066])(/[a-z]+(?: [A-Z0-9]{4}-[A-Z0-9]{4}| CODE)?|https?://[^\s\u2069]+)"
)

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


def has_translation(locale: str, msgid: str) -> bool:
    """Whether ``locale``'s catalog translates ``msgid`` (English always does)."""
    if locale == "en":
        return True
    catalog: dict[object, object] = getattr(_translations(locale), "_catalog", {})
    return bool(catalog.get(msgid))


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


def placeholders(template: str) -> set[str] | None:
    """Return the named ``{placeholders}`` of a template, or None if it is not a valid one.

    Only plain names are valid: ``{code}``. Positional fields, attribute or index access,
    conversions and format specs are refused, so a translation can never reach into an
    object it is given.
    """
    names: set[str] = set()
    try:
        fields = list(_FORMATTER.parse(template))
    except ValueError:
        return None
    for _, name, spec, conversion in fields:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            return None
        names.add(name)
    return names


def _fill(template: str, params: Mapping[str, object]) -> str | None:
    names = placeholders(template)
    if names is None or not names <= params.keys():
        return None
    return template.format_map({k: params[k] for k in names})


def _render(lang: str, source: str, translated: str, params: Mapping[str, object]) -> str:
    """Fill the translation; on a broken one, log the msgid (never the params) and use English."""
    if lang in RTL:
        translated = _LTR_RUN.sub(lambda m: f"{LRI}{m.group(1)}{PDI}", translated)
    if not params:
        # Without params a template is shown as it is, so it may not ask for any.
        if placeholders(translated) == set() or placeholders(source) != set():
            return translated
        filled = None
    else:
        filled = _fill(translated, params)
    if filled is not None:
        return filled
    log.warning("broken translation, using English", extra={"msgid": source, "locale": lang})
    if not params:
        return source
    english = _fill(source, params)
    if english is None:
        log.error("source message and params disagree", extra={"msgid": source})
        return source
    return english


def gettext(locale: str | None, msgid: str, **params: object) -> str:
    """Translate ``msgid`` into ``locale`` and fill its named placeholders.

    A translation with a missing, unknown or malformed placeholder never fails the
    caller: the English text is used instead and the msgid logged.
    """
    lang = normalise_locale(locale) or DEFAULT_LOCALE
    text = _translations(lang).gettext(msgid)
    return _render(lang, msgid, text, params)


def ngettext(locale: str | None, singular: str, plural: str, n: int, **params: object) -> str:
    """Translate with the plural form ``n`` calls for in ``locale`` (CLDR rules via Babel).

    ``{n}`` is filled with the number (isolated in right-to-left languages).
    """
    lang = normalise_locale(locale) or DEFAULT_LOCALE
    text = _translations(lang).ngettext(singular, plural, n)
    source = singular if n == 1 else plural
    values = {**params, "n": isolate(str(n), lang)}
    if text is singular or text is plural:
        return _render(lang, source, source, values)
    # A plural form may leave the number out ("one message"), so only require a subset.
    names = placeholders(text)
    if names is not None and names <= values.keys():
        return _render(lang, source, text, values)
    log.warning("broken translation, using English", extra={"msgid": singular, "locale": lang})
    return _render(DEFAULT_LOCALE, source, source, values)


def is_rtl(locale: str | None) -> bool:
    """Whether the language is written right to left."""
    return (normalise_locale(locale) or DEFAULT_LOCALE) in RTL


def isolate(fragment: str, locale: str | None) -> str:
    """Wrap a left-to-right fragment in bidi isolates when the message is right to left."""
    return f"{LRI}{fragment}{PDI}" if is_rtl(locale) else fragment


@cache
def language_name(code: str, in_locale: str | None = None) -> str:
    """Return a language's name in that language (``fa`` -> ``فارسی``), or in ``in_locale``.

    A menu of languages names each in its own words; a report names them in its
    reader's (``language_name("en", "ar")`` -> ``الإنجليزية``).
    """
    try:
        language = Locale.parse(code)
        name = language.get_display_name(normalise_locale(in_locale) or language)
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:] if name else code


CHANNEL_NAMES: dict[str, str] = {
    "telegram": N_("Telegram"),
    "whatsapp": N_("WhatsApp"),
    "sms": N_("SMS"),
    "web": N_("web form"),
}


def channel_name(code: str, locale: str | None) -> str:
    """Return the name of a channel (``web`` -> "web form") in the reader's language."""
    msgid = CHANNEL_NAMES.get(code)
    return gettext(locale, msgid) if msgid else code


@cache
def country_name(alpha2: str, locale: str | None) -> str:
    """Return a country's name in the person's language, from CLDR."""
    lang = normalise_locale(locale) or DEFAULT_LOCALE
    name = Locale.parse(lang).territories.get(alpha2.upper())
    return name or alpha2.upper()


def locale_for_phone(e164: str | None) -> str | None:
    """Guess a language from a phone number's country (``+251…`` -> ``am``), or None."""
    if not e164:
        return None
    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return None
    return _COUNTRY_LANGUAGE.get(region or "")


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
