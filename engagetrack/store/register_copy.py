"""Copying a whole register from one engine to another: a workstation file to the team
server, or the server to a portable SQLite snapshot.

Every table of the models is copied row for row, ids kept (stage history, assessments'
history and the audit trail name records by id), parents before children, in one
transaction on the destination: the copy is there whole or not at all. The destination must
hold no records yet (the reference data its schema was created with is replaced by the
source's). At the end the rows of every table are counted on both sides; a difference rolls
the copy back. The source is read in one snapshot, so a register in use copies consistently.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, LargeBinary, Table, delete, func, insert, select, text

from engagetrack.domain.messages import t
from engagetrack.store import fulltext, postgres
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.store.models import Base

# the reference data the schema's first revision writes; replaced, never merged
REFERENCE_TABLES = ("frameworks", "principles")
ROWS_PER_BATCH = 2_000
BLOB_ROWS_PER_BATCH = 8  # rows of a table holding files (up to 50 MB each)

Progress = Callable[[str, int], None]


class CopyError(StoreError):
    """The copy was refused or failed; nothing was written to the destination."""


@dataclass(frozen=True)
class CopyResult:
    rows: dict[str, int]  # table -> rows copied

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def tables() -> list[Table]:
    """Every table of the register, parents before children."""
    return list(Base.metadata.sorted_tables)


def copy_register(
    source: Database, destination: Database, *, progress: Progress | None = None
) -> CopyResult:
    """Copy every record of `source` into the empty `destination` (see the module)."""
    if destination.read_only:
        raise CopyError(t("The destination is open read-only; nothing was copied."))
    with _snapshot(source) as reader, destination.engine.connect() as writer, writer.begin():
        _refuse_unless_empty(writer, destination)
        for name in reversed(REFERENCE_TABLES):
            writer.execute(delete(Base.metadata.tables[name]))
        copied: dict[str, int] = {}
        sqlite_destination = writer.dialect.name == "sqlite"
        if sqlite_destination:
            for index in fulltext.INDEXES:
                writer.execute(text(index.suspend_statement()))
        for table in tables():
            copied[table.name] = _copy_table(reader, writer, table, progress)
        if sqlite_destination:
            for index in fulltext.INDEXES:
                writer.execute(text(f"INSERT INTO {index.name}({index.name}) VALUES ('rebuild')"))
                writer.execute(text(index.insert_trigger()))
        if writer.dialect.name == "postgresql":
            postgres.advance_sequences(writer, tables())
        _check_counts(reader, writer, copied)
    return CopyResult(copied)


@contextlib.contextmanager
def _snapshot(source: Database) -> Iterator[Connection]:
    """A connection that reads every table as of one moment, whoever writes meanwhile: one
    transaction (SQLite's is a snapshot already; PostgreSQL's must be repeatable read)."""
    with source.engine.connect() as reader:
        if reader.dialect.name == "postgresql":
            reader = reader.execution_options(isolation_level="REPEATABLE READ")
        with reader.begin():
            yield reader


def _refuse_unless_empty(writer: Connection, destination: Database) -> None:
    for table in tables():
        if table.name in REFERENCE_TABLES:
            continue
        if writer.execute(select(table).limit(1)).first() is not None:
            raise CopyError(
                t(
                    "{place} already holds records ({table}); copy into an empty register.",
                    place=destination.target.describe(),
                    table=table.name,
                )
            )


def _batches(reader: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    holds_files = any(isinstance(c.type, LargeBinary) for c in table.c)
    size = BLOB_ROWS_PER_BATCH if holds_files else ROWS_PER_BATCH
    order = list(table.primary_key.columns) or list(table.c)
    result = reader.execution_options(stream_results=True, yield_per=size).execute(
        select(table).order_by(*order)
    )
    for partition in result.mappings().partitions(size):
        yield [dict(row) for row in partition]


def _copy_table(
    reader: Connection, writer: Connection, table: Table, progress: Progress | None
) -> int:
    count = 0
    for rows in _batches(reader, table):
        writer.execute(insert(table), rows)
        count += len(rows)
        if progress is not None:
            progress(table.name, count)
    return count


def _check_counts(reader: Connection, writer: Connection, copied: dict[str, int]) -> None:
    for table in tables():
        there = reader.scalar(select(func.count()).select_from(table))
        here = writer.scalar(select(func.count()).select_from(table))
        if not there == here == copied[table.name]:
            raise CopyError(
                t(
                    "The copy of {table} does not add up ({source} rows in the source,"
                    " {copied} in the copy); nothing was copied.",
                    table=table.name,
                    source=there,
                    copied=here,
                )
            )
