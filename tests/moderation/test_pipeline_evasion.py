"""Personal details written the way people evade filters, and what must survive next to them.

Each case asserts the whole output text: the detail is replaced as one span (nothing of
it left before or after the placeholder) and the words around it are untouched. All
people, numbers and addresses are synthetic.
"""

from __future__ import annotations

import pytest

from moderation._text import match_view
from moderation.pipeline import Pipeline
from tests.moderation.pipeline_eval import leaked

# (language, text, expected output)
NAMES = [
    ("ar", "ana esmi walid osman", "ana esmi [NAME]"),
    ("fa", "salam man mohammad soltani hastam", "salam man [NAME] hastam"),
    ("ur", "mera naam bilal qureshi hai", "mera naam [NAME] hai"),
    ("ru", "privet menya zovut evgeny lebedev", "privet menya zovut [NAME]"),
    ("en", "hi my name is kwame mensah from sudan", "hi my name is [NAME] from sudan"),
    ("en", "i am efua mensah, i need help", "i am [NAME], i need help"),
    ("fr", "ma soeur Chancelle Mbemba est malade", "ma soeur [NAME] est malade"),
    ("fr", "slt moi c aminata kabongo", "slt moi c [NAME]"),
    ("fr", "hier Chancelle Diallo est venue", "hier [NAME] est venue"),
    ("es", "me llamo yuleisy villalobos", "me llamo [NAME]"),
    ("tr", "merhaba benim adım serkan yılmaz", "merhaba benim adım [NAME]"),
    ("uk", "привіт, мене звати олена коваленко", "привіт, мене звати [NAME]"),
    ("so", "aniga waxaa la i yiraahdaa cawo gurey", "aniga waxaa la i yiraahdaa [NAME]"),
    ("en", "my kids:\nkwame\nadjoa\nthey need help", "my kids:\n[NAME]\n[NAME]\nthey need help"),
    ("fr", "mes enfants:\nmariama\nmoussa", "mes enfants:\n[NAME]\n[NAME]"),
    ("tr", "kızım\ngülşen\nhasta", "kızım\n[NAME]\nhasta"),
    ("tr", "adım mehmet yılmaz", "adım [NAME]"),
    ("en", "walid and hassan were beaten by police", "[NAME] and [NAME] were beaten by police"),
    ("en", "names: abdi, hawa, yonas", "names: [NAME], [NAME], [NAME]"),
    ("en", "the smuggler abdi took our money", "the smuggler [NAME] took our money"),
    ("en", "this is emeka okonkwo speaking", "this is [NAME] speaking"),
    ("uk", "мене звати богдана, я тут", "мене звати [NAME], я тут"),
    ("sw", "mimi ni juma ochieng kutoka kisumu", "mimi ni [NAME] kutoka kisumu"),
    ("tr", "ben baturalp kaya, yardım lazım", "ben [NAME], yardım lazım"),
    ("ar", "ana esmi walid el masri", "ana esmi [NAME]"),
    (
        "ru",
        "жена\nдилноза\nсын\nшахзод усманов\nостались в самарканде",
        "жена\n[NAME]\nсын\n[NAME]\nостались в самарканде",
    ),
]

