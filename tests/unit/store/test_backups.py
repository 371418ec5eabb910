"""Backups: consistent copies, once a day on open, the newest 14 kept, never overwriting."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from engagetrack.services import organizations
from engagetrack.store import backups
from engagetrack.store.database import open_database
from engagetrack.store.errors import BackupError

POSIX = sys.platform != "win32"


def make_register(path: Path, names: tuple[str, ...] = ("Alpha", "Beta")) -> None:
    with open_database(path, create=True) as db, db.write() as s:
        for name in names:
            organizations.create(s, {"name": name})


def names_in(copy: Path) -> list[str]:
    conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in conn.execute("SELECT name FROM organizations ORDER BY name")]
    finally:
        conn.close()


def daily_names(database: Path) -> list[str]:
    return [p.name for p in backups.list_backups(database) if backups._is_daily(p, database)]


def stamp(days_ago: int) -> str:
    return (datetime.now() - timedelta(days=days_ago)).strftime("%Y%m%d-%H%M%S")


def test_a_writer_opening_the_file_makes_one_backup_a_day_and_a_reader_none(
    tmp_db_path: Path,
) -> None:
    make_register(tmp_db_path)  # creating a new, empty file needs no backup
    assert backups.list_backups(tmp_db_path) == []
    with open_database(tmp_db_path, mode="read"):
        pass
    assert backups.list_backups(tmp_db_path) == []
    with open_database(tmp_db_path) as db:
        assert db.backup_warning is None
    made = backups.list_backups(tmp_db_path)
    assert len(made) == 1
    assert made[0].name.startswith(f"register-{datetime.now():%Y%m%d}")
    assert names_in(made[0]) == ["Alpha", "Beta"]
    with open_database(tmp_db_path):
        pass
    assert backups.list_backups(tmp_db_path) == made


def test_the_next_day_makes_a_new_backup(tmp_db_path: Path) -> None:
    make_register(tmp_db_path)
    first = backups.daily_backup(tmp_db_path)
    assert first is not None
    assert backups.daily_backup(tmp_db_path) is None
    # the day moves on: yesterday's file is the only one left
    first.rename(first.with_name(f"register-{stamp(1)}.db"))
    second = backups.daily_backup(tmp_db_path)
    assert second is not None and second.exists()
    assert len(daily_names(tmp_db_path)) == 2


def test_only_the_newest_14_daily_backups_are_kept_and_labelled_copies_are_left_alone(
    tmp_db_path: Path,
) -> None:
    make_register(tmp_db_path)
    folder = backups.backup_dir_for(tmp_db_path)
    folder.mkdir()
    older = [f"register-{stamp(days)}.db" for days in range(1, 21)]  # 20 earlier days
    for name in older:
        (folder / name).write_bytes(b"old copy")
    labelled = folder / f"register-{stamp(40)}-pre-migration-0000.db"
    labelled.write_bytes(b"kept apart")
    other_database = folder / f"archive-{stamp(30)}.db"
    other_database.write_bytes(b"not ours")

    made = backups.daily_backup(tmp_db_path)

    assert made is not None
    kept = daily_names(tmp_db_path)
    assert len(kept) == backups.KEEP_DAILY == 14
    assert kept == [made.name, *older[:13]]  # today and the 13 most recent days
    assert labelled.exists() and other_database.exists()
    for gone in older[13:]:
        assert not (folder / gone).exists()


def test_a_backup_is_a_consistent_standalone_copy_without_uncommitted_changes(
    tmp_db_path: Path,
) -> None:
    make_register(tmp_db_path)
    with open_database(tmp_db_path) as db:
        # another connection is half-way through a change when the copy is taken
        writer = sqlite3.connect(tmp_db_path, isolation_level=None)
        try:
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("UPDATE organizations SET name = 'Uncommitted' WHERE name = 'Alpha'")
            copy = backups.backup_now(tmp_db_path, label="check")
            writer.execute("ROLLBACK")
        finally:
            writer.close()
        assert db.backup_warning is None
    assert names_in(copy) == ["Alpha", "Beta"]
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    assert not copy.with_name(copy.name + "-wal").exists()
    assert not list(copy.parent.glob("*.partial*"))


def test_labelled_backups_are_named_after_the_file_time_and_label_and_never_collide(
    tmp_db_path: Path,
) -> None:
    make_register(tmp_db_path)
    first = backups.backup_now(tmp_db_path, label="before-import")
    second = backups.backup_now(tmp_db_path, label="before-import")
    assert first != second and first.exists() and second.exists()
    assert first.parent == tmp_db_path.parent / "backups"
    day, time, *label = first.stem.removeprefix("register-").split("-", 2)
    assert datetime.strptime(f"{day}-{time}", "%Y%m%d-%H%M%S")
    assert label == ["before-import"]
    assert not backups._is_daily(first, tmp_db_path)  # never rotated away


def test_copy_refuses_to_overwrite_an_existing_file_or_a_folder(
    tmp_db_path: Path, tmp_path: Path
) -> None:
    make_register(tmp_db_path)
    existing = tmp_path / "precious.db"
    existing.write_bytes(b"do not touch")
    with pytest.raises(BackupError, match="already exists"):
        backups.copy_database(tmp_db_path, existing)
    assert existing.read_bytes() == b"do not touch"
    with pytest.raises(BackupError):
        backups.copy_database(tmp_db_path, tmp_path)
    target = tmp_path / "sub folder" / "copie été.db"
    assert backups.copy_database(tmp_db_path, target) == target
    assert names_in(target) == ["Alpha", "Beta"]


def test_a_failed_daily_backup_does_not_lock_the_user_out(
    tmp_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_register(tmp_db_path)

    def refuse(database: Path, *, label: str = "") -> Path:
        raise BackupError("Could not write the backup: No space left on device.")

    monkeypatch.setattr(backups, "backup_now", refuse)
    with open_database(tmp_db_path) as db:
        assert db.backup_warning is not None and "No space left" in db.backup_warning
        with db.write() as s:
            organizations.create(s, {"name": "Still writable"})


@pytest.mark.skipif(not POSIX, reason="POSIX permission bits")
def test_backups_are_private_to_the_user(tmp_db_path: Path) -> None:
    make_register(tmp_db_path)
    old = os.umask(0o022)
    try:
        made = backups.daily_backup(tmp_db_path)
    finally:
        os.umask(old)
    assert made is not None
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
