"""What one export may show: one session, one marking ceiling, one "today".

The ceiling rules of SPEC §5 start here: a record above the ceiling is left out, and a
commitment goes where its organization goes. The sheets (sources.py) and the Summary's
figures (summary_sources.py) build on these filters.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange.row_stream import levels_for
from engagetrack.store.models import Commitment, Meeting, Organization


class ExportScope:
    """The filters and small counts every part of one export shares."""

    def __init__(self, session: Session, ceiling: Classification | None, today: date) -> None:
        self.session = session
        self.levels = levels_for(ceiling)
        self.today = today

    def org_ok(self) -> ColumnElement[bool]:
        return Organization.classification.in_(self.levels)

    def meeting_ok(self) -> ColumnElement[bool]:
        return Meeting.classification.in_(self.levels)

    def commitment_ok(self) -> ColumnElement[bool]:
        # a commitment names its organization: it goes where the organization goes
        return and_(Commitment.classification.in_(self.levels), self.org_ok())

    def _count(self, query: Select) -> int:
        return int(self.session.scalar(select(func.count()).select_from(query.subquery())) or 0)

    def _max_len(self, *columns: Any, where: Any, joins: Sequence[Any] = ()) -> list[int]:
        query = select(*(func.max(func.length(c)) for c in columns))
        for target, on in joins:
            query = query.join(target, on)
        row = self.session.execute(query.where(where)).one()
        return [int(v or 0) for v in row]

    def highest_level(self) -> Classification:
        """The highest marking among every record the ceiling lets in (Summary counts all)."""
        found: list[Classification] = []
        for query in (
            select(Organization.classification).where(self.org_ok()).distinct(),
            select(Meeting.classification).where(self.meeting_ok()).distinct(),
            select(Commitment.classification)
            .join(Organization, Organization.id == Commitment.organization_id)
            .where(self.commitment_ok())
            .distinct(),
        ):
            found += list(self.session.scalars(query))
        return Classification.highest(found)
