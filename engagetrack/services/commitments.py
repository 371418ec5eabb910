"""Commitments: who promised what, by when, and whether it was done."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagetrack.domain import rules
from engagetrack.domain.messages import deferred, t
from engagetrack.domain.validation import (
    MAX_TEXT_LENGTH,
    Checker,
    ValidationError,
    clean_text,
    name_key,
)
from engagetrack.domain.vocabularies import Classification, CommitmentStatus
from engagetrack.services import meetings as meeting_service
from engagetrack.services import organizations as orgs
from engagetrack.services.attachment_owners import refuse_if_attached
from engagetrack.services.changes import reject_unknown
from engagetrack.services.principles import id_by_number, principle_id
from engagetrack.services.records import (
    add_audited,
    delete_audited,
    get_or_refuse,
    update_audited,
)
from engagetrack.store.models import Commitment

ENTITY = "commitment"
FIELDS = (
    "organization_id",
    "description",
    "principle_id",
    "meeting_id",
    "owner",
    "due_on",
    "status",
    "completed_on",
    "classification",
    "notes",
)
# callers may give the principle by its number (1..11) instead of its id
INPUTS = (*FIELDS, "principle_number")
# the fields `clean_values` has a rule of their own for; every other is free text
_RULED = frozenset(
    {
        "organization_id",
        "principle_number",
        "principle_id",
        "meeting_id",
        "due_on",
        "completed_on",
        "status",
        "classification",
    }
)


def today() -> date:
    return date.today()


def is_overdue(status: CommitmentStatus, due_on: date | None, on: date | None = None) -> bool:
    """Open or in progress and due before today (or `on`): derived, never stored."""
    return rules.is_overdue(status, due_on, on or today())


def get(session: Session, commitment_id: int) -> Commitment:
    return get_or_refuse(session, Commitment, commitment_id, ENTITY)


def find(session: Session, organization_id: int, description: str) -> Commitment | None:
    return session.scalar(
        select(Commitment).where(
            Commitment.organization_id == organization_id,
            Commitment.description_key == name_key(description),
        )
    )


def _clean(session: Session, values: Mapping[str, Any]) -> dict[str, Any]:
    return clean_values(
        values,
        principle_id=lambda number: principle_id(session, number),
        principle_ids=lambda: id_by_number(session).values(),
        check_organization=lambda org_id: orgs.get(session, org_id),
        check_meeting=lambda meeting_id: meeting_service.get(session, meeting_id),
    )


def clean_values(
    values: Mapping[str, Any],
    *,
    principle_id: Callable[[int], int],
    principle_ids: Callable[[], Iterable[int]],
    check_organization: Callable[[int], object],
    check_meeting: Callable[[int], object],
) -> dict[str, Any]:
    """The field rules of create and update; the callables resolve and check references."""
    check = Checker()
    out: dict[str, Any] = {}
    for field, raw in values.items():
        if field not in _RULED:  # the free texts, most of a commitment's fields: first
            text = clean_text(raw)
            if field == "description":
                check.required("description", text, deferred("Description"))
            check.max_length(field, text, 200 if field == "owner" else MAX_TEXT_LENGTH)
            out[field] = text
        elif field == "organization_id":
            if raw is None:
                check.add("organization_id", t("Choose who made the commitment."))
            else:
                check_organization(int(raw))
                out[field] = int(raw)
        elif field == "principle_number":
            out["principle_id"] = None if raw in (None, "") else principle_id(int(raw))
        elif field == "principle_id":
            # an unknown id would otherwise surface as a raw foreign-key error at commit
            if raw is not None and int(raw) not in principle_ids():
                check.add("principle", t("There is no principle with id {id}.", id=raw))
            out[field] = None if raw is None else int(raw)
        elif field == "meeting_id":
            if raw is not None:
                check_meeting(int(raw))
            out[field] = None if raw is None else int(raw)
        elif field in ("due_on", "completed_on"):
            if raw is not None and not isinstance(raw, date):
                check.add(field, t("must be a date."))
            out[field] = raw
        elif field == "status":
            out[field] = check.vocab(field, raw, CommitmentStatus, deferred("Status"))
        elif field == "classification":
            out[field] = check.vocab(field, raw, Classification, deferred("Classification"))
    if isinstance(out.get("completed_on"), date) and out["completed_on"] > today():
        check.add("completed_on", t("{label} cannot be in the future.", label=t("Completed on")))
    check.raise_if_any()
    return out


def status_rules(record: Any, data: dict[str, Any]) -> None:
    """Done gets a completion date (today unless given); other statuses have none."""
    status = data.get("status", record.status)
    if status is CommitmentStatus.DONE:
        if data.get("completed_on", record.completed_on) is None:
            data["completed_on"] = today()
    elif "status" in data:
        data["completed_on"] = None


def _check_unique(
    session: Session, organization_id: int, description: str, own_id: int | None
) -> None:
    clash = find(session, organization_id, description)
    if clash is not None and clash.id != own_id:
        raise ValidationError.single(
            "description", "This organization already has a commitment with that description."
        )


def create(session: Session, values: Mapping[str, Any]) -> Commitment:
    reject_unknown(values, INPUTS)
    data = _clean(session, {"organization_id": None, "description": None, **values})
    _check_unique(session, data["organization_id"], data["description"], None)
    commitment = Commitment(
        organization_id=data["organization_id"],
        description=data["description"],
        status=CommitmentStatus.OPEN,
        classification=Classification.UNCLASSIFIED,
    )
    status_rules(commitment, data)
    for field, value in data.items():
        setattr(commitment, field, value)
    commitment.description_key = name_key(commitment.description)
    add_audited(session, ENTITY, commitment, FIELDS)
    return commitment


def update(session: Session, commitment_id: int, values: Mapping[str, Any]) -> Commitment:
    reject_unknown(values, INPUTS)
    commitment = get(session, commitment_id)
    data = _clean(session, values)
    if "description" in data or "organization_id" in data:
        org_id = data.get("organization_id", commitment.organization_id)
        description = data.get("description", commitment.description)
        _check_unique(session, org_id, description, commitment.id)
        data["description_key"] = name_key(description)
    status_rules(commitment, data)
    update_audited(session, ENTITY, commitment, data, unaudited=("description_key",))
    return commitment


def set_status(
    session: Session,
    commitment_id: int,
    status: CommitmentStatus | str,
    *,
    completed_on: date | None = None,
) -> Commitment:
    """The quick status change; Done fills the completion date."""
    values: dict[str, Any] = {"status": status}
    if completed_on is not None:
        values["completed_on"] = completed_on
    return update(session, commitment_id, values)


def delete(session: Session, commitment_id: int, *, reason: str | None = None) -> None:
    """Delete a commitment, every field and `reason` kept in the audit entry; refused while
    files are attached to it."""
    commitment = get(session, commitment_id)
    refuse_if_attached(session, "commitment", commitment.id)
    delete_audited(session, ENTITY, commitment, FIELDS, reason=reason)
