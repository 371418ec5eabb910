"""Reading in a second process gives the importer exactly what reading in-process gives it.

Big workbooks are parsed by a child interpreter while the importer checks and writes; the
sheets, rows, row numbers and problems must not depend on which way a file was read, a file
the child cannot read must give the same one-line message, and the child must never outlive
the import.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from engagetrack.interchange import reading_process
from engagetrack.interchange.exporter import export_workbook
from engagetrack.interchange.importer import import_workbook
from engagetrack.interchange.reading import WorkbookFileError, stream_sheets
from engagetrack.interchange.reading_process import stream_sheets_parallel
from engagetrack.store.database import Database, open_database
from engagetrack.store.models import AuditEntry, Commitment, Meeting, Organization
from tests.helpers.workbook_fixtures import days_ago, fill_register, write_book


def _everything(stream: Any) -> list[tuple[str, str, dict[str, int], list[Any], list[str]]]:
    found = []
    with contextlib.closing(stream) as sheets:
        for raw, rows in sheets:
            taken = list(rows)
            found.append((raw.spec.name, raw.title, dict(raw.present), taken, list(raw.problems)))
    return found


@pytest.fixture
def exported(db: Database, tmp_path: Path) -> Path:
    fill_register(db)
    path = tmp_path / "register.xlsx"
    export_workbook(db, path)
    return path


def test_the_child_reads_what_this_process_reads(exported: Path) -> None:
    here = _everything(stream_sheets(exported))
    there = _everything(stream_sheets_parallel(exported, threshold=0))
    assert there == here
    assert [s[0] for s in there][:2] == ["Organizations", "Contacts"]
    assert sum(len(s[3]) for s in there) > 10  # the file really had rows to compare


def test_problems_found_while_reading_arrive_with_their_sheet(tmp_path: Path) -> None:
    book = write_book(
        tmp_path / "odd.xlsx",
        {
            "Organizations": [["Name", "Name", "Stage"], ["Acme", "Acme", "Engaged"]],
            "Contacts": [["Name", "Email"], ["Jo", "jo@x.example"]],  # no Organization
            "Meetings": [
                ["Date", "Title", "Organizations"],
                *([days_ago(n), f"Call {n}", "Acme"] for n in range(1, 1200)),
            ],
        },
    )
    here = _everything(stream_sheets(book))
    there = _everything(stream_sheets_parallel(book, threshold=0))
    assert there == here
    problems = [p for sheet in there for p in sheet[4]]
    assert any("appears twice" in p for p in problems)
    assert any('"Organization" is missing' in p for p in problems)
    assert len(there[-1][3]) == 1199  # more than one batch of rows, in order
    assert [n for n, _ in there[-1][3]] == list(range(2, 1201))


def test_a_file_the_child_cannot_read_gives_the_same_message(tmp_path: Path) -> None:
    bad = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook><sheets><sheet")  # cut short
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    with pytest.raises(WorkbookFileError) as here:
        _everything(stream_sheets(bad))
    with pytest.raises(WorkbookFileError) as there:
        _everything(stream_sheets_parallel(bad, threshold=0))
    assert str(there.value) == str(here.value)
    assert "damaged.xlsx" in str(there.value)


def test_a_child_that_cannot_start_leaves_the_reading_to_this_process(
    exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def silent_child(path: Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-c", "import os; os._exit(3)"], stdout=subprocess.PIPE
        )

    monkeypatch.setattr(reading_process, "_start_child", silent_child)
    assert _everything(stream_sheets_parallel(exported, threshold=0)) == _everything(
        stream_sheets(exported)
    )


def test_a_child_that_dies_half_way_is_a_clear_error_not_a_hang(
    exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the child announces a sheet, then dies before its rows
    script = (
        "import pickle, sys; pickle.dump(('sheet', 'Organizations', 'Organizations',"
        " {'Name': 0}, []), sys.stdout.buffer); sys.stdout.flush()"
    )

    def dying_child(path: Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)

    monkeypatch.setattr(reading_process, "_start_child", dying_child)
    with pytest.raises(WorkbookFileError, match="stopped unexpectedly"):
        _everything(stream_sheets_parallel(exported, threshold=0))


def test_stopping_early_stops_the_child(exported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[subprocess.Popen[bytes]] = []
    real_start = reading_process._start_child

    def recorded(path: Path) -> subprocess.Popen[bytes]:
        child = real_start(path)
        started.append(child)
        return child

    monkeypatch.setattr(reading_process, "_start_child", recorded)
    stream = stream_sheets_parallel(exported, threshold=0)
    raw, rows = next(stream)
    assert raw.spec.name == "Organizations"
    next(rows)
    stream.close()
    assert started and started[0].poll() is not None


def test_an_import_read_in_a_second_process_writes_the_same_register(
    exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def imported(name: str) -> tuple[Any, dict[str, int]]:
        with open_database(tmp_path / name, create=True, user="tester") as target:
            report = import_workbook(target, exported)
            with target.read() as s:
                counts = {
                    model.__name__: int(s.scalar(select(func.count()).select_from(model)) or 0)
                    for model in (Organization, Meeting, Commitment, AuditEntry)
                }
        return report, counts

    here_report, here = imported("here.db")
    monkeypatch.setattr(reading_process, "PARALLEL_FROM", 0)
    there_report, there = imported("there.db")
    assert there_report.ok and here_report.ok
    assert there_report.summary_lines() == here_report.summary_lines()
    assert there == here
    assert there["Organization"] > 0 and there["Commitment"] > 0
