"""Attachments: kept byte for byte inside the register, at most 50 MB, a duplicate pointed
out, removal audited with its reason, and a record holding files not deleted from under them."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import Classification
from engagetrack.services import attachments, audit, commitments, meetings, organizations
from engagetrack.store import backups
from engagetrack.store.database import Database, open_database
from engagetrack.store.models import AttachmentContent, Meeting
from tests.helpers.tiny_pdf import tiny_pdf

EVERY_BYTE = bytes(range(256)) * 4096 + b"\x00\r\n\x1a end"  # 1 MB and a bit, every value


def _org(db: Database, name: str = "Kestrel Video") -> int:
    with db.write() as s:
        return organizations.create(s, {"name": name}).id


def test_a_file_comes_back_byte_for_byte_with_what_it_is(db: Database) -> None:
    org_id = _org(db)
    with db.write() as s:
        done = attachments.attach_bytes(
            s, "organization", org_id, "letter.bin", EVERY_BYTE, note="Signed letter"
        )
    assert not done.duplicate
    a = done.attachment
    with db.read() as s:
        assert attachments.content(s, a.id) == EVERY_BYTE
        listed = attachments.of_record(s, "organization", org_id)
    assert [x.id for x in listed] == [a.id]
    assert (a.file_name, a.size, a.added_by, a.note) == (
        "letter.bin",
        len(EVERY_BYTE),
        "tester",
        "Signed letter",
    )
    import hashlib

    assert a.sha256 == hashlib.sha256(EVERY_BYTE).hexdigest()
    assert a.classification is Classification.UNCLASSIFIED  # the organization's own marking


def test_the_marking_defaults_to_the_records_and_can_be_given(db: Database) -> None:
    with db.write() as s:
        m = meetings.create(
            s, {"held_on": date(2026, 1, 5), "title": "Call", "classification": "PROTECTED A"}
        )
        first = attachments.attach_bytes(s, "meeting", m.id, "a.txt", b"one").attachment
        second = attachments.attach_bytes(
            s, "meeting", m.id, "b.txt", b"two", classification="protected b"
        ).attachment
    assert first.classification is Classification.PROTECTED_A
    assert second.classification is Classification.PROTECTED_B


def test_the_register_holds_the_highest_marking_of_its_files_too(db: Database) -> None:
    """The status bar's "Holds:" says what the register must be kept as: an unclassified
    organization's PROTECTED B letter makes it a PROTECTED B register, until it is removed."""
    from engagetrack.services.queries_dashboard import highest_marking

    org_id = _org(db)
    with db.read() as s:
        assert highest_marking(s) is Classification.UNCLASSIFIED
    with db.write() as s:
        letter = attachments.attach_bytes(
            s, "organization", org_id, "letter.txt", b"signed", classification="PROTECTED B"
        ).attachment
    with db.read() as s:
        assert highest_marking(s) is Classification.PROTECTED_B
    with db.write() as s:
        attachments.remove(s, letter.id, reason="sent in error")
    with db.read() as s:
        assert highest_marking(s) is Classification.UNCLASSIFIED


def test_the_same_file_twice_on_one_record_is_pointed_out_not_stored(db: Database) -> None:
    org_id = _org(db)
    other = _org(db, "Other Co")
    with db.write() as s:
        first = attachments.attach_bytes(s, "organization", org_id, "r.pdf", b"%PDF-same")
        again = attachments.attach_bytes(s, "organization", org_id, "copy.pdf", b"%PDF-same")
        elsewhere = attachments.attach_bytes(s, "organization", other, "r.pdf", b"%PDF-same")
    assert again.duplicate and again.attachment.id == first.attachment.id
    assert not elsewhere.duplicate  # another record may hold the same file
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AttachmentContent)) == 2


def test_a_file_over_50_mb_is_refused_before_it_is_read(db: Database, tmp_path: Path) -> None:
    org_id = _org(db)
    big = tmp_path / "scan.pdf"
    with open(big, "wb") as f:
        f.truncate(attachments.MAX_BYTES + 1)  # sparse: no 50 MB written to the disk
    with db.write() as s, pytest.raises(ValidationError) as refused:
        attachments.attach_file(s, "organization", org_id, big)
    message = refused.value.errors["file"]
    assert "scan.pdf" in message and "50 MB" in message
    with db.read() as s:
        assert attachments.of_record(s, "organization", org_id) == []


