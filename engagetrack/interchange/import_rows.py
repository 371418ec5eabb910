"""What each imported row does to the register, decided in memory and handed to the writer.

The register's keys and the records a workbook can match are read once per sheet; each row
is then checked and compared the way the services do it (their own `clean_values`,
`check_stage_date` and `status_rules`, applied to plain records with `apply_values`, so the
rules and the audit `changes` cannot drift from the window's), and its inserts, updates,
stage history, links and audit entries go to a BulkWriter. A refused row raises
ValidationError before anything of it reaches the writer.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from engagetrack.domain.validation import ValidationError, name_key
from engagetrack.domain.vocabularies import (
    AssessmentStatus,
    Classification,
    CommitmentStatus,
    MeetingKind,
    OrgKind,
    Priority,
    Stage,
)
from engagetrack.services import assessments, commitments, contacts, meetings, organizations
from engagetrack.services.changes import apply_values, snapshot
from engagetrack.services.principles import id_by_number
from engagetrack.store.models import (
    Assessment,
    Commitment,
    Contact,
    Meeting,
    Organization,
    Principle,
    StageChange,
    meeting_organizations,
    meeting_principles,
)

ORGS = cast(Table, Organization.__table__)
CONTACTS = cast(Table, Contact.__table__)
MEETINGS = cast(Table, Meeting.__table__)
COMMITMENTS = cast(Table, Commitment.__table__)
ASSESSMENTS = cast(Table, Assessment.__table__)
STAGES = cast(Table, StageChange.__table__)
IMPORT_NOTE = "Imported from a workbook"


def _exists(_: int) -> None:
    """Reference check for ids the import resolved itself (they exist)."""


def _record(row: Any) -> SimpleNamespace:
    return SimpleNamespace(**row._mapping)


class RowApplier:
    """Applies converted rows sheet by sheet (organizations first: the others refer to them)."""

    def __init__(self, session: Session, writer: Any) -> None:
        self.session = session
        self.out = writer
        self.today = date.today()
        self.org_ids: dict[str, int] = {}
        self.org_names: dict[int, str] = {}
        for org_id, name, key in session.execute(select(ORGS.c.id, ORGS.c.name, ORGS.c.name_key)):
            self.org_ids[key] = org_id
            self.org_names[org_id] = name
        self.meeting_ids: dict[tuple[date, str], int] = {
            (held, key): mid
            for mid, held, key in session.execute(
                select(MEETINGS.c.id, MEETINGS.c.held_on, MEETINGS.c.title_key)
            )
        }
        self.principle_ids = id_by_number(session)
        self.principle_numbers = {v: k for k, v in self.principle_ids.items()}
        self._existing: dict[Any, Any] = {}

    # ------------------------------------------------------------ organizations

    def load_organizations(self) -> None:
        columns = [ORGS.c.id, ORGS.c.name_key, *(ORGS.c[f] for f in organizations.AUDITED)]
        self._existing = {
            r.id: r for r in self.session.execute(select(*columns).order_by(ORGS.c.id))
        }

    def organization(self, values: dict[str, Any]) -> str:
        key = name_key(values["name"])
        org_id = self.org_ids.get(key)
        if org_id is None:
            return self._create_organization(values, key)
        org = _record(self._existing[org_id])
        stage = values.pop("stage", None)
        since = values.pop("stage_since", None)
        changes = {k: v for k, v in values.items() if getattr(org, k) != v}
        if stage is not None and stage != org.stage:
            changes.update(stage=stage, stage_since=since)
            if since is not None and org.stage_since is not None and since < org.stage_since:
                raise ValidationError.single(
                    "stage_since",
                    f"Stage Since {since.isoformat()} is before the current stage"
                    f' "{org.stage.value}" began ({org.stage_since.isoformat()})',
                )
        elif since is not None and since != org.stage_since:
            changes["stage_since"] = since
        if not changes:
            return "unchanged"
        # as organizations.update and change_stage do it
        data = organizations.clean_values(changes)
        if "name" in data:
            data["name_key"] = name_key(data["name"])
        new_stage = data.pop("stage", None)
        stage_since = data.pop("stage_since", None)
        written: set[str] = set()
        if new_stage is not None and new_stage != org.stage:
            when = stage_since or organizations.today()
            organizations.check_stage_date(org.stage_since, when)
            moved: dict[str, Any] = {"stage": new_stage, "stage_since": when}
            if new_stage is Stage.ENDORSED and org.endorsed_on is None:
                moved["endorsed_on"] = when
            self.out.insert(
                STAGES,
                {
                    "organization_id": org.id,
                    "from_stage": org.stage,
                    "to_stage": new_stage,
                    "changed_on": when,
                    "changed_by": self.out.user,
                    "note": None,
                },
            )
            changed = apply_values(org, moved)
            written |= set(changed)
            self.out.audit(organizations.ENTITY, org.id, "update", changed)
        elif stage_since is not None:
            data["stage_since"] = stage_since
        changed = apply_values(org, data)
        written |= set(changed)
        changed.pop("name_key", None)
        self.out.audit(organizations.ENTITY, org.id, "update", changed)
        self.out.update(ORGS, org.id, {f: getattr(org, f) for f in written})
        self.org_names[org.id] = org.name
        return "updated"

    def _create_organization(self, values: dict[str, Any], key: str) -> str:
        # as organizations.create does it
        data = organizations.clean_values(values)
        stage = data.pop("stage", Stage.IDENTIFIED)
        stage_since = data.pop("stage_since", None) or organizations.today()
        endorsed_on = data.pop("endorsed_on", None)
        if stage is Stage.ENDORSED and endorsed_on is None:
            endorsed_on = stage_since
        record: dict[str, Any] = {
            "name": None,
            "kind": OrgKind.COMPANY,
            "country": None,
            "sector": None,
            "website": None,
            "priority": Priority.MEDIUM,
            "lead_official": None,
            "classification": Classification.UNCLASSIFIED,
            "notes": None,
            "archived": False,
            **data,
            "stage": stage,
            "stage_since": stage_since,
            "endorsed_on": endorsed_on,
        }
        org_id = self.out.new_id(ORGS)
        self.out.insert(ORGS, {"id": org_id, "name_key": name_key(record["name"]), **record})
        org = SimpleNamespace(**record)
        self.out.audit(organizations.ENTITY, org_id, "create", snapshot(org, organizations.AUDITED))
        self.out.insert(
            STAGES,
            {
                "organization_id": org_id,
                "from_stage": None,
                "to_stage": stage,
                "changed_on": stage_since,
                "changed_by": self.out.user,
                "note": IMPORT_NOTE,
            },
        )
        self.org_ids[key] = org_id
        self.org_names[org_id] = record["name"]
        return "added"

    # ------------------------------------------------------------ contacts

    def load_contacts(self) -> None:
        by_name: dict[tuple[int, str], list[Any]] = defaultdict(list)
        columns = [CONTACTS.c.id, *(CONTACTS.c[f] for f in contacts.FIELDS)]
        for r in self.session.execute(select(*columns).order_by(CONTACTS.c.id)):
            by_name[(r.organization_id, name_key(r.name))].append(r)
        self._existing = by_name

    def contact(self, org_id: int, values: dict[str, Any]) -> str:
        existing = self._existing.get((org_id, name_key(values["name"])))
        if not existing:
            # as contacts.create does it
            data = contacts.clean_values(
                {"name": None, "organization_id": org_id, **values}, _exists
            )
            record = SimpleNamespace(**(dict.fromkeys(contacts.FIELDS) | data))
            contact_id = self.out.new_id(CONTACTS)
            self.out.insert(CONTACTS, {"id": contact_id, **vars(record)})
            self.out.audit(contacts.ENTITY, contact_id, "create", snapshot(record, contacts.FIELDS))
            return "added"
        # the k-th row with a name matches the k-th such contact (oldest first)
        contact = _record(existing.pop(0))
        changes = {k: v for k, v in values.items() if getattr(contact, k) != v}
        if not changes:
            return "unchanged"
        data = contacts.clean_values(changes, _exists)
        changed = apply_values(contact, data)
        self.out.audit(contacts.ENTITY, contact.id, "update", changed)
        self.out.update(CONTACTS, contact.id, {f: getattr(contact, f) for f in changed})
        return "updated"

    # ------------------------------------------------------------ meetings

    def load_meetings(self) -> None:
        columns = [MEETINGS.c.id, MEETINGS.c.title_key, *(MEETINGS.c[f] for f in meetings.FIELDS)]
        self._existing = {r.id: r for r in self.session.execute(select(*columns))}
        self._meeting_orgs: dict[int, list[int]] = defaultdict(list)
        for mid, oid in self.session.execute(select(meeting_organizations)):
            self._meeting_orgs[mid].append(oid)
        self._meeting_principles: dict[int, list[int]] = defaultdict(list)
        for mid, pid in self.session.execute(select(meeting_principles)):
            self._meeting_principles[mid].append(self.principle_numbers[pid])

    def meeting(
        self, values: dict[str, Any], org_ids: list[int] | None, numbers: list[int] | None
    ) -> str:
        key = (values["held_on"], name_key(values["title"]))
        meeting_id = self.meeting_ids.get(key)
        if meeting_id is None:
            return self._create_meeting(values, key, org_ids or [], numbers or [])
        meeting = _record(self._existing[meeting_id])
        old_orgs = sorted(self._meeting_orgs.get(meeting_id, []))
        old_numbers = sorted(self._meeting_principles.get(meeting_id, []))
        changes = {k: v for k, v in values.items() if getattr(meeting, k) != v}
        if org_ids is not None and org_ids == old_orgs:
            org_ids = None
        if numbers is not None and numbers == old_numbers:
            numbers = None
        if not changes and org_ids is None and numbers is None:
            return "unchanged"
        # as meetings.update does it
        data = meetings.clean_values(changes)
        if "held_on" in data or "title" in data:
            data["title_key"] = name_key(data.get("title", meeting.title))
        changed = apply_values(meeting, data)
        self.out.update(MEETINGS, meeting.id, {f: getattr(meeting, f) for f in changed})
        changed.pop("title_key", None)
        if org_ids is not None:
            old_names = sorted(self.org_names[o] for o in old_orgs)
            new_names = sorted(self.org_names[o] for o in org_ids)
            if old_names != new_names:
                changed["organizations"] = [old_names, new_names]
            for o in set(old_orgs) - set(org_ids):
                self.out.unlink(
                    meeting_organizations, {"meeting_id": meeting.id, "organization_id": o}
                )
            for o in sorted(set(org_ids) - set(old_orgs)):
                self.out.insert(
                    meeting_organizations,
                    {"meeting_id": meeting.id, "organization_id": o},
                    stamped=False,
                )
        if numbers is not None:
            if old_numbers != numbers:
                changed["principles"] = [old_numbers, numbers]
            for n in set(old_numbers) - set(numbers):
                self.out.unlink(
                    meeting_principles,
                    {"meeting_id": meeting.id, "principle_id": self.principle_ids[n]},
                )
            for n in sorted(set(numbers) - set(old_numbers)):
                self.out.insert(
                    meeting_principles,
                    {"meeting_id": meeting.id, "principle_id": self.principle_ids[n]},
                    stamped=False,
                )
        self.out.audit(meetings.ENTITY, meeting.id, "update", changed)
        return "updated"

    def _create_meeting(
        self, values: dict[str, Any], key: tuple[date, str], org_ids: list[int], numbers: list[int]
    ) -> str:
        # as meetings.create does it
        data = meetings.clean_values({"held_on": None, "title": None, **values})
        record = SimpleNamespace(
            **(
                dict.fromkeys(meetings.FIELDS)
                | {"kind": MeetingKind.BILATERAL, "classification": Classification.UNCLASSIFIED}
                | data
            )
        )
        meeting_id = self.out.new_id(MEETINGS)
        self.out.insert(
            MEETINGS, {"id": meeting_id, "title_key": name_key(record.title), **vars(record)}
        )
        changes = snapshot(record, meetings.FIELDS)
        names = sorted(self.org_names[o] for o in org_ids)
        if names:
            changes["organizations"] = [[], names]
        numbers = sorted(set(numbers))
        if numbers:
            changes["principles"] = [[], numbers]
        self.out.audit(meetings.ENTITY, meeting_id, "create", changes)
        for o in sorted(set(org_ids)):
            self.out.insert(
                meeting_organizations,
                {"meeting_id": meeting_id, "organization_id": o},
                stamped=False,
            )
        for n in numbers:
            self.out.insert(
                meeting_principles,
                {"meeting_id": meeting_id, "principle_id": self.principle_ids[n]},
                stamped=False,
            )
        self.meeting_ids[key] = meeting_id
        return "added"

    # ------------------------------------------------------------ commitments

    def load_commitments(self) -> None:
        columns = [COMMITMENTS.c.id, COMMITMENTS.c.description_key]
        columns += [COMMITMENTS.c[f] for f in commitments.FIELDS]
        self._existing = {
            (r.organization_id, r.description_key): r
            for r in self.session.execute(select(*columns))
        }

    def _clean_commitment(self, values: dict[str, Any]) -> dict[str, Any]:
        def principle_id(number: int) -> int:
            if number not in self.principle_ids:
                raise ValidationError.single("principle", f"There is no principle {number}.")
            return self.principle_ids[number]

        return commitments.clean_values(
            values,
            principle_id=principle_id,
            principle_ids=self.principle_ids.values,
            check_organization=_exists,
            check_meeting=_exists,
        )

    def commitment(self, org_id: int, values: dict[str, Any]) -> str:
        row = self._existing.get((org_id, name_key(values["description"])))
        existing = None if row is None else _record(row)
        status = values.get("status", existing.status if existing else CommitmentStatus.OPEN)
        if values.get("completed_on") is not None and status is not CommitmentStatus.DONE:
            raise ValidationError.single(
                "completed_on",
                f'Completed On is filled in but Status is "{status.value}"; only Done'
                " commitments have a completion date",
            )
        if status is CommitmentStatus.DONE and values.get("completed_on", 0) is None:
            # a blank completion date on a Done row keeps the date already recorded
            values.pop("completed_on")
        if existing is None:
            # as commitments.create does it
            data = self._clean_commitment(
                {"organization_id": org_id, "description": None, **values}
            )
            record = SimpleNamespace(
                **(
                    dict.fromkeys(commitments.FIELDS)
                    | {
                        "status": CommitmentStatus.OPEN,
                        "classification": Classification.UNCLASSIFIED,
                    }
                )
            )
            commitments.status_rules(record, data)
            for field, value in data.items():
                setattr(record, field, value)
            commitment_id = self.out.new_id(COMMITMENTS)
            self.out.insert(
                COMMITMENTS,
                {
                    "id": commitment_id,
                    "description_key": name_key(record.description),
                    **vars(record),
                },
            )
            self.out.audit(
                commitments.ENTITY, commitment_id, "create", snapshot(record, commitments.FIELDS)
            )
            return "added"
        number = self.principle_numbers.get(existing.principle_id)
        current = {"principle_number": number if existing.principle_id is not None else None}
        changes = {
            k: v
            for k, v in values.items()
            if (current[k] if k in current else getattr(existing, k)) != v
        }
        if not changes:
            return "unchanged"
        # as commitments.update does it
        data = self._clean_commitment(changes)
        if "description" in data:
            data["description_key"] = name_key(data["description"])
        commitments.status_rules(existing, data)
        changed = apply_values(existing, data)
        self.out.update(COMMITMENTS, existing.id, {f: getattr(existing, f) for f in changed})
        changed.pop("description_key", None)
        self.out.audit(commitments.ENTITY, existing.id, "update", changed)
        return "updated"

    # ------------------------------------------------------------ assessments

    def load_assessments(self) -> None:
        by_org: dict[int, dict[int, Any]] = defaultdict(dict)
        query = select(
            ASSESSMENTS.c.id,
            ASSESSMENTS.c.organization_id,
            Principle.number,
            ASSESSMENTS.c.status,
            ASSESSMENTS.c.assessed_on,
            ASSESSMENTS.c.assessed_by,
        ).join(Principle, Principle.id == ASSESSMENTS.c.principle_id)
        for r in self.session.execute(query):
            by_org[r.organization_id][r.number] = r
        self._existing = by_org

    def assessments(self, org_id: int, statuses: dict[int, AssessmentStatus]) -> list[str]:
        """Set each given status (as set_assessment with keep_notes); one outcome each."""
        current = self._existing.get(org_id, {})
        outcomes: list[str] = []
        for number, status in statuses.items():
            found = current.get(number)
            if found is not None and found.status == status:
                outcomes.append("unchanged")
                continue
            if found is None:
                record = SimpleNamespace(
                    organization_id=org_id,
                    principle_id=self.principle_ids[number],
                    status=status,
                    evidence=None,
                    source=None,
                    assessed_on=self.today,
                    assessed_by=self.out.user,
                )
                assessment_id = self.out.new_id(ASSESSMENTS)
                self.out.insert(ASSESSMENTS, {"id": assessment_id, **vars(record)})
                self.out.audit(
                    assessments.ENTITY,
                    assessment_id,
                    "create",
                    snapshot(record, assessments.FIELDS),
                )
                outcomes.append("added")
                continue
            record = _record(found)
            changed = apply_values(record, {"status": status})
            changed.update(
                apply_values(record, {"assessed_on": self.today, "assessed_by": self.out.user})
            )
            self.out.audit(assessments.ENTITY, record.id, "update", changed)
            self.out.update(ASSESSMENTS, record.id, {f: getattr(record, f) for f in changed})
            outcomes.append("updated")
        return outcomes
