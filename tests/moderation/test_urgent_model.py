"""The urgent screen's learned second opinion: what it adds to the cues, what holds it back."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from moderation._cues import fold_for_cues
from moderation._urgent_model import UrgentModel, pieces
from moderation.pipeline import Pipeline
from moderation.stages.screen import Screener, UrgentReason

# Wordings no cue list has: each is found only by the model.
MODEL_ONLY = [
    (
        "en",
        "the boss keeps everyone's id cards in his car and we sleep in the greenhouse, "
        "he says the debt grows every week",
        "trafficking",
    ),
    ("en", "nobody has seen my little brother since the raid on the squat, he is 15", None),
    ("es", "el patrón nos encierra en la bodega por la noche y se queda con los papeles", None),
]


@pytest.fixture(scope="module")
def model() -> UrgentModel:
    with resources.files("moderation").joinpath("data", "urgent_model.npz").open("rb") as fh:
        return UrgentModel.load(fh)


def _screener(pipeline: Pipeline) -> Screener:
    return next(s for s in pipeline._stages if isinstance(s, Screener))


def test_the_model_file_has_every_category(model: UrgentModel) -> None:
    assert model.classes == ["none", *UrgentReason.ORDER]
    assert 0.0 < model.threshold < 1.0


def test_pieces_are_the_same_on_every_run() -> None:
    buckets, starts, ends = pieces(" ab cd ")
    assert len(buckets) == len(starts) == len(ends) == 6 + 5 + 4 + 3
    assert np.array_equal(buckets, pieces(" ab cd ")[0])
    assert set((ends - starts).tolist()) == {2, 3, 4, 5}


@pytest.mark.parametrize(("lang", "text", "category"), MODEL_ONLY)
def test_the_model_finds_what_no_cue_does(
    pipeline: Pipeline, lang: str, text: str, category: str | None
) -> None:
    screener = _screener(pipeline)
    model = screener._model
    try:
        screener._model = None
        assert not pipeline.process(text, lang_hint=lang).urgent
    finally:
        screener._model = model
    result = pipeline.process(text, lang_hint=lang)
    assert result.urgent
    if category:
        assert result.urgent_category == category
    # The cue shown is one whole word of the text.
    assert result.urgent_cue is not None
    start, end = result.urgent_cue
    word = result.text[start:end]
    assert word
    assert word in result.text.split() or word in text.replace(",", " ").split()


@pytest.mark.parametrize(
    "text",
    [
        # The same wordings, told as long past or as over: the cues' guards hold the model back.
        "in 2016 the boss kept everyone's id cards in his car and we slept in the greenhouse",
        "nobody had seen my little brother since the raid, that is over, he is safe now",
    ],
)
def test_the_guards_hold_back_the_model(pipeline: Pipeline, text: str) -> None:
    assert not pipeline.process(text, lang_hint="en").urgent


def test_plain_feedback_does_not_fire(pipeline: Pipeline, model: UrgentModel) -> None:
    plain = [
        "the language classes are very useful, thank you to the teachers",
        "could the office open on saturdays, I work all week",
        "el internet del centro es muy lento",
        "merci pour l'aide avec le dossier de logement",
    ]
    for text in plain:
        assert model.find(fold_for_cues(text).text) is None
        assert not pipeline.process(text).urgent


@pytest.mark.parametrize("text", ["", " ", "ok", "hi!!", "🙏🙏🙏", "merci", "\ud800 ok"])
def test_empty_and_very_short_texts_are_not_judged_by_the_model(
    pipeline: Pipeline, model: UrgentModel, text: str
) -> None:
    assert model.find(fold_for_cues(text).text) is None
    assert not pipeline.process(text, lang_hint="en").urgent
