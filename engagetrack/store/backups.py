"""Consistent copies of a SQLite database with the backup API, and the daily rotation."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from engagetrack.domain.messages import t
from engagetrack.store.errors import BackupError
from engagetrack.store.location import sqlite_uri

KEEP_DAILY = 14
BACKUP_DIR_NAME = "backups"
_STAMP = "%Y%m%d-%H%M%S"


def backup_dir_for(database: Path) -> Path:
    return database.parent / BACKUP_DIR_NAME


def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # Windows ignores POSIX modes; ACLs already apply
        path.chmod(0o700)


def copy_database(source: Path, destination: Path, *, overwrite: bool = False) -> Path:
    """Copy `source` to `destination` consistently, even while another process writes.

    The copy is made into a temporary file beside the destination and renamed into place,
    so a crash never leaves a half-written backup under the final name.
    """
    if destination.exists() and not overwrite:
        raise BackupError(t("{path} already exists; choose another file name.", path=destination))
    if destination.is_dir():
        raise BackupError(t("{path} is a folder; choose a file name.", path=destination))
    destination.parent.mkdir(parents=True, exist_ok=True)
    sweep_partials(destination.parent, destination.name)
    temporary = destination.with_name(f".{destination.name}.{os.getpid()}.partial")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        src = sqlite3.connect(sqlite_uri(source.resolve(), read_only=True), uri=True)
        try:
            dst = sqlite3.connect(temporary)
            try:
                src.backup(dst)
                # the copy stands alone: no WAL beside it
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with open(temporary, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temporary, destination)
    except sqlite3.Error as exc:
        raise BackupError(
            t("Could not back up {name}: {problem}.", name=source.name, problem=exc)
        ) from None
    except OSError as exc:
        raise BackupError(
            t(
                "Could not write the backup {path}: {reason}.",
                path=destination,
                reason=exc.strerror,
            )
        ) from None
    finally:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return destination


def sweep_partials(folder: Path, name: str) -> None:
    """Remove the temporary files of copies to `name` that a killed process left behind."""
    for leftover in folder.glob(f".{name}.*.partial*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def list_backups(database: Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backup_dir_for(database)
    if not folder.is_dir():
        return []
    prefix = database.stem + "-"
    found = [p for p in folder.glob(f"{prefix}*.db") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup_now(database: Path, *, label: str = "") -> Path:
    """A timestamped backup in the backups/ folder beside the database."""
    folder = backup_dir_for(database)
    _private_dir(folder)
    stamp = datetime.now().strftime(_STAMP)
    suffix = f"-{label}" if label else ""
    name = f"{database.stem}-{stamp}{suffix}.db"
    destination = folder / name
    counter = 1
    while destination.exists():
        counter += 1
        destination = folder / f"{database.stem}-{stamp}{suffix}-{counter}.db"
    return copy_database(database, destination)


def daily_backup(database: Path, *, keep: int = KEEP_DAILY) -> Path | None:
    """At most once a (local) day; keeps the newest `keep` daily backups."""
    today = datetime.now().strftime("%Y%m%d")
    daily = [p for p in list_backups(database) if _is_daily(p, database)]
    if any(p.name.startswith(f"{database.stem}-{today}") for p in daily):
        return None
    made = backup_now(database)
    daily = [p for p in list_backups(database) if _is_daily(p, database)]
    for old in daily[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def _is_daily(path: Path, database: Path) -> bool:
    """Daily backups are plain timestamps; labelled copies (pre-migration) are kept apart."""
    rest = path.stem[len(database.stem) + 1 :]
    try:
        datetime.strptime(rest[:15], _STAMP)
    except ValueError:
        return False
    return len(rest) == 15 or rest[15:].lstrip("-").isdigit()


def restore_backup(backup: Path, database: Path) -> Path:
    """Replace `database` with the copy in `backup`; the current file is kept first.

    The database must be closed by this process. Refuses while another program still has it
    open (its write-ahead log is not empty), because SQLite would replay that log onto the
    restored file. Returns the path of the copy of the replaced file.
    """
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise BackupError(
            t(
                "{name} is still open in another EngageTrack window or command; close it there"
                " before restoring.",
                name=database.name,
            )
        )
    if backup.resolve() == database.resolve():
        raise BackupError(t("Choose a backup, not the register itself."))
    check = sqlite3.connect(sqlite_uri(backup, read_only=True), uri=True)
    try:
        ok = check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.Error:
        ok = False
    finally:
        check.close()
    if not ok:
        raise BackupError(
            t("{name} is not a sound EngageTrack backup; nothing was changed.", name=backup.name)
        )
    kept = backup_now(database, label="before-restore")
    for side in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            database.with_name(database.name + side).unlink()
    copy_database(backup, database, overwrite=True)
    return kept
