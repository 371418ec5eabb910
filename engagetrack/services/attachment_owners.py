"""Which record an attachment belongs to: an organization, a meeting or a commitment, named
by its entity and id, and the rule that a record holding files is not deleted from under them.

Apart from attachments.py so that the meetings and commitments services can ask it without
importing the whole of the attachments service (which imports them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from engagetrack.domain.messages import t
from engagetrack.domain.validation import ValidationError
from engagetrack.store.models import Attachment

OWNERS = ("organization", "meeting", "commitment")


def owner_column(entity: str) -> InstrumentedAttribute[Any]:
    """The attachments' column that points at a record of kind `entity`."""
    if entity not in OWNERS:
        raise ValidationError.single(
            "entity", t("Files can be attached to organizations, meetings and commitments.")
        )
    column: InstrumentedAttribute[Any] = getattr(Attachment, f"{entity}_id")
    return column


def owned_by(entity: str, record_id: int) -> ColumnElement[bool]:
    return owner_column(entity) == record_id


def owner_of(attachment: Attachment) -> tuple[str, int]:
    """(entity, id) of the record the attachment belongs to."""
    for entity in OWNERS:
        value = getattr(attachment, f"{entity}_id")
        if value is not None:
            return entity, int(value)
    raise ValueError(f"attachment {attachment.id} has no owner")  # the CHECK forbids it


def count_for(session: Session, entity: str, record_id: int) -> int:
    query = select(func.count()).select_from(Attachment).where(owned_by(entity, record_id))
    return int(session.scalar(query) or 0)


def refuse_if_attached(session: Session, entity: str, record_id: int) -> None:
    """A record holding files keeps them: remove each one first (each removal is audited)."""
    count = count_for(session, entity, record_id)
    if count:
        raise ValidationError.single(
            "attachments",
            t(
                "This record holds {count} attached file(s); remove them first (each removal"
                " is recorded with its reason).",
                count=count,
            ),
        )
