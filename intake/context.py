"""What the layers below the composition root may use of its service container.

``voices.services.Services`` is the one implementation, built once at start-up from
``voices.settings.Settings``. Intake, review and the console depend on these
protocols instead, so no package below ``voices`` imports the root. A setting a lower
layer needs is added to ``SharedSettings`` here (and so becomes visible in review).
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.flow import Flow
from intake.metrics import Metrics
from storage.identity import AddressCipher, Pseudonymizer
from storage.queries.intake_store import IntakeStore


class SharedSettings(Protocol):
    """The settings read below the root (all read-only)."""

    @property
    def public_url(self) -> str | None: ...
    @property
    def max_text_chars(self) -> int: ...
    @property
    def default_locale(self) -> str: ...
    @property
    def form_rate_limit(self) -> int: ...
    @property
    def form_rate_window_seconds(self) -> int: ...
    @property
    def review_k(self) -> int: ...
    @property
    def review_epsilon_budget(self) -> float: ...
    @property
    def public_page(self) -> bool: ...
    @property
    def public_epsilon(self) -> float: ...
    @property
    def whatsapp_template(self) -> str | None: ...
    @property
    def whatsapp_template_languages(self) -> str: ...
    @property
    def broadcast_sms_cap(self) -> int: ...
    @property
    def sms_max_segments(self) -> int: ...

    def secret_key_bytes(self) -> bytes:
        """The key for HMACs, CSRF tokens and session cookies."""
        ...


class Services(Protocol):
    """The long-lived collaborators handlers, flows and workers share in one process."""

    @property
    def settings(self) -> SharedSettings: ...
    @property
    def engine(self) -> AsyncEngine: ...
    @property
    def sessions(self) -> async_sessionmaker[AsyncSession]: ...
    @property
    def pseudonyms(self) -> Pseudonymizer: ...
    @property
    def addresses(self) -> AddressCipher: ...
    @property
    def metrics(self) -> Metrics: ...
    @property
    def flow(self) -> Flow:
        """The questionnaire new conversations follow (``VOICES_FLOW_FILE``)."""
        ...

    @property
    def intake_store(self) -> IntakeStore: ...
