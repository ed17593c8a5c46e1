"""Name evidence added in the sixth tuning round (issue 16): methods, not cues.

- a capitalised word inside a sentence that is no everyday word, place (GeoNames towns
  included) or organisation is a name, known or not;
- a Latin word with Cyrillic look-alike letters inside is a disguised name;
- the last word after thanks, a blessing or a vocative is whom the message addresses;
- the items of a numbered or bulleted list are names when one of them is.

One synthetic example per class, written for this file; all names are invented. Each case
asserts the whole output text, and the places and organisations next to them must stay.
"""

from __future__ import annotations

import pytest

from moderation.pipeline import Pipeline

NAMES = [
    # A capital inside a sentence: an unknown surname or given name.
    ("en", "the landlord Qembrolu wants 600 pounds", "the landlord [NAME] wants 600 pounds"),
    ("pt", "a casa azul, chama a Zelindra na porta", "a casa azul, chama a [NAME] na porta"),
    (
        "fr",
        "le proprio m. Quembé veut nous mettre dehors",
        "le proprio m. [NAME] veut nous mettre dehors",
    ),
    ("ru", "хозяин Квембролу требует деньги", "хозяин [NAME] требует деньги"),
    # A disguised name: Cyrillic а and е inside a Latin word, lower case or not.
    ("en", "msg from Zеlindа the interpreter", "msg from [NAME] the interpreter"),
    ("en", "ask for zеlindа at the desk", "ask for [NAME] at the desk"),
    # Whom the message thanks or blesses, at its end.
    ("es", "que dios te bendiga zelindro", "que dios te bendiga [NAME]"),
    ("fr", "merci beaucoup zelindra", "merci beaucoup [NAME]"),
    ("sw", "mungu akubariki zelindo", "mungu akubariki [NAME]"),
    ("ru", "почта zq@example.org спасибо гульзира", "почта [EMAIL] спасибо [NAME]"),
    ("tr", "whatsapp 0532 000 00 00 sağ ol zeyrek", "whatsapp [PHONE] sağ ol [NAME]"),
    # A payee right before an IBAN: the IBAN's letters are no part of the name.
    (
        "sw",
        "tuma pesa kwa kaka yangu Zelindo Qembrotich GB82WEST12345698765432 shilingi 500",
        "tuma pesa kwa kaka yangu [NAME] [IBAN] shilingi 500",
    ),
    # Whom people call by a name: "they call him X", "X dayı diyorlar".
    ("pt", "o atravessador chamam de zelindo baixinho", "o atravessador chamam de [NAME]"),
    ("so", "waxaa la yiraa zelindo, lambarka", "waxaa la yiraa [NAME], lambarka"),
    # A list: one item is a known name, so the others are names too.
    (
        "en",
        "list for tomorrow:\n1. Ahmed Zelindro\n2. Qembra Tolu +2 kids\n3. zelindo",
        "list for tomorrow:\n1. [NAME]\n2. [NAME] +2 kids\n3. [NAME]",
    ),
]

# A camp's name goes with its zone and tent, five-digit tent numbers included.
ADDRESSES = [
    ("fr", "on est à Qembra camp zone 4 tent 12, merci", "on est à [ADDRESS], merci"),
    ("ur", "ہم Qembra camp zone 5 tent 11816 میں ہیں", "ہم [ADDRESS] میں ہیں"),
    # ... and a shelter's name with its bed or room.
    ("es", "en el albergue Refugio San Quembo cama 15 nos dan", "en el [ADDRESS] nos dan"),
    # Streets named without a house number; the city after them stays.
    ("en", "we sleep on Qembrow Street near the park", "we sleep on [ADDRESS] near the park"),
    ("fr", "on habite boulevard Quembé à Paris", "on habite [ADDRESS] à Paris"),
    ("es", "vivimos en calle Qembradores en Madrid", "vivimos en [ADDRESS] en Madrid"),
    ("ar", "نحن في شارع القمبري قرب الجامع", "نحن في [ADDRESS] قرب الجامع"),
    ("ru", "мы живем на ул. Квембринская", "мы живем на [ADDRESS]"),
    ("de", "wohne in der Qembrastraße seit Mai", "wohne in der [ADDRESS] seit Mai"),
    ("tr", "biz Qembra Sok. oturuyoruz", "biz [ADDRESS]. oturuyoruz"),
]

# Places before or after their place words, towns GeoNames knows, organisations, and
# lists of things stay as written.
KEEP = [
    ("en", "we were moved to Alcobendas last week"),
    ("en", "the bus stops near Birmingham, ask the driver"),
    ("es", "la oficina de extranjería en Alcobendas cierra el viernes"),
    ("pt", "fomos levados para Roraima e depois Manaus"),
    ("tr", "otobüs Gaziantep'ten geliyor"),
    ("bn", "ami ekhon Noakhali theke aschi"),
    ("ru", "мы приехали через Польщу в марте"),
    ("uk", "допомогли в Червоному Хресті"),
    ("en", "thanks to the Red Crescent team"),
    ("en", "shopping list:\n- rice\n- oil\n- sugar"),
    ("fr", "merci beaucoup"),
    ("en", "thanks UNHCR"),
    ("en", "the camp in Calais is closed on Sunday"),
    # "via" before a place is "by way of"; an everyday word after "street" names none;
    # an organisation ending in a street word is no street.
    ("en", "we came via Libya to Italy"),
    ("ar", "شارع طويل وما في ضو"),
    ("en", "the Red Crescent gave us blankets"),
    ("en", "ok thanks, see you tomorrow"),
    ("tr", "abi lütfen yardım et"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMES)
def test_names_by_method(pipeline: Pipeline, lang: str, text: str, expected: str) -> None:
    assert pipeline.process(text, lang_hint=lang).text == expected


@pytest.mark.parametrize(("lang", "text"), KEEP)
def test_places_and_lists_stay(pipeline: Pipeline, lang: str, text: str) -> None:
    assert pipeline.process(text, lang_hint=lang).text == text


@pytest.mark.parametrize(("lang", "text", "expected"), ADDRESSES)
def test_camp_name_with_its_zone_and_tent(
    pipeline: Pipeline, lang: str, text: str, expected: str
) -> None:
    assert pipeline.process(text, lang_hint=lang).text == expected
