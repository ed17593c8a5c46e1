"""review: privacy budget per API token

Revision ID: 0003_review
Revises: 0002_console
Create Date: 2026-11-26 03:50:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.models

revision: str = '0003_review'
down_revision: str | None = '0002_console'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('review_budget',
    sa.Column('token_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=False, nullable=False),
    sa.Column('spent', sa.Float(), nullable=False),
    sa.Column('queries', sa.Integer(), nullable=False),
    sa.Column('updated_at', storage.models.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('token_id', name=op.f('pk_review_budget'))
    )


def downgrade() -> None:
    op.drop_table('review_budget')
