"""submissions: why an item is urgent (its category and the cue's span), when on-call was told

The partial index holds only urgent items not yet alerted, so the alert worker's
query stays small however many submissions there are.

Revision ID: 0007_urgent_reason
Revises: 0006_hostile_load
Create Date: 2026-12-03 14:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007_urgent_reason'
down_revision: str | None = '0006_hostile_load'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


UNALERTED = sa.text("urgent AND alerted_at IS NULL")


def upgrade() -> None:
    with op.batch_alter_table('submissions') as batch_op:
        batch_op.add_column(sa.Column('urgent_category', sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column('urgent_cue', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('alerted_at', sa.DateTime(), nullable=True))
    op.create_index(
        'ix_submissions_unalerted',
        'submissions',
        ['id'],
        postgresql_where=UNALERTED,
        sqlite_where=UNALERTED,
    )


def downgrade() -> None:
    op.drop_index('ix_submissions_unalerted', table_name='submissions')
    with op.batch_alter_table('submissions') as batch_op:
        batch_op.drop_column('alerted_at')
        batch_op.drop_column('urgent_cue')
        batch_op.drop_column('urgent_category')
