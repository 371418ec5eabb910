"""The offline wheelhouse: built for Linux CPython 3.11 (the make target builds all four
targets), installed by its own script into a fresh virtual environment with no network and
every hash checked, then run from there."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.offline import require_offline_runner, run_offline

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux wheels"),
]


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_offline_runner()
    base = tmp_path_factory.mktemp("wheelhouse")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_wheelhouse.py"),
            "--out",
            str(base / "wheelhouse"),
            "--work",
            str(base / "work"),
            "--target",
            "linux-cp311",
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    return base / "wheelhouse"


def test_the_wheelhouse_installs_and_runs_offline(wheelhouse: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    target = tmp_path / "EngageTrack"
    python = Path(sys.base_prefix) / "bin" / "python3"  # the system's Python, not this venv's
    installed = run_offline(
        ["sh", wheelhouse / "install-offline.sh", target], home, PYTHON=str(python), timeout=600
    )
    assert "Successfully installed" in installed.stdout

    program = target / "bin" / "engagetrack"
    shown = run_offline([program, "--version"], home).stdout
    stamp = json.loads(
        next((target / "lib").glob("python3.*/site-packages/engagetrack/_build.json")).read_text()
    )
    assert shown.strip() == f"EngageTrack {stamp['version']} (commit {stamp['commit']})"
    created = run_offline([program, "init", "--demo"], home).stdout
    assert "schema" in created
    assert (home / ".local" / "share" / "EngageTrack" / "engagetrack.db").is_file()


def test_every_wheel_is_named_by_its_hash(wheelhouse: Path) -> None:
    required = (wheelhouse / "requirements.txt").read_text()
    for wheel in wheelhouse.glob("*.whl"):
        assert hashlib.sha256(wheel.read_bytes()).hexdigest() in required, wheel.name
    sums = dict(
        reversed(line.split("  ", 1))
        for line in (wheelhouse / "SHA256SUMS").read_text().splitlines()
    )
    for name, digest in sums.items():
        assert hashlib.sha256((wheelhouse / name).read_bytes()).hexdigest() == digest, name
    sbom = json.loads((wheelhouse / "sbom.cdx.json").read_text())
    assert all(c["hashes"] and c["licenses"] for c in sbom["components"])
    assert "Replacing the Qt libraries" in (wheelhouse / "THIRD-PARTY-LICENSES.txt").read_text()
    assert (wheelhouse / "install-offline.bat").read_bytes().count(b"\r\n") > 10
