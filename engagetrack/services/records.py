"""The steps every service shares around one record: find it or refuse, add it, change it
(each audited in the caller's transaction, with the same wording), and copy it into the
plain view an editor shows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from typing import Any, TypeVar, cast

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from engagetrack.domain.messages import deferred, t
from engagetrack.domain.validation import ValidationError
from engagetrack.services import audit
from engagetrack.services.changes import apply_values, removal, snapshot
from engagetrack.store.errors import StaleRecordError
from engagetrack.store.models import Assessment, Commitment, Contact, Meeting, Organization

M = TypeVar("M")
# French needs each kind of record's gender, so each has its own sentence
_MISSING = {
    "organization": deferred("There is no organization {id}."),
    "contact": deferred("There is no contact {id}."),
    "meeting": deferred("There is no meeting {id}."),
    "commitment": deferred("There is no commitment {id}."),
    "assessment": deferred("There is no assessment {id}."),
    "briefing_note": deferred("There is no briefing note {id}."),
    "attachment": deferred("There is no attached file {id}."),
}
V = TypeVar("V")


def get_or_refuse(session: Session, model: type[M], record_id: int, entity: str) -> M:
    """The record, or a ValidationError naming what is missing ("There is no meeting 7.").

    When the caller said which version its edit is based on (`expect_version`), a record
    someone else has changed since is refused with who and when (StaleRecordError)."""
    record = session.get(model, record_id)
    if record is None:
        message = _MISSING.get(entity, deferred("There is no {entity} {id}."))
        raise ValidationError.single(entity, t(message, entity=entity, id=record_id))
    check_version(session, entity, record)
    return record


def check_version(session: Session, entity: str, record: Any) -> None:
    """Refuse (StaleRecordError, naming who and when) to change a record that someone else
    has changed since the version this transaction's edit is based on (`expect_version`)."""
    expected = session.info.get(_EXPECTED, {}).get((entity, record.id))
    if expected is not None and getattr(record, "version", expected) != expected:
        raise StaleRecordError(changed_since_message(session, entity, record.id))


_EXPECTED = "expected_versions"


def expect_version(session: Session, entity: str, record_id: int, version: int) -> None:
    """This transaction edits the record as it was at `version` (what the user's form
    shows): get_or_refuse refuses it if someone has changed it since. The version column
    (models.Timestamped) refuses the rest: a change made between that check and the write."""
    session.info.setdefault(_EXPECTED, {})[(entity, record_id)] = version


def current_version(session: Session, entity: str, record_id: int) -> int | None:
    """The record's version as this transaction sees it (after its own changes); None for a
    kind of record without versions, or one that is gone."""
    model = _VERSIONED.get(entity)
    if model is None:
        return None
    session.flush()
    record = session.get(model, record_id)
    return None if record is None else int(record.version)


_VERSIONED: dict[str, type[Any]] = {
    "organization": Organization,
    "contact": Contact,
    "meeting": Meeting,
    "commitment": Commitment,
    "assessment": Assessment,
}


def changed_since_message(session: Session, entity: str, record_id: int) -> str:
    """ "Changed by X on date at time" from the record's newest audit entry."""
    newest = audit.entries(session, limit=1, entity=entity, entity_id=record_id)
    if not newest:
        return t(
            "Someone else has changed this record since you opened it. Nothing was saved;"
            " your input is still here. Reload to see their version."
        )
    entry = newest[0]
    return t(
        "{who} changed this record on {when}, after you opened it. Nothing was saved; your"
        " input is still here. Reload to see their version.",
        who=entry.user,
        when=entry.at.astimezone().strftime("%Y-%m-%d %H:%M"),
    )


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


# what the audit names first of an organization's contacts and assessments deleted with it
# (every other stored field follows: see stored_fields)
CONTACT_FIELDS = ("organization_id", "name", "title", "email", "phone", "notes")
ASSESSMENT_FIELDS = (
    "organization_id",
    "principle_id",
    "status",
    "evidence",
    "source",
    "assessed_on",
    "assessed_by",
)
# derived or bookkeeping columns a deleted record's audit entry need not repeat
_NOT_KEPT = frozenset({"id", "version", "name_key", "title_key", "description_key"})


def stored_fields(record: Any) -> list[str]:
    """Every column the record stores, bar its id and the keys derived from its other fields:
    what a deletion's audit entry keeps, so that the trail alone can rebuild the record."""
    return [a.key for a in sa_inspect(record).mapper.column_attrs if a.key not in _NOT_KEPT]


def deletion(record: Any, fields: Sequence[str] = ()) -> dict[str, list[Any]]:
    """The audit 'changes' of a deleted record: `fields` first, then every other column."""
    names = list(fields) + [f for f in stored_fields(record) if f not in fields]
    return removal(record, names)


def delete_audited(
    session: Session,
    entity: str,
    record: Any,
    fields: Sequence[str] = (),
    *,
    reason: str | None = None,
    extra: Mapping[str, list[Any]] | None = None,
) -> None:
    """Delete one record, its last values kept in full in the audit entry with the user's
    `reason` for deleting it."""
    changes = {**deletion(record, fields), **(extra or {})}
    audit.write_entry(session, entity, record.id, "delete", changes, reason=clean_reason(reason))
    session.delete(record)


def clean_reason(reason: str | None) -> str | None:
    """The reason as the audit keeps it: trimmed, None when blank."""
    text = " ".join((reason or "").split())
    return text[:2000] or None


def view_of(view: type[V], record: Any, **computed: Any) -> V:
    """The dataclass `view` of a record: each field the record's attribute of the same name,
    unless given here (numbers and ids of linked records, say)."""
    names = [f.name for f in fields(cast(Any, view))]
    return view(**{n: computed[n] if n in computed else getattr(record, n) for n in names})
