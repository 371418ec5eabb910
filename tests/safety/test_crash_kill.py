"""Kill-loop: SIGKILL a writer at random moments; the database must stay whole.

After each kill: SQLite's integrity check passes, `engagetrack check` exits 0, every action
the child reported as committed is wholly there, and no action is there in part. The loop is
sized for `make test`; ENGAGETRACK_SOAK=1 (`make soak`) runs it much longer.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from engagetrack.store import backups
from engagetrack.store.revisions import HEAD_REVISION

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

CHILD = Path(__file__).with_name("crash_child.py")
SOAK = bool(os.environ.get("ENGAGETRACK_SOAK"))
KILLS = 120 if SOAK else 12


def _run_and_kill(db: Path, start: int, rng: random.Random) -> list[int]:
    """Start the child, kill it after a random delay, return the committed action numbers."""
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(start), "100000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
    time.sleep(rng.uniform(0.0, 0.4))
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err
    return [int(line.split()[1]) for line in out.splitlines() if line.startswith("committed ")]


def _check_whole(db: Path, committed: set[int], kills: int) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orgs = {
            int(name.split()[-1]): oid
            for oid, name in conn.execute("SELECT id, name FROM organizations")
        }
        contacts = {oid for (oid,) in conn.execute("SELECT organization_id FROM contacts")}
        promises = {oid for (oid,) in conn.execute("SELECT organization_id FROM commitments")}
        audited = {
            eid
            for (eid,) in conn.execute(
                "SELECT entity_id FROM audit_entries WHERE entity='organization'"
            )
        }
    finally:
        conn.close()
    assert committed <= set(orgs), "an action reported as committed is missing"
    for oid in orgs.values():
        # all or nothing: an organization never exists without the rest of its action
        assert oid in contacts and oid in promises and oid in audited
    # only the action in flight at each kill may have landed without being reported
    assert len(set(orgs) - committed) <= kills


def test_kills_during_writes_leave_a_whole_database(tmp_path: Path) -> None:
    rng = random.Random(20200305)
    db = tmp_path / "crash.db"
    committed: set[int] = set()
    start = 0
    for kills in range(1, KILLS + 1):
        done = _run_and_kill(db, start, rng)
        committed |= set(done)
        _check_whole(db, committed, kills)
        start += 100_000
    check = subprocess.run(
        [sys.executable, "-m", "engagetrack", "check", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stderr
    assert len(committed) > KILLS  # the child really got work done between kills


_BACKUP_CHILD = """
import sys
from pathlib import Path
from engagetrack.store import backups
src, dst = Path(sys.argv[1]), Path(sys.argv[2])
print("ready", flush=True)
while True:
    dst.unlink(missing_ok=True)
    backups.copy_database(src, dst)
"""


def test_kill_during_backup_never_leaves_a_broken_copy(tmp_path: Path) -> None:
    rng = random.Random(7)
    db = tmp_path / "source.db"
    subprocess.run(
        [sys.executable, "-m", "engagetrack", "generate", "--scale", "200", "--db", str(db)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    copy = tmp_path / "out" / "copy.db"
    copy.parent.mkdir()
    for _ in range(6 if not SOAK else 60):
        proc = subprocess.Popen(
            [sys.executable, "-c", _BACKUP_CHILD, str(db), str(copy)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.5))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        if copy.exists():
            conn = sqlite3.connect(copy)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                assert conn.execute("SELECT count(*) FROM organizations").fetchone()[0] == 200
            finally:
                conn.close()
    # the next copy into that folder sweeps away the temporary file a kill leaves behind
    copy.unlink(missing_ok=True)
    backups.copy_database(db, copy)
    assert [p.name for p in copy.parent.iterdir()] == ["copy.db"]


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _scalar(path: Path, sql: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_kill_during_a_large_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    rng = random.Random(30072019)
    source = tmp_path / "source.db"
    book = tmp_path / "register.xlsx"
    cli = [sys.executable, "-m", "engagetrack"]
    subprocess.run(
        [*cli, "generate", "--scale", "60", "--db", str(source)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    subprocess.run(
        [*cli, "export", str(book), "--db", str(source)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    expected = int(_scalar(source, "SELECT count(*) FROM organizations"))  # type: ignore[call-overload]
    target = tmp_path / "target.db"
    subprocess.run([*cli, "init", "--db", str(target)], check=True, capture_output=True, timeout=60)
    for _ in range(5 if not SOAK else 40):
        proc = subprocess.Popen(
            [*cli, "import", str(book), "--db", str(target)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.3, 3.0))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        assert _integrity(target) == "ok"
        count = _scalar(target, "SELECT count(*) FROM organizations")
        assert count in (0, expected), f"a killed import left {count} of {expected} organizations"
        if count == expected:  # the import finished before the kill: whole, as it must be
            break
    check = subprocess.run(
        [*cli, "check", "--db", str(target)], capture_output=True, text=True, timeout=60
    )
    assert check.returncode == 0, check.stderr


_MIGRATE_CHILD = """
import sys
from engagetrack.store.database import open_database
print("ready", flush=True)
open_database(sys.argv[1]).close()
print("migrated", flush=True)
"""


def _as_revision_0001(path: Path) -> None:
    """Take a current database back to the first schema through the revisions' own
    downgrades (every later table, column and index dropped)."""
    from sqlalchemy import create_engine

    from engagetrack.store.schema import downgrade_to

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            downgrade_to(conn, "0001")
    finally:
        engine.dispose()


def test_kill_during_migration_and_its_safety_copy(tmp_path: Path) -> None:
    rng = random.Random(24032022)
    template = tmp_path / "template.db"
    subprocess.run(
        [sys.executable, "-m", "engagetrack", "generate", "--scale", "300", "--db", str(template)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    _as_revision_0001(template)
    for case in range(6 if not SOAK else 40):
        db = tmp_path / f"case{case}" / "register.db"
        db.parent.mkdir()
        db.write_bytes(template.read_bytes())
        proc = subprocess.Popen(
            [sys.executable, "-c", _MIGRATE_CHILD, str(db)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.8))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        assert _integrity(db) == "ok"
        revision = _scalar(db, "SELECT version_num FROM alembic_version")
        tables = _scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'commitments_fts'")
        assert (revision, tables) in (("0001", 0), (HEAD_REVISION, 1)), (revision, tables)
        # every safety copy that exists under its final name is whole
        for copy in (db.parent / "backups").glob("*.db"):
            assert _integrity(copy) == "ok"
        # and the register opens (finishing the migration if it was cut short)
        reopened = subprocess.run(
            [sys.executable, "-c", _MIGRATE_CHILD, str(db)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert reopened.returncode == 0, reopened.stderr
        assert _scalar(db, "SELECT version_num FROM alembic_version") == HEAD_REVISION
        assert _scalar(db, "SELECT count(*) FROM organizations") == 300
