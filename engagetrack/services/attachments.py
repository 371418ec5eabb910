"""Attachments: any file (a letter, a transparency report, meeting notes, an e-mail) kept
inside the register with an organization, a meeting or a commitment.

One file stays one file (backups carry the attachments with everything else). Each file is
kept byte for byte with its name, size, SHA-256, who added it and when, a marking and a
note; at most MAX_BYTES; a file identical to one already attached to the same record is
pointed out, not stored twice. Adding and removing are audited; a removal gives a reason.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.orm import Session

from engagetrack.domain.messages import t
from engagetrack.domain.validation import MAX_TEXT_LENGTH, ValidationError, clean_text
from engagetrack.domain.vocabularies import Classification
from engagetrack.services import audit
from engagetrack.services.attachment_owners import OWNERS, owned_by, owner_of
from engagetrack.services.attachment_text import readable_text
from engagetrack.services.records import add_audited, delete_audited, get_or_refuse
from engagetrack.store.models import (
    Attachment,
    AttachmentContent,
    Commitment,
    Meeting,
    Organization,
    meeting_organizations,
)

ENTITY = "attachment"
MAX_BYTES = 50 * 1024 * 1024
MAX_NAME = 255
FIELDS = (
    "organization_id",
    "meeting_id",
    "commitment_id",
    "file_name",
    "size",
    "sha256",
    "added_by",
    "classification",
    "note",
)
_MODELS: dict[str, Any] = {
    "organization": Organization,
    "meeting": Meeting,
    "commitment": Commitment,
}


@dataclass(frozen=True)
class AttachmentView:
    """What an attachment is, without its bytes."""

    id: int
    entity: str  # the owner's kind: organization, meeting or commitment
    entity_id: int
    owner: str  # the owner as a person names it (a name, "2026-09-14 Title", a description)
    file_name: str
    size: int
    sha256: str
    added_by: str
    created_at: datetime
    classification: Classification
    note: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "owner": self.owner,
            "file_name": self.file_name,
            "size": self.size,
            "sha256": self.sha256,
            "added_by": self.added_by,
            "added_at": self.created_at.isoformat(),
            "classification": self.classification.value,
            "note": self.note,
        }


@dataclass(frozen=True)
class Attached:
    """The outcome of attaching: the attachment, and whether it was there already."""

    attachment: AttachmentView
    duplicate: bool  # True: an identical file was already attached; nothing was stored


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def check_size(file_name: str, size: int) -> None:
    if size > MAX_BYTES:
        raise ValidationError.single(
            "file",
            t(
                "{name} is {size} MB; a file of at most {limit} MB can be attached. Nothing"
                " was attached.",
                name=file_name,
                size=megabytes(size),
                limit=MAX_BYTES // (1024 * 1024),
            ),
        )


def attach_file(
    session: Session,
    entity: str,
    record_id: int,
    path: Path,
    *,
    classification: Classification | str | None = None,
    note: str | None = None,
) -> Attached:
    """Attach the file at `path` (its size is checked before a byte of it is read)."""
    if not path.is_file():
        raise ValidationError.single("file", t("{path} is not a file.", path=path))
    try:
        check_size(path.name, path.stat().st_size)
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError.single(
            "file",
            t("{path} could not be read: {reason}.", path=path, reason=exc.strerror or exc),
        ) from None
    return attach_bytes(
        session, entity, record_id, path.name, data, classification=classification, note=note
    )


def attach_bytes(
    session: Session,
    entity: str,
    record_id: int,
    file_name: str,
    data: bytes,
    *,
    classification: Classification | str | None = None,
    note: str | None = None,
) -> Attached:
    """Keep `data` under `file_name` with the record; an identical file already attached to
    it is pointed out (`duplicate`) and nothing is stored."""
    owner = get_or_refuse(session, _model(entity), record_id, entity)
    name = _clean_name(file_name)
    check_size(name, len(data))
    level = _level(classification, owner.classification)
    text_note = clean_text(note)
    if text_note is not None and len(text_note) > MAX_TEXT_LENGTH:
        raise ValidationError.single(
            "note", t("The note is too long (at most {limit} characters).", limit=MAX_TEXT_LENGTH)
        )
    digest = hashlib.sha256(data).hexdigest()
    same = session.scalar(
        select(Attachment.id).where(owned_by(entity, record_id), Attachment.sha256 == digest)
    )
    if same is not None:
        return Attached(view(session, same), duplicate=True)
    attachment = Attachment(
        file_name=name,
        size=len(data),
        sha256=digest,
        added_by=audit.current_user(session),
        classification=level,
        note=text_note,
        **{f"{entity}_id": record_id},
    )
    add_audited(session, ENTITY, attachment, FIELDS)
    session.add(
        AttachmentContent(attachment_id=attachment.id, data=data, text=readable_text(name, data))
    )
    session.flush()
    return Attached(view(session, attachment.id), duplicate=False)


def _model(entity: str) -> Any:
    if entity not in OWNERS:
        raise ValidationError.single(
            "entity", t("Files can be attached to organizations, meetings and commitments.")
        )
    return _MODELS[entity]


def _clean_name(file_name: str) -> str:
    # only the last part of a path: a name from elsewhere never says where to write
    name = " ".join(file_name.replace("\\", "/").rsplit("/", 1)[-1].split())
    if not name or name in (".", ".."):
        raise ValidationError.single("file", t("The file has no name."))
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[: MAX_NAME - len(suffix) - 1] + dot + suffix) if dot else name[:MAX_NAME]
    return name


def _level(given: Classification | str | None, owner_level: Classification) -> Classification:
    """The marking given, else the record's own (a file with a PROTECTED meeting is too)."""
    if given is None or given == "":
        return owner_level
    if isinstance(given, Classification):
        return given
    try:
        return Classification.parse(given)
    except ValueError as exc:
        raise ValidationError.single("classification", str(exc)) from None


