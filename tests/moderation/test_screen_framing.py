"""Hard negatives by their framing (issue 17, sixth round): a joke, a question for a study,
"nothing urgent", a recovery told as over. Each guard also has a case where the danger is
present and the message must still be flagged: a guard of this kind is vetoed by "now"
words ("help us", "tonight"), and a guard phrase must not match inside another word
("bochorer age" is no "bochor age", "alitemelesem" is "did not return").

Synthetic messages written for this file; no text copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from moderation.pipeline import Pipeline

NOT_URGENT = [
    ("en", "my manager will kill me if im late again lol"),
    ("en", "writing my thesis on detention centres in libya, any good reports?"),
    ("en", "nothing urgent, how do i ask the red cross to trace my uncle who went missing"),
    ("es", "mi jefe es un explotador jaja pero me paga las horas extra"),
    ("es", "pregunto para un trabajo de la universidad: cuánto tiempo pueden detener a menores"),
    ("pt", "o chefe diz que vai me matar se eu atrasar kkkk"),
    ("fr", "pour mon mémoire: combien de mineurs sont enfermés en zone d'attente ?"),
    ("ru", "начальник сказал что убьет меня если опоздаю, шучу конечно"),
    ("uk", "торік син зламав руку, все зрослось, дякую лікарям"),
    ("tr", "patron geç kalırsam beni öldürür dedi haha"),
    ("sw", "si dharura, nataka kujua jinsi ya kumtafuta binamu aliyepotea 2015"),
]

URGENT = [
    ("en", "lol no this is real, they locked us in the container, help us", "detention"),
    ("es", "no es broma, me quitaron el pasaporte y no me dejan salir de la casa", "trafficking"),
    (
        "bn",
        "malik bole 2 bochorer age chuti nai, passport rekhe dise, ghor theke ber hote dey na",
        "trafficking",
    ),
    ("am", "የ15 ዓመት ልጄ ትናንት ከቤት ወጥቶ አልተመለሰም", "missing_person"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_URGENT)
def test_framed_messages_do_not_fire(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not pipeline.process(text, lang_hint=lang).urgent


@pytest.mark.parametrize(("lang", "text", "category"), URGENT)
def test_present_danger_still_fires(
    pipeline: Pipeline, lang: str, text: str, category: str
) -> None:
    assert pipeline.process(text, lang_hint=lang).urgent_category == category