ADDRESSES = [
    ("de", "wir wohnen Gierschnerweg 968 seit 2019", "wir wohnen [ADDRESS] seit 2019"),
    ("de", "kantstr. 12 wohnung 3", "[ADDRESS]"),
    ("it", "abito in Piazza Niccolò, 4 Appartamento 94", "abito in [ADDRESS]"),
    ("it", "27 Via Padova, Milano", "[ADDRESS]"),
    ("uk", "живемо: площа Радіо, буд. 1", "живемо: [ADDRESS]"),
    ("ru", "адрес: ул. Ленина д. 5 кв. 12", "адрес: [ADDRESS]"),
    ("es", "vivo en calle de Alcalá 45, 3º izq", "vivo en [ADDRESS]"),
    ("es", "adireshi Calle 8 # 63-10", "adireshi [ADDRESS]"),
    ("fr", "bat C appt 34, 45 rue Pajol", "[ADDRESS]"),
    ("fr", "j'habite 12 rue des lilas avec mes enfants", "j'habite [ADDRESS] avec mes enfants"),
    ("tr", "Atatürk Mah. 1234 Sok. No:5 D:3", "[ADDRESS]"),
    ("fa", "khiaban azadi kooche 4 pelak 76", "[ADDRESS]"),
    ("ar", "شارع الجمهورية بناية 5 الطابق 3", "[ADDRESS]"),
    ("en", "odos acharnon 45 near the square", "[ADDRESS] near the square"),
    ("en", "Πατησίων 112", "[ADDRESS]"),
    ("en", "Flat 3, 27 Elm Grove", "[ADDRESS]"),
    ("en", "we are in zone 4 container 23", "we are in [ADDRESS]"),
    ("en", "block 7 tent 23 since march", "[ADDRESS] since march"),
    ("en", "container 14 has no water", "[ADDRESS] has no water"),
    ("en", "section c caravan 148", "[ADDRESS]"),
    (
        "en",
        "section 4 tent 12, next to section 95 of the act",
        "[ADDRESS], next to section 95 of the act",
    ),
    ("en", "send it to P.O. Box 4521", "send it to [ADDRESS]"),
    ("ar", "العنوان ص.ب 4521", "العنوان [ADDRESS]"),
    ("ru", "пишите: а/я 1234", "пишите: [ADDRESS]"),
    ("fr", "adresse: 14, rue de la Paix, 75002 Paris", "adresse: [ADDRESS]"),
    ("en", "flat 12 in London E1 6AN", "[ADDRESS] in London [ADDRESS]"),
    ("en", "Hagadera block E7", "Hagadera [ADDRESS]"),
    ("en", "we stay at 14 kantstrasse berlin", "we stay at [ADDRESS]"),
    ("es", "mi direccion: av. juarez 120 int 4, col. centro", "mi direccion: [ADDRESS]"),
    ("pt", "moro na rua das laranjeiras 22 ap 301", "moro na [ADDRESS]"),
    ("tr", "adresim: fatih mah. 12. sok no 3 esenyurt", "adresim: [ADDRESS] esenyurt"),
    # Written from the city down to the house, the city heads the address and goes with
    # it, as a city after a street does (round 4); a city alone stays.
    (
        "ar",
        "عنواني: عمان، شارع خالد بن الوليد، عمارة 12",
        "عنواني: [ADDRESS]",
    ),
    # The postcode and city written right after a street go with it; a city alone stays.
    (
        "en",
        "address is flat 3, 27 Tennyson road, Luton LU1 3RS if the letter comes",
        "address is [ADDRESS] if the letter comes",
    ),
    ("tr", "evrakları PK 1041, 34435 Karaköy/İstanbul adresine", "evrakları [ADDRESS] adresine"),
    ("ar", "ساكنين بشارع الحمرا 12 بيروت", "ساكنين [ADDRESS]"),
    ("am", "የምኖረው Karl-Marx-Allee 34 ነው", "የምኖረው [ADDRESS] ነው"),
    ("bn", "আমরা ক্যাম্প ১৫, ব্লক ডি-৭, শেড ২৩ এ আছি", "আমরা [ADDRESS] এ আছি"),
    ("ps", "موږ په کمپ کې یو، بلاک ۹ خیمه ۲۳", "موږ په کمپ کې یو، [ADDRESS]"),
]

DATES_OF_BIRTH = [
    ("en", "born on 18th of november 1972 in Asmara", "born on [DOB] in Asmara"),
    ("en", "dob 3 nov 1990", "dob [DOB]"),
    ("en", "DOB: 12-Mar-1990", "DOB: [DOB]"),
    ("ar", "تاريخ ميلادي 18/10/2003", "تاريخ ميلادي [DOB]"),
    ("ar", "تاريخ ميلادي ١٨/١٠/٢٠٠٣", "تاريخ ميلادي [DOB]"),
    ("fa", "تاریخ تولدم ۱۲ مارس ۱۹۹۰", "تاریخ تولدم [DOB]"),
    ("bn", "জন্ম তারিখ ০৫/০৩/১৯৯৯", "জন্ম তারিখ [DOB]"),
    ("so", "waxaan dhashay 12 oktoobar 1988", "waxaan dhashay [DOB]"),
    ("tr", "doğum tarihim 3 kasım 1991", "doğum tarihim [DOB]"),
    ("fa", "متولد ۱۲ مهر ۱۳۶۸ هستم", "متولد [DOB] هستم"),
    ("am", "የተወለድኩት ግንቦት 12 1990 ነው", "የተወለድኩት [DOB] ነው"),
    ("ha", "an haife ni ranar 9 ga Maris 1998", "an haife ni ranar [DOB]"),
    ("am", "yetewelede 22/07/2001", "yetewelede [DOB]"),
]

