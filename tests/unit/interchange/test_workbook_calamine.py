"""The calamine reader gives exactly what the openpyxl reader gave, and never takes a file
that would make calamine's grid too big for memory (such a file goes to openpyxl)."""

from __future__ import annotations

import contextlib
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import text as text_sql

from engagetrack.interchange import reading
from engagetrack.interchange.cells import read_text
from engagetrack.interchange.importer import import_workbook
from engagetrack.store.database import open_database


def _read(stream: Any) -> list[tuple[str, dict[str, int], list[str], list[Any]]]:
    out = []
    with contextlib.closing(stream) as sheets:
        for raw, rows in sheets:
            taken = list(rows)
            out.append((raw.title, dict(raw.present), list(raw.problems), taken))
    return out


def _odd_book(path: Path) -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Organizations"
    # the first column left empty: calamine starts its rows at column B
    ws.append([None, "Name", "Stage Since", "Notes", "Priority", "Country", "Lead Official"])
    ws.append([None, "Whole", date(2024, 1, 2), 6135550100, True, 2.5])
    ws.append([None, "Timed", datetime(2024, 1, 2, 13, 5), "  ", False, -7])
    ws.append([])
    ws.append([None, "   ", None, None])
    ws.append([None, "Huge", 1e20, 10**14, "x", "y", "z"])
    ws["C2"].number_format = "yyyy-mm-dd"
    ws["C3"].number_format = "yyyy-mm-dd hh:mm"
    other = book.create_sheet("Réunions")
    other.append(["Date", "Titre"])
    other.append(["2024-05-01", "Text date"])
    book.create_sheet("Commitments")  # empty: no header at all
    book.save(path)
    return path


def test_calamine_reads_what_openpyxl_read(tmp_path: Path) -> None:
    path = _odd_book(tmp_path / "odd.xlsx")
    assert not reading._check_zip(path).openpyxl_only  # this file is calamine's
    fast = _read(reading.stream_sheets(path))
    slow = _read(reading._stream_openpyxl(path, formulas=False))
    assert [s[:3] for s in fast] == [s[:3] for s in slow]
    for (_, _, _, a), (_, _, _, b) in zip(fast, slow, strict=True):
        assert len(a) == len(b)
        for (na, ca), (nb, cb) in zip(a, b, strict=True):
            assert na == nb
            assert ca.keys() == cb.keys()
            for key in ca:
                va, vb = ca[key], cb[key]
                if isinstance(vb, datetime) and not isinstance(va, datetime):
                    vb = vb.date()  # openpyxl gives midnight datetimes, calamine dates
                assert (va, type(va)) == (vb, type(vb)), (na, key)


def test_far_apart_cells_go_to_openpyxl_not_to_a_huge_grid(tmp_path: Path) -> None:
    book = _one_organization()
    ws = book["Organizations"]
    ws["XFD300000"] = "far away"  # calamine would ask for 16,384 x 300,000 cells
    path = tmp_path / "sparse.xlsx"
    book.save(path)
    assert reading._check_zip(path).openpyxl_only
    with open_database(tmp_path / "r.db", create=True) as db:
        report = import_workbook(db, path, dry_run=True)
    assert report.problems == []
    assert report.summary_lines() == ["Organizations: 1 added, 0 updated, 0 unchanged"]


