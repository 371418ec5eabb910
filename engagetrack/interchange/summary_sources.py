"""The Summary sheet's figures and short lists, under the export's ceiling."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select

from engagetrack.domain.rules import ACTIVE_COMMITMENT_STATUSES, DUE_SOON_DAYS
from engagetrack.domain.vocabularies import CommitmentStatus, Stage
from engagetrack.interchange.export_scope import ExportScope
from engagetrack.interchange.row_stream import stream
from engagetrack.store.models import (
    Assessment,
    Commitment,
    Meeting,
    Organization,
    Principle,
    StageChange,
)


class SummaryFigures(ExportScope):
    """The counts, endorsers and "since" lists of the Summary sheet."""

    def counts_by_stage(self) -> dict[Stage, int]:
        query = (
            select(Organization.stage, func.count())
            .where(self.org_ok())
            .group_by(Organization.stage)
        )
        found = dict(self.session.execute(query).all())
        return {s: int(found.get(s, 0)) for s in Stage}

    def commitment_figures(self) -> dict[str, int]:
        c = Commitment
        base = (
            select(func.count())
            .select_from(c)
            .join(Organization, Organization.id == c.organization_id)
        )
        base = base.where(self.commitment_ok())
        soon = self.today + timedelta(days=DUE_SOON_DAYS)
        by_status = dict(
            self.session.execute(
                select(c.status, func.count())
                .join(Organization, Organization.id == c.organization_id)
                .where(self.commitment_ok())
                .group_by(c.status)
            ).all()
        )
        return {
            "open": int(by_status.get(CommitmentStatus.OPEN, 0)),
            "in_progress": int(by_status.get(CommitmentStatus.IN_PROGRESS, 0)),
            "overdue": int(
                self.session.scalar(
                    base.where(c.status.in_(ACTIVE_COMMITMENT_STATUSES), c.due_on < self.today)
                )
                or 0
            ),
            "due_soon": int(
                self.session.scalar(
                    base.where(
                        c.status.in_(ACTIVE_COMMITMENT_STATUSES),
                        c.due_on >= self.today,
                        c.due_on <= soon,
                    )
                )
                or 0
            ),
            "done": int(by_status.get(CommitmentStatus.DONE, 0)),
            "dropped": int(by_status.get(CommitmentStatus.DROPPED, 0)),
        }

    def assessments_by_principle(self) -> dict[int, dict[str, int]]:
        """Principle number -> status code -> count, over the organizations let in."""
        query = (
            select(Principle.number, Assessment.status, func.count())
            .join(Assessment, Assessment.principle_id == Principle.id)
            .join(Organization, Organization.id == Assessment.organization_id)
            .where(self.org_ok())
            .group_by(Principle.number, Assessment.status)
        )
        out: dict[int, dict[str, int]] = defaultdict(dict)
        for number, status, n in self.session.execute(query):
            out[number][status.value] = int(n)
        return out

    def endorsers(self) -> Iterator[tuple[Any, ...]]:
        o = Organization
        query = (
            select(o.name, o.endorsed_on, o.country, o.kind)
            .where(o.stage == Stage.ENDORSED, self.org_ok())
            .order_by(o.endorsed_on.is_(None), o.endorsed_on, o.name_key)
        )
        for r in stream(self.session, query):
            yield (r[0], r[1], r[2], r[3].value)

    def stage_changes_since(self, since: date) -> Select:
        return (
            select(
                Organization.name,
                StageChange.changed_on,
                StageChange.from_stage,
                StageChange.to_stage,
            )
            .join(Organization, Organization.id == StageChange.organization_id)
            .where(StageChange.changed_on >= since, self.org_ok())
            .order_by(StageChange.changed_on, Organization.name_key, StageChange.id)
        )

    def meetings_since(self, since: date) -> Select:
        m = Meeting
        return (
            select(m.title, m.held_on, m.kind)
            .where(m.held_on >= since, m.held_on <= self.today, self.meeting_ok())
            .order_by(m.held_on, m.title_key)
        )

    def completed_since(self, since: date) -> Select:
        c = Commitment
        return (
            select(Organization.name, c.completed_on, c.description)
            .join(Organization, Organization.id == c.organization_id)
            .where(c.completed_on >= since, self.commitment_ok())
            .order_by(c.completed_on, Organization.name_key, c.description_key)
        )

    def added_since(self, since: date) -> Select:
        c = Commitment
        # local midnight of the since-date, in UTC as the timestamps are stored
        start = datetime.combine(since, time.min).astimezone().astimezone(UTC)
        return (
            select(Organization.name, c.created_at, c.description)
            .join(Organization, Organization.id == c.organization_id)
            .where(c.created_at >= start, self.commitment_ok())
            .order_by(c.created_at, Organization.name_key, c.description_key)
        )

    def rows(self, query: Select, limit: int) -> tuple[list[tuple[Any, ...]], int]:
        """The first `limit` rows of a listing and how many there are in all."""
        total = self._count(query.order_by(None))
        shown = [tuple(r) for r in self.session.execute(query.limit(limit))]
        return shown, total