PHONES = [
    ("en", "call me 0771 455\n8912 tonight", "call me [PHONE] tonight"),
    ("am", "ስልኩ713 551 740", "ስልኩ[PHONE]"),
    ("en", "0771\u200c4558\u200c912", "[PHONE]"),
    ("en", "num 0771\u200d4558\u0301912 ok", "num [PHONE] ok"),
    ("en", "my number 0771,455,8912", "my number [PHONE]"),
    ("en", "my number 0771_455_8912", "my number [PHONE]"),
    ("en", "my number 0771-.-455-.-8912", "my number [PHONE]"),
    ("ur", "میرا نمبر +92 3001_130_186", "میرا نمبر [PHONE]"),
    ("en", "zero seven seven one four five five eight nine one two", "[PHONE]"),
    ("fr", "zéro sept sept un quatre cinq cinq huit neuf un deux", "[PHONE]"),
    ("ar", "رقمي صفر تسعة ثلاثة اربعة خمسة ستة سبعة ثمانية", "رقمي [PHONE]"),
    ("sw", "namba sifuri saba moja tano tatu nne mbili sita", "namba [PHONE]"),
    ("en", "call ０７７１４５５８９１２", "call [PHONE]"),
    ("en", "call O79l 234 5678 tonight", "call [PHONE] tonight"),
    ("en", "phone zero seven 7 one two 3 four five 6 seven", "phone [PHONE]"),
    ("ur", "نمبر: صفر تین صفر صفر، چار چار ایک سات، آٹھ دو نو", "نمبر: [PHONE]"),
]

ONLINE = [
    ("en", "zewdi.tesfa at mailbox dot org", "[EMAIL]"),
    ("en", "write zewdi.tesfa[at]gmail[dot]com", "write [EMAIL]"),
    ("en", "zewdi.tesfa (at) gmail (dot) com", "[EMAIL]"),
    ("fr", "mon mail zewdi.tesfa arobase gmail point com", "mon mail [EMAIL]"),
    ("en", "ZEWDI AT GMAIL DOT COM", "[EMAIL]"),
    ("en", "write to zewdi.t at gmail", "write to [EMAIL]"),
    ("en", "mail me at amina dot k at yahoo dot com", "mail me at [EMAIL]"),
    ("en", "iban de89 3704 0044 0532 0130 00", "iban [IBAN]"),
    ("en", "iban de89370400440532013000", "iban [IBAN]"),
    ("en", "insta zewdi_tesfa91", "insta [HANDLE]"),
    ("en", "my telegram is zewdi.t77", "my telegram is [HANDLE]"),
    ("en", "facebook . com / zewdi.tesfa77", "[HANDLE]"),
    ("en", "fb com/blessing.x74 or insta", "[HANDLE] or insta"),
    ("en", "h t t p s://vk.com/zewdi77", "[HANDLE]"),
    ("en", "passport no p12345678 was kept", "passport no [ID] was kept"),
    ("en", "viber 0771234567", "viber [PHONE]"),
    ("es", "correo: dayana.rojas93 [arroba] hotmail (punto) com", "correo: [EMAIL]"),
    ("ru", "почта abror.t (собака) yandex (точка) ru", "почта [EMAIL]"),
    ("en", "insta is kofi_amankwah_22 you can see", "insta is [HANDLE] you can see"),
    ("so", "instagram ka i raadi: muna.somali22", "instagram ka i raadi: [HANDLE]"),
]

