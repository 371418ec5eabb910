"""Rows of a Core select, fetched by the driver and converted as SQLAlchemy converts them.

On SQLite the statement runs on the session's own connection (store/driver_sql.py) and each
column's own result processor converts its values: SQLAlchemy's row machinery was a tenth of
a 40-second export. Also the small per-row helpers the sheets share (markings).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from engagetrack.domain.vocabularies import Classification
from engagetrack.store.driver_sql import DriverStatement, driver_statement

CHUNK = 2_000
Row = tuple[tuple[Any, ...], Classification]


def levels_for(ceiling: Classification | None) -> list[Classification]:
    return list(Classification) if ceiling is None else ceiling.levels_up_to()


def stream(session: Session, query: Select) -> Iterator[tuple[Any, ...]]:
    """The query's rows, with the values SQLAlchemy would give (dates, vocabulary members).

    (see the module's docstring)."""
    statement = driver_statement(session, query)
    if statement is not None:
        return _converted(session, statement, query)
    return (tuple(r) for r in session.execute(query.execution_options(yield_per=CHUNK)))


def _converted(
    session: Session, statement: DriverStatement, query: Select
) -> Iterator[tuple[Any, ...]]:
    dialect = session.get_bind().dialect
    processors = [
        c.type.dialect_impl(dialect).result_processor(dialect, None) for c in query.selected_columns
    ]
    cursor = statement.execute()
    try:
        while rows := cursor.fetchmany(CHUNK):
            for row in rows:
                yield tuple(
                    [
                        value if convert is None or value is None else convert(value)
                        for value, convert in zip(row, processors, strict=True)
                    ]
                )
    finally:
        cursor.close()


# Classification.rank looks itself up in a list: fine for a form, slow per row of 200,000
RANK: dict[Classification, int] = {c: i for i, c in enumerate(Classification)}


def top_level(a: Classification, b: Classification | None) -> Classification:
    return a if b is None or RANK[a] >= RANK[b] else b
