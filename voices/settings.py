"""All configuration, read once from ``VOICES_*`` environment variables and an optional ``.env``.

Build ``Settings()`` once in ``main()`` and pass it down; nothing else reads the
environment. A feature whose secret is missing fails at start-up through
``require``, with a message that names the variable.
"""

from __future__ import annotations

import base64
import binascii
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

from core.errors import ConfigError

ENV_PREFIX = "VOICES_"
_ASYNC_DRIVERS = {"sqlite": "aiosqlite", "postgresql": "asyncpg"}
ENV_FILE = ".env"
# The secrets `voices init` writes; every running service needs them.
CORE_SECRETS = ("pseudonym_key", "contact_key", "secret_key")
MIN_PSEUDONYM_KEY_BYTES = 32


class Settings(BaseSettings):
    """Every setting of the service; the env name is ``VOICES_`` + the upper-cased field."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_file=ENV_FILE,
        env_file_encoding="utf-8",
        extra="ignore",
    )

    database_url: str = "sqlite+aiosqlite:///voices.db"
    # Keys: the pseudonym key makes sender pseudonyms (HMAC-SHA256); the contact key
    # encrypts reply addresses at rest (Fernet; several comma-separated keys rotate,
    # the first encrypts); the secret key signs console sessions and CSRF tokens.
    pseudonym_key: SecretStr | None = None
    contact_key: SecretStr | None = None
    secret_key: SecretStr | None = None

    public_url: str | None = None
    max_body_bytes: int = Field(default=256 * 1024, ge=1024)
    max_text_chars: int = Field(default=10_000, ge=100)
    # The questionnaire (a TOML file, see `voices flow show`); unset: the built-in one.
    flow_file: Path | None = None
    default_locale: str = "en"
    log_level: str = "INFO"
    auto_migrate: bool = True
    max_concurrent_requests: int = Field(default=256, ge=1)
    # Requests from one client address at once (reading their body or being handled).
    max_requests_per_address: int = Field(default=64, ge=1)
    # A request body must arrive within this many seconds, and (after the first
    # second) at no less than this many bytes a second on average.
    body_timeout: float = Field(default=10.0, gt=0)
    body_min_rate: int = Field(default=1024, ge=0)
    # Idle keep-alive connections are closed after this many seconds.
    keepalive_timeout: float = Field(default=75.0, gt=0)
    # Proxies whose X-Forwarded-For is believed: comma-separated addresses or networks.
    trusted_proxies: str = ""
    # GET /metrics requires "Authorization: Bearer <this>"; unset, /metrics is off.
    metrics_token: SecretStr | None = None
    # Messages that arrive together are committed together, up to this many (1: off).
    group_commit_max: int = Field(default=64, ge=1)
    # PostgreSQL: longest wait for one statement or (up to 10 s) a new connection.
    database_timeout: float = Field(default=10.0, gt=0)
    # Group commits running at once on PostgreSQL (SQLite always uses one). Fewer lanes
    # make bigger batches, and a batch costs four round trips whatever its size.
    group_commit_lanes: int = Field(default=2, ge=1, le=16)  # within the pool of 20

    telegram_token: SecretStr | None = None
    telegram_secret: SecretStr | None = None
    telegram_api_base: str = "https://api.telegram.org"

    whatsapp_app_secret: SecretStr | None = None
    whatsapp_verify_token: SecretStr | None = None
    whatsapp_token: SecretStr | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_api_base: str = "https://graph.facebook.com/v21.0"

    twilio_auth_token: SecretStr | None = None
    twilio_account_sid: str | None = None
    twilio_from_number: str | None = None
    twilio_api_base: str = "https://api.twilio.com"
    # SMS replies longer than this many segments are split into several messages.
    sms_max_segments: int = Field(default=6, ge=1, le=10)
    # Where SMS that arrive while the database is down wait (encrypted) to be replayed.
    spool_dir: str = "./spool"
    spool_replay_interval: float = Field(default=5.0, gt=0)

    # The web form: accepted submissions per client address per window, counted in
    # the database (so across processes): a burst of the limit, then one every
    # window / limit seconds.
    form_rate_limit: int = Field(default=5, ge=1)
    form_rate_window_seconds: int = Field(default=600, ge=1)

    # Outbox delivery: overall and per-chat rate limits (Telegram: 30/s, 1/s per chat).
    outbox_rate_per_second: float = 30.0
    outbox_per_chat_interval: float = 1.0
    outbox_max_attempts: int = 8
    # How long a worker holds a reply it is sending; after a crash it is sent again then.
    outbox_lease_seconds: float = Field(default=60.0, gt=0)

    # Writing back to people who opted in (broadcasts, follow-up questions, notices).
    # The bot's overall Telegram limit, shared by every process on the database (0: none).
    telegram_rate_per_second: float = Field(default=30.0, ge=0)
    # An approved WhatsApp message template with one body parameter, used outside the
    # 24-hour window, and the languages it was approved in (the first is the fallback).
    whatsapp_template: str | None = None
    whatsapp_template_languages: str = "en"
    # The most SMS segments one broadcast may cost (its default; a broadcast may set less).
    broadcast_sms_cap: int = Field(default=1000, ge=0)

    referrals_file: str | None = None
    # On-call alert for urgent items: a webhook (JSON POST) and/or a Telegram chat
    # (needs VOICES_TELEGRAM_TOKEN); neither set means no alert.
    oncall_webhook_url: SecretStr | None = None
    oncall_telegram_chat: str | None = None
    oncall_interval_seconds: float = Field(default=10.0, gt=0, le=50)

    retention_days: int = Field(default=180, ge=1)

    # Review API: the default small-cell threshold for one attribute (10 applies
    # when two or more combine); never below 3.
    review_k: int = Field(default=10, ge=3)
    # Total epsilon each API token may spend on noisy aggregates (noise=true).
    review_epsilon_budget: float = Field(default=10.0, gt=0)
    # The public transparency page at /public (off: 404), and the privacy budget
    # (epsilon) it spends once per closed quarter on its noisy counts.
    public_page: bool = False
    public_epsilon: float = Field(default=1.0, ge=0.1, le=10.0)

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError:
            raise ValueError(
                "not a database URL; use sqlite+aiosqlite:///voices.db or "
                "postgresql+asyncpg://user:password@host/database"
            ) from None
        backend = url.get_backend_name()
        driver = _ASYNC_DRIVERS.get(backend)
        if driver is None:
            raise ValueError(
                f"{backend} is not supported; use SQLite (sqlite+aiosqlite:///voices.db) "
                "or PostgreSQL (postgresql+asyncpg://...)"
            )
        if url.get_driver_name() != driver:
            fixed = url.set(drivername=f"{backend}+{driver}").render_as_string(hide_password=True)
            raise ValueError(
                f"the service needs the async driver {driver}: write {fixed}"
                + (" (with your password)" if url.password else "")
            )
        return value

    @field_validator("flow_file", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("public_url", "telegram_api_base", "whatsapp_api_base", "twilio_api_base")
    @classmethod
    def _strip_slash(cls, value: str | None) -> str | None:
        return value.rstrip("/") if value else value

    def require(self, *fields: str) -> None:
        """Raise ``ConfigError`` naming the first ``VOICES_`` variable that is unset."""
        for name in fields:
            value = getattr(self, name)
            if value is None or (isinstance(value, SecretStr) and not value.get_secret_value()):
                raise ConfigError(_missing(name))

    def secret(self, name: str) -> str:
        """Return the value of a secret setting, or raise ``ConfigError`` naming it."""
        self.require(name)
        value: SecretStr = getattr(self, name)
        return value.get_secret_value()

    def pseudonym_key_bytes(self) -> bytes:
        """Return the pseudonym key, checking it is at least 32 bytes."""
        key = self.secret("pseudonym_key").encode()
        if len(key) < MIN_PSEUDONYM_KEY_BYTES:
            raise ConfigError(
                f"{ENV_PREFIX}PSEUDONYM_KEY must be at least {MIN_PSEUDONYM_KEY_BYTES} bytes"
            )
        return key

    def contact_keys(self) -> list[bytes]:
        """Return the Fernet keys for contact addresses, newest first."""
        keys = [k.strip() for k in self.secret("contact_key").split(",") if k.strip()]
        for key in keys:
            try:
                raw = base64.urlsafe_b64decode(key.encode())
            except (binascii.Error, ValueError):
                raw = b""
            if len(raw) != 32:
                raise ConfigError(
                    f"{ENV_PREFIX}CONTACT_KEY must be Fernet keys (32 url-safe base64 bytes); "
                    "run `voices init` to make one"
                )
        return [k.encode() for k in keys]

    def secret_key_bytes(self) -> bytes:
        """Return the key that signs console sessions and form tokens."""
        return self.secret("secret_key").encode()

    def require_core(self) -> None:
        """Check the secrets every running service needs."""
        self.pseudonym_key_bytes()
        self.contact_keys()
        self.secret_key_bytes()

    def trusted_networks(self) -> list[IPv4Network | IPv6Network]:
        """The networks of ``VOICES_TRUSTED_PROXIES``; raises ``ConfigError`` on a bad one."""
        networks: list[IPv4Network | IPv6Network] = []
        for part in self.trusted_proxies.split(","):
            if not part.strip():
                continue
            try:
                networks.append(ip_network(part.strip(), strict=False))
            except ValueError as exc:
                raise ConfigError(
                    f"{ENV_PREFIX}TRUSTED_PROXIES: {part.strip()!r} is not an address or network"
                ) from exc
        return networks


def _missing(name: str) -> str:
    variable = f"{ENV_PREFIX}{name.upper()}"
    if name not in CORE_SECRETS:
        return f"{variable} must be set for this feature: add it to {ENV_FILE} or the environment"
    env_file = Path(ENV_FILE).resolve()
    if not env_file.exists():
        return (
            f"{variable} is not set and there is no {env_file}: run `voices init` to write one "
            "with fresh secrets, or run voices from the folder that holds your .env"
        )
    return (
        f"{variable} is missing from {env_file}: restore it from your backup, or on a new "
        "install run `voices init --force` to write fresh secrets"
    )
