"""The synthetic dev set must keep meeting the targets, so regressions fail here (no timing)."""

from __future__ import annotations

import pytest

from moderation.pipeline import Pipeline
from tests.moderation.pipeline_eval import STRUCTURED, Report, evaluate, load_devset


@pytest.fixture(scope="module")
def report(pipeline: Pipeline) -> Report:
    return evaluate(pipeline, load_devset(), timing_rounds=0)


def test_devset_covers_every_language(report: Report) -> None:
    assert len(report.lang_total) == 17
    assert all(n >= 30 for n in report.lang_total.values())


def test_structured_identifiers_leak_at_most_one_percent(report: Report) -> None:
    assert report.rate(STRUCTURED) <= 0.01


def test_names_leak_at_most_five_percent(report: Report) -> None:
    assert report.rate(("NAME",)) <= 0.05


def test_keep_items_are_retained(report: Report) -> None:
    assert report.retention() >= 0.95


def test_language_id_without_hint(report: Report) -> None:
    assert report.langid(hint=False) >= 0.95


def test_language_id_with_hint(report: Report) -> None:
    assert report.langid(hint=True) >= 0.95
