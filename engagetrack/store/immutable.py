"""When a register in a read-only folder may be opened with SQLite's `immutable=1`.

A register in WAL mode needs its `-shm` file to be read; in a folder the user may not write
(a shared drive's published copy, a CD, a read-only mount) SQLite cannot create it and the
open fails. When nothing can be writing the file, which we know because the folder is not
writable, there is no `-shm` and no unfinished `-wal`, and no writer holds our lock, the
file cannot change under us and SQLite may read it as immutable, without `-shm`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from engagetrack.store.locking import lock_path_for


def can_open_immutable(path: Path) -> bool:
    folder = path.parent
    if os.access(folder, os.W_OK):
        return False  # SQLite can make its -shm file: the ordinary read-only open works
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    if shm.exists():
        return False  # SQLite reads it (and a writer may be using it)
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return False  # commits still in the -wal: immutable=1 would not see them
    except OSError:
        return False
    return not lock_held(path)


def lock_held(path: Path) -> bool:
    """True when a writer holds the register's lock (asked without writing anything)."""
    lock = lock_path_for(path)
    try:
        handle = open(lock, "rb")  # noqa: SIM115 (closed below, after the lock test)
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot tell: assume someone is writing
    try:
        if sys.platform == "win32":
            import msvcrt

            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBRLCK, 1)  # type: ignore[attr-defined]
            except OSError:
                return True
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
            return False
        import fcntl

        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return False
    finally:
        handle.close()
