"""A non-editable install works: migrations, icons and translations are found from the
installed package, not from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from engagetrack.store.revisions import HEAD_REVISION

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_built_wheel_finds_its_resources(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "-w",
            str(wheels),
            "-q",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if built.returncode != 0:
        pytest.skip(f"no wheel could be built here: {built.stderr[-300:]}")
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            "--target",
            str(target),
            *map(str, wheels.glob("*.whl")),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    probe = (
        "import engagetrack, sys; from engagetrack.ui.resources import resource_path; "
        "from engagetrack.store.schema import MIGRATIONS_DIR; "
        "print(engagetrack.__file__); "
        "print(resource_path('translations', 'engagetrack_fr.qm').is_file(), resource_path('icons', 'app.svg').is_file()); "
        "print((MIGRATIONS_DIR / 'versions' / '0003_briefing_notes.py').is_file())"
    )
    env = dict(os.environ, PYTHONPATH=str(target), QT_QPA_PLATFORM="offscreen")
    shown = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.split("\n")
    assert lines[0].startswith(str(target))  # the installed copy, not the checkout
    assert lines[1] == "True True" and lines[2] == "True"
    init = subprocess.run(
        [sys.executable, "-m", "engagetrack", "init", "--demo", "--db", str(tmp_path / "r.db")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert init.returncode == 0, init.stderr
    assert f"schema {HEAD_REVISION}" in init.stdout
