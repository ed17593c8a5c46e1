"""``voices check``: validate the configuration and the database without serving.

It builds everything ``voices serve`` builds (secrets, channels, the app) without
starting it, then asks the database which schema revision it holds. It never
creates a SQLite file or applies a migration. The first problem raises
``ConfigError`` (the CLI prints it on one line and exits 2); a database behind the
code's migrations is reported and is not an error, since start-up applies them.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import make_url

from core.errors import ConfigError
from storage import migrate
from voices.app import ADAPTERS, create_app
from voices.services import Services, build_services
from voices.settings import ENV_PREFIX, Settings
from voices.startup import explain, safe_url

Out = Callable[[str], object]


def run_checks(settings: Settings, out: Out) -> int:
    """Check settings, channels and database, printing one ``ok`` line per check.

    Returns:
        0 when the service can start with this configuration.

    Raises:
        ConfigError: the first problem found, in words an operator can act on.
    """
    services = build_services(settings)
    out("ok   secrets: pseudonym, contact and secret keys")
    app = create_app(services, run_worker=False)
    channels = ", ".join(adapter.kind.value for adapter in app[ADAPTERS])
    out(f"ok   channels: {channels}")
    if not _sqlite_file_missing(settings, out):
        asyncio.run(_database(services, out))
    return 0


def _sqlite_file_missing(settings: Settings, out: Out) -> bool:
    url = make_url(settings.database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return False
    path = Path(url.database)
    if path.exists():
        return False
    folder = path.resolve().parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise ConfigError(
            f"cannot create the SQLite file {path} ({ENV_PREFIX}DATABASE_URL): "
            f"the folder {folder} must exist and be writable by this user"
        )
    out(f"ok   database: {path} does not exist yet; `voices serve` creates it")
    return True


async def _database(services: Services, out: Out) -> None:
    settings = services.settings
    try:
        current = await migrate.current_revision(services.engine)
    except Exception as exc:
        explained = explain(exc, settings)
        if explained is None:
            raise
        raise ConfigError(explained) from None
    finally:
        await services.engine.dispose()
    head = migrate.head_revision()
    where = safe_url(settings.database_url)
    if current == head:
        out(f"ok   database: {where} at revision {current}")
    elif current is None or current in migrate.known_revisions():
        out(
            f"ok   database: {where} at revision {current or 'none'}, code at {head}: "
            "`voices serve` migrates it (or run `voices db upgrade`)"
        )
    else:
        raise ConfigError(
            f"the database {where} is at revision {current}, which this code does not "
            f"know (newest: {head}): run the newer code, or point {ENV_PREFIX}DATABASE_URL "
            "at this code's database"
        )
