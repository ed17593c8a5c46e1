"""Classes of chat-style details found leaking in the fourth tuning round (issue 16).

One synthetic example per class, written for this file (no text copied from an evaluation
set): birth cues with suffixes or in romanised spelling, IBANs with dashes, phones glued
to a contact word or split by a blank line, floors and postcodes after an address, named
buildings, districts named after a family. Each case asserts the whole output text, so a
span that stops short or swallows the next word fails. All details are invented.
"""

from __future__ import annotations

import pytest

from moderation.pipeline import Pipeline

# (language, text, expected output)
STRUCTURED = [
    # A birth cue with a possessive or case suffix, or its romanised spelling.
    ("tr", "dogumum 14 eki 1993 idi", "dogumum [DOB] idi"),
    ("tr", "doğumum 1988-04-30", "doğumum [DOB]"),
    ("fa", "motavalede ۱۴-۳-۱۹۸۹ hastam", "motavalede [DOB] hastam"),
    ("ar", "tarikh milad 7-9-1991 w ana fi beirut", "tarikh milad [DOB] w ana fi beirut"),
    ("pt", "dn: 1979-03-08 obrigado", "dn: [DOB] obrigado"),
    ("ti", "ልደተይ 03/11/1986 እዩ", "ልደተይ [DOB] እዩ"),
    # Regional month names (Levantine CLDR forms and their romanised spelling).
    ("ar", "مواليد 14 نيسان 1988 من درعا", "مواليد [DOB] من درعا"),
    ("ar", "mawaleed 2 tishreen 1979 w sakin hon", "mawaleed [DOB] w sakin hon"),
    # IBANs with dashes or dots between the groups, any case.
    ("en", "acct DE44-5001-0517-5407-3249-31 thx", "acct [IBAN] thx"),
    ("fr", "rib fr76.3000.6000.0112.3456.7890.189", "rib [IBAN]"),
    # E-mails with the language's word for "@" (Turkish "et", Swahili "kwa", Ukrainian
    # "равлик") and for the dot; "barua pepe" is Swahili for e-mail, no name.
    ("tr", "mailim deniz.aksoy44 et hotmail nokta com", "mailim [EMAIL]"),
    ("sw", "barua pepe halima.juma kwa gmail dot com", "barua pepe [EMAIL]"),
    ("uk", "пошта taras.b равлик ukr крапка net", "пошта [EMAIL]"),
    # A phone glued to the contact word before it, in digits or spelled out.
    ("pt", "tel0912 44 6631 depois das 5", "tel[PHONE] depois das 5"),
    ("en", "whatsapp+33612345678 anytime", "whatsapp[PHONE] anytime"),
    ("ur", "whatsappsifar char do aath panch 77 12 9", "whatsapp[PHONE]"),
    # Spelled digits in their chat spellings (Somali "labo", Hausa "ɗaya").
    ("so", "lambarkayga eber kow labo sagaal shan lix toddoba", "lambarkayga [PHONE]"),
    ("ha", "lambata sifiri ɗaya uku bakwai biyu ɗaya tara", "lambata [PHONE]"),
    # A year-first date after a birth cue (Ethiopian era marker).
    ("am", "የተወለድኩት 1982 ዓ.ም. ጥቅምት 9 ነው", "የተወለድኩት [DOB] ነው"),
    # A phone broken by a dash and a line break.
    ("en", "call 0749 33-\n812 604 ok", "call [PHONE] ok"),
    # A phone split by a blank line.
    ("en", "my number 0745 21\n\n98 330 call", "my number [PHONE] call"),
    # A floor after a Greek address, a Portuguese "n.º" and side.
    ("tr", "evim Αχαρνών 41, 3ος όροφος. teşekkürler", "evim [ADDRESS]. teşekkürler"),
    ("pt", "moro na rua das flores n.º 12, 1.º dto obrigado", "moro na [ADDRESS] obrigado"),
    # A lower-case UK postcode after the street.
    ("en", "send to 14 mill lane, le3 9qt thanks", "send to [ADDRESS] thanks"),
    # A named building before a flat.
    ("en", "we live in bramley house flat 12 now", "we live in [ADDRESS] now"),
    # A district named after a family chain of "son of".
    ("ar", "ساكن حي آل سعيد بن علي عمارة 40 شكرا", "ساكن [ADDRESS] شكرا"),
]

ADDRESSES = [
    # From the city down to the house (Persian, Pashto, Amharic order): the city goes too.
    ("fa", "آدرس: مشهد، خیابان امام رضا، کوچه ۱۲، پلاک ۷", "آدرس: [ADDRESS]"),
    ("am", "አድራሻ: አዲስ አበባ፣ ቦሌ ክፍለ ከተማ፣ ወረዳ 05፣ የቤት ቁጥር 221", "አድራሻ: [ADDRESS]"),
    # ... but a camp's name before its blocks stays.
    (
        "en",
        "we are in Dadaab, block 3 tent 71 since june",
        "we are in Dadaab, [ADDRESS] since june",
    ),
    # A street named after a date.
    ("es", "vivimos en calle 5 de mayo 231, col. juárez", "vivimos en [ADDRESS]"),
    # A Portuguese postcode after the street and city is part of it, and no phone.
    ("pt", "moro na rua do ouro 18, 1º dto, 4050-120 Porto", "moro na [ADDRESS]"),
    # A P.O. box with its office number, and the city after it.
    ("es", "apartado postal 2231-1000 San José por favor", "[ADDRESS] por favor"),
    # A word and a number after a camp address are no area ("من 5": "for 5 months").
    ("ar", "احنا في block 4 tent 2 من 5 شهور", "احنا في [ADDRESS] من 5 شهور"),
    # A Spanish floor-door and postcode after the number.
    ("en", "Carrer de Mallorca 210, 3-2, 08008 Barcelona ok", "[ADDRESS] ok"),
    # An area with its number and the city after a Bengali address.
    ("bn", "ঠিকানা: বাড়ি ৭, রোড ২, ব্লক বি, উত্তরা ৬, ঢাকা ১২৩০", "ঠিকানা: [ADDRESS]"),
]

