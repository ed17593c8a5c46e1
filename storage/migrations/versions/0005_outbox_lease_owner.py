"""outbox: who holds each lease, and the workers' heartbeats

A reply's lease names the worker that took it; each worker writes a heartbeat. A
lease whose worker stopped beating (killed, machine gone) is released early instead
of waiting out the lease, and a single SQLite worker releases every lease at start.

Revision ID: 0005_outbox_lease_owner
Revises: 0004_outbox_pending
Create Date: 2026-12-03 14:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.models

revision: str = '0005_outbox_lease_owner'
down_revision: str | None = '0004_outbox_pending'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEASED = sa.text("lease_owner IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table('outbox') as batch:
        batch.add_column(sa.Column('lease_owner', sa.String(length=32), nullable=True))
    op.create_index(
        'ix_outbox_leased', 'outbox', ['lease_owner'], postgresql_where=LEASED, sqlite_where=LEASED
    )
    op.create_table(
        'outbox_workers',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('heartbeat_at', storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade() -> None:
    op.drop_table('outbox_workers')
    op.drop_index('ix_outbox_leased', table_name='outbox')
    with op.batch_alter_table('outbox') as batch:
        batch.drop_column('lease_owner')
