"""Optimistic concurrency: an edit based on a copy of a record that someone else has changed
since is refused with who and when, changes nothing, and never overwrites their change (on
both engines; many writers at once are tested on the server in tests/e2e)."""

from __future__ import annotations

from datetime import date

import pytest

from engagetrack.domain.vocabularies import AssessmentStatus
from engagetrack.services import assessments, audit, commitments, meetings
from engagetrack.services import organizations as orgs
from engagetrack.services.records import current_version, expect_version
from engagetrack.store.database import Database
from engagetrack.store.errors import StaleRecordError


def test_an_edit_of_a_record_changed_since_is_refused_naming_who(db: Database) -> None:
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Kestrel Video", "notes": "first"}).id
    with db.read() as s:
        seen = orgs.get(s, org_id).version  # Alice opens the editor
    db.user = "bob"
    with db.write() as s:  # Bob saves first
        orgs.update(s, org_id, {"notes": "Bob's notes"})
    db.user = "alice"
    refused = pytest.raises(StaleRecordError, match="bob changed this record on")
    with refused as caught, db.write() as s:
        expect_version(s, "organization", org_id, seen)
        orgs.update(s, org_id, {"notes": "Alice's notes"})
    assert "Nothing was saved" in str(caught.value)
    with db.read() as s:
        assert orgs.get(s, org_id).notes == "Bob's notes"  # never overwritten
        assert [e.user for e in audit.entries(s, entity="organization", entity_id=org_id)] == [
            "bob",
            "tester",
        ]


def test_an_edit_based_on_the_current_version_goes_through_and_moves_it_on(db: Database) -> None:
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Kestrel Video"}).id
        first = current_version(s, "organization", org_id)
    assert first == 1
    with db.write() as s:
        expect_version(s, "organization", org_id, 1)
        orgs.update(s, org_id, {"notes": "met in May"})
        assert current_version(s, "organization", org_id) == 2
    with pytest.raises(StaleRecordError), db.write() as s:  # the old copy is now stale
        expect_version(s, "organization", org_id, 1)
        orgs.update(s, org_id, {"notes": "again"})


def test_meetings_commitments_and_assessments_are_versioned_too(db: Database) -> None:
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Kestrel Video"}).id
        meeting_id = meetings.create(s, {"held_on": date(2026, 5, 1), "title": "Bilateral"}).id
        commitment_id = commitments.create(
            s, {"organization_id": org_id, "description": "Publish a report"}
        ).id
        assessments.set_assessment(s, org_id, 1, AssessmentStatus.PLANNED)
        assessment_id = assessments.get_for(s, org_id, 1).id  # type: ignore[union-attr]
    with db.write() as s:
        meetings.update(s, meeting_id, {"summary": "someone else's summary"})
        commitments.update(s, commitment_id, {"owner": "someone else"})
        assessments.set_assessment(s, org_id, 1, AssessmentStatus.IN_PROGRESS)
    for entity, record_id, change in (
        ("meeting", meeting_id, lambda s: meetings.update(s, meeting_id, {"summary": "mine"})),
        (
            "commitment",
            commitment_id,
            lambda s: commitments.update(s, commitment_id, {"owner": "me"}),
        ),
        (
            "assessment",
            assessment_id,
            lambda s: assessments.set_assessment(s, org_id, 1, AssessmentStatus.IMPLEMENTED),
        ),
    ):
        with pytest.raises(StaleRecordError), db.write() as s:
            expect_version(s, entity, record_id, 1)
            change(s)
    with db.read() as s:
        assert assessments.get_for(s, org_id, 1).status is AssessmentStatus.IN_PROGRESS  # type: ignore[union-attr]
