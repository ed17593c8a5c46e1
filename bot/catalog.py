"""The feedback flow's fixed lists: GCM objectives, countries, and the built-in flow's themes."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import phonenumbers
import pycountry
from babel import Locale

from bot.flow import Option, builtin_flow
from i18n.translator import N_, SUPPORTED

# The 23 objectives of the Global Compact for Migration (A/RES/73/195), short but
# keeping each commitment: its verb where the title has one, and all of its scope.
OBJECTIVE_NAMES: dict[int, str] = {
    1: N_("Accurate and disaggregated data"),
    2: N_("Minimize adverse drivers of migration"),
    3: N_("Accurate and timely information"),
    4: N_("Legal identity and documentation"),
    5: N_("Pathways for regular migration"),
    6: N_("Fair and ethical recruitment, decent work"),
    7: N_("Reduce vulnerabilities in migration"),
    8: N_("Save lives; joint efforts on missing migrants"),
    9: N_("Counter the smuggling of migrants"),
    10: N_("Eradicate trafficking in persons"),
    11: N_("Integrated, secure and coordinated border management"),
    12: N_("Screening, assessment and referral"),
    13: N_("Detention only as a last resort, and alternatives"),
    14: N_("Consular protection, assistance and cooperation"),
    15: N_("Access to basic services"),
    16: N_("Inclusion and social cohesion"),
    17: N_("Eliminate discrimination; evidence-based public discourse"),
    18: N_("Skills development and recognition"),
    19: N_("Migrants' and diasporas' contributions to development"),
    20: N_("Faster, safer and cheaper remittances; financial inclusion"),
    21: N_("Safe and dignified return, readmission and reintegration"),
    22: N_("Portability of social security entitlements"),
    23: N_("International cooperation and global partnerships"),
}


@dataclass(frozen=True, slots=True)
class Theme:
    """A topic a person can pick, and the GCM objectives it stands for."""

    id: str
    label: str
    objectives: tuple[int, ...]


def _builtin_choices(question_id: str) -> tuple[Option, ...]:
    question = builtin_flow().question(question_id)
    return question.choices if question is not None else ()


# The built-in flow's themes and trend answers (bot/flow.toml holds them).
THEMES: tuple[Theme, ...] = tuple(
    Theme(o.id, o.label, o.objectives) for o in _builtin_choices("theme")
)
THEMES_BY_ID = {t.id: t for t in THEMES}
TRENDS: tuple[tuple[str, str], ...] = (
    *((o.id, o.label) for o in _builtin_choices("trend")),
    ("skip", N_("I don't know")),
)

# Countries offered as buttons first, by the language a person chose: where people
# who write in that language most often are. Anything else can be typed.
LIKELY_COUNTRIES: dict[str, tuple[str, ...]] = {
    "en": ("GB", "US", "ZA", "KE", "IT"),
    "fr": ("FR", "BE", "MA", "SN", "ML"),
    "es": ("ES", "MX", "US", "CO", "CL"),
    "pt": ("PT", "BR", "AO", "MZ"),
    "ar": ("LB", "JO", "TR", "DE", "LY"),
    "fa": ("IR", "AF", "TR", "DE"),
    "ps": ("AF", "PK", "IR", "TR"),
    "ur": ("PK", "AE", "SA", "GB"),
    "ti": ("ER", "ET", "SD", "LY", "IT"),
    "am": ("ET", "SA", "LB", "KE"),
    "so": ("SO", "KE", "ET", "YE"),
    "sw": ("KE", "TZ", "UG", "CD"),
    "ha": ("NG", "NE", "LY", "DZ"),
    "uk": ("UA", "PL", "DE", "CZ"),
    "ru": ("RU", "KZ", "UA", "DE"),
    "tr": ("TR", "DE", "NL"),
    "bn": ("BD", "IN", "MY", "SA"),
}


def likely_countries(locale: str, phone: str | None = None) -> list[str]:
    """Countries to offer first: the phone number's country, then the language's list."""
    found: list[str] = []
    if phone:
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(phone, None))
        except phonenumbers.NumberParseException:
            region = None
        if region and region != "ZZ":
            found.append(region)
    for code in LIKELY_COUNTRIES.get(locale, LIKELY_COUNTRIES["en"]):
        if code not in found:
            found.append(code)
    return found[:5]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in kept).split())


# Everyday names that CLDR and ISO do not use.
ALIASES = {
    "uk": "GB",
    "britain": "GB",
    "england": "GB",
    "usa": "US",
    "america": "US",
    "turkey": "TR",
    "turkiye": "TR",
    "holland": "NL",
    "congo": "CD",
    "drc": "CD",
    "ivory coast": "CI",
    "russia": "RU",
    "iran": "IR",
    "syria": "SY",
}


@cache
def _country_index() -> dict[str, str]:
    """Map folded country names in every served language (and codes) to ISO alpha-2."""
    index: dict[str, str] = {}
    valid = {c.alpha_2 for c in pycountry.countries}
    for lang in SUPPORTED:
        for code, name in Locale.parse(lang).territories.items():
            if code in valid:
                index.setdefault(_fold(name), code)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(_fold(value), country.alpha_2)
        index.setdefault(_fold(country.alpha_3), country.alpha_2)
    for alias, code in ALIASES.items():
        index.setdefault(alias, code)
    return index


def match_country(text: str) -> str | None:
    """Find the country a person typed, in any served language; None if unsure."""
    folded = _fold(text)
    if not folded or len(folded) > 60:
        return None
    if len(folded) == 2 and folded.upper() in {c.alpha_2 for c in pycountry.countries}:
        return folded.upper()
    index = _country_index()
    if folded in index:
        return index[folded]
    # "in Italy", "I am in Libya": try each word and pair of words.
    words = folded.split()
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            candidate = " ".join(words[start : start + size])
            if len(candidate) >= 4 and candidate in index:
                return index[candidate]
    return None
