"""Engine of the fourth held-out anonymiser set (bench/anon_heldout4.py): slots and checks.

Written blind to moderation/ and to the earlier sets; it knows only the scorer's
leak rule (tests/moderation/pipeline_eval.py), which it imports to check each row.
"""

# ruff: noqa: E501
from __future__ import annotations

import datetime
import random
import re
from dataclasses import dataclass, field
from typing import Any

from babel.dates import format_date
from stdnum import iban as stdiban
from stdnum import luhn

from tests.moderation.pipeline_eval import leaked

# Mobile numbers: calling code, first digits, national significant length, groups, trunk.
PHONES: dict[str, tuple[str, str, int, tuple[int, ...], str]] = {
    "DE": ("49", "15", 11, (4, 7), "0"),
    "IT": ("39", "3", 10, (3, 3, 4), ""),
    "FR": ("33", "6", 9, (1, 2, 2, 2, 2), "0"),
    "ES": ("34", "6", 9, (3, 3, 3), ""),
    "GR": ("30", "69", 10, (3, 3, 4), ""),
    "GB": ("44", "7", 10, (4, 6), "0"),
    "US": ("1", "", 10, (3, 3, 4), ""),
    "PT": ("351", "9", 9, (3, 3, 3), ""),
    "NL": ("31", "6", 9, (1, 8), "0"),
    "BE": ("32", "4", 9, (3, 2, 2, 2), "0"),
    "PL": ("48", "5", 9, (3, 3, 3), ""),
    "TR": ("90", "5", 10, (3, 3, 2, 2), "0"),
    "LY": ("218", "9", 9, (2, 3, 4), "0"),
    "NE": ("227", "9", 8, (2, 2, 2, 2), ""),
    "MX": ("52", "55", 10, (2, 4, 4), ""),
    "PA": ("507", "6", 8, (4, 4), ""),
    "RS": ("381", "6", 9, (2, 3, 4), "0"),
    "TN": ("216", "2", 8, (2, 3, 3), ""),
    "MA": ("212", "6", 9, (3, 6), "0"),
    "EG": ("20", "1", 10, (2, 4, 4), "0"),
    "SY": ("963", "9", 9, (3, 3, 3), "0"),
    "AF": ("93", "7", 9, (2, 3, 4), "0"),
    "PK": ("92", "3", 10, (3, 7), "0"),
    "BD": ("880", "1", 10, (4, 6), "0"),
    "ER": ("291", "7", 7, (1, 3, 3), "0"),
    "ET": ("251", "9", 9, (2, 3, 4), "0"),
    "SO": ("252", "6", 9, (2, 3, 4), "0"),
    "KE": ("254", "7", 9, (3, 3, 3), "0"),
    "TZ": ("255", "7", 9, (3, 3, 3), "0"),
    "NG": ("234", "80", 10, (3, 3, 4), "0"),
    "GH": ("233", "2", 9, (2, 3, 4), "0"),
    "CM": ("237", "6", 9, (1, 2, 2, 2, 2), ""),
    "GN": ("224", "6", 9, (3, 2, 2, 2), ""),
    "ML": ("223", "7", 8, (2, 2, 2, 2), ""),
    "UA": ("380", "6", 9, (2, 3, 2, 2), "0"),
    "RU": ("7", "9", 10, (3, 3, 2, 2), "8"),
    "IR": ("98", "9", 10, (3, 3, 4), "0"),
    "IQ": ("964", "7", 10, (3, 3, 4), "0"),
    "SD": ("249", "9", 9, (2, 3, 4), "0"),
    "CD": ("243", "8", 9, (2, 3, 4), "0"),
    "AO": ("244", "9", 9, (3, 3, 3), ""),
    "BR": ("55", "119", 11, (2, 5, 4), "0"),
    "VE": ("58", "41", 10, (3, 7), "0"),
    "CO": ("57", "3", 10, (3, 3, 4), ""),
    "HT": ("509", "3", 8, (2, 2, 4), ""),
    "LB": ("961", "7", 8, (2, 3, 3), "0"),
}
DESTINATION = ("DE", "IT", "FR", "ES", "GR", "GB", "US", "PT", "NL", "BE", "PL")
TRANSIT = ("TR", "LY", "NE", "MX", "PA", "RS", "TN", "MA", "EG", "LB")

ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
COMBINING = ("\u0301", "\u0332", "\u0336")
NATIVE = {
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "pers": "۰۱۲۳۴۵۶۷۸۹",
    "beng": "০১২৩৪৫৬৭৮৯",
}
FULLWIDTH = "０１２３４５６７８９"
SEPARATORS = (",", "_", "-.-", "/", ".", "-", " . ")

