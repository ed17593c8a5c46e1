"""Named queries for console users, API tokens and the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import NotFound, PayloadRejected
from storage.credentials import TOKEN_PREFIX, new_api_token, token_digest
from storage.models import ApiToken, AuditEntry, ConsoleSession, User

ROLES = ("moderator", "reviewer", "admin")


async def add_user(
    session: AsyncSession,
    username: str,
    password_hash: str,
    role: str,
    *,
    country: str | None = None,
    actor: str = "cli",
) -> User:
    """Create a console user, limited to ``country`` when given.

    Raises ``PayloadRejected`` for an unknown role, a malformed country or a taken name.
    """
    if role not in ROLES:
        raise PayloadRejected(f"role must be one of {', '.join(ROLES)}", code="bad_role")
    if country is not None:
        country = country.upper()
        if len(country) != 2 or not country.isascii() or not country.isalpha():
            raise PayloadRejected("country must be an ISO 3166-1 alpha-2 code", code="bad_country")
    existing = await get_user_by_username(session, username)
    if existing is not None:
        raise PayloadRejected("a user with this name exists", code="user_exists")
    user = User(username=username, password_hash=password_hash, role=role, country=country)
    session.add(user)
    await session.flush()
    await audit(
        session,
        actor=actor,
        action="user.add",
        target=username,
        after={"role": role, "country": country},
    )
    return user


async def get_user_by_username(session: AsyncSession, username: str) -> User | None:
    """Return the user with this name, or None."""
    result = await session.execute(select(User).where(User.username == username))
    return result.scalar_one_or_none()


async def create_api_token(
    session: AsyncSession,
    role: str,
    country: str | None = None,
    label: str | None = None,
    *,
    expires_at: datetime | None = None,
    actor: str = "cli",
) -> str:
    """Create a token and return it; only its digest is stored.

    ``expires_at`` (aware UTC), when given, is when the token stops working.
    """
    if role not in ROLES:
        raise PayloadRejected(f"role must be one of {', '.join(ROLES)}", code="bad_role")
    token, digest = new_api_token()
    record = ApiToken(
        token_hash=digest, role=role, country=country, label=label, expires_at=expires_at
    )
    session.add(record)
    await session.flush()
    await audit(
        session,
        actor=actor,
        action="token.create",
        target=token_ref(record),
        after={
            "role": role,
            "country": country,
            "expires_at": expires_at.isoformat() if expires_at else None,
        },
    )
    return token


def live_token(now: datetime) -> Any:
    """The condition a usable token meets: not revoked and not expired at ``now``."""
    return ApiToken.revoked_at.is_(None) & or_(
        ApiToken.expires_at.is_(None), ApiToken.expires_at > now
    )


async def get_api_token(
    session: AsyncSession, token: str, now: datetime | None = None
) -> ApiToken | None:
    """Return the live (not revoked, not expired) token record for a presented bearer token."""
    result = await session.execute(
        select(ApiToken).where(
            ApiToken.token_hash == token_digest(token), live_token(now or utcnow())
        )
    )
    return result.scalar_one_or_none()


def token_ref(token: ApiToken) -> str:
    """How lists and the audit log name a token: its number and its digest's first characters.

    Neither lets anyone use the token; the digest's prefix lets an operator match a
    token they hold (``voices token list`` prints it) without showing the token.
    """
    return f"#{token.id} {token.token_hash[:12]}"


async def list_api_tokens(session: AsyncSession) -> list[ApiToken]:
    """Every API token ever issued (digests only), oldest first."""
    result = await session.execute(select(ApiToken).order_by(ApiToken.id))
    return list(result.scalars())


async def find_api_token(session: AsyncSession, ref: str) -> ApiToken | None:
    """Find a token by the token itself, by its number (``12`` or ``#12``) or its digest prefix.

    A digest prefix must be at least 8 characters and name exactly one token.
    """
    ref = ref.strip()
    if ref.startswith(TOKEN_PREFIX):
        query = select(ApiToken).where(ApiToken.token_hash == token_digest(ref))
    elif ref.lstrip("#").isdigit():
        query = select(ApiToken).where(ApiToken.id == int(ref.lstrip("#")))
    elif len(ref) >= 8 and all(c in "0123456789abcdef" for c in ref):
        query = select(ApiToken).where(ApiToken.token_hash.startswith(ref, autoescape=True))
    else:
        return None
    found = list((await session.execute(query.limit(2))).scalars())
    return found[0] if len(found) == 1 else None


async def revoke_api_token(
    session: AsyncSession, ref: str, *, actor: str = "cli", now: datetime | None = None
) -> tuple[ApiToken, bool]:
    """Revoke a token named as ``find_api_token`` takes it; returns (token, newly revoked).

    Raises:
        NotFound: no single token matches ``ref``.
    """
    token = await find_api_token(session, ref)
    if token is None:
        raise NotFound("no such token", code="no_token")
    if token.revoked_at is not None:
        return token, False
    now = now or utcnow()
    await session.execute(
        update(ApiToken)
        .where(ApiToken.id == token.id)
        .values(revoked_at=now)
        .execution_options(synchronize_session=False)
    )
    token.revoked_at = now
    await audit(
        session,
        actor=actor,
        action="token.revoke",
        target=token_ref(token),
        before={"revoked": False},
        after={"revoked": True},
    )
    return token, True


async def list_users(session: AsyncSession) -> list[User]:
    """Every console user, by name."""
    result = await session.execute(select(User).order_by(User.username))
    return list(result.scalars())


async def _end_sessions(session: AsyncSession, username: str) -> int:
    result = await session.execute(
        delete(ConsoleSession).where(ConsoleSession.username == username)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def _user_or_404(session: AsyncSession, username: str) -> User:
    user = await get_user_by_username(session, username)
    if user is None:
        raise NotFound("no such user", code="no_user")
    return user


async def set_user_disabled(
    session: AsyncSession,
    username: str,
    disabled: bool,
    *,
    actor: str = "cli",
    now: datetime | None = None,
) -> bool:
    """Disable a user (ending every session they have) or enable them again.

    Returns whether anything changed. Raises ``NotFound`` for an unknown name.
    """
    user = await _user_or_404(session, username)
    if (user.disabled_at is not None) == disabled:
        return False
    value = (now or utcnow()) if disabled else None
    await session.execute(
        update(User)
        .where(User.id == user.id)
        .values(disabled_at=value)
        .execution_options(synchronize_session=False)
    )
    user.disabled_at = value
    ended = await _end_sessions(session, username) if disabled else 0
    await audit(
        session,
        actor=actor,
        action="user.disable" if disabled else "user.enable",
        target=username,
        before={"disabled": not disabled},
        after={"disabled": disabled, "sessions_ended": ended},
    )
    return True


async def reset_password(
    session: AsyncSession, username: str, password_hash: str, *, actor: str = "cli"
) -> int:
    """Give a user a new password hash, ending their sessions and login throttling.

    Returns how many sessions ended. Raises ``NotFound`` for an unknown name.
    """
    user = await _user_or_404(session, username)
    await session.execute(
        update(User)
        .where(User.id == user.id)
        .values(password_hash=password_hash, failed_logins=0, locked_until=None)
        .execution_options(synchronize_session=False)
    )
    ended = await _end_sessions(session, username)
    # Neither the password nor its hash: only that it changed.
    await audit(
        session,
        actor=actor,
        action="user.reset_password",
        target=username,
        after={"sessions_ended": ended},
    )
    return ended


async def audit(
    session: AsyncSession,
    *,
    actor: str,
    action: str,
    target: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append an audit entry in the caller's transaction."""
    session.add(
        AuditEntry(
            at=utcnow(), actor=actor, action=action, target=target, before=before, after=after
        )
    )
