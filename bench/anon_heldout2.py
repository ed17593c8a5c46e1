# whole chat lines; homoglyphs, invisible characters and odd digits are the point
"""A second held-out set for the anonymiser, written before the round of tuning it measures.

408 chat-style messages, 24 in each of the 17 languages we serve (12 templates, each
filled twice), with names, places and formats of its own: nothing is drawn from the
runtime lexicons or gazetteers (``moderation/data``), and the templates are new
wording, not copies of the dev, fresh, evasion or first held-out sets.

What it probes:
- names in lower case after naming cues, names next to verbs ("X hit me", "ضربني X"),
  relatives on their own line, romanised names in Arabic, Persian, Pashto, Urdu,
  Bengali, Amharic, Tigrinya, Ukrainian and Russian chat, homoglyph sender names;
- phones from ``phonenumbers`` (valid mobile numbers of destination, transit and origin
  countries) spaced digit by digit, dotted, with letter look-alikes (``O`` for 0, ``l``
  for 1), in full-width or native digits, or as words mixed with digits;
- e-mails written with `` at ``/``(a)``/``[ät]``; handles with and without ``@``;
- national IDs of many countries made valid with ``python-stdnum`` (Germany's tax id,
  Italy's codice fiscale, Spain's NIE, Greece's AMKA, Türkiye's T.C. kimlik, Ukraine's
  RNTRC, Russia's INN, Pakistan's CNIC, Brazil's CPF, France's NIR, the NHS number,
  the US SSN, Kenya's PIN, South Africa's ID number), passports;
- dates of birth (numeric, ISO, two-digit years, month names from CLDR, native digits);
- street addresses with their postcodes (the postcode is part of the gold address;
  the city after it is neither gold nor a keep-item), camp locations whose camp name
  must stay ("Kara Tepe", "Kakuma", "الزعتري") while the unit goes;
- keep-items: cities, camp names, organisations, amounts, durations, years, weekdays,
  appointment dates, and verbs written right after a name.

Every person is synthetic (given and family names drawn independently); every number
is random (valid checksums, no real person's). Seeded and reproducible.

Run: ``PYTHONPATH=. python -m bench.anon_heldout2`` (writes
``bench/data/heldout/anon_heldout2.jsonl``), then
``PYTHONPATH=. python -m bench.pipeline_eval --set bench/data/heldout/anon_heldout2.jsonl``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import babel
import phonenumbers
from stdnum import luhn
from stdnum.br import cpf
from stdnum.de import idnr
from stdnum.es import nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.it import codicefiscale
from stdnum.ke import pin as ke_pin
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr

from bench.pipeline_devset import every_template, write_set
from i18n.translator import SUPPORTED

OUT = Path(__file__).resolve().parent / "data" / "heldout" / "anon_heldout2.jsonl"
SEED = 20261203
PER_TEMPLATE = 2
LANGS = SUPPORTED  # the languages we serve

Slot = tuple[str, list[dict[str, str]], list[str]]

# Given and family names, drawn independently (no real person is meant). For scripts
# other than Latin: (native, how the person writes it in Latin letters).
LATIN_NAMES: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        ["precious", "emmanuel", "abena", "godfrey", "faith", "obinna", "comfort", "kwabena"],
        ["asante", "oduya", "banda", "phiri", "eze", "okonkwo", "achieng"],
    ),
    "fr": (
        ["grâce", "fabrice", "nadège", "ousmane", "bintou", "hervé", "clarisse", "youssouf"],
        ["kouyaté", "ndiaye", "mukendi", "sangaré", "kalonji", "bamba", "ilunga"],
    ),
    "es": (
        ["yeison", "maryuri", "dayana", "brayan", "leidy", "anderson", "karelis"],
        ["cárdenas", "ospina", "montilla", "urdaneta", "escalona", "briceño", "pérez"],
    ),
    "pt": (
        ["raimunda", "cleiton", "adriele", "jailson", "lucineide", "rosivaldo", "luana"],
        ["damasceno", "albuquerque", "lacerda", "magalhães", "nogueira", "pimentel"],
    ),
    "so": (
        ["hodan", "abdirahman", "sagal", "liban", "ifrah", "guled", "nimco"],
        ["warsame", "egal", "farah", "jama", "hirsi", "abdille", "gedi"],
    ),
    "sw": (
        ["neema", "baraka", "zawadi", "juma", "rehema", "imani", "makena"],
        ["mwangi", "otieno", "kiprono", "wanjiru", "mutua", "njoroge", "chepkoech"],
    ),
    "ha": (
        ["hadiza", "usman", "zainab", "abubakar", "halima", "sani", "rukayya"],
        ["bello", "danjuma", "garba", "yakubu", "lawal", "shehu", "dikko"],
    ),
    "tr": (
        ["emre", "zeynep", "berkay", "ayşenur", "mert", "elif", "serkan"],
        ["yıldız", "demir", "öztürk", "aydın", "çelik", "arslan", "kılıç"],
    ),
}
SCRIPT_NAMES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    "ar": (
        [("غيث", "ghaith"), ("رنيم", "raneem"), ("معاذ", "moaz"), ("هبة", "heba"),
         ("أنس", "anas"), ("سلمى", "salma"), ("قصي", "qusay"), ("دعاء", "duaa")],
        [("الحمصي", "alhomsi"), ("الزعبي", "alzoubi"), ("درويش", "darwish"),
         ("القاسم", "alqasem"), ("شحادة", "shehadeh"), ("النجار", "alnajjar")],
    ),
    "fa": (
        [("فرشته", "fereshteh"), ("بهروز", "behrouz"), ("نگین", "negin"), ("کاوه", "kaveh"),
         ("شیرین", "shirin"), ("آرش", "arash"), ("مهسا", "mahsa")],
        [("رضایی", "rezaei"), ("جعفری", "jafari"), ("نظری", "nazari"), ("کریمی", "karimi"),
         ("حیدری", "heidari"), ("صادقی", "sadeghi")],
    ),
    "ps": (
        [("ګلالۍ", "gulalai"), ("وحید", "waheed"), ("زرمینه", "zarmina"), ("شفیق", "shafiq"),
         ("ملالۍ", "malalai"), ("نجیب", "najib"), ("حمیدالله", "hamidullah")],
        [("ستانکزی", "stanekzai"), ("وردګ", "wardak"), ("احمدزی", "ahmadzai"),
         ("مومند", "mohmand"), ("یوسفزی", "yousafzai"), ("کاکړ", "kakar")],
    ),
    "ur": (
        [("عمران", "imran"), ("ثمینہ", "samina"), ("بلال", "bilal"), ("نائلہ", "naila"),
         ("فہد", "fahad"), ("رابعہ", "rabia"), ("ذیشان", "zeeshan")],
        [("چوہدری", "chaudhry"), ("قریشی", "qureshi"), ("ملک", "malik"), ("اعوان", "awan"),
         ("راجپوت", "rajput"), ("عباسی", "abbasi")],
    ),
    "bn": (
        [("রুবিনা", "rubina"), ("সাকিব", "sakib"), ("তানিয়া", "tania"), ("মাহফুজ", "mahfuz"),
         ("নুসরাত", "nusrat"), ("রাকিব", "rakib")],
        [("হোসেন", "hossain"), ("চৌধুরী", "chowdhury"), ("মিয়া", "miah"),
         ("সরকার", "sarkar"), ("তালুকদার", "talukdar"), ("ভূঁইয়া", "bhuiyan")],
    ),
    "ti": (
        [("ሰምሃር", "semhar"), ("ሉላ", "lula"), ("ተስፎም", "tesfom"), ("ሚኪኤል", "mikael"),
         ("ፍረወይኒ", "freweini"), ("ኣማኑኤል", "amanuel")],
        [("ገብረመድህን", "gebremedhin"), ("ተኽለ", "tekle"), ("ሃይለ", "haile"),
         ("ወልደሚካኤል", "woldemichael"), ("ኪዳነ", "kidane")],
    ),
    "am": (
        [("ቤተልሔም", "betelhem"), ("ዮናስ", "yonas"), ("ሕይወት", "hiwot"), ("ሰለሞን", "solomon"),
         ("መቅደስ", "mekdes"), ("አበበ", "abebe")],
        [("ታደሰ", "tadesse"), ("ገብሬ", "gebre"), ("አለሙ", "alemu"), ("በቀለ", "bekele"),
         ("ወርቁ", "worku"), ("ደምሴ", "demissie")],
    ),
    "uk": (
        [("Оксана", "oksana"), ("Тарас", "taras"), ("Ірина", "iryna"), ("Богдан", "bohdan"),
         ("Галина", "halyna"), ("Остап", "ostap")],
        [("Ковальчук", "kovalchuk"), ("Мельник", "melnyk"), ("Бондаренко", "bondarenko"),
         ("Ткачук", "tkachuk"), ("Гнатюк", "hnatiuk")],
    ),
    "ru": (
        [("Дмитрий", "dmitry"), ("Светлана", "svetlana"), ("Артём", "artyom"),
         ("Людмила", "lyudmila"), ("Руслан", "ruslan"), ("Зарина", "zarina")],
        [("Кузнецов", "kuznetsov"), ("Абдуллаев", "abdullaev"), ("Морозов", "morozov"),
         ("Каримова", "karimova"), ("Волков", "volkov")],
    ),
}  # fmt: skip

HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "i": "і", "y": "у", "x": "х"}
NATIVE_DIGITS = {
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "ps": "۰۱۲۳۴۵۶۷۸۹",
    "ur": "۰۱۲۳۴۵۶۷۸۹",
    "bn": "০১২৩৪৫৬৭৮৯",
}
FULLWIDTH = "０１２３４５６７８９"
NUMBER_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "ar": "صفر واحد اثنين ثلاثة اربعة خمسة ستة سبعة ثمانية تسعة",
    "fa": "صفر یک دو سه چهار پنج شش هفت هشت نه",
    "ps": "صفر یو دوه درې څلور پنځه شپږ اووه اته نهه",
    "ur": "صفر ایک دو تین چار پانچ چھ سات آٹھ نو",
    "ti": "ዜሮ ሓደ ክልተ ሰለስተ ኣርባዕተ ሓሙሽተ ሽዱሽተ ሸውዓተ ሸሞንተ ትሽዓተ",
    "am": "ዜሮ አንድ ሁለት ሶስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ",
    "so": "eber kow labo saddex afar shan lix toddoba siddeed sagaal",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
    "ha": "sifiri ɗaya biyu uku huɗu biyar shida bakwai takwas tara",
    "uk": "нуль один два три чотири п'ять шість сім вісім дев'ять",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "bn": "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়",
}
# Regions whose mobile numbers people write: where they live now and where they came from.
PHONE_REGIONS = {
    "en": ["GB", "US", "NG", "GH", "IE"],
    "fr": ["FR", "BE", "CD", "GN", "CI"],
    "es": ["ES", "CO", "VE", "MX", "PE"],
    "pt": ["PT", "BR", "AO", "MZ"],
    "ar": ["JO", "LB", "DE", "SE", "SY", "EG"],
    "fa": ["IR", "DE", "TR", "AF"],
    "ps": ["AF", "PK", "DE", "AT"],
    "ur": ["PK", "GB", "IT", "AE"],
    "ti": ["ER", "ET", "NL", "IL"],
    "am": ["ET", "SA", "DE", "US"],
    "so": ["SO", "KE", "SE", "NO"],
    "sw": ["KE", "TZ", "UG", "GB"],
    "ha": ["NG", "NE", "LY", "IT"],
    "uk": ["UA", "PL", "DE", "CZ"],
    "ru": ["RU", "KZ", "GE", "DE"],
    "tr": ["TR", "DE", "NL", "SY"],
    "bn": ["BD", "IT", "GB", "MY"],
}
# Organisations people name; all must survive.
ORGS = [
    "Danish Refugee Council",
    "Save the Children",
    "HIAS",
    "JRS",
    "Médecins du Monde",
    "Emergency",
    "Diakonie",
    "SOS Méditerranée",
    "ASB",
    "Cruz Roja",
    "Croix-Rouge",
    "IRC",
    "ARSIS",
    "Mercy Corps",
]
CITIES = [
    "Leipzig",
    "Bari",
    "Almería",
    "Thessaloniki",
    "Gaziantep",
    "Lviv",
    "Tijuana",
    "Kampala",
    "Agadez",
    "Sfax",
    "Mytilene",
    "Brescia",
    "Rotterdam",
    "Nantes",
    "Ceuta",
    "Tapachula",
]
CAMPS = ["Kara Tepe", "Kakuma", "Dadaab", "Mavrovouni", "Bidi Bidi", "Kutupalong", "Lipa"]
AMOUNTS = [
    "€350",
    "1200 TL",
    "250 dollars",
    "5,000 KES",
    "80 euro",
    "£45",
    "300.000 COP",
    "2500 ETB",
]
DURATIONS_EN = ["4 months", "two weeks", "1 year", "9 days"]


def _names(lang: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    if lang in SCRIPT_NAMES:
        return SCRIPT_NAMES[lang]
    given, family = LATIN_NAMES[lang]
    return [(g, g) for g in given], [(f, f) for f in family]


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def num(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def native(self, lang: str, text: str, p: float = 0.4) -> str:
        table = NATIVE_DIGITS.get(lang)
        if table and self.rng.random() < p:
            return "".join(table[int(c)] if c.isascii() and c.isdigit() else c for c in text)
        return text

    # -- people ---------------------------------------------------------------------
    def person(self, lang: str) -> tuple[tuple[str, str], tuple[str, str]]:
        given, family = _names(lang)
        return self.rng.choice(given), self.rng.choice(family)

    def full(self, lang: str, *, latin: bool = False, lower: bool = False) -> str:
        g, f = self.person(lang)
        i = 1 if latin else 0
        text = f"{g[i]} {f[i]}"
        if lower:
            return text.lower()
        return text if latin or lang in SCRIPT_NAMES else text.title()

    def given(self, lang: str, *, latin: bool = False, lower: bool = False) -> str:
        g, _ = self.person(lang)
        text = g[1] if latin else g[0]
        if lower:
            return text.lower()
        return text if lang in SCRIPT_NAMES and not latin else text.title()

    # -- numbers ---------------------------------------------------------------------
    def mobile(self, lang: str) -> phonenumbers.PhoneNumber:
        region = self.rng.choice(PHONE_REGIONS[lang])
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        if example is None:
            raise ValueError(f"no mobile numbers for {region}")
        nsn = str(example.national_number)
        for _ in range(200):
            candidate = nsn[:3] + self.num(len(nsn) - 3)
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            if phonenumbers.is_valid_number(number):
                return number
        return example

    def phone(self, lang: str) -> str:
        rng = self.rng
        number = self.mobile(lang)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        digits = "".join(c for c in national if c.isdigit())
        style = rng.randrange(8)
        if style == 0:  # every digit spaced
            return " ".join(digits)
        if style == 1:  # dotted digit by digit
            return ".".join(e164.lstrip("+")) if rng.random() < 0.5 else ".".join(digits)
        if style == 2:  # letter look-alikes for 0 and 1
            return "".join({"0": rng.choice("Oo"), "1": rng.choice("lI")}.get(c, c) for c in digits)
        if style == 3:  # full-width or native digits
            table = NATIVE_DIGITS.get(lang, FULLWIDTH)
            return "".join(table[int(c)] if c.isdigit() else c for c in intl)
        if style == 4:
            return intl
        if style == 5:
            return national
        if style == 6:  # digits in pairs with dashes
            pairs = [digits[i : i + 2] for i in range(0, len(digits), 2)]
            return "-".join(pairs)
        return e164.replace("+", "00")

    def phone_words(self, lang: str) -> str:
        words = NUMBER_WORDS[lang].split()
        digits = "0" + self.num(9)
        # Some digits as words, some as digits, the way people dodge a filter.
        return " ".join(words[int(c)] if self.rng.random() < 0.7 else c for c in digits)

    def email(self, lang: str) -> str:
        rng = self.rng
        g, f = self.person(lang)
        user = (g[1] + rng.choice([".", "_", "", "-"]) + f[1]).lower().replace(" ", "")
        user = "".join(c for c in user if c.isascii()) + rng.choice(["", self.num(2), self.num(4)])
        host = rng.choice(["gmail", "yahoo", "outlook", "gmx", "mail", "icloud", "yandex"])
        tld = rng.choice(["com", "de", "fr", "ru", "it"])
        return rng.choice(
            [
                f"{user} at {host} dot {tld}",
                f"{user} at {host}.{tld}",
                f"{user}(a){host}.{tld}",
                f"{user} [ät] {host} [punkt] {tld}",
                f"{user} @ {host}",
                f"{user}@{host}.{tld}".upper(),
                f"{user} @{host} {tld}",
            ]
        )

    def handle(self, lang: str) -> str:
        rng = self.rng
        g, f = self.person(lang)
        base = "".join(
            c for c in (g[1] + rng.choice(["_", ".", ""]) + f[1][:4]).lower() if c.isascii()
        )
        base += rng.choice(["", self.num(2), "_" + self.num(3)])
        return rng.choice(["@", "", ""]) + base

    def passport(self) -> str:
        rng = self.rng
        return rng.choice(["N", "P", "AB", "EP", "K", "ZX"]) + self.num(rng.choice([7, 8]))

    def national_id(self) -> tuple[str, str]:
        """(cue, valid number) for one of many countries."""
        kind = self.rng.randrange(14)
        for _ in range(5000):
            found = self._id_candidate(kind)
            if found:
                return found
        raise RuntimeError("no valid id")

    def _id_candidate(self, kind: int) -> tuple[str, str] | None:
        """One try at a valid number of the kind (None when the checksum fails)."""
        rng = self.rng
        if kind == 0:
            v = str(rng.randrange(1, 10)) + self.num(10)
            if idnr.is_valid(v):
                return rng.choice(["steuer-id", "steuer id", "tax id"]), v
        elif kind == 1:
            letters = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
            body = (
                letters
                + self.num(2)
                + rng.choice("ABCDEHLMPRST")
                + f"{rng.randrange(1, 71):02d}"
                + rng.choice("FGHLZ")
                + self.num(3)
            )
            v = body + codicefiscale.calc_check_digit(body)
            if codicefiscale.is_valid(v):
                return "codice fiscale", v.lower() if rng.random() < 0.3 else v
        elif kind == 2:
            v = rng.choice("XYZ") + self.num(7) + rng.choice("TRWAGMYFPDXBNJZSQVHLCKE")
            if nie.is_valid(v):
                return "NIE", v
        elif kind == 3:
            d = dt.date(rng.randrange(1960, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
            v = d.strftime("%d%m%y") + self.num(5)
            if amka.is_valid(v):
                return "AMKA", v
        elif kind == 4:
            v = str(rng.randrange(1, 10)) + self.num(10)
            if tckimlik.is_valid(v):
                return rng.choice(["kimlik no", "TC", "yabancı kimlik no"]), v
        elif kind == 5:
            v = self.num(10)
            if rntrc.is_valid(v):
                return rng.choice(["РНОКПП", "ІПН", "ipn"]), v
        elif kind == 6:
            v = self.num(12)
            if inn.is_valid(v):
                return rng.choice(["ИНН", "inn"]), v
        elif kind == 7:
            v = f"{self.num(5)}-{self.num(7)}-{rng.randrange(1, 10)}"
            return rng.choice(["CNIC", "shanakhti card"]), v
        elif kind == 8:
            v = self.num(11)
            if cpf.is_valid(v):
                return "CPF", cpf.format(v)
        elif kind == 9:
            v = rng.choice("12") + self.num(12)
            v += f"{97 - int(v) % 97:02d}"
            if nir.is_valid(v):
                return rng.choice(["numéro de sécu", "NIR"]), nir.format(v)
        elif kind == 10:
            v = self.num(10)
            if nhs.is_valid(v):
                return "NHS number", nhs.format(v)
        elif kind == 11:
            v = f"{rng.randrange(100, 665)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"
            if ssn.is_valid(v):
                return "SSN", v
        elif kind == 12:
            v = rng.choice("AP") + self.num(9) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            if ke_pin.is_valid(v):
                return "KRA PIN", v
        else:
            d = dt.date(rng.randrange(1960, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
            body = d.strftime("%y%m%d") + self.num(4) + rng.choice("01") + "8"
            v = body + luhn.calc_check_digit(body)
            if za_idnr.is_valid(v):
                return "ID number", v
        return None

    def dob(self, lang: str) -> str:
        rng = self.rng
        day, month, year = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1958, 2009)
        months = babel.Locale.parse(lang).months["format"]["wide"]
        style = rng.randrange(6)
        if style == 0:
            return self.native(lang, f"{day}.{month:02d}.{year}")
        if style == 1:
            return self.native(lang, f"{day}/{month}/{year % 100:02d}")
        if style == 2:
            return f"{year}-{month:02d}-{day:02d}"
        if style == 3:
            return self.native(lang, f"{day} {months[month].lower()} {year}")
        if style == 4:
            return self.native(lang, f"{months[month]} {day}, {year}")
        return self.native(lang, f"{day:02d}-{month:02d}-{year}")

    # -- places ----------------------------------------------------------------------
    def address(self, lang: str) -> tuple[str, str]:
        """A street address with its postcode (the gold value), the city after it."""
        rng = self.rng
        n, m = rng.randrange(1, 180), rng.randrange(1, 40)
        formats = ADDRESS_FORMATS[rng.choice(ADDRESS_COUNTRIES[lang])]
        fmt, city = rng.choice(formats)
        value = fmt.format(
            n=n,
            m=m,
            pc5=self.num(5),
            pc4=self.num(4),
            pc3=self.num(3),
            pc6=self.num(6),
            uk=f"{rng.choice(['LS', 'M', 'B', 'OX', 'CF', 'NG'])}{rng.randrange(1, 20)} "
            f"{rng.randrange(1, 10)}{rng.choice(UK_LETTERS)}{rng.choice(UK_LETTERS)}",
        )
        return self.native(lang, value, 0.3), city

    def camp(self, lang: str) -> tuple[str, str, str]:
        """(text, gold unit, camp name to keep)."""
        rng = self.rng
        name = rng.choice(CAMPS)
        unit = rng.choice(CAMP_UNITS).format(
            n=rng.randrange(1, 40), m=rng.randrange(2, 300), b=rng.choice("ABCDEFG")
        )
        return name, self.native(lang, unit, 0.3), name


UK_LETTERS = "ABDEFHJLNPQRSTUWXYZ"
# Street addresses of destination and transit countries; the gold value ends with the
# postcode; the city (the second item) is written after it and is not scored.
ADDRESS_FORMATS: dict[str, list[tuple[str, str]]] = {
    "DE": [
        ("Hermannstraße {n}, {pc5}", "Berlin"),
        ("Am Lindenhof {n}, Whg. {m}, {pc5}", "Hannover"),
        ("Brunnenweg {n}a, {pc5}", "Bremen"),
    ],
    "IT": [
        ("via Ormea {n}, {pc5}", "Torino"),
        ("Corso Giulio Cesare {n}, scala B, int. {m}, {pc5}", "Torino"),
        ("Via dei Mille {n}, {pc5}", "Palermo"),
    ],
    "ES": [
        ("C/ Embajadores {n}, {m}º izq, {pc5}", "Madrid"),
        ("avda. de la Albufera {n}, {pc5}", "Madrid"),
    ],
    "FR": [
        ("{n} rue de Tanger, {pc5}", "Paris"),
        ("{n} bis avenue Jean Jaurès, bât C, {pc5}", "Lyon"),
    ],
    "GR": [("Αχαρνών {n}, {pc3} {m:02d}", "Αθήνα"), ("odos Patision {n}, {pc3} {m:02d}", "Athina")],
    "TR": [
        ("Fevzipaşa Cad. No:{n} D:{m}, {pc5}", "İstanbul"),
        ("Karanfil Sk. no {n} kat 3, {pc5}", "Gaziantep"),
    ],
    "UK": [("{n} Cowley Road, {uk}", "Oxford"), ("flat {m}, {n} Harehills Lane, {uk}", "Leeds")],
    "US": [("{n} Ocean Pkwy Apt {m}, {pc5}", "Brooklyn")],
    "PT": [("Rua do Benformoso {n}, {pc4}-{pc3}", "Lisboa")],
    "BR": [("Rua Coimbra, {n} - Brás, {pc5}-{pc3}", "São Paulo")],
    "UA": [("вул. Січових Стрільців, {n}, кв. {m}, {pc5}", "Львів")],
    "RU": [("ул. Гагарина, д. {n}, кв. {m}, {pc6}", "Казань")],
    "JO": [
        ("شارع الأمير حسن، بناية {n}، الطابق {m}", "عمان"),
        ("حي نزال، عمارة {n} شقة {m}", "عمان"),
    ],
    "IR": [("خیابان ولیعصر، کوچه {m}، پلاک {n}، کد پستی {pc5}{pc5}", "تهران")],
    "AF": [("کارته چار، سړک {m}، کور {n}", "کابل")],
    "PK": [
        ("مکان نمبر {n}، گلی {m}، سیکٹر جی نائن", "اسلام آباد"),
        ("house {n} street {m} G-9/2", "Islamabad"),
    ],
    "BD": [("বাড়ি নং {n}, রোড {m}, মিরপুর", "ঢাকা")],
    "ET": [("ቀበሌ {m} የቤት ቁጥር {n}", "አዲስ አበባ")],
    "ER": [("ጎደና {m} ገዛ ቁ. {n}", "ኣስመራ")],
    "KE": [
        ("Eastleigh 1st Avenue, nyumba namba {n}", "Nairobi"),
        ("Moi Avenue house {n}, {pc5}", "Mombasa"),
    ],
    "SO": [("xaafadda Hodan, waddada {m}, guriga {n}", "Muqdisho")],
    "NG": [("gida mai lamba {n}, titin Zoo Road", "Kano")],
}
ADDRESS_COUNTRIES = {
    "en": ["UK", "US", "DE"],
    "fr": ["FR", "IT"],
    "es": ["ES", "US"],
    "pt": ["PT", "BR"],
    "ar": ["JO", "DE", "GR"],
    "fa": ["IR", "DE"],
    "ps": ["AF", "DE"],
    "ur": ["PK", "UK", "IT"],
    "ti": ["ER", "IT"],
    "am": ["ET", "DE"],
    "so": ["SO", "UK"],
    "sw": ["KE", "UK"],
    "ha": ["NG", "IT"],
    "uk": ["UA", "DE"],
    "ru": ["RU", "DE"],
    "tr": ["TR", "DE"],
    "bn": ["BD", "IT"],
}
CAMP_UNITS = [
    "rubb hall {n} bed {m}",
    "zone {b} container {m}",
    "block {n} shelter {m}",
    "phase {n} caravan {m}",
    "section {b}{n} tent {m}",
    "isobox {m}",
]

# Per language: chat messages. Slots: LN lower full name, N full name, RN romanised
# lower full name, G given name, LG lower given, RG romanised given, PH phone, PHW phone
# half in words, EM e-mail, HD handle, ID national id with its cue, PP passport, DOB,
# AD address (+ its city), CAMP camp name (kept) and unit, CITY, ORG, AMT, DUR, YEAR,
# DAY weekday, DATE an appointment date (kept), V a verb right after the name (kept).
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "its {LN} here, been stuck in {CITY} for {DUR} with no answer",
        "yesterday {LG} told me the office is closed, {ORG} said come back {DAY}",
        "u can reach me on {PH} after 5",
        "phone {PHW} whatsapp only",
        "send the form to {EM} pls, i already paid {AMT}",
        "my ig is {HD} i posted the video there",
        "they asked my {ID} again, i gave it in {YEAR}",
        "i was born {DOB} so im not adult, they wrote wrong",
        "new address {AD} since last week",
        "we are in {CAMP} they moved us, no light",
        "the guard {N} hit my friend, appointment is on {DATE}",
        "passport {PP} is with the lawyer, {ORG} has a copy",
    ],
    "fr": [
        "bjr c'est {LN}, je suis bloquée a {CITY} depuis {DUR}",
        "hier {LG} m'a dit que {ORG} ferme le {DAY}",
        "mon tel {PH} rappelez moi svp",
        "numéro {PHW} sur whatsapp",
        "envoyez a {EM} merci, j'ai payé {AMT}",
        "insta {HD} pour les photos",
        "ils demandent mon {ID}, je suis en france depuis {YEAR}",
        "je suis née le {DOB} donc mineure",
        "nouvelle adresse : {AD}",
        "on est a {CAMP} maintenant, pas d'eau",
        "le policier {N} a frappé mon frère, rdv le {DATE}",
        "passeport n {PP} gardé par {ORG}",
    ],
    "es": [
        "hola soy {LN}, estoy en {CITY} hace {DUR} sin respuesta",
        "ayer {LG} me dijo que {ORG} no abre el {DAY}",
        "mi número {PH} llamame porfa",
        "cel {PHW} solo whatsapp",
        "mándalo a {EM} ya pagué {AMT}",
        "mi insta es {HD}",
        "me piden el {ID} otra vez, lo di en {YEAR}",
        "naci el {DOB} soy menor todavia",
        "vivo en {AD} desde la semana pasada",
        "estamos en {CAMP} sin luz",
        "el guardia {N} golpeó a mi primo, la cita es el {DATE}",
        "pasaporte {PP} lo tiene {ORG}",
    ],
    "pt": [
        "oi aqui é {LN}, to em {CITY} faz {DUR} sem resposta",
        "ontem {LG} falou que a {ORG} fecha na {DAY}",
        "meu cel {PH} me liga",
        "zap {PHW}",
        "manda pro {EM} ja paguei {AMT}",
        "meu insta {HD}",
        "pediram meu {ID} de novo, dei em {YEAR}",
        "nasci em {DOB} sou menor",
        "endereço novo {AD}",
        "a gente ta em {CAMP} sem luz",
        "o segurança {N} bateu no meu primo, consulta dia {DATE}",
        "passaporte {PP} ficou com a {ORG}",
    ],
    "ar": [
        "ana {RN} w sarli {DUR} b {CITY} wala had byrod",
        "مرحبا انا {LN} صرلي {DUR} بـ {CITY} وما حدا رد",
        "مبارح {G} قلي انو {ORG} مسكر يوم {DAY}",
        "رقمي {PH} اتصلو بعد الخمسة",
        "رقم الواتس {PHW}",
        "ابعتو عالايميل {EM} دفعت {AMT}",
        "انستا {HD}",
        "طلبو {ID} مرة تانية، عطيتن ياه سنة {YEAR}",
        "مواليد {DOB} يعني قاصر",
        "العنوان الجديد {AD}",
        "نقلونا عـ {CAMP} ما في كهربا",
        "ضربني {N} قدام الكل، الموعد {DATE}",
    ],
    "fa": [
        "salam {RN} hastam, {DUR} ast dar {CITY} gir kardam",
        "سلام من {LN} هستم، {DUR} است در {CITY} منتظرم",
        "دیروز {G} گفت {ORG} روز {DAY} بسته است",
        "شمارم {PH} بعد از ساعت ۵ زنگ بزنید",
        "واتساپ {PHW}",
        "به ایمیل {EM} بفرستید، {AMT} دادم",
        "اینستام {HD}",
        "دوباره {ID} خواستن، سال {YEAR} دادم",
        "متولد {DOB} هستم، زیر ۱۸ سال",
        "آدرس جدید {AD}",
        "ما رو بردن {CAMP} برق نداریم",
        "نگهبان {N} برادرم را زد، وقت ملاقات {DATE}",
    ],
    "ps": [
        "salam za {RN} yam, {DUR} keda pa {CITY} kay yam",
        "سلام زه {LN} یم، {DUR} کیږي چې په {CITY} کې یم",
        "پرون {G} راته وویل چې {ORG} د {DAY} ورځ بند دی",
        "زما نمبر {PH} له پنځو وروسته زنګ ووهئ",
        "واټساپ {PHW}",
        "ایمیل ته یې ولېږئ {EM}، ما {AMT} ورکړي",
        "انسټا {HD}",
        "بیا یې {ID} وغوښت، په {YEAR} کې مې ورکړی و",
        "زه په {DOB} زیږیدلی یم",
        "نوې پته {AD}",
        "موږ یې {CAMP} ته یوړو، برېښنا نشته",
        "ساتونکي {N} زما ورور ووهه، د ملاقات نېټه {DATE}",
    ],
    "ur": [
        "salam main {RN} hoon, {DUR} se {CITY} mein phansa hoon",
        "سلام میں {LN} ہوں، {DUR} سے {CITY} میں ہوں",
        "کل {G} نے بتایا کہ {ORG} {DAY} کو بند ہے",
        "میرا نمبر {PH} پانچ بجے کے بعد کال کریں",
        "واٹس ایپ {PHW}",
        "ای میل {EM} پر بھیج دیں، {AMT} دے دیے",
        "انسٹا {HD}",
        "پھر سے {ID} مانگا، {YEAR} میں دیا تھا",
        "میری پیدائش {DOB} کی ہے، میں نابالغ ہوں",
        "نیا پتہ {AD}",
        "ہمیں {CAMP} بھیج دیا، بجلی نہیں",
        "گارڈ {N} نے میرے بھائی کو مارا، ملاقات {DATE} کو ہے",
    ],
    "ti": [
        "selam ane {RN} eye, {DUR} ab {CITY} ala",
        "ሰላም ኣነ {LN} እየ፡ {DUR} ኣብ {CITY} ኣለኹ",
        "ትማሊ {G} {ORG} ብ{DAY} ዕጹው እዩ ኢሉኒ",
        "ቁጽሪ ስልከይ {PH} ደውሉለይ",
        "ዋትስኣፕ {PHW}",
        "ናብ {EM} ስደዱለይ፡ {AMT} ከፊለ",
        "ኢንስታ {HD}",
        "ደጊሞም {ID} ሓቲቶም፡ ብ{YEAR} ሂበዮም",
        "ዝተወለድኩሉ {DOB} እዩ",
        "ሓድሽ ኣድራሻ {AD}",
        "ናብ {CAMP} ወሲዶምና፡ መብራህቲ የለን",
        "ሓላዊ {N} ንሓወይ ወቒዕዎ፡ ቆጸራ {DATE}",
    ],
    "am": [
        "selam ene {RN} negn, {DUR} {CITY} new yalehut",
        "ሰላም እኔ {LN} ነኝ፣ {DUR} {CITY} ውስጥ ነኝ",
        "ትላንት {G} {ORG} {DAY} ዝግ ነው አለኝ",
        "ስልኬ {PH} ደውሉልኝ",
        "ዋትሳፕ {PHW}",
        "ወደ {EM} ላኩልኝ፣ {AMT} ከፍያለሁ",
        "ኢንስታ {HD}",
        "እንደገና {ID} ጠየቁኝ፣ በ{YEAR} ሰጥቻለሁ",
        "የተወለድኩት {DOB} ነው",
        "አዲሱ አድራሻ {AD}",
        "ወደ {CAMP} ወሰዱን፣ መብራት የለም",
        "ጠባቂው {N} ወንድሜን መታው፣ ቀጠሮ {DATE}",
    ],
    "so": [
        "asc waxaan ahay {LN}, {DUR} ayaan ku jiraa {CITY}",
        "shalay {LG} wuxuu ii sheegay in {ORG} xiran yahay {DAY}",
        "lambarkeyga {PH} i soo wac",
        "whatsapp {PHW}",
        "u dir {EM} waxaan bixiyay {AMT}",
        "instagram {HD}",
        "mar kale ayay i weydiiyeen {ID}, waxaan siiyay {YEAR}",
        "waxaan dhashay {DOB} weli waan yarahay",
        "cinwaanka cusub {AD}",
        "waxaa nala geeyay {CAMP} koronto ma jirto",
        "ilaaliyaha {LN} ayaa walaalkay garaacay, ballanta waa {DATE}",
        "baasaboorka {PP} waxaa haya {ORG}",
    ],
    "sw": [
        "habari mimi ni {LN}, nimekwama {CITY} kwa {DUR}",
        "jana {LG} aliniambia {ORG} imefungwa {DAY}",
        "namba yangu {PH} nipigie",
        "whatsapp {PHW}",
        "tuma kwa {EM} nimelipa {AMT}",
        "insta yangu {HD}",
        "wameniuliza {ID} tena, niliwapa {YEAR}",
        "nilizaliwa {DOB} bado mimi ni mtoto",
        "anwani mpya {AD}",
        "tumehamishwa {CAMP} hakuna umeme",
        "mlinzi {LN} alimpiga kaka yangu, miadi ni {DATE}",
        "pasipoti {PP} iko kwa {ORG}",
    ],
    "ha": [
        "sannu ni ce {LN}, na makale a {CITY} tsawon {DUR}",
        "jiya {LG} ya gaya min {ORG} a rufe take ranar {DAY}",
        "lambar wayata {PH} a kira ni",
        "whatsapp {PHW}",
        "a tura zuwa {EM} na biya {AMT}",
        "insta na {HD}",
        "sun sake tambayar {ID}, na ba su a {YEAR}",
        "an haife ni {DOB} har yanzu ni yaro ne",
        "sabon adireshi {AD}",
        "an kai mu {CAMP} babu wuta",
        "mai gadi {LN} ya doki ɗan'uwana, ganawa ranar {DATE}",
        "fasfo {PP} yana wurin {ORG}",
    ],
    "uk": [
        "pryvit ya {RN}, vzhe {DUR} u {CITY} i nikhto ne vidpovidaie",
        "привіт, це {LN}, я вже {DUR} у {CITY}",
        "вчора {G} сказала, що {ORG} не працює в {DAY}",
        "мій номер {PH} дзвоніть після п'ятої",
        "вайбер {PHW}",
        "надішліть на {EM}, я заплатила {AMT}",
        "інста {HD}",
        "знову просять {ID}, я давала у {YEAR}",
        "народилася {DOB}, я неповнолітня",
        "нова адреса {AD}",
        "нас перевели в {CAMP}, світла нема",
        "охоронець {N} вдарив мого брата, прийом {DATE}",
    ],
    "ru": [
        "privet eto {RN}, uzhe {DUR} v {CITY} i nikto ne otvechaet",
        "привет это {LN}, я уже {DUR} в {CITY}",
        "вчера {G} сказал что {ORG} не работает в {DAY}",
        "мой номер {PH} звоните после пяти",
        "ватсап {PHW}",
        "отправьте на {EM}, я заплатил {AMT}",
        "инста {HD}",
        "опять просят {ID}, я давал в {YEAR}",
        "родился {DOB}, я несовершеннолетний",
        "новый адрес {AD}",
        "нас перевели в {CAMP}, света нет",
        "охранник {N} ударил моего брата, приём {DATE}",
    ],
    "tr": [
        "slm ben {LN}, {DUR} dır {CITY} da bekliyorum",
        "dün {LG} dedi ki {ORG} {DAY} kapalı",
        "numaram {PH} beşten sonra arayın",
        "whatsapp {PHW}",
        "{EM} adresine gönderin, {AMT} ödedim",
        "instam {HD}",
        "yine {ID} istediler, {YEAR} de vermiştim",
        "doğum tarihim {DOB} daha reşit değilim",
        "yeni adres {AD}",
        "bizi {CAMP} a taşıdılar elektrik yok",
        "gardiyan {N} kardeşime vurdu, randevu {DATE}",
        "pasaport {PP} {ORG} da duruyor",
    ],
    "bn": [
        "salam ami {RN}, {DUR} dhore {CITY} te atke achi",
        "সালাম আমি {LN}, {DUR} ধরে {CITY} তে আছি",
        "গতকাল {G} বলল {ORG} {DAY} বন্ধ",
        "আমার নাম্বার {PH} পাঁচটার পরে কল দিন",
        "হোয়াটসঅ্যাপ {PHW}",
        "{EM} এ পাঠান, {AMT} দিয়েছি",
        "ইনস্টা {HD}",
        "আবার {ID} চাইল, {YEAR} সালে দিয়েছিলাম",
        "আমার জন্ম {DOB}, আমি নাবালক",
        "নতুন ঠিকানা {AD}",
        "আমাদের {CAMP} এ নিয়ে গেছে, বিদ্যুৎ নেই",
        "গার্ড {N} আমার ভাইকে মেরেছে, সাক্ষাৎ {DATE}",
    ],
}
# Durations in each language (kept).
DURATIONS = {
    "en": DURATIONS_EN,
    "fr": ["4 mois", "deux semaines", "1 an"],
    "es": ["4 meses", "dos semanas", "1 año"],
    "pt": ["4 meses", "duas semanas", "1 ano"],
    "ar": ["٤ شهور", "جمعتين", "سنة"],
    "fa": ["۴ ماه", "دو هفته", "یک سال"],
    "ps": ["څلور میاشتې", "دوه اونۍ", "یو کال"],
    "ur": ["چار مہینے", "دو ہفتے", "ایک سال"],
    "ti": ["ኣርባዕተ ኣዋርሕ", "ክልተ ሰሙን"],
    "am": ["ለአራት ወር", "ለሁለት ሳምንት"],
    "so": ["4 bilood", "laba toddobaad"],
    "sw": ["miezi 4", "wiki mbili"],
    "ha": ["wata 4", "mako biyu"],
    "uk": ["4 місяці", "два тижні"],
    "ru": ["4 месяца", "две недели"],
    "tr": ["4 ay", "iki hafta"],
    "bn": ["৪ মাস", "দুই সপ্তাহ"],
}
ROMAN_DURATIONS = {
    "ar": ["4 shhur", "jum3tein"],
    "fa": ["4 mah", "do hafte"],
    "ps": ["4 miashti", "dwa onai"],
    "ur": ["4 mahine", "do hafte"],
    "ti": ["4 awrih", "kilte semun"],
    "am": ["4 wer", "hulet samint"],
    "uk": ["4 misiatsi", "dva tyzhni"],
    "ru": ["4 mesyatsa", "dve nedeli"],
    "bn": ["4 mash", "dui soptaho"],
}
ROMAN_CITIES = ["Leipzig", "Bari", "Athens", "Izmir", "Calais", "Lviv", "Dortmund"]


def _slots(gen: _Gen, lang: str, template: str) -> dict[str, Callable[[], Slot]]:
    rng = gen.rng
    loc = babel.Locale.parse(lang)
    romanised = template.split(maxsplit=1)[0] in {"ana", "salam", "selam", "pryvit", "privet"}

    def ent(kind: str, text: str, value: str | None = None) -> Slot:
        return text, [{"type": kind, "value": value if value is not None else text}], []

    def keep(text: str) -> Slot:
        return text, [], [text]

    def ident() -> Slot:
        cue, value = gen.national_id()
        return f"{cue} {value}", [{"type": "ID", "value": value}], []

    def address() -> Slot:
        # The city written after the address is neither gold nor a keep-item.
        value, city = gen.address(lang)
        return f"{value}{rng.choice([' ', ', '])}{city}", [{"type": "ADDRESS", "value": value}], []

    def camp() -> Slot:
        name, unit, kept = gen.camp(lang)
        text = f"{name} {unit}" if rng.random() < 0.5 else f"{name}, {unit}"
        return text, [{"type": "ADDRESS", "value": unit}], [kept]

    def duration() -> Slot:
        if romanised and lang in ROMAN_DURATIONS:
            return keep(rng.choice(ROMAN_DURATIONS[lang]))
        return keep(rng.choice(DURATIONS[lang]))

    def city() -> Slot:
        return keep(rng.choice(ROMAN_CITIES if romanised else CITIES))

    def date() -> Slot:
        day, month = rng.randrange(1, 29), rng.randrange(1, 13)
        if rng.random() < 0.5:
            return keep(f"{day}/{month:02d}")
        return keep(f"{day} {loc.months['format']['wide'][month].lower()}")

    def weekday() -> Slot:
        day = loc.days["format"]["wide"][rng.randrange(7)]
        return keep(day.lower() if rng.random() < 0.5 else day)

    return {
        "LN": lambda: ent("NAME", gen.full(lang, lower=True)),
        "N": lambda: ent("NAME", gen.full(lang)),
        "RN": lambda: ent("NAME", gen.full(lang, latin=True, lower=True)),
        "G": lambda: ent("NAME", gen.given(lang)),
        "LG": lambda: ent("NAME", gen.given(lang, lower=True)),
        "RG": lambda: ent("NAME", gen.given(lang, latin=True, lower=True)),
        "PH": lambda: ent("PHONE", gen.phone(lang)),
        "PHW": lambda: ent("PHONE", gen.phone_words(lang if rng.random() < 0.75 else "en")),
        "EM": lambda: ent("EMAIL", gen.email(lang)),
        "HD": lambda: ent("HANDLE", gen.handle(lang)),
        "ID": ident,
        "PP": lambda: ent("ID", gen.passport()),
        "DOB": lambda: ent("DOB", gen.dob(lang)),
        "AD": address,
        "CAMP": camp,
        "CITY": city,
        "ORG": lambda: keep(rng.choice(ORGS)),
        "AMT": lambda: keep(rng.choice(AMOUNTS)),
        "DUR": duration,
        "YEAR": lambda: keep(str(rng.randrange(2015, 2026))),
        "DAY": weekday,
        "DATE": date,
    }


def _fill(gen: _Gen, lang: str, template: str, msg_id: str) -> dict[str, Any]:
    makers = _slots(gen, lang, template)
    entities: list[dict[str, str]] = []
    keep: list[str] = []
    out = template
    while "{" in out:
        start = out.index("{")
        end = out.index("}", start)
        text, ents, keeps = makers[out[start + 1 : end]]()
        entities += ents
        keep += keeps
        out = out[:start] + text + out[end + 1 :]
    if "ضربني" in out:
        keep.append("ضربني")
    sender = None
    if gen.rng.random() < 0.35:
        latin = lang in SCRIPT_NAMES and gen.rng.random() < 0.5
        name = gen.full(lang, latin=latin)
        sender = name.title() if latin or lang not in SCRIPT_NAMES else name
        if gen.rng.random() < 0.5:
            sender = "".join(HOMOGLYPHS.get(c, c) if gen.rng.random() < 0.5 else c for c in sender)
        if gen.rng.random() < 0.5:
            first = name.split()[0]
            out = f"{out}\n{first.lower() if gen.rng.random() < 0.5 else first}"
            entities.append({"type": "NAME", "value": first})
    return {
        "id": msg_id,
        "lang": lang,
        "text": out,
        "sender_name": sender,
        "entities": entities,
        "keep": keep,
    }


def generate(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[dict[str, Any]]:
    """Every template of every language, ``per_template`` times."""
    return every_template(LANGS, TEMPLATES, per_template, partial(_fill, _Gen(seed)), "ho2")


def main() -> None:
    """Write the set."""
    write_set(generate(), OUT)


if __name__ == "__main__":
    main()
