"""Alembic environment: runs on the connection that ``storage.migrate`` hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from storage.models import Base

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `voices db upgrade`, not the alembic CLI")

# Created by migration 0009 outside the models: the SQLite search index (a virtual
# table and its shadow tables) and PostgreSQL's expression index. Autogenerate must
# not offer to drop them.
UNMODELLED = ("submissions_fts", "ix_submissions_text_search")


def include_object(
    obj: object, name: str | None, kind: str, reflected: bool, other: object
) -> bool:
    """Leave the search index out of autogenerate's comparison."""
    return not (reflected and name is not None and name.startswith(UNMODELLED))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
