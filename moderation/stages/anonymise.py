"""Anonymisation: find personal data in a message and replace it with typed placeholders.

Detection runs on a copy of the text whose digits (Arabic-Indic, Persian,
Bengali, Devanagari, full-width...) are folded to ASCII one code point for one,
so every span found in the copy is the same span in the original; replacement
is applied to the original, which keeps the person's own digits in amounts and
years that are not personal data.

Placeholders are plain ``[NAME]``, ``[PHONE]``... (not numbered): adjacent name
words are merged into one ``[NAME]`` per person, and ``entities`` counts one
per replaced span.

Policy decisions, so review bodies keep what they need:
- city, country and organisation names, month names and nationalities are kept;
- amounts, durations, bare years and dates that are not near a birth cue are kept;
- URLs are replaced, except the bare home page of an international or government
  organisation (``unhcr.org``, ``www.iom.int``, ``*.gov.uk``); any path is replaced;
- profile links on social networks and ``@handles`` become ``[HANDLE]``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers
import regex
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.es import dni, nie
from stdnum.tr import tckimlik

from moderation._text import ascii_digits, variant_pattern
from moderation.lexicon import Lexicon
from moderation.stages._names import NameFinder
from moderation.stages.base import Entity, Work, WorkState

# Higher wins when spans overlap.
_PRIORITY = {
    Entity.EMAIL: 100,
    Entity.HANDLE: 95,
    Entity.URL: 90,
    Entity.IBAN: 80,
    Entity.CARD: 75,
    Entity.DOB: 70,
    Entity.ID: 65,
    Entity.ADDRESS: 60,
    Entity.PHONE: 50,
    Entity.NAME: 10,
}
_GENERIC_ID_PRIORITY = 45

# Region to read national phone numbers in, by message language.
_REGIONS = {
    "en": "GB",
    "fr": "FR",
    "es": "ES",
    "pt": "BR",
    "ar": "SY",
    "fa": "IR",
    "ps": "AF",
    "ur": "PK",
    "ti": "ER",
    "am": "ET",
    "so": "SO",
    "sw": "KE",
    "ha": "NG",
    "uk": "UA",
    "ru": "RU",
    "tr": "TR",
    "bn": "BD",
}

_ORG_DOMAINS = (
    "unhcr.org",
    "iom.int",
    "un.org",
    "unicef.org",
    "icrc.org",
    "ifrc.org",
    "redcross.org",
    "msf.org",
    "nrc.no",
    "rescue.org",
    "refugee.info",
    "savethechildren.org",
    "amnesty.org",
    "hrw.org",
    "ohchr.org",
    "ilo.org",
    "who.int",
    "wfp.org",
    "europa.eu",
    "migrationnetwork.un.org",
    "unwomen.org",
    "undp.org",
)
_SOCIAL = (
    "facebook.com",
    "fb.com",
    "fb.me",
    "m.facebook.com",
    "instagram.com",
    "t.me",
    "telegram.me",
    "wa.me",
    "twitter.com",
    "x.com",
    "tiktok.com",
    "linkedin.com",
    "vk.com",
    "ok.ru",
    "snapchat.com",
    "youtube.com",
    "threads.net",
    "imo.im",
)

# Each pattern starts only where a run of its characters starts, with bounded repeats,
# so a hostile "a.a.a.a..." costs linear time, not quadratic.
_EMAIL = regex.compile(
    r"(?<![\w.+\-])[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,8}\.\p{L}{2,24}"
)
_URL = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"'«»]+"
    r"|(?<![\w.\-])[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9\-]{1,63}){0,8}\.(?:com|org|net|info|io|me|co|int|gov|edu|ly|gl|app|site"
    r"|online|eu|uk|fr|de|es|pt|br|ru|ua|tr|ir|af|pk|bd|et|er|so|ke|tz|ng|sy|iq|jo|lb|eg|ma|tn|dz|ly"
    r"|sd|ug|rw|im|no|it|gr|nl|be|ch|at|se|ca|us|mx|co|ve|ar|cl|pe|ec|in|qa|sa|ae|kw|om|ye|za|gh)"
    r"(?![a-z0-9\-])(?:/[^\s<>\"'«»]*)?",
    regex.IGNORECASE,
)
_HANDLE = regex.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?")
_IBAN = regex.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_CARD = regex.compile(r"(?<![\d\w])\d(?:[ \-]?\d){12,18}(?![\d\w])")
_PHONE = regex.compile(r"(?<![\w+])(?:\+|\b00)?\(?\d(?:[ \-.()/]{0,2}\d)*+")
_UNHCR = regex.compile(r"\b\d{3}-\d{2}[A-Z]\d{5}\b|\b\d{3}-\d{8}\b", regex.IGNORECASE)
_ALNUM_ID = regex.compile(
    r"(?<![\w\-/])(?=[A-Za-z0-9\-/]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[\-/](?=[A-Za-z0-9])){5,}(?![\w\-/])"
)
_ELEVEN = regex.compile(r"(?<!\d)\d{11}(?!\d)")
_CPF = regex.compile(r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b")
_DNI = regex.compile(r"\b[XYZ]?\d{7,8}-?[A-Z]\b")
_DATE_NUM = (
    r"\d{1,2}\s?[./\-]\s?\d{1,2}\s?[./\-]\s?(?:1[3-4]|19|20)\d{2}"
    r"|(?:1[3-4]|19|20)\d{2}\s?[./\-]\s?\d{1,2}\s?[./\-]\s?\d{1,2}"
)
_PHONE_SHAPE = regex.compile(r"(?:\+|00|0)\d(?:[ \-.]?\d){7,12}")
_YEAR_RANGE = regex.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d")
_THOUSANDS = regex.compile(r"\d{1,3}(?:[,. ]\d{3})+(?:[.,]\d{1,2})?")
_CURRENCY = regex.compile(
    r"[$€£¥₦₹৳₺₽₴]|\b(?:usd|eur|gbp|dollars?|euros?|pounds?|birr|nakfa|shillings?|ksh|naira|taka|rupees?|"
    r"lira|liras|tl|rubles?|roubles?|hryvnias?|afghanis?|afs|rials?|tomans?|reais|real|pesos?|"
    r"dinars?|dirhams?|riyals?|cfa|fcfa|francs?|dólares|dolares|دولار|ريال|ليرة|جنيه|تومان|افغانی|"
    r"روپے|ብር|ናቕፋ|টাকা|долларов|доларів|гривень|рублей|lira|shilingi)\b",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text to replace."""

    start: int
    end: int
    kind: Entity
    priority: int


