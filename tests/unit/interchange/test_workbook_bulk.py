"""The bulk import writes what the services would: same records, ids, history and audit trail.

The reference is the same change made through the services, one call per row, as the
importer used to do it; both databases start from the same register.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from engagetrack.domain.vocabularies import CommitmentStatus, Stage
from engagetrack.interchange import bulk_write
from engagetrack.interchange.importer import import_workbook
from engagetrack.services import assessments, commitments, contacts, meetings, organizations
from engagetrack.services.changes import jsonable
from engagetrack.store.database import Database, open_database
from engagetrack.store.models import (
    Assessment,
    AuditEntry,
    Commitment,
    Contact,
    Meeting,
    Organization,
    StageChange,
    meeting_organizations,
    meeting_principles,
)
from tests.helpers.workbook_fixtures import days_ago, fill_register, write_book

# every test here with both writers of a register file (conftest.both_writers)
pytestmark = pytest.mark.usefixtures("both_writers")

SHEETS: dict[str, list[list[Any]]] = {
    "Organizations": [
        ["Name", "Kind", "Stage", "Stage Since", "Country"],
        ["Median Games", "Company", "Engaged", days_ago(1), "Canada"],
        ["Brand New", "NGO", "Endorsed", days_ago(3), "France"],
        ["Hush Networks", "Company", "Engaged", days_ago(100), None],
    ],
    "Contacts": [
        ["Organization", "Name", "Email"],
        ["Acme Social", "Jo Smith", "jo@new.example"],
        ["Brand New", "Ann", "ann@x.example"],
    ],
    "Meetings": [
        ["Date", "Title", "Organizations", "Principles", "Kind"],
        [days_ago(30), "Roundtable on livestreaming", "Acme Social", "1, 2", "Roundtable"],
        [days_ago(2), "Launch", "Brand New; Acme Social", "3", "call"],
    ],
    "Commitments": [
        ["Organization", "Description", "Status", "Principle", "Meeting"],
        ["Acme Social", "Publish transparency data", "Done", 11, None],
        ["Brand New", "Join", "Open", None, f"{days_ago(2).isoformat()} Launch"],
    ],
    "Principles": [
        ["Organization", "P1", "P2"],
        ["Acme Social", "Planned", None],
        ["Brand New", "Implemented", "Unknown"],
    ],
}


def _through_services(db: Database) -> None:
    """What the workbook above does, one service call per changed row."""
    with db.write() as s:
        median = organizations.find_by_name(s, "Median Games")
        acme = organizations.find_by_name(s, "Acme Social")
        assert median is not None and acme is not None
        organizations.update(
            s, median.id, {"country": "Canada", "stage": Stage.ENGAGED, "stage_since": days_ago(1)}
        )
        brand = organizations.create(
            s,
            {
                "name": "Brand New",
                "kind": "NGO",
                "stage": "Endorsed",
                "stage_since": days_ago(3),
                "country": "France",
            },
            note="Imported from a workbook",
        )
        jo = contacts.find(s, acme.id, "Jo Smith")
        assert jo is not None
        contacts.update(s, jo.id, {"email": "jo@new.example"})
        contacts.create(s, {"organization_id": brand.id, "name": "Ann", "email": "ann@x.example"})
        roundtable = meetings.find(s, days_ago(30), "Roundtable on livestreaming")
        assert roundtable is not None
        meetings.update(s, roundtable.id, {}, organization_ids=[acme.id], principle_numbers=[1, 2])
        launch = meetings.create(
            s,
            {"held_on": days_ago(2), "title": "Launch", "kind": "Call"},
            organization_ids=sorted([brand.id, acme.id]),
            principle_numbers=[3],
        )
        published = commitments.find(s, acme.id, "Publish transparency data")
        assert published is not None
        commitments.update(s, published.id, {"status": CommitmentStatus.DONE, "meeting_id": None})
        commitments.create(
            s,
            {
                "organization_id": brand.id,
                "description": "Join",
                "status": CommitmentStatus.OPEN,
                "principle_number": None,
                "meeting_id": launch.id,
            },
        )
        assessments.set_assessment(s, acme.id, 1, "Planned", keep_notes=True)
        assessments.set_assessment(s, brand.id, 1, "Implemented", keep_notes=True)
        assessments.set_assessment(s, brand.id, 2, "Unknown", keep_notes=True)


def _state(db: Database) -> dict[str, Any]:
    """Every record (timestamps aside), the links, the history and the audit trail."""
    skip = {"created_at", "updated_at"}
    out: dict[str, Any] = {}
    with db.read() as s:
        for model in (Organization, Contact, Meeting, Commitment, Assessment, StageChange):
            table = model.__table__
            columns = [c for c in table.columns if c.name not in skip]
            out[table.name] = [
                tuple(jsonable(v) for v in row)
                for row in s.execute(select(*columns).order_by(table.c.id))
            ]
        for link in (meeting_organizations, meeting_principles):
            out[link.name] = sorted(s.execute(select(link)).all())
        out["audit"] = [
            (e.id, e.user, e.entity, e.entity_id, e.action, json.loads(e.changes))
            for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]
    return out


def _replayed(db: Database) -> dict[tuple[str, int], dict[str, Any]]:
    state: dict[tuple[str, int], dict[str, Any]] = {}
    with db.read() as s:
        for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            if e.action == "delete":
                state.pop((e.entity, e.entity_id), None)
                continue
            record = state.setdefault((e.entity, e.entity_id), {})
            for name, (_old, new) in json.loads(e.changes).items():
                record[name] = new
    return state


def test_bulk_import_writes_what_the_services_write(tmp_path: Path) -> None:
    book = write_book(tmp_path / "in.xlsx", SHEETS)
    with open_database(tmp_path / "services.db", create=True) as by_services:
        fill_register(by_services)
        _through_services(by_services)
        expected = _state(by_services)
    with open_database(tmp_path / "bulk.db", create=True) as by_import:
        fill_register(by_import)
        report = import_workbook(by_import, book)
        assert report.ok, report.problems
        assert report.summary_lines() == [
            "Organizations: 1 added, 1 updated, 1 unchanged",
            "Contacts: 1 added, 1 updated, 0 unchanged",
            "Meetings: 1 added, 1 updated, 0 unchanged",
            "Commitments: 1 added, 1 updated, 0 unchanged",
            "Principles: 2 added, 1 updated, 0 unchanged assessments",
        ]
        actual = _state(by_import)
    for table in expected:
        assert actual[table] == expected[table], table


def test_the_trail_rebuilds_every_imported_record(tmp_path: Path) -> None:
    with open_database(tmp_path / "bulk.db", create=True) as db:
        fill_register(db)
        assert import_workbook(db, write_book(tmp_path / "in.xlsx", SHEETS)).ok
        replayed = _replayed(db)
        with db.read() as s:
            for entity, model, fields in (
                ("organization", Organization, organizations.AUDITED),
                ("contact", Contact, contacts.FIELDS),
                ("meeting", Meeting, meetings.FIELDS),
                ("commitment", Commitment, commitments.FIELDS),
                ("assessment", Assessment, assessments.FIELDS),
            ):
                for record in s.scalars(select(model)):
                    want = {f: jsonable(getattr(record, f)) for f in fields}
                    got = {f: replayed[(entity, record.id)][f] for f in fields}
                    assert got == want, (entity, record.id)
            median = organizations.find_by_name(s, "Median Games")
            assert median is not None
            history = s.scalars(
                select(StageChange)
                .where(StageChange.organization_id == median.id)
                .order_by(StageChange.id)
            ).all()
            assert [(h.from_stage, h.to_stage) for h in history] == [
                (None, Stage.CONTACTED),
                (Stage.CONTACTED, Stage.ENGAGED),
            ]
            brand = organizations.find_by_name(s, "Brand New")
            assert brand is not None and brand.endorsed_on == days_ago(3)


def test_new_ids_follow_the_highest_existing_ones(tmp_path: Path) -> None:
    with open_database(tmp_path / "bulk.db", create=True) as db:
        fill_register(db)
        with db.write() as s:  # a gap and a high id: new records must not reuse either
            contacts.delete(s, 1)
            acme = organizations.find_by_name(s, "Acme Social")
            assert acme is not None
            s.add(Contact(id=40, organization_id=acme.id, name="High Id"))
        book = write_book(
            tmp_path / "in.xlsx",
            {"Contacts": [["Organization", "Name"], ["Acme Social", "New Person"]]},
        )
        assert import_workbook(db, book).ok
        with db.read() as s:
            new = s.scalar(select(Contact).where(Contact.name == "New Person"))
            assert new is not None and new.id == 41
            entry = s.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()))
            assert entry is not None and (entry.entity, entry.entity_id) == ("contact", 41)


def test_a_problem_after_chunks_were_written_leaves_the_file_byte_identical(
    tmp_path: Path,
) -> None:
    path = tmp_path / "register.db"
    with open_database(path, create=True) as database:
        fill_register(database)
    before = path.read_bytes()
    many = bulk_write.CHUNK + 500
    book = write_book(
        tmp_path / "in.xlsx",
        {
            "Organizations": [["Name", "Kind"], *([f"Org {i}", "Company"] for i in range(many))],
            "Contacts": [["Organization", "Name", "Email"], ["Org 7", "Jo", "bad@"]],
        },
    )
    for dry_run in (True, False):
        with open_database(path) as database:
            report = import_workbook(database, book, dry_run=dry_run)
        assert report.problems == ['Contacts!2: "bad@" is not a valid e-mail address']
        assert not report.written
        assert path.read_bytes() == before


def test_dry_run_of_a_big_import_counts_everything_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    with open_database(path, create=True) as database:
        fill_register(database)
    before = path.read_bytes()
    many = bulk_write.CHUNK + 10
    book = write_book(
        tmp_path / "in.xlsx",
        {"Organizations": [["Name"], ["Acme Social"], *([f"Org {i}"] for i in range(many))]},
    )
    with open_database(path) as database:
        report = import_workbook(database, book, dry_run=True)
    assert report.ok and not report.written
    assert report.summary_lines() == [f"Organizations: {many} added, 0 updated, 1 unchanged"]
    assert path.read_bytes() == before
