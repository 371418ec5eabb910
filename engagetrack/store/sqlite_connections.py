"""SQLite connections to a register file: ours with their pragmas, and a bare reader.

Every session's connection has the same pragmas (foreign keys, busy timeout, full sync); a
few start-up reads take a bare read-only connection instead, without SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from engagetrack.domain.messages import t
from engagetrack.store.errors import NotADatabaseError, ReadOnlyFileError
from engagetrack.store.folding import fold_or_none
from engagetrack.store.location import sqlite_uri

if TYPE_CHECKING:
    from sqlalchemy import Engine

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def connect(path: Path, *, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    """A driver connection with our pragmas, as every session's connection has them."""
    uri = sqlite_uri(path.resolve(), read_only=read_only, immutable=immutable)
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    # autocommit at the driver; SQLAlchemy's "begin" event emits BEGIN itself, so every
    # session transaction is a real SQLite transaction (the pysqlite recipe)
    conn.isolation_level = None
    conn.execute("PRAGMA foreign_keys=ON")
    # the small tables' accent-blind search (store/like.py), a pure function of its text
    conn.create_function("et_fold", 1, fold_or_none, deterministic=True)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous=FULL")
    if read_only:
        conn.execute("PRAGMA query_only=ON")
    return conn


def plain_reader(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection (by its URI) without our pragmas: each would be one more
    statement to run, and a few reads need none of them."""
    return sqlite3.connect(
        sqlite_uri(path.resolve(), read_only=True, immutable=immutable),
        uri=True,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )


def sqlite_engine(path: Path, *, read_only: bool, immutable: bool = False) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    # NullPool: each session gets its own connection, so threads never share one
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(path, read_only=read_only, immutable=immutable),
        poolclass=NullPool,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def check_header(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise NotADatabaseError(t("{path} is a folder, not a database file.", path=path)) from None
    except PermissionError:
        raise ReadOnlyFileError(t("{path} cannot be read: permission denied.", path=path)) from None
    if head and head != SQLITE_HEADER:
        raise NotADatabaseError(
            t("{name} is not an EngageTrack database (it is not a SQLite file).", name=path.name)
        )
