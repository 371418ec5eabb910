"""Helpers for the workbook tests: a small register with every kind of record, and files.

Not a conftest: the workbook tests import what they need from here explicitly.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from engagetrack.domain.vocabularies import Classification, Stage
from engagetrack.services import assessments, commitments, contacts, meetings, organizations
from engagetrack.store.database import Database

TODAY = date.today()


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def fill_register(db: Database) -> dict[str, int]:
    """A register touching every sheet, with records of each marking."""
    ids: dict[str, int] = {}
    with db.write() as s:
        acme = organizations.create(
            s,
            {
                "name": "Acme Social",
                "kind": "Company",
                "country": "Canada",
                "sector": "Social media",
                "stage": Stage.ENDORSED,
                "stage_since": days_ago(400),
                "priority": "High",
                "lead_official": "A. Tremblay",
                "notes": "Endorsed at the roundtable.\nFollow up on P5.",
            },
        )
        secret = organizations.create(
            s,
            {
                "name": "Hush Networks",
                "stage": Stage.ENGAGED,
                "stage_since": days_ago(100),
                "classification": Classification.PROTECTED_B,
            },
        )
        middle = organizations.create(
            s,
            {
                "name": "Median Games",
                "stage": Stage.CONTACTED,
                "stage_since": days_ago(50),
                "classification": Classification.PROTECTED_A,
            },
        )
        ids.update(acme=acme.id, secret=secret.id, middle=middle.id)
        contacts.create(
            s, {"organization_id": acme.id, "name": "Jo Smith", "email": "jo@acme.example"}
        )
        contacts.create(s, {"organization_id": secret.id, "name": "Quiet Person"})
        open_meeting = meetings.create(
            s,
            {"held_on": days_ago(30), "title": "Roundtable on livestreaming", "kind": "Roundtable"},
            organization_ids=[acme.id, secret.id],
            principle_numbers=[5, 1],
        )
        hidden_meeting = meetings.create(
            s,
            {
                "held_on": days_ago(20),
                "title": "Restricted bilateral",
                "classification": Classification.PROTECTED_B,
            },
            organization_ids=[acme.id],
        )
        ids.update(open_meeting=open_meeting.id, hidden_meeting=hidden_meeting.id)
        commitments.create(
            s,
            {
                "organization_id": acme.id,
                "description": "Publish transparency data",
                "principle_number": 11,
                "due_on": days_ago(10),
                "meeting_id": hidden_meeting.id,
                "owner": "Policy team",
            },
        )
        commitments.create(
            s,
            {
                "organization_id": acme.id,
                "description": "Confirm livestream safeguards",
                "due_on": days_ago(40),
                "status": "In progress",
                "meeting_id": open_meeting.id,
            },
        )
        commitments.create(
            s,
            {
                "organization_id": acme.id,
                "description": "Share hash lists",
                "status": "Done",
                "completed_on": days_ago(5),
            },
        )
        commitments.create(
            s, {"organization_id": secret.id, "description": "Hush promise", "due_on": days_ago(3)}
        )
        assessments.set_assessment(s, acme.id, 1, "Implemented")
        assessments.set_assessment(s, acme.id, 5, "In progress")
        assessments.set_assessment(s, secret.id, 2, "Planned")
    return ids


def write_book(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    """A plain workbook (as a user's spreadsheet program would save it) with these rows."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(list(row))
    book.save(path)
    return path


def read_cells(path: Path) -> dict[str, list[list[Any]]]:
    book = load_workbook(path, read_only=True)
    try:
        return {
            ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets
        }
    finally:
        book.close()


def all_text(path: Path) -> str:
    """Every cell value and every XML part of the file, for 'appears nowhere' checks."""
    parts = [str(v) for rows in read_cells(path).values() for row in rows for v in row]
    with zipfile.ZipFile(path) as archive:
        parts += [archive.read(n).decode("utf-8", "replace") for n in archive.namelist()]
    return "\n".join(parts)


def data_rows(path: Path, sheet: str) -> list[dict[str, Any]]:
    rows = read_cells(path)[sheet]
    headers = [h for h in rows[0] if h]
    return [dict(zip(headers, r, strict=False)) for r in rows[1:] if r and r[0] is not None]
