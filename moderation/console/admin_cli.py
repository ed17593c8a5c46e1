"""What ``voices token list|revoke`` and ``voices user list|disable|enable|reset-password`` do.

The composition root registers the commands and hands in a session factory and
an output stream; these functions do the work in one transaction each and write
plain lines. Every change is audited with ``cli`` as the actor; no token, password
or hash is ever printed except a newly generated password, once, to its owner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.clock import utcnow
from core.errors import ConfigError, NotFound
from storage.credentials import generate_password, hash_password
from storage.models import ApiToken, User
from storage.queries.accounts import (
    list_api_tokens,
    list_users,
    reset_password,
    revoke_api_token,
    set_user_disabled,
    token_ref,
)

Print = Callable[[str], None]
Sessions = async_sessionmaker[AsyncSession]
MAX_EXPIRY_DAYS = 3650
MIN_PASSWORD = 12


def expiry(days: int | None, now: datetime | None = None) -> datetime | None:
    """When a token made now with ``--expires-days days`` stops working (None: never).

    Raises:
        ConfigError: ``days`` is not between 1 and 3650.
    """
    if days is None:
        return None
    if not 1 <= days <= MAX_EXPIRY_DAYS:
        raise ConfigError(f"--expires-days must be between 1 and {MAX_EXPIRY_DAYS}")
    return (now or utcnow()) + timedelta(days=days)


def token_status(token: ApiToken, now: datetime) -> str:
    """``live``, ``revoked`` or ``expired``."""
    if token.revoked_at is not None:
        return "revoked"
    if token.expires_at is not None and token.expires_at <= now:
        return "expired"
    return "live"


def _day(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    return [
        "  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]


async def token_list(sessions: Sessions, out: Print) -> int:
    """Print every token: its number and digest prefix (never the token), scope and state."""
    now = utcnow()
    async with sessions() as session:
        tokens = await list_api_tokens(session)
    if not tokens:
        out("no tokens")
        return 0
    rows = [
        (
            token_ref(t),
            t.role,
            t.country or "-",
            t.label or "-",
            _day(t.created_at),
            _day(t.expires_at),
            token_status(t, now),
        )
        for t in tokens
    ]
    header = ("token", "role", "country", "label", "created", "expires", "status")
    for line in _table(header, rows):
        out(line)
    return 0


async def token_revoke(sessions: Sessions, ref: str, out: Print) -> int:
    """Revoke a token named by itself, its number or its digest prefix (from ``token list``)."""
    try:
        async with sessions() as session, session.begin():
            token, changed = await revoke_api_token(session, ref)
    except NotFound:
        raise ConfigError(
            "no single token matches; give the token, its number (#12) "
            "or at least 8 characters of its digest from `voices token list`"
        ) from None
    out(f"token {token_ref(token)} {'revoked' if changed else 'was already revoked'}")
    return 0


def _status(user: User) -> str:
    return "disabled" if user.disabled_at is not None else "active"


async def user_list(sessions: Sessions, out: Print) -> int:
    """Print every console user with role, country scope and whether they are disabled."""
    async with sessions() as session:
        users = await list_users(session)
    if not users:
        out("no users")
        return 0
    rows = [(u.username, u.role, u.country or "-", _status(u), _day(u.created_at)) for u in users]
    for line in _table(("user", "role", "country", "status", "created"), rows):
        out(line)
    return 0


async def user_disable(sessions: Sessions, name: str, out: Print, *, disabled: bool = True) -> int:
    """Disable a user (ending their sessions) or enable them again."""
    try:
        async with sessions() as session, session.begin():
            changed = await set_user_disabled(session, name, disabled)
    except NotFound:
        raise ConfigError(f"no user named {name!r}") from None
    state = "disabled" if disabled else "enabled"
    out(f"user {name} {state}" if changed else f"user {name} was already {state}")
    return 0


async def user_reset_password(
    sessions: Sessions, name: str, out: Print, password: str | None = None
) -> int:
    """Give a user a new password (generated and printed unless given); their sessions end."""
    generated = password is None
    if password is None:
        password = generate_password()
    elif len(password) < MIN_PASSWORD:
        raise ConfigError(f"the password must be at least {MIN_PASSWORD} characters")
    hashed = hash_password(password)
    try:
        async with sessions() as session, session.begin():
            ended = await reset_password(session, name, hashed)
    except NotFound:
        raise ConfigError(f"no user named {name!r}") from None
    out(f"password of {name} reset; {ended} session(s) ended")
    if generated:
        out(f"password: {password}")
    return 0
