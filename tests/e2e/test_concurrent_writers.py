"""Many officials writing to one register on a server at once: every committed edit is there,
every refused one was reported to its writer and left no trace, the audit trail accounts for
all of them, and two imports running at once both land whole."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from engagetrack.services import demo
from engagetrack.store.database import open_database
from engagetrack.store.models import AuditEntry, Organization
from tests.helpers.postgres_server import PostgresServer
from tests.helpers.workbook_fixtures import write_book

ROOT = Path(__file__).resolve().parents[2]
WRITERS, EDITS = 4, 40


def _book(path: Path, prefix: str) -> Path:
    rows = [["Name", "Kind", "Country", "Stage"]] + [
        [f"{prefix} {n}", "Company", "Canada", "Identified"] for n in range(25)
    ]
    return write_book(path, {"Organizations": rows})


@pytest.mark.timeout(600)
def test_concurrent_writers_lose_nothing(postgres: PostgresServer, tmp_path: Path) -> None:
    url = postgres.url(postgres.create_database())
    with open_database(url, create=True, user="setup") as db, db.write() as s:
        demo.load_demo(s)
    books = {
        1: _book(tmp_path / "a.xlsx", "Imported A"),
        2: _book(tmp_path / "b.xlsx", "Imported B"),
    }
    workers = []
    for worker in range(WRITERS):
        command = [sys.executable, "-m", "tests.helpers.concurrent_writer", url, str(worker)]
        command += [str(EDITS), str(100 + worker), "--think", "0.01"]
        if worker in books:  # two of them import a workbook half-way, at about the same time
            command += ["--import", str(books[worker])]
        workers.append(subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True))
    results = []
    for process in workers:
        out, _ = process.communicate(timeout=500)
        assert process.returncode == 0
        results.append(json.loads(out))

    committed = [tuple(c) for r in results for c in r["committed"]]
    refused = [tuple(c) for r in results for c in r["refused"] + r["busy"]]
    assert len(committed) + len(refused) == WRITERS * EDITS
    assert refused, "writers on 26 records at once must have met each other"
    assert all(r["imported"] for r in results if r["imported"] is not None)

    with open_database(url, mode="read") as db, db.read() as s:
        notes = {o.id: set((o.notes or "").split()) for o in s.scalars(select(Organization))}
        names = set(s.scalars(select(Organization.name)))
        updates = [
            (e.entity_id, json.loads(e.changes)["notes"][1].split()[-1])
            for e in s.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity == "organization",
                    AuditEntry.action == "update",
                    AuditEntry.user.like("writer-%"),
                )
            )
        ]
    for org_id, token in committed:
        assert token in notes[org_id], f"lost update: {token} on organization {org_id}"
    for org_id, token in refused:
        assert token not in notes[org_id], f"a refused edit was written: {token}"
    # one audit entry per committed edit, naming its writer, holding its token
    assert len(updates) == len(committed)
    assert Counter(updates) == Counter(committed)
    # both imports whole: every organization of each workbook is there
    assert {f"Imported {p} {n}" for p in "AB" for n in range(25)} <= names
