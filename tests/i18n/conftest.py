"""Helpers for the translation tests: the template's messages, sample params, a whole flow."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from babel.messages.catalog import Message

from bot.engine import ConversationEngine
from core.messages import OutboundMessage
from i18n.catalogs import POT, read_catalog
from i18n.translator import gettext, ngettext, placeholders
from intake.service import IntakeService
from storage import migrate
from tests.channels.conftest import channel  # noqa: F401  (the web form, over HTTP)
from tests.conftest import make_settings, shared_pipeline
from tests.fakes.channel import FakeChannel
from voices.services import Services, build_services

SAMPLE_PARAMS: dict[str, object] = {
    "code": "K7QM-3XTA",
    "state": "pending",
    "language": "Tigrinya",
    "length": 12000,
    "limit": 10000,
    "text": "The clinic refused to see my daughter.",
    "privacy": "(privacy)",
    "user": "amara",
    "country": "Kenya",
    "name": "Kenya",
    "label": "Kenya",
}
# Placeholders whose value does not matter to these tests get a number.
DEFAULT_PARAM = "7"


def template_messages() -> list[Message]:
    """Every message of the committed template, in a stable order."""
    return sorted((m for m in read_catalog(POT) if m.id), key=lambda m: str(m.id))


def render(lang: str, message: Message, n: int = 1) -> str:
    """Render one template message in a language with sample params."""
    if isinstance(message.id, str):
        names = placeholders(message.id) or set()
        return gettext(lang, message.id, **{k: SAMPLE_PARAMS.get(k, DEFAULT_PARAM) for k in names})
    singular, plural = message.id[0], message.id[1]
    names = ((placeholders(singular) or set()) | (placeholders(plural) or set())) - {"n"}
    params = {k: SAMPLE_PARAMS.get(k, DEFAULT_PARAM) for k in names}
    return ngettext(lang, singular, plural, n, **params)


async def walk(person: FakeChannel, lang: str) -> list[OutboundMessage]:
    """Take one person through every step that offers options, in ``lang``; return the replies.

    Language menu, consent, country, theme, text, trend, confirmation, /privacy and the
    /delete question: every kind of button or list the engine sends.
    """
    seen: list[OutboundMessage] = []

    async def say(text: str | None = None, *, choice: str | None = None) -> OutboundMessage:
        replies = await person.push(text, choice=choice)
        seen.extend(replies)
        return replies[-1]

    await say("/start")
    await say(choice=f"lang:{lang}")
    countries = await say(choice="yes")
    await say(choice=countries.choices[0].id)
    await say(choice="theme:services")
    await say("The clinic in the city refused to see my daughter for three months.")
    await say(choice="trend:worse")
    await say(choice="send")
    await say("/privacy")
    await say("/delete")
    await say("no")
    return seen


@pytest.fixture
async def sqlite_services(sqlite_url: str) -> AsyncIterator[Services]:
    """One migrated SQLite database for a multilingual run."""
    services = build_services(make_settings(sqlite_url))
    await migrate.upgrade(services.engine)
    yield services
    await services.engine.dispose()


@pytest.fixture
def flow(sqlite_services: Services) -> IntakeService:
    """The real intake service and engine on that database."""
    return IntakeService(sqlite_services, ConversationEngine(shared_pipeline()))
