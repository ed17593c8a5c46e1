"""Fixtures for the pipeline tests: one pipeline per test session (it loads a language model)."""

from __future__ import annotations

import pytest

from moderation.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The standard pipeline, built once."""
    return Pipeline()
