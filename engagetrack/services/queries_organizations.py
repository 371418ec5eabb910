"""Read queries for the Organizations tab: the SQL-side listing and one organization's detail.

The detail is a handful of small indexed queries, so it opens at once even for an
organization with hundreds of meetings (long lists are capped; the count says how many).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagetrack.domain.vocabularies import (
    AssessmentStatus,
    Classification,
    CommitmentStatus,
    OrgKind,
    Priority,
    Stage,
)
from engagetrack.services.listing import Column, Listing
from engagetrack.store.models import (
    Assessment,
    Commitment,
    Contact,
    Meeting,
    Organization,
    Principle,
    StageChange,
    meeting_organizations,
)

DETAIL_LIMIT = 200

LISTING = Listing(
    source=Organization.__table__,
    id_expr=Organization.id.expression,
    columns=(
        Column("name", "Name", Organization.name.expression, "text", searchable=True),
        Column("kind", "Kind", Organization.kind.expression, "vocab"),
        Column("country", "Country", Organization.country.expression, "text", searchable=True),
        Column("sector", "Sector", Organization.sector.expression, "text", searchable=True),
        Column("stage", "Stage", Organization.stage.expression, "vocab"),
        Column("stage_since", "Since", Organization.stage_since.expression, "date"),
        Column("priority", "Priority", Organization.priority.expression, "vocab"),
        Column(
            "lead_official",
            "Lead official",
            Organization.lead_official.expression,
            "text",
            searchable=True,
        ),
        Column("classification", "Marking", Organization.classification.expression, "vocab"),
        Column("archived", "Archived", Organization.archived.expression, "bool"),
    ),
    filters={
        "kind": lambda v: Organization.kind == OrgKind.parse(v),
        "stage": lambda v: Organization.stage == Stage.parse(v),
        "priority": lambda v: Organization.priority == Priority.parse(v),
        "classification": lambda v: Organization.classification == Classification.parse(v),
        "country": lambda v: Organization.country == v,
        # archived organizations are hidden unless asked for
        "hide_archived": lambda v: Organization.archived.is_(False),
    },
    default_sort="name",
)
ARCHIVED_COLUMN = 9


def archived_state(session: Session, organization_id: int) -> bool | None:
    """Whether the organization is archived; None when there is no such organization."""
    value = session.scalar(select(Organization.archived).where(Organization.id == organization_id))
    return None if value is None else bool(value)


def organization_of_contact(session: Session, contact_id: int) -> int | None:
    return session.scalar(select(Contact.organization_id).where(Contact.id == contact_id))


@dataclass(frozen=True)
class MergeSummary:
    """What folding an organization into another moves, and what it drops."""

    name: str
    contacts: int
    meetings: int
    commitments: int
    assessments: int
    history: int


def merge_summary(session: Session, organization_id: int) -> MergeSummary:
    def count(query: Any) -> int:
        return int(session.scalar(query) or 0)

    return MergeSummary(
        name=str(
            session.scalar(select(Organization.name).where(Organization.id == organization_id))
        ),
        contacts=count(select(func.count()).where(Contact.organization_id == organization_id)),
        meetings=count(
            select(func.count()).where(meeting_organizations.c.organization_id == organization_id)
        ),
        commitments=count(
            select(func.count()).where(Commitment.organization_id == organization_id)
        ),
        assessments=count(
            select(func.count()).where(Assessment.organization_id == organization_id)
        ),
        history=count(select(func.count()).where(StageChange.organization_id == organization_id)),
    )


@dataclass(frozen=True)
class ContactLine:
    id: int
    name: str
    title: str | None
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class HistoryLine:
    changed_on: date
    from_stage: Stage | None
    to_stage: Stage
    changed_by: str | None
    note: str | None


@dataclass(frozen=True)
class MeetingLine:
    id: int
    held_on: date
    title: str
    kind: str


@dataclass(frozen=True)
class CommitmentLine:
    id: int
    due_on: date | None
    status: CommitmentStatus
    description: str


@dataclass
class OrganizationDetail:
    id: int
    name: str
    kind: OrgKind
    country: str | None
    sector: str | None
    website: str | None
    priority: Priority
    lead_official: str | None
    stage: Stage
    stage_since: date | None
    endorsed_on: date | None
    classification: Classification
    notes: str | None
    archived: bool
    contacts: list[ContactLine] = field(default_factory=list)
    history: list[HistoryLine] = field(default_factory=list)
    meetings: list[MeetingLine] = field(default_factory=list)
    meeting_total: int = 0
    commitments: list[CommitmentLine] = field(default_factory=list)
    commitment_total: int = 0
    assessments: dict[int, tuple[AssessmentStatus, date | None]] = field(default_factory=dict)


def detail(session: Session, organization_id: int) -> OrganizationDetail | None:
    org = session.get(Organization, organization_id)
    if org is None:
        return None
    out = OrganizationDetail(
        org.id,
        org.name,
        org.kind,
        org.country,
        org.sector,
        org.website,
        org.priority,
        org.lead_official,
        org.stage,
        org.stage_since,
        org.endorsed_on,
        org.classification,
        org.notes,
        org.archived,
    )
    out.contacts = [
        ContactLine(*row)
        for row in session.execute(
            select(Contact.id, Contact.name, Contact.title, Contact.email, Contact.phone)
            .where(Contact.organization_id == organization_id)
            .order_by(Contact.name)
        )
    ]
    out.history = [
        HistoryLine(*row)
        for row in session.execute(
            select(
                StageChange.changed_on,
                StageChange.from_stage,
                StageChange.to_stage,
                StageChange.changed_by,
                StageChange.note,
            )
            .where(StageChange.organization_id == organization_id)
            .order_by(StageChange.changed_on.desc(), StageChange.id.desc())
        )
    ]
    linked = select(meeting_organizations.c.meeting_id).where(
        meeting_organizations.c.organization_id == organization_id
    )
    out.meetings = [
        MeetingLine(i, d, t, k.value)
        for i, d, t, k in session.execute(
            select(Meeting.id, Meeting.held_on, Meeting.title, Meeting.kind)
            .where(Meeting.id.in_(linked))
            .order_by(Meeting.held_on.desc(), Meeting.id.desc())
            .limit(DETAIL_LIMIT)
        )
    ]
    out.meeting_total = int(
        session.scalar(select(func.count()).select_from(linked.subquery())) or 0
    )
    out.commitments = [
        CommitmentLine(*row)
        for row in session.execute(
            select(Commitment.id, Commitment.due_on, Commitment.status, Commitment.description)
            .where(Commitment.organization_id == organization_id)
            .order_by(Commitment.due_on.desc(), Commitment.id.desc())
            .limit(DETAIL_LIMIT)
        )
    ]
    out.commitment_total = int(
        session.scalar(
            select(func.count())
            .select_from(Commitment)
            .where(Commitment.organization_id == organization_id)
        )
        or 0
    )
    out.assessments = {
        number: (status, on)
        for number, status, on in session.execute(
            select(Principle.number, Assessment.status, Assessment.assessed_on)
            .join(Principle, Principle.id == Assessment.principle_id)
            .where(Assessment.organization_id == organization_id)
        )
    }
    return out
