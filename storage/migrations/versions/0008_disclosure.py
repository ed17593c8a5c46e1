"""disclosure: submissions a moderator clears for counting only; country-scoped console users

Revision ID: 0008_disclosure
Revises: 0007_urgent_reason
Create Date: 2026-12-03 14:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008_disclosure'
down_revision: str | None = '0007_urgent_reason'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('submissions') as batch:
        batch.add_column(
            sa.Column('quotable', sa.Boolean(), nullable=False, server_default=sa.true())
        )
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('country', sa.String(length=2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.drop_column('country')
    with op.batch_alter_table('submissions') as batch:
        batch.drop_column('quotable')
