"""Merging a duplicate organization into the one kept, losing no record and no history.

Contacts, meetings, commitments, assessments and the duplicate's stage history move to the
kept organization; each moved record's audit entry gives the ids it moved between (so the
trail alone rebuilds it), and the kept organization's entry lists every moved id. Where two
records would clash (a contact's name, a commitment's description) both are kept, the moved
one saying where it came from.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.orm import Session

from engagetrack.domain.messages import t
from engagetrack.domain.validation import MAX_NAME_LENGTH, ValidationError, name_key
from engagetrack.services import audit
from engagetrack.services.changes import apply_values, removal
from engagetrack.services.records import ASSESSMENT_FIELDS, delete_audited
from engagetrack.store import models
from engagetrack.store.models import Assessment, Commitment, Meeting, Organization, StageChange

ENTITY = "organization"


def merge_organizations(
    session: Session, keep: Organization, dup: Organization, audited: tuple[str, ...]
) -> Organization:
    """Fold `dup` into `keep`; every move audited; `dup` deleted. See `organizations.merge`."""
    if keep.id == dup.id:
        raise ValidationError.single(
            "organization", t("Choose two different organizations to merge.")
        )
    moved = {
        "contacts": _contacts(session, keep, dup),
        "commitments": _commitments(session, keep, dup),
        "meetings": _meetings(session, keep, dup),
        "assessments": _assessments(session, keep, dup),
        "stage_changes": _stage_changes(session, keep, dup),
        "attachments": _attachments(session, keep, dup),
    }
    session.flush()
    session.expire(dup)
    audit.write_entry(
        session, ENTITY, dup.id, "delete", {**removal(dup, audited), "merged_into": [None, keep.id]}
    )
    session.delete(dup)
    session.flush()
    record = {"survivor_id": keep.id, "merged_id": dup.id, "merged_name": dup.name, **moved}
    audit.write_entry(session, ENTITY, keep.id, "update", {"merged": [None, record]})
    session.expire(keep)
    return keep


def _moved_to(dup: Organization, keep: Organization) -> dict[str, Any]:
    return {"organization_id": [dup.id, keep.id]}


def _contacts(session: Session, keep: Organization, dup: Organization) -> list[int]:
    kept_names = {name_key(c.name) for c in keep.contacts}
    ids = []
    for contact in list(dup.contacts):
        changes = _moved_to(dup, keep)
        if name_key(contact.name) in kept_names:  # one name per organization: both kept
            renamed = f"{contact.name} (from {dup.name})"[:MAX_NAME_LENGTH]
            changes["name"] = [contact.name, renamed]
            contact.name = renamed
        ids.append(_move(session, "contact", contact, keep, changes))
    return ids


def _move(
    session: Session, entity: str, record: Any, keep: Organization, changes: dict[str, Any]
) -> int:
    """Give one record to the surviving organization, audited; its id."""
    record.organization_id = keep.id
    audit.write_entry(session, entity, record.id, "update", changes)
    return int(record.id)


def _commitments(session: Session, keep: Organization, dup: Organization) -> list[int]:
    ids = []
    for commitment in session.scalars(
        select(Commitment).where(Commitment.organization_id == dup.id)
    ):
        changes = _moved_to(dup, keep)
        clash = session.scalar(
            select(Commitment.id).where(
                Commitment.organization_id == keep.id,
                Commitment.description_key == commitment.description_key,
            )
        )
        if clash is not None:  # one description per organization: both kept
            described = commitment.description + f" (from {dup.name})"
            changes["description"] = [commitment.description, described]
            commitment.description_key = commitment.description_key + f" (from {dup.name_key})"
            commitment.description = described
        ids.append(_move(session, "commitment", commitment, keep, changes))
    return ids


def _meetings(session: Session, keep: Organization, dup: Organization) -> list[int]:
    link = models.meeting_organizations
    ids = list(session.scalars(select(link.c.meeting_id).where(link.c.organization_id == dup.id)))
    for meeting_id in ids:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None  # a link row names an existing meeting (foreign key)
        old = sorted(o.name for o in meeting.organizations)
        names = set(old) - {dup.name} | {keep.name}
        has_keep = session.scalar(
            select(link.c.meeting_id).where(
                link.c.meeting_id == meeting_id, link.c.organization_id == keep.id
            )
        )
        where = (link.c.meeting_id == meeting_id, link.c.organization_id == dup.id)
        if has_keep is not None:
            session.execute(sa.delete(link).where(*where))
        else:
            session.execute(sa.update(link).where(*where).values(organization_id=keep.id))
        session.expire(meeting)
        # the meetings service's own form of a change of organizations: the names, sorted
        changes: dict[str, list[Any]] = {
            "organizations": [old, sorted(names)],
            "organization_ids": [dup.id, keep.id],
        }
        audit.write_entry(session, "meeting", meeting_id, "update", changes)
    return ids


def _assessments(session: Session, keep: Organization, dup: Organization) -> list[int]:
    kept = {
        a.principle_id: a
        for a in session.scalars(select(Assessment).where(Assessment.organization_id == keep.id))
    }
    ids = []
    for assessment in list(
        session.scalars(select(Assessment).where(Assessment.organization_id == dup.id))
    ):
        mine = kept.get(assessment.principle_id)
        if mine is None:
            assessment.organization_id = keep.id
            audit.write_entry(session, "assessment", assessment.id, "update", _moved_to(dup, keep))
            ids.append(assessment.id)
            continue
        # the kept rating wins unless it is Unknown
        if mine.status.value == "Unknown" and assessment.status.value != "Unknown":
            changed = apply_values(
                mine,
                {
                    "status": assessment.status,
                    "evidence": assessment.evidence,
                    "source": assessment.source,
                    "assessed_on": assessment.assessed_on,
                },
            )
            audit.write_entry(session, "assessment", mine.id, "update", changed)
        delete_audited(session, "assessment", assessment, ASSESSMENT_FIELDS)
    return ids


def _attachments(session: Session, keep: Organization, dup: Organization) -> list[int]:
    """The files attached to the duplicate go with the rest of its story."""
    ids = []
    for attachment in session.scalars(
        select(models.Attachment).where(models.Attachment.organization_id == dup.id)
    ):
        attachment.organization_id = keep.id
        audit.write_entry(session, "attachment", attachment.id, "update", _moved_to(dup, keep))
        ids.append(attachment.id)
    return ids


def _stage_changes(session: Session, keep: Organization, dup: Organization) -> list[int]:
    """The duplicate's pipeline history joins the kept one's, each step marked as moved."""
    ids = []
    for change in session.scalars(
        select(StageChange).where(StageChange.organization_id == dup.id).order_by(StageChange.id)
    ):
        prefix = t("From {name} (merged):", name=dup.name)
        change.note = f"{prefix} {change.note}" if change.note else prefix
        change.organization_id = keep.id
        ids.append(change.id)
    return ids
