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

from engagetrack.domain.messages import t
from engagetrack.store import backups, private_temp
from engagetrack.store.errors import (
    MissingDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    PasswordRequiredError,
    ReadOnlyDatabaseError,
    ReadOnlyFileError,
    StaleRecordError,
    StoreError,
)
from engagetrack.store.file_errors import classify_error, is_file_problem
from engagetrack.store.immutable import can_open_immutable
from engagetrack.store.location import Target, resolve_target
from engagetrack.store.locking import WriterLock
from engagetrack.store.os_user import login_name
from engagetrack.store.revisions import HEAD_REVISION, KNOWN_REVISIONS
from engagetrack.store.schema_check import prepare_schema, ready_as_is
from engagetrack.store.sqlite_connections import check_header, plain_reader, sqlite_engine

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

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
    # opened with SQLite's immutable=1: a read-only folder where no writer holds the lock, so
    # SQLite cannot make its -shm file and need not (the status bar says "read-only copy")
    immutable: bool = False
    # why today's automatic backup could not be made (the file opened all the same)
    backup_warning: str | None = None
    # on a server: the role the connection logged in as (the audit trail records it)
    db_role: str | None = None
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
                self._engine = sqlite_engine(
                    self.path, read_only=self.read_only, immutable=self.immutable
                )
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
        if self.read_only:
            raise ReadOnlyDatabaseError(
                t("This database is open read-only; changes cannot be saved.")
            )
        from sqlalchemy.orm.exc import StaleDataError

        try:
            with (
                self._file_problems_explained(),
                self._session_factory()() as session,
                session.begin(),
            ):
                session.info["user"] = self.user
                session.info["db_role"] = self.db_role
                if self.db_role is not None:  # a server: see store/postgres.py
                    from engagetrack.store.postgres import take_writer_lock_first

                    take_writer_lock_first(session)
                yield session
        except StaleDataError:
            # a record's version moved between reading it and writing it: another writer
            # committed in that instant (everything of this action was rolled back)
            raise StaleRecordError(
                t(
                    "Someone else changed this record at the same moment. Nothing was saved;"
                    " your input is still here. Reload to see their version."
                )
            ) from None

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; anything it might write is rolled back."""
        with self._file_problems_explained(), self._session_factory()() as session:
            session.info["user"] = self.user
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def _file_problems_explained(self) -> Iterator[None]:
        """Disk full, I/O error, file locked, damaged pages (rolled back by then) become the
        user's one-line message; constraint errors and the like are program errors and pass
        through."""
        from sqlalchemy.exc import DBAPIError

        try:
            yield
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
            conn = plain_reader(self.path, immutable=self.immutable)
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
        return classify_error(Path(name), exc)

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
    password: str | None = None,
) -> Database:
    """Open (and with `create`, create) a database for writing or for reading.

    Writing takes the file's lock and brings the schema up to date (taking a copy first when
    an existing file is migrated). Reading takes no lock and never writes. The window passes
    `daily_backup=False` and makes the daily copy in the background once it is showing.
    """
    if not isinstance(target, Target):
        target = resolve_target(target)
    if target.path is None:
        return _open_url(target, mode=mode, user=user, password=password)

    path = target.path
    created = False
    if not path.exists():
        if not create or mode == "read":
            raise MissingDatabaseError(t("There is no database at {path}.", path=path))
        try:
            _create_private_file(path)
        except PermissionError:
            raise ReadOnlyFileError(
                t("{path} cannot be created: permission denied.", path=path)
            ) from None
        except OSError as exc:
            raise StoreError(
                t("{path} cannot be created: {reason}.", path=path, reason=exc.strerror)
            ) from None
        created = True
    if path.is_dir():  # before reading it: Windows says "permission denied" for a folder
        raise NotADatabaseError(t("{path} is a folder, not a database file.", path=path))
    check_header(path)

    read_only = mode == "read"
    if not read_only and not _writable(path):
        raise ReadOnlyFileError(
            t("{name} is read-only (or its folder is); it can be opened read-only.", name=path.name)
        )

    immutable = read_only and can_open_immutable(path)
    lock = None
    if not read_only:
        lock = WriterLock(path)
        lock.acquire()
    engine: Engine | None = None
    try:
        if created or not ready_as_is(path, read_only=read_only, immutable=immutable):
            engine = sqlite_engine(path, read_only=read_only, immutable=immutable)
            try:
                prepare_schema(engine, path, read_only=read_only, created=created)
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
    # what a killed export left in the register's private temporary folder (never fails)
    private_temp.sweep(path)
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
        immutable=immutable,
        backup_warning=backup_warning,
        _engine=engine,
    )


def _open_url(
    target: Target, *, mode: Mode, user: str | None, password: str | None = None
) -> Database:
    """A register on a server (PostgreSQL): no lock file (the server has many writers, kept
    apart by the records' versions), migrations as on a file, read-only when the role may
    only read. The password is never stored: it comes from the URL, from libpq's own means
    (PGPASSFILE / .pgpass, PGPASSWORD), or from the window, for this connection only."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url

    from engagetrack.store import postgres
    from engagetrack.store.schema import current_revision, upgrade_to_head

    assert target.url is not None
    url = make_url(target.url)
    if password is not None:
        url = url.set(password=password)
    read_only = mode == "read"
    engine = create_engine(url, pool_pre_ping=True)
    try:
        if engine.dialect.name == "postgresql":
            event.listen(
                engine, "connect", lambda dbapi, _record: postgres.configure_connection(dbapi)
            )
        with engine.begin() as conn:
            revision = current_revision(conn)
            if revision is not None and revision not in KNOWN_REVISIONS:
                raise NewerSchemaError(
                    t(
                        "The database at {place} was written by a newer version of EngageTrack"
                        " (schema {revision}).",
                        place=target.describe(),
                        revision=revision,
                    )
                )
            created = revision is None
            if revision != HEAD_REVISION:
                if read_only and revision is None:
                    raise StoreError(
                        t(
                            "There is no register at {place} yet; create it with"
                            " `engagetrack init --db URL`.",
                            place=target.describe(),
                        )
                    )
                if read_only:
                    raise StoreError(
                        t(
                            "The register at {place} uses an older schema ({revision}); open it"
                            " once for writing, as a role that may change the schema, to"
                            " upgrade it.",
                            place=target.describe(),
                            revision=revision,
                        )
                    )
                if engine.dialect.name == "postgresql":
                    # many officials may open an older register at once: one migrates, the
                    # others wait for it and then find it current
                    postgres.lock_for_migration(conn)
                    revision = current_revision(conn)
                if revision != HEAD_REVISION:
                    upgrade_to_head(conn)
            role = postgres.current_role(conn) if engine.dialect.name == "postgresql" else None
            if role is not None and not read_only and not postgres.can_write(conn):
                read_only = True  # the role's rights, as a read-only file's
    except BaseException as exc:
        engine.dispose()  # no connection left open behind a refusal
        raise _url_problem(target, exc) from None
    database = Database(
        target=target,
        read_only=read_only,
        user=user or login_name(),
        created=created,
        _engine=engine,
    )
    database.db_role = role
    return database


def _url_problem(target: Target, exc: BaseException) -> BaseException:
    """The user's one-line message for a failure to open a server's register (a StoreError,
    or an interruption, is kept as it is)."""
    from sqlalchemy.exc import OperationalError

    if isinstance(exc, StoreError) or not isinstance(exc, Exception):
        return exc
    if isinstance(exc, OperationalError) and _asks_for_password(exc):
        return PasswordRequiredError(
            t(
                "The server at {place} asks for a password (none was given, or it was refused).",
                place=target.describe(),
            )
        )
    problem = exc.orig if isinstance(exc, OperationalError) else exc
    return StoreError(
        t("Could not open {place}: {problem}", place=target.describe(), problem=problem)
    )


def _asks_for_password(exc: Exception) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "no password supplied" in text or "password authentication failed" in text
