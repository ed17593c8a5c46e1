"""Settings: missing or weak secrets fail at start-up with the variable's name."""

from __future__ import annotations

import pytest

from core.errors import ConfigError
from tests.conftest import make_settings
from voices.services import build_services
from voices.settings import Settings


def test_missing_pseudonym_key_names_the_variable() -> None:
    settings = Settings(_env_file=None, pseudonym_key=None)
    with pytest.raises(ConfigError, match="VOICES_PSEUDONYM_KEY"):
        build_services(settings)


def test_short_pseudonym_key_is_refused(sqlite_url: str) -> None:
    with pytest.raises(ConfigError, match="at least 32 bytes"):
        build_services(make_settings(sqlite_url, pseudonym_key="too-short"))


def test_bad_contact_key_is_refused(sqlite_url: str) -> None:
    with pytest.raises(ConfigError, match="VOICES_CONTACT_KEY"):
        build_services(make_settings(sqlite_url, contact_key="not-a-fernet-key"))


def test_settings_come_from_voices_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOICES_DATABASE_URL", "sqlite+aiosqlite:///elsewhere.db")
    monkeypatch.setenv("VOICES_TELEGRAM_TOKEN", "123:abc")
    settings = Settings(_env_file=None)
    assert settings.database_url.endswith("elsewhere.db")
    assert settings.telegram_token is not None
    assert "123:abc" not in repr(settings)
