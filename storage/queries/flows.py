"""Named queries for questionnaire versions: store one once, read one back."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from storage.models import FlowVersion


async def save_flow_version(
    session: AsyncSession, version: str, definition: dict[str, Any]
) -> None:
    """Store a flow version unless it is stored already (versions are digests: never changed)."""
    values = {"version": version, "definition": definition, "created_at": utcnow()}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        stmt: Any = pg_insert(FlowVersion).values(**values).on_conflict_do_nothing()
    elif dialect == "sqlite":
        stmt = sqlite_insert(FlowVersion).values(**values).on_conflict_do_nothing()
    else:  # pragma: no cover - we run on SQLite and PostgreSQL only
        if await load_flow_version(session, version) is not None:
            return
        stmt = insert(FlowVersion).values(**values)
    await session.execute(stmt)


async def load_flow_version(session: AsyncSession, version: str) -> dict[str, Any] | None:
    """The stored definition of a flow version, or None."""
    result = await session.execute(
        select(FlowVersion.definition).where(FlowVersion.version == version)
    )
    return result.scalar_one_or_none()
