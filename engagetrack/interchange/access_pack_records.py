"""The records of an access-request pack as a reviewer reads them: each record in full (every
stored field, the names of what it links to), and its audit entries, as JSON.

The marking ceiling reaches into the links and the trail: a meeting's list of organizations
and contacts, and its audit entries' lists, leave out the organizations above the ceiling
and their contacts; a commitment's meeting above the ceiling is left blank.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from engagetrack.domain.vocabularies import Classification
from engagetrack.services.access_request import AccessRequest, Item
from engagetrack.services.audit import AuditView
from engagetrack.services.changes import jsonable
from engagetrack.store.models import (
    Assessment,
    Attachment,
    Commitment,
    Contact,
    Meeting,
    Organization,
    Principle,
    StageChange,
)

FILES = {
    "organization": "records/organizations.json",
    "contact": "records/contacts.json",
    "stage_change": "records/stage_history.json",
    "assessment": "records/assessments.json",
    "meeting": "records/meetings.json",
    "commitment": "records/commitments.json",
    "attachment": "records/attachments.json",
}
DELETED_FILE = "records/deleted_records.json"
AUDIT_FILE = "records/audit_entries.json"
_DERIVED = ("name_key", "title_key", "description_key")


class Hidden:
    """What the ceiling keeps out of the links: organizations above it, their contacts, and
    the meetings above it."""

    def __init__(self, session: Session, ceiling: Classification | None) -> None:
        self.org_ids: set[int] = set()
        self.org_names: set[str] = set()
        self.contact_names: set[str] = set()
        self.meeting_ids: set[int] = set()
        if ceiling is None:
            return
        above = [c for c in Classification if not ceiling.allows(c)]
        for oid, name in session.execute(
            select(Organization.id, Organization.name).where(Organization.classification.in_(above))
        ):
            self.org_ids.add(oid)
            self.org_names.add(name)
        if self.org_ids:
            self.contact_names = set(
                session.scalars(
                    select(Contact.name).where(Contact.organization_id.in_(self.org_ids))
                )
            )
        self.meeting_ids = set(
            session.scalars(select(Meeting.id).where(Meeting.classification.in_(above)))
        )

    def scrub(self, changes: dict[str, Any]) -> dict[str, Any]:
        """An audit entry's changes without the names the ceiling hides from its lists."""
        out = dict(changes)
        for key, hidden in (("organizations", self.org_names), ("contacts", self.contact_names)):
            if key in out and isinstance(out[key], list):
                out[key] = [
                    [n for n in side if n not in hidden] if isinstance(side, list) else side
                    for side in out[key]
                ]
        if "meeting_id" in out and isinstance(out["meeting_id"], list):
            out["meeting_id"] = [None if v in self.meeting_ids else v for v in out["meeting_id"]]
        return out


def stored(record: Any) -> dict[str, Any]:
    """Every stored column of an ORM record, as JSON values (derived keys left out)."""
    return {
        a.key: jsonable(getattr(record, a.key))
        for a in sa_inspect(record).mapper.column_attrs
        if a.key not in _DERIVED
    }


class RecordWriter:
    """Turns the gathered items into the pack's JSON documents."""

    def __init__(self, session: Session, request: AccessRequest) -> None:
        self.session = session
        self.request = request
        self.hidden = Hidden(session, request.ceiling)
        self.numbers = dict(session.execute(select(Principle.id, Principle.number)).all())
        self._org_names: dict[int, str] = {}
        self.files: dict[int, str] = {}  # attachment id -> its path in the pack

    def org_name(self, org_id: int | None) -> str | None:
        if org_id is None or org_id in self.hidden.org_ids:
            return None
        if org_id not in self._org_names:
            self._org_names[org_id] = str(
                self.session.scalar(select(Organization.name).where(Organization.id == org_id))
            )
        return self._org_names[org_id]

    def record(self, item: Item) -> dict[str, Any]:
        r = item.record
        data: dict[str, Any] = {
            "record_type": item.entity,
            **stored(r),
            "marking": item.classification.value,
            "archived": item.archived,
            "why_responsive": item.why,
        }
        if isinstance(r, Contact | StageChange | Assessment | Commitment):
            data["organization"] = self.org_name(r.organization_id)
        if isinstance(r, Assessment):
            data["principle"] = self.numbers.get(r.principle_id)
        if isinstance(r, Commitment):
            data["principle"] = self.numbers.get(r.principle_id) if r.principle_id else None
            if r.meeting_id in self.hidden.meeting_ids:
                data["meeting_id"] = None
            elif r.meeting is not None:
                data["meeting"] = f"{r.meeting.held_on.isoformat()} {r.meeting.title}"
        if isinstance(r, Meeting):
            data["organizations"] = [
                o.name for o in r.organizations if o.id not in self.hidden.org_ids
            ]
            data["contacts"] = [
                c.name for c in r.contacts if c.organization_id not in self.hidden.org_ids
            ]
            data["principles"] = [p.number for p in r.principles]
        if isinstance(r, Attachment):
            data["file_in_pack"] = self.files.get(r.id)
        return data

    def deleted(self, item: Item) -> dict[str, Any]:
        last = next((e for e in item.audit if e.action == "delete"), None)
        values = {k: v[0] for k, v in (last.changes if last else {}).items()}
        return {
            "record_type": item.entity,
            "id": item.id,
            "deleted_at": last.at.isoformat() if last else None,
            "deleted_by": last.user if last else None,
            "reason": last.reason if last else None,
            "marking": item.classification.value,
            "why_responsive": item.why,
            "last_values": self.hidden.scrub({k: [v] for k, v in values.items()}),
        }

    def audit(self, entry: AuditView) -> dict[str, Any]:
        data = entry.as_json()
        data["changes"] = self.hidden.scrub(entry.changes)
        return data

    def documents(self) -> dict[str, list[dict[str, Any]]]:
        """Pack path -> the list of records it holds (every kind present, even when empty)."""
        docs: dict[str, list[dict[str, Any]]] = {path: [] for path in FILES.values()}
        docs[DELETED_FILE] = []
        trail: list[dict[str, Any]] = []
        for item in self.request.items:
            if item.deleted:
                entry = self.deleted(item)
                entry["last_values"] = {k: v[0] for k, v in entry["last_values"].items()}
                docs[DELETED_FILE].append(entry)
            else:
                docs[FILES[item.entity]].append(self.record(item))
            trail += [self.audit(e) for e in reversed(item.audit)]  # oldest first
        trail.sort(key=lambda e: (e["at"], e["entity"], e["entity_id"]))
        docs[AUDIT_FILE] = trail
        return docs
