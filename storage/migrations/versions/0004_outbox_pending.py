"""outbox: partial indexes on pending replies (replacing ix_outbox_due)

The worker's query takes the oldest pending replies, each person's oldest first.
Without these it walked every reply ever sent (or every pending one, when a plan made
on a small table was kept), so a backlog made each pass slower and the database busy.

Revision ID: 0004_outbox_pending
Revises: 0003_review
Create Date: 2026-11-26 09:50:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004_outbox_pending'
down_revision: str | None = '0003_review'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PENDING = sa.text("state = 'pending'")


def upgrade() -> None:
    op.drop_index('ix_outbox_due', table_name='outbox')
    op.create_index(
        'ix_outbox_pending', 'outbox', ['id'], postgresql_where=PENDING, sqlite_where=PENDING
    )
    op.create_index(
        'ix_outbox_pending_person',
        'outbox',
        ['pseudonym', 'id'],
        postgresql_where=PENDING,
        sqlite_where=PENDING,
    )


def downgrade() -> None:
    op.drop_index('ix_outbox_pending_person', table_name='outbox')
    op.drop_index('ix_outbox_pending', table_name='outbox')
    op.create_index('ix_outbox_due', 'outbox', ['state', 'next_attempt_at'])
