"""One writer per file: a second writer in another process is refused, a dead one's lock is
taken over, and readers work beside the writer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from engagetrack.services import organizations
from engagetrack.store.database import open_database
from engagetrack.store.errors import DatabaseLockedError
from engagetrack.store.locking import WriterLock, lock_path_for
from engagetrack.store.models import Organization

HOLDER = """
import sys, time
from engagetrack.services import organizations
from engagetrack.store.database import open_database
db = open_database(sys.argv[1], create=True)
with db.write() as s:
    organizations.create(s, {"name": "Written by the holder"})
print("ready", flush=True)
time.sleep(120)
"""


def start_holder(path: Path) -> subprocess.Popen[str]:
    """Another process that opens `path` for writing and keeps it open."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != "ready":
        child.kill()
        _, err = child.communicate(timeout=10)
        pytest.fail(f"the lock holder did not start: {err}")
    return child


def stop(child: subprocess.Popen[str]) -> None:
    if child.poll() is None:
        child.kill()
    child.communicate(timeout=10)


@pytest.fixture
def holder(tmp_db_path: Path) -> Iterator[subprocess.Popen[str]]:
    child = start_holder(tmp_db_path)
    try:
        yield child
    finally:
        stop(child)


def test_a_second_writer_in_another_process_is_refused_with_who_holds_it(
    tmp_db_path: Path, holder: subprocess.Popen[str]
) -> None:
    before = tmp_db_path.read_bytes()
    with pytest.raises(DatabaseLockedError) as caught:
        open_database(tmp_db_path)
    message = str(caught.value)
    assert "already open for writing" in message
    assert f"process {holder.pid}" in message
    assert "read-only" in message  # the way out
    assert tmp_db_path.read_bytes() == before


def test_readers_work_beside_the_writer(tmp_db_path: Path, holder: subprocess.Popen[str]) -> None:
    with open_database(tmp_db_path, mode="read") as reader, reader.read() as s:
        assert s.scalars(select(Organization.name)).all() == ["Written by the holder"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_the_lock_of_a_killed_writer_is_taken_over(
    tmp_db_path: Path, holder: subprocess.Popen[str]
) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    assert lock_path_for(tmp_db_path).exists()  # left behind, as a killed process does
    with open_database(tmp_db_path) as db:
        assert db.lock is not None and db.lock.held
        with db.write() as s:
            organizations.create(s, {"name": "Written after the takeover"})
        with db.read() as s:
            assert len(s.scalars(select(Organization.name)).all()) == 2


def test_a_second_writer_in_the_same_process_is_refused_too_until_the_first_closes(
    tmp_db_path: Path,
) -> None:
    first = open_database(tmp_db_path, create=True)
    try:
        with pytest.raises(DatabaseLockedError):
            open_database(tmp_db_path)
    finally:
        first.close()
    assert lock_path_for(tmp_db_path).exists()  # the lock file is never deleted
    with open_database(tmp_db_path) as second:
        assert second.lock is not None and second.lock.held


def test_releasing_twice_is_harmless_and_the_lock_can_be_taken_again(tmp_path: Path) -> None:
    database = tmp_path / "x.db"
    lock = WriterLock(database)
    lock.acquire()
    lock.release()
    lock.release()
    assert not lock.held
    again = WriterLock(database)
    again.acquire()
    try:
        assert again.held
    finally:
        again.release()
