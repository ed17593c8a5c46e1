"""Fixtures for the review API and dashboard: seeded approved feedback, tokens, a client."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from aiohttp import web
from sqlalchemy import update

from storage.models import Submission
from storage.queries.accounts import create_api_token
from storage.queries.submissions import NewSubmission, add_submissions
from voices.app import create_app
from voices.services import Services

# Synthetic, already-anonymised texts in several languages and scripts.
TEXTS = {
    "en": "The clinic asked for papers I did not have, so I waited outside.",
    "fr": "Le guichet de la préfecture ne répond jamais au téléphone.",
    "ar": "لم أستطع تسجيل أطفالي في المدرسة بدون وثائق.",
    "es": "Nos pagaron menos de lo que decía el contrato.",
    "am": "ሰነዶቼን ለማደስ ብዙ ወራት ጠበቅሁ።",
}


@dataclass(frozen=True, slots=True)
class Spec:
    """A batch of identical synthetic submissions."""

    n: int
    country: str | None = "IT"
    objectives: list[int] = field(default_factory=lambda: [15])
    lang: str = "en"
    channel: str = "telegram"
    theme: str | None = "services"
    trend: str | None = "same"
    level: str | None = "local"
    month: str = "2026-01"
    state: str = "approved"


async def seed(services: Services, specs: Sequence[Spec]) -> list[str]:
    """File the submissions and date them in the middle of their month."""
    receipts: list[str] = []
    async with services.sessions() as session, session.begin():
        for index, spec in enumerate(specs):
            items = [
                NewSubmission(
                    channel=spec.channel,
                    lang=spec.lang,
                    text=f"{TEXTS.get(spec.lang, TEXTS['en'])} [{index}.{i}]",
                    pseudonym=f"pseudo-{index}-{i}",
                    consent_version="1",
                    country=spec.country,
                    objectives=list(spec.objectives),
                    theme=spec.theme,
                    level=spec.level,
                    trend=spec.trend,
                    state=spec.state,
                )
                for i in range(spec.n)
            ]
            made = await add_submissions(session, items)
            year, month = (int(p) for p in spec.month.split("-"))
            await session.execute(
                update(Submission)
                .where(Submission.receipt.in_(made))
                .values(created_at=datetime(year, month, 15, 12, tzinfo=UTC))
            )
            receipts.extend(made)
    return receipts


async def token(services: Services, role: str = "reviewer", country: str | None = None) -> str:
    """Create an API token and return it."""
    async with services.sessions() as session, session.begin():
        return await create_api_token(session, role, country, "test")


def auth(value: str) -> dict[str, str]:
    """Return the bearer header for a token."""
    return {"Authorization": f"Bearer {value}"}


@pytest.fixture
def app(services: Services) -> web.Application:
    """The full application on the parametrised database (no delivery worker: these
    tests read the outbox, they do not deliver it)."""
    return create_app(services, run_worker=False)
