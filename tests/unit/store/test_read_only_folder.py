"""A register in a read-only folder opens for reading even though SQLite cannot make -shm.

Root ignores permission bits, so as root the folder is made read-only by a read-only bind
mount (skipped where mounting is not allowed); an ordinary user gets a chmod 0555 folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from engagetrack.services import organizations
from engagetrack.store.database import open_database
from engagetrack.store.errors import StoreError
from engagetrack.store.immutable import can_open_immutable
from engagetrack.store.models import Organization

POSIX = sys.platform != "win32"
IS_ROOT = POSIX and os.geteuid() == 0

pytestmark = pytest.mark.skipif(not POSIX, reason="POSIX folders and mounts")


def _run(*command: str | Path) -> bool:
    done = subprocess.run([str(c) for c in command], capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(the writable folder, the same folder seen read-only)."""
    source = tmp_path / "source"
    source.mkdir()
    if not IS_ROOT:
        yield source, source
        source.chmod(0o755)
        return
    view = tmp_path / "view"
    view.mkdir()
    if not _run("mount", "--bind", source, view):
        pytest.skip("a read-only folder cannot be made here (no bind mount as root)")
    try:
        if not _run("mount", "-o", "remount,bind,ro", view):
            pytest.skip("a read-only bind mount is not allowed here")
        yield source, view
    finally:
        _run("umount", view)


def test_a_register_in_a_read_only_folder_opens_immutable(
    read_only_folder: tuple[Path, Path],
) -> None:
    source, view = read_only_folder
    with open_database(source / "shared.db", create=True) as db, db.write() as s:
        organizations.create(s, {"name": "Kept"})
    assert sorted(p.name for p in source.iterdir()) == ["shared.db", "shared.db.lock"]
    if not IS_ROOT:
        source.chmod(0o555)
    path = view / "shared.db"
    assert can_open_immutable(path)
    with open_database(path, mode="read") as reader:
        assert reader.immutable  # for the status bar
        with reader.read() as s:
            assert s.scalars(select(Organization.name)).all() == ["Kept"]
        with reader.raw_read() as conn:
            assert conn.execute("SELECT count(*) FROM organizations").fetchone() == (1,)
    with pytest.raises(StoreError):
        open_database(path)  # and it is never written
    assert sorted(p.name for p in view.iterdir()) == ["shared.db", "shared.db.lock"]


def test_a_writable_folder_or_a_live_writer_is_never_opened_immutable(
    read_only_folder: tuple[Path, Path],
) -> None:
    source, view = read_only_folder
    with open_database(source / "live.db", create=True) as writer:
        with writer.write() as s:
            organizations.create(s, {"name": "Changing"})
        assert not can_open_immutable(source / "live.db")  # SQLite can make -shm there
        # a writer holds the lock and SQLite's -shm exists: the file may change under a reader
        assert not can_open_immutable(view / "live.db")
    with open_database(source / "live.db", mode="read") as reader:
        assert not reader.immutable
