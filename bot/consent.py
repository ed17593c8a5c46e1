"""The consent text, as named elements, the same in substance on every channel.

A person agrees to exactly these statements, so none may be cut for length: each
element is its own message in the catalogs, and a channel shows all of them (SMS
sends a long consent as two messages rather than a shorter one). The elements
differ by channel only where the facts do: a chat or phone address is kept to
reply, the web form keeps none and has no chat commands.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from core.messages import ChannelKind
from i18n.translator import N_, gettext


class Element(StrEnum):
    """What the consent text must say."""

    PURPOSE = "purpose"  # who we are and why we collect
    REMOVED = "removed"  # what is taken out before anything is kept
    READERS = "readers"  # who reads what is kept
    REVIEW = "review"  # what review bodies get
    ADDRESS = "address"  # what we keep to reach the person
    RIGHTS = "rights"  # /mydata and /delete, at any time


_CHAT: dict[Element, str] = {
    # TRANSLATORS: Consent, the purpose. The name "Compact Voices" stays as it is.
    # Use the glossary's name of the Global Compact for Migration.
    Element.PURPOSE: N_(
        "Compact Voices collects migrants' experiences of the Global Compact for "
        "Migration, to inform its reviews."
    ),
    # TRANSLATORS: Consent, what is removed. Say plainly that we take these out
    # before we store anything; keep all three: names, phone numbers, other details.
    Element.REMOVED: N_(
        "Before we keep what you write, we remove names, phone numbers and other personal details."
    ),
    # TRANSLATORS: Consent, who reads it. Use the glossary word for moderator (a
    # person who checks messages, not an official or an administrator).
    Element.READERS: N_("A moderator reads it."),
    # TRANSLATORS: Consent, what review bodies get. "Only" matters: never the
    # whole conversation, never who wrote it. "Counts" means numbers of people.
    Element.REVIEW: N_("Review bodies get only anonymous quotes and counts."),
    # TRANSLATORS: Consent, on Telegram. "To reply to you": the only use of the
    # address is to answer this person (not to send them back anywhere).
    Element.ADDRESS: N_("Your chat address is kept encrypted, only to reply to you."),
    # TRANSLATORS: Consent, the person's rights. Keep /mydata and /delete as they
    # are, and keep "at any time".
    Element.RIGHTS: N_("At any time, send /mydata to see what we hold, or /delete to erase it."),
}
# TRANSLATORS: Consent, on WhatsApp and SMS. "To reply to you": the only use of the
# number is to answer this person.
_PHONE_ADDRESS = N_("Your phone number is kept encrypted, only to reply to you.")
_WEB: dict[Element, str] = {
    **_CHAT,
    # TRANSLATORS: Consent, on the web form: we keep nothing to contact the person.
    Element.ADDRESS: N_("We keep no address or number to contact you."),
    # TRANSLATORS: Consent, on the web form. Keep /status as it is, and keep "at
    # any time". The receipt code is shown after sending.
    Element.RIGHTS: N_(
        "At any time, send /status with your receipt code to our chat bot to see "
        "what happened to your message."
    ),
}

ELEMENTS: Mapping[ChannelKind, Mapping[Element, str]] = {
    ChannelKind.TELEGRAM: _CHAT,
    ChannelKind.WHATSAPP: {**_CHAT, Element.ADDRESS: _PHONE_ADDRESS},
    ChannelKind.SMS: {**_CHAT, Element.ADDRESS: _PHONE_ADDRESS},
    ChannelKind.WEB: _WEB,
}


def consent_elements(locale: str, channel: ChannelKind) -> list[tuple[Element, str]]:
    """Every element of the consent text for the channel, translated, in reading order."""
    return [(element, gettext(locale, msgid)) for element, msgid in ELEMENTS[channel].items()]


def consent_text(locale: str, channel: ChannelKind) -> str:
    """The consent text as one message: one element per line."""
    return "\n".join(text for _, text in consent_elements(locale, channel))
