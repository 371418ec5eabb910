"""Organizations through the services: validation, unique names, audit, stage history,
archive instead of delete, and merging duplicates."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import OrgKind, Stage
from engagetrack.services import assessments, audit, commitments, contacts, meetings
from engagetrack.services import organizations as orgs
from engagetrack.store.database import Database
from engagetrack.store.models import (
    Assessment,
    AuditEntry,
    Commitment,
    Contact,
    Meeting,
    Organization,
    StageChange,
)

TODAY = date.today()


def audit_count(s: Session) -> int:
    return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def errors_of(db: Database, action: Any) -> dict[str, str]:
    """Run `action(session)` in one write; return the field errors it was refused with."""
    with pytest.raises(ValidationError) as caught, db.write() as s:
        action(s)
    return caught.value.errors


# --- validation -------------------------------------------------------------------------------


def test_a_name_is_required_and_blank_is_not_a_name(db: Database) -> None:
    assert errors_of(db, lambda s: orgs.create(s, {"kind": "NGO"})) == {"name": "Name is required."}
    assert errors_of(db, lambda s: orgs.create(s, {"name": "   "})) == {"name": "Name is required."}


def test_every_problem_of_a_form_is_reported_at_once(db: Database) -> None:
    errors = errors_of(
        db,
        lambda s: orgs.create(
            s,
            {
                "name": "x" * 201,
                "kind": "Multinational",
                "stage_since": TODAY + timedelta(days=1),
                "notes": "n" * 40_000,
            },
        ),
    )
    assert set(errors) == {"name", "kind", "stage_since", "notes"}
    assert "too long" in errors["name"]
    assert "Multinational" in errors["kind"] and "Company" in errors["kind"]
    assert "future" in errors["stage_since"]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == 0
        assert audit_count(s) == 0


def test_names_are_stored_trimmed_and_vocabularies_as_codes(db: Database) -> None:
    with db.write() as s:
        org = orgs.create(
            s, {"name": "  Tech   Coalition ", "kind": "industry ASSOCIATION", "country": " "}
        )
    assert org.name == "Tech Coalition"
    assert org.kind is OrgKind.INDUSTRY_ASSOCIATION
    assert org.country is None


# --- unique names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("ÉCOLE Polytechnique", "école polytechnique"),
        ("Microsoft", "  microsoft  "),
        ("Tech Coalition", "TECH   coalition"),
        ("Straße Media", "STRASSE MEDIA"),
    ],
)
def test_names_are_unique_ignoring_case_and_spaces(db: Database, first: str, second: str) -> None:
    with db.write() as s:
        orgs.create(s, {"name": first})
    errors = errors_of(db, lambda s: orgs.create(s, {"name": second}))
    assert errors == {"name": f'An organization named "{first}" already exists.'}


def test_a_rename_may_change_case_but_not_take_another_name(db: Database) -> None:
    with db.write() as s:
        acme = orgs.create(s, {"name": "Acme"}).id
        orgs.create(s, {"name": "Globex"})
    with db.write() as s:
        assert orgs.update(s, acme, {"name": "ACME"}).name == "ACME"
    errors = errors_of(db, lambda s: orgs.update(s, acme, {"name": " globex"}))
    assert "already exists" in errors["name"]
    with db.read() as s:
        assert orgs.find_by_name(s, "acme") is not None
        assert orgs.find_by_name(s, "ACME ").id == acme  # type: ignore[union-attr]


def test_a_refused_record_rolls_back_the_whole_action(db: Database) -> None:
    def two(s: Session) -> None:
        orgs.create(s, {"name": "Fine"})
        orgs.create(s, {"name": "FINE"})

    errors_of(db, two)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == 0
        assert audit_count(s) == 0


# --- audit --------------------------------------------------------------------------------


def test_create_and_update_are_audited_with_user_and_old_and_new_values(db: Database) -> None:
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Snap", "kind": "Company"}).id
    with db.write() as s:
        orgs.update(s, org_id, {"country": "United States", "kind": "company"})
    with db.read() as s:
        newest, created = audit.entries(s)
    assert created.action == "create" and created.entity == "organization"
    assert created.entity_id == org_id and created.user == "tester"
    assert created.changes["name"] == [None, "Snap"]
    assert created.changes["stage"] == [None, "Identified"]
    assert newest.action == "update"
    assert newest.changes == {"country": [None, "United States"]}  # kind did not change


def test_an_update_that_changes_nothing_writes_no_audit_entry(db: Database) -> None:
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Roblox", "priority": "High"}).id
    with db.write() as s:
        before = audit_count(s)
        orgs.update(s, org_id, {"name": " roblox ".title(), "priority": "high", "notes": ""})
    with db.read() as s:
        assert audit_count(s) == before


# --- the pipeline -------------------------------------------------------------------------


def history(s: Session, org_id: int) -> list[tuple[str | None, str, date]]:
    rows = s.scalars(
        select(StageChange).where(StageChange.organization_id == org_id).order_by(StageChange.id)
    )
    return [(r.from_stage and r.from_stage.value, r.to_stage.value, r.changed_on) for r in rows]


def test_every_stage_change_is_kept_and_endorsement_sets_the_endorsed_date(db: Database) -> None:
    start = TODAY - timedelta(days=100)
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Google", "stage_since": start}).id
    with db.write() as s:
        orgs.change_stage(s, org_id, "contacted", on=start + timedelta(days=10))
        orgs.change_stage(s, org_id, Stage.CONSIDERING, on=start + timedelta(days=20), note="x")
    with db.read() as s:
        assert orgs.get(s, org_id).endorsed_on is None
    with db.write() as s:
        change = orgs.change_stage(s, org_id, Stage.ENDORSED, on=start + timedelta(days=30))
        assert change is not None and change.changed_by == "tester"
    with db.read() as s:
        org = orgs.get(s, org_id)
        assert org.stage is Stage.ENDORSED
        assert org.stage_since == org.endorsed_on == start + timedelta(days=30)
        assert history(s, org_id) == [
            (None, "Identified", start),
            ("Identified", "Contacted", start + timedelta(days=10)),
            ("Contacted", "Considering", start + timedelta(days=20)),
            ("Considering", "Endorsed", start + timedelta(days=30)),
        ]
        updates = [e for e in audit.entries(s, entity="organization") if e.action == "update"]
        assert updates[0].changes["endorsed_on"] == [None, (start + timedelta(days=30)).isoformat()]


def test_an_organization_created_as_endorsed_gets_its_endorsement_date(db: Database) -> None:
    on = date(2020, 3, 5)
    with db.write() as s:
        org = orgs.create(s, {"name": "Facebook", "stage": "Endorsed", "stage_since": on})
    assert org.endorsed_on == on


def test_stage_dates_in_the_future_or_before_the_current_stage_are_refused(db: Database) -> None:
    start = TODAY - timedelta(days=10)
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Twitter", "stage_since": start}).id
    errors = errors_of(
        db, lambda s: orgs.change_stage(s, org_id, "Endorsed", on=TODAY + timedelta(days=1))
    )
    assert "future" in errors["changed_on"]
    errors = errors_of(
        db, lambda s: orgs.change_stage(s, org_id, "Contacted", on=start - timedelta(days=1))
    )
    assert start.isoformat() in errors["changed_on"]
    with db.read() as s:
        org = orgs.get(s, org_id)
        assert org.stage is Stage.IDENTIFIED and org.endorsed_on is None
        assert len(history(s, org_id)) == 1


def test_moving_to_the_same_stage_records_nothing(db: Database) -> None:
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Snap"}).id
    with db.write() as s:
        before = audit_count(s)
        assert orgs.change_stage(s, org_id, "identified") is None
        orgs.update(s, org_id, {"stage": "Identified"})
    with db.read() as s:
        assert audit_count(s) == before and len(history(s, org_id)) == 1


def test_a_stage_given_to_update_goes_through_the_history(db: Database) -> None:
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Meta", "stage_since": TODAY - timedelta(days=5)}).id
    with db.write() as s:
        orgs.update(s, org_id, {"stage": "Engaged", "notes": "met at the roundtable"})
    with db.read() as s:
        assert history(s, org_id)[-1] == ("Identified", "Engaged", TODAY)
        assert orgs.get(s, org_id).stage_since == TODAY


def test_a_corrected_stage_date_keeps_the_history_in_order(db: Database) -> None:
    """update's `stage_since`: not in the future, not before the previous stage change; the
    change that began the current stage takes the corrected date."""
    start = TODAY - timedelta(days=50)
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Hydro", "stage_since": start}).id
        orgs.change_stage(s, org_id, "Contacted", on=start + timedelta(days=20))
    errors = errors_of(
        db, lambda s: orgs.update(s, org_id, {"stage_since": start - timedelta(days=1)})
    )
    assert start.isoformat() in errors["stage_since"]
    errors = errors_of(
        db, lambda s: orgs.update(s, org_id, {"stage_since": TODAY + timedelta(days=1)})
    )
    assert "future" in errors["stage_since"]
    # a new stage dated before the current one began is refused under the same field
    errors = errors_of(
        db,
        lambda s: orgs.update(
            s, org_id, {"stage": "Engaged", "stage_since": start + timedelta(days=19)}
        ),
    )
    assert set(errors) == {"stage_since"}
    with db.write() as s:
        orgs.update(s, org_id, {"stage_since": start})  # the same day as the previous change
    with db.read() as s:
        assert orgs.get(s, org_id).stage_since == start
        assert history(s, org_id) == [
            (None, "Identified", start),
            ("Identified", "Contacted", start),
        ]
        updates = [e for e in audit.entries(s, entity="organization") if e.action == "update"]
        assert updates[0].changes["stage_since"] == [
            (start + timedelta(days=20)).isoformat(),
            start.isoformat(),
        ]


def test_a_withdrawn_endorsement_stays_as_history_and_is_not_counted(db: Database) -> None:
    from engagetrack.services import reporting
    from engagetrack.services.headline import headline

    endorsed, withdrew = TODAY - timedelta(days=40), TODAY - timedelta(days=10)
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Left", "stage": "Endorsed", "stage_since": endorsed}).id
        orgs.create(s, {"name": "Stayed", "stage": "Endorsed", "stage_since": endorsed})
        orgs.change_stage(s, org_id, "On hold", on=withdrew, note="withdrew")
    with db.read() as s:
        org = orgs.get(s, org_id)
        assert org.endorsed_on == endorsed and org.stage is Stage.ON_HOLD  # the date stays
        assert history(s, org_id)[-1] == ("Endorsed", "On hold", withdrew)
        assert reporting.stats(s)["endorsers"] == 1
        assert [e.name for e in reporting.endorsers(s)] == ["Stayed"]
        assert headline(s.connection().connection.driver_connection, TODAY).endorsers == 1


# --- archive, delete --------------------------------------------------------------------------


def test_an_organization_with_meetings_or_commitments_is_archived_not_deleted(
    db: Database,
) -> None:
    with db.write() as s:
        met = orgs.create(s, {"name": "Met"}).id
        promised = orgs.create(s, {"name": "Promised"}).id
        meetings.create(
            s,
            {"held_on": TODAY, "title": "Bilateral"},
            organization_ids=[met],
            principle_numbers=[1],
        )
        commitments.create(s, {"organization_id": promised, "description": "Publish data"})
    for org_id in (met, promised):
        with db.write() as s:
            assert orgs.delete(s, org_id) is False
        with db.read() as s:
            assert orgs.get(s, org_id).archived is True
            assert audit.entries(s, entity="organization", entity_id=org_id)[0].changes == {
                "archived": [False, True]
            }
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == 1
        assert s.scalar(select(func.count()).select_from(Commitment)) == 1


def test_an_organization_without_history_is_deleted_with_its_contacts_and_assessments(
    db: Database,
) -> None:
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Typo Inc"}).id
        contact_id = contacts.create(s, {"organization_id": org_id, "name": "A. Person"}).id
        assessments.set_assessment(s, org_id, 3, "Planned")
    with db.write() as s:
        assert orgs.delete(s, org_id) is True
    with db.read() as s:
        assert s.get(Organization, org_id) is None
        assert s.get(Contact, contact_id) is None
        assert s.scalar(select(func.count()).select_from(Assessment)) == 0
        assert s.scalar(select(func.count()).select_from(StageChange)) == 0
        deleted = {(e.entity, e.action) for e in audit.entries(s) if e.action == "delete"}
        assert deleted == {
            ("organization", "delete"),
            ("contact", "delete"),
            ("assessment", "delete"),
            ("stage_change", "delete"),  # the pipeline history is kept in the trail too
        }


# --- merge --------------------------------------------------------------------------------


def test_merging_moves_everything_to_the_kept_organization_and_audits_it(db: Database) -> None:
    with db.write() as s:
        keep = orgs.create(s, {"name": "Microsoft"}).id
        dup = orgs.create(s, {"name": "Microsoft Corp."}).id
        third = orgs.create(s, {"name": "Google"}).id
        c1 = contacts.create(s, {"organization_id": dup, "name": "B. Smith"}).id
        shared = meetings.create(
            s, {"held_on": TODAY, "title": "Roundtable"}, organization_ids=[keep, dup, third]
        ).id
        only_dup = meetings.create(
            s, {"held_on": TODAY, "title": "Call"}, organization_ids=[dup]
        ).id
        commitments.create(s, {"organization_id": keep, "description": "Publish data"})
        clash = commitments.create(s, {"organization_id": dup, "description": "publish data"}).id
        moved = commitments.create(s, {"organization_id": dup, "description": "Pilot tool"}).id
        assessments.set_assessment(s, keep, 1, "Unknown")
        assessments.set_assessment(s, dup, 1, "Implemented", evidence="report")
        assessments.set_assessment(s, keep, 2, "Planned")
        assessments.set_assessment(s, dup, 2, "Not started")
        only = assessments.set_assessment(s, dup, 3, "In progress").id
    with db.write() as s:
        merged = orgs.merge(s, keep, dup)
        assert merged.id == keep
    with db.read() as s:
        assert s.get(Organization, dup) is None
        assert s.get(Contact, c1).organization_id == keep  # type: ignore[union-attr]
        assert [o.name for o in meetings.get(s, shared).organizations] == ["Google", "Microsoft"]
        assert [o.name for o in meetings.get(s, only_dup).organizations] == ["Microsoft"]
        owned = {c.id: c for c in s.scalars(select(Commitment))}
        assert {c.organization_id for c in owned.values()} == {keep}
        assert owned[moved].description == "Pilot tool"
        # two commitments may not share a description: the moved one says where it came from
        assert "Microsoft Corp." in owned[clash].description
        by_principle = {
            a.principle_id: a
            for a in s.scalars(select(Assessment).where(Assessment.organization_id == keep))
        }
        statuses = sorted(a.status.value for a in by_principle.values())
        assert statuses == ["Implemented", "In progress", "Planned"]
        assert assessments.get_for(s, keep, 1).evidence == "report"  # type: ignore[union-attr]
        assert assessments.get_for(s, keep, 3).id == only  # type: ignore[union-attr]
        assert s.scalar(select(func.count()).select_from(Assessment)) == 3
        touched = {(e.entity, e.entity_id) for e in audit.entries(s) if e.action == "update"}
        assert {("contact", c1), ("meeting", shared), ("meeting", only_dup)} <= touched
        assert {("commitment", clash), ("commitment", moved), ("assessment", only)} <= touched
        gone = audit.entries(s, entity="organization", entity_id=dup)[0]
        assert gone.action == "delete" and gone.changes["merged_into"] == [None, keep]
        assert gone.changes["name"] == ["Microsoft Corp.", None]


def test_merging_keeps_both_stage_histories_and_names_the_moved_ids(db: Database) -> None:
    start = TODAY - timedelta(days=60)
    with db.write() as s:
        keep = orgs.create(s, {"name": "Roblox", "stage_since": start}).id
        dup = orgs.create(s, {"name": "Roblox Corp", "stage_since": start}).id
        orgs.change_stage(s, dup, "Contacted", on=start + timedelta(days=5), note="first call")
        orgs.change_stage(s, keep, "Engaged", on=start + timedelta(days=9))
        contact = contacts.create(s, {"organization_id": dup, "name": "Kim"}).id
        commitment = commitments.create(s, {"organization_id": dup, "description": "Pilot"}).id
        dup_changes = list(
            s.scalars(select(StageChange.id).where(StageChange.organization_id == dup))
        )
        orgs.merge(s, keep, dup)
    with db.read() as s:
        assert history(s, keep) == [
            (None, "Identified", start),
            (None, "Identified", start),
            ("Identified", "Contacted", start + timedelta(days=5)),
            ("Identified", "Engaged", start + timedelta(days=9)),
        ]
        notes = [
            c.note
            for c in s.scalars(
                select(StageChange).where(StageChange.id.in_(dup_changes)).order_by(StageChange.id)
            )
        ]
        assert notes == ["From Roblox Corp (merged):", "From Roblox Corp (merged): first call"]
        entry = audit.entries(s, entity="organization", entity_id=keep)[0]
        record = entry.changes["merged"][1]
        assert record["survivor_id"] == keep and record["merged_id"] == dup
        assert record["merged_name"] == "Roblox Corp"
        assert record["contacts"] == [contact] and record["commitments"] == [commitment]
        assert record["stage_changes"] == dup_changes
        moved = audit.entries(s, entity="contact", entity_id=contact)[0]
        assert moved.changes == {"organization_id": [dup, keep]}
        assert orgs.get(s, keep).stage is Stage.ENGAGED  # the kept organization's stage stays


def test_merging_keeps_both_contacts_of_one_name_apart(db: Database) -> None:
    """One contact of a name per organization: the moved one says where it came from."""
    with db.write() as s:
        keep = orgs.create(s, {"name": "Snap"}).id
        dup = orgs.create(s, {"name": "Snap Inc."}).id
        kept = contacts.create(s, {"organization_id": keep, "name": "Ann Lee"}).id
        moved = contacts.create(s, {"organization_id": dup, "name": "ann lee"}).id
        orgs.merge(s, keep, dup)
    with db.read() as s:
        assert contacts.get(s, kept).name == "Ann Lee"
        assert contacts.get(s, moved).name == "ann lee (from Snap Inc.)"
        entry = audit.entries(s, entity="contact", entity_id=moved)[0]
        assert entry.changes["name"] == ["ann lee", "ann lee (from Snap Inc.)"]


def test_an_organization_cannot_be_merged_into_itself(db: Database) -> None:
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Solo"}).id
    errors = errors_of(db, lambda s: orgs.merge(s, org_id, org_id))
    assert "two different" in errors["organization"]


def test_similar_names_point_at_likely_duplicates(db: Database) -> None:
    with db.write() as s:
        for name in ("Microsoft", "Google", "Roblox"):
            orgs.create(s, {"name": name})
    with db.read() as s:
        assert orgs.similar_names(s, "Microsoft Corporation") == ["Microsoft"]
        assert orgs.similar_names(s, "Gogle") == ["Google"]
        assert orgs.similar_names(s, "Zzz") == []
