"""Language identification: close pairs, short texts and the chosen-language hint."""

from __future__ import annotations

import pytest

from moderation.pipeline import Pipeline
from moderation.stages.base import Work
from moderation.stages.language import LanguageIdentifier

DETECT_CASES = [
    ("am", "በጣም ጥሩ ነው፣ ነገር ግን ስራ የለኝም እና ቤት ኪራይ ውድ ነው"),
    ("am", "ወደ ሳውዲ አረቢያ ሄጄ ደመወዜን አልከፈሉኝም"),
    ("ti", "ደሓን እየ የቐንየለይ፣ ግን ስራሕ የብለይን"),
    ("ti", "ኣብ ሊብያ ን6 ኣዋርሕ ተኣሲረ ነይረ፣ ዝሕግዘና ሰብ ኣይነበረን"),
    ("fa", "من در ایران کار می‌کردم و کارفرما پولم را نداد"),
    ("fa", "ما از افغانستان آمدیم و الان در ترکیه زندگی می‌کنیم"),
    ("ps", "زه په کابل کې اوسیږم او کار نه لرم"),
    ("ps", "زموږ کورنۍ پاکستان ته لاړه او هلته ستونزې لري"),
    ("ur", "میں کراچی میں رہتا ہوں اور میرے پاس کام نہیں ہے"),
    ("ur", "ایجنٹ نے میرا پاسپورٹ لے لیا اور تنخواہ نہیں دی"),
    ("ar", "أنا أعيش في لبنان منذ خمس سنوات ولا أستطيع العمل"),
    ("ar", "احتجزوني على الحدود ولم يسمحوا لي بالاتصال بأحد"),
    ("so", "Waxaan ku noolahay Muqdisho, shaqo ma haysto"),
    ("sw", "Nina shida kubwa hapa, sina kazi na kodi ni ghali"),
    ("ha", "Ina zaune a Kano, ba ni da aiki kuma yara na suna jin yunwa"),
    ("uk", "Мене звати Олег, я живу у Львові вже два роки"),
    ("ru", "Меня зовут Олег, я живу в Москве уже два года"),
    ("tr", "İstanbul'da yaşıyorum ve çalışma iznim yok"),
    ("bn", "আমি মালয়েশিয়াতে কাজ করি কিন্তু বেতন পাই না"),
    ("en", "I was detained for three months and nobody explained why"),
    ("fr", "J'attends ma carte de séjour depuis huit mois"),
    ("es", "Llevo ocho meses esperando mi permiso de trabajo"),
    ("pt", "Estou esperando meu documento há oito meses"),
]


@pytest.mark.parametrize(("expected", "text"), DETECT_CASES)
def test_detects_without_hint(pipeline: Pipeline, expected: str, text: str) -> None:
    result = pipeline.process(text)
    assert result.lang == expected
    assert 0.0 < result.lang_confidence <= 1.0


@pytest.mark.parametrize(("expected", "text"), DETECT_CASES)
def test_a_wrong_hint_loses_to_a_confident_detection(
    pipeline: Pipeline, expected: str, text: str
) -> None:
    hint = "en" if expected != "en" else "fr"
    assert pipeline.process(text, lang_hint=hint).lang == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("ok", "fr", "fr"),
        ("Merci", "fr", "fr"),
        ("سلام", "fa", "fa"),
        ("سلام", "ps", "ps"),
        ("👍", "ti", "ti"),
        ("12345", "so", "so"),
        ("👍", None, "und"),
        ("", None, "und"),
        ("ሰላም", "ti", "ti"),
        ("ሰላም", "am", "am"),
        ("ok", "tir", "ti"),
        ("ok", "pt-BR", "pt"),
    ],
)
def test_short_texts_follow_the_hint(
    pipeline: Pipeline, text: str, hint: str | None, expected: str
) -> None:
    assert pipeline.process(text, lang_hint=hint).lang == expected


def test_hint_only_language_has_middling_confidence(pipeline: Pipeline) -> None:
    result = pipeline.process("👍👍", lang_hint="sw")
    assert result.lang == "sw"
    assert result.lang_confidence == 0.5


