"""The review side's settings, read once when the application is built."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

from intake.context import SharedSettings


@dataclass(frozen=True, slots=True)
class ReviewSettings:
    """Everything the review API, dashboard and reports read from the configuration.

    Attributes:
        k: ``VOICES_REVIEW_K``, the smallest released count for one attribute.
        epsilon_budget: ``VOICES_REVIEW_EPSILON_BUDGET``, each token's noise budget.
        secret_key: ``VOICES_SECRET_KEY``, for quote references and form tokens.
        secure_cookies: whether cookies carry ``Secure`` (``VOICES_PUBLIC_URL`` is https).
        default_locale: the language of messages to contacts without one.
        public_page: ``VOICES_PUBLIC_PAGE``, whether ``/public`` is served.
        public_epsilon: ``VOICES_PUBLIC_EPSILON``, the public page's budget per quarter.
    """

    k: int
    epsilon_budget: float
    secret_key: bytes
    secure_cookies: bool
    default_locale: str
    public_page: bool = False
    public_epsilon: float = 1.0

    @classmethod
    def from_settings(cls, settings: SharedSettings) -> ReviewSettings:
        """Build the review settings from the process settings."""
        return cls(
            k=settings.review_k,
            epsilon_budget=settings.review_epsilon_budget,
            secret_key=settings.secret_key_bytes(),
            secure_cookies=(settings.public_url or "").startswith("https://"),
            default_locale=settings.default_locale,
            public_page=settings.public_page,
            public_epsilon=settings.public_epsilon,
        )


REVIEW_SETTINGS = web.AppKey("review_settings", ReviewSettings)
