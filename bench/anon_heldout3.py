"""A third held-out set for the anonymiser, written by someone who does not tune the rules.

476 chat-style messages, 28 in each of the 17 languages we serve. Each message is put
together from short fragments in the language (naming cues, kinship words, sign-offs,
contact details, sentences that carry keep-items), written for this set only; nothing
is read from the anonymiser's rules, lexicons or earlier sets. About one message in
seven has no personal detail at all (keep-items only), more than half have two or more.

What it probes:
- names after "I am / my name is / this is" in each language, in script, in lower case,
  and romanised (Arabic, Persian, Pashto, Urdu, Bengali, Amharic, Tigrinya chat written
  in Latin letters); relatives after kinship words and on their own line; given names
  alone in sign-offs; sender names sometimes written with Cyrillic look-alikes;
- phones split over lines, glued to the word before, with zero-width characters or
  combining marks between digits, with ``,`` ``_`` ``-.-`` separators, in native digits,
  spelled out in the language's number words (whole or half);
- e-mails with ``at``/``dot``, ``[at]``, ``(dot)``, ``arobase`` and spaces; handles without
  ``@``; profile URLs (some spaced out); lower-case IBANs; card numbers; passports,
  national IDs and UNHCR case numbers;
- dates of birth with month names (CLDR and the Ethiopian calendar) and numeric, in
  native digits where they are used;
- street addresses in Italian, Spanish, French, German, Greek, Turkish, Ukrainian,
  Russian, Arabic, Persian, Latin American, UK and US formats, flats and floors, camp
  units ("sector 3 tent 41", "block c caravan 8") and P.O. boxes;
- keep-items: cities and countries alone, organisations, law and article numbers,
  amounts, durations, years, weekdays, "objective 13", also right after a kinship word
  or an ID ("my brother on tuesday", an expiry date after a passport number).

Names come from Faker (synthetic people, given and family names drawn independently) or
from short lists written here; numbers are random. Seeded and reproducible; every
entity value and keep-item is checked to be an exact substring of its message, and
every entity is checked to count as leaked by the scorer when left unmasked.

Run: ``PYTHONPATH=. python -m bench.anon_heldout3`` (writes
``bench/data/heldout/anon_heldout3.jsonl``), then
``PYTHONPATH=. python -m bench.pipeline_eval --set bench/data/heldout/anon_heldout3.jsonl``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex
from babel.dates import get_day_names, get_month_names
from faker import Faker

from bench.pipeline_devset import write_set
from i18n.translator import SUPPORTED
from tests.moderation.pipeline_eval import leaked

OUT = Path(__file__).resolve().parent / "data" / "heldout" / "anon_heldout3.jsonl"
SEED = 16_003
PER_LANG = 28
LANGS = tuple(sorted(SUPPORTED))  # the languages we serve, alphabetically

_DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "pers": "۰۱۲۳۴۵۶۷۸۹",
    "beng": "০১২৩৪৫৬৭৮৯",
}
_ZW = ("\u200c", "\u200d", "\u2060")
_COMBINING = ("\u0301", "\u0332", "\u0307")
_ETHIOPIC_1_TO_31 = (
    "፩",
    "፪",
    "፫",
    "፬",
    "፭",
    "፮",
    "፯",
    "፰",
    "፱",
    "፲",
    "፲፩",
    "፲፪",
    "፲፫",
    "፲፬",
    "፲፭",
    "፲፮",
    "፲፯",
    "፲፰",
    "፲፱",
    "፳",
    "፳፩",
    "፳፪",
    "፳፫",
    "፳፬",
    "፳፭",
    "፳፮",
    "፳፯",
    "፳፰",
    "፳፱",
    "፴",
    "፴፩",
)
_ETHIOPIAN_MONTHS = (
    "መስከረም",
    "ጥቅምት",
    "ሕዳር",
    "ታሕሳስ",
    "ጥር",
    "የካቲት",
    "መጋቢት",
    "ሚያዝያ",
    "ግንቦት",
    "ሰኔ",
    "ሐምሌ",
    "ነሐሴ",
)

# Number words 0-9, for phones spelled out in the language.
_NUMBER_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "ar": "صفر واحد اثنين ثلاثة اربعة خمسة ستة سبعة ثمانية تسعة",
    "fa": "صفر یک دو سه چهار پنج شش هفت هشت نه",
    "ps": "صفر یو دوه درې څلور پنځه شپږ اووه اته نهه",
    "ur": "صفر ایک دو تین چار پانچ چھ سات آٹھ نو",
    "bn": "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়",
    "am": "ዜሮ አንድ ሁለት ሶስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ",
    "ti": "ዜሮ ሓደ ክልተ ሰለስተ ኣርባዕተ ሓሙሽተ ሽዱሽተ ሸውዓተ ሸሞንተ ትሽዓተ",
    "so": "eber kow laba saddex afar shan lix toddoba sideed sagaal",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
    "ha": "sifiri daya biyu uku hudu biyar shida bakwai takwas tara",
    "uk": "нуль один два три чотири п'ять шість сім вісім дев'ять",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
}
# Romanised number words, for chat in Latin letters.
_ROMAN_NUMBER_WORDS = {
    "ar": "sifr wahed itnen talata arba3a khamsa sitta sab3a tamanya tis3a",
    "fa": "sefr yek do se chahar panj shesh haft hasht noh",
    "ur": "sifar aik do teen char panch chay saat aath nau",
    "bn": "shunno ek dui tin char pach choy sat at noy",
}

# Countries whose numbers turn up in each language: (country code, first digits, length).
_PLANS = {
    "it": ("39", "3", 10),
    "de": ("49", "15", 11),
    "gb": ("44", "7", 10),
    "fr": ("33", "6", 9),
    "es": ("34", "6", 9),
    "gr": ("30", "69", 10),
    "tr": ("90", "5", 10),
    "ua": ("380", "6", 9),
    "ru": ("7", "9", 10),
    "et": ("251", "9", 9),
    "er": ("291", "7", 7),
    "so": ("252", "61", 9),
    "ng": ("234", "80", 10),
    "ke": ("254", "7", 9),
    "tz": ("255", "7", 9),
    "bd": ("880", "17", 10),
    "pk": ("92", "3", 10),
    "ir": ("98", "91", 10),
    "af": ("93", "7", 9),
    "sy": ("963", "9", 9),
    "eg": ("20", "10", 10),
    "ly": ("218", "91", 9),
    "br": ("55", "119", 11),
    "mx": ("52", "55", 10),
    "co": ("57", "3", 10),
    "pt": ("351", "9", 9),
    "lb": ("961", "7", 8),
    "ne": ("227", "9", 8),
    "sd": ("249", "9", 9),
    "us": ("1", "2", 10),
}
_LANG_PLANS = {
    "en": ("gb", "ng", "ke", "it", "us"),
    "fr": ("fr", "it", "ne", "de"),
    "es": ("es", "mx", "co", "us"),
    "pt": ("br", "pt", "fr"),
    "ar": ("sy", "eg", "ly", "de", "gr", "lb", "sd"),
    "fa": ("ir", "tr", "de", "gr"),
    "ps": ("af", "tr", "de", "gr"),
    "ur": ("pk", "gb", "it", "gr"),
    "bn": ("bd", "it", "gb", "gr"),
    "am": ("et", "de", "it", "ke"),
    "ti": ("er", "et", "it", "de"),
    "so": ("so", "ke", "tr", "gb"),
    "sw": ("ke", "tz", "gb", "de"),
    "ha": ("ng", "ne", "it", "ly"),
    "uk": ("ua", "de", "gb"),
    "ru": ("ru", "ua", "de", "tr"),
    "tr": ("tr", "de", "gr"),
}

Slot = Callable[[random.Random], str]


def _rand_digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _native(text: str, system: str) -> str:
    return text.translate(str.maketrans("0123456789", _DIGITS[system]))


def _group(digits: str, rng: random.Random) -> list[str]:
    groups, i = [], 0
    while i < len(digits):
        size = rng.choice((2, 3, 3, 4))
        groups.append(digits[i : i + size])
        i += size
    return groups


def _spell(digits: str, words: str) -> str:
    table = words.split()
    return " ".join(table[int(d)] for d in digits)


class Gen:
    """Fills the fragments of one language with synthetic values."""

    def __init__(self, lang: str, spec: dict[str, Any], rng: random.Random) -> None:
        self.lang, self.spec, self.rng = lang, spec, rng
        self.fakers = [Faker(loc) for loc in spec.get("faker", ())]
        for i, fk in enumerate(self.fakers):
            fk.seed_instance(SEED + i + 100 * LANGS.index(lang))
        self.months = list(get_month_names("wide", locale=lang).values())
        self.days = [d.lower() for d in get_day_names("wide", locale=lang).values()]

    # names ---------------------------------------------------------------
    def person(self, *, roman: bool = False) -> tuple[str, str]:
        """A synthetic given and family name (romanised if asked and available)."""
        rng, spec = self.rng, self.spec
        if roman and "roman_given" in spec:
            return rng.choice(spec["roman_given"]), rng.choice(spec["roman_family"])
        if "given" in spec and (not self.fakers or rng.random() < 0.5):
            return rng.choice(spec["given"]), rng.choice(spec["family"])
        fk = rng.choice(self.fakers)
        return fk.first_name(), fk.last_name()

    # phones --------------------------------------------------------------
    def phone(self, *, roman: bool = False) -> str:
        rng = self.rng
        cc, first, length = _PLANS[rng.choice(_LANG_PLANS[self.lang])]
        nsn = first + _rand_digits(rng, length - len(first))
        intl = rng.random() < 0.4
        digits = ("+" + cc if intl else "0") + nsn
        shape = rng.randrange(13)
        words = _ROMAN_NUMBER_WORDS.get(self.lang) if roman else None
        words = words or _NUMBER_WORDS[self.lang]
        native = self.spec.get("digits")
        if shape == 0:
            return " ".join(_group(digits, rng))
        if shape == 1:
            return rng.choice(("-", ".", ",", "_", "-.-", " , ")).join(_group(digits, rng))
        if shape == 2:
            groups = _group(digits, rng)
            cut = rng.randrange(1, len(groups))
            return (
                " ".join(groups[:cut]) + rng.choice(("\n", " \n", "\n\n")) + " ".join(groups[cut:])
            )
        if shape == 3:
            out = [digits[0]]
            for c in digits[1:]:
                if c.isdigit() and rng.random() < 0.35:
                    out.append(rng.choice(_ZW))
                out.append(c)
            return "".join(out)
        if shape == 4:
            mark = rng.choice(_COMBINING)
            return "".join(c + mark if c.isdigit() and rng.random() < 0.3 else c for c in digits)
        if shape == 5 and native:
            return _native(" ".join(_group(digits, rng)), native)
        if shape == 6:
            return _spell(digits.lstrip("+0") if intl else digits, words)
        if shape == 7:
            cut = len(digits) // 2
            return (
                _spell(digits[:cut].lstrip("+"), words) + " " + " ".join(_group(digits[cut:], rng))
            )
        if shape == 8:
            return "(" + digits[:4] + ") " + digits[4:]
        if shape == 9 and native:
            marked = "".join(c + rng.choice(_ZW) if rng.random() < 0.3 else c for c in digits)
            return _native(marked, native)
        return digits

    # other details -------------------------------------------------------
    def email(self, given: str, family: str) -> str:
        rng = self.rng
        user = rng.choice(
            (
                f"{given}.{family}",
                f"{given}{rng.randint(1, 99)}",
                f"{family}_{given[:1]}",
                f"{given}{family}{rng.randint(70, 2005)}",
            )
        ).lower()
        user = re.sub(r"[^a-z0-9._]", "", _asciify(user)) or f"user{rng.randint(100, 999)}"
        if len(user) < 4:
            user += str(rng.randint(10, 99))
        host, tld = rng.choice(
            (
                ("gmail", "com"),
                ("yahoo", "fr"),
                ("hotmail", "com"),
                ("outlook", "com"),
                ("mail", "ru"),
                ("proton", "me"),
                ("yandex", "ru"),
                ("ymail", "com"),
            )
        )
        at = rng.choice(self.spec.get("at", (" at ", " [at] ", "(at)", " @ ", "@")))
        dot = rng.choice((" dot ", "(dot)", " . ", ".", "[dot]"))
        return f"{user}{at}{host}{dot}{tld}"

    def handle(self, given: str, family: str) -> str:
        rng = self.rng
        base = _asciify(rng.choice((given, family, given + family))).lower()
        base = re.sub(r"[^a-z0-9]", "", base) or "user"
        return rng.choice(
            (
                f"{base}_{rng.randint(10, 99)}",
                f"{base}.{rng.randint(100, 999)}",
                f"the_real_{base}",
                f"{base}{rng.randint(1990, 2008)}",
                f"{base}__official",
            )
        )

    def url(self, given: str, family: str) -> str:
        rng = self.rng
        h = self.handle(given, family)
        site = rng.choice(
            (
                "facebook.com/",
                "fb.com/",
                "instagram.com/",
                "tiktok.com/@",
                "t.me/",
                "m.facebook.com/profile/",
                "vk.com/",
            )
        )
        u = rng.choice(("", "https://", "www."))
        out = u + site + h
        if rng.random() < 0.3:
            out = out.replace("/", " / ").replace(".com", " . com")
        return out

    def dob(self) -> str:
        rng, spec = self.rng, self.spec
        y, m, d = rng.randint(1958, 2008), rng.randint(1, 12), rng.randint(1, 28)
        month = self.months[m - 1]
        if rng.random() < 0.5:
            month = month.lower()
        native = spec.get("digits")
        shape = rng.randrange(7)
        if shape == 0:
            out = f"{d:02d}/{m:02d}/{y}"
        elif shape == 1:
            out = f"{d}.{m}.{y % 100:02d}"
        elif shape == 2:
            out = spec.get("date_words", "{d} {month} {y}").format(d=d, month=month, y=y)
        elif shape == 3:
            out = f"{y}-{m:02d}-{d:02d}"
        elif shape == 4 and self.lang in ("am", "ti"):
            out = f"{rng.choice(_ETHIOPIC_1_TO_31)} {rng.choice(_ETHIOPIAN_MONTHS)} {y - 8}"
        elif shape == 4 and self.lang == "en":
            suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
            out = f"{d}{suffix} of {month.lower()} {y}"
        elif shape == 5:
            out = f"{d} {month[:3].lower() if month.isascii() else month} {y}"
        else:
            out = f"{d}-{m}-{y}"
        if native and rng.random() < 0.6:
            out = _native(out, native)
        return out

    def passport_or_id(self) -> str:
        rng = self.rng
        shape = rng.choice(self.spec.get("ids", ("pass", "unhcr", "unhcr2", "digits")))
        up = rng.random() < 0.5
        if shape == "pass":
            out = rng.choice("ABCEGHJKLNPRTX") + rng.choice("ABCEGHJKLNPRTX") + _rand_digits(rng, 7)
            return out if up else out.lower()
        if shape == "unhcr":
            return f"{_rand_digits(rng, 3)}-{_rand_digits(rng, 2)}C{_rand_digits(rng, 5)}"
        if shape == "unhcr2":
            return f"{_rand_digits(rng, 3)}-{_rand_digits(rng, 8)}"
        if shape == "cnic":
            return f"{_rand_digits(rng, 5)}-{_rand_digits(rng, 7)}-{rng.randint(1, 9)}"
        if shape == "tazkira":
            return f"{rng.randint(1395, 1402)}-{_rand_digits(rng, 4)}-{_rand_digits(rng, 5)}"
        if shape == "ykn":
            return "99" + _rand_digits(rng, 9)
        if shape == "nie":
            return rng.choice("XYZ") + _rand_digits(rng, 7) + rng.choice("TRWAGMYFPDXBNJZSQVHLCKE")
        if shape == "cpf":
            d = _rand_digits(rng, 11)
            return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"
        if shape == "ru_pass":
            return f"{_rand_digits(rng, 2)} {_rand_digits(rng, 2)} {_rand_digits(rng, 6)}"
        if shape == "nid_native" and self.spec.get("digits"):
            return _native(_rand_digits(rng, rng.choice((10, 13))), self.spec["digits"])
        return _rand_digits(rng, rng.choice((8, 9, 10, 11, 12)))

    def iban(self) -> str:
        rng = self.rng
        country, bban_len = rng.choice(
            (
                ("DE", 18),
                ("IT", 23),
                ("FR", 23),
                ("ES", 20),
                ("TR", 22),
                ("GR", 23),
                ("UA", 25),
                ("PT", 21),
                ("GB", 18),
                ("BE", 12),
            )
        )
        if country == "IT":
            bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _rand_digits(rng, bban_len - 1)
        elif country == "GB":
            bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
            bban += _rand_digits(rng, bban_len - 4)
        else:
            bban = _rand_digits(rng, bban_len)
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        check = 98 - int(numeric) % 97
        iban = f"{country}{check:02d}{bban}"
        shape = rng.randrange(3)
        if shape == 0:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        elif shape == 1:
            iban = "-".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban.lower() if rng.random() < 0.7 else iban

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(("4", "51", "53", "55"))
        body = prefix + _rand_digits(rng, 15 - len(prefix))
        total = 0
        for i, c in enumerate(reversed(body)):
            n = int(c) * (2 if i % 2 == 0 else 1)
            total += n - 9 if n > 9 else n
        number = body + str((10 - total % 10) % 10)
        sep = rng.choice((" ", "-", "", "  "))
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))


_CYRILLIC = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "h",
        "ґ": "g",
        "д": "d",
        "е": "e",
        "є": "ye",
        "ё": "yo",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "і": "i",
        "ї": "yi",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ы": "y",
        "э": "e",
        "ю": "yu",
        "я": "ya",
        "ь": "",
        "ъ": "",
        "'": "",
    }
)


def _asciify(text: str) -> str:
    import unicodedata

    text = text.lower().translate(_CYRILLIC)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def _latin(gen: Gen, given: str, family: str) -> tuple[str, str]:
    """Latin letters for a user name, from another synthetic person than the one named."""
    given, family = gen.person()
    g, f = _asciify(given), _asciify(family)
    if g and f:
        return g, f
    spec, rng = gen.spec, gen.rng
    if "roman_given" in spec:
        return rng.choice(spec["roman_given"]), rng.choice(spec["roman_family"])
    return rng.choice(("amal", "sami", "noor", "dawit", "hamza")), rng.choice(("k", "m", "z"))


# Street addresses: each returns the gold value (street, number, flat, postcode).
def _street_word(rng: random.Random, locale: str) -> str:
    fk = Faker(locale)
    fk.seed_instance(rng.randrange(1 << 30))
    return str(fk.last_name())


def _addr_it(rng: random.Random, n: int, k: int) -> str:
    s = _street_word(rng, "it_IT")
    return rng.choice(
        (
            f"via {s} {n}, {rng.randint(10, 98)}1{_rand_digits(rng, 2)}",
            f"piazza {s}, {n} int {k}",
            f"{n} via {s} scala b int {k}",
            f"viale {s} {n}",
            f"corso {s} {n}/{rng.choice('abc')}",
        )
    )


def _addr_es(rng: random.Random, n: int, k: int) -> str:
    s = _street_word(rng, "es_ES")
    return rng.choice(
        (
            f"calle {s} {n}, {rng.randint(1, 8)}º izq, "
            f"{rng.randint(10, 52)}0{_rand_digits(rng, 2)}",
            f"avda. {s} {n} piso {rng.randint(1, 9)} puerta {rng.randint(1, 6)}",
            f"c/ {s} n {n} {rng.randint(1, 6)}º dcha",
        )
    )


def _addr_latam(rng: random.Random, n: int, k: int) -> str:
    s = _street_word(rng, rng.choice(("es_MX", "es_CO")))
    return rng.choice(
        (
            f"calle {rng.randint(10, 130)} # {rng.randint(5, 99)}-{rng.randint(10, 90)}",
            f"avenida {s} {n}, col. {_street_word(rng, 'es_MX')}, c.p. {_rand_digits(rng, 5)}",
            f"colonia {s} calle {rng.randint(2, 40)} casa {n}",
        )
    )


def _addr_br(rng: random.Random, n: int, k: int) -> str:
    s = _street_word(rng, "pt_BR")
    return rng.choice(
        (
            f"rua {s}, {n}, apto {rng.randint(11, 904)}, "
            f"{_rand_digits(rng, 5)}-{_rand_digits(rng, 3)}",
            f"avenida {s} {n} apto {k}",
        )
    )


def _addr_pt(rng: random.Random, n: int, k: int) -> str:
    s = _street_word(rng, "pt_PT")
    return (
        f"rua {s} n.º {n}, {rng.randint(1, 6)}.º esq, {_rand_digits(rng, 4)}-{_rand_digits(rng, 3)}"
    )


def _addr_fr(rng: random.Random, n: int, k: int) -> str:
    s = _street_word(rng, "fr_FR")
    return rng.choice(
        (
            f"{n} rue {s}, bât {rng.choice('abcd')} appt {k}, {_rand_digits(rng, 5)}",
            f"{n} bd {s} {rng.randint(1, 9)}e étage",
            f"{n} allée {s}",
            f"{n} chemin {s}, {_rand_digits(rng, 5)}",
        )
    )


def _addr_de(rng: random.Random, n: int, k: int) -> str:
    s = _street_word(rng, "de_DE")
    return rng.choice(
        (
            f"{s}straße {n}, {_rand_digits(rng, 5)}",
            f"{s}weg {n} wohnung {k}",
            f"{s}str. {n}, {rng.randint(1, 5)}. og",
            f"{s}platz {n}",
        )
    )


def _addr_gr(rng: random.Random, n: int, k: int) -> str:
    fk = Faker("el_GR")
    fk.seed_instance(rng.randrange(1 << 30))
    s = str(fk.last_name())
    return rng.choice(
        (
            f"οδός {s} {n}, {_rand_digits(rng, 3)} {_rand_digits(rng, 2)}",
            f"odos {_asciify(_street_word(rng, 'it_IT'))} {n}",
            f"{s} {n}, {rng.randint(1, 6)}ος όροφος",
        )
    )


def _addr_tr(rng: random.Random, n: int, k: int) -> str:
    s, s2 = _street_word(rng, "tr_TR"), _street_word(rng, "tr_TR")
    return rng.choice(
        (
            f"{s} mah. {s2} sok. no:{n} daire {k}",
            f"{s} mahallesi {s2} caddesi no {n} kat {rng.randint(1, 8)}",
            f"{s} mh {s2} sk no {n}/{k}",
        )
    )


def _addr_ua(rng: random.Random, n: int, k: int) -> str:
    s = _street_word(rng, "uk_UA")
    return rng.choice(
        (
            f"вул. {s}, буд. {n}, кв. {k}",
            f"площа {s}, {n}",
            f"вулиця {s} {n} кв {k}",
        )
    )


def _addr_ru(rng: random.Random, n: int, k: int) -> str:
    s = _street_word(rng, "ru_RU")
    return rng.choice((f"ул. {s}, д. {n}, кв. {k}", f"улица {s} дом {n} кв {k}"))


def _addr_ar(rng: random.Random, n: int, k: int) -> str:
    s = _street_word(rng, rng.choice(("ar_EG", "ar_JO", "ar_SA")))
    return rng.choice(
        (
            f"شارع {s}، بناية {n}، الطابق {rng.randint(1, 9)}",
            f"حي {s} عمارة {n}",
            f"shari3 {rng.choice(('zahran', 'abu nuwas', 'mutanabbi', 'jabal amman'))} bina {n}",
        )
    )


def _addr_fa(rng: random.Random, n: int, k: int) -> str:
    s, s2 = _street_word(rng, "fa_IR"), _street_word(rng, "fa_IR")
    return rng.choice(
        (
            f"خیابان {s}، کوچه {s2}، پلاک {n}، واحد {k}",
            f"khiaban {rng.choice(('golbarg', 'sattarkhan', 'nilufar', 'bahar shiraz'))} "
            f"kooche {k} pelak {n}",
            f"بلوار {s} پلاک {n}",
        )
    )


def _addr_gb(rng: random.Random, n: int, k: int) -> str:
    s = _street_word(rng, "en_GB")
    fk = Faker("en_GB")
    fk.seed_instance(rng.randrange(1 << 30))
    return rng.choice(
        (
            f"flat {k}, {n} {s} road, {fk.postcode()}",
            f"{n} {s} close",
            f"{n} {s} street {fk.postcode()}",
            f"{s} house flat {k}",
        )
    )


def _addr_us(rng: random.Random, n: int, k: int) -> str:
    s = _street_word(rng, "en_US")
    return rng.choice(
        (
            f"{n}{rng.randint(0, 9)} {s} ave apt {k}, {_rand_digits(rng, 5)}",
            f"{n} {s} street apt {k}",
        )
    )


_ADDRESS_FORMATS: dict[str, Callable[[random.Random, int, int], str]] = {
    "it": _addr_it,
    "es": _addr_es,
    "latam": _addr_latam,
    "br": _addr_br,
    "pt": _addr_pt,
    "fr": _addr_fr,
    "de": _addr_de,
    "gr": _addr_gr,
    "tr": _addr_tr,
    "ua": _addr_ua,
    "ru": _addr_ru,
    "ar": _addr_ar,
    "fa": _addr_fa,
    "gb": _addr_gb,
    "us": _addr_us,
}


def _addr(fmt: str, rng: random.Random) -> str:
    n, k = rng.randint(1, 180), rng.randint(1, 40)
    low = rng.random() < 0.5
    out = _ADDRESS_FORMATS[fmt](rng, n, k)
    return out.lower() if low else out


def _camp(rng: random.Random) -> str:
    n, k = rng.randint(1, 60), rng.randint(1, 300)
    out = rng.choice(
        (
            f"sector {rng.randint(1, 9)} tent {k}",
            f"container {k}",
            f"block {rng.choice('abcdefgh')} caravan {n}",
            f"zone {rng.randint(1, 12)} isobox {k}",
            f"rubb hall {rng.randint(1, 6)} bed {k}",
            f"section {rng.randint(1, 9)} block {n} shelter {k}",
            f"phase {rng.randint(1, 4)} block {rng.choice('ABCDE')}{rng.randint(1, 9)} tent {k}",
        )
    )
    return out.upper() if rng.random() < 0.15 else out


def _pobox(rng: random.Random, words: tuple[str, ...]) -> str:
    return f"{rng.choice(words)} {rng.randint(100, 99999)}"


# Fragment templates: {n} name, {p} phone, {e} e-mail, {h} handle, {u} URL, {d} date of
# birth, {a} address, {i} ID, {b} IBAN, {c} card; {city} {country} {org} {day} {amount}
# {dur} {year} {law} keep-items from the language's pools; [[...]] a literal keep-item.
_SLOT = re.compile(r"\{(\w+)\}|\[\[(.+?)\]\]")
# Words as the scorer reads them (letters and marks), to spot a name word used twice.
_NAME_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
_ENTITY_SLOTS = {
    "n": "NAME",
    "p": "PHONE",
    "e": "EMAIL",
    "h": "HANDLE",
    "u": "URL",
    "d": "DOB",
    "a": "ADDRESS",
    "i": "ID",
    "b": "IBAN",
    "c": "CARD",
}
_KEEP_SLOTS = ("city", "country", "org", "day", "amount", "dur", "year", "law")


def _fill(
    template: str, values: dict[str, str], keep_pool: Callable[[str], str]
) -> tuple[str, list[dict[str, str]], list[str]]:
    out: list[str] = []
    entities: list[dict[str, str]] = []
    keep: list[str] = []
    pos = 0
    for m in _SLOT.finditer(template):
        out.append(template[pos : m.start()])
        pos = m.end()
        if m.group(2) is not None:
            keep.append(m.group(2))
            out.append(m.group(2))
            continue
        slot = m.group(1)
        if slot in _ENTITY_SLOTS:
            entities.append({"type": _ENTITY_SLOTS[slot], "value": values[slot]})
            out.append(values[slot])
        elif slot in _KEEP_SLOTS:
            item = keep_pool(slot)
            keep.append(item)
            out.append(item)
        else:
            raise KeyError(slot)
    out.append(template[pos:])
    return "".join(out), entities, keep


# Kinds of personal detail a message can carry, with weights.
_KINDS = (
    ("intro", 5),
    ("kin", 4),
    ("sign", 3),
    ("phone", 5),
    ("email", 2),
    ("handle", 2),
    ("url", 1),
    ("dob", 3),
    ("addr", 3),
    ("camp", 2),
    ("pobox", 1),
    ("id", 3),
    ("iban", 1),
    ("card", 1),
)


def _templates(spec: dict[str, Any], key: str, *, roman: bool) -> tuple[str, ...]:
    found: tuple[str, ...] = (roman and spec.get("roman_" + key)) or spec[key]
    return found


def _detail(
    gen: Gen, kind: str, given: str, family: str, *, roman: bool
) -> tuple[dict[str, str], str, str | None]:
    """Values for one detail fragment, the template key to use, and a sender name if set."""
    rng, spec = gen.rng, gen.spec
    sender: str | None = None
    if kind == "intro":
        values = {"n": rng.choice((f"{given} {family}", given, f"{given} {family}"))}
        if rng.random() < 0.3:
            sender = f"{given} {family}".title()
        return values, "intro", sender
    if kind == "kin":
        rel_given = gen.person(roman=roman)[0]
        return {"n": rel_given.lower() if rng.random() < 0.6 else rel_given}, "kin", None
    if kind == "sign":
        sender = f"{given} {family}".title()
        if rng.random() < 0.25:
            sender = sender.translate(str.maketrans("aeocpxi", "аеосрхі"))
        return {"n": given}, "sign", sender
    makers: dict[str, tuple[str, str, Callable[[], str]]] = {
        "phone": ("p", "phone", lambda: gen.phone(roman=roman)),
        "email": ("e", "email", lambda: gen.email(*_latin(gen, given, family))),
        "handle": ("h", "handle", lambda: gen.handle(*_latin(gen, given, family))),
        "url": ("u", "url", lambda: gen.url(*_latin(gen, given, family))),
        "dob": ("d", "dob", gen.dob),
        "addr": ("a", "addr", lambda: _addr(rng.choice(spec["addr_fmts"]), rng)),
        "camp": ("a", "camp", lambda: _camp(rng)),
        "pobox": ("a", "addr", lambda: _pobox(rng, spec["pobox"])),
        "id": ("i", "id", gen.passport_or_id),
        "iban": ("b", "iban", gen.iban),
        "card": ("c", "card", gen.card),
    }
    slot, key, make = makers[kind]
    return {slot: make()}, key, None


def _message(gen: Gen, idx: int) -> dict[str, Any]:
    rng, spec, lang = gen.rng, gen.spec, gen.lang
    roman = "roman_intro" in spec and rng.random() < 0.4
    n_details = 0 if idx % 7 == 0 else 1 if idx % 7 in (1, 2) else rng.choice((2, 2, 3, 3, 4))
    pool = [k for k, w in _KINDS for _ in range(w)]
    kinds: list[str] = []
    while len(kinds) < n_details:
        k = rng.choice(pool)
        if k not in kinds:
            kinds.append(k)
    given, family = gen.person(roman=roman)
    if rng.random() < 0.6:
        given, family = given.lower(), family.lower()
    sender: str | None = None

    def keep_pool(slot: str) -> str:
        if slot == "day":
            return str(rng.choice(spec.get("days") or gen.days))
        return str(rng.choice(spec[slot]))

    fragments: list[tuple[str, list[dict[str, str]], list[str]]] = []
    for kind in kinds:
        values, key, new_sender = _detail(gen, kind, given, family, roman=roman)
        sender = new_sender or sender
        tpl = rng.choice(_templates(spec, key, roman=roman))
        fragments.append(_fill(tpl, values, keep_pool))
    n_keep = rng.choice((1, 2)) if n_details == 0 else rng.choice((0, 1, 1, 2))
    keep_tpls = rng.sample(_templates(spec, "keep", roman=roman), n_keep)
    keep_frags = [_fill(t, {}, keep_pool) for t in keep_tpls]
    # Sign-offs go last; the rest is shuffled with the keep sentences.
    signs = [f for f, k in zip(fragments, kinds, strict=True) if k == "sign"]
    body = [f for f, k in zip(fragments, kinds, strict=True) if k != "sign"] + keep_frags
    rng.shuffle(body)
    seps = spec.get("seps", (" ", ". ", "\n", ", ", " .. "))
    text = ""
    for frag in body:
        text += (rng.choice(seps) if text else "") + frag[0]
    for frag in signs:
        text += rng.choice(("\n", "\n\n", " ", " - ")) + frag[0]
    entities = [e for f in body + signs for e in f[1]]
    keep = [k for f in body + signs for k in f[2]]
    return {
        "id": f"ho3-{lang}-{idx:03d}",
        "lang": lang,
        "text": text,
        "sender_name": sender,
        "entities": entities,
        "keep": keep,
    }


def _ambiguous(row: dict[str, Any]) -> bool:
    """Whether a name's word also stands elsewhere in the text (a leak would be unfair)."""
    words = [w.lower() for w in _NAME_WORD.findall(row["text"])]
    in_names = [
        w.lower()
        for e in row["entities"]
        if e["type"] == "NAME"
        for w in _NAME_WORD.findall(e["value"])
    ]
    return any(words.count(w) > in_names.count(w) for w in in_names if len(w) >= 2)


def _check(row: dict[str, Any]) -> None:
    """Fail unless every value is in the text, scorable as a leak, and apart from the keep-items."""
    text = row["text"]
    problems = [e["type"] for e in row["entities"] if e["value"] not in text]
    problems += [f"{e['type']} unscorable" for e in row["entities"] if not leaked(e, text)]
    problems += ["keep missing" for item in row["keep"] if item not in text]
    problems += [
        "keep inside entity" for item in row["keep"] for e in row["entities"] if item in e["value"]
    ]
    if problems:
        raise ValueError(f"{row['id']}: {', '.join(problems)}")


def generate() -> list[dict[str, Any]]:
    """All rows of the set, 28 per language."""
    from bench._heldout3_lexicon import LEXICON

    rows = []
    for lang in LANGS:
        gen = Gen(lang, LEXICON[lang], random.Random(f"{SEED}-{lang}"))
        for idx in range(PER_LANG):
            row = _message(gen, idx)
            while _ambiguous(row):
                row = _message(gen, idx)
            _check(row)
            rows.append(row)
    return rows


def main() -> None:
    """Write the set as JSON lines."""
    write_set(generate(), OUT)


if __name__ == "__main__":
    main()
