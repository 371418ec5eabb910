"""No marked data outside the chosen file: an export killed with SIGKILL leaves nothing in
the system temporary folder, and what it left beside the register goes at the next open."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from engagetrack.services import synthetic
from engagetrack.store import private_temp
from engagetrack.store.database import open_database

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def test_a_killed_export_leaves_nothing_in_the_system_temp_folder(tmp_path: Path) -> None:
    register = tmp_path / "register.db"
    with open_database(register, create=True) as db, db.write() as s:
        synthetic.generate(s, scale=120, seed=3)
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    environment = {k: v for k, v in os.environ.items() if k != "ENGAGETRACK_DB"}
    environment.update(TMPDIR=str(system_temp), TEMP=str(system_temp), TMP=str(system_temp))
    private = private_temp.folder_for(register)
    for _attempt in range(5):  # until the kill lands while the sheets are being written
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "engagetrack",
                "export",
                tmp_path / "out.xlsx",
                "--db",
                register,
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while child.poll() is None and time.monotonic() < deadline:
            if private.is_dir() and any(private.iterdir()):
                break
            time.sleep(0.002)
        child.send_signal(signal.SIGKILL)
        child.wait()
        if private.is_dir() and any(private.iterdir()):
            break
    else:
        pytest.fail("the export never wrote a sheet beside the register before it ended")
    assert list(system_temp.iterdir()) == []  # nothing marked in the shared temp folder
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in private.iterdir())
    with open_database(register, mode="read"):
        pass
    assert not private.exists()  # the leftovers went at the next open


def test_an_export_that_ends_leaves_no_private_folder(tmp_path: Path) -> None:
    from engagetrack.interchange.exporter import export_workbook

    register = tmp_path / "register.db"
    with open_database(register, create=True) as db:
        with db.write() as s:
            synthetic.generate(s, scale=3, seed=3)
        export_workbook(db, tmp_path / "out.xlsx")
    assert (tmp_path / "out.xlsx").exists()
    assert not private_temp.folder_for(register).exists()
