"""Hostile workbooks: the importer either imports or refuses with row-level messages; it
never crashes, never writes part of a workbook, and never evaluates anything.

Three kinds of abuse on top of the hand-made cases in tests/unit/interchange/test_workbook_import.py:
mutations of a real exported workbook (flipped bytes, cut members, garbage inserted), cells
of every wrong type in every column (hypothesis), and structural oddities (a row at the
last row Excel allows, hidden sheets, merged cells, formulas).
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from engagetrack.interchange import spec
from engagetrack.interchange.exporter import export_workbook
from engagetrack.interchange.importer import import_workbook
from engagetrack.services import demo
from engagetrack.store.database import Database, open_database
from engagetrack.store.models import AuditEntry, Commitment, Contact, Meeting, Organization


def _counts(db: Database) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(
            int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Organization, Contact, Meeting, Commitment, AuditEntry)
        )


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("source")
    with open_database(folder / "demo.db", create=True) as db:
        with db.write() as s:
            demo.load_demo(s)
        return export_workbook(db, folder / "demo.xlsx").path


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("target") / "target.db", create=True)
    yield db
    db.close()


def _mutate(data: bytes, rng: random.Random) -> bytes:
    """One of: flip bytes, cut a member short, insert garbage, or swap two members' bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        members = [(i, src.read(i.filename)) for i in src.infolist()]
    kind = rng.choice(["flip", "cut", "insert", "zipcut"])
    if kind == "zipcut":
        return data[: rng.randrange(len(data))]
    index = rng.randrange(len(members))
    info, body = members[index]
    if kind == "flip" and body:
        body = bytearray(body)
        for _ in range(rng.randint(1, 8)):
            body[rng.randrange(len(body))] = rng.randrange(256)
        body = bytes(body)
    elif kind == "cut":
        body = body[: rng.randrange(len(body) + 1)]
    else:
        at = rng.randrange(len(body) + 1)
        body = (
            body[:at]
            + rng.choice([b"<", b"&bomb;", b"\x00\xff", b"</row>", b'<c t="s"><v>99999</v></c>'])
            + body[at:]
        )
    members[index] = (info, body)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item, content in members:
            dst.writestr(item, content)
    return out.getvalue()


def test_mutated_real_workbooks_import_or_refuse_cleanly(
    exported: Path, target: Database, tmp_path: Path
) -> None:
    rng = random.Random(5032020)
    original = exported.read_bytes()
    outcomes = {"imported": 0, "refused": 0}
    for case in range(25):
        path = tmp_path / f"mutant-{case}.xlsx"
        path.write_bytes(_mutate(original, rng))
        before = _counts(target)
        report = import_workbook(target, path)  # must not raise, whatever the bytes
        if report.problems:
            outcomes["refused"] += 1
            assert _counts(target) == before, f"case {case} wrote part of a refused workbook"
            assert all(isinstance(p, str) and p for p in report.problems)
        else:
            outcomes["imported"] += 1
    assert outcomes["refused"] > 0  # the mutations really were hostile


CELL = st.one_of(
    st.none(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 1, 1)),
    st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=40),
    st.sampled_from(
        [
            "=1+1",
            '=HYPERLINK("http://example.org")',
            "@SUM(A1)",
            "-2",
            "Endorsed",
            "P1",
            "2026-02-30",
        ]
    ),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sheet=st.sampled_from(spec.DATA_SHEETS), data=st.data())
def test_wrong_types_in_every_column_never_crash(
    sheet: Any, data: st.DataObject, target: Database, tmp_path: Path
) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet.name
    ws.append(list(sheet.headers))
    for _ in range(data.draw(st.integers(1, 3))):
        ws.append([data.draw(CELL) for _ in sheet.headers])
    path = tmp_path / f"types-{abs(hash(sheet.name))}.xlsx"
    book.save(path)
    before = _counts(target)
    report = import_workbook(target, path)
    if report.problems:
        assert _counts(target) == before
        assert all(
            p.startswith(f"{sheet.name}!") or "workbook" in p or path.name in p
            for p in report.problems
        ), report.problems


def test_a_row_at_the_last_excel_row_is_handled(target: Database, tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Organizations"
    ws.append(["Name", "Kind", "Stage", "Priority", "Classification"])
    ws.cell(row=1_048_576, column=1, value="Far Away Labs")
    ws.cell(row=1_048_576, column=2, value="Company")
    ws.cell(row=1_048_576, column=3, value="Identified")
    ws.cell(row=1_048_576, column=4, value="Low")
    ws.cell(row=1_048_576, column=5, value="UNCLASSIFIED")
    path = tmp_path / "tall.xlsx"
    book.save(path)
    report = import_workbook(target, path, dry_run=True)
    assert report.problems == [] or all(
        "Organizations!" in p or "too many rows" in p for p in report.problems
    )


def test_hidden_sheets_merged_cells_and_formulas_are_not_evaluated(
    target: Database, tmp_path: Path
) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Organizations"
    ws.append(["Name", "Kind", "Stage", "Priority", "Classification", "Notes"])
    ws.append(["Merged Media", "Company", "Identified", "Low", "UNCLASSIFIED", "first"])
    ws.append(["Second Media", "Company", "Identified", "Low", "UNCLASSIFIED", None])
    ws.merge_cells("F2:F3")
    formula = '=WEBSERVICE("http://example.org")'
    ws.append(["Formula Labs", "Company", "Identified", "Low", "UNCLASSIFIED", formula])
    hidden = book.create_sheet("Contacts")
    hidden.sheet_state = "hidden"
    hidden.append(["Organization", "Name"])
    hidden.append(["Merged Media", "Hidden Person"])
    path = tmp_path / "odd.xlsx"
    book.save(path)
    before = _counts(target)
    report = import_workbook(target, path)
    # a formula with no saved value is refused, never run: nothing is written
    assert any(p.startswith("Organizations!4") for p in report.problems), report.problems
    assert _counts(target) == before
