"""throttles, replay marks and review sessions: limits that hold across processes

``throttles`` holds the web form's rate limit and the console's login throttles,
``replay_marks`` the Twilio signatures already accepted, ``review_sessions`` the
signed-in review dashboards (so signing out ends the session on the server).

Revision ID: 0006_hostile_load
Revises: 0005_outbox_lease_owner
Create Date: 2026-12-03 14:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.models

revision: str = '0006_hostile_load'
down_revision: str | None = '0005_outbox_lease_owner'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table(
        'throttles',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('until', sa.Float(), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('delay', sa.Float(), nullable=False),
        sa.Column('updated', sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_throttles')),
    )
    op.create_index(op.f('ix_throttles_updated'), 'throttles', ['updated'])
    op.create_table(
        'replay_marks',
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('expires', sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint('digest', name=op.f('pk_replay_marks')),
    )
    op.create_index(op.f('ix_replay_marks_expires'), 'replay_marks', ['expires'])
    op.create_table(
        'review_sessions',
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('token_id', _ID, nullable=False),
        sa.Column('expires_at', storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_review_sessions')),
    )
    op.create_index(op.f('ix_review_sessions_token_id'), 'review_sessions', ['token_id'])
    op.create_index(op.f('ix_review_sessions_expires_at'), 'review_sessions', ['expires_at'])


def downgrade() -> None:
    op.drop_table('review_sessions')
    op.drop_table('replay_marks')
    op.drop_table('throttles')
