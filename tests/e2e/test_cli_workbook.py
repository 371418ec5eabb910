"""`engagetrack export` and `engagetrack import` run as a user runs them, in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "engagetrack", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    assert run("init", "--demo", "--db", db).returncode == 0
    return db


def test_export_then_import_into_an_empty_database(demo: Path, tmp_path: Path) -> None:
    pack = tmp_path / "pack.xlsx"
    done = run("export", pack, "--db", demo, "--since", "2021-01-01")
    assert done.returncode == 0, done.stderr
    assert "Organizations: 26 rows" in done.stdout
    assert "marked PROTECTED B" in done.stdout
    fresh = tmp_path / "fresh.db"
    dry = run("import", pack, "--dry-run", "--db", fresh)
    assert dry.returncode == 0, dry.stderr
    assert "Organizations: 26 added, 0 updated, 0 unchanged" in dry.stdout
    assert "Dry run: nothing was written." in dry.stdout
    assert not fresh.exists()  # a dry run into a new register leaves no register behind
    real = run("import", pack, "--db", fresh)
    assert real.returncode == 0, real.stderr
    assert "Contacts: 5 added" in real.stdout
    again = run("import", pack, "--db", fresh)
    assert "Organizations: 0 added, 0 updated, 26 unchanged" in again.stdout
    stats = run("stats", "--json", "--db", fresh)
    assert '"organizations": 26' in stats.stdout


def test_export_with_a_ceiling_is_marked_by_what_it_holds(demo: Path, tmp_path: Path) -> None:
    pack = tmp_path / "open.xlsx"
    done = run("export", pack, "--max-classification", "unclassified", "--db", demo)
    assert done.returncode == 0, done.stderr
    book = load_workbook(pack, read_only=True)
    marking = [r for r in book["Summary"].iter_rows(values_only=True) if r and r[0] == "Marking"]
    book.close()
    assert marking[0][1] == "UNCLASSIFIED"


def test_export_to_a_missing_folder_is_exit_1_with_one_line(demo: Path, tmp_path: Path) -> None:
    done = run("export", tmp_path / "nowhere" / "pack.xlsx", "--db", demo)
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0
    assert "does not exist" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_bad_workbook_is_exit_1_with_sheet_row_lines_and_nothing_written(
    demo: Path, tmp_path: Path
) -> None:
    book = Workbook()
    ws = book.active
    ws.title = "Organizations"
    ws.append(["Name", "Stage"])
    ws.append(["Fine Org", "Engaged"])
    ws.append(["Odd Org", "Flirting"])
    book.create_sheet("Contacts").append(["Organization", "Name"])
    book["Contacts"].append(["Ghost Org", "Jo"])
    book.save(tmp_path / "bad.xlsx")
    before = demo.read_bytes()
    for extra in ((), ("--dry-run",)):
        done = run("import", tmp_path / "bad.xlsx", *extra, "--db", demo)
        assert done.returncode == 1
        assert done.stderr.splitlines() == [
            'Organizations!3: Stage "Flirting" is not one of Identified, Contacted, Engaged,'
            " Considering, Endorsed, Declined, On hold",
            'Contacts!2: Organization "Ghost Org" is not in the register or in this'
            " workbook's Organizations sheet",
        ]
    assert demo.read_bytes() == before


def test_a_refused_import_into_a_new_register_leaves_nothing(tmp_path: Path) -> None:
    """No .db, -wal, -shm, .lock or backups/ folder, nor the folder made for it."""
    (tmp_path / "fake.xlsx").write_bytes(b"PK\x03\x04 not really")
    book = Workbook()
    book.active.title = "Organizations"
    book.active.append(["Name", "Stage"])
    book.active.append(["Odd Org", "Flirting"])
    book.save(tmp_path / "bad.xlsx")
    before = sorted(p.name for p in tmp_path.iterdir())
    for workbook in ("fake.xlsx", "bad.xlsx", "missing.xlsx"):
        for target in (tmp_path / "new.db", tmp_path / "made" / "for it" / "new.db"):
            done = run("import", tmp_path / workbook, "--db", target)
            assert done.returncode == 1, done.stdout
            assert "Traceback" not in done.stderr
            assert sorted(p.name for p in tmp_path.iterdir()) == before, (workbook, target)


def test_a_file_that_is_not_a_workbook_is_refused(demo: Path, tmp_path: Path) -> None:
    (tmp_path / "fake.xlsx").write_bytes(b"PK\x03\x04 not really")
    done = run("import", tmp_path / "fake.xlsx", "--db", demo)
    assert done.returncode == 1
    assert "fake.xlsx" in done.stderr and "Traceback" not in done.stderr
