"""Translatable labels: the 23 GCM objectives and the trend answers."""

from __future__ import annotations

from bot.catalog import OBJECTIVE_NAMES
from i18n.translator import N_, gettext

# One list of the 23 objectives for the console, the dashboard and the reports.
NAMES: dict[int, str] = OBJECTIVE_NAMES


def objective_label(number: object, locale: str) -> str:
    """Return "15. Access to basic services" in ``locale``; unclassified for None."""
    if isinstance(number, int) and number in NAMES:
        return gettext(
            locale, "{number}. {name}", number=number, name=gettext(locale, NAMES[number])
        )
    return gettext(locale, "Not classified")


TRENDS: dict[str, str] = {
    "better": N_("Better"),
    "same": N_("The same"),
    "worse": N_("Worse"),
}


def trend_label(value: object, locale: str) -> str:
    """Return the translated answer to "better, the same or worse than a year ago?"."""
    msgid = TRENDS.get(str(value))
    return gettext(locale, msgid) if msgid else gettext(locale, "Not asked")
