"""Read-side figures for `stats`, the Dashboard and the Summary sheet (aggregates in SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagetrack.domain.rules import ACTIVE_COMMITMENT_STATUSES
from engagetrack.domain.vocabularies import AssessmentStatus, Classification, Stage, Vocabulary
from engagetrack.store import models
from engagetrack.store.models import Assessment, Commitment, Organization, Principle
from engagetrack.store.schema import current_revision


def _levels(ceiling: Classification | None) -> list[Classification]:
    return list(Classification) if ceiling is None else ceiling.levels_up_to()


def _count_by(
    session: Session,
    column: Any,
    vocabulary: type[Vocabulary],
    *,
    ceiling: Classification | None,
    include_archived: bool,
) -> dict[str, int]:
    """How many records hold each value of `vocabulary` (zeros included), counting only
    organizations (or their assessments) within the ceiling."""
    query = select(column, func.count())
    if column is Assessment.status:
        query = query.join(Organization, Organization.id == Assessment.organization_id)
    query = query.where(Organization.classification.in_(_levels(ceiling))).group_by(column)
    if not include_archived:
        query = query.where(Organization.archived.is_(False))
    found = {value: n for value, n in session.execute(query)}
    return {v.value: int(found.get(v, 0)) for v in vocabulary}


def counts_by_stage(
    session: Session, *, ceiling: Classification | None = None, include_archived: bool = True
) -> dict[str, int]:
    return _count_by(
        session, Organization.stage, Stage, ceiling=ceiling, include_archived=include_archived
    )


def assessments_by_status(
    session: Session, *, ceiling: Classification | None = None, include_archived: bool = True
) -> dict[str, int]:
    return _count_by(
        session,
        Assessment.status,
        AssessmentStatus,
        ceiling=ceiling,
        include_archived=include_archived,
    )


def _active_ids() -> Any:
    return select(Organization.id).where(Organization.archived.is_(False))


def _active_meetings(session: Session) -> int:
    """Meetings not held only with archived organizations (one with nobody named counts)."""
    link = models.meeting_organizations
    with_archived_only = (
        select(link.c.meeting_id)
        .where(link.c.organization_id.not_in(_active_ids()))
        .except_(select(link.c.meeting_id).where(link.c.organization_id.in_(_active_ids())))
    )
    total = session.scalar(select(func.count()).select_from(models.Meeting)) or 0
    gone = session.scalar(select(func.count()).select_from(with_archived_only.subquery())) or 0
    return int(total) - int(gone)


def stats(session: Session, *, today: date | None = None) -> dict[str, Any]:
    """The keys of SPEC §4 `stats --json`, plus `archived`.

    Every count is of active records: organizations not archived, and the contacts,
    commitments and assessments of those organizations; a meeting counts unless every
    organization at it is archived. `archived` is the number of archived organizations.
    """
    today = today or date.today()
    by_stage = counts_by_stage(session, include_archived=False)
    active = _active_ids()
    commitments = (
        select(func.count()).select_from(Commitment).where(Commitment.organization_id.in_(active))
    )
    open_commitments = session.scalar(
        commitments.where(Commitment.status.in_(ACTIVE_COMMITMENT_STATUSES))
    )
    overdue = session.scalar(
        commitments.where(
            Commitment.status.in_(ACTIVE_COMMITMENT_STATUSES), Commitment.due_on < today
        )
    )
    contacts = session.scalar(
        select(func.count())
        .select_from(models.Contact)
        .where(models.Contact.organization_id.in_(active))
    )
    archived = session.scalar(
        select(func.count()).select_from(Organization).where(Organization.archived.is_(True))
    )
    connection = session.connection()
    return {
        "organizations": sum(by_stage.values()),
        "archived": int(archived or 0),
        "by_stage": by_stage,
        "endorsers": by_stage[Stage.ENDORSED.value],
        "contacts": int(contacts or 0),
        "meetings": _active_meetings(session),
        "commitments": int(session.scalar(commitments) or 0),
        "open_commitments": int(open_commitments or 0),
        "overdue_commitments": int(overdue or 0),
        "assessments": assessments_by_status(session, include_archived=False),
        "schema_version": current_revision(connection) or "none",
    }


@dataclass(frozen=True)
class Endorser:
    organization_id: int
    name: str
    endorsed_on: date | None
    classification: Classification


def endorsers(session: Session, *, ceiling: Classification | None = None) -> list[Endorser]:
    """Organizations at Endorsed, earliest endorsement first."""
    query = (
        select(
            Organization.id,
            Organization.name,
            Organization.endorsed_on,
            Organization.classification,
        )
        .where(
            Organization.stage == Stage.ENDORSED, Organization.classification.in_(_levels(ceiling))
        )
        .order_by(Organization.endorsed_on.is_(None), Organization.endorsed_on, Organization.name)
    )
    return [Endorser(*row) for row in session.execute(query)]


def principle_coverage(
    session: Session, *, ceiling: Classification | None = None
) -> dict[int, int]:
    """For each principle number, how many endorsers have it Implemented."""
    query = (
        select(Principle.number, func.count(Assessment.id))
        .join(Assessment, Assessment.principle_id == Principle.id)
        .join(Organization, Organization.id == Assessment.organization_id)
        .where(
            Assessment.status == AssessmentStatus.IMPLEMENTED,
            Organization.stage == Stage.ENDORSED,
            Organization.classification.in_(_levels(ceiling)),
        )
        .group_by(Principle.number)
    )
    found = {int(number): int(n) for number, n in session.execute(query)}
    numbers = session.scalars(select(Principle.number).order_by(Principle.number)).all()
    return {n: int(found.get(n, 0)) for n in numbers}
