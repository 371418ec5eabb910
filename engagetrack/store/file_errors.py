"""Database errors as the one-line messages a user can act on (full disk, damage, locks).

sqlite3's and SQLAlchemy's errors say what went wrong in SQLite's words; the window and
the command line say it in the user's, naming the file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from engagetrack.domain.messages import t
from engagetrack.store.errors import (
    CorruptDatabaseError,
    NotADatabaseError,
    ReadOnlyFileError,
    StoreError,
)
from engagetrack.store.location import Target
from engagetrack.store.writer_process import WriterProcessError


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
    return classify_error(Path(target.path.name if target.path else target.describe()), exc)


def classify_error(path: Path, exc: Exception) -> StoreError:
    message = str(getattr(exc, "orig", exc)).lower()
    if "not a database" in message or "file is encrypted" in message:
        return NotADatabaseError(t("{name} is not an EngageTrack database.", name=path.name))
    if "malformed" in message or "corrupt" in message or "disk image" in message:
        return CorruptDatabaseError(
            t(
                "{name} is damaged (SQLite reports: {problem}). Open one of its backups instead.",
                name=path.name,
                problem=getattr(exc, "orig", exc),
            )
        )
    if "disk is full" in message or "database or disk is full" in message:
        return StoreError(
            t(
                "The disk holding {name} is full; nothing was saved. Free some space and try"
                " again.",
                name=path.name,
            )
        )
    if "disk i/o error" in message:
        return StoreError(
            t(
                "The disk holding {name} reported an error; nothing was saved. Check the drive"
                " and try again.",
                name=path.name,
            )
        )
    if "readonly" in message or "read-only" in message:
        return ReadOnlyFileError(
            t("{name} is read-only; it can be opened read-only.", name=path.name)
        )
    if isinstance(exc, WriterProcessError):
        return StoreError(
            t(
                "{name} was not changed: the process writing the import stopped unexpectedly."
                " Try the import again.",
                name=path.name,
            )
        )
    if "locked" in message or "busy" in message:
        return StoreError(
            t("{name} is busy in another program; try again in a moment.", name=path.name)
        )
    return StoreError(
        t(
            "{name} could not be opened: {problem}.",
            name=path.name,
            problem=getattr(exc, "orig", exc),
        )
    )
