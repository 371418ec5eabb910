"""Importing a workbook: every problem reported by sheet and row, all or nothing, hostile files."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from engagetrack.interchange.exporter import export_workbook
from engagetrack.interchange.importer import import_workbook
from engagetrack.services import audit, meetings, organizations
from engagetrack.store.database import Database, open_database
from engagetrack.store.models import (
    Assessment,
    Commitment,
    Contact,
    Meeting,
    Organization,
    StageChange,
)
from tests.helpers.workbook_fixtures import days_ago, fill_register, write_book

# every test here with both writers of a register file (conftest.both_writers)
pytestmark = pytest.mark.usefixtures("both_writers")

ORG_HEADERS = ["Name", "Kind", "Stage", "Stage Since", "Priority", "Classification"]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "register.db", create=True)
    yield database
    database.close()


def org_row(name: str, stage: str = "Identified", since: Any = None) -> list[Any]:
    return [name, "Company", stage, since or days_ago(10), "Medium", "UNCLASSIFIED"]


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Organization, Contact, Meeting, Commitment, Assessment)
        }


def problems_of(db: Database, path: Path) -> list[str]:
    report = import_workbook(db, path)
    assert not report.written
    return report.problems


# ------------------------------------------------------------------ row problems


@pytest.mark.parametrize(
    ("sheets", "expected"),
    [
        (
            {"Organizations": [ORG_HEADERS, org_row("A"), org_row("B", "Flirting")]},
            'Organizations!3: Stage "Flirting" is not one of Identified, Contacted, Engaged,'
            " Considering, Endorsed, Declined, On hold",
        ),
        ({"Organizations": [ORG_HEADERS, org_row("  ")]}, "Organizations!2: Name is required"),
        (
            {
                "Organizations": [
                    ORG_HEADERS,
                    ["A", "Company", "Engaged", "last tuesday", "Low", "UNCLASSIFIED"],
                ]
            },
            'Organizations!2: Stage Since "last tuesday" is not a date (expected YYYY-MM-DD)',
        ),
        (
            {"Organizations": [ORG_HEADERS, org_row("A", since=date(2999, 1, 1))]},
            "Organizations!2: Stage Since 2999-01-01 is in the future",
        ),
        (
            {"Organizations": [ORG_HEADERS, ["A", "", "Engaged", None, "Low", "UNCLASSIFIED"]]},
            "Organizations!2: Kind is required (one of Company",
        ),
        (
            {"Organizations": [ORG_HEADERS, org_row("A"), org_row(" a ")]},
            "Organizations!3: same Name as row 2",
        ),
        (
            {"Organizations": [["Name"], ["N" * 201]]},
            "Organizations!2: Name is too long (201 characters; at most 200)",
        ),
        (
            {"Organizations": [["Name", "Country"], ["A", "c" * 101]]},
            "Organizations!2: Country is too long",
        ),
        (
            {"Organizations": [["Name", "Notes"], ["A", "bell _x0007_ here"]]},
            "Organizations!2: Notes contains a control character (U+0007)",
        ),
        (
            {"Organizations": [["Kind"], ["Company"]]},
            'Organizations!1: the column "Name" is missing',
        ),
        (
            {"Organizations": [["Name", "Kind", " Kind "], ["A", "NGO", "NGO"]]},
            'Organizations!1: the column "Kind" appears twice',
        ),
        (
            {"Contacts": [["Organization", "Name"], ["Nobody Inc", "Jo"]]},
            'Contacts!2: Organization "Nobody Inc" is not in the register or in this workbook\'s'
            " Organizations sheet",
        ),
        (
            {
                "Contacts": [
                    ["Organization", "Name", "Email"],
                    ["Acme Social", "Jo", "not-an-email"],
                ]
            },
            'Contacts!2: "not-an-email" is not a valid e-mail address',
        ),
        (
            {
                "Meetings": [
                    ["Date", "Title", "Organizations"],
                    [days_ago(1), "M", "Acme Social; Ghost"],
                ]
            },
            'Meetings!2: Organizations: "Ghost" is not in the register',
        ),
        (
            {"Meetings": [["Date", "Title", "Principles"], [days_ago(1), "M", "1, 12"]]},
            'Meetings!2: Principles "1, 12": "12" is not a principle number (1 to 11)',
        ),
        (
            {"Meetings": [["Date", "Title"], [None, "M"]]},
            "Meetings!2: Date is required",
        ),
        (
            {
                "Commitments": [
                    ["Organization", "Description", "Principle"],
                    ["Acme Social", "D", 0],
                ]
            },
            'Commitments!2: Principle "0" is not a principle number (1 to 11)',
        ),
        (
            {
                "Commitments": [
                    ["Organization", "Description", "Meeting"],
                    ["Acme Social", "D", "Roundtable"],
                ]
            },
            'Commitments!2: Meeting "Roundtable" is not a meeting reference (expected "YYYY-MM-DD Title")',
        ),
        (
            {
                "Commitments": [
                    ["Organization", "Description", "Meeting"],
                    ["Acme Social", "D", "2020-01-01 Nothing"],
                ]
            },
            'Commitments!2: Meeting "2020-01-01 Nothing" is not in the register or in this'
            " workbook's Meetings sheet",
        ),
        (
            {
                "Commitments": [
                    ["Organization", "Description", "Status", "Completed On"],
                    ["Acme Social", "D", "Open", days_ago(1)],
                ]
            },
            'Commitments!2: Completed On is filled in but Status is "Open"',
        ),
        (
            {
                "Commitments": [
                    ["Organization", "Description", "Status"],
                    ["Acme Social", "D", "Maybe"],
                ]
            },
            'Commitments!2: Status "Maybe" is not one of Open, In progress, Done, Dropped',
        ),
        (
            {"Principles": [["Organization", "P1"], ["Acme Social", "Sort of"]]},
            'Principles!2: P1 "Sort of" is not one of Unknown, Not started',
        ),
        (
            {"Principles": [["Organization", "P1"], ["Ghost", "Planned"]]},
            'Principles!2: Organization "Ghost" is not in the register',
        ),
        (
            {
                "Organizations": [
                    ORG_HEADERS,
                    ["Acme Social", "Company", "Declined", days_ago(500), "Low", "UNCLASSIFIED"],
                ]
            },
            f'Organizations!2: Stage Since {days_ago(500).isoformat()} is before the current stage "Endorsed" began',
        ),
    ],
)
def test_each_problem_is_reported_against_its_row_and_nothing_is_written(
    db: Database, tmp_path: Path, sheets: dict[str, list[list[Any]]], expected: str
) -> None:
    fill_register(db)
    before = counts(db)
    problems = problems_of(db, write_book(tmp_path / "in.xlsx", sheets))
    assert any(p.startswith(expected) for p in problems), problems
    assert counts(db) == before


def test_every_bad_cell_is_reported_not_just_the_first(db: Database, tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "in.xlsx",
        {
            "Organizations": [
                ORG_HEADERS,
                org_row("A", "Nope"),
                ["B", "Alien", "Engaged", "x", "Low", "UNCLASSIFIED"],
            ],
            "Contacts": [["Organization", "Name"], ["Ghost", "Jo"]],
        },
    )
    problems = problems_of(db, path)
    assert [p.split(":")[0] for p in problems] == [
        "Organizations!2",
        "Organizations!3",
        "Organizations!3",
        "Contacts!2",
    ]


def test_a_formula_without_a_saved_value_is_a_row_problem(db: Database, tmp_path: Path) -> None:
    path = write_book(tmp_path / "in.xlsx", {"Organizations": [["Name", "Notes"], ["A", "=1+1"]]})
    problems = problems_of(db, path)
    assert problems == [
        "Organizations!2: Notes holds a formula with no saved result; open the file in Excel,"
        " save it, and import it again"
    ]


def test_a_failed_import_leaves_the_database_file_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    with open_database(path, create=True) as database:
        fill_register(database)
    before = path.read_bytes()
    book = write_book(
        tmp_path / "in.xlsx",
        {
            "Organizations": [ORG_HEADERS, org_row("New One")],
            # valid cells, refused by the service when applied (after New One was added)
            "Contacts": [["Organization", "Name", "Email"], ["New One", "Jo", "bad@"]],
        },
    )
    with open_database(path) as database:
        report = import_workbook(database, book)
    assert report.problems == ['Contacts!2: "bad@" is not a valid e-mail address']
    assert path.read_bytes() == before


def test_dry_run_reports_the_counts_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    fill_register(db)
    before = counts(db)
    with db.read() as s:
        audit_before = len(audit.entries(s))
    path = write_book(
        tmp_path / "in.xlsx",
        {
            "Organizations": [
                ORG_HEADERS,
                org_row("Acme Social", "Endorsed", days_ago(400)),
                org_row("Fresh"),
            ]
        },
    )
    report = import_workbook(db, path, dry_run=True)
    assert report.ok and not report.written
    assert report.summary_lines() == ["Organizations: 1 added, 1 updated, 0 unchanged"]
    assert counts(db) == before
    with db.read() as s:
        assert len(audit.entries(s)) == audit_before


# ------------------------------------------------------------------ what an import does


def test_updates_matching_records_adds_the_rest_and_audits(db: Database, tmp_path: Path) -> None:
    fill_register(db)
    path = write_book(
        tmp_path / "in.xlsx",
        {
            # case and spaces ignored when matching; Notes absent: left alone
            "Organizations": [
                ["Name", "Stage", "Stage Since", "Country"],
                ["  acme SOCIAL ", "Endorsed", days_ago(400), None],
                ["Median Games", "engaged", days_ago(1).isoformat(), "Canada"],
                ["Brand New", "Identified", datetime(2024, 5, 6), "France"],
            ],
            "Meetings": [
                ["Date", "Title", "Organizations", "Principles", "Kind"],
                [days_ago(2), "Follow-up call", "brand new; Acme Social", "3, 1", "call"],
            ],
            "Commitments": [
                ["Organization", "Description", "Meeting", "Status"],
                [
                    "Brand New",
                    "Join the roundtable",
                    f"{days_ago(2).isoformat()} Follow-up call",
                    "Open",
                ],
                ["ACME social", "  Share hash lists ", None, "Done"],
            ],
        },
    )
    report = import_workbook(db, path)
    assert report.ok, report.problems
    assert report.summary_lines() == [
        "Organizations: 1 added, 2 updated, 0 unchanged",
        "Meetings: 1 added, 0 updated, 0 unchanged",
        "Commitments: 1 added, 0 updated, 1 unchanged",
    ]
    with db.read() as s:
        acme = organizations.find_by_name(s, "Acme Social")
        assert acme is not None
        assert acme.name == "acme SOCIAL"  # the workbook's spelling
        assert acme.country is None  # blank cell in a present column clears
        assert acme.notes == "Endorsed at the roundtable.\nFollow up on P5."  # absent column
        median = organizations.find_by_name(s, "median games")
        assert median is not None and median.stage.value == "Engaged"
        history = s.scalars(
            select(StageChange)
            .where(StageChange.organization_id == median.id)
            .order_by(StageChange.id)
        ).all()
        assert [h.to_stage.value for h in history] == ["Contacted", "Engaged"]
        assert history[-1].changed_on == days_ago(1)
        meeting = meetings.find(s, days_ago(2), "follow-up CALL")
        assert meeting is not None
        assert sorted(o.name for o in meeting.organizations) == ["Brand New", "acme SOCIAL"]
        assert [p.number for p in meeting.principles] == [1, 3]
        new = s.scalar(select(Commitment).where(Commitment.description == "Join the roundtable"))
        assert new is not None and new.meeting_id == meeting.id
        done = s.scalar(select(Commitment).where(Commitment.description == "Share hash lists"))
        assert done is not None and done.completed_on == days_ago(5)  # blank kept the date
        trail = audit.entries(s, entity="organization", entity_id=median.id)
        assert any(t.changes.get("stage") == ["Contacted", "Engaged"] for t in trail)


def test_principles_blank_cells_leave_assessments_alone(db: Database, tmp_path: Path) -> None:
    fill_register(db)
    path = write_book(
        tmp_path / "in.xlsx",
        {
            "Principles": [
                ["Organization", "P1", "P2", "P5"],
                ["Acme Social", None, "planned", "In progress"],
            ]
        },
    )
    report = import_workbook(db, path)
    assert report.summary_lines() == ["Principles: 1 added, 0 updated, 1 unchanged assessments"]
    with db.read() as s:
        rows = s.execute(
            select(Assessment.principle_id, Assessment.status).where(
                Assessment.organization_id == 1
            )
        ).all()
    assert len(rows) == 3  # P1 kept, P2 added, P5 unchanged; no Unknown rows for blanks


def test_a_contact_name_twice_at_one_organization_is_refused(db: Database, tmp_path: Path) -> None:
    """As contacts.create refuses it: case and spaces ignored, within the workbook or with the
    register; the same name at another organization is fine."""
    fill_register(db)
    path = write_book(
        tmp_path / "in.xlsx",
        {
            "Organizations": [["Name"], ["Fresh Org"]],
            "Contacts": [
                ["Organization", "Name", "Title"],
                ["Fresh Org", "Jo Smith", None],
                ["Fresh Org", "jo  SMITH", "Again"],
                ["Acme Social", "Jo Smith", "The same Jo: updated"],
            ],
        },
    )
    report = import_workbook(db, path)
    assert report.problems == ['Contacts!3: Fresh Org already has a contact named "jo SMITH"']
    with db.read() as s:
        assert organizations.find_by_name(s, "Fresh Org") is None  # nothing imported


def test_contacts_with_the_same_name_in_an_older_register_match_in_order(
    db: Database, tmp_path: Path
) -> None:
    """A register from before the rule may hold two Jo Smiths: the k-th row matches the k-th,
    and a third row, which would add another, is refused."""
    fill_register(db)
    with db.write() as s:
        jo = s.scalar(select(Contact).where(Contact.name == "Jo Smith"))
        assert jo is not None
        s.add(Contact(organization_id=jo.organization_id, name="Jo Smith", title="Second Jo"))
    rows = [
        ["Organization", "Name", "Title"],
        ["Acme Social", "Jo Smith", jo.title],
        ["Acme Social", "Jo Smith", "Second Jo"],
    ]
    path = write_book(tmp_path / "in.xlsx", {"Contacts": rows})
    report = import_workbook(db, path)
    assert report.summary_lines() == ["Contacts: 0 added, 0 updated, 2 unchanged"]
    path = write_book(
        tmp_path / "more.xlsx", {"Contacts": [*rows, ["Acme Social", "Jo Smith", "Third Jo"]]}
    )
    assert import_workbook(db, path).problems == [
        'Contacts!4: Acme Social already has a contact named "Jo Smith"'
    ]


def test_organization_names_with_semicolons_resolve_in_meeting_lists(
    db: Database, tmp_path: Path
) -> None:
    path = write_book(
        tmp_path / "in.xlsx",
        {
            "Organizations": [["Name"], ["Alpha; Beta Labs"], ["Gamma"]],
            "Meetings": [
                ["Date", "Title", "Organizations"],
                ["2024-01-02", "Call", "Alpha; Beta Labs; Gamma"],
            ],
        },
    )
    assert import_workbook(db, path).ok
    with db.read() as s:
        meeting = meetings.find(s, date(2024, 1, 2), "Call")
        assert meeting is not None
        assert sorted(o.name for o in meeting.organizations) == ["Alpha; Beta Labs", "Gamma"]


def test_extra_sheets_columns_and_spaced_headers_are_tolerated(
    db: Database, tmp_path: Path
) -> None:
    path = write_book(
        tmp_path / "in.xlsx",
        {
            "Read me": [["This sheet is ignored"]],
            "Organizations": [
                [" Name ", "Website", "Stage  "],
                ["A", "https://a.example", "Engaged"],
                [None, None, None],
            ],
        },
    )
    report = import_workbook(db, path)
    assert report.summary_lines() == ["Organizations: 1 added, 0 updated, 0 unchanged"]


# ------------------------------------------------------------------ hostile files


def _truncated(tmp_path: Path, db: Database) -> Path:
    export_workbook(db, tmp_path / "whole.xlsx")
    data = (tmp_path / "whole.xlsx").read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    return tmp_path / "cut.xlsx"


def _zip_without_workbook(tmp_path: Path) -> Path:
    path = tmp_path / "doc.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    return path


def _broken_xml(tmp_path: Path) -> Path:
    good = write_book(tmp_path / "good.xlsx", {"Organizations": [["Name"], ["A"]]})
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
            dst.writestr(item, data)
    return bad


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda t, d: (t / "notes.xlsx").write_text("just text") and t / "notes.xlsx",
            "is not an Excel workbook",
        ),
        (
            lambda t, d: (
                (t / "old.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
                and t / "old.xlsx"
            ),
            "password-protected or an old-style .xls",
        ),
        (lambda t, d: t / "absent.xlsx", "there is no such file"),
        (lambda t, d: t, "is a folder"),
        (_truncated, "not an Excel workbook (.xlsx), or it is damaged"),
        (lambda t, d: _zip_without_workbook(t), "save it from your spreadsheet program"),
        (lambda t, d: _broken_xml(t), "cannot be read"),
        (
            lambda t, d: write_book(t / "other.xlsx", {"Budget": [["Item"], ["Tea"]]}),
            "has none of the sheets",
        ),
    ],
)
def test_hostile_or_wrong_files_get_one_clear_problem(
    db: Database, tmp_path: Path, make: Any, message: str
) -> None:
    before = counts(db)
    problems = problems_of(db, make(tmp_path, db))
    assert len(problems) == 1 and message in problems[0], problems
    assert counts(db) == before


def test_iso_text_dates_and_typed_numbers_are_read(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.title = "Contacts"
    ws.append(["Organization", "Name", "Phone"])
    ws.append(["Acme Social", "Jo Smith", 6135550100])
    book.create_sheet("Organizations").append(["Name", "Stage Since"])
    book["Organizations"].append(["Acme Social", " 2024-02-03 "])
    book.save(tmp_path / "in.xlsx")
    report = import_workbook(db, tmp_path / "in.xlsx")
    assert report.ok, report.problems
    with db.read() as s:
        org = organizations.find_by_name(s, "Acme Social")
        assert org is not None and org.stage_since == date(2024, 2, 3)
        contact = s.scalar(select(Contact))
        assert contact is not None and contact.phone == "6135550100"
    assert json.dumps(report.summary_lines())
