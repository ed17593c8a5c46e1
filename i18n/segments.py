"""How many SMS a text costs: GSM-7 when every character fits, UCS-2 otherwise.

A single GSM-7 SMS holds 160 septets (153 per part when split); characters of the
extension table (``{ } [ ] ~ \\ | ^ €`` and form feed) take two. One character
outside GSM-7 makes the whole text UCS-2: 70 UTF-16 code units, 67 per part, and a
character beyond the Basic Multilingual Plane (most emoji) takes two.
"""

from __future__ import annotations

from typing import Literal

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

Encoding = Literal["GSM-7", "UCS-2"]


def encoding(text: str) -> Encoding:
    """The encoding a phone or gateway will use for the text."""
    if all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text):
        return "GSM-7"
    return "UCS-2"


def sms_units(text: str) -> int:
    """Length in the encoding's units: septets for GSM-7, UTF-16 code units for UCS-2."""
    if encoding(text) == "GSM-7":
        return sum(2 if ch in GSM7_EXTENSION else 1 for ch in text)
    return len(text.encode("utf-16-le")) // 2


def sms_segments(text: str) -> int:
    """Number of SMS parts the text is sent as (0 for an empty text)."""
    units = sms_units(text)
    if units == 0:
        return 0
    single, part = (160, 153) if encoding(text) == "GSM-7" else (70, 67)
    if units <= single:
        return 1
    return -(-units // part)
