"""Translatable labels: the 23 GCM objectives and the trend answers."""

from __future__ import annotations

from i18n.translator import N_, gettext

NAMES: dict[int, str] = {
    1: N_("Data"),
    2: N_("Adverse drivers"),
    3: N_("Information"),
    4: N_("Legal identity and documentation"),
    5: N_("Regular pathways"),
    6: N_("Fair recruitment and decent work"),
    7: N_("Vulnerabilities"),
    8: N_("Saving lives, missing migrants"),
    9: N_("Smuggling"),
    10: N_("Trafficking"),
    11: N_("Border management"),
    12: N_("Screening, assessment and referral"),
    13: N_("Detention as a last resort"),
    14: N_("Consular protection"),
    15: N_("Access to basic services"),
    16: N_("Inclusion and social cohesion"),
    17: N_("Eliminating discrimination"),
    18: N_("Skills recognition"),
    19: N_("Diaspora contributions"),
    20: N_("Remittances and financial inclusion"),
    21: N_("Return, readmission and reintegration"),
    22: N_("Portability of social security"),
    23: N_("International cooperation"),
}


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