KEEP = [
    ("en", "Migrant Help and the Red Cross helped"),
    ("pt", "a Lei 13.445/2017 garante direitos"),
    ("en", "Law 4939/2022 and article 31 say so, see art. 33"),
    ("fr", "la loi n° 2018-778 dit que on a le droit"),
    ("es", "estoy en San José hace 2 semanas"),
    ("en", "my brother on Tuesday went to IOM"),
    ("en", "UNHCR in Athens said objective 13 matters; we paid €450 in 2019 for 3 months"),
    ("en", "we waited from 2015, 2016 and 2017 for the papers"),
    ("en", "the office is open 09:30 - 12:45 on monday"),
    ("en", "insta is down again"),
    ("en", "we went at night to the camp"),
    ("en", "15 000 000 people moved and 2,500,000 stayed"),
    ("en", "we paid 1.500.000 rials"),
    ("en", "i am waiting since 3 months in calais with my brother"),
    ("es", "mi hija estudia en Madrid"),
    ("uk", "Я заплатив 300 доларів перевізнику"),
    ("en", "Can you help? The camp in Lesbos is full"),
    ("en", "we got 1 box 20 kg of rice"),
    ("en", "my brother studies medicine in Cairo"),
    ("en", "they took our names and phones"),
    ("en", "we went with the tanner to the market"),
    ("en", "the caseworker said 500 euros for the lawyer is normal"),
    ("ar", "الحارس ضربني قدام الكل"),
    ("en", "we were in Kara Tepe, the camp, for 2 years"),
    ("tr", "merhaba 2 yıldır izmirde yaşıyorum"),
    ("en", "we moved to Luton in 2024"),
    ("en", "wife\nthe camp is cold"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMES)
def test_names_after_cues_in_any_case(
    pipeline: Pipeline, lang: str, text: str, expected: str
) -> None:
    assert pipeline.process(text, lang_hint=lang).text == expected


@pytest.mark.parametrize(("lang", "text", "expected"), ADDRESSES)
def test_addresses_are_one_span(pipeline: Pipeline, lang: str, text: str, expected: str) -> None:
    result = pipeline.process(text, lang_hint=lang)
    assert result.text == expected
    assert result.entities == {"ADDRESS": expected.count("[ADDRESS]")}


@pytest.mark.parametrize(("lang", "text", "expected"), DATES_OF_BIRTH)
def test_dates_of_birth_with_month_names_and_any_digits(
    pipeline: Pipeline, lang: str, text: str, expected: str
) -> None:
    assert pipeline.process(text, lang_hint=lang).text == expected


@pytest.mark.parametrize(("lang", "text", "expected"), PHONES)
def test_phones_split_glued_disguised_or_spelled_out(
    pipeline: Pipeline, lang: str, text: str, expected: str
) -> None:
    result = pipeline.process(text, lang_hint=lang)
    assert result.text == expected
    assert result.entities == {"PHONE": 1}


@pytest.mark.parametrize(("lang", "text", "expected"), ONLINE)
def test_obfuscated_emails_ibans_handles_and_urls(
    pipeline: Pipeline, lang: str, text: str, expected: str
) -> None:
    assert pipeline.process(text, lang_hint=lang).text == expected


@pytest.mark.parametrize(("lang", "text"), KEEP)
def test_keep_items_next_to_the_new_detectors_survive(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    result = pipeline.process(text, lang_hint=lang)
    assert result.text == text
    assert result.entities == {}


def test_an_id_ends_where_the_number_ends(pipeline: Pipeline) -> None:
    result = pipeline.process("passeport n° 7522145775 expire le 15 mars", lang_hint="fr")
    assert result.text == "passeport n° [ID] expire le 15 mars"
    result = pipeline.process("pasaporte x1234567 retenido en Turquía", lang_hint="es")
    assert result.text == "pasaporte [ID] retenido en Turquía"


def test_a_sender_name_with_homoglyphs_is_still_the_sender(pipeline: Pipeline) -> None:
    # The display name mixes Cyrillic е, і, а into Latin letters.
    result = pipeline.process("thanks, zewdi tesfa", sender_name="Zеwdі Tеsfа")
    assert result.text == "thanks, [NAME]"


def test_a_homoglyph_name_in_the_text_is_masked_whole(pipeline: Pipeline) -> None:
    result = pipeline.process("my name is Wаlid Оsmаn", lang_hint="en")
    assert result.text == "my name is [NAME]"


def test_invisible_characters_inside_a_span_go_with_it(pipeline: Pipeline) -> None:
    # The zero-width joiners sit inside and right after the phone: they go with it.
    result = pipeline.process("tel 0771\u200d455\u200d8912\u200d end", lang_hint="en")
    assert result.text == "tel [PHONE] end"


def test_match_view_maps_spans_back_to_the_original() -> None:
    text = "a 0\u200b7\u0305 b Wаlid ٣"
    view = match_view(text)
    assert view.text == "a 07 b Walid 3"
    start = view.text.index("07")
    assert view.span(start, start + 2) == (2, 6)
    assert view.span(0, 1) == (0, 1)
    walid = view.text.index("Walid")
    assert text[slice(*view.span(walid, walid + 5))] == "Wаlid"


def test_match_view_of_plain_text_is_the_text() -> None:
    view = match_view("plain ascii 123")
    assert view.text == "plain ascii 123"
    assert view.span(6, 11) == (6, 11)


def test_cyrillic_words_are_not_folded_to_latin() -> None:
    # Only words that mix scripts are folded: "Олена" is Ukrainian, not a disguise.
    assert match_view("Олена Коваленко").text == "Олена Коваленко"


@pytest.mark.parametrize(
    ("entity", "output", "leaks"),
    [
        ({"type": "PHONE", "value": "0771 4558 912"}, "call 0771\u200c4558 now", True),
        ({"type": "PHONE", "value": "0771 4558 912"}, "call [PHONE] now", False),
        ({"type": "EMAIL", "value": "zewdi.t at mailbox dot org"}, "zewdi.t at [EMAIL]", True),
        ({"type": "ADDRESS", "value": "zone 4 container 23"}, "in container 23", True),
        ({"type": "ADDRESS", "value": "27 Via Padova"}, "[ADDRESS] Padova", True),
        ({"type": "ADDRESS", "value": "27 Via Padova"}, "[ADDRESS], Milano", False),
        ({"type": "DOB", "value": "18th of november 1972"}, "born 18th [DOB]", False),
        ({"type": "DOB", "value": "18th of november 1972"}, "born november 1972", True),
        ({"type": "NAME", "value": "walid osman"}, "ana esmi Wаlid", True),
        ({"type": "PHONE", "value": "zero seven seven one four"}, "seven seven one", True),
    ],
)
def test_the_evaluation_counts_what_survives(
    entity: dict[str, str], output: str, leaks: bool
) -> None:
    assert leaked(entity, output) is leaks
