"""Read queries for the Pipeline tab: cards per stage (capped) and the same data as a table."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from engagetrack.domain.vocabularies import CommitmentStatus, Priority, Stage
from engagetrack.services.listing import Column, Listing
from engagetrack.store.chunking import chunked
from engagetrack.store.like import contains_folded
from engagetrack.store.models import Commitment, Organization

# a column shows at most this many cards; past it the user narrows the filter (or uses
# the table mode), since nobody scrolls through 2,000 cards
CARD_LIMIT = 300

# NOT IN the closed statuses rather than IN the active ones: it steers SQLite to the
# organization index (milliseconds) instead of the status index (minutes at 10,000 orgs)
_CLOSED = tuple(s for s in CommitmentStatus if not s.is_active)
_NEXT_DUE = (
    select(func.min(Commitment.due_on))
    .where(Commitment.organization_id == Organization.id, Commitment.status.not_in(_CLOSED))
    .correlate(Organization)
    .scalar_subquery()
)
_PRIORITY_RANK = case(
    (Organization.priority == Priority.HIGH, 0),
    (Organization.priority == Priority.MEDIUM, 1),
    else_=2,
)

# a card's fields in Card's order, but for next_due (computed per board, or per card)
_CARD_COLUMNS = (
    Organization.id,
    Organization.name,
    Organization.stage,
    Organization.priority,
    Organization.lead_official,
    Organization.stage_since,
)


@dataclass(frozen=True)
class Card:
    id: int
    name: str
    stage: Stage
    priority: Priority
    lead_official: str | None
    stage_since: date | None
    next_due: date | None

    def days_in_stage(self, today: date) -> int | None:
        return None if self.stage_since is None else max(0, (today - self.stage_since).days)


@dataclass(frozen=True)
class Filters:
    search: str = ""
    lead_official: str | None = None
    priority: Priority | None = None


def _where(query: Select[*tuple[Any, ...]], filters: Filters) -> Select[*tuple[Any, ...]]:
    query = query.where(Organization.archived.is_(False))
    if filters.lead_official:
        query = query.where(Organization.lead_official == filters.lead_official)
    if filters.priority is not None:
        query = query.where(Organization.priority == filters.priority)
    for word in filters.search.split():
        query = query.where(contains_folded(Organization.name, word))
    return query


@dataclass(frozen=True)
class Board:
    cards: dict[Stage, list[Card]]  # at most CARD_LIMIT each
    totals: dict[Stage, int]  # how many match in each stage


def board(session: Session, filters: Filters, *, limit: int = CARD_LIMIT) -> Board:
    """The cards of every stage: high priority first, then longest in stage."""
    counts = {
        stage: int(n)
        for stage, n in session.execute(
            _where(select(Organization.stage, func.count()), filters).group_by(Organization.stage)
        )
    }
    cards: dict[Stage, list[Card]] = {}
    for stage in Stage:
        query = _where(
            select(*_CARD_COLUMNS),
            filters,
        ).where(Organization.stage == stage)
        query = query.order_by(
            _PRIORITY_RANK, Organization.stage_since, Organization.name_key
        ).limit(limit)
        rows = list(session.execute(query))
        due = _next_due(session, [int(r[0]) for r in rows])
        cards[stage] = [
            Card(int(r[0]), r[1], r[2], r[3], r[4], r[5], due.get(int(r[0]))) for r in rows
        ]
    return Board(cards, {s: int(counts.get(s, 0)) for s in Stage})


def _next_due(session: Session, ids: list[int]) -> dict[int, date]:
    out: dict[int, date] = {}
    for chunk in chunked(ids):
        query = (
            select(Commitment.organization_id, func.min(Commitment.due_on))
            .where(
                Commitment.organization_id.in_(chunk),
                Commitment.status.not_in(_CLOSED),
                Commitment.due_on.is_not(None),
            )
            .group_by(Commitment.organization_id)
        )
        out.update({int(o): d for o, d in session.execute(query) if d is not None})
    return out


def card(session: Session, organization_id: int) -> Card | None:
    row = session.execute(
        select(*_CARD_COLUMNS, _NEXT_DUE).where(Organization.id == organization_id)
    ).first()
    return None if row is None else Card(*row)


TABLE = Listing(
    source=Organization.__table__,
    id_expr=Organization.id.expression,
    columns=(
        Column("name", "Organization", Organization.name.expression, "text", searchable=True),
        Column("stage", "Stage", Organization.stage.expression, "vocab"),
        Column("priority", "Priority", _PRIORITY_RANK, "int"),
        Column("lead_official", "Lead official", Organization.lead_official.expression, "text"),
        Column("stage_since", "In stage since", Organization.stage_since.expression, "date"),
        Column("next_due", "Next commitment due", _NEXT_DUE, "date"),
    ),
    filters={
        "lead_official": lambda v: Organization.lead_official == v,
        "priority": lambda v: Organization.priority == v,
    },
    default_sort="stage_since",
    base_where=(Organization.archived.is_(False),),
)
PRIORITY_BY_RANK: Mapping[int, Priority] = {0: Priority.HIGH, 1: Priority.MEDIUM, 2: Priority.LOW}
