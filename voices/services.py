"""The composition root's product: every long-lived collaborator, built once from settings.

Lower layers see it through the protocol ``intake.context.Services``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.flow import Flow, FlowError, builtin_flow, load_flow
from core.errors import ConfigError
from intake.metrics import Metrics
from storage.identity import AddressCipher, Pseudonymizer
from storage.queries.intake_store import IntakeStore, intake_store_for
from storage.session import create_engine, create_sessionmaker
from voices.settings import Settings


@dataclass
class Services:
    """What handlers, flows and workers share in one process."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    pseudonyms: Pseudonymizer
    addresses: AddressCipher
    # Row by row or in bulk, decided here once for the database (see intake_store_for).
    intake_store: IntakeStore
    metrics: Metrics = field(default_factory=Metrics)
    flow: Flow = field(default_factory=builtin_flow)  # the questionnaire (VOICES_FLOW_FILE)

    def __repr__(self) -> str:
        return f"Services(database={self.engine.url.get_backend_name()})"


def build_services(settings: Settings) -> Services:
    """Check the core secrets and build the engine and identity helpers (no I/O yet)."""
    settings.require_core()
    engine = create_engine(settings.database_url, timeout=settings.database_timeout)
    return Services(
        settings=settings,
        engine=engine,
        sessions=create_sessionmaker(engine),
        pseudonyms=Pseudonymizer(settings.pseudonym_key_bytes()),
        addresses=AddressCipher(settings.contact_keys()),
        flow=_flow(settings),
        intake_store=intake_store_for(engine.dialect),
    )


def _flow(settings: Settings) -> Flow:
    """The questionnaire ``VOICES_FLOW_FILE`` names, or the built-in one."""
    try:
        return load_flow(settings.flow_file)
    except FlowError as exc:
        raise ConfigError(f"VOICES_FLOW_FILE {exc.message}", code=exc.code) from None
