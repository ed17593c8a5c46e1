"""Referral messages for people in urgent danger, per country, configured by the operator.

The operator's JSON file (``VOICES_REFERRALS_FILE``) maps ISO country codes to
messages per language, e.g. ``{"LY": {"en": "…", "ar": "…"}, "*": {"en": "…"}}``.
Without one, a general message in the person's language is sent.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.errors import ConfigError
from i18n.translator import N_, gettext

# TRANSLATORS: Safety: sent at once to a person who may be in danger. Keep every
# option (a safe place, the local emergency number, IOM, UNHCR, the Red Cross and the
# Red Crescent) and keep it calm and short.
GENERAL = N_(
    "If you are in danger right now, go to a safe place if you can and call the local "
    "emergency number. You can also ask IOM, UNHCR or the Red Cross / Red Crescent for help. "
    "A person on our team will read your message first."
)


class Referrals:
    """Looks up the message to send at once when a message suggests immediate danger."""

    def __init__(self, table: dict[str, dict[str, str]] | None = None) -> None:
        self._table = {k.upper(): v for k, v in (table or {}).items()}

    @classmethod
    def from_file(cls, path: str | None) -> Referrals:
        """Load the operator's table; a broken file stops start-up, naming the variable."""
        if not path:
            return cls()
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"VOICES_REFERRALS_FILE cannot be read as JSON: {path}") from exc
        if not isinstance(data, dict) or not all(
            isinstance(v, dict) and all(isinstance(t, str) for t in v.values())
            for v in data.values()
        ):
            raise ConfigError("VOICES_REFERRALS_FILE must map country codes to {lang: text}")
        return cls(data)

    def message(self, country: str | None, locale: str) -> str:
        """Return the referral text for the country in the person's language."""
        for key in (country.upper() if country else None, "*"):
            if key and key in self._table:
                by_lang = self._table[key]
                text = by_lang.get(locale) or by_lang.get("en")
                if text:
                    return text
        return gettext(locale, GENERAL)
