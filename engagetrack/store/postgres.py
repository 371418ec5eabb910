"""What a register on a PostgreSQL server needs that a file does not: how a connection is
set up, who it is, what it may do, ids for bulk writes, and the lock that keeps an import
whole while others write.

SQLite has one writer at a time (the lock file); a server has many. Single edits are kept
safe by the records' versions (models.Timestamped). A bulk write (an import, a generated
register) reads the register, decides, then writes thousands of rows: no one's edit may fall
between what it read and what it writes, and two imports must run one after the other. Every
write transaction takes one advisory lock first: shared for an ordinary edit (edits run side
by side), exclusive for a bulk write (it waits for the edits under way, and new ones wait for
it). Readers take nothing and go on. One lock taken first, rather than table locks, because
an edit's statements reach the tables in no fixed order (the ORM's flush decides), and table
locks taken in another order deadlock.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, event, text
from sqlalchemy.orm import Session

# the advisory lock's key: any fixed number; "ET" and the schema's first year
WRITERS_KEY = 0x4554_2026
# how long an ordinary edit waits for a row or table another writer holds (an import)
LOCK_TIMEOUT_MS = 5_000
ID_BLOCK = 1_000  # ids taken from a sequence at a time by a bulk writer


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def configure_connection(dbapi_connection: Any) -> None:
    """For every new connection: name the program (the server's activity view shows who is
    connected) and bound the wait for locks, so an edit during an import is refused with a
    message instead of hanging."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET application_name = 'EngageTrack'")
        cursor.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
        # compiling a big sort's query to machine code costs more than it saves here (a
        # listing's sort crossed the threshold and took 100 ms longer); OLTP servers do the same
        cursor.execute("SET jit = off")
        # a listing sorts a whole big table while the workstation waits: let the server share
        # the sort among its workers sooner than its defaults (made for many users at once
        # on big machines) would; tables under min_parallel_table_scan_size are unaffected
        # (the Commitments sort by description: 260 -> 185 ms on two cores)
        cursor.execute("SET parallel_setup_cost = 100")
        cursor.execute("SET parallel_tuple_cost = 0.01")
    dbapi_connection.commit()


_BYTE_ORDER = "text_sorts_by_bytes"  # Connection.info: the database's collation is C-like
_C_COLLATIONS = ("c", "posix", "c.utf-8", "c.utf8")


def text_sorts_by_bytes(session: Session) -> bool:
    """Whether the database's own collation orders text by code point (C, C.UTF-8), so that
    `COLLATE "C"` sorts the same and much faster: PostgreSQL 15 takes only "C" and "POSIX"
    as byte order and sorts in C.UTF-8 through strcoll (a third of a 200,000-row sort).
    Asked once per connection."""
    info = session.connection().info
    if _BYTE_ORDER not in info:
        collation = session.execute(
            text("SELECT datcollate FROM pg_database WHERE datname = current_database()")
        ).scalar()
        info[_BYTE_ORDER] = str(collation or "").lower() in _C_COLLATIONS
    return bool(info[_BYTE_ORDER])


_LOCK = "writer_lock"  # session.info: "edit" or "bulk", once taken


def take_writer_lock_first(session: Session) -> None:
    """Before the first statement of this write transaction, the shared lock of an ordinary
    edit (side by side with other edits, never inside a bulk write), unless that first
    statement is a bulk writer's exclusive lock (`lock_for_bulk_write`). Taken on the first
    statement rather than at once so that a bulk writer never holds both (two imports would
    each wait for the other's shared lock)."""

    def first_statement(*_: Any) -> None:
        if session.info.get(_LOCK) is None:
            session.info[_LOCK] = "edit"
            session.execute(text(f"SELECT pg_advisory_xact_lock_shared({WRITERS_KEY})"))

    event.listen(session, "do_orm_execute", first_statement)
    event.listen(session, "before_flush", first_statement)


def lock_for_bulk_write(session: Session) -> None:
    """Alone among writers until this transaction ends (readers go on); everything read
    after it is current. Must come before the transaction's first statement."""
    if session.info.get(_LOCK) == "edit":
        raise RuntimeError("a bulk write must lock before the transaction's first statement")
    session.info[_LOCK] = "bulk"
    session.execute(text("SET LOCAL lock_timeout = 0"))  # an import waits for the one before
    session.execute(text(f"SELECT pg_advisory_xact_lock({WRITERS_KEY})"))


def next_ids(session: Session, table: Table, count: int = ID_BLOCK) -> list[int]:
    """`count` new ids from the table's own sequence: the server hands out ids to every
    writer, so a bulk writer takes its own rather than guessing from max(id)."""
    rows = session.execute(
        text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
        {"table": table.name, "n": count},
    )
    return [int(r[0]) for r in rows]


def current_role(connection: Any) -> str:
    return str(connection.exec_driver_sql("SELECT current_user").scalar())


def can_write(connection: Any) -> bool:
    """Whether this role may change the register's records (a role with read rights only
    opens it read-only, as a read-only file does)."""
    return bool(
        connection.exec_driver_sql(
            "SELECT has_table_privilege(current_user, 'organizations', 'INSERT, UPDATE')"
        ).scalar()
    )


def advance_sequences(session: Session | Connection, tables: list[Table]) -> None:
    """After rows were written with ids of their own (a copy, a generated register), move
    each id sequence past the highest, so the next record added does not collide."""
    for table in tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        session.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, 'id'),"
                f" coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
            ),
            {"table": table.name},
        )


def lock_for_migration(connection: Connection) -> None:
    """Alone among writers and other migrations until this transaction ends (waits as long as
    the migration before it takes)."""
    connection.exec_driver_sql("SET LOCAL lock_timeout = 0")
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITERS_KEY})")
