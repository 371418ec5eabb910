"""Read queries for the Principles tab: the organization × principle matrix, page by page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from engagetrack.domain.vocabularies import AssessmentStatus, Stage
from engagetrack.services import audit
from engagetrack.services.principles import all_principles
from engagetrack.store.chunking import chunked
from engagetrack.store.like import contains_folded
from engagetrack.store.models import Assessment, Organization, Principle


@dataclass(frozen=True)
class PrincipleInfo:
    number: int
    theme: str
    short_title: str
    text: str

    @property
    def code(self) -> str:
        return f"P{self.number}"


def principles(session: Session, language: str = "en") -> list[PrincipleInfo]:
    """The built-in principles in the reader's language (French or English)."""
    fr = language == "fr"
    return [
        PrincipleInfo(
            p.number,
            p.theme_fr if fr else p.theme_en,
            p.short_title_fr if fr else p.short_title_en,
            p.text_fr if fr else p.text_en,
        )
        for p in all_principles(session)
    ]


def _org_filter(
    query: Select[*tuple[Any, ...]], *, search: str, endorsers_only: bool
) -> Select[*tuple[Any, ...]]:
    query = query.where(Organization.archived.is_(False))
    if endorsers_only:
        query = query.where(Organization.stage == Stage.ENDORSED)
    for word in search.split():
        query = query.where(contains_folded(Organization.name, word))
    return query


def organization_ids(
    session: Session, *, search: str = "", endorsers_only: bool = False, descending: bool = False
) -> list[int]:
    """The matrix rows: unarchived organizations by name."""
    order = Organization.name_key.desc() if descending else Organization.name_key.asc()
    query = _org_filter(select(Organization.id), search=search, endorsers_only=endorsers_only)
    return list(session.scalars(query.order_by(order, Organization.id)))


@dataclass(frozen=True)
class Cell:
    assessment_id: int
    status: AssessmentStatus
    evidence: str | None
    source: str | None
    assessed_on: date | None
    version: int = 1  # what an edit is based on (optimistic concurrency)


@dataclass(frozen=True)
class MatrixRow:
    organization_id: int
    name: str
    stage: Stage
    cells: dict[int, Cell]  # principle number -> cell; absent: never assessed


def rows(session: Session, ids: Sequence[int]) -> dict[int, MatrixRow]:
    """The matrix rows of these organizations (one page of the view), keyed by id."""
    out: dict[int, MatrixRow] = {}
    for chunk in chunked(ids):
        orgs = session.execute(
            select(Organization.id, Organization.name, Organization.stage).where(
                Organization.id.in_(chunk)
            )
        )
        for oid, name, stage in orgs:
            out[int(oid)] = MatrixRow(int(oid), str(name), stage, {})
        cells = session.execute(
            select(
                Assessment.organization_id,
                Principle.number,
                Assessment.id,
                Assessment.status,
                Assessment.evidence,
                Assessment.source,
                Assessment.assessed_on,
                Assessment.version,
            )
            .join(Principle, Principle.id == Assessment.principle_id)
            .where(Assessment.organization_id.in_(chunk))
        )
        for oid, number, aid, status, evidence, source, on, version in cells:
            row = out.get(int(oid))
            if row is not None:
                row.cells[int(number)] = Cell(int(aid), status, evidence, source, on, version)
    return out


def totals(
    session: Session, *, search: str = "", endorsers_only: bool = False
) -> dict[int, tuple[int, int]]:
    """Per principle number: (Implemented, organizations shown) over the filtered rows."""
    orgs = _org_filter(
        select(Organization.id), search=search, endorsers_only=endorsers_only
    ).subquery()
    shown = int(session.scalar(select(func.count()).select_from(orgs)) or 0)
    query = (
        select(Principle.number, func.count(Assessment.id))
        .join(Assessment, Assessment.principle_id == Principle.id)
        .where(
            Assessment.status == AssessmentStatus.IMPLEMENTED,
            Assessment.organization_id.in_(select(orgs.c.id)),
        )
        .group_by(Principle.number)
    )
    found = {int(n): int(c) for n, c in session.execute(query)}
    numbers = session.scalars(select(Principle.number).order_by(Principle.number)).all()
    return {int(n): (found.get(int(n), 0), shown) for n in numbers}


@dataclass(frozen=True)
class HistoryLine:
    at: str
    user: str
    action: str
    changes: dict[str, list[object]]


def cell_history(session: Session, organization_id: int, number: int) -> list[HistoryLine]:
    """The audit trail of one matrix cell, newest first (empty when never assessed)."""
    assessment_id = session.scalar(
        select(Assessment.id)
        .join(Principle, Principle.id == Assessment.principle_id)
        .where(Assessment.organization_id == organization_id, Principle.number == number)
    )
    if assessment_id is None:
        return []
    return [
        HistoryLine(e.at.isoformat(timespec="minutes"), e.user, e.action, e.changes)
        for e in audit.entries(session, entity="assessment", entity_id=int(assessment_id))
    ]


def locate(session: Session, assessment_id: int) -> tuple[int, int] | None:
    """(organization id, principle number) of an assessment, to jump to its cell."""
    row = session.execute(
        select(Assessment.organization_id, Principle.number)
        .join(Principle, Principle.id == Assessment.principle_id)
        .where(Assessment.id == assessment_id)
    ).first()
    return None if row is None else (int(row[0]), int(row[1]))


def organization_name(session: Session, organization_id: int) -> str:
    return str(session.scalar(select(Organization.name).where(Organization.id == organization_id)))
