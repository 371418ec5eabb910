"""Opening a database: checks, pragmas, lock, migrations; sessions for one user action.

`open_database` is the single door to a database file. It refuses, with a one-line message,
anything that is not an EngageTrack database, is damaged, is newer than this program, or is
locked by another writer; it never modifies a file it refuses.

SQLAlchemy is imported only when first needed. A register already at the current schema is
checked with the standard library's sqlite3 and its engine is made on the first session, so
the window can paint its first figures (`raw_read`) while SQLAlchemy, which takes longer to
import than a bare window takes to appear, has not loaded yet.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from engagetrack.store import backups
from engagetrack.store.errors import (
    CorruptDatabaseError,
    MissingDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    ReadOnlyFileError,
    StoreError,
)
from engagetrack.store.location import Target, resolve_target, sqlite_uri
from engagetrack.store.locking import WriterLock
from engagetrack.store.os_user import login_name
from engagetrack.store.revisions import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

Mode = Literal["write", "read"]


@dataclass
class Database:
    """An open database: an engine, a session factory and, for a writer, the file's lock.

    For a file, the engine is made on first use (see the module's docstring); `engine` is
    given only for a database named by URL.
    """

    target: Target
    read_only: bool
    user: str = field(default_factory=login_name)
    lock: WriterLock | None = None
    created: bool = False
    # why today's automatic backup could not be made (the file opened all the same)
    backup_warning: str | None = None
    _engine: Engine | None = field(default=None, repr=False)
    _sessions: sessionmaker[Session] | None = field(init=False, default=None, repr=False)
    _making: threading.Lock = field(init=False, default_factory=threading.Lock, repr=False)

    @property
    def path(self) -> Path | None:
        return self.target.path

    @property
    def engine(self) -> Engine:
        with self._making:  # the first session may come from a background thread
            if self._engine is None:
                assert self.path is not None
                self._engine = _sqlite_engine(self.path, read_only=self.read_only)
            return self._engine

    def _session_factory(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    @property
    def schema_version(self) -> str:
        from engagetrack.store.schema import current_revision

        with self.engine.connect() as conn:
            return current_revision(conn) or "none"

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: everything in the block commits together or not at all."""
        from sqlalchemy.exc import DBAPIError

        if self.read_only:
            raise ReadOnlyDatabaseError("This database is open read-only; changes cannot be saved.")
        try:
            with self._session_factory()() as session, session.begin():
                session.info["user"] = self.user
                yield session
        except (DBAPIError, sqlite3.Error) as exc:
            # disk full, I/O error, file locked, damaged pages: rolled back; say so in plain
            # words. Constraint errors and the like are program errors and pass through.
            if not is_file_problem(exc):
                raise
            raise self.explain(exc) from exc

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; anything it might write is rolled back."""
        from sqlalchemy.exc import DBAPIError

        try:
            with self._session_factory()() as session:
                session.info["user"] = self.user
                try:
                    yield session
                finally:
                    session.rollback()
        except (DBAPIError, sqlite3.Error) as exc:
            if not is_file_problem(exc):
                raise
            raise self.explain(exc) from exc

    @contextlib.contextmanager
    def raw_read(self) -> Iterator[Any]:
        """A plain DB-API connection for a few read-only queries, without SQLAlchemy's
        machinery (the window's first figures); closed afterwards. Each statement is its own
        snapshot: counts that must agree with each other belong in one statement."""
        if self.path is None:  # a URL database: through its engine's driver
            with self.engine.connect() as url_conn:
                yield url_conn.connection.driver_connection
            return
        try:
            conn = _plain_reader(self.path)
        except sqlite3.Error as exc:
            raise self.explain(exc) from exc
        try:
            yield conn
        except sqlite3.Error as exc:
            if not is_file_problem(exc):
                raise
            raise self.explain(exc) from exc
        finally:
            conn.close()

    def explain(self, exc: Exception) -> StoreError:
        """A database error as the one-line message a user can act on."""
        name = self.path.name if self.path is not None else self.target.describe()
        return _classify_error(Path(name), exc)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A driver connection with our pragmas, as every session's connection has them."""
    uri = sqlite_uri(path.resolve(), read_only=read_only)
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    # autocommit at the driver; SQLAlchemy's "begin" event emits BEGIN itself, so every
    # session transaction is a real SQLite transaction (the pysqlite recipe)
    conn.isolation_level = None
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous=FULL")
    if read_only:
        conn.execute("PRAGMA query_only=ON")
    return conn


def _plain_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection (by its URI) without our pragmas: each would be one more
    statement to run, and a few reads need none of them."""
    return sqlite3.connect(
        sqlite_uri(path.resolve(), read_only=True),
        uri=True,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )


def _sqlite_engine(path: Path, *, read_only: bool) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    # NullPool: each session gets its own connection, so threads never share one
    engine = create_engine(
        "sqlite://", creator=lambda: _connect(path, read_only=read_only), poolclass=NullPool
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise NotADatabaseError(f"{path} is a folder, not a database file.") from None
    except PermissionError:
        raise ReadOnlyFileError(f"{path} cannot be read: permission denied.") from None
    if head and head != SQLITE_HEADER:
        raise NotADatabaseError(
            f"{path.name} is not an EngageTrack database (it is not a SQLite file)."
        )


def is_file_problem(exc: BaseException) -> bool:
    """True for errors about the file itself (damaged, full, locked, read-only, I/O).

    Operational errors always are; a plain DatabaseError is when SQLite says the file is
    damaged or not a database. Constraint and programming errors are not.
    """
    if isinstance(exc, sqlite3.OperationalError):
        return True
    if isinstance(exc, sqlite3.IntegrityError):
        return False
    from sqlalchemy.exc import IntegrityError, OperationalError

    if isinstance(exc, OperationalError):
        return True
    if isinstance(exc, IntegrityError):
        return False
    message = str(getattr(exc, "orig", exc)).lower()
    return any(
        words in message
        for words in ("malformed", "not a database", "disk image", "corrupt", "encrypted")
    )


def explain_error(target: Target, exc: Exception) -> StoreError:
    """Any database error as a one-line StoreError naming the file (for the CLI's last net)."""
    return _classify_error(Path(target.path.name if target.path else target.describe()), exc)


def _classify_error(path: Path, exc: Exception) -> StoreError:
    message = str(getattr(exc, "orig", exc)).lower()
    if "not a database" in message or "file is encrypted" in message:
        return NotADatabaseError(f"{path.name} is not an EngageTrack database.")
    if "malformed" in message or "corrupt" in message or "disk image" in message:
        return CorruptDatabaseError(
            f"{path.name} is damaged (SQLite reports: {getattr(exc, 'orig', exc)}). Open one"
            " of its backups instead."
        )
    if "disk is full" in message or "database or disk is full" in message:
        return StoreError(
            f"The disk holding {path.name} is full; nothing was saved. Free some space and"
            " try again."
        )
    if "disk i/o error" in message:
        return StoreError(
            f"The disk holding {path.name} reported an error; nothing was saved. Check the"
            " drive and try again."
        )
    if "readonly" in message or "read-only" in message:
        return ReadOnlyFileError(f"{path.name} is read-only; it can be opened read-only.")
    if "locked" in message or "busy" in message:
        return StoreError(f"{path.name} is busy in another program; try again in a moment.")
    return StoreError(f"{path.name} could not be opened: {getattr(exc, 'orig', exc)}.")


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _create_private_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def open_database(
    target: Target | str | os.PathLike[str] | None = None,
    *,
    mode: Mode = "write",
    create: bool = False,
    user: str | None = None,
    daily_backup: bool = True,
) -> Database:
    """Open (and with `create`, create) a database for writing or for reading.

    Writing takes the file's lock and brings the schema up to date (taking a copy first when
    an existing file is migrated). Reading takes no lock and never writes. The window passes
    `daily_backup=False` and makes the daily copy in the background once it is showing.
    """
    if not isinstance(target, Target):
        target = resolve_target(target)
    if target.path is None:
        return _open_url(target, mode=mode, user=user)

    path = target.path
    created = False
    if not path.exists():
        if not create:
            raise MissingDatabaseError(f"There is no database at {path}.")
        if mode == "read":
            raise MissingDatabaseError(f"There is no database at {path}.")
        try:
            _create_private_file(path)
        except PermissionError:
            raise ReadOnlyFileError(f"{path} cannot be created: permission denied.") from None
        except OSError as exc:
            raise StoreError(f"{path} cannot be created: {exc.strerror}.") from None
        created = True
    if path.is_dir():  # before reading it: Windows says "permission denied" for a folder
        raise NotADatabaseError(f"{path} is a folder, not a database file.")
    _check_header(path)

    read_only = mode == "read"
    if not read_only and not _writable(path):
        raise ReadOnlyFileError(
            f"{path.name} is read-only (or its folder is); it can be opened read-only."
        )

    lock = None
    if not read_only:
        lock = WriterLock(path)
        lock.acquire()
    engine: Engine | None = None
    try:
        if created or not _ready_as_is(path, read_only=read_only):
            engine = _sqlite_engine(path, read_only=read_only)
            try:
                _prepare_schema(engine, path, read_only=read_only, created=created)
            except BaseException:
                engine.dispose()
                raise
    except BaseException:
        if lock is not None:
            lock.release()
        if created:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    backup_warning = None
    if daily_backup and not read_only and not created:
        # SPEC §3: on open, at most once a day, a consistent copy into backups/. A failed
        # copy must not lock the user out of their register; the window can show why.
        try:
            backups.daily_backup(path)
        except (StoreError, OSError) as exc:
            backup_warning = str(exc)
    return Database(
        target=target,
        read_only=read_only,
        user=user or login_name(),
        lock=lock,
        created=created,
        backup_warning=backup_warning,
        _engine=engine,
    )


def _ready_as_is(path: Path, *, read_only: bool) -> bool:
    """True when the file is an EngageTrack register at the current schema (a writer's in
    WAL mode), checked with sqlite3 alone. Anything else, including any error here, goes the
    long way (`_prepare_schema`), which upgrades what it may and explains what it refuses."""
    try:
        conn = _plain_reader(path)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
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


def _prepare_schema(engine: Engine, path: Path, *, read_only: bool, created: bool) -> None:
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
                f"{path.name} cannot be opened: its folder is not writable."
            ) from None
        raise _classify_error(path, exc) from None

    if revision is None:
        if tables:
            raise NotADatabaseError(
                f"{path.name} is a SQLite database, but not an EngageTrack one."
            )
        if read_only:
            raise NotADatabaseError(f"{path.name} is empty: it holds no EngageTrack data yet.")
    elif revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(
            f"{path.name} was written by a newer version of EngageTrack (schema {revision});"
            f" this version understands up to schema {HEAD_REVISION}. Update EngageTrack"
            " to open it."
        )
    if revision == HEAD_REVISION:
        if not read_only:
            _set_wal(engine, path)
        return
    if read_only:
        raise StoreError(
            f"{path.name} uses an older schema ({revision}); open it for writing once to"
            " upgrade it."
        )
    if revision is not None:
        # an existing register is about to change shape: keep a copy first
        backups.backup_now(path, label=f"pre-migration-{revision}")
    _set_wal(engine, path)
    try:
        with engine.begin() as conn:
            upgrade_to_head(conn)
    except (DBAPIError, sqlite3.Error) as exc:
        raise _classify_error(path, exc) from None


def _set_wal(engine: Engine, path: Path) -> None:
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
        raise _classify_error(path, exc) from None


def _open_url(target: Target, *, mode: Mode, user: str | None) -> Database:
    from sqlalchemy import create_engine

    from engagetrack.store.schema import current_revision, upgrade_to_head

    assert target.url is not None
    try:
        engine = create_engine(target.url)
        with engine.begin() as conn:
            revision = current_revision(conn)
            if revision is not None and revision not in KNOWN_REVISIONS:
                raise NewerSchemaError(
                    f"The database at {target.describe()} was written by a newer version of"
                    f" EngageTrack (schema {revision})."
                )
            if revision != HEAD_REVISION:
                if mode == "read":
                    raise StoreError(f"The database at {target.describe()} is not up to date.")
                upgrade_to_head(conn)
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError(f"Could not open {target.describe()}: {exc}") from None
    return Database(
        target=target, read_only=mode == "read", user=user or login_name(), _engine=engine
    )


def integrity_problems(db: Database) -> list[str]:
    """SQLite's full integrity check plus foreign keys; an empty list means sound."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    problems: list[str] = []
    if db.engine.dialect.name != "sqlite":
        return problems
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("PRAGMA integrity_check")).scalars().all()
            problems += [str(r) for r in rows if str(r) != "ok"]
            fk = conn.execute(text("PRAGMA foreign_key_check")).all()
            problems += [f"broken reference in {r[0]} row {r[1]} to {r[2]}" for r in fk]
    except (DBAPIError, sqlite3.Error) as exc:
        # damage bad enough that SQLite stops the check part-way is still a finding
        problems.append(str(getattr(exc, "orig", exc)))
    return problems
