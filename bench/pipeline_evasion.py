# whole chat lines; homoglyphs and odd characters are the point
"""An evaluation set written the way people write in chat, with the evasions seen in the wild.

Informal, lower-case, typo-ridden messages in the 17 languages, code-switched and
in romanised Arabic, Persian, Urdu, Bengali, Amharic, Tigrinya and Cyrillic
languages; personal details in the shapes that slipped through before: names
after naming cues in lower case, relatives' names on their own line, addresses
of destination and transit countries (Italy, Spain, France, Germany, Greece,
Türkiye, Ukraine/Russia, the Arab world, Iran, Latin America, UK/US), camp
locations, P.O. boxes, dates of birth with month names and birth cues, phones
split over lines, glued to words, with invisible or combining characters or odd
separators, or spelled out in words, obfuscated e-mails, lower-case IBANs,
handles without ``@``, spaced-out URLs and homoglyph sender names. Keep-items
that must survive: cities, countries, organisations, law and article numbers,
amounts, durations, years, weekdays, "objective 13", "San José".

Every person is synthetic (given and family names drawn independently); every
number is random. Written before the anonymiser was tuned for these shapes.

Run: ``PYTHONPATH=. python -m bench.pipeline_evasion`` (writes
``bench/data/pipeline_evasion.jsonl``), then
``PYTHONPATH=. python -m bench.pipeline_eval --set bench/data/pipeline_evasion.jsonl``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import babel
from stdnum import iban as std_iban
from stdnum import luhn

from bench.pipeline_devset import every_template, write_set
from i18n.translator import SUPPORTED

OUT = Path(__file__).resolve().parent / "data" / "pipeline_evasion.jsonl"
SEED = 16016
PER_TEMPLATE = 2
LANGS = SUPPORTED  # the languages we serve

# Given and family names, drawn independently, so no real person is meant.
# "lat": how the person writes the name in Latin letters (romanised chat).
NAMES: dict[str, dict[str, list[str]]] = {
    "en": {
        "given": ["tariq", "blessing", "chidi", "samuel", "miriam", "kwame", "efua", "joseph"],
        "family": ["okafor", "mensah", "bangura", "kamara", "adeyemi", "owusu", "nwachukwu"],
    },
    "fr": {
        "given": [
            "chancelle",
            "aminata",
            "moussa",
            "fatou",
            "mariama",
            "ibrahima",
            "désiré",
            "prisca",
        ],
        "family": [
            "mbemba",
            "diallo",
            "koné",
            "traoré",
            "nsimba",
            "camara",
            "tshibanda",
            "kabongo",
        ],
    },
    "es": {
        "given": ["yorleidys", "wilmer", "mariela", "yeferson", "daniela", "jhonatan", "yuleisy"],
        "family": ["quintero", "villalobos", "mendoza", "guzmán", "rojas", "barrios", "contreras"],
    },
    "pt": {
        "given": ["thiago", "dandara", "edvaldo", "kelly", "francisca", "wesley", "josué"],
        "family": ["nascimento", "tapajós", "ferreira", "sousa", "bezerra", "cavalcanti"],
    },
    "ar": {
        "given": ["وليد", "رانيا", "محمود", "نور", "ياسر", "سلمى", "هاني"],
        "family": ["عثمان", "الخطيب", "حداد", "الحسن", "حمدان", "درويش"],
        "lat_given": ["walid", "rania", "mahmoud", "nour", "yasser", "salma", "hani"],
        "lat_family": ["osman", "khatib", "haddad", "alhassan", "hamdan", "darwish"],
    },
    "fa": {
        "given": ["محمد", "زهرا", "رضا", "مریم", "علی", "فاطمه", "نرگس"],
        "family": ["سلطانی", "احمدی", "کریمی", "حسینی", "رضایی", "مرادی"],
        "lat_given": ["mohammad", "zahra", "reza", "maryam", "ali", "fatemeh", "narges"],
        "lat_family": ["soltani", "ahmadi", "karimi", "hosseini", "rezaei", "moradi"],
    },
    "ps": {
        "given": ["ګلالۍ", "احمد", "نقیب", "زرمینه", "شفیق", "ملالۍ"],
        "family": ["زدراڼ", "وردک", "ستانکزی", "پوپل", "مومند"],
        "lat_given": ["gulalai", "ahmad", "naqib", "zarmina", "shafiq", "malalai"],
        "lat_family": ["zadran", "wardak", "stanikzai", "popal", "momand"],
    },
    "ur": {
        "given": ["بلال", "ثنا", "عثمان", "عائشہ", "کامران", "نادیہ"],
        "family": ["قریشی", "صدیقی", "بٹ", "چوہدری", "ملک"],
        "lat_given": ["bilal", "sana", "usman", "ayesha", "kamran", "nadia"],
        "lat_family": ["qureshi", "siddiqui", "butt", "chaudhry", "malik"],
    },
    "ti": {
        "given": ["ዘውዲ", "ዮናስ", "ሰላም", "ፍሽዮን", "ሰናይት", "ሚኪኤል"],
        "family": ["ተስፋ", "ገብረመስቀል", "ሃይለ", "ተኽለ", "በርሀ"],
        "lat_given": ["zewdi", "yonas", "selam", "filmon", "senait", "mikiel"],
        "lat_family": ["tesfa", "gebremeskel", "haile", "tekle", "berhe"],
    },
    "am": {
        "given": ["ቢንያም", "ትዕግስት", "ዳዊት", "ሕይወት", "መሰረት", "ሄኖክ"],
        "family": ["ሽመልስ", "ዓለሙ", "በቀለ", "ታደሰ", "ወልደየስ"],
        "lat_given": ["biniam", "tigist", "dawit", "hiwot", "meseret", "henok"],
        "lat_family": ["shimeles", "alemu", "bekele", "tadesse", "woldeyes"],
    },
    "so": {
        "given": ["cawo", "farhiya", "mustafe", "hodan", "cabdiraxmaan", "ayaan", "ilhaan"],
        "family": ["gurey", "cabdi", "warsame", "jaamac", "nuur", "xirsi"],
    },
    "sw": {
        "given": ["wema", "baraka", "neema", "juma", "rehema", "zawadi", "amani"],
        "family": ["sepeku", "mwakalinga", "kimaro", "mrisho", "otieno", "mushi"],
    },
    "ha": {
        "given": ["aminu", "hauwa", "sani", "zainab", "usman", "rabi", "kabiru"],
        "family": ["danjuma", "bello", "garba", "yusuf", "bala", "kwankwaso"],
    },
    "uk": {
        "given": ["Олена", "Тарас", "Оксана", "Богдан", "Мирослава", "Назар"],
        "family": ["Коваленко", "Мельник", "Гнатюк", "Бондаренко", "Ткачук"],
        "lat_given": ["olena", "taras", "oksana", "bohdan", "myroslava", "nazar"],
        "lat_family": ["kovalenko", "melnyk", "hnatiuk", "bondarenko", "tkachuk"],
    },
    "ru": {
        "given": ["Дмитрий", "Наталья", "Евгений", "Ксения", "Руслан", "Алина"],
        "family": ["Соколов", "Волкова", "Пухов", "Зайцева", "Лебедев"],
        "lat_given": ["dmitry", "natalia", "evgeny", "ksenia", "ruslan", "alina"],
        "lat_family": ["sokolov", "volkova", "pukhov", "zaitseva", "lebedev"],
    },
    "tr": {
        "given": ["mehmet", "ayşe", "baturalp", "elif", "serkan", "gülşen", "emre"],
        "family": ["yılmaz", "kaya", "sarıkamış", "demir", "öztürk", "aydın"],
    },
    "bn": {
        "given": ["অনির্বাণ", "নাসিমা", "শফিকুল", "রহিম", "তাসলিমা", "জাহিদ"],
        "family": ["চক্রবর্তী", "বেগম", "ইসলাম", "উদ্দিন", "হোসেন"],
        "lat_given": ["anirban", "nasima", "shafiqul", "rahim", "taslima", "zahid"],
        "lat_family": ["chakraborty", "begum", "islam", "uddin", "hossain"],
    },
}

HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "y": "у"}

DIGITS = {
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "ps": "۰۱۲۳۴۵۶۷۸۹",
    "ur": "۰۱۲۳۴۵۶۷۸۹",
    "bn": "০১২৩৪৫৬৭৮৯",
}

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
    "so": "eber kow laba saddex afar shan lix toddoba siddeed sagaal",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
    "ha": "sifiri daya biyu uku hudu biyar shida bakwai takwas tara",
    "uk": "нуль один два три чотири пʼять шість сім вісім девʼять",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "bn": "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়",
}

# Phone prefixes of the countries people write from or live in.
PHONE_STARTS = {
    "en": ["07", "+44 7", "+1 347"],
    "fr": ["06", "07", "+33 6"],
    "es": ["6", "+34 6", "+57 3"],
    "pt": ["11 9", "+55 21 9", "+351 91"],
    "ar": ["09", "+963 9", "+49 15"],
    "fa": ["0912", "+98 91", "+90 53"],
    "ps": ["07", "+93 7", "+49 17"],
    "ur": ["03", "+92 3", "+971 5"],
    "ti": ["07", "+291 7", "+256 7"],
    "am": ["09", "+251 9", "+972 5"],
    "so": ["061", "+252 6", "+254 7"],
    "sw": ["07", "+254 7", "+255 7"],
    "ha": ["080", "+234 80", "+234 70"],
    "uk": ["067", "+380 6", "+48 5"],
    "ru": ["8 9", "+7 9", "+995 5"],
    "tr": ["05", "+90 5", "+30 69"],
    "bn": ["01", "+880 1", "+39 3"],
}

# Street addresses in the formats of destination and transit countries: (value, place after it).
ADDRESSES = [
    "Gierschnerweg {n}",
    "kantstr. {n}",
    "Hauptstraße {n}, 2. OG",
    "bahnhofstrasse {n} wohnung {m}",
    "Lindenplatz {n}",
    "Piazza Niccolò, {n} Appartamento {m}",
    "{n} Via Padova",
    "via garibaldi {n} int. {m}",
    "Viale Monza {n}",
    "corso buenos aires {n} scala b",
    "calle de Alcalá {n}, {m}º izq",
    "c/ san bernardo {n} piso {m}",
    "avda. de la paz {n}",
    "Carrer de Sants {n}",
    "{n} rue des Lilas",
    "bat C appt {m}, {n} rue Pajol",
    "{n} bd de Belleville",
    "{n} avenue jean jaurès",
    "Οδός Αχαρνών {n}",
    "odos acharnon {n}",
    "Πατησίων {n}",
    "Αγίου Μελετίου {n}",
    "Atatürk Mah. {n} Sok. No:{m} D:3",
    "menekşe sokak no {n} daire {m}",
    "Fevzi Çakmak Cad. No: {n}",
    "güzelyalı mahallesi {n}. sokak",
    "площа Радіо, буд. {n}",
    "вул. Шевченка {n}, кв. {m}",
    "ул. Ленина д. {n} кв. {m}",
    "проспект Миру {n}",
    "улица гагарина {n}",
    "شارع الجمهورية بناية {n} الطابق {m}",
    "حي النصر شارع {n}",
    "شارع بغداد عمارة {n}",
    "خیابان آزادی کوچه {m} پلاک {n}",
    "khiaban azadi kooche {m} pelak {n}",
    "بلوار کشاورز پلاک {n} واحد {m}",
    "Av. Insurgentes Sur {n}, Col. Roma",
    "Calle {m} # {n}-10",
    "Rua Augusta {n} apto {m}",
    "rua das flores, {n}",
    "Flat {m}, {n} Elm Grove",
    "{n} Maple Ave Apt {m}",
    "{n} hollybush lane",
    "{n} Cranbrook Road",
]
CAMPS = [
    "zone {m} container {n}",
    "block {m} tent {n}",
    "container {n}",
    "section c caravan {n}",
    "isobox {n}",
    "rubb hall {m} bed {n}",
    "sector {m} shelter {n}",
    "phase {m} block {n}",
]
PO_BOXES = {
    "en": "P.O. Box {n}",
    "fr": "BP {n}",
    "es": "Apartado {n}",
    "pt": "Caixa Postal {n}",
    "ar": "ص.ب {n}",
    "fa": "صندوق پستی {n}",
    "ps": "پوست بکس {n}",
    "ur": "پی او باکس {n}",
    "ti": "ሳ.ቁ. {n}",
    "am": "ፖ.ሳ.ቁ. {n}",
    "so": "P.O. Box {n}",
    "sw": "S.L.P {n}",
    "ha": "P.O. Box {n}",
    "uk": "а/с {n}",
    "ru": "а/я {n}",
    "tr": "P.K. {n}",
    "bn": "পোস্ট বক্স {n}",
}

KEEP_ORGS = [
    "UNHCR",
    "IOM",
    "Red Cross",
    "Migrant Help",
    "Caritas",
    "MSF",
    "NRC",
    "Croix-Rouge",
    "Cruz Roja",
    "Kızılay",
]
KEEP_LAWS = [
    "Lei 13.445/2017",
    "article 31",
    "art. 33",
    "loi n° 2018-778",
    "Ley 4/2000",
    "ст. 12",
    "madde 91",
    "Section 95",
    "Law 4939/2022",
    "article 3",
]
KEEP_CITIES = [
    "Milano",
    "Athens",
    "Berlin",
    "Calais",
    "Lampedusa",
    "Istanbul",
    "Nairobi",
    "Kampala",
    "Tripoli",
    "Izmir",
    "Lviv",
    "Dhaka",
    "Madrid",
    "São Paulo",
    "Tijuana",
    "Mexicali",
    "Gaziantep",
    "Kharkiv",
]
KEEP_COUNTRIES = ["IT", "GR", "DE", "FR", "ES", "TR", "UA", "GB", "US", "MX", "LY", "SD"]
AMOUNTS = [
    "€450",
    "200 dollars",
    "1.500 lira",
    "3000 birr",
    "50 euro",
    "$1,200",
    "400 dinars",
    "15,000 shillings",
]
DURATIONS = ["3 months", "2 weeks", "6 months", "10 days", "1 year"]


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def digits(self, lang: str, text: str) -> str:
        table = DIGITS.get(lang)
        if table and self.rng.random() < 0.4:
            return "".join(table[int(c)] if c.isdigit() else c for c in text)
        return text

    def name(self, lang: str, *, latin: bool = False, given_only: bool = False) -> str:
        pool = NAMES[lang]
        g, f = ("lat_given", "lat_family") if latin and "lat_given" in pool else ("given", "family")
        given = self.rng.choice(pool[g])
        return given if given_only else f"{given} {self.rng.choice(pool[f])}"

    def number(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, lang: str) -> str:
        rng = self.rng
        start = rng.choice(PHONE_STARTS[lang])
        body = self.number(11 - sum(c.isdigit() for c in start) if not start.startswith("+") else 9)
        groups = [body[:3], body[3:6], body[6:]]
        style = rng.randrange(8)
        if style == 0:
            sep = rng.choice(["\u200c", "\u200d", "\u200b", "\u0301", "\u2060"])
            return start.replace(" ", "") + sep + sep.join(groups)
        if style == 1:
            return start + rng.choice([",", "_", "-.-", "/", ":"]).join(["", *groups])[1:]
        if style == 2:
            # Split over two lines.
            return f"{start} {groups[0]}\n{groups[1]} {groups[2]}"
        if style == 3:
            return f"{start}{groups[0]}.{groups[1]}.{groups[2]}"
        if style == 4:
            return self.digits(lang, f"{start.replace(' ', '')}{body}")
        if style == 5:
            return f"{start} {groups[0]} {groups[1]} {groups[2]}".replace(
                " ", rng.choice(["  ", " - ", " _ ", "‐"])
            )
        if style == 6:
            return "".join(
                c + ("\u0305" if c.isdigit() and rng.random() < 0.3 else "")
                for c in f"{start}{body}"
            )
        return self.digits(lang, f"{start} {body[:4]} {body[4:]}")

    def phone_words(self, lang: str) -> str:
        words = NUMBER_WORDS[lang].split()
        num = "0" + self.number(9)
        return " ".join(words[int(c)] for c in num)

    def email(self, lang: str) -> tuple[str, str]:
        rng = self.rng
        user = self.name(lang, latin=True).replace(" ", rng.choice([".", "_", ""]))
        if not user.isascii():
            user = rng.choice(["zewdi", "amani", "nour", "kimo", "baraka"]) + "." + self.number(2)
        user += rng.choice(["", self.number(2)])
        host, tld = rng.choice(
            [
                ("mailbox", "org"),
                ("gmail", "com"),
                ("yahoo", "fr"),
                ("proton", "me"),
                ("hotmail", "com"),
                ("outlook", "de"),
            ]
        )
        style = rng.randrange(7)
        forms = [
            f"{user} at {host} dot {tld}",
            f"{user}[at]{host}[dot]{tld}",
            f"{user} (at) {host} (dot) {tld}",
            f"{user} arobase {host} point {tld}",
            f"{user} @ {host} . {tld}",
            f"{user}(at){host}.{tld}",
            f"{user.upper()} AT {host.upper()} DOT {tld.upper()}",
        ]
        return forms[style], user

    def iban(self) -> str:
        rng = self.rng
        country, bban_len = rng.choice(
            [("DE", 18), ("IT", 23), ("FR", 23), ("ES", 20), ("TR", 22), ("GR", 23), ("GB", 18)]
        )
        while True:
            if country == "IT":
                bban = rng.choice("ABCDEFGHIJ") + self.number(bban_len - 1)
            elif country == "GB":
                bban = "NWBK" + self.number(14)
            else:
                bban = self.number(bban_len)
            value = std_iban.format(
                country + std_iban.calc_check_digits(country + "00" + bban) + bban
            )
            if std_iban.is_valid(value):
                break
        value = value.lower()
        return value if rng.random() < 0.5 else value.replace(" ", "")

    def card(self) -> str:
        rng = self.rng
        body = rng.choice(["4", "5"]) + self.number(14)
        full = body + luhn.calc_check_digit(body)
        sep = rng.choice(["-", " ", "", "\u200b"])
        return sep.join(full[i : i + 4] for i in range(0, 16, 4))

    def passport(self) -> str:
        rng = self.rng
        letters = rng.choice(["p", "ab", "n", "x", "ep", "u"])
        return letters + self.number(rng.choice([7, 8]))

    def handle(self, lang: str) -> str:
        rng = self.rng
        base = self.name(lang, latin=True, given_only=True)
        if not base.isascii():
            base = rng.choice(["zewdi", "amani", "nour", "kimo", "baraka", "sahra"])
        return (
            base
            + rng.choice(["_", ".", ""])
            + rng.choice(["x", "official", "k", "tz", ""])
            + self.number(rng.choice([2, 3]))
        )

    def spaced_url(self, lang: str) -> tuple[str, str]:
        rng = self.rng
        user = self.handle(lang)
        form = rng.choice(
            [
                "facebook . com / {u}",
                "fb com/{u}",
                "https : // t.me / {u}",
                "instagram. com/{u}",
                "www . tiktok . com / @{u}",
                "h t t p s://vk.com/{u}",
                "wa . me / {p}",
            ]
        )
        if "{p}" in form:
            num = "4915" + self.number(9)
            return form.format(p=num), num
        return form.format(u=user), user

    def address(self, lang: str) -> str:
        rng = self.rng
        fmt = rng.choice(ADDRESSES)
        return fmt.format(
            n=self.digits(lang, str(rng.randrange(1, 400))),
            m=self.digits(lang, str(rng.randrange(1, 60))),
        )

    def camp(self, lang: str) -> str:
        rng = self.rng
        return rng.choice(CAMPS).format(
            n=self.digits(lang, str(rng.randrange(2, 300))),
            m=self.digits(lang, str(rng.randrange(1, 12))),
        )

    def pobox(self, lang: str) -> str:
        return PO_BOXES[lang].format(n=self.digits(lang, str(self.rng.randrange(100, 99999))))

    def dob(self, lang: str) -> str:
        rng = self.rng
        day, month, year = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1955, 2008)
        months = babel.Locale.parse(lang).months["format"]["wide"]
        style = rng.randrange(5)
        if style == 0:
            name = months[month]
            name = name.lower() if rng.random() < 0.7 else name
            if lang == "en":
                return rng.choice(
                    [
                        f"{day}th of {name} {year}",
                        f"{name} {day} {year}",
                        f"{day} {name[:3]} {year}",
                    ]
                )
            return self.digits(lang, f"{day} {name} {year}")
        if style == 1:
            return self.digits(lang, f"{day:02d}/{month:02d}/{year}")
        if style == 2:
            return self.digits(lang, f"{day}.{month}.{year}")
        if style == 3:
            return self.digits(lang, f"{day}-{month}-{year}")
        return self.digits(lang, f"{day} {months[month].lower()} {year}")


def _slot_makers(
    gen: _Gen, lang: str
) -> dict[str, Callable[[], tuple[str, list[dict[str, str]], list[str]]]]:
    """Slot name -> maker of (text, gold entities, keep-items)."""
    rng = gen.rng
    loc = babel.Locale.parse(lang)

    def ent(
        kind: str, text: str, value: str | None = None
    ) -> tuple[str, list[dict[str, str]], list[str]]:
        return text, [{"type": kind, "value": value if value is not None else text}], []

    def keep(text: str) -> tuple[str, list[dict[str, str]], list[str]]:
        return text, [], [text]

    def lower_name() -> tuple[str, list[dict[str, str]], list[str]]:
        return ent("NAME", gen.name(lang).lower())

    def latin_name() -> tuple[str, list[dict[str, str]], list[str]]:
        return ent("NAME", gen.name(lang, latin=True).lower())

    def email() -> tuple[str, list[dict[str, str]], list[str]]:
        text, _ = gen.email(lang)
        return ent("EMAIL", text)

    def url() -> tuple[str, list[dict[str, str]], list[str]]:
        text, _ = gen.spaced_url(lang)
        return ent("HANDLE", text)

    def weekday() -> tuple[str, list[dict[str, str]], list[str]]:
        day = loc.days["format"]["wide"][rng.randrange(7)]
        return keep(day.lower() if rng.random() < 0.5 else day)

    return {
        "NAME": lambda: ent("NAME", gen.name(lang)),
        "LNAME": lower_name,
        "RNAME": latin_name,
        "GIVEN": lambda: ent("NAME", gen.name(lang, given_only=True)),
        "RGIVEN": lambda: ent("NAME", gen.name(lang, latin=True, given_only=True)),
        "PHONE": lambda: ent("PHONE", gen.phone(lang)),
        "PHONEW": lambda: ent("PHONE", gen.phone_words(lang if rng.random() < 0.7 else "en")),
        "EMAIL": email,
        "IBAN": lambda: ent("IBAN", gen.iban()),
        "CARD": lambda: ent("CARD", gen.card()),
        "PASSPORT": lambda: ent("ID", gen.passport()),
        "CASE": lambda: ent(
            "ID",
            rng.choice(["505-", "356-", "ken-"])
            + gen.number(2)
            + rng.choice("cCkK")
            + gen.number(5),
        ),
        "HANDLE": lambda: ent("HANDLE", gen.handle(lang)),
        "URL": url,
        "ADDRESS": lambda: ent("ADDRESS", gen.address(lang)),
        "CAMP": lambda: ent("ADDRESS", gen.camp(lang)),
        "POBOX": lambda: ent("ADDRESS", gen.pobox(lang)),
        "DOB": lambda: ent("DOB", gen.dob(lang)),
        "CITY": lambda: keep(rng.choice(KEEP_CITIES)),
        "COUNTRY": lambda: keep(loc.territories[rng.choice(KEEP_COUNTRIES)]),
        "ORG": lambda: keep(rng.choice(KEEP_ORGS)),
        "LAW": lambda: keep(rng.choice(KEEP_LAWS)),
        "AMOUNT": lambda: keep(rng.choice(AMOUNTS)),
        "DURATION": lambda: keep(rng.choice(DURATIONS)),
        "YEAR": lambda: keep(str(rng.randrange(2014, 2026))),
        "WEEKDAY": weekday,
        "OBJ": lambda: keep(f"objective {rng.randrange(1, 24)}"),
        "SANJOSE": lambda: keep("San José"),
    }


# Per language: chat messages. {SLOT} is filled from the makers above.
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "hi my name is {LNAME} from sudan, im in {CITY} since {YEAR}",
        "i am {LNAME} and my brother on {WEEKDAY} was took by police",
        "call me {PHONE} or whatsapp",
        "pls write me {EMAIL} i explain everything",
        "we live at {ADDRESS} with 6 people, rent is {AMOUNT}",
        "camp is bad, we are in {CAMP} no water for {DURATION}",
        "my kids names:\n{GIVEN}\n{GIVEN}\nthey need school",
        "born on {DOB} , they say im adult but im not",
        "iban {IBAN} for the money plz",
        "{ORG} and {ORG} didnt help, {LAW} says we have rights. objective 13 is about detention",
        "my number is {PHONEW}",
        "insta {HANDLE} or {URL}",
        "passport no {PASSPORT} they kept it at the border in {CITY}",
        "send letters to {POBOX}",
    ],
    "fr": [
        "slt moi c {LNAME} je suis a {CITY} depuis {DURATION}",
        "ma soeur {NAME} est malade, {ORG} dit attendre jusqu'a {WEEKDAY}",
        "mon num {PHONE} appelez svp",
        "mon mail {EMAIL}",
        "j'habite {ADDRESS} avec mes enfants",
        "on dort dans {CAMP} depuis {DURATION}",
        "née le {DOB} a kinshasa",
        "mon iban {IBAN} pour le loyer de {AMOUNT}",
        "la {LAW} dit que on a le droit, et la {ORG} aussi",
        "numero {PHONEW}",
        "mon facebook {URL}",
        "passeport n° {PASSPORT} expire le 15 mars, bloqué en {COUNTRY}",
        "écrivez a {POBOX}",
        "mes enfants:\n{GIVEN}\n{GIVEN}",
    ],
    "es": [
        "hola soy {LNAME} de venezuela, llegué a {CITY} en {YEAR}",
        "me llamo {LNAME} y estoy en San José hace {DURATION}",
        "mi cel {PHONE} escribeme",
        "correo {EMAIL}",
        "vivo en {ADDRESS}, pago {AMOUNT} al mes",
        "nací el {DOB} en maracaibo",
        "mi iban es {IBAN}",
        "la {LAW} dice que tenemos derecho, la {ORG} no ayuda",
        "mi numero {PHONEW}",
        "tiktok {HANDLE}",
        "pasaporte {PASSPORT} retenido en {COUNTRY}",
        "estamos en el {CAMP} desde el {WEEKDAY}",
        "mandar a {POBOX}",
        "mi mamá {NAME} sigue en {CITY}",
    ],
    "pt": [
        "oi sou {LNAME}, to em {CITY} faz {DURATION}",
        "meu zap {PHONE}",
        "meu email {EMAIL}",
        "moro na {ADDRESS} com minha familia",
        "nasci dia {DOB}",
        "a {LAW} garante nossos direitos mas a {ORG} não ajudou",
        "meu pix é o iban {IBAN}",
        "numero {PHONEW}",
        "insta {URL}",
        "passaporte {PASSPORT} ficou com a policia em {COUNTRY}",
        "meu irmão {NAME} ainda esta em {CITY}",
        "estamos no {CAMP} desde {WEEKDAY}",
        "manda carta pra {POBOX}",
        "paguei {AMOUNT} em {YEAR}",
    ],
    "ar": [
        "ana esmi {RNAME} w ana fi {CITY} mn {YEAR}",
        "marhaba ana {RNAME}, ba7taj musa3ada",
        "اسمي {NAME} وانا في {CITY}",
        "رقمي {PHONE}",
        "تاريخ ميلادي {DOB}",
        "ساكن في {ADDRESS}",
        "احنا في {CAMP} من {DURATION}",
        "الايميل {EMAIL}",
        "الايبان {IBAN}",
        "رقمي {PHONEW}",
        "ابني\n{GIVEN}\nما عنده اوراق",
        "{ORG} ما ساعدونا يوم {WEEKDAY}، دفعنا {AMOUNT}",
        "fb {URL}",
        "العنوان {POBOX}",
    ],
    "fa": [
        "salam man {RNAME} hastam, az {YEAR} dar {CITY} hastam",
        "esmam {RNAME} ast, komak lazem daram",
        "اسم من {NAME} است",
        "شمارم {PHONE}",
        "تاریخ تولدم {DOB}",
        "آدرس: {ADDRESS}",
        "ما در {CAMP} هستیم از {DURATION} پیش",
        "ایمیلم {EMAIL}",
        "شبا {IBAN}",
        "شماره {PHONEW}",
        "خواهرم\n{GIVEN}\nهنوز در {COUNTRY} است",
        "{ORG} روز {WEEKDAY} گفت صبر کنید",
        "اینستا {HANDLE}",
        "صندوق: {POBOX}",
    ],
    "ps": [
        "zama num {RNAME} de, za pa {CITY} kay yam",
        "salam za {RNAME} yam",
        "زما نوم {NAME} دی",
        "زما شمېره {PHONE}",
        "زېږېدنه {DOB}",
        "پته: {ADDRESS}",
        "موږ په {CAMP} کې یو له {DURATION} راهیسې",
        "ایمیل {EMAIL}",
        "حساب {IBAN}",
        "شمېره {PHONEW}",
        "زما ورور\n{GIVEN}\nپه {COUNTRY} کې دی",
        "{ORG} د {WEEKDAY} ورځ راغلل، {AMOUNT} مو ورکړل",
        "فیسبوک {URL}",
        "{POBOX}",
    ],
    "ur": [
        "mera naam {RNAME} hai, main {CITY} mein hoon",
        "main {RNAME} hoon, madad chahiye",
        "میرا نام {NAME} ہے",
        "میرا نمبر {PHONE}",
        "تاریخ پیدائش {DOB}",
        "پتہ {ADDRESS}",
        "ہم {CAMP} میں {DURATION} سے ہیں",
        "ای میل {EMAIL}",
        "آئی بین {IBAN}",
        "نمبر {PHONEW}",
        "میری بیٹی\n{GIVEN}\nبیمار ہے",
        "{ORG} نے {WEEKDAY} کو کچھ نہیں کیا، {AMOUNT} دیے",
        "tiktok {HANDLE}",
        "{POBOX}",
    ],
    "ti": [
        "selam ane {RNAME} eye, ab {CITY} ello",
        "ሽመይ {NAME} እዩ",
        "ስልኩ{PHONE}",
        "ዝተወለድኩሉ {DOB}",
        "ኣድራሻ {ADDRESS}",
        "ኣብ {CAMP} ኢና ንነብር {DURATION}",
        "ኢመይል {EMAIL}",
        "iban {IBAN}",
        "ቁጽሪ {PHONEW}",
        "ሓፍተይ\n{GIVEN}\nኣብ {COUNTRY} ኣላ",
        "{ORG} ብ{WEEKDAY} መጺኦም",
        "fb {URL}",
        "{POBOX}",
        "my name is {RNAME} ane kab eritrea",
    ],
    "am": [
        "selam ene {RNAME} negn, {CITY} new yalehut",
        "ስሜ {NAME} ነው",
        "ስልኩ{PHONE}",
        "የተወለድኩት {DOB}",
        "አድራሻ {ADDRESS}",
        "{CAMP} ውስጥ ነን ለ{DURATION}",
        "ኢሜል {EMAIL}",
        "iban {IBAN}",
        "ቁጥር {PHONEW}",
        "ወንድሜ\n{GIVEN}\n{COUNTRY} ነው",
        "{ORG} {WEEKDAY} መጡ, {AMOUNT} ከፈልን",
        "telegram {HANDLE}",
        "{POBOX}",
        "ene {RNAME} negn",
    ],
    "so": [
        "magacaygu waa {LNAME}, waxaan joogaa {CITY}",
        "aniga waxaa la i yiraahdaa {LNAME}",
        "nambarkayga {PHONE}",
        "waxaan dhashay {DOB}",
        "cinwaanka {ADDRESS}",
        "waxaan ku jirnaa {CAMP} muddo {DURATION}",
        "email {EMAIL}",
        "iban {IBAN}",
        "nambar {PHONEW}",
        "walaashay\n{GIVEN}\nwey xanuunsan tahay",
        "{ORG} maalinta {WEEKDAY} way yimaadeen, {AMOUNT} ayaan bixinay",
        "fb {URL}",
        "{POBOX}",
        "hooyadey {NAME} weli waxay joogtaa {COUNTRY}",
    ],
    "sw": [
        "jina langu ni {LNAME}, niko {CITY} tangu {YEAR}",
        "mimi ni {LNAME} naomba msaada",
        "namba yangu {PHONE}",
        "nilizaliwa {DOB}",
        "anwani {ADDRESS}",
        "tuko {CAMP} kwa {DURATION}",
        "barua pepe {EMAIL}",
        "iban {IBAN}",
        "namba {PHONEW}",
        "mwanangu\n{GIVEN}\nni mgonjwa",
        "{ORG} walikuja {WEEKDAY}, tulilipa {AMOUNT}",
        "insta {HANDLE}",
        "{POBOX}",
        "kaka yangu {NAME} yuko {COUNTRY}",
    ],
    "ha": [
        "sunana {LNAME}, ina {CITY}",
        "ni ne {LNAME} ina bukatar taimako",
        "lambata {PHONE}",
        "an haife ni {DOB}",
        "adireshi {ADDRESS}",
        "muna {CAMP} tun {DURATION}",
        "imel {EMAIL}",
        "iban {IBAN}",
        "lamba {PHONEW}",
        "yata\n{GIVEN}\ntana rashin lafiya",
        "{ORG} sun zo ranar {WEEKDAY}, mun biya {AMOUNT}",
        "fb {URL}",
        "{POBOX}",
        "ɗan'uwana {NAME} yana {COUNTRY}",
    ],
    "uk": [
        "привіт, мене звати {LNAME}, я в {CITY}",
        "я {NAME}, потрібна допомога",
        "privit ya {RNAME}, zaraz u {CITY}",
        "мій номер {PHONE}",
        "дата народження {DOB}",
        "живемо: {ADDRESS}",
        "ми в {CAMP} вже {DURATION}",
        "пошта {EMAIL}",
        "iban {IBAN}",
        "номер {PHONEW}",
        "мій син\n{GIVEN}\nв {COUNTRY}",
        "{ORG} прийшли у {WEEKDAY}, заплатили {AMOUNT}",
        "інста {HANDLE}",
        "{POBOX}",
    ],
    "ru": [
        "привет меня зовут {LNAME}, я в {CITY}",
        "я {NAME}, нужна помощь",
        "privet menya zovut {RNAME}",
        "мой номер {PHONE}",
        "родился {DOB}",
        "адрес: {ADDRESS}",
        "мы в {CAMP} уже {DURATION}",
        "почта {EMAIL}",
        "iban {IBAN}",
        "номер {PHONEW}",
        "моя дочь\n{GIVEN}\nв {COUNTRY}",
        "{ORG} пришли в {WEEKDAY}, заплатили {AMOUNT}",
        "тг {HANDLE}",
        "{POBOX}",
    ],
    "tr": [
        "merhaba benim adım {LNAME}, {CITY}'da kalıyorum",
        "ben {LNAME}, yardım lazım",
        "numaram {PHONE}",
        "doğum tarihim {DOB}",
        "adresim {ADDRESS}",
        "{CAMP} de kalıyoruz {DURATION} dir",
        "mail {EMAIL}",
        "iban {IBAN}",
        "numara {PHONEW}",
        "kızım\n{GIVEN}\nhasta",
        "{ORG} {WEEKDAY} günü geldi, {AMOUNT} ödedik",
        "insta {HANDLE}",
        "{POBOX}",
        "{LAW} diyor ki hakkımız var",
    ],
    "bn": [
        "amar naam {RNAME}, ami {CITY} te achi",
        "ami {RNAME}, sahajjo dorkar",
        "আমার নাম {NAME}",
        "আমার নম্বর {PHONE}",
        "জন্ম তারিখ {DOB}",
        "ঠিকানা {ADDRESS}",
        "আমরা {CAMP} এ আছি {DURATION}",
        "ইমেইল {EMAIL}",
        "iban {IBAN}",
        "নম্বর {PHONEW}",
        "আমার ভাই\n{GIVEN}\n{COUNTRY} তে",
        "{ORG} {WEEKDAY} এসেছিল, {AMOUNT} দিয়েছি",
        "fb {URL}",
        "{POBOX}",
    ],
}


def _fill(gen: _Gen, lang: str, template: str, msg_id: str) -> dict[str, Any]:
    makers = _slot_makers(gen, lang)
    entities: list[dict[str, str]] = []
    keep: list[str] = []
    out = template
    while "{" in out:
        start = out.index("{")
        end = out.index("}", start)
        slot = out[start + 1 : end]
        text, ents, keeps = makers[slot]()
        entities += ents
        keep += keeps
        out = out[:start] + text + out[end + 1 :]
    if "objective 13" in out:
        keep.append("objective 13")
    if "San José" in out:
        keep.append("San José")
    sender = None
    if gen.rng.random() < 0.35:
        # The sender's display name, sometimes with homoglyphs, sometimes also signed in the text.
        latin = "lat_given" in NAMES[lang] and gen.rng.random() < 0.5
        name = gen.name(lang, latin=latin)
        sender = name.title()
        if gen.rng.random() < 0.5:
            sender = "".join(HOMOGLYPHS.get(c, c) if gen.rng.random() < 0.5 else c for c in sender)
        if gen.rng.random() < 0.6:
            first = name.split()[0]
            out = f"{out}\n{first}"
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
    """Build the evasion set: every template of every language, ``per_template`` times."""
    return every_template(LANGS, TEMPLATES, per_template, partial(_fill, _Gen(seed)), "evasion")


def main() -> None:
    """Write the set."""
    write_set(generate(), OUT)


if __name__ == "__main__":
    main()
