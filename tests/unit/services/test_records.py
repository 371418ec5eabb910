"""Contacts, meetings, commitments, assessments, settings and the audit trail, through the
services: validation messages, rules a user relies on, and an audit entry for each change."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import AssessmentStatus, CommitmentStatus, MeetingKind
from engagetrack.services import (
    assessments,
    audit,
    commitments,
    contacts,
    meetings,
    settings,
)
from engagetrack.services import organizations as orgs
from engagetrack.store.database import Database
from engagetrack.store.models import Assessment, AuditEntry, Commitment, Contact, Meeting
from engagetrack.store.os_user import login_name

TODAY = date.today()


def errors_of(db: Database, action: Any) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught, db.write() as s:
        action(s)
    return caught.value.errors


def count(s: Session, model: Any) -> int:
    return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def org_id(db: Database) -> int:
    with db.write() as s:
        return orgs.create(s, {"name": "Kestrel Video"}).id


# --- contacts -----------------------------------------------------------------------------


def test_a_contact_needs_a_name_an_organization_and_a_valid_email(
    db: Database, org_id: int
) -> None:
    assert errors_of(db, lambda s: contacts.create(s, {"organization_id": org_id})) == {
        "name": "Name is required."
    }
    assert "organization" in errors_of(db, lambda s: contacts.create(s, {"name": "A. B."}))
    errors = errors_of(
        db,
        lambda s: contacts.create(
            s, {"organization_id": org_id, "name": "A. B.", "email": "ab at example.org"}
        ),
    )
    assert errors == {"email": '"ab at example.org" is not a valid e-mail address.'}
    with db.write() as s:
        contact = contacts.create(
            s, {"organization_id": org_id, "name": " A. B. ", "email": " ab@example.org "}
        )
    assert (contact.name, contact.email) == ("A. B.", "ab@example.org")
    with db.read() as s:
        assert contacts.find(s, org_id, "a. b.") is not None
        assert [e.action for e in audit.entries(s, entity="contact")] == ["create"]


def test_one_contact_of_a_name_per_organization(db: Database, org_id: int) -> None:
    """Case and spaces ignored, on create, rename and move; another organization may have one."""
    with db.write() as s:
        jo = contacts.create(s, {"organization_id": org_id, "name": "Jo Smith"}).id
        other_org = orgs.create(s, {"name": "Other"}).id
        elsewhere = contacts.create(s, {"organization_id": other_org, "name": "Jo Smith"}).id
        sam = contacts.create(s, {"organization_id": org_id, "name": "Sam Lee"}).id
    expected = {"name": 'Kestrel Video already has a contact named "jo  SMITH".'}
    create = {"organization_id": org_id, "name": "jo  SMITH"}
    assert errors_of(db, lambda s: contacts.create(s, create)) == expected
    assert errors_of(db, lambda s: contacts.update(s, sam, {"name": "jo  SMITH"})) == expected
    errors = errors_of(db, lambda s: contacts.update(s, elsewhere, {"organization_id": org_id}))
    assert set(errors) == {"name"}
    with db.write() as s:
        contacts.update(s, jo, {"name": "JO SMITH", "title": "Director"})  # itself: fine
    with db.read() as s:
        assert count(s, Contact) == 3


def test_a_contact_for_no_organization_is_a_readable_error(db: Database) -> None:
    errors = errors_of(db, lambda s: contacts.create(s, {"organization_id": 999, "name": "X"}))
    assert "999" in errors["organization"]
    errors = errors_of(db, lambda s: contacts.create(s, {"organization_id": None, "name": "X"}))
    assert set(errors) == {"organization"}


def test_contact_updates_and_deletes_are_audited(db: Database, org_id: int) -> None:
    with db.write() as s:
        cid = contacts.create(s, {"organization_id": org_id, "name": "Lee"}).id
    with db.write() as s:
        contacts.update(s, cid, {"title": "Head of Trust and Safety", "name": "Lee"})
    with db.write() as s:
        contacts.delete(s, cid)
    with db.read() as s:
        deleted, updated, _ = audit.entries(s, entity="contact", entity_id=cid)
    assert updated.changes == {"title": [None, "Head of Trust and Safety"]}
    assert deleted.action == "delete" and deleted.changes["name"] == ["Lee", None]


# --- meetings ---------------------------------------------------------------------------------


def test_a_meeting_needs_a_date_and_a_title(db: Database) -> None:
    errors = errors_of(db, lambda s: meetings.create(s, {"kind": "Call"}))
    assert errors == {"held_on": "Date is required.", "title": "Title is required."}
    errors = errors_of(
        db, lambda s: meetings.create(s, {"held_on": TODAY, "title": "T", "kind": "Lunch"})
    )
    assert "Lunch" in errors["kind"] and "Bilateral" in errors["kind"]


def test_one_meeting_per_date_and_title_ignoring_case_and_spaces(db: Database, org_id: int) -> None:
    with db.write() as s:
        meetings.create(s, {"held_on": TODAY, "title": "Bilateral with Kestrel"})
        meetings.create(
            s, {"held_on": TODAY - timedelta(days=1), "title": "Bilateral with Kestrel"}
        )
    errors = errors_of(
        db, lambda s: meetings.create(s, {"held_on": TODAY, "title": " BILATERAL with  kestrel"})
    )
    assert "already exists" in errors["title"]


def test_a_meeting_links_organizations_contacts_and_principles_and_audits_them(
    db: Database, org_id: int
) -> None:
    with db.write() as s:
        other = orgs.create(s, {"name": "Aurora Cloud"}).id
        cid = contacts.create(s, {"organization_id": org_id, "name": "Lee"}).id
        meeting = meetings.create(
            s,
            {"held_on": TODAY + timedelta(days=10), "title": "Planned call", "kind": "call"},
            organization_ids=[org_id, other],
            contact_ids=[cid],
            principle_numbers=[7, 5, 5],
        )
        mid = meeting.id
    assert meeting.kind is MeetingKind.CALL
    with db.read() as s:
        m = meetings.get(s, mid)
        assert [o.name for o in m.organizations] == ["Aurora Cloud", "Kestrel Video"]
        assert [p.number for p in m.principles] == [5, 7]
        assert meetings.reference(m) == f"{(TODAY + timedelta(days=10)).isoformat()} Planned call"
        created = audit.entries(s, entity="meeting", entity_id=mid)[0]
        assert created.changes["organizations"] == [[], ["Aurora Cloud", "Kestrel Video"]]
        assert created.changes["principles"] == [[], [5, 7]]
    with db.write() as s:
        meetings.update(s, mid, {}, organization_ids=[other], principle_numbers=[5, 7])
    with db.read() as s:
        changed = audit.entries(s, entity="meeting", entity_id=mid)[0]
        assert changed.changes == {
            "organizations": [["Aurora Cloud", "Kestrel Video"], ["Aurora Cloud"]]
        }
    assert "principles" in errors_of(
        db, lambda s: meetings.update(s, mid, {}, principle_numbers=[12])
    )


def test_deleting_a_meeting_keeps_the_commitments_made_there(db: Database, org_id: int) -> None:
    with db.write() as s:
        mid = meetings.create(s, {"held_on": TODAY, "title": "Call"}, organization_ids=[org_id]).id
        cid = commitments.create(
            s, {"organization_id": org_id, "description": "Send safeguards", "meeting_id": mid}
        ).id
    with db.write() as s:
        meetings.delete(s, mid)
    with db.read() as s:
        assert count(s, Meeting) == 0
        assert commitments.get(s, cid).meeting_id is None
        gone = audit.entries(s, entity="meeting", entity_id=mid)[0]
        assert gone.action == "delete" and gone.changes["organizations"] == [
            ["Kestrel Video"],
            None,
        ]


# --- commitments --------------------------------------------------------------------------


def test_a_commitment_needs_a_description_and_who_made_it(db: Database, org_id: int) -> None:
    errors = errors_of(db, lambda s: commitments.create(s, {}))
    assert set(errors) == {"organization_id", "description"}
    errors = errors_of(db, lambda s: commitments.create(s, {"organization_id": org_id}))
    assert errors == {"description": "Description is required."}
    errors = errors_of(
        db,
        lambda s: commitments.create(
            s, {"organization_id": org_id, "description": "X", "status": "Finished"}
        ),
    )
    assert "Finished" in errors["status"] and "Done" in errors["status"]


def test_done_sets_the_completion_date_and_reopening_clears_it(db: Database, org_id: int) -> None:
    with db.write() as s:
        cid = commitments.create(
            s, {"organization_id": org_id, "description": "Publish data", "principle_number": 11}
        ).id
    with db.write() as s:
        done = commitments.set_status(s, cid, "done")
    assert done.status is CommitmentStatus.DONE and done.completed_on == TODAY
    with db.write() as s:
        reopened = commitments.set_status(s, cid, CommitmentStatus.IN_PROGRESS)
    assert reopened.completed_on is None
    with db.write() as s:
        earlier = commitments.set_status(s, cid, "Done", completed_on=TODAY - timedelta(days=3))
    assert earlier.completed_on == TODAY - timedelta(days=3)
    errors = errors_of(
        db, lambda s: commitments.set_status(s, cid, "Done", completed_on=TODAY + timedelta(1))
    )
    assert "future" in errors["completed_on"]
    with db.read() as s:
        history = [e.changes.get("status") for e in audit.entries(s, entity="commitment")]
    assert history == [
        ["In progress", "Done"],
        ["Done", "In progress"],
        ["Open", "Done"],
        [None, "Open"],
    ]


def test_overdue_means_open_or_in_progress_and_due_before_today() -> None:
    yesterday, tomorrow = TODAY - timedelta(days=1), TODAY + timedelta(days=1)
    assert commitments.is_overdue(CommitmentStatus.OPEN, yesterday)
    assert commitments.is_overdue(CommitmentStatus.IN_PROGRESS, yesterday)
    assert not commitments.is_overdue(CommitmentStatus.OPEN, TODAY)
    assert not commitments.is_overdue(CommitmentStatus.OPEN, tomorrow)
    assert not commitments.is_overdue(CommitmentStatus.DONE, yesterday)
    assert not commitments.is_overdue(CommitmentStatus.DROPPED, yesterday)
    assert not commitments.is_overdue(CommitmentStatus.OPEN, None)
    assert commitments.is_overdue(CommitmentStatus.OPEN, TODAY, on=tomorrow)


def test_one_commitment_per_organization_and_description(db: Database, org_id: int) -> None:
    with db.write() as s:
        other = orgs.create(s, {"name": "Other"}).id
        commitments.create(s, {"organization_id": org_id, "description": "Publish data"})
        commitments.create(s, {"organization_id": other, "description": "Publish data"})
    errors = errors_of(
        db,
        lambda s: commitments.create(
            s, {"organization_id": org_id, "description": "  PUBLISH   data "}
        ),
    )
    assert "already has" in errors["description"]
    assert "principle" in errors_of(
        db,
        lambda s: commitments.create(
            s, {"organization_id": org_id, "description": "New", "principle_number": 12}
        ),
    )
    assert "principle" in errors_of(
        db,
        lambda s: commitments.create(
            s, {"organization_id": org_id, "description": "New", "principle_id": 4242}
        ),
    )
    with db.read() as s:
        assert count(s, Commitment) == 2


# --- assessments ------------------------------------------------------------------------


def test_one_assessment_per_organization_and_principle_updated_in_place(
    db: Database, org_id: int
) -> None:
    with db.write() as s:
        first = assessments.set_assessment(
            s, org_id, 5, "planned", evidence="roadmap", source="call", assessed_on=TODAY
        )
    with db.write() as s:
        second = assessments.set_assessment(s, org_id, 5, "Implemented", evidence="report")
    assert second.id == first.id and second.status is AssessmentStatus.IMPLEMENTED
    assert (second.evidence, second.source) == ("report", None)
    with db.write() as s:
        kept = assessments.set_assessment(s, org_id, 5, "Implemented", keep_notes=True)
    assert kept.evidence == "report"
    with db.read() as s:
        assert count(s, Assessment) == 1
        entries = audit.entries(s, entity="assessment")
    assert [e.action for e in entries] == ["update", "create"]  # the no-op wrote nothing
    assert entries[0].changes["status"] == ["Planned", "Implemented"]


def test_an_assessment_is_refused_for_a_bad_status_a_future_date_or_an_unknown_principle(
    db: Database, org_id: int
) -> None:
    errors = errors_of(
        db,
        lambda s: assessments.set_assessment(
            s, org_id, 1, "Done", assessed_on=TODAY + timedelta(days=1)
        ),
    )
    assert set(errors) == {"status", "assessed_on"}
    assert "Not applicable" in errors["status"]
    assert "principle" in errors_of(
        db, lambda s: assessments.set_assessment(s, org_id, 0, "Planned")
    )
    with db.read() as s:
        assert count(s, Assessment) == 0 and count(s, AuditEntry) == 1  # the org's creation


# --- settings ------------------------------------------------------------------------------


def test_prepared_by_defaults_to_the_os_user_and_a_change_is_audited(db: Database) -> None:
    with db.read() as s:
        assert settings.prepared_by(s)
    with db.write() as s:
        settings.set_setting(s, settings.PREPARED_BY, "J. Singh, Policy Analyst")
        settings.set_setting(s, settings.PREPARED_BY, "J. Singh, Policy Analyst")
    with db.read() as s:
        assert settings.prepared_by(s) == "J. Singh, Policy Analyst"
        entries = audit.entries(s, entity="setting")
    assert len(entries) == 1
    assert entries[0].changes == {"prepared_by": [None, "J. Singh, Policy Analyst"]}


# --- the audit trail ---------------------------------------------------------------------------


def test_the_audit_trail_reads_newest_first_with_a_limit(db: Database) -> None:
    with db.write() as s:
        for name in ("First", "Second", "Third"):
            orgs.create(s, {"name": name})
    with db.read() as s:
        names = [e.changes["name"][1] for e in audit.entries(s)]
        assert names == ["Third", "Second", "First"]
        assert [e.changes["name"][1] for e in audit.entries(s, limit=2)] == ["Third", "Second"]
        assert audit.entries(s, limit=0) == []
        as_json = audit.entries(s, limit=1)[0].as_json()
    assert set(as_json) == {
        *("at", "user", "entity", "entity_id", "action", "changes"),
        *("db_role", "os_user", "reason"),
    }
    assert as_json["at"].endswith("+00:00")  # stored and shown as UTC
    assert as_json["user"] == "tester"
    assert as_json["os_user"] == login_name()  # the workstation's login, whoever is named
    assert as_json["reason"] is None


def test_setting_an_unknown_field_is_refused(db: Database, org_id: int) -> None:
    assert "colour" in errors_of(db, lambda s: orgs.update(s, org_id, {"colour": "red"}))
    assert "venue" in errors_of(
        db, lambda s: meetings.create(s, {"held_on": TODAY, "title": "x", "venue": "Ottawa"})
    )
