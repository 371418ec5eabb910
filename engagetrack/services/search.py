"""The global search: one box (and `engagetrack search`) that finds every record holding the
words: organizations, contacts, meetings, commitments, assessments, stage history and
attached files, in every text they hold.

Meetings and commitments (100,000 and 200,000 rows at scale) are matched through their
full-text indexes, word by word as the user types ("publ" finds "Publish"); a LIKE scan of
them took one to two and a half seconds per search. The smaller tables are matched anywhere
in the text. Every word must match somewhere in the record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, or_, select, true
from sqlalchemy.orm import Session

from engagetrack.domain.vocabularies import Classification
from engagetrack.services.queries_commitments import word_or_organization
from engagetrack.services.search_match import match_text, strip_accents
from engagetrack.store.fulltext import COMMITMENTS, MEETINGS, MIN_WORD, matches
from engagetrack.store.like import contains_folded, contains_text
from engagetrack.store.models import (
    Assessment,
    Attachment,
    AttachmentContent,
    Commitment,
    Contact,
    Meeting,
    Organization,
    Principle,
    StageChange,
)


@dataclass(frozen=True)
class Hit:
    entity: str  # organization, contact, meeting, commitment, assessment, stage_change, attachment
    record_id: int
    title: str
    detail: str
    organization_id: int | None = None
    classification: Classification = Classification.UNCLASSIFIED
    match: str = ""  # where the words are: "summary: …with Microsoft…"
    # the record to show for it, when that is another one (an assessment: its organization)
    opens: tuple[str, int] | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "id": self.record_id,
            "title": self.title,
            "classification": self.classification.value,
            "match": self.match,
        }


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
        *_assessments(session, words, limit),
        *_stage_changes(session, words, limit),
        *_attachments(session, words, limit),
    ]


def search_everywhere(session: Session, text: str, *, limit: int = 50) -> list[Hit]:
    """At most `limit` hits in all, of every kind (the command line's search)."""
    return search(session, text, limit=limit)[:limit]


def _every_word(
    words: list[str], *columns: Any, contains: Callable[[Any, str], Any] = contains_text
) -> list[ColumnElement[bool]]:
    """Each word in one of the columns; `contains=contains_folded` ignores accents too (the
    small tables: organizations, contacts)."""
    return [or_(*(contains(c, w) for c in columns)) for w in words]


def _texts(names: tuple[str, ...], values: tuple[Any, ...]) -> list[tuple[str, str | None]]:
    return list(zip(names, (v if isinstance(v, str) else None for v in values), strict=True))


ORG_TEXTS = ("name", "country", "sector", "lead_official", "website", "notes")


def _organizations(session: Session, words: list[str], limit: int) -> list[Hit]:
    columns = [getattr(Organization, c) for c in ORG_TEXTS]
    rows = session.execute(
        select(
            Organization.id,
            Organization.stage,
            Organization.archived,
            Organization.classification,
            *columns,
        )
        .where(*_every_word(words, *columns, contains=contains_folded))
        # organizations whose name holds the words come before those matched by sector or
        # country ("public safety" finds Public Safety Canada before every ministry)
        .order_by(
            Organization.archived,
            case(
                (and_(*_every_word(words, Organization.name, contains=contains_folded)), 0), else_=1
            ),
            Organization.name,
        )
        .limit(limit)
    )
    hits = []
    for oid, stage, archived, level, *texts in rows:
        name, country = texts[0], texts[1]
        detail = " · ".join(
            x for x in (stage.value, country or "", "archived" if archived else "") if x
        )
        found = match_text(_texts(ORG_TEXTS, tuple(texts)), words)
        hits.append(Hit("organization", oid, name, detail, oid, level, found))
    return hits


CONTACT_TEXTS = ("name", "title", "email", "phone", "notes")


def _contacts(session: Session, words: list[str], limit: int) -> list[Hit]:
    columns = [getattr(Contact, c) for c in CONTACT_TEXTS]
    rows = session.execute(
        select(
            Contact.id, Organization.name, Organization.id, Organization.classification, *columns
        )
        .join(Organization, Organization.id == Contact.organization_id)
        .where(*_every_word(words, *columns, Organization.name, contains=contains_folded))
        .order_by(Contact.name)
        .limit(limit)
    )
    hits = []
    for cid, org_name, oid, level, *texts in rows:
        name, title = texts[0], texts[1]
        found = match_text(
            [*_texts(CONTACT_TEXTS, tuple(texts)), ("organization", org_name)], words
        )
        detail = " · ".join(x for x in (title or "", org_name) if x)
        hits.append(Hit("contact", cid, name, detail, oid, level, found))
    return hits


def _meetings(session: Session, words: list[str], limit: int) -> list[Hit]:
    where = [matches(MEETINGS, Meeting.id.expression, w) for w in words]
    columns = [getattr(Meeting, c) for c in MEETINGS.columns]
    rows = session.execute(
        select(Meeting.id, Meeting.held_on, Meeting.kind, Meeting.classification, *columns)
        .where(and_(true(), *(w for w in where if w is not None)))
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        .limit(limit)
    )
    hits = []
    for mid, held_on, kind, level, *texts in rows:
        found = match_text(_texts(MEETINGS.columns, tuple(texts)), words)
        detail = f"{held_on.isoformat()} · {kind.value}"
        hits.append(Hit("meeting", mid, texts[0], detail, None, level, found))
    return hits


def _commitments(session: Session, words: list[str], limit: int) -> list[Hit]:
    clauses = [word_or_organization(word) for word in words]
    columns = [getattr(Commitment, c) for c in COMMITMENTS.columns]
    rows = session.execute(
        select(
            Commitment.id,
            Commitment.due_on,
            Commitment.status,
            Commitment.classification,
            Organization.name,
            Organization.id,
            *columns,
        )
        .join(Organization, Organization.id == Commitment.organization_id)
        .where(*clauses)
        .order_by(Commitment.due_on.desc(), Commitment.id.desc())
        .limit(limit)
    )
    hits = []
    for pid, due_on, status, level, org_name, oid, *texts in rows:
        due = f"due {due_on.isoformat()}" if isinstance(due_on, date) else ""
        found = match_text(
            [*_texts(COMMITMENTS.columns, tuple(texts)), ("organization", org_name)], words
        )
        detail = " · ".join(x for x in (org_name, status.value, due) if x)
        hits.append(Hit("commitment", pid, texts[0], detail, oid, level, found))
    return hits


def _assessments(session: Session, words: list[str], limit: int) -> list[Hit]:
    rows = session.execute(
        select(
            Assessment.id,
            Assessment.status,
            Assessment.evidence,
            Assessment.source,
            Principle.number,
            Organization.name,
            Organization.id,
            Organization.classification,
        )
        .join(Organization, Organization.id == Assessment.organization_id)
        .join(Principle, Principle.id == Assessment.principle_id)
        .where(*_every_word(words, Assessment.evidence, Assessment.source, Organization.name))
        # an organization's own name matches its every assessment: those are not news
        .where(or_(*_every_word(words, Assessment.evidence, Assessment.source)))
        .order_by(Organization.name, Principle.number)
        .limit(limit)
    )
    hits = []
    for aid, status, evidence, source, number, org_name, oid, level in rows:
        found = match_text([("evidence", evidence), ("source", source)], words)
        title = f"{org_name} · P{number}"
        hits.append(
            Hit("assessment", aid, title, status.value, oid, level, found, ("organization", oid))
        )
    return hits


def _stage_changes(session: Session, words: list[str], limit: int) -> list[Hit]:
    rows = session.execute(
        select(
            StageChange.id,
            StageChange.changed_on,
            StageChange.to_stage,
            StageChange.note,
            Organization.name,
            Organization.id,
            Organization.classification,
        )
        .join(Organization, Organization.id == StageChange.organization_id)
        .where(*_every_word(words, StageChange.note))
        .order_by(StageChange.changed_on.desc(), StageChange.id.desc())
        .limit(limit)
    )
    hits = []
    for sid, changed_on, to_stage, note, org_name, oid, level in rows:
        found = match_text([("note", note)], words)
        detail = f"{changed_on.isoformat()} · {to_stage.value}"
        hits.append(
            Hit("stage_change", sid, org_name, detail, oid, level, found, ("organization", oid))
        )
    return hits


def _attachments(session: Session, words: list[str], limit: int) -> list[Hit]:
    ids = (
        select(Attachment.id)
        .outerjoin(AttachmentContent, AttachmentContent.attachment_id == Attachment.id)
        .where(
            *(
                or_(
                    contains_text(Attachment.file_name, w),
                    contains_text(Attachment.note, w),
                    contains_text(AttachmentContent.text, strip_accents(w)),
                )
                for w in words
            )
        )
        .order_by(Attachment.created_at.desc(), Attachment.id.desc())
        .limit(limit)
    )
    found_ids = list(session.scalars(ids))
    if not found_ids:
        return []
    rows = session.execute(
        select(Attachment, AttachmentContent.text)
        .outerjoin(AttachmentContent, AttachmentContent.attachment_id == Attachment.id)
        .where(Attachment.id.in_(found_ids))
    )
    by_id = {a.id: (a, text) for a, text in rows}
    hits = []
    for aid in found_ids:
        attachment, text = by_id[aid]
        owner = next(
            (e, getattr(attachment, f"{e}_id"))
            for e in ("organization", "meeting", "commitment")
            if getattr(attachment, f"{e}_id") is not None
        )
        found = match_text(
            [("file name", attachment.file_name), ("note", attachment.note), ("text", text)],
            words,
        )
        hits.append(
            Hit(
                "attachment",
                aid,
                attachment.file_name,
                attachment.note or f"SHA-256 {attachment.sha256[:12]}…",
                attachment.organization_id,
                attachment.classification,
                found,
                owner,
            )
        )
    return hits
