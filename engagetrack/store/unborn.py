"""Undo the creation of a register that a command made and then did not use.

`engagetrack import FILE --db NEW` creates NEW before it reads the workbook; when the import
is refused (or is a dry run) the user asked for nothing to be written, so the new database,
its SQLite companions, its lock, its backups folder and any folder made for it are removed.
Only what did not exist before the command is touched.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from engagetrack.store.backups import BACKUP_DIR_NAME

# what SQLite and EngageTrack put beside a database file
_COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock")


@dataclass(frozen=True)
class Unborn:
    """What a command would create at `path`, noted before it runs."""

    path: Path
    new_files: tuple[Path, ...]
    new_backups: Path | None
    new_folders: tuple[Path, ...]  # innermost first

    def remove(self) -> None:
        for file in self.new_files:
            file.unlink(missing_ok=True)
        if self.new_backups is not None and self.new_backups.is_dir():
            shutil.rmtree(self.new_backups, ignore_errors=True)
        for folder in self.new_folders:
            try:
                folder.rmdir()  # only if empty: never a folder someone else filled meanwhile
            except OSError:
                break


def note_unborn(path: Path) -> Unborn | None:
    """None when `path` already exists (then nothing may be removed afterwards)."""
    if path.exists():
        return None
    files = tuple(
        companion
        for companion in (path.with_name(path.name + s) for s in _COMPANION_SUFFIXES)
        if not companion.exists()
    )
    backups = path.parent / BACKUP_DIR_NAME
    folders: list[Path] = []
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folders.append(folder)
        folder = folder.parent
    return Unborn(path, files, None if backups.exists() else backups, tuple(folders))
