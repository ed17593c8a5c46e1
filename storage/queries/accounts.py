"""Named queries for console users, API tokens and the audit log."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import PayloadRejected
from storage.credentials import new_api_token, token_digest
from storage.models import ApiToken, AuditEntry, User

ROLES = ("moderator", "reviewer", "admin")


async def add_user(
    session: AsyncSession,
    username: str,
    password_hash: str,
    role: str,
    *,
    country: str | None = None,
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
        actor="cli",
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
    session: AsyncSession, role: str, country: str | None = None, label: str | None = None
) -> str:
    """Create a token and return it; only its digest is stored."""
    if role not in ROLES:
        raise PayloadRejected(f"role must be one of {', '.join(ROLES)}", code="bad_role")
    token, digest = new_api_token()
    session.add(ApiToken(token_hash=digest, role=role, country=country, label=label))
    await audit(
        session,
        actor="cli",
        action="token.create",
        target=digest[:12],
        after={"role": role, "country": country},
    )
    return token


async def get_api_token(session: AsyncSession, token: str) -> ApiToken | None:
    """Return the live (not revoked) token record for a presented bearer token."""
    result = await session.execute(
        select(ApiToken).where(
            ApiToken.token_hash == token_digest(token), ApiToken.revoked_at.is_(None)
        )
    )
    return result.scalar_one_or_none()


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
