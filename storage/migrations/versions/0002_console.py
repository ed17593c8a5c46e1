"""moderator console: sessions and moderation notes

Revision ID: 0002_console
Revises: 0001
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.models

revision: str = '0002_console'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table(
        'console_sessions',
        sa.Column('id', _ID, autoincrement=True, nullable=False),
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('username', sa.String(length=64), nullable=False),
        sa.Column('created_at', storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column('expires_at', storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_console_sessions')),
        sa.UniqueConstraint('token_hash', name=op.f('uq_console_sessions_token_hash')),
    )
    with op.batch_alter_table('console_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_console_sessions_username'), ['username'], unique=False)
        batch_op.create_index(batch_op.f('ix_console_sessions_expires_at'), ['expires_at'], unique=False)
    op.create_table(
        'moderation_notes',
        sa.Column('id', _ID, autoincrement=True, nullable=False),
        sa.Column('submission_id', _ID, nullable=False),
        sa.Column('author', sa.String(length=64), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('created_at', storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_moderation_notes')),
    )
    with op.batch_alter_table('moderation_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_moderation_notes_submission_id'), ['submission_id'], unique=False)


def downgrade() -> None:
    op.drop_table('moderation_notes')
    op.drop_table('console_sessions')
