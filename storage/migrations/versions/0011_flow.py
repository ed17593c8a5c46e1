"""flow: answers to the questionnaire's own questions, and the questionnaire versions

Revision ID: 0011_flow
Revises: 0010_writeback
Create Date: 2026-12-03 17:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.models

revision: str = '0011_flow'
down_revision: str | None = '0010_writeback'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('submissions') as batch:
        batch.add_column(sa.Column('answers', sa.JSON(), nullable=True))
        batch.add_column(sa.Column('flow_version', sa.String(length=16), nullable=True))
    op.create_table(
        'flow_versions',
        sa.Column('version', sa.String(length=16), nullable=False),
        sa.Column('definition', sa.JSON(), nullable=False),
        sa.Column('created_at', storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('version', name=op.f('pk_flow_versions')),
    )


def downgrade() -> None:
    op.drop_table('flow_versions')
    with op.batch_alter_table('submissions') as batch:
        batch.drop_column('flow_version')
        batch.drop_column('answers')
