"""Fixtures for conversation tests: the real engine and pipeline on a real database."""

from __future__ import annotations

from functools import cache

import pytest

from bot.engine import ConversationEngine
from intake.service import IntakeService
from intake.services import Services
from moderation.pipeline import Pipeline


@cache
def shared_pipeline() -> Pipeline:
    """One pipeline for the whole run: loading gazetteers once keeps tests quick."""
    return Pipeline()


@pytest.fixture
def intake(services: Services) -> IntakeService:
    return IntakeService(services, ConversationEngine(shared_pipeline()))
