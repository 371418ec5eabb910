"""What a register on a PostgreSQL server needs that a file does not: how a connection is
set up, who it is, what it may do, ids for bulk writes, and the lock that keeps an import
whole while others write.

SQLite has one writer at a time (the lock file); a server has many. Single edits are kept
safe by the records' versions (models.Timestamped). A bulk write (an import, a generated
register) reads the register, decides, then writes thousands of rows: it locks the record
tables against other writers for its transaction (readers go on), so no one's edit can fall
between what it read and what it writes, and two imports run one after the other.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

# tables a bulk write may change; locked in this order by every bulk writer (no deadlock)
BULK_TABLES = (
    "organizations",
    "contacts",
    "stage_changes",
    "meetings",
    "meeting_organizations",
    "meeting_contacts",
    "meeting_principles",
    "commitments",
    "assessments",
    "audit_entries",
)
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
    dbapi_connection.commit()


def lock_for_bulk_write(session: Session) -> None:
    """Hold the record tables against other writers until this transaction ends. Must be the
    transaction's first statement: everything read after it is current."""
    session.execute(text("SET LOCAL lock_timeout = 0"))  # an import waits for the one before
    session.execute(text(f"LOCK TABLE {', '.join(BULK_TABLES)} IN SHARE ROW EXCLUSIVE MODE"))


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
