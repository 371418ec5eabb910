"""The ministerial workbook as an official opens it: sheets, layout, marking, ceiling, safety."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange import spec
from engagetrack.interchange.exporter import (
    ExportCancelled,
    ExportError,
    export_workbook,
)
from engagetrack.services import organizations
from engagetrack.store.database import Database, open_database
from engagetrack.store.models import Organization
from tests.helpers.workbook_fixtures import (
    TODAY,
    all_text,
    data_rows,
    days_ago,
    fill_register,
    read_cells,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "register.db", create=True)
    yield database
    database.close()


@pytest.fixture
def register(db: Database) -> Database:
    fill_register(db)
    return db


def test_sheets_and_headers_follow_the_format(register: Database, tmp_path: Path) -> None:
    result = export_workbook(register, tmp_path / "pack.xlsx")
    cells = read_cells(result.path)
    assert list(cells) == list(spec.EXPORT_SHEETS)
    for sheet in spec.DATA_SHEETS:
        assert tuple(h for h in cells[sheet.name][0] if h)[: len(sheet.headers)] == sheet.headers
    assert tuple(cells["Overdue"][0]) == spec.OVERDUE_HEADERS
    assert result.rows["Organizations"] == 3
    assert result.rows["Commitments"] == 4


def test_every_sheet_has_frozen_bold_header_filter_print_setup_and_marking(
    register: Database, tmp_path: Path
) -> None:
    path = export_workbook(register, tmp_path / "pack.xlsx").path
    book = load_workbook(path)
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref, ws.title
        assert ws.oddHeader.center.text == "PROTECTED B", ws.title
        assert ws.oddFooter.center.text == "PROTECTED B", ws.title
        assert ws.page_setup.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows in ("1:1", "$1:$1")
        if ws.title != "Summary":
            assert ws.page_setup.orientation == "landscape"
            assert ws["A1"].font.bold
            assert ws.auto_filter.ref.startswith("A1:")
            assert ws.column_dimensions["A"].width > 8
    orgs = book["Organizations"]
    assert orgs.auto_filter.ref == "A1:K4"
    # wrapped long text: the multi-line notes wrap and their row is tall enough
    notes = next(c for c in orgs["K"] if c.value and "\n" in str(c.value))
    assert notes.alignment.wrap_text
    assert orgs.row_dimensions[notes.row].height >= 30


def test_dates_are_real_excel_dates_with_a_date_format(register: Database, tmp_path: Path) -> None:
    path = export_workbook(register, tmp_path / "pack.xlsx").path
    ws = load_workbook(path)["Organizations"]
    cell = ws["F2"]  # Stage Since of the first organization
    assert cell.is_date
    assert cell.value.date() == days_ago(400)
    assert cell.number_format == "yyyy-mm-dd"


def test_text_that_looks_like_a_formula_is_a_plain_string_cell(
    db: Database, tmp_path: Path
) -> None:
    risky = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "=1+1"]
    with db.write() as s:
        for i, text in enumerate(risky):
            organizations.create(s, {"name": f"Org {i}", "notes": text, "sector": text[:50]})
    # tab and carriage return cannot come in through the editors (they are stripped), so
    # put them in directly: the exporter must still keep them as text
    with db.write() as s:
        s.execute(
            update(Organization).where(Organization.name == "Org 0").values(lead_official="\tcmd")
        )
        s.execute(
            update(Organization).where(Organization.name == "Org 1").values(lead_official="\r=x")
        )
    path = export_workbook(db, tmp_path / "pack.xlsx").path
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<f[ >]", archive.read(name)), name
    ws = load_workbook(path)["Organizations"]  # not data_only: a formula would show as one
    notes = {ws.cell(r, 11).value for r in range(2, 7)}
    assert notes == set(risky)
    for r in range(2, 7):
        assert ws.cell(r, 11).data_type == "s"
    leads = {ws.cell(r, 9).value for r in range(2, 7)}
    assert {"\tcmd", "\r=x"} <= leads


def test_control_characters_and_overlong_text_never_break_the_export(
    db: Database, tmp_path: Path
) -> None:
    with db.write() as s:
        organizations.create(s, {"name": "Beep", "notes": "bell\x07 and nul\x00 here"})
        organizations.create(s, {"name": "Long"})
        s.flush()
        s.execute(
            update(Organization).where(Organization.name == "Long").values(notes="x" * 40_000)
        )
    rows = {
        r["Name"]: r
        for r in data_rows(export_workbook(db, tmp_path / "p.xlsx").path, "Organizations")
    }
    assert rows["Beep"]["Notes"] == "bell and nul here"
    assert len(rows["Long"]["Notes"]) == 32_767
    assert rows["Long"]["Notes"].endswith("…")


def test_ceiling_removes_every_trace_of_higher_records(register: Database, tmp_path: Path) -> None:
    result = export_workbook(
        register, tmp_path / "open.xlsx", ceiling=Classification.UNCLASSIFIED, since=days_ago(365)
    )
    assert result.marking is Classification.UNCLASSIFIED
    text = all_text(result.path)
    for secret in ("Hush", "Quiet Person", "Restricted bilateral", "Median", "PROTECTED"):
        assert secret not in text
    meetings = data_rows(result.path, "Meetings")
    assert [m["Organizations"] for m in meetings] == ["Acme Social"]
    commitments = {c["Description"]: c for c in data_rows(result.path, "Commitments")}
    assert commitments["Publish transparency data"]["Meeting"] is None
    assert commitments["Confirm livestream safeguards"]["Meeting"].endswith(
        "Roundtable on livestreaming"
    )
    summary = read_cells(result.path)["Summary"]
    total = next(r for r in summary if r and r[0] == "Total")
    assert total[1] == 1


def test_marking_is_the_highest_level_actually_contained(
    register: Database, tmp_path: Path
) -> None:
    full = export_workbook(register, tmp_path / "all.xlsx")
    assert full.marking is Classification.PROTECTED_B
    assert "PROTECTED B" in read_cells(full.path)["Summary"][3]
    mid = export_workbook(register, tmp_path / "mid.xlsx", ceiling=Classification.PROTECTED_A)
    assert mid.marking is Classification.PROTECTED_A
    # only Contacts: Acme's contact is unclassified, Hush's is above the ceiling
    contacts_only = export_workbook(
        register, tmp_path / "c.xlsx", ceiling=Classification.PROTECTED_A, sheets=["Contacts"]
    )
    assert contacts_only.marking is Classification.UNCLASSIFIED
    assert list(read_cells(contacts_only.path)) == ["Contacts"]


def test_an_empty_register_exports_unclassified(db: Database, tmp_path: Path) -> None:
    result = export_workbook(db, tmp_path / "empty.xlsx")
    assert result.marking is Classification.UNCLASSIFIED
    assert all(n == 0 for n in result.rows.values())
    assert load_workbook(result.path)["Organizations"].oddHeader.center.text == "UNCLASSIFIED"


def test_overdue_lists_most_overdue_first_with_days(register: Database, tmp_path: Path) -> None:
    rows = data_rows(export_workbook(register, tmp_path / "p.xlsx").path, "Overdue")
    assert [r["Description"] for r in rows] == [
        "Confirm livestream safeguards",
        "Publish transparency data",
        "Hush promise",
    ]
    assert [r["Days Overdue"] for r in rows] == [40, 10, 3]


def test_principles_sheet_is_coloured_by_status_with_a_legend(
    register: Database, tmp_path: Path
) -> None:
    path = export_workbook(register, tmp_path / "p.xlsx").path
    ws = load_workbook(path)["Principles"]
    rules = {
        rule.formula[0]: rule.dxf.fill.fgColor.rgb
        for cf in ws.conditional_formatting
        for rule in cf.rules
    }
    assert set(rules) == {
        f'"{s}"'
        for s in (
            "Implemented",
            "In progress",
            "Planned",
            "Not started",
            "Not applicable",
            "Unknown",
        )
    }
    assert rules['"Implemented"'] != rules['"Not started"']
    legend = [ws.cell(r, 14).value for r in range(1, 8)]
    assert legend[0] == "Legend"
    assert "Implemented" in legend and "Not started" in legend
    assert ws.cell(2, 14).fill.fgColor.rgb.endswith(rules['"Implemented"'][-6:])
    acme = data_rows(path, "Principles")[0]
    assert acme["Organization"] == "Acme Social"
    assert acme["P1"] == "Implemented" and acme["P5"] == "In progress" and acme["P2"] is None


def test_summary_has_the_briefing_figures_and_two_charts(
    register: Database, tmp_path: Path
) -> None:
    with register.write() as s:
        organizations.change_stage(s, 2, "Considering", on=days_ago(2))
    path = export_workbook(
        register, tmp_path / "p.xlsx", since=days_ago(60), prepared_by="R. Official"
    ).path
    rows = read_cells(path)["Summary"]
    flat = {r[0]: (r[1] if len(r) > 1 else None) for r in rows if r and r[0]}
    assert flat["Prepared by"] == "R. Official"
    assert flat["As of"].date() == TODAY
    assert flat["Marking"] == "PROTECTED B"
    assert flat["Endorsed"] == 1 and flat["Considering"] == 1 and flat["Total"] == 3
    assert flat["Overdue (see the Overdue sheet)"] == 3
    assert "Acme Social" in flat  # the endorsers list
    assert any(r and r[0] == "Hush Networks" and r[3] == "Considering" for r in rows)
    assert "Stage changes: 2" in flat
    assert "Commitments completed: 1" in flat
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 2


def test_cancel_leaves_no_file_and_keeps_an_existing_one(
    register: Database, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "pack.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"the previous pack")
    calls: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelled):
        export_workbook(
            register,
            target,
            progress=lambda done, total: calls.append((done, total)),
            cancelled=lambda: bool(calls),
        )
    assert target.read_bytes() == b"the previous pack"
    assert [p.name for p in target.parent.iterdir()] == ["pack.xlsx"]


def test_progress_reaches_the_total(register: Database, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    export_workbook(register, tmp_path / "p.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1] > 0
    assert all(d <= t for d, t in calls)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing/pack.xlsx", "does not exist"),
        ("pack.csv", "must end in .xlsx"),
        ("folder.xlsx", "is a folder"),
    ],
)
def test_a_bad_target_is_a_clear_error(
    db: Database, tmp_path: Path, name: str, message: str
) -> None:
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(ExportError, match=message):
        export_workbook(db, tmp_path / name)


def test_unknown_or_no_sheets_are_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no sheet"):
        export_workbook(db, tmp_path / "p.xlsx", sheets=["Gossip"])
    with pytest.raises(ExportError, match="at least one"):
        export_workbook(db, tmp_path / "p.xlsx", sheets=[])
    assert list(tmp_path.glob("*.xlsx*")) == []


def test_since_dates_in_summary_are_dates(register: Database, tmp_path: Path) -> None:
    rows = read_cells(export_workbook(register, tmp_path / "p.xlsx", since=date(2000, 1, 1)).path)[
        "Summary"
    ]
    since = next(r for r in rows if r and r[0] == "Changes since")
    assert since[1].date() == date(2000, 1, 1)