def test_error_values_and_formulas_are_read_as_before(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Organizations"
    ws.append(["Name", "Notes"])
    ws.append(["Formula Labs", "=1+1"])
    path = tmp_path / "formula.xlsx"
    book.save(path)
    scan = reading._check_zip(path)
    assert scan.formulas and scan.openpyxl_only


def test_text_that_looks_like_an_ooxml_escape_comes_back_as_written(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Organizations"
    ws.append(["Name", "Notes"])
    # as a writer stores "C_x0041_", then an escaped "A" and an escaped carriage return
    ws.append(["Escapes Inc", "C_x005F_x0041_ and _x0041_ _x000D_ end"])
    path = tmp_path / "escapes.xlsx"
    book.save(path)
    fast = _read(reading.stream_sheets(path))
    slow = _read(reading._stream_openpyxl(path, formulas=False))
    notes = [read_text(s[3][0][1]["Notes"], "Notes") for s in (fast[0], slow[0])]
    assert notes == ["C_x0041_ and A \r end"] * 2


def _one_organization() -> Workbook:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Organizations"
    ws.append(["Name", "Kind", "Stage", "Priority", "Classification"])
    ws.append(["Near Labs", "Company", "Identified", "Low", "UNCLASSIFIED"])
    return book


def _book_with_formula_in(path: Path, title: str) -> Path:
    book = _one_organization()
    other = book.create_sheet(title)
    other.append(["Total", "=1+1", "#DIV/0!"])
    other["C1"].data_type = "e"
    other["XFD300000"] = "far away"
    book.save(path)
    return path


def test_only_the_sheets_an_import_reads_decide_how_it_reads(tmp_path: Path) -> None:
    # a formula, an error value and a far cell in a sheet of one's own (a pivot, notes):
    # calamine still reads the register's sheets, which hold none of them
    own = _book_with_formula_in(tmp_path / "own.xlsx", "My notes")
    assert not reading._check_zip(own).openpyxl_only
    with open_database(tmp_path / "r.db", create=True) as db:
        report = import_workbook(db, own, dry_run=True)
    assert report.problems == []
    assert report.summary_lines() == ["Organizations: 1 added, 0 updated, 0 unchanged"]
    # the same in a sheet that is read, under its French title: openpyxl reads the file
    read = _book_with_formula_in(tmp_path / "read.xlsx", "Réunions")
    scan = reading._check_zip(read)
    assert scan.formulas and scan.openpyxl_only


def test_a_workbook_that_does_not_say_where_its_sheets_are_is_scanned_whole(
    tmp_path: Path,
) -> None:

    path = _book_with_formula_in(tmp_path / "own.xlsx", "My notes")
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"Target=", b"Elsewhere=")
            target.writestr(info, data)
    with zipfile.ZipFile(broken) as archive:
        assert reading._v1_parts(archive) is None
    assert reading._check_zip(broken).openpyxl_only  # the notes sheet's formula counts
    with zipfile.ZipFile(path) as archive:
        parts = reading._v1_parts(archive)
    assert parts is not None and len(parts) == 1  # Organizations only


def _two_sheets(path: Path, commitment_note: str) -> Path:
    book = _one_organization()
    later = book.create_sheet("Commitments")
    later.append(["Organization", "Description", "Notes"])
    later.append(["Near Labs", "Publish a report", commitment_note])
    book.save(path)
    return path


def test_no_sheet_is_parsed_before_the_scan_has_cleared_it(
    tmp_path: Path, monkeypatch: Any
) -> None:
    import threading

    events: list[tuple[str, str]] = []
    lock = threading.Lock()
    scan, parse = reading._scan_sheet, reading.calamine_rows.sheet_rows

    def scanning(archive: Any, info: Any) -> Any:
        found = scan(archive, info)
        with lock:
            events.append(("scanned", info.filename))
        return found

    def parsing(book: Any, title: str) -> Any:
        with lock:
            events.append(("parsing", title))
        return parse(book, title)

    monkeypatch.setattr(reading, "_scan_sheet", scanning)
    monkeypatch.setattr(reading.calamine_rows, "sheet_rows", parsing)
    path = _two_sheets(tmp_path / "clean.xlsx", "plain text")
    with zipfile.ZipFile(path) as archive:
        parts = reading._v1_parts(archive)
    assert parts is not None
    fast = _read(reading.stream_sheets(path))
    assert [title for title, *_ in fast] == ["Organizations", "Commitments"]
    for index, (what, name) in enumerate(events):
        if what == "parsing":
            part = next(p for p, title in parts.items() if title == name)
            assert ("scanned", part) in events[:index], events

    # a formula found in the last sheet: the sheets parsed meanwhile are not used, and the
    # file reads exactly as openpyxl reads it
    events.clear()
    late = _two_sheets(tmp_path / "late.xlsx", "=1+1")
    assert reading._check_zip(late).openpyxl_only
    assert _read(reading.stream_sheets(late)) == _read(
        reading._stream_openpyxl(late, formulas=True)
    )


def _rows_that_test_each_rule() -> dict[str, list[list[Any]]]:
    """Rows that a column at a time must read exactly as a cell at a time: blanks, spaces,
    escapes, numbers in text columns, limits, a required blank, a repeated key, an empty
    row, and a bad cell among good ones."""
    return {
        "Organizations": [  # in blocks of three rows
            ["Name", "Kind", "Country", "Notes", "Lead Official"],
            ["Acme Social", "Company", "Canada", "  spaced  ", None],
            ["Beta Video", "Company", "  ", "line one\nline two", 6135550100],
            [None, None, None, None, None],
            ["Gamma _x000D_ Chat", "Company", "France", "tab\there", "A. Lead"],
            ["Acme Social", "Company", "Canada", None, None],  # repeated
            ["Eta Search", "Company", "Brazil", "plain", "B. Lead"],
            ["Zeta", "Company", None, None, "x" * 5000],  # too long for a name
            ["Theta", "Company", None, None, None],
            ["Iota", "Company", None, None, None],
            ["Delta Games", "Company", "Japan", "bell _x0007_ rings", None],  # a bad cell
            ["Epsilon", "Nonsense kind", None, None, None],
            ["   ", "Company", None, "a name of spaces", None],
        ],
        "Commitments": [
            ["Organization", "Description", "Owner", "Status"],
            ["Acme Social", "Publish a report", "  ", "Open"],
            ["Beta Video", "   ", "Trust team", "Open"],  # the description is required
            ["Eta Search", "Hash sharing", 42, "Done"],
            ["Eta Search", "Hash sharing", None, "Open"],  # repeated
            ["Unknown Org", "Something", None, "Open"],
        ],
    }


def test_a_column_at_a_time_reads_as_a_cell_at_a_time(tmp_path: Path, monkeypatch: Any) -> None:
    from tests.helpers.workbook_fixtures import write_book

    book = write_book(tmp_path / "rules.xlsx", _rows_that_test_each_rule())
    monkeypatch.setattr(reading, "BLOCK", 3)  # bad cells in some blocks, not in others
    outcomes = []
    for openpyxl_only in (False, True):
        if openpyxl_only:
            monkeypatch.setattr(reading, "_check_zip", lambda *_a, **_k: reading._Scan(False, True))
        with open_database(tmp_path / f"register-{openpyxl_only}.db", create=True) as db:
            report = import_workbook(db, book, dry_run=True)
        outcomes.append((report.problems, {k: vars(v) for k, v in report.counts.items()}))
    (fast, fast_counts), (slow, slow_counts) = outcomes
    assert fast == slow
    assert fast_counts == slow_counts
    for expected in (
        "Organizations!6",  # the repeated name, in a block of good cells
        "Organizations!8",  # the long lead official, the block's only bad cell
        "Organizations!11",  # the control character
        "Organizations!12",  # the unknown kind
        "Organizations!13",  # a name of spaces
        "Commitments!3",  # the blank description
        "Commitments!5",  # the repeated commitment
        "Commitments!6",  # the unknown organization
    ):
        assert any(p.startswith(expected + ":") for p in fast), (expected, fast)
    assert not any(p.startswith(("Organizations!2:", "Organizations!3:")) for p in fast)


def test_good_rows_read_a_column_at_a_time_are_stored_as_before(
    tmp_path: Path, monkeypatch: Any
) -> None:
    from tests.helpers.workbook_fixtures import write_book

    rows = _rows_that_test_each_rule()
    refused = {"Zeta", "Delta Games", "Epsilon", "   "}
    rows["Organizations"] = [r for r in rows["Organizations"] if r[0] not in refused]
    del rows["Organizations"][5]  # the repeated name
    rows["Commitments"] = rows["Commitments"][:2] + rows["Commitments"][3:4]
    book = write_book(tmp_path / "good.xlsx", rows)
    monkeypatch.setattr(reading, "BLOCK", 2)
    stored = []
    for openpyxl_only in (False, True):
        if openpyxl_only:
            monkeypatch.setattr(reading, "_check_zip", lambda *_a, **_k: reading._Scan(False, True))
        with open_database(tmp_path / f"good-{openpyxl_only}.db", create=True) as db:
            report = import_workbook(db, book)
            assert report.ok, report.problems
            with db.read() as s:
                stored.append(
                    [
                        tuple(r)
                        for r in s.execute(
                            text_sql(
                                "SELECT name, country, notes, lead_official FROM organizations"
                                " ORDER BY id"
                            )
                        )
                    ]
                    + [
                        tuple(r)
                        for r in s.execute(
                            text_sql("SELECT description, owner, status FROM commitments")
                        )
                    ]
                )
    assert stored[0] == stored[1]
    assert ("Beta Video", None, "line one\nline two", "6135550100") in stored[0]
    assert ("Gamma Chat", "France", "tab\there", "A. Lead") in stored[0]  # \r: a space
    assert ("Acme Social", "Canada", "spaced", None) in stored[0]
