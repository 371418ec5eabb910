"""Running a statement on the session's own driver connection (sqlite3, or psycopg on a
team server), its values bound.

For the big reads (a table's 200,000 sorted ids, an export's rows) SQLAlchemy's result
machinery costs about half a microsecond per row and value: a tenth of an export, 100 ms of
a sort. `driver_statement` compiles the statement for SQLite with `IN (...)` lists expanded
(`render_postcompile`) and hands back the SQL with `?` placeholders and the positional
values, each passed through its own type's bind processor exactly as SQLAlchemy does when
it executes (dates become ISO text, vocabulary members their codes). The user's text is
never written into the SQL, so a quote, a percent sign or a NUL character is just a value.
The driver runs it in the session's transaction; the caller converts the values it needs
(see the columns' own result processors) and falls back to the session where it gets None.

On PostgreSQL the same statement runs with psycopg's named parameters through a server-side
cursor, read a few thousand rows at a time: an export's rows arrive without SQLAlchemy's
per-row work and without holding them all in memory. A single column (a table's sorted ids)
comes back instead as one array, `SELECT ARRAY(...)` in binary: the server sends 200,000 ids
in one message that psycopg unpacks in C, where the server-side cursor took 40 round trips
and parsed each id from text (100 ms of a 200,000-row sort, measured on the team-server
bench; the server's own sort is the rest).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select
from sqlalchemy.exc import CompileError
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class DriverStatement:
    """SQL with `?` placeholders, its values in order, and the connection to run it on."""

    connection: Any  # the sqlite3 or psycopg connection under the session
    sql: str
    parameters: tuple[Any, ...] | dict[str, Any]

    def execute(self) -> Any:
        """The driver's cursor over the rows."""
        if isinstance(self.parameters, dict):  # psycopg: a server-side cursor
            cursor = self.connection.cursor(name=f"et_{next(_CURSORS)}")
            cursor.itersize = SERVER_BATCH
            cursor.execute(self.sql, self.parameters)
            return cursor
        return self.connection.execute(self.sql, self.parameters)

    def column(self) -> list[Any]:
        """The first value of every row, in the statement's order."""
        if isinstance(self.parameters, dict):  # psycopg: one array, in one round trip
            # ARRAY(subquery) keeps the subquery's ORDER BY; binary int arrays need no parsing
            with self.connection.cursor(binary=True) as cursor:
                cursor.execute(f"SELECT ARRAY({self.sql})", self.parameters)
                row = cursor.fetchone()
            values = row[0] if row is not None else None
            return values if values is not None else []
        cursor = self.connection.execute(self.sql, self.parameters)
        try:
            return [row[0] for row in cursor]
        finally:
            cursor.close()


SERVER_BATCH = 5_000  # rows per round trip from a server-side cursor
_CURSORS = itertools.count(1)


def driver_statement(session: Session, query: Select[Any]) -> DriverStatement | None:
    """The statement ready for the session's driver connection (SQLite's or PostgreSQL's),
    or None when it cannot be compiled for it (the caller uses the session)."""
    dialect = session.get_bind().dialect
    if dialect.name not in ("sqlite", "postgresql"):
        return None
    try:
        compiled = query.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        state = compiled.construct_expanded_state()
    except CompileError:
        return None
    # the expanded state names only the processors of expanded IN lists; the others (dates,
    # vocabularies, the full-text query's own syntax) are the compiled statement's
    processors: dict[str, Any] = {**compiled._bind_processors, **state.processors}
    values = state.parameters
    if dialect.name == "postgresql":
        named = {
            key: processors[key](value) if key in processors else value
            for key, value in values.items()
        }
        return DriverStatement(driver_connection(session), state.statement, named)
    if state.positiontup is None:
        return None
    parameters = tuple(
        processors[key](values[key]) if key in processors else values[key]
        for key in state.positiontup
    )
    return DriverStatement(driver_connection(session), state.statement, parameters)


def driver_connection(session: Session) -> Any:
    """The DB-API connection under the session, inside the session's transaction."""
    driver = session.connection().connection.driver_connection
    assert driver is not None
    return driver