# IBAN layouts (BBAN as n = digit, a = upper letter, c = alphanumeric -> digits here).
IBAN_LAYOUT = {
    "DE": "n" * 18,
    "IT": "a" + "n" * 22,
    "FR": "n" * 23,
    "ES": "n" * 20,
    "GR": "n" * 23,
    "TR": "n" * 22,
    "NL": "aaaa" + "n" * 10,
    "GB": "aaaa" + "n" * 14,
    "AT": "n" * 16,
    "BE": "n" * 12,
    "PT": "n" * 21,
}
IBAN_BANKS = {"NL": ("ABNA", "INGB", "RABO", "TRIO"), "GB": ("NWBK", "BARC", "MIDL", "LOYD")}

EMAIL_DOMAINS = (
    ("gmail", "com"),
    ("yahoo", "fr"),
    ("hotmail", "com"),
    ("outlook", "de"),
    ("mail", "ru"),
    ("ukr", "net"),
    ("gmx", "de"),
    ("libero", "it"),
    ("proton", "me"),
    ("yahoo", "com"),
    ("icloud", "com"),
)

ADDRESS_PARTS: dict[str, tuple[str, ...]] = {
    "it": ("Tiburtina", "dei Gelsi", "Carlo Pisacane", "delle Orchidee", "Marsala", "Lorenteggio"),
    "es": ("Embajadores", "Bravo Murillo", "Marqués de Vadillo", "Tembleque", "Oca", "Almansa"),
    "fr": ("Jean Jaurès", "Paul Bert", "Myrha", "Riquet", "Championnet", "Pajol"),
    "de": ("Linden", "Kastanien", "Goethe", "Ahorn", "Mühlen", "Birken"),
    "gr": ("Αχαρνών", "Πατησίων", "Τσαμαδού", "Φυλής", "Λιοσίων", "Αριστοτέλους"),
    "gr_lat": ("Acharnon", "Patision", "Tsamadou", "Fylis", "Liosion", "Kodrigktonos"),
    "tr": ("Yenidoğan", "Kartaltepe", "Hürriyet", "Sümer", "Güzeltepe", "Akşemsettin"),
    "uk": ("Гончара", "Липова", "Руська", "Зелена", "Соборна", "Вишнева"),
    "ru": ("Садовая", "Гагарина", "Полевая", "Заречная", "Строителей", "Лесная"),
    "ar": ("الجلاء", "المزة", "الثورة", "العابد", "الكورنيش", "الحمراء"),
    "fa": ("ستارخان", "شریعتی", "نارمک", "دماوند", "گلبرگ", "هفت‌تیر"),
    "latam": ("Tlalpan", "Revolución", "Insurgentes Norte", "Ermita Iztapalapa", "Aztecas"),
    "colonia": ("Doctores", "Portales", "Agrícola Oriental", "Morelos", "Guerrero"),
    "uk_en": ("Alder", "Hawthorn", "Mersey", "Claremont", "Whitworth", "Beeches"),
    "us": ("Oak", "Hillcrest", "Magnolia", "Bellaire", "Westheimer", "Sycamore"),
    "hotel": ("Lido", "Astoria", "Aurora", "Sunrise Inn", "Ibis Budget", "Olympia"),
}


def native_digits(text: str, script: str) -> str:
    table = NATIVE.get(script, FULLWIDTH)
    return "".join(table[int(c)] if c.isascii() and c.isdigit() else c for c in text)


@dataclass
class Lang:
    """What a language contributes: names, number words, digits, countries, templates."""

    code: str
    given: tuple[str, ...]
    family: tuple[str, ...]
    numwords: tuple[str, ...]
    origin: tuple[str, ...]
    templates: tuple[str, ...]
    rgiven: tuple[str, ...] = ()
    rfamily: tuple[str, ...] = ()
    script: str | None = None  # native digit script: arab, pers, beng
    at_word: str = "at"
    dot_word: str = "dot"
    sender_deco: tuple[str, ...] = ("🌸", "✌️", "🇪🇺", "❤️", "🙏")
    female: frozenset[str] = frozenset()  # given names (script form) of women


