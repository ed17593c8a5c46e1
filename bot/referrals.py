"""Referral messages for people in urgent danger, per category and country, set by the operator.

The operator's JSON file (``VOICES_REFERRALS_FILE``) maps ISO country codes (or
``"*"`` for anywhere) to texts per urgent category (or ``"*"`` for any), each in
several languages::

    {"LY": {"*": {"en": "…", "ar": "…"}, "self_harm": {"en": "…", "ar": "…"}},
     "*": {"trafficking": {"en": "…"}}}

A country may also map straight to ``{lang: text}``, which then serves every
category. The message a person gets is the most specific text found: this
country's text for the category, then anywhere's for the category; failing
both, our built-in advice for the category (translated) followed by the
country's general text, anywhere's general text, or our general message.
Texts in the person's language are preferred, then English.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.errors import ConfigError
from core.messages import HELP_NOW
from i18n.translator import N_, gettext

ANY = "*"

# TRANSLATORS: Safety: sent at once to a person who may be in danger. Keep every
# option (a safe place, the local emergency number, IOM, UNHCR, the Red Cross and the
# Red Crescent) and keep it calm and short.
GENERAL = N_(
    "If you are in danger right now, go to a safe place if you can and call the local "
    "emergency number. You can also ask IOM, UNHCR or the Red Cross / Red Crescent for help. "
    "A person on our team will read your message first."
)

CATEGORY_ADVICE = {
    # TRANSLATORS: Safety: advice sent at once to a person who may be in danger
    # (detention). Keep it calm, short and complete.
    "detention": N_(
        "If you are detained or locked in, you have the right to ask for a lawyer and to "
        "contact UNHCR or the Red Cross."
    ),
    # TRANSLATORS: Safety: advice sent at once to a person who may be in danger
    # (trafficking). Keep it calm, short and complete.
    "trafficking": N_(
        "If someone took your documents or does not let you leave, call an anti-trafficking "
        "hotline, or the police when it is safe."
    ),
    # TRANSLATORS: Safety: advice sent at once to a person who may be in danger
    # (violence). Keep it calm, short and complete.
    "violence": N_(
        "If someone is hurting or threatening you, move away from them if you can and call "
        "the emergency number."
    ),
    # TRANSLATORS: Safety: advice sent at once to a person who may be in danger
    # (sexual violence). Keep it calm, short and complete.
    "sexual_violence": N_(
        "If someone hurt you sexually, you can get medical care and support in confidence at "
        "a clinic or hospital."
    ),
    # TRANSLATORS: Safety: advice sent at once to a person who may be in danger
    # (child at risk). Keep it calm, short and complete.
    "child_at_risk": N_(
        "If a child is alone or in danger, call the emergency number or child protection services."
    ),
    # TRANSLATORS: Safety: advice sent at once to a person who may be in danger
    # (medical). Keep it calm, short and complete.
    "medical": N_("For a medical emergency, call the emergency number or go to a hospital now."),
    # TRANSLATORS: Safety: advice sent at once to a person who may be in danger
    # (self harm). Keep it calm, short and complete.
    "self_harm": N_(
        "You are not alone. Please call a crisis line or the emergency number now, or tell "
        "someone near you."
    ),
    # TRANSLATORS: Safety: advice sent at once to a person who may be in danger
    # (missing person). Keep it calm, short and complete.
    "missing_person": N_(
        "To search for a missing relative, contact the Red Cross / Red Crescent tracing "
        "service (Restoring Family Links)."
    ),
    # TRANSLATORS: Safety: advice sent at once to a person who may be in danger
    # (abandonment). Keep it calm, short and complete.
    "abandonment": N_(
        "If you are in danger at sea or in the desert, call the emergency number or the coast "
        "guard and say where you are."
    ),
    # TRANSLATORS: Safety: advice sent at once to a person who may be in danger
    # (pushback). Keep it calm, short and complete.
    "pushback": N_(
        "If you were forced back across a border, you can report it to UNHCR. If anyone is "
        "hurt, call the emergency number."
    ),
}

Table = dict[str, dict[str, dict[str, str]]]


class Referrals:
    """Looks up the message to send at once when a person may be in immediate danger.

    Args:
        table: country (upper case, or ``"*"``) -> category (or ``"*"``) -> language -> text.
    """

    def __init__(self, table: Table | None = None) -> None:
        self._table: Table = {k.upper(): v for k, v in (table or {}).items()}

    @classmethod
    def from_file(cls, path: str | None) -> Referrals:
        """Load the operator's table; a broken file stops start-up, naming the variable."""
        if not path:
            return cls()
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"VOICES_REFERRALS_FILE cannot be read as JSON: {path}") from exc
        return cls(parse_table(data))

    def message(self, country: str | None, locale: str, category: str | None = None) -> str:
        """The referral text for ``category`` in ``country``, in the person's language."""
        countries = [c for c in (country.upper() if country else None, ANY) if c]
        if category:
            for key in countries:
                text = self._text(key, category, locale)
                if text:
                    return text
        general = next(
            (t for key in countries if (t := self._text(key, ANY, locale))), None
        ) or gettext(locale, GENERAL)
        advice = CATEGORY_ADVICE.get(category or "")
        return f"{gettext(locale, advice)}\n\n{general}" if advice else general

    def _text(self, country: str, category: str, locale: str) -> str | None:
        by_lang = self._table.get(country, {}).get(category)
        if not by_lang:
            return None
        return by_lang.get(locale) or by_lang.get("en")


def parse_table(data: object) -> Table:
    """Check and normalise the operator's file; raise ``ConfigError`` saying what is wrong."""
    if not isinstance(data, dict):
        raise ConfigError("VOICES_REFERRALS_FILE must map country codes to texts")
    table: Table = {}
    for country, entry in data.items():
        if not isinstance(entry, dict) or not entry:
            raise ConfigError(f"VOICES_REFERRALS_FILE: {country} must map to texts")
        if all(isinstance(v, str) for v in entry.values()):
            table[str(country)] = {ANY: dict(entry)}
            continue
        by_category: dict[str, dict[str, str]] = {}
        for category, texts in entry.items():
            if category != ANY and category not in CATEGORY_ADVICE and category != HELP_NOW:
                raise ConfigError(f"VOICES_REFERRALS_FILE: {country}: unknown category {category}")
            if not isinstance(texts, dict) or not all(
                isinstance(t, str) and t.strip() for t in texts.values()
            ):
                raise ConfigError(
                    f"VOICES_REFERRALS_FILE: {country}.{category} must map languages to texts"
                )
            by_category[str(category)] = dict(texts)
        table[str(country)] = by_category
    return table
