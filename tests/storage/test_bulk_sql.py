"""The PostgreSQL batch statements, compiled and checked against the tables on every run.

The bulk statements are raw SQL and run only on PostgreSQL, so a column added to a
table could be written as NULL by them while the row-by-row path (and every SQLite
test) fills it. These checks need no server.
"""

from __future__ import annotations

import re
from dataclasses import asdict

import pytest
from sqlalchemy.dialects.postgresql.asyncpg import PGDialect_asyncpg

from storage.models import Base
from storage.queries import intake_bulk as q
from storage.queries.submissions import NewSubmission, submission_rows

# SQLAlchemy's dialect constructors carry no annotations.
ASYNCPG = PGDialect_asyncpg()  # type: ignore[no-untyped-call]
_INSERT = re.compile(r"INSERT INTO (\w+)\s*\(([^)]*)\)", re.S)


def _inserts() -> dict[str, list[str]]:
    sql = str(q._BATCH_WRITE.stmt.compile(dialect=ASYNCPG))
    found = {
        table: [name.strip() for name in columns.split(",")]
        for table, columns in _INSERT.findall(sql)
    }
    assert set(found) == {"contacts", "conversations", "submissions", "outbox"}
    return found


@pytest.mark.parametrize("statement", ["_BATCH_READ", "_BATCH_WRITE"])
def test_the_bulk_statements_compile_for_asyncpg(statement: str) -> None:
    prepared = getattr(q, statement)
    compiled = prepared._for(ASYNCPG)
    assert "$1" in compiled.sql
    assert ":now" not in compiled.sql  # every named parameter became positional
    assert "now" in compiled.names


def test_every_inserted_column_exists_and_every_needed_one_is_written() -> None:
    for table_name, columns in _inserts().items():
        table = Base.metadata.tables[table_name]
        assert len(columns) == len(set(columns)), table_name
        assert set(columns) <= set(table.columns.keys()), table_name
        for column in table.columns:
            if column.primary_key and column.name == "id":
                continue  # the serial key
            # Row by row, SQLAlchemy writes a Python-side default and the database must
            # have a value for a NOT NULL column: the bulk statement has to agree.
            needed = column.server_default is None and (
                column.default is not None or not column.nullable
            )
            if needed:
                assert column.name in columns, f"{table_name}.{column.name} is not written"


def test_the_filed_columns_are_exactly_what_add_submissions_holds_back() -> None:
    _, (row,) = submission_rows([NewSubmission("web", "en", "text", "p" * 64, "v1")])
    assert set(q.FILED_COLUMNS) == set(row)
    assert _inserts()["submissions"] == [*q.FILED_COLUMNS, "created_at", "updated_at"]


def test_rows_that_disagree_with_the_column_list_are_refused() -> None:
    class Session:
        def __init__(self) -> None:
            self.info = {q._BATCH_KEY: q._Batch(session=None)}  # type: ignore[arg-type]

    row = {**asdict(NewSubmission("web", "en", "text", "p" * 64, "v1")), "receipt": "R"}
    with pytest.raises(ValueError, match="column list"):
        q.hold_submissions(Session(), [{**row, "surprise": 1}])  # type: ignore[arg-type]
    assert q.hold_submissions(Session(), [row])  # type: ignore[arg-type]


@pytest.mark.parametrize("table_name", ["contacts", "conversations", "outbox"])
def test_the_insert_lists_follow_the_tables(table_name: str) -> None:
    """A new column fails at import until the bulk statement writes it or names it defaulted."""
    table = Base.metadata.tables[table_name]
    serial = frozenset({"id"} & set(table.columns.keys()))
    written = [c.name for c in table.columns if c.name not in serial]
    values = {name: f"x.{name}" for name in written}
    columns, select_list = q.insert_columns(table, values, serial)
    assert columns.split(", ") == written
    assert select_list == ", ".join(f"x.{name}" for name in written)
    with pytest.raises(RuntimeError, match="without a value"):
        q.insert_columns(table, dict(list(values.items())[1:]), serial)
    with pytest.raises(RuntimeError, match="unknown"):
        q.insert_columns(table, {**values, "surprise": "1"}, serial)
