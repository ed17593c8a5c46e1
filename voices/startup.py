"""What start-up failures mean to an operator: one line with the setting's name and what to do.

``load_settings`` reads the configuration and turns an unreadable ``.env`` or an
invalid value into a ``ConfigError``; ``explain`` turns what the database driver or
the socket layer raised into such a line; ``check`` is ``voices check``: it validates
the configuration and the database without serving. None of these messages carries a
secret: database URLs are shown with their password hidden.
"""

from __future__ import annotations

import errno
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError

from core.errors import ConfigError
from voices.settings import ENV_FILE, ENV_PREFIX, Settings


def load_settings() -> Settings:
    """Read the settings, or raise ``ConfigError`` saying which one is wrong and why."""
    env_file = Path(ENV_FILE)
    try:
        if env_file.exists():
            env_file.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = "it is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else exc.strerror
        raise ConfigError(
            f"cannot read {env_file.resolve()} ({reason}): make it a UTF-8 text file this user "
            "can read, or move it away and run `voices init`"
        ) from None
    try:
        return Settings()
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_input=False, include_url=False):
            name = ENV_PREFIX + "_".join(str(part) for part in error["loc"]).upper()
            message = str(error["msg"]).removeprefix("Value error, ")
            problems.append(f"{name}: {message}")
        raise ConfigError("; ".join(problems)) from None


def safe_url(database_url: str) -> str:
    """Return the database URL with its password hidden (or a placeholder if it is unparsable)."""
    try:
        return make_url(database_url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparsable)"


@dataclass(frozen=True, slots=True)
class Listen:
    """Where ``voices serve`` was asked to listen, to explain a failed bind."""

    host: str
    port: int


def explain(
    exc: BaseException, settings: Settings | None, listen: Listen | None = None
) -> str | None:
    """Return a one-line explanation of a start-up failure, or None if it is not a known one."""
    url = _url(settings)
    for cause in _chain(exc):
        if isinstance(cause, ConfigError):
            return cause.message
        name = type(cause).__name__
        if name == "InvalidCatalogNameError" and url is not None:
            return (
                f"database {url.database!r} does not exist on {_server(url)} "
                f"({ENV_PREFIX}DATABASE_URL): create it (createdb {url.database}) or fix the name"
            )
        if name in {"InvalidAuthorizationSpecificationError", "InvalidPasswordError"}:
            user = url.username if url is not None else "?"
            return (
                f"the database server refused user {user!r} ({ENV_PREFIX}DATABASE_URL): "
                "check the user and password, and that the user may connect to this database"
            )
        if (
            name == "OperationalError"
            and url is not None
            and url.get_backend_name() == "sqlite"
            and "unable to open" in str(cause)
        ):
            return (
                f"cannot open the SQLite file {url.database} ({ENV_PREFIX}DATABASE_URL): "
                "its folder must exist and be writable by this user"
            )
        if isinstance(cause, OSError) and listen is not None and _is_bind(cause):
            return _bind_problem(cause, listen)
        if isinstance(cause, TimeoutError) and url is not None:
            timeout = settings.database_timeout if settings else "?"
            return (
                f"the database server at {_server(url)} did not answer within "
                f"{ENV_PREFIX}DATABASE_TIMEOUT ({timeout} s): check that it is running and "
                "reachable from here"
            )
        if isinstance(cause, socket.gaierror) and url is not None:
            return (
                f"cannot resolve the database host {url.host!r} ({ENV_PREFIX}DATABASE_URL): "
                "fix the host name"
            )
        if isinstance(cause, ConnectionError | OSError) and url is not None and url.host:
            reason = os.strerror(cause.errno) if cause.errno else "no connection"
            return (
                f"cannot reach the database server at {_server(url)} ({reason.lower()}; "
                f"{ENV_PREFIX}DATABASE_URL): start it, or fix the host and port"
            )
    return None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        # SQLAlchemy wraps the driver's error in .orig; asyncio groups hold several.
        todo.append(getattr(current, "orig", None))
        todo.extend(getattr(current, "exceptions", ()))
        todo.append(current.__cause__)
        todo.append(current.__context__)


def _url(settings: Settings | None) -> URL | None:
    if settings is None:
        return None
    try:
        return make_url(settings.database_url)
    except ArgumentError:
        return None


def _server(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def _is_bind(exc: OSError) -> bool:
    return exc.errno in {errno.EADDRINUSE, errno.EACCES, errno.EADDRNOTAVAIL} or (
        "address already in use" in str(exc).lower()
    )


def _bind_problem(exc: OSError, listen: Listen) -> str:
    where = f"{listen.host}:{listen.port}"
    if exc.errno == errno.EACCES:
        return (
            f"not allowed to listen on {where}: ports below 1024 need privileges; "
            "use a higher --port behind a reverse proxy"
        )
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"--host {listen.host} is not an address of this machine: use 127.0.0.1 or 0.0.0.0"
    return (
        f"port {listen.port} on {listen.host} is already in use (another `voices serve`?): "
        "stop that process or choose another --port"
    )
