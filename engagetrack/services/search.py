"""The global search: one box that finds organizations, contacts, meetings and commitments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from engagetrack.store.models import Commitment, Contact, Meeting, Organization


@dataclass(frozen=True)
class Hit:
    entity: str  # "organization", "contact", "meeting", "commitment"
    record_id: int
    title: str
    detail: str
    organization_id: int | None = None


def _pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(session: Session, text: str, *, limit: int = 8) -> list[Hit]:
    """Up to `limit` hits per kind of record; every word must match somewhere."""
    words = text.split()
    if not words:
        return []
    hits: list[Hit] = []

    def every_word(*columns: Any) -> list[ColumnElement[bool]]:
        return [or_(*(c.ilike(_pattern(w), escape="\\") for c in columns)) for w in words]

    orgs = session.execute(
        select(
            Organization.id,
            Organization.name,
            Organization.stage,
            Organization.country,
            Organization.archived,
        )
        .where(
            *every_word(
                Organization.name,
                Organization.country,
                Organization.sector,
                Organization.lead_official,
            )
        )
        .order_by(Organization.archived, Organization.name)
        .limit(limit)
    )
    for oid, name, stage, country, archived in orgs:
        detail = " · ".join(
            x for x in (stage.value, country or "", "archived" if archived else "") if x
        )
        hits.append(Hit("organization", oid, name, detail, oid))

    people = session.execute(
        select(Contact.id, Contact.name, Contact.title, Organization.name, Organization.id)
        .join(Organization, Organization.id == Contact.organization_id)
        .where(*every_word(Contact.name, Contact.title, Contact.email, Organization.name))
        .order_by(Contact.name)
        .limit(limit)
    )
    for cid, name, title, org_name, oid in people:
        hits.append(
            Hit("contact", cid, name, " · ".join(x for x in (title or "", org_name) if x), oid)
        )

    meetings = session.execute(
        select(Meeting.id, Meeting.title, Meeting.held_on, Meeting.kind)
        .where(*every_word(Meeting.title, Meeting.location, Meeting.lead))
        .order_by(Meeting.held_on.desc())
        .limit(limit)
    )
    for mid, title, held_on, kind in meetings:
        hits.append(Hit("meeting", mid, title, f"{held_on.isoformat()} · {kind.value}"))

    promises = session.execute(
        select(
            Commitment.id,
            Commitment.description,
            Commitment.due_on,
            Commitment.status,
            Organization.name,
            Organization.id,
        )
        .join(Organization, Organization.id == Commitment.organization_id)
        .where(*every_word(Commitment.description, Commitment.owner, Organization.name))
        .order_by(Commitment.due_on.desc())
        .limit(limit)
    )
    for pid, description, due_on, status, org_name, oid in promises:
        due = f"due {due_on.isoformat()}" if isinstance(due_on, date) else ""
        hits.append(
            Hit(
                "commitment",
                pid,
                description,
                " · ".join(x for x in (org_name, status.value, due) if x),
                oid,
            )
        )
    return hits