def _views(session: Session, where: Any) -> list[AttachmentView]:
    query = (
        select(
            Attachment,
            Organization.name,
            Meeting.held_on,
            Meeting.title,
            Commitment.description,
        )
        .outerjoin(Organization, Organization.id == Attachment.organization_id)
        .outerjoin(Meeting, Meeting.id == Attachment.meeting_id)
        .outerjoin(Commitment, Commitment.id == Attachment.commitment_id)
        .where(where)
        .order_by(Attachment.created_at, Attachment.id)
    )
    found = []
    for attachment, org_name, held_on, title, description in session.execute(query):
        entity, record_id = owner_of(attachment)
        owner = {
            "organization": org_name,
            "meeting": f"{held_on.isoformat()} {title}" if held_on else title,
            "commitment": description,
        }[entity]
        found.append(
            AttachmentView(
                attachment.id,
                entity,
                record_id,
                owner or "",
                attachment.file_name,
                attachment.size,
                attachment.sha256,
                attachment.added_by,
                attachment.created_at,
                attachment.classification,
                attachment.note,
            )
        )
    return found


def view(session: Session, attachment_id: int) -> AttachmentView:
    found = _views(session, Attachment.id == attachment_id)
    if not found:
        get_or_refuse(session, Attachment, attachment_id, ENTITY)  # raises: there is none
    return found[0]


def of_record(session: Session, entity: str, record_id: int) -> list[AttachmentView]:
    """The files attached to one record, oldest first."""
    return _views(session, owned_by(entity, record_id))


def of_organization(session: Session, org_id: int) -> list[AttachmentView]:
    """The files of an organization, of the meetings it attended and of its commitments."""
    meetings = select(meeting_organizations.c.meeting_id).where(
        meeting_organizations.c.organization_id == org_id
    )
    commitments = select(Commitment.id).where(Commitment.organization_id == org_id)
    return _views(
        session,
        sa.or_(
            Attachment.organization_id == org_id,
            Attachment.meeting_id.in_(meetings),
            Attachment.commitment_id.in_(commitments),
        ),
    )


def every_attachment(session: Session) -> list[AttachmentView]:
    return _views(session, sa.true())


def content(session: Session, attachment_id: int) -> bytes:
    """The file, byte for byte."""
    data = session.scalar(
        select(AttachmentContent.data).where(AttachmentContent.attachment_id == attachment_id)
    )
    if data is None:
        get_or_refuse(session, Attachment, attachment_id, ENTITY)
        raise ValidationError.single("file", t("The attached file's content is missing."))
    return bytes(data)


def remove(session: Session, attachment_id: int, *, reason: str | None = None) -> None:
    """Remove an attached file; the audit entry keeps what it was (name, size, SHA-256, who
    added it, its marking and note) and the user's `reason`."""
    attachment = get_or_refuse(session, Attachment, attachment_id, ENTITY)
    session.execute(
        sa.delete(AttachmentContent).where(AttachmentContent.attachment_id == attachment_id)
    )
    delete_audited(session, ENTITY, attachment, FIELDS, reason=reason)
