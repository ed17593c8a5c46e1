"""Classes of chat-style names found leaking in the fifth tuning round (issue 16).

One synthetic example per class, written for this file (no text copied from an evaluation
set): a third person after a role noun, a person to contact or ask for (the verb before
the name, or after it in verb-final languages), a payee after "in the name of". Each case
asserts the whole output text. All names are invented.
"""

from __future__ import annotations

import pytest

from moderation.pipeline import Pipeline

# (language, text, expected output)
NAMES = [
    # A third person after a role noun; a capitalised name stops before a lower-case verb.
    (
        "fr",
        "l'assistante sociale Zelinda Oumbaro a dit lundi",
        "l'assistante sociale [NAME] a dit lundi",
    ),
    ("pt", "a assistente social Zelinda Oumbaro pediu", "a assistente social [NAME] pediu"),
    ("ru", "адвокат Зелина Оумбаро просила номер", "адвокат [NAME] просила номер"),
    # A person to contact or ask for.
    ("fr", "contactez Zelinda pour les papiers", "contactez [NAME] pour les papiers"),
    ("fr", "demande Zelinda au guichet", "demande [NAME] au guichet"),
    ("es", "pregunta por Zelinda en la puerta", "pregunta por [NAME] en la puerta"),
    ("es", "escríbanle a Zelinda al correo", "escríbanle a [NAME] al correo"),
    ("pt", "procura o Zelindo na recepção", "procura o [NAME] na recepção"),
    ("so", "weydii Zelinda albaabka", "weydii [NAME] albaabka"),
    ("uk", "zapytaite zelinda na vkhodi", "zapytaite [NAME] na vkhodi"),
    ("ru", "обращайтесь к Зелина почта", "обращайтесь к [NAME] почта"),
    # Verb-final languages: the verb of asking or writing follows the name.
    ("tr", "kapıda Zelin'i sorun lütfen", "kapıda [NAME] sorun lütfen"),
    ("tr", "Zelin'e yazın mail", "[NAME] yazın mail"),
    # ... but a lower-case word there must be a known name ("write to the address").
    ("tr", "zelin.k@example.com adresine yazın.", "[EMAIL] adresine yazın."),
    ("am", "ዘሊናን አግኙ፣ ኢሜይል", "[NAME] አግኙ፣ ኢሜይል"),
    ("fa", "بزرینه بگید دم در، ما اینجاییم", "[NAME] بگید دم در، ما اینجاییم"),
    # Lower-case self-naming: one unusual word after "I am", closed by a comma.
    ("tr", "ben zerda, avukat istedi", "ben [NAME], avukat istedi"),
    ("fr", "slt c zelindo , je suis à Paris", "slt c [NAME] , je suis à Paris"),
    # Romanised Arabic "his name" is a strong cue.
    ("ar", "el mo7ami esmo zaid, talab ra2m", "el mo7ami esmo [NAME], talab ra2m"),
    # A payee.
    (
        "fr",
        "la carte au nom de Zelinda Oumbaro , 200 euros",
        "la carte au nom de [NAME] , 200 euros",
    ),
    ("pt", "em nome de Zelinda Oumbaro, 250 euros", "em nome de [NAME], 250 euros"),
    ("ru", "получатель Зелина Оумбаро, 300 евро", "получатель [NAME], 300 евро"),
]

# Structured details: cards in dotted groups of four (Luhn-valid), profile links with a
# bracketed dot.
STRUCTURED = [
    ("ru", "карта 4111.1111.1111.1111 не проходит", "карта [CARD] не проходит"),
    ("en", "see fb[.]com/zelda_qoom\nthanks", "see [HANDLE]\nthanks"),
    ("en", "see instagram(dot)com/zelda.q", "see [HANDLE]"),
    # A handle after the inflected Cyrillic word for Instagram ("в інсту").
    ("uk", "або в інсту zelda.qoom, допомагає", "або в інсту [HANDLE], допомагає"),
    # A phone partly spelled: four number words and two short digit groups.
    ("fr", "mon num c sept un deux huit 331 07 stp", "mon num c [PHONE] stp"),
    ("so", "numberkaygu waa eber lix sagaal afar 412 830", "numberkaygu waa [PHONE]"),
    # Birth cues: Somali "she was born", romanised Pashto "date of birth".
    ("so", "gabadhayda waxay dhalatay 2017-03-11, waa 8", "gabadhayda waxay dhalatay [DOB], waa 8"),
    ("ps", "aw da zegon neta 12-04-1990 ralega", "aw da zegon neta [DOB] ralega"),
]

# Places, organisations and amounts after the new cues stay.
KEEP = [
    ("fr", "contactez UNHCR lundi"),
    ("es", "pregunta por ACNUR en Madrid"),
    ("tr", "ben yorgunum, yardım edin"),
    ("en", "i am tired, please help"),
    ("es", "soy venezolano, vivo en Lima"),
    ("en", "on 12.03.2019 at 10.30"),
    ("fa", "بهش بگید دم در"),
    ("en", "one two three four five six"),
    ("fr", "trois enfants, un de 2 ans, deux de 10 ans, en 2024"),
    ("ha", "Na biya wakili naira 50000 in isa Kano."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMES)
def test_names_after_roles_and_contact_verbs(
    pipeline: Pipeline, lang: str, text: str, expected: str
) -> None:
    assert pipeline.process(text, lang_hint=lang).text == expected


@pytest.mark.parametrize(("lang", "text"), KEEP)
def test_keep_items_after_round5_cues(pipeline: Pipeline, lang: str, text: str) -> None:
    assert pipeline.process(text, lang_hint=lang).text == text


@pytest.mark.parametrize(("lang", "text", "expected"), STRUCTURED)
def test_structured_details_round5(pipeline: Pipeline, lang: str, text: str, expected: str) -> None:
    assert pipeline.process(text, lang_hint=lang).text == expected