NAMES = [
    # Who told, right after "yesterday", with subject markers before the verb.
    ("en", "yesterday goodluck told me to wait", "yesterday [NAME] told me to wait"),
    (
        "so",
        "shalay hodan wuxuu ii sheegay in xafiiska xiran yahay",
        "shalay [NAME] wuxuu ii sheegay in xafiiska xiran yahay",
    ),
    # A known given name after a relative, though frequent enough to be in the everyday list.
    ("pt", "minha irmã beatriz está doente", "minha irmã [NAME] está doente"),
    # A relative written without "my".
    ("ru", "брат дмитрий ещё в лагере", "брат [NAME] ещё в лагере"),
    # A naming verb after a relative, in lower case.
    ("fr", "mon fils s'appelle ibrahima", "mon fils s'appelle [NAME]"),
    # "this is X speaking" in chat Spanish.
    ("es", "buenas, te habla marisol quintero", "buenas, te habla [NAME]"),
    # A romanised Bengali relative.
    ("bn", "amar bou rokeya, o asustho", "amar bou [NAME], o asustho"),
    # A signature after a line of thanks, also when the name is a word of the language.
    ("tr", "ilginiz için teşekkürler\nUmut", "ilginiz için teşekkürler\n[NAME]"),
    ("ar", "شكرا جزيلا\nهدى", "شكرا جزيلا\n[NAME]"),
    # A one-word signature in a script without case after thanks, though also a word.
    ("fa", "خیلی ممنون\nستاره", "خیلی ممنون\n[NAME]"),
    # After "I am", a word before a known family name is the given name.
    ("tr", "ben umut yılmaz, yardım lazım", "ben [NAME], yardım lazım"),
    # Bengali vowel signs and two Ethiopic syllables make a name word.
    ("bn", "ধন্যবাদ\nশাহানা", "ধন্যবাদ\n[NAME]"),
    ("ti", "የቐንየለይ\nሳባ", "የቐንየለይ\n[NAME]"),
]

# What must stay next to the new detectors.
KEEP = [
    ("en", "the agent said come on 12/03/2025 to the office"),
    ("ur", "whatsapp pe baat karo\nدو ہفتے se yahan hain"),
    ("en", "we live in the house near the station"),
    ("tr", "doğum hastanesi 2019 yılında kapandı"),
    ("en", "telegram channel has 2500 members"),
    ("en", "my brother will come on monday"),
    ("pt", "meu irmão casa amanhã"),
    ("en", "thanks\nGod bless"),
    ("es", "habla español y francés"),
    ("en", "yesterday police told me to leave"),
    ("fa", "ممنون\nفوری"),
    ("tr", "ben çok yorgunum"),
    ("sw", "asante kwa msaada wako"),
    ("fr", "paul et marie sont là"),
    ("en", "we came from San José to Tapachula in 2 weeks"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STRUCTURED)
def test_structured_details_of_chat(
    pipeline: Pipeline, lang: str, text: str, expected: str
) -> None:
    assert pipeline.process(text, lang_hint=lang).text == expected


@pytest.mark.parametrize(("lang", "text"), KEEP)
def test_keep_items_next_to_round4_detectors(pipeline: Pipeline, lang: str, text: str) -> None:
    result = pipeline.process(text, lang_hint=lang)
    assert result.text == text


@pytest.mark.parametrize(("lang", "text", "expected"), NAMES)
def test_names_of_chat(pipeline: Pipeline, lang: str, text: str, expected: str) -> None:
    assert pipeline.process(text, lang_hint=lang).text == expected


# Language without a hint: short romanised chat, a Persian letter, words of both Urdu and
# Bengali, Latin words in a text of another script.
LANGUAGES = [
    ("fa", "khaharam mina"),
    ("ur", "meri number 0345 556 7812"),
    ("ur", "place of birth karachi .. bhai wapas gaya"),
    ("bn", "Khulna theke eshechi"),
    ("fa", "پیامک ۰۹۱۲"),
    ("fa", "baradaram zang bezan tent 12 کمپ"),
    ("sw", "kitambulisho changu kimepotea"),
    ("uk", "пошта не працює"),
    ("ur", "mujhe paise bhejo please"),
    ("tr", "numaram değişti arayın"),
]


@pytest.mark.parametrize(("expected", "text"), LANGUAGES)
def test_language_of_short_chat_without_hint(pipeline: Pipeline, expected: str, text: str) -> None:
    assert pipeline.process(text).lang == expected


@pytest.mark.parametrize(("lang", "text", "expected"), ADDRESSES)
def test_addresses_of_many_countries(
    pipeline: Pipeline, lang: str, text: str, expected: str
) -> None:
    assert pipeline.process(text, lang_hint=lang).text == expected
