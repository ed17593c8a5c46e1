"""writeback: opt-in time and open question on contacts; broadcasts and poll answers

Revision ID: 0010_writeback
Revises: 0009_admin
Create Date: 2026-12-03 17:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010_writeback'
down_revision: str | None = '0009_admin'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BigId = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    with op.batch_alter_table('contacts') as batch:
        batch.add_column(sa.Column('opt_in_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('open_poll', BigId, nullable=True))
    op.create_table(
        'broadcasts',
        sa.Column('id', BigId, autoincrement=True, nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('country', sa.String(length=2), nullable=True),
        sa.Column('lang', sa.String(length=8), nullable=True),
        sa.Column('objective', sa.Integer(), nullable=True),
        sa.Column('texts', sa.JSON(), nullable=False),
        sa.Column('poll', sa.JSON(), nullable=True),
        sa.Column('queued', sa.Integer(), nullable=False),
        sa.Column('sent', sa.Integer(), nullable=False),
        sa.Column('failed', sa.Integer(), nullable=False),
        sa.Column('blocked', sa.Integer(), nullable=False),
        sa.Column('skipped', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_broadcasts')),
    )
    op.create_table(
        'poll_answers',
        sa.Column('id', BigId, autoincrement=True, nullable=False),
        sa.Column('broadcast_id', BigId, nullable=False),
        sa.Column('pseudonym', sa.String(length=64), nullable=False),
        sa.Column('option', sa.Integer(), nullable=False),
        sa.Column('answered_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_poll_answers')),
        sa.UniqueConstraint('broadcast_id', 'pseudonym', name='uq_poll_answers_person'),
    )
    op.create_index(
        op.f('ix_poll_answers_broadcast_id'), 'poll_answers', ['broadcast_id'], unique=False
    )
    op.create_index(op.f('ix_poll_answers_pseudonym'), 'poll_answers', ['pseudonym'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_poll_answers_pseudonym'), table_name='poll_answers')
    op.drop_index(op.f('ix_poll_answers_broadcast_id'), table_name='poll_answers')
    op.drop_table('poll_answers')
    op.drop_table('broadcasts')
    with op.batch_alter_table('contacts') as batch:
        batch.drop_column('open_poll')
        batch.drop_column('opt_in_at')
