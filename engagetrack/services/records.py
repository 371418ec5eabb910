"""The steps every service shares around one record: find it or refuse, add it, change it
(each audited in the caller's transaction, with the same wording), and copy it into the
plain view an editor shows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from typing import Any, TypeVar, cast

from sqlalchemy.orm import Session

from engagetrack.domain.messages import deferred, t
from engagetrack.domain.validation import ValidationError
from engagetrack.services import audit
from engagetrack.services.changes import apply_values, removal, snapshot

M = TypeVar("M")
# French needs each kind of record's gender, so each has its own sentence
_MISSING = {
    "organization": deferred("There is no organization {id}."),
    "contact": deferred("There is no contact {id}."),
    "meeting": deferred("There is no meeting {id}."),
    "commitment": deferred("There is no commitment {id}."),
    "assessment": deferred("There is no assessment {id}."),
    "briefing_note": deferred("There is no briefing note {id}."),
}
V = TypeVar("V")


def get_or_refuse(session: Session, model: type[M], record_id: int, entity: str) -> M:
    """The record, or a ValidationError naming what is missing ("There is no meeting 7.")."""
    record = session.get(model, record_id)
    if record is None:
        message = _MISSING.get(entity, deferred("There is no {entity} {id}."))
        raise ValidationError.single(entity, t(message, entity=entity, id=record_id))
    return record


def add_audited(
    session: Session,
    entity: str,
    record: Any,
    fields: Iterable[str],
    extra: Mapping[str, list[Any]] | None = None,
) -> None:
    """Add the record, give it its id, and audit its creation with these fields' values."""
    session.add(record)
    session.flush()
    audit.write_entry(
        session, entity, record.id, "create", {**snapshot(record, fields), **(extra or {})}
    )


def update_audited(
    session: Session,
    entity: str,
    record: Any,
    data: Mapping[str, Any],
    *,
    unaudited: Iterable[str] = (),
) -> dict[str, list[Any]]:
    """Apply the values and audit what changed (leaving out derived keys); the changes."""
    changed = apply_values(record, dict(data))
    for key in unaudited:
        changed.pop(key, None)
    audit.write_entry(session, entity, record.id, "update", changed)
    return changed


# what the audit keeps of an organization's contacts and assessments deleted with it
CONTACT_FIELDS = ("name", "title", "email", "phone", "notes")
ASSESSMENT_FIELDS = ("status", "evidence", "source", "assessed_on")


def delete_audited(session: Session, entity: str, record: Any, fields: Sequence[str]) -> None:
    """Delete one record, its last values kept in full in the audit entry."""
    audit.write_entry(session, entity, record.id, "delete", removal(record, fields))
    session.delete(record)


def view_of(view: type[V], record: Any, **computed: Any) -> V:
    """The dataclass `view` of a record: each field the record's attribute of the same name,
    unless given here (numbers and ids of linked records, say)."""
    names = [f.name for f in fields(cast(Any, view))]
    return view(**{n: computed[n] if n in computed else getattr(record, n) for n in names})
