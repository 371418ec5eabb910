"""Read queries for the Dashboard: the headline figures and the short lists behind them.

The headline figures are in headline.py (the window counts them before SQLAlchemy has
loaded). The lists are capped (the Dashboard shows the first few and how many more there
are) and load in the background.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from engagetrack.domain.rules import (
    ACTIVE_COMMITMENT_STATUSES,
    DUE_SOON_DAYS,
    RECENT_DAYS,
    UPCOMING_DAYS,
)
from engagetrack.domain.vocabularies import Classification, Stage
from engagetrack.services.reporting import principle_coverage
from engagetrack.store.models import Attachment, Commitment, Meeting, Organization

LIST_LIMIT = 50


@dataclass(frozen=True)
class Item:
    entity: str
    record_id: int
    when: date | None
    title: str
    detail: str
    archived: bool = False  # an archived organization (still counted, as `stats` counts it)


@dataclass(frozen=True)
class Capped:
    items: list[Item]
    total: int


@dataclass(frozen=True)
class DashboardData:
    endorsers: Capped
    overdue: Capped
    due_soon: Capped
    upcoming: Capped
    recent: Capped
    endorsements_by_year: list[tuple[int, int]]  # (year, endorsements that year), no gaps
    undated_endorsers: int  # endorsers with no endorsement date (not in the timeline)
    coverage: dict[int, int]  # principle number -> endorsers implementing it


def _active_count(session: Session, *conditions: Any) -> int:
    query = (
        select(func.count())
        .select_from(Commitment)
        .where(Commitment.status.in_(ACTIVE_COMMITMENT_STATUSES), *conditions)
    )
    return int(session.scalar(query) or 0)


def _commitments(session: Session, *conditions: Any, today: date) -> Capped:
    """Active commitments by due date, earliest first.

    One query per status, because an index on (status, due_on) yields each status's rows
    already in due order: at 72,000 overdue commitments that is a few milliseconds, where
    `status IN (...)` made SQLite sort all of them to keep 50.
    """
    rows: list[Any] = []
    for status in ACTIVE_COMMITMENT_STATUSES:
        rows += session.execute(
            select(Commitment.id, Commitment.due_on, Commitment.description, Organization.name)
            .join(Organization, Organization.id == Commitment.organization_id)
            .where(Commitment.status == status, *conditions)
            .order_by(Commitment.due_on, Commitment.id)
            .limit(LIST_LIMIT)
        ).all()
    rows.sort(key=lambda r: (r[1], r[0]))
    total = _active_count(session, *conditions)
    items = [
        Item("commitment", cid, due, description, org)
        for cid, due, description, org in rows[:LIST_LIMIT]
    ]
    return Capped(items, total)


def _meetings(session: Session, start: date, end: date, *, newest_first: bool) -> Capped:
    where = (Meeting.held_on >= start, Meeting.held_on <= end)
    order = Meeting.held_on.desc() if newest_first else Meeting.held_on.asc()
    rows = session.execute(
        select(Meeting.id, Meeting.held_on, Meeting.title, Meeting.kind)
        .where(*where)
        .order_by(order, Meeting.id)
        .limit(LIST_LIMIT)
    ).all()
    total = int(session.scalar(select(func.count()).select_from(Meeting).where(*where)) or 0)
    return Capped(
        [Item("meeting", mid, held, title, kind.value) for mid, held, title, kind in rows], total
    )


def _timeline(session: Session, today: date) -> tuple[list[tuple[int, int]], int]:
    """Endorsements per year from the first to this one (years with none included)."""
    endorsed = Organization.stage == Stage.ENDORSED
    year = extract("year", Organization.endorsed_on)  # strftime on SQLite, EXTRACT elsewhere
    rows = session.execute(
        select(year, func.count())
        .where(endorsed, Organization.endorsed_on.is_not(None))
        .group_by(year)
    ).all()
    per_year = {int(y): int(n) for y, n in rows if y}
    undated = int(
        session.scalar(
            select(func.count())
            .select_from(Organization)
            .where(endorsed, Organization.endorsed_on.is_(None))
        )
        or 0
    )
    if not per_year:
        return [], undated
    years = range(min(per_year), max(today.year, max(per_year)) + 1)
    return [(y, per_year.get(y, 0)) for y in years], undated


def dashboard(session: Session, today: date | None = None) -> DashboardData:
    today = today or date.today()
    endorsed = Organization.stage == Stage.ENDORSED
    rows = session.execute(
        select(
            Organization.id,
            Organization.endorsed_on,
            Organization.name,
            Organization.country,
            Organization.archived,
        )
        .where(endorsed)
        .order_by(Organization.endorsed_on.desc().nulls_last(), Organization.name)
        .limit(LIST_LIMIT)
    ).all()
    endorser_total = int(
        session.scalar(select(func.count()).select_from(Organization).where(endorsed)) or 0
    )
    by_year, undated = _timeline(session, today)
    return DashboardData(
        endorsers=Capped(
            [
                Item("organization", oid, on, name, country or "", bool(archived))
                for oid, on, name, country, archived in rows
            ],
            endorser_total,
        ),
        overdue=_commitments(session, Commitment.due_on < today, today=today),
        due_soon=_commitments(
            session,
            Commitment.due_on >= today,
            Commitment.due_on <= today + timedelta(days=DUE_SOON_DAYS),
            today=today,
        ),
        upcoming=_meetings(
            session, today, today + timedelta(days=UPCOMING_DAYS), newest_first=False
        ),
        recent=_meetings(
            session,
            today - timedelta(days=RECENT_DAYS),
            today - timedelta(days=1),
            newest_first=True,
        ),
        endorsements_by_year=by_year,
        undated_endorsers=undated,
        coverage=principle_coverage(session),
    )


def highest_marking(session: Session) -> Classification:
    """The highest marking any record or attached file in the register holds: what the
    register must be kept as (a PROTECTED B letter on an unclassified organization counts)."""
    above = list(Classification)[1:]  # UNCLASSIFIED is what an empty register holds
    found = [
        session.scalar(
            select(func.max(model.classification)).where(model.classification.in_(above))
        )
        for model in (Organization, Meeting, Commitment, Attachment)
    ]
    return Classification.highest(
        [f if isinstance(f, Classification) else Classification(f) for f in found if f]
    )
