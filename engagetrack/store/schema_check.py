"""Is the file at the current schema? The quick check with sqlite3 alone, and the long way.

The quick check (`ready_as_is`) runs before SQLAlchemy has loaded, on the names of
store/table_names.py; anything it is not sure of goes the long way (`prepare_schema`),
which upgrades what it may (copying the file first) and explains what it refuses.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from engagetrack.domain.messages import t
from engagetrack.store import backups
from engagetrack.store.errors import (
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyFileError,
    StoreError,
)
from engagetrack.store.file_errors import classify_error
from engagetrack.store.revisions import HEAD_REVISION, KNOWN_REVISIONS
from engagetrack.store.sqlite_connections import plain_reader
from engagetrack.store.table_names import AlembicVersion

if TYPE_CHECKING:
    from sqlalchemy import Engine

_VERSION_SQL = f"SELECT {AlembicVersion.VERSION} FROM {AlembicVersion.TABLE}"


def ready_as_is(path: Path, *, read_only: bool, immutable: bool = False) -> bool:
    """True when the file is an EngageTrack register at the current schema (a writer's in
    WAL mode), checked with sqlite3 alone. Anything else, including any error here, goes the
    long way (`_prepare_schema`), which upgrades what it may and explains what it refuses."""
    try:
        conn = plain_reader(path, immutable=immutable)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        row = conn.execute(_VERSION_SQL).fetchone()
        if row is None or row[0] != HEAD_REVISION:
            return False
        if read_only:
            return True
        mode = conn.execute("PRAGMA journal_mode").fetchone()
        return mode is not None and str(mode[0]).lower() == "wal"
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def prepare_schema(engine: Engine, path: Path, *, read_only: bool, created: bool) -> None:
    from sqlalchemy.exc import DBAPIError, OperationalError

    from engagetrack.store.schema import current_revision, upgrade_to_head, user_table_names

    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            revision = current_revision(conn)
            tables = user_table_names(conn)
    except (DBAPIError, sqlite3.Error) as exc:
        if isinstance(exc, OperationalError) and "unable to open" in str(exc).lower():
            raise ReadOnlyFileError(
                t("{name} cannot be opened: its folder is not writable.", name=path.name)
            ) from None
        raise classify_error(path, exc) from None

    if revision is None:
        if tables:
            raise NotADatabaseError(
                t("{name} is a SQLite database, but not an EngageTrack one.", name=path.name)
            )
        if read_only:
            raise NotADatabaseError(
                t("{name} is empty: it holds no EngageTrack data yet.", name=path.name)
            )
    elif revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(
            t(
                "{name} was written by a newer version of EngageTrack (schema {revision}); this"
                " version understands up to schema {head}. Update EngageTrack to open it.",
                name=path.name,
                revision=revision,
                head=HEAD_REVISION,
            )
        )
    if revision == HEAD_REVISION:
        if not read_only:
            set_wal(engine, path)
        return
    if read_only:
        raise StoreError(
            t(
                "{name} uses an older schema ({revision}); open it for writing once to upgrade it.",
                name=path.name,
                revision=revision,
            )
        )
    if revision is not None:
        # an existing register is about to change shape: keep a copy first
        backups.backup_now(path, label=f"pre-migration-{revision}")
    set_wal(engine, path)
    try:
        with engine.begin() as conn:
            upgrade_to_head(conn)
    except (DBAPIError, sqlite3.Error) as exc:
        raise classify_error(path, exc) from None


def set_wal(engine: Engine, path: Path) -> None:
    from sqlalchemy.exc import DBAPIError

    try:
        raw = engine.raw_connection()
        try:
            # outside any transaction: SQLite refuses to switch journal mode inside one
            mode = raw.driver_connection.execute("PRAGMA journal_mode").fetchone()  # type: ignore[union-attr]
            if str(mode[0]).lower() != "wal":
                raw.driver_connection.execute("PRAGMA journal_mode=WAL")  # type: ignore[union-attr]
        finally:
            raw.close()
    except (DBAPIError, sqlite3.Error) as exc:
        raise classify_error(path, exc) from None