def test_exactly_50_mb_is_accepted(db: Database) -> None:
    org_id = _org(db)
    data = os.urandom(1024) * (attachments.MAX_BYTES // 1024)
    with db.write() as s:
        done = attachments.attach_bytes(s, "organization", org_id, "max.bin", data)
    assert done.attachment.size == attachments.MAX_BYTES
    with pytest.raises(ValidationError), db.write() as s:
        attachments.attach_bytes(s, "organization", org_id, "over.bin", data + b"x")


def test_removing_a_file_is_audited_with_its_reason_and_every_field(db: Database) -> None:
    org_id = _org(db)
    with db.write() as s:
        a = attachments.attach_bytes(s, "organization", org_id, "wrong.txt", b"oops").attachment
    with db.write() as s:
        attachments.remove(s, a.id, reason="  Attached to the wrong company  ")
    with db.read() as s:
        assert attachments.of_record(s, "organization", org_id) == []
        assert s.scalar(select(func.count()).select_from(AttachmentContent)) == 0
        entry = audit.entries(s, entity="attachment", entity_id=a.id)[0]
    assert entry.action == "delete" and entry.reason == "Attached to the wrong company"
    old = {k: v[0] for k, v in entry.changes.items()}
    assert old["file_name"] == "wrong.txt" and old["sha256"] == a.sha256
    assert old["size"] == 4 and old["organization_id"] == org_id and old["added_by"] == "tester"


def test_a_record_holding_files_is_not_deleted_from_under_them(db: Database) -> None:
    org_id = _org(db)
    with db.write() as s:
        m = meetings.create(
            s, {"held_on": date(2026, 2, 1), "title": "Bilateral"}, organization_ids=[org_id]
        )
        c = commitments.create(s, {"organization_id": org_id, "description": "Send data"})
        on_meeting = attachments.attach_bytes(s, "meeting", m.id, "n.txt", b"notes").attachment
        attachments.attach_bytes(s, "commitment", c.id, "c.txt", b"data")
        attachments.attach_bytes(s, "organization", org_id, "o.txt", b"org")
        meeting_id, commitment_id = m.id, c.id
    for delete in (
        lambda s: meetings.delete(s, meeting_id, reason="duplicate"),
        lambda s: commitments.delete(s, commitment_id, reason="duplicate"),
    ):
        with pytest.raises(ValidationError), db.write() as s:
            delete(s)
    with db.write() as s:  # an organization with files is archived, never deleted
        assert organizations.delete(s, org_id, reason="gone") is False
    with db.write() as s:
        attachments.remove(s, on_meeting.id, reason="not needed")
        meetings.delete(s, meeting_id, reason="entered twice")
    with db.read() as s:
        assert s.get(Meeting, meeting_id) is None
        entry = audit.entries(s, entity="meeting", entity_id=meeting_id)[0]
        archived = audit.entries(s, entity="organization", entity_id=org_id)[0]
    assert entry.reason == "entered twice"
    assert entry.changes["title"] == ["Bilateral", None]
    assert entry.changes["organizations"] == [["Kestrel Video"], None]
    assert archived.reason == "gone" and archived.changes == {"archived": [False, True]}


def test_deleting_a_commitment_keeps_every_field_and_the_reason(db: Database) -> None:
    org_id = _org(db)
    with db.write() as s:
        c = commitments.create(
            s, {"organization_id": org_id, "description": "Publish data", "notes": "By June"}
        )
    with db.write() as s:
        commitments.delete(s, c.id, reason="Withdrawn by the company")
    with db.read() as s:
        entry = audit.entries(s, entity="commitment", entity_id=c.id)[0]
    assert entry.reason == "Withdrawn by the company"
    for field in ("organization_id", "description", "status", "notes", "created_at"):
        assert field in entry.changes
    assert entry.changes["notes"] == ["By June", None]


def test_a_merge_takes_the_duplicates_files_along(db: Database) -> None:
    keep, dup = _org(db, "Kestrel Video"), _org(db, "Kestrel Video Inc")
    with db.write() as s:
        a = attachments.attach_bytes(s, "organization", dup, "x.txt", b"x").attachment
        organizations.merge(s, keep, dup)
    with db.read() as s:
        assert [x.id for x in attachments.of_record(s, "organization", keep)] == [a.id]


def test_a_pdf_and_a_text_file_are_searchable_by_their_words(db: Database) -> None:
    from engagetrack.services.search import search_everywhere

    org_id = _org(db)
    with db.write() as s:
        attachments.attach_bytes(
            s, "organization", org_id, "report.pdf", tiny_pdf("Transparency report 2026 Zephyrine")
        )
        attachments.attach_bytes(s, "organization", org_id, "notes.txt", "Réunion Quillon".encode())
    with db.read() as s:
        pdf = search_everywhere(s, "zephyr")
        text = search_everywhere(s, "quillon réunion")
    assert [(h.entity, h.title) for h in pdf] == [("attachment", "report.pdf")]
    assert pdf[0].match.startswith("text:")
    assert [h.title for h in text] == ["notes.txt"]


def test_attachments_survive_a_backup_and_its_restore(tmp_db_path: Path, tmp_path: Path) -> None:
    db = open_database(tmp_db_path, create=True, user="tester")
    try:
        org_id = _org(db)
        with db.write() as s:
            a = attachments.attach_bytes(s, "organization", org_id, "f.bin", EVERY_BYTE).attachment
    finally:
        db.close()
    copy = backups.copy_database(tmp_db_path, tmp_path / "copy.db")
    tmp_db_path.unlink()
    restored_path = tmp_path / "restored.db"
    copy.rename(restored_path)
    restored = open_database(restored_path, mode="read")
    try:
        with restored.read() as s:
            assert attachments.content(s, a.id) == EVERY_BYTE
            assert attachments.view(s, a.id).sha256 == a.sha256
    finally:
        restored.close()
