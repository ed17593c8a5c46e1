"""Helpers for the translation tests: the template's messages and sample params."""

from __future__ import annotations

from babel.messages.catalog import Message

from i18n.catalogs import POT, read_catalog
from i18n.translator import gettext, ngettext, placeholders

SAMPLE_PARAMS: dict[str, object] = {
    "code": "K7QM-3XTA",
    "state": "pending",
    "language": "Tigrinya",
    "length": 12000,
    "limit": 10000,
    "text": "The clinic refused to see my daughter.",
    "privacy": "(privacy)",
    "user": "amara",
    "country": "Kenya",
    "name": "Kenya",
    "label": "Kenya",
}
# Placeholders whose value does not matter to these tests get a number.
DEFAULT_PARAM = "7"


def template_messages() -> list[Message]:
    """Every message of the committed template, in a stable order."""
    return sorted((m for m in read_catalog(POT) if m.id), key=lambda m: str(m.id))


def render(lang: str, message: Message, n: int = 1) -> str:
    """Render one template message in a language with sample params."""
    if isinstance(message.id, str):
        names = placeholders(message.id) or set()
        return gettext(lang, message.id, **{k: SAMPLE_PARAMS.get(k, DEFAULT_PARAM) for k in names})
    singular, plural = message.id[0], message.id[1]
    names = ((placeholders(singular) or set()) | (placeholders(plural) or set())) - {"n"}
    params = {k: SAMPLE_PARAMS.get(k, DEFAULT_PARAM) for k in names}
    return ngettext(lang, singular, plural, n, **params)
