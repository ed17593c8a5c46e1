"""admin: free-text search over anonymised text, API token expiry, disabled console users

SQLite gets an FTS5 index with external content (the text lives only in
``submissions``) kept in step by triggers, so every write path (the ORM, the
fast path, the inline batch writer, erasure) updates it without knowing it
exists. PostgreSQL gets a GIN index on the same text's ``tsvector``, which the
database keeps in step by itself. Both tokenise the same way: words of letters,
digits and combining marks (so Bengali and Devanagari vowel signs stay inside
their words), no stemming and no accent folding, in every script.

A later migration that recreates ``submissions`` on SQLite (``batch_alter_table``
copies the table) drops the triggers; it must call ``create_sqlite_search()`` again.

Revision ID: 0009_admin
Revises: 0008_disclosure
Create Date: 2026-12-03 16:45:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009_admin'
down_revision: str | None = '0008_disclosure'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE submissions_fts USING fts5(text, content='submissions', "
    "content_rowid='id', tokenize=\"unicode61 remove_diacritics 0 categories 'L* N* Co M*'\")",
    "CREATE TRIGGER submissions_fts_insert AFTER INSERT ON submissions BEGIN "
    "INSERT INTO submissions_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER submissions_fts_delete AFTER DELETE ON submissions BEGIN "
    "INSERT INTO submissions_fts(submissions_fts, rowid, text) "
    "VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER submissions_fts_update AFTER UPDATE OF text ON submissions BEGIN "
    "INSERT INTO submissions_fts(submissions_fts, rowid, text) "
    "VALUES ('delete', old.id, old.text); "
    "INSERT INTO submissions_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO submissions_fts(submissions_fts) VALUES ('rebuild')",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS submissions_fts_update",
    "DROP TRIGGER IF EXISTS submissions_fts_delete",
    "DROP TRIGGER IF EXISTS submissions_fts_insert",
    "DROP TABLE IF EXISTS submissions_fts",
)
POSTGRES_SEARCH = (
    "CREATE INDEX ix_submissions_text_search ON submissions "
    "USING gin (to_tsvector('simple'::regconfig, text))"
)


def create_sqlite_search() -> None:
    for statement in SQLITE_SEARCH:
        op.execute(statement)


def upgrade() -> None:
    with op.batch_alter_table('api_tokens') as batch:
        batch.add_column(sa.Column('expires_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('disabled_at', sa.DateTime(timezone=True), nullable=True))
    if op.get_bind().dialect.name == 'sqlite':
        create_sqlite_search()
    else:
        op.execute(POSTGRES_SEARCH)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for statement in SQLITE_DROP:
            op.execute(statement)
    else:
        op.execute("DROP INDEX IF EXISTS ix_submissions_text_search")
    with op.batch_alter_table('users') as batch:
        batch.drop_column('disabled_at')
    with op.batch_alter_table('api_tokens') as batch:
        batch.drop_column('expires_at')
