"""Streaming read queries behind each exported sheet, with the marking ceiling applied.

Every source yields `(values, level)` rows: `values` in the column order of spec.py, plain
Python values (text, dates, codes, numbers), and `level` the highest marking of anything the
row shows, so the exporter can mark the workbook with what it actually contains. Rows stream
from Core selects run by the driver itself (row_stream.py); linked names come in one grouped
query per chunk, never one query per row.

The ceiling rules of SPEC §5 (filters in export_scope.py): a record above the ceiling is left
out, and so is every trace of it (a contact or commitment of a left-out organization, an organization's
name in a meeting's list, a meeting reference in a commitment).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from itertools import groupby, islice
from typing import Any

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session

from engagetrack.domain.rules import ACTIVE_COMMITMENT_STATUSES
from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange.row_stream import CHUNK, Row, stream, top_level
from engagetrack.interchange.summary_sources import SummaryFigures
from engagetrack.store import models
from engagetrack.store.models import (
    Assessment,
    Meeting,
    Organization,
    Principle,
    meeting_organizations,
    meeting_principles,
)


class Sources(SummaryFigures):
    """The rows of every sheet for one export: one session, one ceiling, one 'today'."""

    def __init__(self, session: Session, ceiling: Classification | None, today: date) -> None:
        super().__init__(session, ceiling, today)
        self._orgs: dict[int, tuple[str, str, Classification]] | None = None

    # ------------------------------------------------------------ Organizations

    def organizations_query(self) -> Select:
        o = Organization
        return (
            select(
                o.name,
                o.kind,
                o.country,
                o.sector,
                o.stage,
                o.stage_since,
                o.endorsed_on,
                o.priority,
                o.lead_official,
                o.classification,
                o.notes,
            )
            .where(self.org_ok())
            .order_by(o.name_key)
        )

    def organizations(self) -> Iterator[Row]:
        for r in stream(self.session, self.organizations_query()):
            yield (
                (
                    r[0],
                    r[1].value,
                    r[2],
                    r[3],
                    r[4].value,
                    r[5],
                    r[6],
                    r[7].value,
                    r[8],
                    r[9].value,
                    r[10],
                ),
                r[9],
            )

    def organizations_widths(self) -> dict[str, int]:
        o = Organization
        n = self._max_len(o.name, o.country, o.sector, o.lead_official, where=self.org_ok())
        return {"Name": n[0], "Country": n[1], "Sector": n[2], "Lead Official": n[3]}

    # ------------------------------------------------------------ Contacts

    def contacts_query(self) -> Select:
        c = models.Contact
        return (
            select(
                Organization.name,
                c.name,
                c.title,
                c.email,
                c.phone,
                c.notes,
                Organization.classification,
            )
            .join(Organization, Organization.id == c.organization_id)
            .where(self.org_ok())
            .order_by(Organization.name_key, c.name, c.id)
        )

    def contacts(self) -> Iterator[Row]:
        for r in stream(self.session, self.contacts_query()):
            yield (tuple(r[:6]), r[6])

    def contacts_widths(self) -> dict[str, int]:
        c = models.Contact
        n = self._max_len(
            Organization.name,
            c.name,
            c.title,
            c.email,
            c.phone,
            where=self.org_ok(),
            joins=[(Organization, Organization.id == c.organization_id)],
        )
        return dict(zip(("Organization", "Name", "Title", "Email", "Phone"), n, strict=True))

    # ------------------------------------------------------------ Meetings

    def meetings_query(self) -> Select:
        m = Meeting
        return (
            select(
                m.id,
                m.held_on,
                m.title,
                m.kind,
                m.lead,
                m.location,
                m.summary,
                m.outcomes,
                m.classification,
            )
            .where(self.meeting_ok())
            .order_by(m.held_on.desc(), m.title_key)
        )

    def _included_orgs(self) -> dict[int, tuple[str, str, Classification]]:
        """Id -> (name, sort key, marking) of every organization let in, loaded once.

        Meeting lists look names up here rather than joining in SQL: SQLite would otherwise
        pick the classification index and rescan every organization's links per chunk.
        """
        if self._orgs is None:
            o = Organization
            query = select(o.id, o.name, o.name_key, o.classification).where(self.org_ok())
            self._orgs = {r[0]: (r[1], r[2], r[3]) for r in self.session.execute(query)}
        return self._orgs

    def _meeting_links(
        self, ids: list[int]
    ) -> tuple[dict[int, list[tuple[str, Classification]]], dict[int, list[int]]]:
        included = self._included_orgs()
        found: dict[int, list[tuple[str, str, Classification]]] = defaultdict(list)
        query = select(
            meeting_organizations.c.meeting_id, meeting_organizations.c.organization_id
        ).where(meeting_organizations.c.meeting_id.in_(ids))
        for meeting_id, org_id in self.session.execute(query):
            org = included.get(org_id)
            if org is not None:  # an organization above the ceiling leaves no trace
                found[meeting_id].append(org)
        orgs = {
            m: [(n, level) for n, _, level in sorted(v, key=lambda o: o[1])]
            for m, v in found.items()
        }
        principles: dict[int, list[int]] = defaultdict(list)
        query = (
            select(meeting_principles.c.meeting_id, Principle.number)
            .join(Principle, Principle.id == meeting_principles.c.principle_id)
            .where(meeting_principles.c.meeting_id.in_(ids))
            .order_by(meeting_principles.c.meeting_id, Principle.number)
        )
        for meeting_id, number in self.session.execute(query):
            principles[meeting_id].append(number)
        return orgs, principles

    def meetings(self) -> Iterator[Row]:
        rows = stream(self.session, self.meetings_query())
        while chunk := list(islice(rows, CHUNK // 4)):
            orgs, principles = self._meeting_links([r[0] for r in chunk])
            for r in chunk:
                level: Classification = r[8]
                names = []
                for name, org_level in orgs.get(r[0], ()):
                    names.append(name)
                    level = top_level(level, org_level)
                numbers = principles.get(r[0])
                yield (
                    (
                        r[1],
                        r[2],
                        r[3].value,
                        "; ".join(names) or None,
                        ", ".join(map(str, numbers)) if numbers else None,
                        r[4],
                        r[5],
                        r[6],
                        r[7],
                        r[8].value,
                    ),
                    level,
                )

    def meetings_widths(self) -> dict[str, int]:
        m = Meeting
        n = self._max_len(m.title, m.lead, m.location, where=self.meeting_ok())
        return {"Title": n[0], "Lead": n[1], "Location": n[2]}

    # ------------------------------------------------------------ Commitments

    def commitments_query(self, *, overdue: bool = False) -> Select:
        c = models.Commitment
        query = (
            select(
                Organization.name,
                c.description,
                Principle.number,
                c.owner,
                c.due_on,
                c.status,
                c.completed_on,
                Meeting.held_on,
                Meeting.title,
                Meeting.classification,
                c.classification,
                c.notes,
                Organization.classification,
            )
            .join(Organization, Organization.id == c.organization_id)
            .outerjoin(Principle, Principle.id == c.principle_id)
            .outerjoin(Meeting, Meeting.id == c.meeting_id)
            .where(self.commitment_ok())
        )
        if overdue:
            return query.where(
                c.status.in_(ACTIVE_COMMITMENT_STATUSES), c.due_on < self.today
            ).order_by(c.due_on, Organization.name_key, c.description_key)
        return query.order_by(
            Organization.name_key, c.due_on.is_(None), c.due_on, c.description_key
        )

    def _commitment_rows(self, query: Select, *, overdue: bool) -> Iterator[Row]:
        for r in stream(self.session, query):
            level: Classification = top_level(r[10], r[12])
            meeting = None
            if r[7] is not None and r[9] in self.levels:
                meeting = f"{r[7].isoformat()} {r[8]}"
                level = top_level(level, r[9])
            values: tuple[Any, ...] = (
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5].value,
                r[6],
                meeting,
                r[10].value,
                r[11],
            )
            if overdue:
                values = (*values, (self.today - r[4]).days)
            yield values, level

    def commitments(self) -> Iterator[Row]:
        return self._commitment_rows(self.commitments_query(), overdue=False)

    def overdue(self) -> Iterator[Row]:
        return self._commitment_rows(self.commitments_query(overdue=True), overdue=True)

    def commitments_widths(self) -> dict[str, int]:
        c = models.Commitment
        n = self._max_len(
            Organization.name,
            c.owner,
            where=self.commitment_ok(),
            joins=[(Organization, Organization.id == c.organization_id)],
        )
        title = self._max_len(Meeting.title, where=self.meeting_ok())[0]
        return {"Organization": n[0], "Owner": n[1], "Meeting": title + 11 if title else 0}

    # ------------------------------------------------------------ Principles

    def principles_query(self) -> Select:
        return (
            select(
                Organization.id,
                Organization.name,
                Organization.classification,
                Principle.number,
                Assessment.status,
            )
            .join(Organization, Organization.id == Assessment.organization_id)
            .join(Principle, Principle.id == Assessment.principle_id)
            .where(self.org_ok())
            .order_by(Organization.name_key, Organization.id, Principle.number)
        )

    def principles(self, numbers: Sequence[int]) -> Iterator[Row]:
        position = {n: i for i, n in enumerate(numbers, 1)}
        for _, group in groupby(stream(self.session, self.principles_query()), key=lambda r: r[0]):
            rows = list(group)
            values: list[Any] = [rows[0][1], *([None] * len(numbers))]
            for r in rows:
                if r[3] in position:
                    values[position[r[3]]] = r[4].value
            yield tuple(values), rows[0][2]

    def principles_count(self) -> int:
        return self._count(
            select(Assessment.organization_id)
            .join(Organization, Organization.id == Assessment.organization_id)
            .where(self.org_ok())
            .distinct()
        )

    def principles_widths(self) -> dict[str, int]:
        n = self._max_len(
            Organization.name,
            where=and_(self.org_ok(), Organization.id.in_(select(Assessment.organization_id))),
        )
        return {"Organization": n[0]}

    # ------------------------------------------------------------ counts and markings

    def count(self, sheet: str) -> int:
        queries = {
            "Organizations": self.organizations_query,
            "Contacts": self.contacts_query,
            "Meetings": self.meetings_query,
            "Commitments": self.commitments_query,
            "Overdue": lambda: self.commitments_query(overdue=True),
        }
        if sheet == "Principles":
            return self.principles_count()
        if sheet in queries:
            return self._count(queries[sheet]().order_by(None))
        return 0