def _alternation(phrases: Iterable[str]) -> str:
    # Case-insensitive patterns: build the trie on lower case so "Rue" and "rue" share a branch.
    return variant_pattern({p.lower() for p in phrases if p})


class Anonymiser:
    """Replace personal data in ``Work.text`` with typed placeholders.

    Args:
        lexicon: the gazetteers and cue lists (shared, read-only).
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self._names = NameFinder(lexicon)
        months = _alternation(lexicon.months)
        date_words = (
            rf"\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?:{months})\.?,?\s+(?:de\s+)?(?:19|20)\d{{2}}"
            rf"|(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"
        )
        self._date = regex.compile(rf"(?<!\d)(?:{_DATE_NUM}|{date_words})(?!\d)", regex.IGNORECASE)
        self._birth = regex.compile(
            rf"(?<!\w)(?:{_alternation(lexicon.birth_cues)})(?!\w)", regex.IGNORECASE
        )
        self._id_cue = regex.compile(
            rf"(?<!\w)(?:{_alternation(lexicon.id_cues)})(?!\w)[\s:#.\-–=№]*"
            r"(?:(?:is|was|est|es|é|ni|waa|:|number|no|nr|numero|número|رقم|شماره|номер|numarası|ቁጥር)\s*[:#.]?\s*)?"
            r"(?P<id>[A-Za-z]{0,3}[\- ]?\d(?:[\- /]?[A-Za-z0-9]){4,20})",
            regex.IGNORECASE,
        )
        before = _alternation(lexicon.street_before)
        after = _alternation(lexicon.street_after)
        word = r"[\p{L}][\p{L}\p{M}'’\-]*"
        num = r"\d{1,5}(?:\s?(?:bis|ter)\b)?[A-Za-z]?(?:/\d{1,4})?"
        numcue = r"(?:no\.?|nr\.?|n[°º]|№|#|number|رقم|پلاک|kapı|d\.|д\.|буд\.)?\s*:?\s*"
        # A street name after a comma ("house no 9, Mirpur Road"): capitalised words in
        # cased scripts (so "..., in Lyon" is not swallowed), one word otherwise.
        name_word = r"(?:(?-i:\p{Lu})[\p{L}\p{M}'’\-]*|[\p{Lo}][\p{L}\p{M}'’\-]*)"
        cap_word = r"(?-i:\p{Lu})[\p{L}\p{M}'’\-]*"
        particle = r"(?:de|des|du|la|le|les|del|do|da|dos|das|di|al|el)\s+"
        # "rue des Capucins", "rua das Flores", "avenue de l'Europe", "شارع الثورة".
        street_name = rf"(?:\s+(?:{particle})*(?:[dl]['’])?{name_word}){{1,3}}"
        tail = (
            rf"(?:,?\s*(?:(?:{before})\s+(?:{cap_word}(?:\s+{cap_word}){{0,2}}|\p{{Lo}}[\p{{L}}\p{{M}}]*)"
            rf"|(?:{name_word}\s+){{1,3}}(?:{after})(?!\w)))?"
        )
        self._address = regex.compile(
            rf"(?<!\w)(?:{num},?\s+(?:{before}){street_name}"
            rf"|{num},?\s+(?:{word}\s+){{0,3}}?(?:{after})(?!\w)"
            rf"|(?:{before})(?:\s+{word}){{0,4}}?[,\s]*{numcue}{num}(?!\w)"
            rf"|(?:{word}\s+){{1,3}}(?:{after})[,\s]*{numcue}{num}(?!\w)){tail}",
            regex.IGNORECASE,
        )

    def __call__(self, item: Work) -> Work:
        """Replace every detected entity and count them by type."""
        text = item.text
        ascii_text = ascii_digits(text)
        spans: list[Span] = []
        spans += self._structured(ascii_text, item.lang)
        spans += [
            Span(a, b, Entity.NAME, _PRIORITY[Entity.NAME])
            for a, b in self._names(text, item.sender_name)
        ]
        kept = _resolve(spans, text)
        pieces: list[str] = []
        pos = 0
        for span in kept:
            pieces.append(text[pos : span.start])
            pieces.append(span.kind.placeholder)
            item.entities[span.kind.value] += 1
            pos = span.end
        pieces.append(text[pos:])
        item.text = "".join(pieces)
        item.state = WorkState.ANONYMISED
        return item

    # Structured identifiers -------------------------------------------------

    def _structured(self, text: str, lang: str) -> list[Span]:
        spans: list[Span] = []
        add = spans.append
        for m in _EMAIL.finditer(text):
            add(Span(m.start(), m.end(), Entity.EMAIL, _PRIORITY[Entity.EMAIL]))
        if "." in text:
            for m in _URL.finditer(text):
                url = m.group().rstrip(".,;:!?)]}»'\"")
                kind = _classify_url(url)
                if kind is not None:
                    add(Span(m.start(), m.start() + len(url), kind, _PRIORITY[kind]))
        if "@" in text:
            for m in _HANDLE.finditer(text):
                add(Span(m.start(), m.end(), Entity.HANDLE, _PRIORITY[Entity.HANDLE]))
        digits = sum(map(str.isdigit, text))
        if not digits:
            return spans
        for m in self._address.finditer(text):
            add(Span(m.start(), m.end(), Entity.ADDRESS, _PRIORITY[Entity.ADDRESS]))
        spans += self._dates_of_birth(text)
        if digits < 5:
            return spans
        for m in _IBAN.finditer(text):
            if _looks_like_iban(m.group()):
                add(Span(m.start(), m.end(), Entity.IBAN, _PRIORITY[Entity.IBAN]))
        for m in _CARD.finditer(text):
            if luhn.is_valid(regex.sub(r"\D", "", m.group())):
                add(Span(m.start(), m.end(), Entity.CARD, _PRIORITY[Entity.CARD]))
        for m in self._id_cue.finditer(text):
            value = m.group("id").rstrip(" -/")
            # Generic "number" cues also precede phones ("phone number 0171..."): skip those.
            if _PHONE_SHAPE.fullmatch(value):
                continue
            if sum(c.isdigit() for c in value) >= 4:
                add(
                    Span(m.start("id"), m.start("id") + len(value), Entity.ID, _PRIORITY[Entity.ID])
                )
        for pattern, check in ((_CPF, cpf.is_valid), (_DNI, _dni_or_nie)):
            for m in pattern.finditer(text):
                if check(m.group()):
                    add(Span(m.start(), m.end(), Entity.ID, _PRIORITY[Entity.ID]))
        for m in _ELEVEN.finditer(text):
            if tckimlik.is_valid(m.group()):
                add(Span(m.start(), m.end(), Entity.ID, _PRIORITY[Entity.ID]))
        for m in _UNHCR.finditer(text):
            add(Span(m.start(), m.end(), Entity.ID, _PRIORITY[Entity.ID]))
        if digits >= 7:
            spans += self._phones(text, lang)
        for m in _ALNUM_ID.finditer(text):
            value = m.group()
            n_digits = sum(c.isdigit() for c in value)
            if n_digits >= 4 and any(c.isalpha() for c in value):
                add(Span(m.start(), m.end(), Entity.ID, _GENERIC_ID_PRIORITY))
        return spans

    def _dates_of_birth(self, text: str) -> list[Span]:
        cues = [m.span() for m in self._birth.finditer(text)]
        if not cues:
            return []
        out: list[Span] = []
        for m in self._date.finditer(text):
            s, e = m.span()
            # A birth cue shortly before the date, or just after it ("12/03/1990 is my birthday").
            if any((ce <= s and s - ce <= 40) or (cs >= e and cs - e <= 20) for cs, ce in cues):
                out.append(Span(s, e, Entity.DOB, _PRIORITY[Entity.DOB]))
        return out

    def _phones(self, text: str, lang: str) -> list[Span]:
        out: list[Span] = []
        region = _REGIONS.get(lang, "GB")
        for match in phonenumbers.PhoneNumberMatcher(
            text, region, leniency=phonenumbers.Leniency.VALID
        ):
            if sum(c.isdigit() for c in match.raw_string) < 7:
                continue
            out.append(Span(match.start, match.end, Entity.PHONE, _PRIORITY[Entity.PHONE]))
        for m in _PHONE.finditer(text):
            value = m.group().rstrip(" -.(/")
            n_digits = sum(c.isdigit() for c in value)
            if not 7 <= n_digits <= 15 or _not_a_phone(text, m.start(), value):
                continue
            out.append(
                Span(m.start(), m.start() + len(value), Entity.PHONE, _PRIORITY[Entity.PHONE] - 1)
            )
        return [s for s in out if not _not_a_phone(text, s.start, text[s.start : s.end])]


def _resolve(spans: list[Span], text: str) -> list[Span]:
    length = len(text)
    taken = bytearray(length)
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-s.priority, -(s.end - s.start), s.start)):
        if span.end <= span.start or any(taken[span.start : span.end]):
            continue
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        kept.append(span)
    kept.sort(key=lambda s: s.start)
    # "ቀበሌ 12 ቤት ቁጥር 34", "house no 9, road 4": parts of one address make one placeholder.
    merged: list[Span] = []
    for span in kept:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind is span.kind is Entity.ADDRESS
            and not text[prev.end : span.start].strip(" ,")
        ):
            merged[-1] = Span(prev.start, span.end, prev.kind, prev.priority)
        else:
            merged.append(span)
    return merged


def _classify_url(url: str) -> Entity | None:
    lowered = url.lower()
    bare = regex.sub(r"^(?:https?://)?(?:www\.)?", "", lowered)
    host, _, path = bare.partition("/")
    path = path.strip("/")
    if any(host == d or host.endswith("." + d) for d in _SOCIAL):
        return Entity.HANDLE if path else Entity.URL if host == "t.me" else None
    if not path and (
        any(host == d or host.endswith("." + d) for d in _ORG_DOMAINS)
        or regex.search(r"\.(?:int|gov|gouv\.[a-z]{2}|gob\.[a-z]{2}|gov\.[a-z]{2})$", host)
    ):
        return None
    return Entity.URL


def _looks_like_iban(value: str) -> bool:
    compact = value.replace(" ", "")
    if std_iban.is_valid(compact):
        return True
    return len(compact) >= 15 and sum(c.isdigit() for c in compact) >= 10


def _dni_or_nie(value: str) -> bool:
    return bool(dni.is_valid(value) or nie.is_valid(value))


def _not_a_phone(text: str, start: int, value: str) -> bool:
    """Whether a digit run is an amount, a year range, a date or a Turkish ID, not a phone."""
    stripped = value.strip()
    if _YEAR_RANGE.fullmatch(stripped) or regex.fullmatch(_DATE_NUM, stripped):
        return True
    digits = regex.sub(r"\D", "", stripped)
    if len(digits) == 11 and tckimlik.is_valid(digits):
        return True
    if _THOUSANDS.fullmatch(stripped) and not stripped.startswith("0"):
        around = (
            text[max(0, start - 12) : start]
            + " "
            + text[start + len(value) : start + len(value) + 14]
        )
        if _CURRENCY.search(around):
            return True
    return False


__all__ = ["Anonymiser", "Span"]
