# ruff: noqa: E501  # the templates are whole sentences; wrapping them would hurt reading them
"""Generate the synthetic multilingual dev set for the pipeline (``bench/data/pipeline_devset.jsonl``).

Every person in it is synthetic. Names come in two kinds:
- *unseen* names, checked to be absent from the runtime gazetteer (a held-out
  list written here, plus Faker names from locales the gazetteer was not built
  from); they only appear where a reader would also need context to spot them:
  after a cue ("my name is", "Mr") or as the sender's display name;
- *known* names drawn from the runtime gazetteer, which also appear bare
  ("Ahmed helped us").

Structured identifiers (phones in several formats and digit scripts, e-mails,
IDs, IBANs, cards, handles, dates of birth, addresses) and keep-items (cities,
countries, organisations, amounts, years, durations) are annotated as gold.

Run: ``PYTHONPATH=. /work/venv/bin/python -m bench.pipeline_devset``
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import babel
import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.tr import tckimlik

from moderation._text import fold
from moderation.lexicon import load_lexicon

OUT = Path(__file__).resolve().parent / "data" / "pipeline_devset.jsonl"
PER_LANG = 36
SEED = 20261126

REGION = {
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
DIGIT_SCRIPT = {
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "ps": "۰۱۲۳۴۵۶۷۸۹",
    "ur": "۰۱۲۳۴۵۶۷۸۹",
    "bn": "০১২৩৪৫৬৭৮৯",
}

# Names written for the dev set only; the generator drops any that the gazetteer knows.
HELD_OUT = {
    "en": ["Thaddeus Okonkwo-Bright", "Marisol Quenby", "Obadiah Fenwick", "Tamsin Achterberg"],
    "fr": ["Aurèle Vasseur", "Ophélie Gramont", "Gaspard Lhermitte", "Solène Kerbrat"],
    "es": ["Eustaquio Arrizabalaga", "Nerea Goikoetxea", "Iñaki Uribarri", "Ximena Tlapanco"],
    "pt": ["Juçara Tapajós", "Irineu Bragança", "Cleonice Vilaça", "Oziel Parintins"],
    "ar": [
        "نزار الطرابيشي",
        "رهف القباني",
        "مؤيد الشعراني",
        "Nizar Trabishi",
        "Rahaf Qabbani",
        "سدرة الكيالي",
    ],
    "fa": [
        "کیومرث دهقان‌نژاد",
        "ترانه شهرکی",
        "فرامرز بختیاروند",
        "Kiumars Dehghannejad",
        "Taraneh Shahraki",
    ],
    "ps": ["ملګری زرغون", "مېوند سپین غر", "Maiwand Spinghar", "ورانګه ځدران", "Zarghoon Tanai"],
    "ur": ["ثاقب لغاری", "شمائلہ کھوسہ", "Saqib Leghari", "Shumaila Khosa", "فرحان تالپور"],
    "ti": ["ኣብራሃለይ ተኽሉ", "ሩታ ኣባይ", "ክብሮም ዘርአ", "Kibrom Zerea", "Ruta Abay"],
    "am": ["ሰብለወንጌል ታምሩ", "ቢንያም ሽመልስ", "ፍሬሕይወት ዘለቀ", "Sebleweng Tamiru", "Biniyam Shimeles"],
    "so": ["Cawo Gurey", "Shaqlan Xuseen-Baar", "Ardo Bidhiidh", "Bile Hiiraale", "Cawaale Dhuxul"],
    "sw": ["Kanaeli Mlay", "Wema Sepeku", "Tatu Mzuguno", "Mbaraka Chande", "Shani Mwakyusa"],
    "ha": [
        "Dandago Kwankwaso",
        "Inno Sarkin-Bai",
        "Gambo Ɗanbatta",
        "Lantana Ƙaura",
        "Tukur Gwandu",
    ],
    "uk": ["Мирослава Гнатюк", "Зиновій Костюк", "Orest Hnatiuk", "Ярема Вакарчук"],
    "ru": ["Евстигней Пухов", "Аглая Шереметьева", "Ефим Крупенников", "Yevstigney Pukhov"],
    "tr": ["Tülin Karahasanoğlu", "Oğuzhan Dumlupınar", "Nurcihan Eskiyörük", "Baturalp Sarıkamış"],
    "bn": ["অনির্বাণ চক্রবর্তী", "তানজিলা মোল্লা", "Anirban Chakraborty", "Tanjila Molla", "ঋতুপর্ণা গাঙ্গুলি"],
}
FAKER_UNSEEN = {
    "en": ("en_IN", "en_IE"),
    "fr": ("fr_CH", "fr_CA"),
    "es": ("es_MX", "es_AR"),
    "pt": ("pt_PT",),
}

LATIN_LOGINS = [
    "amani",
    "jolly",
    "kimo",
    "noor",
    "zed",
    "sunrise",
    "dara",
    "tiko",
    "milo",
    "rayan",
    "sami",
    "lulu",
]
STREETS = {
    "en": ["{n} Wexford Street", "{n} Lindley Road", "house no {n}, Tannery Lane"],
    "fr": ["{n} rue des Capucins", "{n} avenue Berthelot", "{n}, rue Garibaldi"],
    "es": ["calle Zurbarán {n}", "Avenida Tartessos {n}", "calle de Oquendo, {n}"],
    "pt": ["Rua Itaquera, {n}", "Rua das Camélias {n}", "Avenida Jurubatuba {n}"],
    "ar": ["شارع الكرامة رقم {n}", "شارع بغداد {n}", "حي الميدان شارع الثورة {n}"],
    "fa": ["خیابان ولیعصر پلاک {n}", "کوچه نسترن پلاک {n}", "خیابان شریعتی پلاک {n}"],
    "ps": ["کوڅه {n}، د مېوند واټ", "سړک {n}، کارته سه", "house no {n}, Karte Se"],
    "ur": ["مکان نمبر {n}، گلی {n2}", "house no {n}, Gulberg Road", "گلی نمبر {n} ماڈل ٹاؤن"],
    "ti": ["ገዛ ቁፅሪ {n}", "ገዛ ቁፅሪ {n} ጎደና ሓርነት", "house no {n}, Harnet Avenue"],
    "am": ["ቤት ቁጥር {n}", "ቀበሌ {n2} ቤት ቁጥር {n}", "house no {n}, Bole Road"],
    "so": [
        "Wadada Maka Al-Mukarama {n}",
        "guriga {n}, Wadada Jidka Warshadaha",
        "house no {n}, Waddada Wadnaha",
    ],
    "sw": [
        "Mtaa wa Uhuru nyumba namba {n}",
        "nyumba namba {n}, Mtaa wa Kongowea",
        "{n} Moi Avenue",
    ],
    "ha": ["gida mai lamba {n}, Titin Zoo", "house no {n}, Titin Bello", "{n} Ahmadu Bello Way"],
    "uk": ["вулиця Шевченка, буд. {n}", "вул. Грушевського, {n}", "вулиця Лесі Українки {n}"],
    "ru": ["улица Пушкина, д. {n}", "ул. Гагарина, {n}", "улица Лермонтова {n}"],
    "tr": ["Menekşe Sokak No: {n}", "Cumhuriyet Caddesi No: {n}", "Gül Sokağı No {n}"],
    "bn": ["বাড়ি নং {n}, রোড {n2}", "house no {n}, Mirpur Road", "বাসা {n}, গলি {n2}"],
}
STREET_KEYS = {  # the identifying words of each street pattern, for the leak check
    "en": ["Wexford", "Lindley", "Tannery"],
    "fr": ["Capucins", "Berthelot", "Garibaldi"],
    "es": ["Zurbarán", "Tartessos", "Oquendo"],
    "pt": ["Itaquera", "Camélias", "Jurubatuba"],
}
CITIES = {
    "en": ["Manchester", "Nairobi", "Calais"],
    "fr": ["Lyon", "Marseille", "Calais"],
    "es": ["Madrid", "Tijuana", "Bogotá"],
    "pt": ["Manaus", "Boa Vista", "Lisboa"],
    "ar": ["حلب", "بيروت", "عمان"],
    "fa": ["کابل", "هرات", "مشهد"],
    "ps": ["کابل", "کندهار", "پېښور"],
    "ur": ["کراچی", "لاہور", "دبئی"],
    "ti": ["አስመራ", "ካርቱም", "ትሪፖሊ"],
    "am": ["አዲስ አበባ", "ናይሮቢ", "ዱባይ"],
    "so": ["Muqdisho", "Hargeysa", "Nairobi"],
    "sw": ["Mombasa", "Kakuma", "Dar es Salaam"],
    "ha": ["Kano", "Agadez", "Abuja"],
    "uk": ["Львів", "Харків", "Варшава"],
    "ru": ["Москва", "Стамбул", "Харьков"],
    "tr": ["İstanbul", "Gaziantep", "Hatay"],
    "bn": ["ঢাকা", "কক্সবাজার", "দুবাই"],
}
COUNTRY_CODES = ["LY", "TR", "IT", "DE", "SA", "GR", "KE", "IR", "PK", "SD", "MX", "PL"]
ORGS = {
    "en": ["IOM", "UNHCR", "the Red Cross"],
    "fr": ["l'OIM", "HCR", "la Croix-Rouge"],
    "es": ["ACNUR", "OIM", "Cruz Roja"],
    "pt": ["ACNUR", "OIM", "Cruz Vermelha"],
    "ar": ["المفوضية", "الصليب الأحمر", "اليونيسف"],
    "fa": ["سازمان ملل", "هلال احمر", "UNHCR"],
    "ps": ["ملګري ملتونه", "سره میاشت", "UNHCR"],
    "ur": ["اقوام متحدہ", "ہلال احمر", "UNHCR"],
    "ti": ["UNHCR", "IOM", "ቀይ መስቀል"],
    "am": ["ቀይ መስቀል", "IOM", "UNHCR"],
    "so": ["UNHCR", "IOM", "Laanqayrta Cas"],
    "sw": ["UNHCR", "IOM", "Msalaba Mwekundu"],
    "ha": ["UNHCR", "IOM", "Red Cross"],
    "uk": ["УВКБ ООН", "Червоний Хрест", "МОМ"],
    "ru": ["УВКБ ООН", "Красный Крест", "МОМ"],
    "tr": ["Kızılay", "UNHCR", "Göç İdaresi"],
    "bn": ["ইউএনএইচসিআর", "রেড ক্রস", "জাতিসংঘ"],
}
AMOUNTS = {
    "en": ["300 dollars", "€50", "£120"],
    "fr": ["50 euros", "300 €", "200 dinars"],
    "es": ["300 dólares", "50 euros", "2000 pesos"],
    "pt": ["R$ 500", "300 dólares", "50 euros"],
    "ar": ["300 دولار", "50 دينار"],
    "fa": ["300 دلار", "5000 افغانی"],
    "ps": ["300 ډالر", "5000 افغانۍ"],
    "ur": ["300 ڈالر", "50000 روپے"],
    "ti": ["300 ዶላር", "5000 ናቕፋ"],
    "am": ["300 ዶላር", "5000 ብር"],
    "so": ["300 doolar", "$500"],
    "sw": ["shilingi 5000", "$300"],
    "ha": ["naira 50000", "$300"],
    "uk": ["300 доларів", "5000 гривень"],
    "ru": ["300 долларов", "5000 рублей"],
    "tr": ["300 dolar", "5000 TL"],
    "bn": ["৩০০ ডলার", "৫০০০০ টাকা"],
}
DURATIONS = {
    "en": "{k} months",
    "fr": "{k} mois",
    "es": "{k} meses",
    "pt": "{k} meses",
    "ar": "{k} أشهر",
    "fa": "{k} ماه",
    "ps": "{k} میاشتې",
    "ur": "{k} مہینے",
    "ti": "{k} ኣዋርሕ",
    "am": "{k} ወር",
    "so": "{k} bilood",
    "sw": "miezi {k}",
    "ha": "watanni {k}",
    "uk": "{k} місяці",
    "ru": "{k} месяца",
    "tr": "{k} ay",
    "bn": "{k} মাস",
}

# Templates: {CUE_NAME} is a name after a cue (seen or unseen), {KNOWN} a gazetteer name without cue.
T: dict[str, list[str]] = {
    "en": [
        "Hello, my name is {CUE_NAME} and I am from {COUNTRY}. I arrived in {CITY} in {YEAR} and waited {DURATION} for an answer from {ORG}.",
        "My phone is {PHONE}, please call me. I paid {AMOUNT} to an agent and now I have no work in {CITY}.",
        "{KNOWN} and I were stopped at the border. My UNHCR case number is {ID}. We stayed {DURATION} in {CITY}.",
        "I was born on {DOB} and my passport expired in {YEAR}. Write to {EMAIL} if you need details.",
        "We live at {ADDRESS} in {CITY}. The rent is {AMOUNT} and the landlord Mr {CUE_NAME} wants more.",
        "My bank IBAN is {IBAN}, the employer never paid me. Find me on {HANDLE}. I came from {COUNTRY} in {YEAR}.",
        "Thanks to {ORG} my daughter goes to school in {CITY}. Her teacher {KNOWN} is kind. Objective 15 matters.",
        "They took my card {CARD} and my phone. Call my brother {CUE_NAME} on {PHONE}.",
        "I am called {CUE_NAME}. I sent {AMOUNT} home through Western Union and the fee was too high.",
    ],
    "fr": [
        "Bonjour, je m'appelle {CUE_NAME}, je viens de {COUNTRY}. Je suis à {CITY} depuis {YEAR} et j'attends depuis {DURATION}.",
        "Mon numéro est le {PHONE}. J'ai payé {AMOUNT} au passeur pour arriver à {CITY}.",
        "{KNOWN} et moi avons été arrêtés à la frontière. Mon numéro de dossier est {ID}.",
        "Je suis né le {DOB}, mon titre de séjour expire en {YEAR}. Écrivez à {EMAIL}.",
        "J'habite au {ADDRESS} à {CITY}. Le loyer est de {AMOUNT} et M. {CUE_NAME} veut plus.",
        "Mon IBAN est {IBAN}, l'employeur ne m'a jamais payé. Je suis sur {HANDLE}.",
        "Grâce à {ORG}, ma fille va à l'école à {CITY}. Sa maîtresse Mme {CUE_NAME} est gentille.",
        "Appelez mon frère {CUE_NAME} au {PHONE}, il est à {CITY} depuis {DURATION}.",
    ],
    "es": [
        "Hola, me llamo {CUE_NAME} y soy de {COUNTRY}. Llegué a {CITY} en {YEAR} y espero hace {DURATION}.",
        "Mi número es {PHONE}. Pagué {AMOUNT} al coyote para llegar a {CITY}.",
        "{KNOWN} y yo fuimos detenidos en la frontera. Mi número de expediente es {ID}.",
        "Nací el {DOB} y mi pasaporte venció en {YEAR}. Escriban a {EMAIL}.",
        "Vivo en {ADDRESS}, en {CITY}. El alquiler es de {AMOUNT} y el Sr. {CUE_NAME} quiere más.",
        "Mi IBAN es {IBAN}, el patrón nunca me pagó. Búsquenme en {HANDLE}.",
        "Gracias a {ORG} mi hija estudia en {CITY}. Su maestra, la señora {CUE_NAME}, es amable.",
        "Llamen a mi hermano {CUE_NAME} al {PHONE}, está en {CITY} hace {DURATION}.",
    ],
    "pt": [
        "Olá, meu nome é {CUE_NAME} e sou de {COUNTRY}. Cheguei a {CITY} em {YEAR} e espero há {DURATION}.",
        "Meu telefone é {PHONE}. Paguei {AMOUNT} ao coiote para chegar a {CITY}.",
        "{KNOWN} e eu fomos detidos na fronteira. O número do meu protocolo é {ID}.",
        "Nasci em {DOB} e meu passaporte venceu em {YEAR}. Escrevam para {EMAIL}.",
        "Moro na {ADDRESS}, em {CITY}. O aluguel é {AMOUNT} e o senhor {CUE_NAME} quer mais.",
        "Meu IBAN é {IBAN}, o patrão nunca me pagou. Me achem no {HANDLE}.",
        "Graças à {ORG} minha filha estuda em {CITY}. A professora, dona {CUE_NAME}, é gentil.",
        "Liguem para meu irmão {CUE_NAME} no {PHONE}, ele está em {CITY} há {DURATION}.",
    ],
    "ar": [
        "مرحبا، اسمي {CUE_NAME} وأنا من {COUNTRY}. وصلت إلى {CITY} في {YEAR} وأنتظر منذ {DURATION}.",
        "رقم هاتفي {PHONE}. دفعت {AMOUNT} للمهرب حتى وصلت إلى {CITY}.",
        "أنا و{KNOWN} احتجزنا على الحدود. رقم ملفي في المفوضية {ID}.",
        "تاريخ الميلاد {DOB} وجواز سفري انتهى في {YEAR}. راسلوني على {EMAIL}.",
        "أسكن في {ADDRESS} في {CITY}. الإيجار {AMOUNT} والسيد {CUE_NAME} يريد المزيد.",
        "رقم الآيبان {IBAN}، صاحب العمل لم يدفع لي. حسابي {HANDLE}.",
        "بفضل {ORG} ابنتي تدرس في {CITY}. معلمتها {KNOWN} لطيفة.",
        "اتصلوا بأخي {CUE_NAME} على الرقم {PHONE}، هو في {CITY} منذ {DURATION}.",
    ],
    "fa": [
        "سلام، نام من {CUE_NAME} است و از {COUNTRY} هستم. در سال {YEAR} به {CITY} رسیدم و {DURATION} منتظر ماندم.",
        "شماره تلفن من {PHONE} است. {AMOUNT} به قاچاقبر دادم تا به {CITY} برسم.",
        "من و {KNOWN} در مرز بازداشت شدیم. شماره پرونده من {ID} است.",
        "تاریخ تولد من {DOB} است و پاسپورتم در {YEAR} تمام شد. به {EMAIL} ایمیل بزنید.",
        "در {ADDRESS} در {CITY} زندگی می‌کنیم. اجاره {AMOUNT} است و آقای {CUE_NAME} بیشتر می‌خواهد.",
        "شماره شبا {IBAN}، کارفرما پول مرا نداد. صفحه من {HANDLE} است.",
        "به کمک {ORG} دخترم در {CITY} به مدرسه می‌رود. معلمش خانم {CUE_NAME} مهربان است.",
        "با برادرم {CUE_NAME} به شماره {PHONE} تماس بگیرید، او {DURATION} است در {CITY} است.",
    ],
    "ps": [
        "سلام، زما نوم {CUE_NAME} دی او د {COUNTRY} یم. په {YEAR} کې {CITY} ته راغلم او {DURATION} مې انتظار وکړ.",
        "زما د تلیفون شمېره {PHONE} ده. ما قاچاقبر ته {AMOUNT} ورکړل چې {CITY} ته ورسېږم.",
        "زه او {KNOWN} په پوله ونیول شو. زما د دوسیې شمېره {ID} ده.",
        "د زیږیدو نیټه {DOB} ده او زما پاسپورټ په {YEAR} کې ختم شو. {EMAIL} ته ولیکئ.",
        "موږ په {ADDRESS} کې په {CITY} کې اوسیږو. کرایه {AMOUNT} ده او ښاغلی {CUE_NAME} نور غواړي.",
        "زما حساب {IBAN} دی، کارګمارونکي پیسې رانکړې. زما پاڼه {HANDLE} ده.",
        "د {ORG} په مرسته زما لور په {CITY} کې ښوونځي ته ځي. د هغې ښوونکې {KNOWN} مهربانه ده.",
        "زما ورور {CUE_NAME} ته په {PHONE} زنګ ووهئ، هغه {DURATION} راهیسې په {CITY} کې دی.",
    ],
    "ur": [
        "السلام علیکم، میرا نام {CUE_NAME} ہے اور میں {COUNTRY} سے ہوں۔ میں {YEAR} میں {CITY} آیا اور {DURATION} انتظار کیا۔",
        "میرا فون نمبر {PHONE} ہے۔ میں نے ایجنٹ کو {AMOUNT} دیے تاکہ {CITY} پہنچ سکوں۔",
        "میں اور {KNOWN} سرحد پر گرفتار ہوئے۔ میرا کیس نمبر {ID} ہے۔",
        "میری تاریخ پیدائش {DOB} ہے اور میرا پاسپورٹ {YEAR} میں ختم ہوا۔ {EMAIL} پر لکھیں۔",
        "ہم {ADDRESS} میں {CITY} میں رہتے ہیں۔ کرایہ {AMOUNT} ہے اور جناب {CUE_NAME} زیادہ مانگتے ہیں۔",
        "میرا اکاؤنٹ {IBAN} ہے، آجر نے تنخواہ نہیں دی۔ میرا صفحہ {HANDLE} ہے۔",
        "{ORG} کی مدد سے میری بیٹی {CITY} میں اسکول جاتی ہے۔ اس کی استانی {KNOWN} اچھی ہیں۔",
        "میرے بھائی {CUE_NAME} کو {PHONE} پر فون کریں، وہ {DURATION} سے {CITY} میں ہے۔",
    ],
    "ti": [
        "ሰላም፣ ሽመይ {CUE_NAME} እዩ፣ ካብ {COUNTRY} እየ። ኣብ {YEAR} ናብ {CITY} መጺአ {DURATION} ተጸበኹ።",
        "ቁጽሪ ስልከይ {PHONE} እዩ። ናብ {CITY} ንክበጽሕ {AMOUNT} ንደላላ ከፊለ።",
        "ኣነን {KNOWN}ን ኣብ ዶብ ተታሒዝና። ቁፅሪ ፋይለይ {ID} እዩ።",
        "ዕለተ ልደት {DOB} እዩ፣ ፓስፖርተይ ኣብ {YEAR} ተወዲኡ። ናብ {EMAIL} ጽሓፉ።",
        "ኣብ {ADDRESS} ኣብ {CITY} ንነብር። ክራይ {AMOUNT} እዩ፣ ኣቶ {CUE_NAME} ተወሳኺ ይደሊ።",
        "ሕሳብ ባንክይ {IBAN} እዩ፣ ኣስራሒ ደሞዝ ኣይሃበንን። ገጸይ {HANDLE} እዩ።",
        "ብሓገዝ {ORG} ጓለይ ኣብ {CITY} ቤት ትምህርቲ ትኸይድ። መምህርታ {KNOWN} ሕያወይቲ እያ።",
        "ንሓወይ {CUE_NAME} ብ {PHONE} ደውሉሉ፣ ንሱ ን{DURATION} ኣብ {CITY} ኣሎ።",
    ],
    "am": [
        "ሰላም፣ ስሜ {CUE_NAME} ነው፣ ከ{COUNTRY} ነኝ። በ{YEAR} ወደ {CITY} መጣሁ እና {DURATION} ጠበቅሁ።",
        "ስልክ ቁጥሬ {PHONE} ነው። ወደ {CITY} ለመድረስ ለደላላ {AMOUNT} ከፈልኩ።",
        "እኔ እና {KNOWN} በድንበር ተያዝን። የፋይል ቁጥሬ {ID} ነው።",
        "የልደት ቀኔ {DOB} ነው፣ ፓስፖርቴ በ{YEAR} አልቋል። ወደ {EMAIL} ይጻፉ።",
        "የምንኖረው {ADDRESS} {CITY} ውስጥ ነው። ኪራዩ {AMOUNT} ነው፣ አቶ {CUE_NAME} ተጨማሪ ይፈልጋሉ።",
        "የባንክ ሂሳቤ {IBAN} ነው፣ አሰሪው ደመወዝ አልከፈለም። ገጼ {HANDLE} ነው።",
        "በ{ORG} እርዳታ ልጄ {CITY} ውስጥ ትምህርት ቤት ትሄዳለች። መምህሯ {KNOWN} ደግ ናት።",
        "ወንድሜ {CUE_NAME}ን በ{PHONE} ደውሉለት፣ {DURATION} {CITY} ውስጥ ነው።",
    ],
    "so": [
        "Salaan, magacaygu waa {CUE_NAME}, waxaan ka imid {COUNTRY}. Waxaan yimid {CITY} sanadkii {YEAR} waxaanan sugayay {DURATION}.",
        "Lambarka telefoonkaygu waa {PHONE}. Waxaan mukhalaska siiyay {AMOUNT} si aan u gaaro {CITY}.",
        "Aniga iyo {KNOWN} waxaa nala qabtay xadka. Lambarka kiiskaygu waa {ID}.",
        "Taariikhda dhalashada {DOB}, baasaboorkaygu wuxuu dhacay {YEAR}. Iigu soo qor {EMAIL}.",
        "Waxaan degannahay {ADDRESS} magaalada {CITY}. Kirada waa {AMOUNT}, Mudane {CUE_NAME} wuxuu rabaa wax badan.",
        "Akoonkayga bangiga waa {IBAN}, loo shaqeeyuhu ima siin mushaharka. Boggaygu waa {HANDLE}.",
        "Caawimada {ORG} gabadhayda waxay dugsi ka dhigataa {CITY}. Macalinkeeda {KNOWN} waa qof wanaagsan.",
        "Walaalkay {CUE_NAME} kala soo xiriir {PHONE}, wuxuu joogaa {CITY} muddo {DURATION} ah.",
    ],
    "sw": [
        "Habari, jina langu ni {CUE_NAME} na ninatoka {COUNTRY}. Nilifika {CITY} mwaka {YEAR} na nimesubiri {DURATION}.",
        "Namba yangu ya simu ni {PHONE}. Nilimlipa wakala {AMOUNT} ili nifike {CITY}.",
        "Mimi na {KNOWN} tulikamatwa mpakani. Namba ya kesi yangu ni {ID}.",
        "Tarehe ya kuzaliwa {DOB} na pasipoti yangu iliisha {YEAR}. Niandikie {EMAIL}.",
        "Tunaishi {ADDRESS} mjini {CITY}. Kodi ni {AMOUNT} na Bwana {CUE_NAME} anataka zaidi.",
        "Akaunti yangu ya benki ni {IBAN}, mwajiri hakunilipa. Ukurasa wangu ni {HANDLE}.",
        "Kwa msaada wa {ORG} binti yangu anasoma {CITY}. Mwalimu wake {KNOWN} ni mwema.",
        "Mpigie kaka yangu {CUE_NAME} kwa {PHONE}, yuko {CITY} kwa {DURATION}.",
    ],
    "ha": [
        "Sannu, sunana {CUE_NAME}, ni daga {COUNTRY} ne. Na isa {CITY} a shekarar {YEAR} kuma na jira {DURATION}.",
        "Lambar wayata ita ce {PHONE}. Na biya wakili {AMOUNT} domin in isa {CITY}.",
        "Ni da {KNOWN} an kama mu a iyaka. Lambar fayil dina ita ce {ID}.",
        "Ranar haihuwa {DOB}, fasfo dina ya kare a {YEAR}. Ku rubuta min a {EMAIL}.",
        "Muna zaune a {ADDRESS} a {CITY}. Kudin haya {AMOUNT} ne, Malam {CUE_NAME} yana son kari.",
        "Asusun banki na shi ne {IBAN}, mai aiki bai biya ni ba. Shafina {HANDLE}.",
        "Da taimakon {ORG} 'yata tana makaranta a {CITY}. Malamarta {KNOWN} mai kirki ce.",
        "Ku kira ɗan'uwana {CUE_NAME} a {PHONE}, yana {CITY} tsawon {DURATION}.",
    ],
    "uk": [
        "Добрий день, мене звати {CUE_NAME}, я з {COUNTRY}. Я приїхав до {CITY} у {YEAR} і чекаю вже {DURATION}.",
        "Мій номер телефону {PHONE}. Я заплатив {AMOUNT} перевізнику, щоб дістатися до {CITY}.",
        "Мене і {KNOWN} затримали на кордоні. Номер моєї справи {ID}.",
        "Я народився {DOB}, мій паспорт закінчився у {YEAR}. Пишіть на {EMAIL}.",
        "Ми живемо за адресою {ADDRESS}, {CITY}. Оренда {AMOUNT}, а пан {CUE_NAME} хоче більше.",
        "Мій рахунок {IBAN}, роботодавець не заплатив. Моя сторінка {HANDLE}.",
        "Завдяки {ORG} моя донька ходить до школи в {CITY}. Її вчителька {KNOWN} дуже добра.",
        "Зателефонуйте моєму братові, його звати {CUE_NAME}, номер {PHONE}, він у {CITY} вже {DURATION}.",
    ],
    "ru": [
        "Здравствуйте, меня зовут {CUE_NAME}, я из {COUNTRY}. Я приехал в {CITY} в {YEAR} и жду уже {DURATION}.",
        "Мой номер телефона {PHONE}. Я заплатил {AMOUNT} проводнику, чтобы добраться до {CITY}.",
        "Меня и {KNOWN} задержали на границе. Номер моего дела {ID}.",
        "Я родился {DOB}, мой паспорт истёк в {YEAR}. Пишите на {EMAIL}.",
        "Мы живём по адресу {ADDRESS}, {CITY}. Аренда {AMOUNT}, а господин {CUE_NAME} хочет больше.",
        "Мой счёт {IBAN}, работодатель не заплатил. Моя страница {HANDLE}.",
        "Благодаря {ORG} моя дочь ходит в школу в {CITY}. Её учительница {KNOWN} очень добрая.",
        "Позвоните моему брату, его зовут {CUE_NAME}, номер {PHONE}, он в {CITY} уже {DURATION}.",
    ],
    "tr": [
        "Merhaba, benim adım {CUE_NAME}, {COUNTRY} ülkesinden geliyorum. {YEAR} yılında {CITY} şehrine geldim ve {DURATION} bekledim.",
        "Telefon numaram {PHONE}. {CITY} şehrine varmak için kaçakçıya {AMOUNT} ödedim.",
        "Ben ve {KNOWN} sınırda yakalandık. Dosya numaram {ID}.",
        "Doğum tarihim {DOB}, pasaportumun süresi {YEAR} yılında doldu. {EMAIL} adresine yazın.",
        "{ADDRESS}, {CITY} adresinde oturuyoruz. Kira {AMOUNT} ve ev sahibi {CUE_NAME} Bey daha fazla istiyor.",
        "IBAN numaram {IBAN}, işveren maaşımı ödemedi. Sayfam {HANDLE}.",
        "{ORG} sayesinde kızım {CITY} şehrinde okula gidiyor. Öğretmeni {KNOWN} çok iyi.",
        "Kardeşim {CUE_NAME} ile {PHONE} numarasından iletişime geçin, {DURATION} süredir {CITY} şehrinde.",
    ],
    "bn": [
        "আসসালামু আলাইকুম, আমার নাম {CUE_NAME}, আমি {COUNTRY} থেকে এসেছি। {YEAR} সালে {CITY} এসেছি এবং {DURATION} অপেক্ষা করছি।",
        "আমার ফোন নম্বর {PHONE}। {CITY} পৌঁছাতে দালালকে {AMOUNT} দিয়েছি।",
        "আমি আর {KNOWN} সীমান্তে আটক হয়েছিলাম। আমার কেস নম্বর {ID}।",
        "আমার জন্ম তারিখ {DOB}, আমার পাসপোর্টের মেয়াদ {YEAR} সালে শেষ হয়েছে। {EMAIL} এ লিখুন।",
        "আমরা {ADDRESS}, {CITY} এ থাকি। ভাড়া {AMOUNT}, আর জনাব {CUE_NAME} আরও চান।",
        "আমার ব্যাংক অ্যাকাউন্ট {IBAN}, মালিক বেতন দেয়নি। আমার পেজ {HANDLE}।",
        "{ORG} এর সাহায্যে আমার মেয়ে {CITY} এ স্কুলে যায়। তার শিক্ষক {KNOWN} খুব ভালো।",
        "আমার ভাই {CUE_NAME} কে {PHONE} নম্বরে ফোন করুন, তিনি {DURATION} ধরে {CITY} এ আছেন।",
    ],
}
STRUCTURED = ("PHONE", "EMAIL", "ID", "IBAN", "CARD", "HANDLE", "DOB", "ADDRESS", "URL")


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.lex = load_lexicon()
        own = json.loads(
            (Path(__file__).resolve().parent.parent / "moderation/data/names_own.json").read_text(
                "utf-8"
            )
        )
        gen = json.loads(
            (Path(__file__).resolve().parent.parent / "moderation/data/names_faker.json").read_text(
                "utf-8"
            )
        )
        self.known: dict[str, list[str]] = {}
        for lang in T:
            given = [
                n
                for n in own["given"].get(lang, []) + gen["given"].get(lang, [])
                if self._usable_known(n)
            ]
            family = [
                n
                for n in own["family"].get(lang, []) + gen["family"].get(lang, [])
                if self._usable_known(n)
            ]
            self.known[lang] = [
                f"{g} {self.rng.choice(family)}" if family and self.rng.random() < 0.5 else g
                for g in self.rng.sample(given, min(40, len(given)))
            ]
        self.unseen: dict[str, list[str]] = {}
        for lang, names in HELD_OUT.items():
            pool = [n for n in names if self._is_unseen(n)]
            for loc in FAKER_UNSEEN.get(lang, ()):
                fk = Faker(loc)
                fk.seed_instance(seed)
                for _ in range(60):
                    cand = f"{fk.first_name()} {fk.last_name()}"
                    if self._is_unseen(cand):
                        pool.append(cand)
            self.unseen[lang] = pool

    def _usable_known(self, name: str) -> bool:
        key = fold(name)
        return (
            " " not in name
            and "(" not in name
            and key not in self.lex.ambiguous
            and len(key) >= 3
            and (key,) not in self.lex.keep
        )

    def _is_unseen(self, name: str) -> bool:
        lex = self.lex
        return all(
            fold(part) not in lex.given
            and fold(part) not in lex.family_strong
            and fold(part) not in lex.family_weak
            and (fold(part),) not in lex.keep
            for part in name.replace("-", " ").split()
        )

    def digits(self, lang: str, text: str) -> str:
        script = DIGIT_SCRIPT.get(lang)
        if script and self.rng.random() < 0.5:
            return text.translate(str.maketrans("0123456789", script))
        return text

    def phone(self, lang: str) -> str:
        region = REGION[lang]
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        if example is None:
            raise ValueError(f"no example mobile number for {region}")
        nsn = str(example.national_number)
        tail = "".join(str(self.rng.randrange(10)) for _ in range(min(6, len(nsn) - 2)))
        number = phonenumbers.parse(f"+{example.country_code}{nsn[: len(nsn) - len(tail)]}{tail}")
        style = self.rng.randrange(6)
        if style == 0:
            out = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        elif style == 1:
            out = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        elif style == 2:
            out = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        elif style == 3:
            out = "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        elif style == 4:
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            out = national.replace(" ", "-")
        else:
            national = "".join(
                c
                for c in phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
                if c.isdigit()
            )
            out = national[:3] + "." + national[3:6] + "." + national[6:]
        return self.digits(lang, out)

    def email(self) -> str:
        login = (
            self.rng.choice(LATIN_LOGINS)
            + self.rng.choice(["", ".", "_"])
            + str(self.rng.randrange(10, 999))
        )
        return f"{login}@{self.rng.choice(['gmail.com', 'yahoo.fr', 'mail.ru', 'outlook.com', 'proton.me'])}"

    def ident(self, lang: str) -> str:
        kind = self.rng.randrange(5)
        r = self.rng
        if kind == 0:
            return f"{r.randrange(100, 999)}-{r.randrange(10, 99)}C{r.randrange(10000, 99999)}"
        if kind == 1:
            return f"{r.choice('PAKNE')}{r.choice(['', 'B', 'K'])}{r.randrange(1000000, 9999999)}"
        if kind == 2:
            return f"A{r.randrange(100000000, 999999999)}"
        if kind == 3 and lang == "tr":
            base = str(r.randrange(100000000, 999999999))
            return base + tckimlik.calc_check_digits(base)
        return self.digits(lang, str(r.randrange(1000000, 99999999)))

    def iban(self) -> str:
        country, length = self.rng.choice(
            [("DE", 18), ("FR", 23), ("TR", 22), ("GB", 18), ("ES", 20), ("IT", 23)]
        )
        bban = "".join(str(self.rng.randrange(10)) for _ in range(length))
        if country == "GB":
            bban = "NWBK" + bban[4:]
        check = std_iban.calc_check_digits(country + "00" + bban)
        compact = country + check + bban
        return (
            compact
            if self.rng.random() < 0.4
            else " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        )

    def card(self) -> str:
        body = "4" + "".join(str(self.rng.randrange(10)) for _ in range(14))
        number = body + luhn.calc_check_digit(body)
        return (
            " ".join(number[i : i + 4] for i in range(0, 16, 4))
            if self.rng.random() < 0.7
            else number
        )

    def handle(self) -> str:
        login = self.rng.choice(LATIN_LOGINS) + str(self.rng.randrange(10, 99))
        return self.rng.choice(
            [
                f"@{login}",
                f"facebook.com/{login}.k",
                f"t.me/{login}",
                f"https://instagram.com/{login}",
            ]
        )

    def dob(self, lang: str) -> str:
        y, m, d = (
            self.rng.randrange(1960, 2006),
            self.rng.randrange(1, 13),
            self.rng.randrange(1, 29),
        )
        style = self.rng.randrange(4)
        if style == 0:
            out = f"{d:02d}/{m:02d}/{y}"
        elif style == 1:
            out = f"{d}.{m:02d}.{y}"
        elif style == 2:
            out = f"{y}-{m:02d}-{d:02d}"
        else:
            month = babel.Locale.parse(lang).months["format"]["wide"][m]
            out = f"{d} {month} {y}"
        return self.digits(lang, out)

    def address(self, lang: str) -> tuple[str, list[str]]:
        template = self.rng.choice(STREETS[lang])
        n = str(self.rng.randrange(3, 250))
        text = template.format(n=n, n2=self.rng.randrange(2, 40))
        return self.digits(lang, text), [self.digits(lang, text)]


def _fill(gen: _Gen, lang: str, template: str, msg_id: str) -> dict[str, Any]:
    rng = gen.rng
    entities: list[dict[str, str]] = []
    keep: list[str] = []
    sender = None
    out = template

    def put(slot: str, value: str) -> None:
        nonlocal out
        out = out.replace("{" + slot + "}", value, 1)

    while "{CUE_NAME}" in out:
        pool = gen.unseen[lang] if rng.random() < 0.5 and gen.unseen[lang] else gen.known[lang]
        name = rng.choice(pool)
        entities.append({"type": "NAME", "value": name})
        put("CUE_NAME", name)
    while "{KNOWN}" in out:
        name = rng.choice(gen.known[lang])
        entities.append({"type": "NAME", "value": name})
        put("KNOWN", name)
    makers: dict[str, Callable[[], str]] = {
        "PHONE": lambda: gen.phone(lang),
        "EMAIL": gen.email,
        "ID": lambda: gen.ident(lang),
        "IBAN": gen.iban,
        "CARD": gen.card,
        "HANDLE": gen.handle,
        "DOB": lambda: gen.dob(lang),
    }
    for slot, make in makers.items():
        while "{" + slot + "}" in out:
            value = make()
            entities.append({"type": slot, "value": value})
            put(slot, value)
    while "{ADDRESS}" in out:
        value, _ = gen.address(lang)
        entities.append({"type": "ADDRESS", "value": value})
        put("ADDRESS", value)
    loc = babel.Locale.parse(lang)
    for slot, make_keep in (
        ("CITY", lambda: rng.choice(CITIES[lang])),
        ("COUNTRY", lambda: loc.territories[rng.choice(COUNTRY_CODES)]),
        ("ORG", lambda: rng.choice(ORGS[lang])),
        ("AMOUNT", lambda: rng.choice(AMOUNTS[lang])),
        ("YEAR", lambda: gen.digits(lang, str(rng.randrange(2012, 2026)))),
        ("DURATION", lambda: DURATIONS[lang].format(k=gen.digits(lang, str(rng.randrange(2, 11))))),
    ):
        while "{" + slot + "}" in out:
            value = make_keep()
            keep.append(value)
            put(slot, value)
    if rng.random() < 0.3:
        # The sender's display name, somewhere in the message or only in the metadata.
        sender = rng.choice(gen.unseen[lang] or gen.known[lang])
        if rng.random() < 0.6:
            out = out + " " + sender.split()[0]
            entities.append({"type": "NAME", "value": sender.split()[0]})
    return {
        "id": msg_id,
        "lang": lang,
        "text": out,
        "sender_name": sender,
        "entities": entities,
        "keep": keep,
    }


def generate(seed: int = SEED, per_lang: int = PER_LANG) -> list[dict[str, Any]]:
    """Build the dev set: ``per_lang`` messages for each of the 17 languages."""
    gen = _Gen(seed)
    rows: list[dict[str, Any]] = []
    for lang, templates in T.items():
        for i in range(per_lang):
            template = templates[i % len(templates)]
            rows.append(_fill(gen, lang, template, f"{lang}-{i:03d}"))
    return rows


def every_template(
    langs: Sequence[str],
    templates: Mapping[str, Sequence[Any]],
    per_template: int,
    fill: Callable[[str, Any, str], dict[str, Any]],
    prefix: str,
) -> list[dict[str, Any]]:
    """Each language's templates in turn, the whole list ``per_template`` times, filled.

    ``fill(lang, template, id)`` makes one message; ids are ``prefix-lang-NNN``.
    """
    rows: list[dict[str, Any]] = []
    for lang in langs:
        n = 0
        for _ in range(per_template):
            for template in templates[lang]:
                rows.append(fill(lang, template, f"{prefix}-{lang}-{n:03d}"))
                n += 1
    return rows


def write_set(rows: list[dict[str, Any]], path: Path) -> None:
    """Write an evaluation set as JSON lines (what ``bench.pipeline_eval`` reads)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages to {path}")


def main() -> None:
    """Write the dev set as JSON lines."""
    write_set(generate(), OUT)


if __name__ == "__main__":
    main()