@dataclass
class Row:
    text: list[str] = field(default_factory=list)
    entities: list[tuple[str, str]] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)

    def add(self, surface: str, kind: str | None = None, value: str | None = None) -> None:
        start = sum(len(t) for t in self.text)
        self.text.append(surface)
        if kind:
            value = surface if value is None else value
            offset = surface.index(value)
            self.spans.append((start + offset, start + offset + len(value)))
            if (kind, value) not in self.entities:
                self.entities.append((kind, value))


SLOT = re.compile(r"\{([^{}]+)\}|\[\[(.+?)\]\]")


class Renderer:
    """Fills one template for one language with fresh random details."""

    def __init__(self, lang: Lang, rng: random.Random) -> None:
        self.lang, self.rng = lang, rng
        self.people: dict[str, tuple[str, str, str, str]] = {}
        self.sender: tuple[str, str, str, str] | None = None
        self.sender_display: str | None = None

    # -- people -----------------------------------------------------------------------
    def _person(self, key: str) -> tuple[str, str, str, str]:
        if key not in self.people:
            used = {p[0] for p in self.people.values()} | {p[2] for p in self.people.values()}
            lang, rng = self.lang, self.rng
            while True:
                i = rng.randrange(len(lang.given))
                j = rng.randrange(len(lang.family))
                g, f = lang.given[i], lang.family[j]
                rg = lang.rgiven[i] if lang.rgiven else g
                rf = lang.rfamily[j] if lang.rfamily else f
                # Persons 5 and 6 are women, 7 and 8 men (kinship words, gendered roles).
                gender_ok = (
                    (key not in "5678")
                    or (key in "56" and g in lang.female)
                    or (key in "78" and g not in lang.female)
                )
                if g not in used and rg not in used and gender_ok:
                    break
            self.people[key] = (g, f, rg, rf)
        return self.people[key]

    def _decorate(self, given: str, family: str) -> str:
        rng = self.rng
        name = f"{given} {family}" if rng.random() < 0.6 else given
        style = rng.randrange(4)
        if style == 0:
            swap = str.maketrans({"a": "а", "e": "е", "o": "о", "A": "А", "O": "Ο", "E": "Ε"})
            name = name.translate(swap)
        elif style == 1:
            name = f"{name} {rng.choice(self.lang.sender_deco)}"
        elif style == 2:
            name = f"{rng.choice(self.lang.sender_deco)}{name.upper() if name.isascii() else name}"
        return name

    # -- details ----------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def phone(self, pool: str, mode: str | None) -> str:
        rng, lang = self.rng, self.lang
        country = rng.choice({"dest": DESTINATION, "transit": TRANSIT}.get(pool, lang.origin))
        cc, first, length, groups, trunk = PHONES[country]
        if country == "US":
            first = str(rng.randint(2, 9))
        nsn = first + self.digits(length - len(first))
        modes = ["space", "space", "sep", "lines", "zw", "comb", "fullwidth", "spell", "part"]
        if lang.script:
            modes += ["native", "native"]
        mode = mode or rng.choice(modes)
        intl = mode not in ("spell", "part") and rng.random() < 0.5
        parts, i = [], 0
        for g in groups:
            parts.append(nsn[i : i + g])
            i += g
        if intl:
            parts.insert(0, ("+" if rng.random() < 0.7 else "00") + cc)
        elif trunk:
            parts[0] = trunk + parts[0]
        if mode == "spell":
            words = [lang.numwords[int(c)] for c in "".join(parts)]
            return " ".join(words)
        if mode == "part":
            flat = "".join(parts)
            k = rng.randint(2, min(4, len(flat) - 5))
            head = " ".join(lang.numwords[int(c)] for c in flat[:k])
            return head + " " + " ".join([flat[k : k + 3], flat[k + 3 :]])
        if mode == "sep":
            return rng.choice(SEPARATORS).join(parts)
        if mode == "lines":
            cut = rng.randint(1, len(parts) - 1)
            return " ".join(parts[:cut]) + "\n" + " ".join(parts[cut:])
        joined = " ".join(parts) if rng.random() < 0.6 else "".join(parts)
        if mode == "zw":
            return "".join(
                c + (rng.choice(ZW) if c.isdigit() and rng.random() < 0.35 else "") for c in joined
            ).rstrip("".join(ZW))
        if mode == "comb":
            return "".join(
                c + (rng.choice(COMBINING) if c.isdigit() and rng.random() < 0.3 else "")
                for c in joined
            )
        if mode == "fullwidth":
            return native_digits(joined, "full")
        if mode == "native":
            return native_digits(joined, lang.script or "full")
        return joined

    def email(self, given: str, family: str) -> str:
        rng, lang = self.rng, self.lang
        user = rng.choice(
            [
                f"{given}.{family}{rng.randint(1, 99)}",
                f"{given}_{family[:3]}{rng.randint(1980, 2006)}",
                f"{family}{given[0]}{rng.randint(10, 999)}",
                f"{given}{rng.randint(100, 9999)}",
            ]
        ).lower()
        dom, tld = rng.choice(EMAIL_DOMAINS)
        style = rng.randrange(7)
        if style == 0:
            return f"{user} at {dom} dot {tld}"
        if style == 1:
            return f"{user}[at]{dom}(dot){tld}"
        if style == 2:
            return f"{user} @ {dom} . {tld}"
        if style == 3:
            return f"{user} {lang.at_word} {dom} {lang.dot_word} {tld}"
        if style == 4:
            return f"{user}(at){dom}.{tld}"
        if style == 5:
            return f"{user} arobase {dom} point {tld}"
        return f"{user}@{dom}.{tld}"

    def handle(self, given: str, family: str) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{given}_{rng.randint(10, 999)}",
                f"{given}.{family}_",
                f"{family}{given[:2]}{rng.randint(1, 99)}",
                f"the_real_{given}{rng.randint(1, 9)}",
                f"{given}{family}.official",
            ]
        ).lower()

    def url(self, given: str, family: str) -> str:
        rng = self.rng
        user = rng.choice(
            [f"{given}.{family}.{rng.randint(10, 99)}", f"{given}_{family}", f"{given}{family}"]
        ).lower()
        return rng.choice(
            [
                f"facebook.com/{user}",
                f"https://www.facebook.com/{user}",
                f"fb[.]com/{user}",
                f"instagram.com/{user}",
                f"tiktok.com/@{user}",
                f"t.me/{user.replace('.', '_')}",
                f"facebook . com / {user}",
                f"https://www.facebook.com/profile.php?id=1000{self.digits(11)}",
            ]
        )

    def iban(self) -> str:
        rng = self.rng
        cc = rng.choice(sorted(IBAN_LAYOUT))
        while True:
            bban = ""
            for i, c in enumerate(IBAN_LAYOUT[cc]):
                if c == "a":
                    if cc in IBAN_BANKS and i == 0:
                        bban += rng.choice(IBAN_BANKS[cc])
                    elif cc in IBAN_BANKS:
                        continue
                    else:
                        bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                else:
                    bban += rng.choice("0123456789")
            number = cc + stdiban.calc_check_digits(cc + "00" + bban) + bban
            if stdiban.is_valid(number):
                break
        groups = [number[i : i + 4] for i in range(0, len(number), 4)]
        style = rng.randrange(4)
        if style == 0:
            return " ".join(groups)
        if style == 1:
            return " ".join(groups).lower()
        if style == 2:
            return number.lower()
        return "  ".join(groups[:3]) + " " + "".join(groups[3:])

    def card(self) -> str:
        rng = self.rng
        head = rng.choice(["4", "4", "51", "52", "53", "54", "55"])
        body = head + self.digits(15 - len(head))
        number = body + luhn.calc_check_digit(body)
        if not luhn.is_valid(number):
            raise ValueError("card number fails the Luhn check")
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
        sep = rng.choice([" ", "-", " ", ".", "  "])
        if rng.random() < 0.2:
            return " ".join(groups[:2]) + "\n" + " ".join(groups[2:])
        return sep.join(groups)

    def ident(self, kind: str) -> str:
        rng, d = self.rng, self.digits
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        options = {
            "passport": [
                f"{rng.choice(letters)}{d(8)}",
                f"N{d(9)}",
                f"{rng.choice(letters)}{rng.choice(letters)}{d(7)}",
                f"P0{d(7)}",
                f"{d(2)} {d(7)}",
            ],
            "unhcr": [
                f"{d(3)}-{d(2)}C{d(5)}",
                f"ATH-{d(2)}C{d(5)}",
                f"{d(3)}-{d(8)}",
                f"UNHCR {d(3)}-{d(2)}C{d(5)}",
            ],
            "nid": [
                d(11),
                f"{d(5)}-{d(7)}-{d(1)}",
                f"{d(4)}-{d(4)}-{d(5)}",
                d(10),
                f"{d(3)} {d(3)} {d(3)} {d(2)}",
            ],
            "permit": [
                f"I{d(8)}",
                f"Y{d(7)}{rng.choice(letters)}",
                f"ZU{d(7)}",
                f"{rng.choice(letters)}{d(6)}{rng.choice(letters)}{d(2)}",
                f"75{d(8)}",
            ],
            "case": [
                f"{d(7)}-{d(3)}",
                f"H{d(7)}",
                f"{rng.randint(2019, 2025)}/{d(6)}",
                f"A{d(3)}-{d(3)}-{d(3)}",
            ],
        }
        return rng.choice(options[kind])

    def dob(self, mode: str | None) -> str:
        rng, lang = self.rng, self.lang
        first, last = (2013, 2021) if mode == "kid" else (1962, 2008)
        mode = None if mode == "kid" else mode
        date = datetime.date(rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))
        modes = ["dmy/", "dmy.", "iso", "long", "dmmy", "dmy-"]
        if lang.script:
            modes.append("native")
        if lang.code in ("en", "fr", "es", "pt"):
            modes.append("ordinal")
        mode = mode or rng.choice(modes)
        d, m, y = date.day, date.month, date.year
        if mode == "dmy/":
            return f"{d:02d}/{m:02d}/{y}"
        if mode == "dmy.":
            return f"{d}.{m:02d}.{y}"
        if mode == "dmy-":
            return f"{d:02d}-{m:02d}-{y}"
        if mode == "iso":
            return date.isoformat()
        if mode == "long":
            return format_date(date, "long", locale=lang.code)
        if mode == "dmmy":
            text = format_date(date, "d MMMM y", locale=lang.code)
            return text.lower() if rng.random() < 0.5 else text
        if mode == "native":
            return native_digits(
                rng.choice([f"{d}/{m}/{y}", f"{y}/{m:02d}/{d:02d}"]), lang.script or "full"
            )
        month = format_date(date, "MMMM", locale=lang.code)
        if lang.code == "en":
            suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
            return rng.choice([f"{d}{suf} of {month} {y}", f"{month} {d}{suf} {y}"])
        if lang.code == "fr":
            return f"{'1er' if d == 1 else d} {month} {y}"
        if lang.code == "es":
            return f"{d} de {month} del {y}"
        return f"{d}º de {month} de {y}"

    def address(self, kind: str) -> str:
        rng = self.rng
        n, k = rng.randint(2, 240), rng.randint(1, 9)
        part = rng.choice(ADDRESS_PARTS.get(kind, ("x",)))
        block = rng.choice("ABCDEFGH")
        if kind == "it":
            return rng.choice(
                [f"via {part} {n}, scala {block} int. {k}", f"via {part} {n}, {k}° piano"]
            )
        if kind == "es":
            return rng.choice(
                [f"calle {part} {n}, {k}º izq", f"C/ {part} nº {n}, piso {k} puerta {k + 1}"]
            )
        if kind == "fr":
            return f"{n} rue {part}, bât {block}, appt {k}{rng.randint(0, 9)}"
        if kind == "de":
            return rng.choice([f"{part}straße {n}, {k}. OG", f"{part}weg {n}a, Wohnung {k}"])
        if kind == "gr":
            return f"οδός {part} {n}"
        if kind == "gr_lat":
            return f"odos {part} {n}"
        if kind == "tr":
            return f"{part} Mah. {rng.randint(1000, 3999)} Sok. No:{n} Daire {k}"
        if kind == "uk":
            return f"вул. {part}, {n}, кв. {rng.randint(10, 140)}"
        if kind == "ru":
            return f"ул. {part}, д. {n}, кв. {rng.randint(10, 140)}"
        if kind == "ar":
            return f"شارع {part}، بناية {n}، الطابق {k}"
        if kind == "fa":
            return native_digits(f"خیابان {part}، کوچه {k + 10}، پلاک {n}", "pers")
        if kind == "latam":
            return (
                f"Av. {part} {rng.randint(100, 4999)}, Col. {rng.choice(ADDRESS_PARTS['colonia'])}"
            )
        if kind == "uk_en":
            pc = f"{rng.choice(['M', 'LS', 'B', 'L', 'NE'])}{rng.randint(1, 19)} {k}{rng.choice('ABDEHJ')}{rng.choice('LNPQRT')}"
            return rng.choice(
                [f"Flat {k}, {n} {part} Road", f"flat {k} {n} {part.lower()} grove {pc}"]
            )
        if kind == "us":
            return f"{rng.randint(1000, 9999)} {part} St Apt {k}{block}"
        if kind == "camp":
            return rng.choice(
                [
                    f"block {block} tent {n}",
                    f"container {n}, sector {k}",
                    f"caravan {n} zone {block}",
                    f"isobox {n}",
                    f"section {k} container {n}",
                ]
            )
        if kind == "pobox":
            return rng.choice(
                [f"P.O. Box {rng.randint(100, 9999)}", f"BP {rng.randint(100, 9999)}"]
            )
        if kind == "hotel":
            return rng.choice(
                [f"{part}, room {n + 100}", f"{part} #{n + 100}", f"{part} rm {n + 100}"]
            )
        raise ValueError(kind)

    # -- rendering --------------------------------------------------------------------
    def slot(self, row: Row, spec: str) -> None:
        pre, suf = "", ""
        if "|" in spec:
            spec, pre, suf = [*spec.split("|"), "", ""][:3]
        head, *args = spec.split(":")
        mode = args[1] if len(args) > 1 else None
        kind, value = "NAME", ""
        m = re.fullmatch(r"(N|n|NF|nf|F|R|r|RF|rf|S|s)(\d?)", head)
        if m:
            form, key = m.groups()
            if form in ("S", "s"):
                if self.sender is None:
                    self.sender = self._person("sender")
                g, f, rg, rf = self.sender
                use_r = self.lang.rgiven and self.rng.random() < 0.5
                given = rg if use_r else g
                self.sender_display = self._decorate(given, rf if use_r else f)
                value = given.lower() if form == "s" else given
            else:
                g, f, rg, rf = self._person(key or "1")
                if form in ("R", "r", "RF", "rf"):
                    g, f = rg, rf
                value = {
                    "N": g,
                    "n": g.lower(),
                    "NF": f"{g} {f}",
                    "nf": f"{g} {f}".lower(),
                    "F": f,
                }[form.replace("R", "N").replace("r", "n")]
        elif head == "P":
            kind, value = "PHONE", self.phone(args[0] if args else "dest", mode)
        elif head in ("E", "H", "U"):
            g, f, rg, rf = self._person(args[0] if args else "1")
            g, f = (rg, rf) if self.lang.rgiven else (g, f)
            if not g.isascii():
                g, f = "user", "x"
            kind = {"E": "EMAIL", "H": "HANDLE", "U": "URL"}[head]
            value = {"E": self.email, "H": self.handle, "U": self.url}[head](g, f)
        elif head == "IBAN":
            kind, value = "IBAN", self.iban()
        elif head == "CARD":
            kind, value = "CARD", self.card()
        elif head == "ID":
            kind, value = "ID", self.ident(args[0])
            if mode == "native" and self.lang.script:
                value = native_digits(value, self.lang.script)
        elif head == "DOB":
            kind, value = "DOB", self.dob(args[0] if args else None)
        elif head == "A":
            kind, value = "ADDRESS", self.address(args[0])
        else:
            raise ValueError(f"unknown slot {spec}")
        row.add(pre + value + suf, kind, pre + value + suf)

    def render(self, template: str) -> Row:
        row, pos = Row(), 0
        for m in SLOT.finditer(template):
            row.add(template[pos : m.start()])
            if m.group(1) is not None:
                self.slot(row, m.group(1))
            else:
                row.add(m.group(2))
                row.keep.append(m.group(2))
            pos = m.end()
        row.add(template[pos:])
        return row


def problems(text: str, entities: list[dict[str, str]], keep: list[str], spans: Any) -> list[str]:
    """Why a row is unfit: a value not in the text, an entity that would not count as
    leaked if left alone, or one that still counts as leaked (or a keep-item lost) when
    exactly the gold spans are masked (e.g. a name word used elsewhere as a plain word)."""
    found = []
    masked, last = [], 0
    for start, end in sorted(spans):
        masked.append(text[last:start] + " [X] ")
        last = max(last, end)
    masked.append(text[last:])
    ideal = "".join(masked)
    for ent in entities:
        if ent["value"] not in text:
            found.append(f"not a substring: {ent['type']}")
        if not leaked(ent, text):
            found.append(f"would not count as leaked: {ent['type']}")
        if leaked(ent, ideal):
            found.append(f"leaks after ideal masking: {ent['type']}")
    for item in keep:
        if item not in ideal:
            found.append("keep-item lost under ideal masking")
    return found
