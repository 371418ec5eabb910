"""An access-to-information request about one organization: every record the register holds
about it (a reasonable search), each in full, with its audit trail and why it answers.

Responsive: the organization itself; what is linked to it (its contacts, stage history,
assessments, commitments, the meetings it attended, the files attached to any of these);
every other record whose text names it (a meeting's summary, a commitment's note, another
organization's notes, an assessment's evidence, a contact's notes, a stage note, an attached
file's name, note or text); and the deleted records whose last values name it or point at
it (from the audit trail). Archived records are included and said to be. The marking ceiling
applies as in every export: nothing above it, a contact or an assessment going where its
organization goes, an attachment where its record goes. `since`/`until` keep the records
made, changed or dated within those days (the organization itself is always there).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from engagetrack.domain.messages import t
from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import Classification
from engagetrack.services import organizations
from engagetrack.services.access_request_text import NameFinder
from engagetrack.services.attachment_owners import owner_of
from engagetrack.services.audit import AuditView, entries_of
from engagetrack.store.fulltext import COMMITMENTS, MEETINGS, matches
from engagetrack.store.like import contains_text
from engagetrack.store.models import (
    Assessment,
    Attachment,
    AttachmentContent,
    AuditEntry,
    Commitment,
    Contact,
    Meeting,
    Organization,
    Principle,
    StageChange,
    meeting_organizations,
)

ITSELF, LINKED, NAMED = "itself", "linked", "named"
DELETED_KINDS = ("organization", "contact", "stage_change", "assessment", "meeting", "commitment")


@dataclass
class Item:
    """One responsive record: what the index says of it, and the record itself."""

    entity: str
    id: int
    title: str
    classification: Classification
    why: str  # ITSELF, LINKED or NAMED
    record: Any = None  # the ORM object (None for a deleted record)
    archived: bool = False
    deleted: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    audit: list[AuditView] = field(default_factory=list)


@dataclass
class AccessRequest:
    """What the pack holds, gathered in one read transaction."""

    organization: str
    terms: list[str]
    ceiling: Classification | None
    since: date | None
    until: date | None
    items: list[Item]

    def of_kind(self, entity: str) -> list[Item]:
        return [i for i in self.items if i.entity == entity and not i.deleted]


class _Gatherer:
    def __init__(
        self,
        session: Session,
        org: Organization,
        ceiling: Classification | None,
        since: date | None,
        until: date | None,
    ) -> None:
        self.session = session
        self.org = org
        self.ceiling = ceiling
        self.since, self.until = since, until
        self.finder = NameFinder(org.name)
        self.items: dict[tuple[str, int], Item] = {}
        self._org_levels: dict[int, tuple[Classification, bool]] = {}
        self._numbers: dict[int, int] | None = None

    # --- rules ----------------------------------------------------------------------------
    def principle_numbers(self) -> dict[int, int]:
        if self._numbers is None:
            self._numbers = dict(self.session.execute(select(Principle.id, Principle.number)).all())
        return self._numbers

    def allows(self, *levels: Classification) -> bool:
        return self.ceiling is None or all(self.ceiling.allows(level) for level in levels)

    def org_level(self, org_id: int) -> tuple[Classification, bool]:
        if org_id not in self._org_levels:
            row = self.session.execute(
                select(Organization.classification, Organization.archived).where(
                    Organization.id == org_id
                )
            ).one()
            self._org_levels[org_id] = (row[0], bool(row[1]))
        return self._org_levels[org_id]

    def in_period(self, *days: date | datetime | None) -> bool:
        if self.since is None and self.until is None:
            return True
        for day in days:
            if day is None:
                continue
            when = day.date() if isinstance(day, datetime) else day
            if (self.since is None or when >= self.since) and (
                self.until is None or when <= self.until
            ):
                return True
        return False

    def add(self, item: Item, *dates: date | None) -> None:
        key = (item.entity, item.id)
        if key in self.items:
            return  # linked wins over named: the first reason found is the strongest
        record = item.record
        if record is not None:
            item.created_at, item.updated_at = record.created_at, record.updated_at
            if item.why != ITSELF and not self.in_period(item.created_at, item.updated_at, *dates):
                return
        self.items[key] = item

    # --- the organization and what hangs from it ------------------------------------------
    def organization_records(self) -> None:
        org = self.org
        if self.allows(org.classification):
            self.add(
                Item(
                    "organization", org.id, org.name, org.classification, ITSELF, org, org.archived
                )
            )
        level, archived = org.classification, org.archived
        if not self.allows(level):
            return  # its contacts, history and assessments go where it goes
        for c in self.session.scalars(select(Contact).where(Contact.organization_id == org.id)):
            self.add(Item("contact", c.id, c.name, level, LINKED, c, archived))
        for s in self.session.scalars(
            select(StageChange).where(StageChange.organization_id == org.id)
        ):
            self.add(self._stage_item(s, level, archived, LINKED), s.changed_on)
        for a in self.session.scalars(
            select(Assessment).where(Assessment.organization_id == org.id)
        ):
            self.add(self._assessment_item(a, level, archived, LINKED), a.assessed_on)
        for p in self.session.scalars(
            select(Commitment).where(Commitment.organization_id == org.id)
        ):
            if self.allows(p.classification, level):
                self.add(
                    Item("commitment", p.id, p.description, p.classification, LINKED, p, archived),
                    p.due_on,
                    p.completed_on,
                )
        attended = select(meeting_organizations.c.meeting_id).where(
            meeting_organizations.c.organization_id == org.id
        )
        for m in self.session.scalars(select(Meeting).where(Meeting.id.in_(attended))):
            if self.allows(m.classification):
                self.add(
                    Item("meeting", m.id, _meeting_title(m), m.classification, LINKED, m), m.held_on
                )

    def _stage_item(self, s: StageChange, level: Classification, archived: bool, why: str) -> Item:
        moved = f"{s.from_stage.value if s.from_stage else '—'} → {s.to_stage.value}"
        title = f"{s.changed_on.isoformat()} {moved}"
        return Item("stage_change", s.id, title, level, why, s, archived)

    def _assessment_item(
        self, a: Assessment, level: Classification, archived: bool, why: str
    ) -> Item:
        title = f"P{self.principle_numbers()[a.principle_id]}: {a.status.value}"
        return Item("assessment", a.id, title, level, why, a, archived)

    # --- other records whose text names it ------------------------------------------------
    def named_records(self) -> None:
        finder, words = self.finder, self.finder.search_text
        # the full-text index where the engine has one (SQLite's); a LIKE pre-filter elsewhere
        indexed = self.session.get_bind().dialect.name == "sqlite"
        fts = matches(MEETINGS, Meeting.id.expression, words) if indexed else None
        meetings = select(Meeting).where(
            fts
            if fts is not None
            else finder.like_any(*(getattr(Meeting, c) for c in MEETINGS.columns))
        )
        for m in self.session.scalars(meetings):
            if self.allows(m.classification) and finder.in_record(m, MEETINGS.columns):
                self.add(
                    Item("meeting", m.id, _meeting_title(m), m.classification, NAMED, m), m.held_on
                )
        fts = matches(COMMITMENTS, Commitment.id.expression, words) if indexed else None
        commitments = select(Commitment).where(
            fts
            if fts is not None
            else finder.like_any(*(getattr(Commitment, c) for c in COMMITMENTS.columns))
        )
        for p in self.session.scalars(commitments):
            level, archived = self.org_level(p.organization_id)
            if self.allows(p.classification, level) and finder.in_record(p, COMMITMENTS.columns):
                self.add(
                    Item("commitment", p.id, p.description, p.classification, NAMED, p, archived),
                    p.due_on,
                    p.completed_on,
                )
        org_texts = ("name", "country", "sector", "lead_official", "website", "notes")
        for o in self.session.scalars(
            select(Organization).where(
                Organization.id != self.org.id,
                finder.like_any(*(getattr(Organization, c) for c in org_texts)),
            )
        ):
            if self.allows(o.classification) and finder.in_record(o, org_texts):
                self.add(Item("organization", o.id, o.name, o.classification, NAMED, o, o.archived))
        contact_texts = ("name", "title", "email", "notes")
        for c in self.session.scalars(
            select(Contact).where(
                Contact.organization_id != self.org.id,
                finder.like_any(*(getattr(Contact, k) for k in contact_texts)),
            )
        ):
            level, archived = self.org_level(c.organization_id)
            if self.allows(level) and finder.in_record(c, contact_texts):
                self.add(Item("contact", c.id, c.name, level, NAMED, c, archived))
        for a in self.session.scalars(
            select(Assessment).where(
                Assessment.organization_id != self.org.id,
                finder.like_any(Assessment.evidence, Assessment.source),
            )
        ):
            level, archived = self.org_level(a.organization_id)
            if self.allows(level) and finder.in_record(a, ("evidence", "source")):
                self.add(self._assessment_item(a, level, archived, NAMED), a.assessed_on)
        for s in self.session.scalars(
            select(StageChange).where(
                StageChange.organization_id != self.org.id, finder.like_any(StageChange.note)
            )
        ):
            level, archived = self.org_level(s.organization_id)
            if self.allows(level) and finder.in_record(s, ("note",)):
                self.add(self._stage_item(s, level, archived, NAMED), s.changed_on)

    # --- attached files -------------------------------------------------------------------
    def attachments(self) -> None:
        owners: dict[str, list[int]] = {"organization": [], "meeting": [], "commitment": []}
        for entity, record_id in self.items:
            if entity in owners:
                owners[entity].append(record_id)
        linked = or_(
            Attachment.organization_id.in_(owners["organization"]),
            Attachment.meeting_id.in_(owners["meeting"]),
            Attachment.commitment_id.in_(owners["commitment"]),
        )
        named = or_(
            self.finder.like_any(Attachment.file_name, Attachment.note),
            Attachment.id.in_(
                select(AttachmentContent.attachment_id).where(
                    self.finder.like_plain(AttachmentContent.text)
                )
            ),
        )
        query = select(Attachment).where(or_(linked, named)).order_by(Attachment.id)
        for a in self.session.scalars(query):
            entity, record_id = owner_of(a)
            owner = self.items.get((entity, record_id))
            if owner is not None:
                why = LINKED
                owner_level = owner.classification
                archived = owner.archived
            else:
                text = self.session.scalar(
                    select(AttachmentContent.text).where(AttachmentContent.attachment_id == a.id)
                )
                if not self.finder.in_texts([a.file_name, a.note, text]):
                    continue
                why = NAMED
                owner_level, archived = self._owner_level(entity, record_id)
            if self.allows(a.classification, owner_level):
                self.add(Item("attachment", a.id, a.file_name, a.classification, why, a, archived))

    def _owner_level(self, entity: str, record_id: int) -> tuple[Classification, bool]:
        if entity == "organization":
            return self.org_level(record_id)
        if entity == "meeting":
            level = self.session.scalar(
                select(Meeting.classification).where(Meeting.id == record_id)
            )
            return level or Classification.PROTECTED_B, False
        row = self.session.execute(
            select(Commitment.classification, Commitment.organization_id).where(
                Commitment.id == record_id
            )
        ).one()
        org_level, archived = self.org_level(row[1])
        return Classification.highest([row[0], org_level]), archived

    # --- the audit trail ------------------------------------------------------------------
    def audit_trails(self) -> None:
        by_entity: dict[str, list[int]] = {}
        for entity, record_id in self.items:
            by_entity.setdefault(entity, []).append(record_id)
        trails = entries_of(self.session, by_entity)
        for key, item in self.items.items():
            item.audit = [e for e in trails.get(key, []) if self.in_period(e.at)]

    def deleted_records(self) -> None:
        """Records deleted since, whose last values name the organization or point at it."""
        pointer = f'"organization_id": [{self.org.id}, null]'
        query = select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.changes).where(
            AuditEntry.action == "delete",
            AuditEntry.entity.in_(DELETED_KINDS + ("attachment",)),
            or_(
                contains_text(AuditEntry.changes, pointer), self.finder.like_any(AuditEntry.changes)
            ),
        )
        found: dict[str, list[int]] = {}
        last: dict[tuple[str, int], dict[str, Any]] = {}
        for entity, record_id, changes in self.session.execute(query):
            if (entity, record_id) in self.items:
                continue
            values = {k: v[0] for k, v in json.loads(changes).items() if isinstance(v, list)}
            points = values.get("organization_id") == self.org.id
            if not points and not self.finder.in_texts(
                [v for v in values.values() if isinstance(v, str)]
            ):
                continue
            found.setdefault(entity, []).append(record_id)
            last[(entity, record_id)] = {**values, "_why": LINKED if points else NAMED}
        trails = entries_of(self.session, found)
        for (entity, record_id), values in last.items():
            level = _recorded_level(values.get("classification"))
            if (
                entity in ("contact", "stage_change", "assessment")
                and values.get("organization_id") == self.org.id
            ):
                level = self.org.classification
            if level is None:
                if self.ceiling is not None:
                    continue  # a marking the trail does not tell: only with no ceiling
                level = Classification.UNCLASSIFIED
            if not self.allows(level):
                continue
            trail = [e for e in trails.get((entity, record_id), []) if self.in_period(e.at)]
            if not trail:
                continue
            title = _deleted_title(entity, values)
            item = Item(entity, record_id, title, level, values["_why"], None, False, True)
            item.created_at = trail[-1].at
            item.updated_at = trail[0].at
            item.audit = trail
            self.items[(entity, record_id)] = item


def _recorded_level(value: Any) -> Classification | None:
    try:
        return Classification.parse(str(value)) if value else None
    except ValueError:
        return None


def _deleted_title(entity: str, values: dict[str, Any]) -> str:
    for key in ("name", "title", "description", "file_name", "to_stage", "status"):
        if values.get(key):
            return str(values[key])
    return entity


def _meeting_title(m: Meeting) -> str:
    return f"{m.held_on.isoformat()} {m.title}"


ORDER = (
    "organization",
    "contact",
    "stage_change",
    "assessment",
    "meeting",
    "commitment",
    "attachment",
)


def gather(
    session: Session,
    name: str,
    *,
    ceiling: Classification | None = None,
    since: date | None = None,
    until: date | None = None,
) -> AccessRequest:
    """Every record about the organization called `name` (archived ones too)."""
    org = organizations.find_by_name(session, name)
    if org is None:
        raise ValidationError.single(
            "organization", t('There is no organization named "{name}".', name=name)
        )
    if since is not None and until is not None and since > until:
        raise ValidationError.single("until", t("The end date is before the start date."))
    gatherer = _Gatherer(session, org, ceiling, since, until)
    gatherer.organization_records()
    gatherer.named_records()
    gatherer.attachments()
    gatherer.audit_trails()
    gatherer.deleted_records()
    items = sorted(gatherer.items.values(), key=lambda i: (ORDER.index(i.entity), i.deleted, i.id))
    return AccessRequest(org.name, gatherer.finder.forms, ceiling, since, until, items)
