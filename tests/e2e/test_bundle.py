"""The one-folder bundle as an offline workstation gets it: built from the tree (a fresh
PyInstaller work folder), unzipped into a new folder, run with no network, no Python
environment and a fresh HOME; it keeps its register where the installed program does and
writes nothing inside its own folder."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import signal
import sqlite3
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.e2e.offline import offline, offline_env, require_offline_runner, run_offline
from tests.helpers.postgres_server import PostgresServer

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/ of a full `make bundle` run into a temporary folder."""
    require_offline_runner()
    base = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_bundle.py"),
            "--dist",
            str(base / "dist"),
            "--work",
            str(base / "work"),
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    return base / "dist"


@pytest.fixture(scope="module")
def program(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The program, from the zip unpacked as a user would (`unzip`, symbolic links kept)."""
    (archive,) = built.glob("EngageTrack-*-linux-*.zip")
    place = tmp_path_factory.mktemp("unzipped")
    subprocess.run(["unzip", "-q", str(archive), "-d", str(place)], check=True, timeout=300)
    return place / "EngageTrack" / "EngageTrack"


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in folder.rglob("*")
    }


def test_the_unzipped_bundle_runs_every_command_offline(program: Path, tmp_path: Path) -> None:
    folder = program.parent
    before = _snapshot(folder)
    home = tmp_path / "home"

    shown = run_offline([program, "--version"], home).stdout
    stamp = json.loads((folder / "_internal" / "engagetrack" / "_build.json").read_text())
    assert shown.strip() == f"EngageTrack {stamp['version']} (commit {stamp['commit']})"
    assert stamp["commit"] != "unknown"

    created = run_offline([program, "init", "--demo"], home).stdout
    register = home / ".local" / "share" / "EngageTrack" / "engagetrack.db"  # platformdirs
    assert register.is_file() and str(register) in created

    figures = json.loads(run_offline([program, "stats", "--json"], home).stdout)
    assert figures["organizations"] == 26

    workbook = tmp_path / "briefing.xlsx"
    run_offline([program, "export", workbook], home)
    copy = tmp_path / "copy.db"
    run_offline([program, "import", workbook, "--db", copy], home)
    again = json.loads(run_offline([program, "stats", "--json", "--db", copy], home).stdout)
    assert again["organizations"] == figures["organizations"]
    assert again["meetings"] == figures["meetings"]

    # the briefing note: python-docx and its template travel in the bundle
    note = tmp_path / "note.docx"
    run_offline([program, "brief", note, "--lang", "fr"], home)
    assert note.is_file() and zipfile.is_zipfile(note)
    logged = json.loads(run_offline([program, "briefs", "--json"], home).stdout)
    assert [entry["language"] for entry in logged] == ["fr"]

    # the importer's reader process, as the bundle starts it for a big workbook
    child = subprocess.run(
        offline([program, "-m", "engagetrack.interchange.reading_process", workbook]),
        env=offline_env(home),
        capture_output=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    assert len(child.stdout) > 100  # pickled sheets, not an error message
    # the import's writer process, as the bundle starts it for a big workbook: one
    # transaction of statements read from its standard input (store/writer_process.py)
    statements = [
        ("begin", str(copy)),
        ("many", "INSERT INTO settings (key, value) VALUES (?, ?)", [["bundle.check", "1"]]),
        ("commit",),
        ("checkpoint",),
    ]
    framed = b"".join(struct.pack("<Q", len(b)) + b for b in (pickle.dumps(m) for m in statements))
    writer = subprocess.run(
        offline([program, "-m", "engagetrack.store.writer_process"]),
        input=framed,
        env=offline_env(home),
        capture_output=True,
        timeout=120,
    )
    assert writer.returncode == 0, writer.stderr
    assert pickle.loads(writer.stdout[8:]) == ("ok",)  # its answer to the commit
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        stored = conn.execute("SELECT value FROM settings WHERE key = 'bundle.check'")
        assert stored.fetchone() == ("1",)
    refused = subprocess.run(
        offline([program, "-m", "json.tool"]), env=offline_env(home), capture_output=True
    )
    assert refused.returncode == 2  # not a general Python: the CLI's usage error

    assert _snapshot(folder) == before  # nothing written inside its own folder


def test_the_bundle_opens_a_register_on_a_team_server(
    program: Path, tmp_path: Path, postgres: PostgresServer
) -> None:
    """The PostgreSQL driver and its libpq travel in the bundle (SQLAlchemy finds them by
    name, so only a real connection proves it). The server is on 127.0.0.1: no network."""
    url = postgres.url(postgres.create_database())
    env = offline_env(tmp_path / "home")
    for command in (["init", "--demo"], ["stats", "--json"]):
        done = subprocess.run(
            [program, *command, "--db", url], env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["organizations"] == 26


def test_the_window_stays_up_offscreen_and_closes_cleanly(program: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    run_offline([program, "init", "--demo"], home)
    window = subprocess.Popen(
        offline([program]),
        env=offline_env(home, QT_QPA_PLATFORM="offscreen"),
        cwd=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(5)
        assert window.poll() is None, window.communicate()
        # unshare -n execs the program in place: the signal reaches the bundle, which closes
        # the window as File > Quit does
        os.kill(window.pid, signal.SIGTERM)
        _, err = window.communicate(timeout=60)
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    assert window.returncode == 0, err
    assert "Traceback" not in err
    checked = run_offline([program, "check"], home)  # the register is whole and free
    assert checked.returncode == 0


def test_only_the_qt_the_program_uses_is_shipped(program: Path) -> None:
    internal = program.parent / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unused in ("Quick", "Qml", "WebEngine", "3DCore", "Multimedia", "Pdf", "Network"):
        assert not any(n.startswith(f"libQt6{unused}") for n in names), unused
    assert any(n.startswith("libQt6Charts") for n in names)
    translations = sorted(p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir())
    assert translations == ["qtbase_en.qm", "qtbase_fr.qm"]
    ours = internal / "engagetrack" / "resources"
    assert (ours / "translations" / "engagetrack_fr.qm").is_file()
    assert (ours / "icons" / "app.svg").is_file()


def test_the_bundle_carries_its_sbom_licences_and_checksum(built: Path) -> None:
    folder = built / "EngageTrack"
    sbom = json.loads((folder / "sbom.cdx.json").read_text())
    assert sbom["bomFormat"] == "CycloneDX"
    by_name = {c["name"]: c for c in sbom["components"]}
    for name in ("pyside6-essentials", "pyside6-addons", "shiboken6", "sqlalchemy", "cpython"):
        assert name in by_name, name
    for c in sbom["components"]:
        assert c["version"] and c["licenses"], c["name"]
        if c["type"] == "library":
            assert c["hashes"], c["name"]
    assert by_name["pyside6-essentials"]["licenses"] == [{"license": {"id": "LGPL-3.0-only"}}]
    _validates(sbom)

    licences = (folder / "THIRD-PARTY-LICENSES.txt").read_text()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in licences
    assert "Replacing the Qt libraries" in licences
    assert "Permission is hereby granted" in licences  # the MIT texts themselves

    (archive,) = built.glob("EngageTrack-*.zip")
    listed = (built / f"{archive.name}.sha256").read_text().split()
    assert listed == [hashlib.sha256(archive.read_bytes()).hexdigest(), archive.name]


def _validates(sbom: dict[str, object]) -> None:
    """Against the CycloneDX 1.6 schema, with cyclonedx-python-lib's validator."""
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    error = JsonStrictValidator(SchemaVersion.V1_6).validate_str(json.dumps(sbom))
    assert error is None, error
