"""The register's private folder for temporary files: `<register>.tmp/`, 0700, beside it.

A temporary file holds what it is made from: an export's sheets are the register's marked
records. The system temporary folder is shared, outlives the program and is not where the
user chose to keep the record; so every temporary file goes here instead, each named after
the process that made it, and what a killed process left is removed at the next open.
"""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
from pathlib import Path

SUFFIX = ".tmp"


def folder_for(register: Path) -> Path:
    return register.with_name(register.name + SUFFIX)


def private_folder(register: Path) -> Path:
    """The folder, made now if needed, private to the user (0700 on POSIX)."""
    folder = folder_for(register)
    folder.mkdir(mode=0o700, exist_ok=True)
    if sys.platform != "win32":
        folder.chmod(0o700)  # an existing folder too: mkdir's mode is only for a new one
    return folder


def new_file(register: Path, suffix: str = "") -> Path:
    """A new empty file in the private folder, created 0600 (never an existing one)."""
    path = private_folder(register) / f"{os.getpid()}-{uuid.uuid4().hex}{suffix}"
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return path


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # os.kill(pid, 0) would end it there: an open file refuses deletion anyway
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def sweep(register: Path) -> int:
    """Remove what dead processes left in the private folder (and the folder once empty).

    Never fails: a read-only folder, or a file another process still has open (Windows),
    is left for a later open. Returns the number of files removed.
    """
    folder = folder_for(register)
    if not folder.is_dir():
        return 0
    removed = 0
    with contextlib.suppress(OSError):
        for leftover in folder.iterdir():
            pid_text = leftover.name.partition("-")[0]
            if pid_text.isdigit() and (int(pid_text) == os.getpid() or _alive(int(pid_text))):
                continue  # a running export's (ours or another program's)
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
        folder.rmdir()  # only when empty
    return removed


def remove_if_empty(register: Path) -> None:
    with contextlib.suppress(OSError):
        folder_for(register).rmdir()
