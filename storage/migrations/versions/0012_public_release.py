"""public_release: the transparency page's noisy counts, one row per closed quarter

Revision ID: 0012_public_release
Revises: 0011_flow
Create Date: 2026-12-03 19:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.models

revision: str = '0012_public_release'
down_revision: str | None = '0011_flow'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'public_releases',
        sa.Column('period', sa.String(length=8), nullable=False),
        sa.Column('epsilon', sa.Float(), nullable=False),
        sa.Column('cells', sa.JSON(), nullable=False),
        sa.Column('released_at', storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('period', name=op.f('pk_public_releases')),
    )


def downgrade() -> None:
    op.drop_table('public_releases')
