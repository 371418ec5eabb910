"""Read queries for the Commitments tab: the SQL-side listing, filter choices, editor data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, select, true
from sqlalchemy.orm import Session

from engagetrack.domain.rules import ACTIVE_COMMITMENT_STATUSES, DUE_SOON_DAYS
from engagetrack.domain.vocabularies import Classification, CommitmentStatus
from engagetrack.services.listing import Column, Listing
from engagetrack.services.records import view_of
from engagetrack.store.fulltext import COMMITMENTS, MIN_WORD, matches_or_in
from engagetrack.store.like import contains_folded
from engagetrack.store.models import Commitment, Meeting, Organization, Principle


def _overdue(today: date) -> Any:
    return and_(Commitment.status.in_(ACTIVE_COMMITMENT_STATUSES), Commitment.due_on < today)


def _due_soon(today: date) -> Any:
    return and_(
        Commitment.status.in_(ACTIVE_COMMITMENT_STATUSES),
        Commitment.due_on >= today,
        Commitment.due_on <= today + timedelta(days=DUE_SOON_DAYS),
    )


def _text_filter(text: str) -> Any:
    """Every word begins a word of the description or the owner, or is in the organization's
    name.

    Description and owner are matched through the full-text index (a LIKE scan of 200,000
    commitments takes half a second); the organization through an IN over organizations
    (10,000 rows), not a join over the commitments.
    """
    clauses = [word_or_organization(w) for w in text.split() if len(w) >= MIN_WORD]
    return and_(true(), *clauses)


def word_or_organization(word: str) -> Any:
    """A commitment whose indexed text has a word beginning `word`, or whose organization's
    name holds it (accents ignored): one condition, which a server answers from two indexes
    (matches_or_in), the organizations through an IN over 10,000 rows, never a LIKE per
    commitment. The Commitments filter's and the global search's."""
    orgs = select(Organization.id).where(contains_folded(Organization.name, word))
    return matches_or_in(
        COMMITMENTS, Commitment.id.expression, word, Commitment.organization_id.expression, orgs
    )


def _lookup(expr: Any, key: Any, fk: Any) -> Any:
    """A correlated lookup: cheap for one page of rows, and keeps the id query join-free."""
    return select(expr).where(key == fk).correlate(Commitment).scalar_subquery()


def _joined(expr: Any, key: Any, fk: Any) -> Any:
    """How a server sorts by a looked-up column: a join of the other table."""
    return (key.table, key == fk, expr)


LISTING = Listing(
    source=Commitment.__table__,
    id_expr=Commitment.id.expression,
    columns=(
        Column("due_on", "Due", Commitment.due_on.expression, "date"),
        Column("status", "Status", Commitment.status.expression, "vocab"),
        Column(
            "organization",
            "Organization",
            _lookup(Organization.name, Organization.id, Commitment.organization_id),
            sort_join=_joined(Organization.name, Organization.id, Commitment.organization_id),
        ),
        Column("description", "Description", Commitment.description.expression),
        Column("owner", "Owner", Commitment.owner.expression),
        Column(
            "principle",
            "Principle",
            _lookup(Principle.number, Principle.id, Commitment.principle_id),
            "int",
            sort_join=_joined(Principle.number, Principle.id, Commitment.principle_id),
        ),
        Column(
            "meeting",
            "Meeting",
            _lookup(Meeting.title, Meeting.id, Commitment.meeting_id),
            sort_join=_joined(Meeting.title, Meeting.id, Commitment.meeting_id),
        ),
        Column("completed_on", "Completed", Commitment.completed_on.expression, "date"),
        Column("classification", "Marking", Commitment.classification.expression, "vocab"),
    ),
    filters={
        "text": _text_filter,
        "statuses": lambda v: Commitment.status.in_(list(v)),
        "owner": lambda v: Commitment.owner == v,
        "organization_id": lambda v: Commitment.organization_id == v,
        "due_from": lambda v: Commitment.due_on >= v,
        "due_to": lambda v: Commitment.due_on <= v,
        # the value is today's date, so "overdue" follows the calendar, never a stored flag
        "overdue_on": _overdue,
        "due_soon_on": _due_soon,
    },
    default_sort="due_on",
)


@dataclass(frozen=True)
class CommitmentRecord:
    """What the editor shows of one commitment."""

    id: int
    organization_id: int
    description: str
    principle_number: int | None
    meeting_id: int | None
    owner: str | None
    due_on: date | None
    status: CommitmentStatus
    completed_on: date | None
    classification: Classification
    notes: str | None
    version: int = 1  # what the edit is based on (optimistic concurrency)


def commitment_record(session: Session, commitment_id: int) -> CommitmentRecord | None:
    """What the editor shows of the commitment; None when there is no such commitment."""
    c = session.get(Commitment, commitment_id)
    if c is None:
        return None
    number = c.principle.number if c.principle is not None else None
    return view_of(CommitmentRecord, c, principle_number=number)


def meeting_organization(session: Session, meeting_id: int) -> int | None:
    """The first organization of a meeting: the natural default for a commitment made there."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or not meeting.organizations:
        return None
    return meeting.organizations[0].id
