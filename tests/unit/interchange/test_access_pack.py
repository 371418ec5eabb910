"""The access-request pack for a demo company holds every record a careful official would
list by hand, nothing above the ceiling, and the attached files with matching hashes."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange.access_pack import PackError, write_pack
from engagetrack.services import attachments, contacts, demo, meetings, organizations
from engagetrack.store.database import Database
from tests.helpers.tiny_pdf import tiny_pdf

TODAY = date(2026, 12, 1)
REPORT = tiny_pdf("Microsoft transparency report")
ROUNDTABLE_NOTES = b"Notes of the implementation roundtable (PROTECTED A)."

# Microsoft in the demo data, listed by hand (services/demo.py and demo_parties.py)
BY_HAND: dict[str, set[str]] = {
    "organization": {"Microsoft"},
    "contact": {"Digital Safety Policy Lead (example contact)"},
    "stage_change": {
        "2019-06-03 — → Contacted",
        "2019-07-30 Contacted → Engaged",
        "2019-11-01 Engaged → Considering",
        "2020-03-05 Considering → Endorsed",
    },
    "assessment": {
        f"P{n}: {s}"
        for n, s in enumerate(
            (
                "Implemented",
                "Implemented",
                "In progress",
                "In progress",
                "Planned",
                "Implemented",
                "In progress",
                "Planned",
                "Implemented",
                "Implemented",
                "Implemented",
            ),
            start=1,
        )
    },
    "meeting": {
        "2019-07-30 FCM industry roundtable",  # attended, and named in its summary
        "2020-03-05 Launch of the Voluntary Principles",
        "2020-12-01 Original six publish guide for companies",
        "2021-03-01 Implementation roundtable with industry and NGOs",  # PROTECTED A
        "2026-11-02 Call with Thorn about hash sharing",  # another organization's: names it
    },
    "commitment": {"Publish a guide for companies considering supporting the principles"},
    "attachment": {"transparency-report.pdf", "roundtable-notes.txt"},
}
PROTECTED = {
    ("meeting", "2021-03-01 Implementation roundtable with industry and NGOs"),
    ("attachment", "roundtable-notes.txt"),
}


@pytest.fixture
def demo_db(db: Database) -> Database:
    with db.write() as s:
        demo.load_demo(s, today=TODAY)
        microsoft = organizations.find_by_name(s, "Microsoft")
        thorn = organizations.find_by_name(s, "Thorn")
        assert microsoft is not None and thorn is not None
        meetings.create(
            s,
            {
                "held_on": date(2026, 11, 2),
                "title": "Call with Thorn about hash sharing",
                "summary": "Thorn will share hashes with Microsoft and two others.",
            },
            organization_ids=[thorn.id],
        )
        attachments.attach_bytes(
            s, "organization", microsoft.id, "transparency-report.pdf", REPORT, note="2025 report"
        )
        roundtable = meetings.find(
            s, date(2021, 3, 1), "Implementation roundtable with industry and NGOs"
        )
        assert roundtable is not None
        attachments.attach_bytes(
            s, "meeting", roundtable.id, "roundtable-notes.txt", ROUNDTABLE_NOTES
        )
        gone = contacts.create(s, {"organization_id": microsoft.id, "name": "Old Contact"})
    with db.write() as s:
        contacts.delete(s, gone.id, reason="Left the company")
    return db


def _pack(path: Path) -> tuple[zipfile.ZipFile, list[dict[str, Any]]]:
    pack = zipfile.ZipFile(path)
    sheet = load_workbook(io.BytesIO(pack.read("index.xlsx")), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    return pack, [dict(zip(header, row, strict=True)) for row in rows[1:]]


def _listed(index: list[dict[str, Any]]) -> dict[str, set[str]]:
    kinds = {
        "organization": "organization",
        "contact": "contact",
        "stage change": "stage_change",
        "assessment": "assessment",
        "meeting": "meeting",
        "commitment": "commitment",
        "attached file": "attachment",
    }
    found: dict[str, set[str]] = {}
    for row in index:
        if row["Deleted"] == "no":
            found.setdefault(kinds[row["Type"]], set()).add(row["Title"])
    return found


def test_the_pack_holds_every_record_an_official_would_list(
    demo_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "pack.zip"
    result = write_pack(demo_db, out, "microsoft")
    register = ["register.db"] if demo_db.path is not None else []  # a server: no file here
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["pack.zip", *register, *_register_files(tmp_path)]
    )
    pack, index = _pack(out)
    assert _listed(index) == BY_HAND
    deleted = [r for r in index if r["Deleted"] == "yes"]
    assert [(r["Type"], r["Title"]) for r in deleted] == [("contact", "Old Contact")]
    by_title = {r["Title"]: r for r in index}
    assert (
        by_title["2026-11-02 Call with Thorn about hash sharing"]["Why it answers"]
        == "its name is in the text"
    )
    assert by_title["Microsoft"]["Why it answers"] == "the organization itself"
    # every record in full, readable by a reviewer; the deletion with its reason
    meetings_json = json.loads(pack.read("records/meetings.json"))
    launch = next(m for m in meetings_json if m["title"] == "Launch of the Voluntary Principles")
    assert "Microsoft" in launch["organizations"] and launch["summary"]
    gone = json.loads(pack.read("records/deleted_records.json"))
    assert (
        gone[0]["reason"] == "Left the company" and gone[0]["last_values"]["name"] == "Old Contact"
    )
    trail = json.loads(pack.read("records/audit_entries.json"))
    assert {(e["entity"], e["action"]) for e in trail} >= {
        ("organization", "create"),
        ("assessment", "create"),
        ("meeting", "create"),
        ("attachment", "create"),
        ("contact", "delete"),
    }
    # the files byte for byte, their hash in the index
    for row in index:
        if row["Type"] == "attached file":
            data = pack.read(row["File in the pack"])
            assert hashlib.sha256(data).hexdigest() == row["SHA-256"]
    assert pack.read(by_title["transparency-report.pdf"]["File in the pack"]) == REPORT
    statement = pack.read("search.txt").decode()
    for expected in ('"Microsoft"', "Run by: tester", "Program: EngageTrack", "Run on: "):
        assert expected in statement
    assert result.marking is Classification.PROTECTED_A and result.files == 2


def _register_files(folder: Path) -> list[str]:
    return [
        p.name
        for p in folder.iterdir()
        if p.name.startswith("register.db") and p.name != "register.db"
    ]


def test_nothing_above_the_ceiling_is_in_the_pack(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "pack.zip"
    result = write_pack(demo_db, out, "Microsoft", ceiling=Classification.UNCLASSIFIED)
    pack, index = _pack(out)
    expected = {k: {t for t in v if (k, t) not in PROTECTED} for k, v in BY_HAND.items()}
    assert _listed(index) == expected
    assert {r["Marking"] for r in index} == {"UNCLASSIFIED"}
    everything = b"".join(pack.read(name) for name in pack.namelist() if name != "index.xlsx")
    assert b"Implementation roundtable" not in everything  # nor in another record's links
    assert ROUNDTABLE_NOTES not in everything
    assert b"PROTECTED" not in everything
    assert result.marking is Classification.UNCLASSIFIED


def test_a_period_keeps_what_was_made_or_dated_in_it(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "pack.zip"
    write_pack(demo_db, out, "Microsoft", since=date(2026, 11, 1), until=date(2026, 11, 30))
    _, index = _pack(out)
    titles = {r["Title"] for r in index}
    assert "2026-11-02 Call with Thorn about hash sharing" in titles
    assert "2019-06-03 — → Contacted" not in titles  # made today, dated 2019: outside
    assert "Microsoft" in titles  # the organization itself, always


def test_an_unknown_organization_or_a_bad_file_writes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError):
        write_pack(demo_db, tmp_path / "pack.zip", "Nobody Inc")
    with pytest.raises(PackError):
        write_pack(demo_db, tmp_path / "pack.txt", "Microsoft")
    with pytest.raises(PackError):
        write_pack(demo_db, tmp_path / "missing" / "pack.zip", "Microsoft")
    assert not any(p.suffix in (".zip", ".part") for p in tmp_path.iterdir())