def test_placeholders_do_not_change_the_language(pipeline: Pipeline) -> None:
    text = "Jina langu ni Wema Sepeku, namba yangu ni +254 712 123456, barua pepe wema77@proton.me"
    assert pipeline.process(text).lang == "sw"


def test_short_hausa_without_cld2_support(pipeline: Pipeline) -> None:
    assert pipeline.process("Dan sanda mai suna Haruna ya yi mana ihu a Kano").lang == "ha"


def test_unsupported_guess_yields_to_the_hint(pipeline: Pipeline) -> None:
    assert pipeline.process("Dan sanda ya yi mana ihu", lang_hint="ha").lang == "ha"


def test_default_pipeline_builds_without_arguments() -> None:
    from moderation.pipeline import default_pipeline

    first, second = default_pipeline(), default_pipeline()
    assert first is not second
    assert first.process("Hello, my name is Ana").text == "Hello, my name is [NAME]"


def _no_model() -> object:
    pytest.fail("the large model was loaded for a text that came with a hint")


@pytest.mark.parametrize(("expected", "text"), DETECT_CASES)
def test_texts_with_a_hint_never_load_the_large_model(expected: str, text: str) -> None:
    identify = LanguageIdentifier(_no_model)
    hint = "en" if expected != "en" else "fr"
    for given in (expected, hint):
        item = identify(Work(text=text, lang_hint=given))
        assert item.lang == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ich wohne seit drei Jahren in Berlin und habe keine Arbeit",
        "Mieszkam w Warszawie od trzech lat i nie mam pracy",
        "我在这里住了三年，没有工作",
    ],
)
def test_languages_we_do_not_serve_are_unknown(pipeline: Pipeline, text: str) -> None:
    assert pipeline.process(text).lang == "und"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("mera naam nahi bataunga, mujhe kaam nahi mila", "ur"),
        ("ana mesh 3aref a3mel eh, el shoghl mafeesh", "ar"),
        # CLD2 is sure these are English; no English grammar word bears it out.
        ("meri biwi aur beta abhi gujranwala mein hain, passport nahi mila", "ur"),
        ("amar naam bolbo na, kaj nei, taka pai na", "bn"),
    ],
)
def test_romanised_text_follows_the_hint(pipeline: Pipeline, text: str, hint: str) -> None:
    # Roman Urdu and Arabizi: no detector knows them, and the person told us their language.
    assert pipeline.process(text, lang_hint=hint).lang == hint


def test_grammar_words_outvote_a_short_misread_against_the_hint(pipeline: Pipeline) -> None:
    # CLD2 reads this Spanish sentence as English; its grammar words say Spanish.
    text = "Ana y yo fuimos detenidos en la frontera. Mi número de expediente es 507"
    assert pipeline.process(text, lang_hint="en").lang == "es"
    assert pipeline.process(text, lang_hint="es").lang == "es"


def test_english_under_a_non_latin_hint_is_english(pipeline: Pipeline) -> None:
    # People pick the language they read, then write in another: the grammar words and
    # a sure detection together overrule the choice.
    text = "The office kept my papers for months and nobody answered my calls"
    assert pipeline.process(text, lang_hint="ur").lang == "en"
    assert pipeline.process(text, lang_hint="am").lang == "en"


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        ("ur", "salam main imran hoon, mujhe madad chahiye abhi"),
        ("bn", "ami ekhon rome e achi, amar sahajjo dorkar"),
        ("ru", "privet menya zovut dmitry, nuzhna pomoshch"),
        ("fa", "salam man hastam, lotfan komak konid kheili mamnoon"),
    ],
)
def test_romanised_chat_without_a_hint(pipeline: Pipeline, expected: str, text: str) -> None:
    assert pipeline.process(text).lang == expected


def test_an_unsure_script_guess_is_still_a_served_language(pipeline: Pipeline) -> None:
    # Cyrillic that heliport does not place among our languages is still Russian or
    # Ukrainian by its letters, never "und".
    assert pipeline.process("ага, ок, дякую").lang in ("uk", "ru")
