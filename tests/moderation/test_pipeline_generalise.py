"""Names, addresses and handles in shapes no single list can hold, and what must survive.

Signatures on a line of their own, given names alone after a relative, romanised relatives,
names before a speech verb, camp and room numbers, Colombian plates, handles written as
plain words after the network's name; each case asserts the whole output text, so a span
that swallows the next word fails. All people, numbers and addresses are synthetic.
"""

from __future__ import annotations

import pytest

from moderation.pipeline import Pipeline

# (language, text, expected output)
NAMES = [
    ("en", "thanks for answering so fast\nOkechi", "thanks for answering so fast\n[NAME]"),
    ("en", "my nephew zuberi is sick since monday", "my nephew [NAME] is sick since monday"),
    ("en", "hey its adaeze nwankwo again", "hey its [NAME] again"),
    ("pt", "aqui é cleidiane sampaio de novo", "aqui é [NAME] de novo"),
    ("ur", "mere bhai shahzaib ko police ne pakra", "mere bhai [NAME] ko police ne pakra"),
    ("ru", "moy brat ravshan v Kazani", "moy brat [NAME] v Kazani"),
    ("uk", "mij brat ostapko u Lvovi", "mij brat [NAME] u Lvovi"),
    ("pt", "ontem rosimeire falou com o advogado", "ontem [NAME] falou com o advogado"),
    ("fr", "le policier Anicet Mabiala a pris mon sac", "le policier [NAME] a pris mon sac"),
    ("ar", "مرحبا انا تيماء الحلواني من حمص", "مرحبا انا [NAME] من حمص"),
]

# Right after a relative or on a last line, everyday words stay.
KEEP = [
    ("en", "my brother is still in Calais since Tuesday"),
    ("en", "we waited six hours at the office\nThanks"),
    ("es", "mi hija estudia en Madrid desde 2023"),
    ("fr", "merci pour tout\nBonne journée"),
    ("en", "UNHCR min 2022 did not call back"),
    ("en", "please answer\nurgent"),
    ("fa", "لطفا کمک کنید\nمتشکرم"),
    ("ur", "ہم پھنس گئے ہیں\nاللہ حافظ"),
    ("es", "mi hija desapareció en Libia"),
    ("tr", "kardeşim kayboldu"),
]

ADDRESSES = [
    ("es", "vivo en carrera 12 17 - 80 desde enero", "vivo en [ADDRESS] desde enero"),
    ("es", "avenida Las Acacias 448 piso 3", "[ADDRESS]"),
    ("sw", "tuko block 4 chumba 212 sasa", "tuko [ADDRESS] sasa"),
    ("ru", "ulitsa Lesnaya dom 5 kv 12", "[ADDRESS]"),
    ("ps", "زما پته ناحیه 5 کوڅه 3 کور 17 ده", "زما پته [ADDRESS] ده"),
]

HANDLES = [
    ("es", "mi insta es marbelisgua", "mi insta es [HANDLE]"),
    ("es", "mi insta es privado", "mi insta es privado"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMES)
def test_names_without_the_usual_cue(
    pipeline: Pipeline, lang: str, text: str, expected: str
) -> None:
    assert pipeline.process(text, lang_hint=lang).text == expected


@pytest.mark.parametrize(("lang", "text"), KEEP)
def test_everyday_words_after_relatives_and_on_last_lines_stay(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    result = pipeline.process(text, lang_hint=lang)
    assert result.text == text
    assert result.entities == {}


@pytest.mark.parametrize(("lang", "text", "expected"), ADDRESSES)
def test_room_sector_and_plate_addresses_are_one_span(
    pipeline: Pipeline, lang: str, text: str, expected: str
) -> None:
    result = pipeline.process(text, lang_hint=lang)
    assert result.text == expected
    assert result.entities == {"ADDRESS": 1}


@pytest.mark.parametrize(("lang", "text", "expected"), HANDLES)
def test_a_plain_word_after_a_network_is_a_handle_unless_everyday(
    pipeline: Pipeline, lang: str, text: str, expected: str
) -> None:
    assert pipeline.process(text, lang_hint=lang).text == expected


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        ("ru", "privet moy nomer ne rabotaet, zvonite v sredu"),
        ("uk", "pryvit, mij brat vzhe tyzhden u Varshavi"),
        ("fa", "salam baradaram dar Tabriz mande, lotfan komak"),
        ("am", "selam sime biruk new, silke yelegnim"),
    ],
)
def test_short_romanised_text_without_a_hint(pipeline: Pipeline, expected: str, text: str) -> None:
    assert pipeline.process(text).lang == expected
