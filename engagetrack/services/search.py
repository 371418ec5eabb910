"""The global search: one box that finds organizations, contacts, meetings and commitments.

Meetings and commitments (100,000 and 200,000 rows at scale) are matched through their
full-text indexes, word by word as the user types ("publ" finds "Publish"); a LIKE scan of
them took one to two and a half seconds per search. Organizations and contacts are small
enough to match anywhere in the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, or_, select, true
from sqlalchemy.orm import Session

from engagetrack.store.fulltext import COMMITMENTS, MEETINGS, MIN_WORD, matches
from engagetrack.store.like import contains_text
from engagetrack.store.models import Commitment, Contact, Meeting, Organization


@dataclass(frozen=True)
class Hit:
    entity: str  # "organization", "contact", "meeting", "commitment"
    record_id: int
    title: str
    detail: str
    organization_id: int | None = None


def search_words(text: str) -> list[str]:
    """The words worth a query: a lone letter matches a third of a big register."""
    return [w for w in text.split() if len(w) >= MIN_WORD]


def search(session: Session, text: str, *, limit: int = 8) -> list[Hit]:
    """Up to `limit` hits per kind of record; every word must match somewhere."""
    words = search_words(text)
    if not words:
        return []
    return [
        *_organizations(session, words, limit),
        *_contacts(session, words, limit),
        *_meetings(session, words, limit),
        *_commitments(session, words, limit),
    ]


def _every_word(words: list[str], *columns: Any) -> list[ColumnElement[bool]]:
    return [or_(*(contains_text(c, w) for c in columns)) for w in words]


def _organizations(session: Session, words: list[str], limit: int) -> list[Hit]:
    rows = session.execute(
        select(
            Organization.id,
            Organization.name,
            Organization.stage,
            Organization.country,
            Organization.archived,
        )
        .where(
            *_every_word(
                words,
                Organization.name,
                Organization.country,
                Organization.sector,
                Organization.lead_official,
            )
        )
        # organizations whose name holds the words come before those matched by sector or
        # country ("public safety" finds Public Safety Canada before every ministry)
        .order_by(
            Organization.archived,
            case((and_(*_every_word(words, Organization.name)), 0), else_=1),
            Organization.name,
        )
        .limit(limit)
    )
    hits = []
    for oid, name, stage, country, archived in rows:
        detail = " · ".join(
            x for x in (stage.value, country or "", "archived" if archived else "") if x
        )
        hits.append(Hit("organization", oid, name, detail, oid))
    return hits


def _contacts(session: Session, words: list[str], limit: int) -> list[Hit]:
    rows = session.execute(
        select(Contact.id, Contact.name, Contact.title, Organization.name, Organization.id)
        .join(Organization, Organization.id == Contact.organization_id)
        .where(*_every_word(words, Contact.name, Contact.title, Contact.email, Organization.name))
        .order_by(Contact.name)
        .limit(limit)
    )
    return [
        Hit("contact", cid, name, " · ".join(x for x in (title or "", org_name) if x), oid)
        for cid, name, title, org_name, oid in rows
    ]


def _meetings(session: Session, words: list[str], limit: int) -> list[Hit]:
    where = [matches(MEETINGS, Meeting.id.expression, w) for w in words]
    rows = session.execute(
        select(Meeting.id, Meeting.title, Meeting.held_on, Meeting.kind)
        .where(and_(true(), *(w for w in where if w is not None)))
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        .limit(limit)
    )
    return [
        Hit("meeting", mid, title, f"{held_on.isoformat()} · {kind.value}")
        for mid, title, held_on, kind in rows
    ]


def _commitments(session: Session, words: list[str], limit: int) -> list[Hit]:
    clauses = []
    for word in words:
        # the organization through an IN over 10,000 organizations, never a LIKE per commitment
        in_org = Commitment.organization_id.in_(
            select(Organization.id).where(contains_text(Organization.name, word))
        )
        in_text = matches(COMMITMENTS, Commitment.id.expression, word)
        clauses.append(in_org if in_text is None else or_(in_text, in_org))
    rows = session.execute(
        select(
            Commitment.id,
            Commitment.description,
            Commitment.due_on,
            Commitment.status,
            Organization.name,
            Organization.id,
        )
        .join(Organization, Organization.id == Commitment.organization_id)
        .where(*clauses)
        .order_by(Commitment.due_on.desc(), Commitment.id.desc())
        .limit(limit)
    )
    hits = []
    for pid, description, due_on, status, org_name, oid in rows:
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
