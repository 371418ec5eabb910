"""Running a statement on the session's own sqlite3 connection, its values written inline.

For the big reads (a table's 200,000 sorted ids, an export's rows) SQLAlchemy's result
machinery costs about half a microsecond per row and value: a tenth of an export, 100 ms of
a sort. `inline_statement` renders the statement with its values as SQL literals, each
escaped by its own type exactly as SQLAlchemy writes literals, for the driver to run in the
session's transaction. The caller converts the values it needs (see the columns' own result
processors) and falls back to the session where it gets None.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select
from sqlalchemy.exc import CompileError
from sqlalchemy.orm import Session


def inline_statement(session: Session, query: Select[Any]) -> tuple[Any, str] | None:
    """(the session's sqlite3 connection, the SQL with its values inline), or None when the
    database is not SQLite or a value has no literal form."""
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite":
        return None
    try:
        sql = str(
            query.compile(
                dialect=dialect,
                compile_kwargs={"literal_binds": True, "render_postcompile": True},
            )
        )
    except CompileError:
        return None
    return driver_connection(session), sql


def driver_connection(session: Session) -> Any:
    """The DB-API connection under the session, inside the session's transaction."""
    driver = session.connection().connection.driver_connection
    assert driver is not None
    return driver
