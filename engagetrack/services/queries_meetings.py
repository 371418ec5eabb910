"""Read queries for the Meetings tab: the SQL-side listing, filter choices, editor data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from engagetrack.domain.vocabularies import Classification, MeetingKind
from engagetrack.services.listing import Column, Listing
from engagetrack.services.records import view_of
from engagetrack.store.fulltext import MEETINGS, matches
from engagetrack.store.models import (
    Meeting,
    Organization,
    Principle,
    meeting_organizations,
    meeting_principles,
)

_ORG_NAMES = (
    select(func.aggregate_strings(Organization.name, "; "))
    .join(meeting_organizations, meeting_organizations.c.organization_id == Organization.id)
    .where(meeting_organizations.c.meeting_id == Meeting.id)
    .correlate(Meeting)
    .scalar_subquery()
)
_PRINCIPLES = (
    select(func.aggregate_strings(cast(Principle.number, String), ", "))
    .join(meeting_principles, meeting_principles.c.principle_id == Principle.id)
    .where(meeting_principles.c.meeting_id == Meeting.id)
    .correlate(Meeting)
    .scalar_subquery()
)

# computed per row from link tables: shown, but too costly to sort 100,000 meetings by
UNSORTABLE = frozenset({"organizations", "principles"})

LISTING = Listing(
    source=Meeting.__table__,
    id_expr=Meeting.id.expression,
    columns=(
        Column("held_on", "Date", Meeting.held_on.expression, "date"),
        Column("title", "Title", Meeting.title.expression, "text", searchable=True),
        Column("kind", "Kind", Meeting.kind.expression, "vocab"),
        Column("organizations", "Organizations", _ORG_NAMES, "text"),
        Column("lead", "Lead", Meeting.lead.expression, "text", searchable=True),
        Column("location", "Location", Meeting.location.expression, "text", searchable=True),
        Column("principles", "Principles", _PRINCIPLES, "text"),
        Column("classification", "Marking", Meeting.classification.expression, "vocab"),
    ),
    filters={
        "date_from": lambda v: Meeting.held_on >= v,
        "date_to": lambda v: Meeting.held_on <= v,
        "kind": lambda v: Meeting.kind == v,
        "organization_id": lambda v: Meeting.id.in_(
            select(meeting_organizations.c.meeting_id).where(
                meeting_organizations.c.organization_id == v
            )
        ),
    },
    default_sort="held_on",
    search_fn=lambda text: matches(MEETINGS, Meeting.id.expression, text),
)


@dataclass(frozen=True)
class MeetingRecord:
    """What the editor shows of one meeting."""

    id: int
    held_on: date
    title: str
    kind: MeetingKind
    location: str | None
    lead: str | None
    summary: str | None
    outcomes: str | None
    classification: Classification
    organization_ids: list[int] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)
    principle_numbers: list[int] = field(default_factory=list)
    version: int = 1  # what the edit is based on (optimistic concurrency)


def meeting_record(session: Session, meeting_id: int) -> MeetingRecord | None:
    """What the editor shows of the meeting; None when there is no such meeting."""
    m = session.get(Meeting, meeting_id)
    if m is None:
        return None
    return view_of(
        MeetingRecord,
        m,
        organization_ids=[o.id for o in m.organizations],
        contact_ids=[c.id for c in m.contacts],
        principle_numbers=[p.number for p in m.principles],
    )
