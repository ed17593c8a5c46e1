# whole chat lines in 17 languages; romanised and lower-case text is the point
"""A third dev set for the anonymiser, written before the third round of tuning.

306 chat-style messages, 18 in each of the 17 languages we serve (6 templates, each
filled three times), with wording and names of its own (not copied from the other
sets, the runtime lexicons or the gazetteers):

- names after naming cues in lower case and in Latin letters for languages written in
  other scripts ("ana ismi ...", "man ... hastam", "mera naam ... hai", "amar nam ...",
  "meu nome é ...", "magacaygu waa ..."), given names alone after kinship words, names on
  a line of their own at the end (sign-offs);
- street addresses in the formats of the country the language's speakers live in or
  pass through (street words, house numbers, flats and floors, camps, P.O. boxes),
  each one gold span;
- phones written plainly or spaced;
- keep-items: cities, countries, organisations, law numbers, amounts, durations, years,
  weekdays and "objective 13".

Every person is synthetic (given and family names drawn independently); numbers are
random. Seeded and reproducible.

Run: ``PYTHONPATH=. python -m bench.anon_devset3`` (writes
``bench/data/anon_devset3.jsonl``), then
``PYTHONPATH=. python -m bench.pipeline_eval --set bench/data/anon_devset3.jsonl``.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from bench.pipeline_devset import write_set

OUT = Path(__file__).resolve().parent / "data" / "anon_devset3.jsonl"
SEED = 3160312
PER_TEMPLATE = 3

# Given and family names per language: (as written natively, as written in Latin letters).
NAMES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    "en": ([("Tendai", "tendai"), ("Esi", "esi"), ("Chidi", "chidi"), ("Ruvimbo", "ruvimbo"),
            ("Kofi", "kofi"), ("Nkechi", "nkechi")],
           [("Moyo", "moyo"), ("Mensah", "mensah"), ("Nwosu", "nwosu"), ("Chikwanha", "chikwanha"),
            ("Boateng", "boateng")]),
    "fr": ([("Aïcha", "aïcha"), ("Didier", "didier"), ("Mariam", "mariam"), ("Blaise", "blaise"),
            ("Solange", "solange"), ("Fodé", "fodé")],
           [("Traoré", "traoré"), ("Kabila", "kabila"), ("Diakité", "diakité"), ("Mbuyi", "mbuyi"),
            ("Coulibaly", "coulibaly")]),
    "es": ([("Yorman", "yorman"), ("Wilmary", "wilmary"), ("Jhonny", "jhonny"),
            ("Yuleisy", "yuleisy"), ("Deiby", "deiby"), ("Marbelis", "marbelis")],
           [("Guaramato", "guaramato"), ("Villasmil", "villasmil"), ("Chirinos", "chirinos"),
            ("Palencia", "palencia"), ("Mavárez", "mavárez")]),
    "pt": ([("Josivaldo", "josivaldo"), ("Rosângela", "rosângela"), ("Valdirene", "valdirene"),
            ("Edvaldo", "edvaldo"), ("Gleice", "gleice"), ("Nilton", "nilton")],
           [("Bezerra", "bezerra"), ("Cavalcanti", "cavalcanti"), ("Siqueira", "siqueira"),
            ("Figueiredo", "figueiredo"), ("Quaresma", "quaresma")]),
    "ar": ([("سامر", "samer"), ("ريم", "reem"), ("وسيم", "waseem"), ("لمى", "lama"),
            ("عدي", "odai"), ("نور", "nour")],
           [("العلي", "alali"), ("الخطيب", "alkhateeb"), ("حداد", "haddad"), ("المصري", "almasri"),
            ("قباني", "qabbani")]),
    "fa": ([("پرستو", "parastoo"), ("سیاوش", "siavash"), ("ترانه", "taraneh"), ("فرهاد", "farhad"),
            ("یگانه", "yeganeh"), ("رامین", "ramin")],
           [("موسوی", "mousavi"), ("طاهری", "taheri"), ("قاسمی", "ghasemi"), ("نوروزی", "nowruzi"),
            ("رحیمی", "rahimi")]),
    "ps": ([("بصیر", "basir"), ("پلوشه", "palwasha"), ("نورالله", "noorullah"),
            ("شبنم", "shabnam"), ("اجمل", "ajmal"), ("مرسل", "mursal")],
           [("صافي", "safi"), ("نیازي", "niazi"), ("شینواري", "shinwari"), ("زدران", "zadran"),
            ("لودين", "lodin")]),
    "ur": ([("عاطف", "atif"), ("مہوش", "mehwish"), ("کامران", "kamran"), ("صائمہ", "saima"),
            ("دانش", "danish"), ("عروج", "urooj")],
           [("بٹ", "butt"), ("گجر", "gujjar"), ("شیخ", "sheikh"), ("ستی", "satti"),
            ("مغل", "mughal")]),
    "ti": ([("ዳኒኤል", "daniel"), ("ሳባ", "saba"), ("ፍሰሃ", "fisseha"), ("ሄለን", "helen"),
            ("ሙሴ", "muse"), ("ኤልሳ", "elsa")],
           [("ተወልደ", "tewelde"), ("ገብረሂወት", "gebrehiwet"), ("ብርሃነ", "berhane"),
            ("ዘርኡ", "zeru"), ("ኣስመሮም", "asmerom")]),
    "am": ([("ሰላማዊት", "selamawit"), ("ዳዊት", "dawit"), ("ትዕግስት", "tigist"), ("ብሩክ", "biruk"),
            ("ራሔል", "rahel"), ("ቴዎድሮስ", "tewodros")],
           [("መኮንን", "mekonnen"), ("ጌታቸው", "getachew"), ("ሽፈራው", "shiferaw"),
            ("አሰፋ", "assefa"), ("ካሳ", "kassa")]),
    "so": ([("Ubah", "ubah"), ("Mahad", "mahad"), ("Kaltun", "kaltun"), ("Bashir", "bashir"),
            ("Deeqa", "deeqa"), ("Sahal", "sahal")],
           [("Dirie", "dirie"), ("Shire", "shire"), ("Elmi", "elmi"), ("Qalinle", "qalinle"),
            ("Samatar", "samatar")]),
    "sw": ([("Tumaini", "tumaini"), ("Amani", "amani"), ("Subira", "subira"), ("Bahati", "bahati"),
            ("Msafiri", "msafiri"), ("Pendo", "pendo")],
           [("Kamau", "kamau"), ("Odhiambo", "odhiambo"), ("Wekesa", "wekesa"), ("Mushi", "mushi"),
            ("Nyirenda", "nyirenda")]),
    "ha": ([("Aminu", "aminu"), ("Binta", "binta"), ("Kabiru", "kabiru"), ("Maryam", "maryam"),
            ("Nasiru", "nasiru"), ("Jummai", "jummai")],
           [("Idris", "idris"), ("Tanko", "tanko"), ("Balarabe", "balarabe"), ("Musa", "musa"),
            ("Gwadabe", "gwadabe")]),
    "uk": ([("Мирослава", "myroslava"), ("Назар", "nazar"), ("Соломія", "solomiia"),
            ("Ярема", "yarema"), ("Христина", "khrystyna"), ("Орест", "orest")],
           [("Савчук", "savchuk"), ("Лисенко", "lysenko"), ("Дмитрук", "dmytruk"),
            ("Гуменюк", "humeniuk"), ("Яковенко", "yakovenko")]),
    "ru": ([("Тимур", "timur"), ("Алина", "alina"), ("Вадим", "vadim"), ("Камила", "kamila"),
            ("Ильдар", "ildar"), ("Варвара", "varvara")],
           [("Соколов", "sokolov"), ("Рахимов", "rakhimov"), ("Лебедев", "lebedev"),
            ("Гусейнова", "guseynova"), ("Орлов", "orlov")]),
    "tr": ([("Burak", "burak"), ("Esra", "esra"), ("Onur", "onur"), ("Tuğba", "tuğba"),
            ("Hakan", "hakan"), ("Sibel", "sibel")],
           [("Korkmaz", "korkmaz"), ("Şahin", "şahin"), ("Erdoğdu", "erdoğdu"), ("Polat", "polat"),
            ("Yavuz", "yavuz")]),
    "bn": ([("জাহিদ", "jahid"), ("শিরিন", "shirin"), ("ইমরান", "imran"), ("ফারহানা", "farhana"),
            ("সুমন", "sumon"), ("লাকি", "lucky")],
           [("রহমান", "rahman"), ("ইসলাম", "islam"), ("আকন্দ", "akondo"), ("মোল্লা", "molla"),
            ("প্রামানিক", "pramanik")]),
}  # fmt: skip

# Street addresses as people write them where each language's speakers live or pass
# through; ``#`` is a random number. Each whole line is one gold ADDRESS.
ADDRESSES: dict[str, list[str]] = {
    "en": ["flat #, # Oakfield Road", "# Birchwood Avenue apt #", "unit # Tannery Close",
           "PO Box #"],
    "fr": ["bât B, # rue des Tilleuls", "appt #, # allée des Peupliers", "# bd de la Liberté",
           "BP #"],
    "es": ["calle Almendros #, piso #", "avenida Las Acacias #, depto #",
           "carrera # # - #", "apartado postal #"],
    "pt": ["rua das Acácias #, ap #", "travessa do Mercado, nº #", "av. Brasil #, bloco #",
           "caixa postal #"],
    "ar": ["شارع الياسمين بناية # الطابق #", "حي النزهة شارع # منزل #",
           "share3 el yasmin bina #", "صندوق بريد #"],
    "fa": ["خیابان شهید رجایی کوچه # پلاک #", "khiaban golestan kooche # pelak #",
           "بلوار کشاورز واحد #", "صندوق پستی #"],
    "ps": ["د کارته سخي سړک # کور #", "kor # sarak # karte naw", "ناحیه # کوڅه # کور #",
           "پوست بکس #"],
    "ur": ["مکان نمبر # گلی نمبر # سیکٹر G-#", "makan # gali # mohalla raza abad",
           "فلیٹ # بلاک # گلشن اقبال", "پی او باکس #"],
    "ti": ["ገዛ ቁጽሪ # ጎደና #", "zone # container #", "block # tent #", "ሳ.ቁ. #"],
    "am": ["ቀበሌ # የቤት ቁጥር #", "ወረዳ # ቤት ቁ. #", "zone # block # house #", "ፖ.ሳ.ቁ. #"],
    "so": ["guriga # wadada Wadajir", "xaafadda Hodan guri #", "block # qol #",
           "sanduuqa boostada #"],
    "sw": ["nyumba namba # mtaa wa Mvuleni", "barabara ya Kenyatta nyumba #",
           "block # chumba #", "S.L.P. #"],
    "ha": ["gida mai lamba # titin Kofar Mata", "layin Gwammaja gida #",
           "block # daki #", "akwatin gidan waya #"],
    "uk": ["вул. Зелена, буд. #, кв. #", "проспект Миру #, під'їзд #, кв. #",
           "vul. Sadova # kv #", "а/с #"],
    "ru": ["ул. Садовая, д. #, кв. #", "пр-т Победы #, корп. #, кв. #",
           "ulitsa Lesnaya dom # kv #", "а/я #"],
    "tr": ["Çiçek Mah. # Sok. No:# D:#", "Gül Sokak No: # Daire #", "Yenidoğan Mh. Lale Cd. #/#",
           "PK #"],
    "bn": ["বাড়ি নং #, রোড নং #", "bari # road # sector #", "ফ্ল্যাট #, ব্লক #", "পোস্ট বক্স #"],
}  # fmt: skip

# Templates: {n} a full name (lower case, or native script), {nr} a full name in Latin
# letters, {N} a capitalised full name, {g} a given name, {gr} one in Latin letters,
# {G} a capitalised given name, {a} an address, {p} a phone; [[...]] a keep-item. A city
# written right after an address is neither gold nor a keep-item: it goes with the address.
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "hey its {n} writing, the landlord took my deposit [[300 pounds]] and wont answer",
        "my cousin {g} is still in [[Calais]], he has been there [[6 weeks]]",
        "we live at {a}, Manchester, the council said wait till [[Thursday]]",
        "call me on {p} im {n}, the [[Red Cross]] gave me this number",
        "thank you for the help with [[objective 13]]\n{G}",
        "my husband {G} was refused under [[section 94]] in [[2023]]",
    ],
    "fr": [
        "bonsoir c est {n}, on m a dit d écrire ici pour le [[CADA]]",
        "ma tante {g} dort dehors à [[Marseille]] depuis [[trois semaines]]",
        "j habite {a} à Lyon mais la [[Croix-Rouge]] a mon ancienne adresse",
        "moi c'est {n}, mon numéro {p}, rappelez moi [[mardi]]",
        "merci pour les [[50 euros]]\n{G}",
        "mon frère {G} a reçu une OQTF selon la [[loi n° 2018-778]]",
    ],
    "es": [
        "buenas soy {n} y necesito ayuda con el asilo en [[Madrid]]",
        "mi prima {g} llegó a [[Cúcuta]] hace [[cinco días]]",
        "vivo en {a}, Bogotá, la [[ACNUR]] no me contesta",
        "me llamo {n} mi cel es {p} escribanme el [[lunes]]",
        "gracias por todo, pagué [[200 dólares]]\n{G}",
        "mi esposo {G} tiene cita según el [[artículo 22]] en [[2024]]",
    ],
    "pt": [
        "oi meu nome é {n}, to em [[Boa Vista]] sem documento",
        "minha irmã {g} ficou em [[Manaus]] faz [[dois meses]]",
        "moro na {a}, São Paulo, a [[Cáritas]] pediu comprovante",
        "aqui é {n}, meu zap {p}, pode ligar [[sexta-feira]]",
        "obrigado pela ajuda de [[500 reais]]\n{G}",
        "meu filho {G} pediu refúgio pela [[Lei 9.474/1997]]",
    ],
    "ar": [
        "ana ismi {nr} w bdi mosa3ade b [[Berlin]]",
        "اخي {g} عالق في [[ليبيا]] منذ [[شهرين]]",
        "عنواني {a} في عمان والمفوضية ما ردت",
        "marhaba ana {nr} raqmi {p} ittasil [[yom el ahad]]",
        "شكرا على المساعدة\n{G}",
        "zawji {gr} ma3o wara2 men [[UNHCR]] min [[2022]]",
    ],
    "fa": [
        "salam man {nr} hastam az [[Herat]] omadam",
        "خواهرم {g} هنوز در [[ترکیه]] است [[سه ماه]]",
        "آدرس من {a} تهران است",
        "esme man {nr} e shomaram {p} [[shanbe]] zang bezanid",
        "ممنون از کمک شما\n{G}",
        "baradaram {gr} dar [[Athens]] mande [[do sal]]",
    ],
    "ps": [
        "salam zama num {nr} de, za pa [[Peshawar]] kې yam",
        "زما ورور {g} په [[ایران]] کې بندي دی",
        "زما پته {a} کابل ده",
        "za {nr} yam, zama shmera {p} da [[juma]] zang wahai",
        "مننه ستاسو له مرستې\n{G}",
        "zama khor {gr} pa [[Islamabad]] ke da [[dre miashte]]",
    ],
    "ur": [
        "mera naam {nr} hai aur mujhe [[Lahore]] se madad chahiye",
        "میری بہن {g} ابھی [[دبئی]] میں ہے",
        "میرا پتہ {a} کراچی ہے",
        "main {nr} hoon mera number {p} hai [[jumma]] ko call karein",
        "آپ کی مدد کا شکریہ\n{G}",
        "mere bhai {gr} ka case [[IOM]] ke paas hai [[teen mahine]] se",
    ],
    "ti": [
        "ሰላም ኣነ {n} እየ ካብ [[ሊብያ]] መጺአ",
        "ሓወይ {g} ኣብ [[ካርቱም]] ኣሎ",
        "ኣድራሻይ {a} ኣዲስ ኣበባ",
        "selam ane {nr} eye, number {p} [[senbet]] dewelu",
        "የቐንየለይ\n{G}",
        "hawey {gr} ab [[Kampala]] alo [[2 awurhi]]",
    ],
    "am": [
        "ሰላም ስሜ {n} ነው በ[[ናይሮቢ]] ነው ያለሁት",
        "እህቴ {g} አሁንም [[ሱዳን]] ውስጥ ናት",
        "አድራሻዬ {a} አዲስ አበባ ነው",
        "selam sime {nr} new, silke {p} new [[ehud]] dewulu",
        "እናመሰግናለን\n{G}",
        "wendime {gr} [[Jeddah]] new [[3 wer]]",
    ],
    "so": [
        "salaan magacaygu waa {n}, waxaan joogaa [[Nairobi]]",
        "walaalkay {g} wuxuu ku xiran yahay [[Libya]] [[laba bilood]]",
        "cinwaankaygu waa {a} Muqdisho",
        "aniga waa {n} numberkaygu waa {p} i wac [[jimcaha]]",
        "mahadsanid caawinta\n{G}",
        "hooyaday {G} waxay sugaysaa [[UNHCR]] ilaa [[2021]]",
    ],
    "sw": [
        "habari jina langu ni {n} niko [[Kampala]] sasa",
        "dada yangu {g} bado yuko [[Dadaab]] kwa [[miezi mitatu]]",
        "ninaishi {a}, Nairobi, tafadhali nisaidieni",
        "mimi ni {n} namba yangu {p} nipigie [[jumatatu]]",
        "asanteni kwa msaada\n{G}",
        "mume wangu {G} alikataliwa na [[UNHCR]] mwaka [[2020]]",
    ],
    "ha": [
        "sannu sunana {n} ina [[Kano]] yanzu",
        "kanina {g} yana [[Agadez]] tun [[makonni biyu]]",
        "ina zaune a {a} Kaduna",
        "ni ne {n} lambata {p} a kira ni ranar [[Litinin]]",
        "na gode da taimako\n{G}",
        "matata {G} tana jiran [[IOM]] tun [[2022]]",
    ],
    "uk": [
        "добрий день, мене звати {n}, я зараз у [[Варшаві]]",
        "моя сестра {g} залишилась у [[Харкові]] вже [[два місяці]]",
        "живу за адресою {a}, Львів",
        "pryvit ya {nr} moi nomer {p} dzvonit v [[ponedilok]]",
        "дякую за допомогу\n{G}",
        "mij brat {gr} u [[Krakow]] vzhe [[try tyzhni]]",
    ],
    "ru": [
        "здравствуйте меня зовут {n} я в [[Стамбуле]]",
        "мой брат {g} застрял в [[Минске]] уже [[месяц]]",
        "мой адрес {a}, Москва",
        "privet menya zovut {nr} moy nomer {p} zvonite v [[sredu]]",
        "спасибо за помощь\n{G}",
        "moya mama {gr} v [[Tbilisi]] uzhe [[dva goda]]",
    ],
    "tr": [
        "merhaba benim adım {n}, [[Gaziantep]]'te yaşıyorum",
        "kardeşim {g} hâlâ [[Van]] da bekliyor [[iki hafta]] oldu",
        "adresim {a} İstanbul",
        "ben {n}, numaram {p} [[cuma]] günü arayın",
        "yardımınız için teşekkürler\n{G}",
        "eşim {G} [[6458 sayılı]] kanuna göre başvurdu [[2023]]",
    ],
    "bn": [
        "আমার নাম {n}, আমি [[ঢাকা]] থেকে এসেছি",
        "আমার ভাই {g} এখনো [[মালয়েশিয়া]] তে আছে",
        "আমার ঠিকানা {a} সিলেট",
        "amar nam {nr} amar number {p} [[shonibar]] phone diben",
        "ধন্যবাদ সাহায্যের জন্য\n{G}",
        "amar bon {gr} [[Dubai]] te ache [[char mash]]",
    ],
}  # fmt: skip

LATIN_SCRIPT = {"en", "fr", "es", "pt", "so", "sw", "ha", "tr"}


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def name(self, lang: str) -> tuple[tuple[str, str], tuple[str, str]]:
        given, family = NAMES[lang]
        return self.rng.choice(given), self.rng.choice(family)

    def address(self, lang: str) -> str:
        template = self.rng.choice(ADDRESSES[lang])
        return re.sub("#", lambda _: str(self.rng.randint(2, 480)), template)

    def phone(self, lang: str) -> str:
        digits = "0" + "".join(str(self.rng.randint(0, 9)) for _ in range(9))
        if self.rng.random() < 0.5:
            return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
        return digits


def _fill(gen: _Gen, lang: str, template: str, msg_id: str) -> dict[str, Any]:
    entities: list[dict[str, str]] = []
    (g_native, g_latin), (f_native, f_latin) = gen.name(lang)
    latin = lang in LATIN_SCRIPT

    def value(slot: str) -> tuple[str, str]:
        if slot == "n":
            if latin:
                return f"{g_latin} {f_latin}".lower(), "NAME"
            return f"{g_native} {f_native}", "NAME"
        if slot == "nr":
            return f"{g_latin} {f_latin}", "NAME"
        if slot == "N":
            return f"{g_native} {f_native}", "NAME"
        if slot == "g":
            return (g_latin if latin else g_native), "NAME"
        if slot == "gr":
            return g_latin, "NAME"
        if slot == "G":
            return g_native, "NAME"
        if slot == "a":
            return gen.address(lang), "ADDRESS"
        return gen.phone(lang), "PHONE"

    def slot(match: re.Match[str]) -> str:
        text, kind = value(match.group(1))
        entities.append({"type": kind, "value": text})
        return text

    keep = re.findall(r"\[\[(.+?)\]\]", template)
    text = re.sub(r"\{(\w+)\}", slot, template.replace("[[", "").replace("]]", ""))
    sender = f"{g_native} {f_native}" if gen.rng.random() < 0.3 else None
    return {
        "id": msg_id,
        "lang": lang,
        "text": text,
        "sender_name": sender,
        "entities": entities,
        "keep": keep,
    }


def generate(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[dict[str, Any]]:
    """Every message of the set, in a fixed order."""
    gen = _Gen(seed)
    rows = []
    for lang, templates in TEMPLATES.items():
        n = 0
        for template in templates:
            for _ in range(per_template):
                rows.append(_fill(gen, lang, template, f"ds3-{lang}-{n:03d}"))
                n += 1
    return rows


def main() -> None:
    """Write the set as JSON lines."""
    write_set(generate(), OUT)


if __name__ == "__main__":
    main()
