"""One writer per database file: an OS lock on a small file beside the database.

The OS releases the lock when the holding process dies, so a lock left by a killed process
is taken over without guessing from PIDs. The file itself is never deleted (deleting a lock
file that another process has open is how two writers end up holding "the" lock).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

from engagetrack.domain.messages import t
from engagetrack.store.errors import DatabaseLockedError, ReadOnlyFileError
from engagetrack.store.os_user import login_name


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class WriterLock:
    """Held for as long as a window or writing command has the database open."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path_for(database)
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except PermissionError:
            raise ReadOnlyFileError(
                t(
                    "{path} cannot be opened for writing: its folder is read-only.",
                    path=self.database,
                )
            ) from None
        handle = os.fdopen(fd, "r+", encoding="utf-8", newline="")
        if not _try_lock(handle):
            holder = self._describe_holder(handle)
            handle.close()
            raise DatabaseLockedError(
                t(
                    "{name} is already open for writing {holder}. Close it there first, or open"
                    " this file read-only.",
                    name=self.database.name,
                    holder=holder,
                )
            )
        # Byte 0 stays blank because on Windows the locked byte cannot be read by others.
        info = {
            "pid": os.getpid(),
            "user": login_name(),
            "host": _host_name(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        handle.seek(1)
        handle.truncate()
        handle.write(json.dumps(info))
        handle.flush()
        self._handle = handle

    @staticmethod
    def _describe_holder(handle: IO[str]) -> str:
        try:
            handle.seek(1)
            info = json.loads(handle.read() or "{}")
            return t(
                "by {user} on {host} (process {pid}, since {since})",
                user=info.get("user") or t("someone"),
                host=info.get("host") or t("this computer"),
                pid=info.get("pid", "?"),
                since=info.get("since", "?"),
            )
        except (OSError, ValueError):
            return t("by another EngageTrack window or command")

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self._handle.seek(1)
            self._handle.truncate()
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None


def _host_name() -> str:
    """This computer's name, shown to whoever finds the file locked. Read from the system
    rather than through `socket`, whose import alone costs start-up a few milliseconds."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "")
