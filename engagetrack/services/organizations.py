"""Organizations: create, edit, move along the pipeline, archive, delete or merge."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagetrack.domain.field_labels import field_label
from engagetrack.domain.messages import deferred, t
from engagetrack.domain.validation import (
    MAX_NAME_LENGTH,
    MAX_TEXT_LENGTH,
    Checker,
    ValidationError,
    clean_text,
    name_key,
)
from engagetrack.domain.vocabularies import Classification, OrgKind, Priority, Stage
from engagetrack.services import audit
from engagetrack.services.changes import apply_values, reject_unknown
from engagetrack.services.records import (
    ASSESSMENT_FIELDS,
    CONTACT_FIELDS,
    add_audited,
    clean_reason,
    delete_audited,
    get_or_refuse,
    update_audited,
)
from engagetrack.services.stage_dates import correct_stage_since
from engagetrack.store.models import (
    Assessment,
    Attachment,
    Commitment,
    Organization,
    StageChange,
    meeting_organizations,
)

ENTITY = "organization"
EDITABLE = (
    "name",
    "kind",
    "country",
    "sector",
    "website",
    "priority",
    "lead_official",
    "classification",
    "notes",
    "archived",
)
# stage fields are set by change_stage, or given once at creation / import
STAGE_FIELDS = ("stage", "stage_since", "endorsed_on")
AUDITED = EDITABLE + STAGE_FIELDS

_VOCABS: dict[str, Any] = {
    "kind": OrgKind,
    "priority": Priority,
    "classification": Classification,
    "stage": Stage,
}
_TEXT_LIMITS = {
    "country": 100,
    "sector": 100,
    "website": 300,
    "lead_official": 200,
    "notes": MAX_TEXT_LENGTH,
}


def today() -> date:
    return date.today()


def get(session: Session, org_id: int) -> Organization:
    return get_or_refuse(session, Organization, org_id, ENTITY)


def find_by_name(session: Session, name: str) -> Organization | None:
    return session.scalar(select(Organization).where(Organization.name_key == name_key(name)))


def similar_names(
    session: Session, name: str, *, limit: int = 3, exclude_id: int | None = None
) -> list[str]:
    """Existing names close to `name`: likely duplicates worth a second look."""
    key = name_key(name)
    if not key:
        return []
    query = select(Organization.id, Organization.name, Organization.name_key)
    rows = [(i, n, k) for i, n, k in session.execute(query) if i != exclude_id]
    keys = [k for _, _, k in rows]
    close = set(difflib.get_close_matches(key, keys, n=limit, cutoff=0.8))
    close |= {k for k in keys if len(key) >= 4 and k != key and (key in k or k in key)}
    return [n for _, n, k in rows if k in close][:limit]


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    """Normalise and validate a set of field values; ValidationError lists every problem."""
    check = Checker()
    out: dict[str, Any] = {}
    for field, raw in values.items():
        if field in _VOCABS:
            enum = _VOCABS[field]
            if raw is None or raw == "":
                check.add(field, t("{label} is required.", label=_label(field)))
                continue
            try:
                out[field] = raw if isinstance(raw, enum) else enum.parse(str(raw))
            except ValueError as exc:
                check.add(field, t("{label} {problem}.", label=_label(field), problem=exc))
        elif field == "archived":
            out[field] = bool(raw)
        elif field in ("stage_since", "endorsed_on"):
            if raw is not None and not isinstance(raw, date):
                check.add(field, t("must be a date."))
            out[field] = raw
        elif field == "name":
            text = clean_text(raw)
            check.required("name", text, deferred("Name"))
            check.max_length("name", text, MAX_NAME_LENGTH, deferred("Name"))
            out[field] = " ".join(text.split()) if text else text
        else:
            text = clean_text(raw)
            check.max_length(field, text, _TEXT_LIMITS.get(field, MAX_TEXT_LENGTH))
            out[field] = text
    for field in ("stage_since", "endorsed_on"):
        if isinstance(out.get(field), date) and out[field] > today():
            check.add(field, t("{label} cannot be in the future.", label=_label(field)))
    check.raise_if_any()
    return out


def clean_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The field rules of create and update, without the database (bulk import uses them)."""
    return _clean(values)


def check_stage_date(stage_since: date | None, when: date) -> None:
    """The date rules of a stage change: not in the future, not before the current stage."""
    if when > today():
        raise ValidationError.single(
            "changed_on", t("The date of a stage change cannot be in the future.")
        )
    if stage_since is not None and when < stage_since:
        raise ValidationError.single(
            "changed_on",
            t(
                "The date cannot be before the current stage began ({date}).",
                date=stage_since.isoformat(),
            ),
        )


def _label(field: str) -> str:
    return field_label(field)


def _check_unique(session: Session, name: str, own_id: int | None) -> None:
    clash = find_by_name(session, name)
    if clash is not None and clash.id != own_id:
        raise ValidationError.single(
            "name", t('An organization named "{name}" already exists.', name=clash.name)
        )


def create(session: Session, values: Mapping[str, Any], *, note: str | None = None) -> Organization:
    """Add an organization; its first stage is recorded in the pipeline history."""
    reject_unknown(values, AUDITED)
    if "name" not in values:
        raise ValidationError.single("name", t("{label} is required.", label=t("Name")))
    data = _clean(values)
    _check_unique(session, data["name"], None)
    stage = data.pop("stage", Stage.IDENTIFIED)
    stage_since = data.pop("stage_since", None) or today()
    endorsed_on = data.pop("endorsed_on", None)
    if stage is Stage.ENDORSED and endorsed_on is None:
        endorsed_on = stage_since
    org = Organization(
        **{k: v for k, v in data.items()},
        name_key=name_key(data["name"]),
        stage=stage,
        stage_since=stage_since,
        endorsed_on=endorsed_on,
    )
    org.kind = data.get("kind", OrgKind.COMPANY)
    org.priority = data.get("priority", Priority.MEDIUM)
    org.classification = data.get("classification", Classification.UNCLASSIFIED)
    org.archived = data.get("archived", False)
    add_audited(session, ENTITY, org, AUDITED)
    session.add(
        StageChange(
            organization_id=org.id,
            from_stage=None,
            to_stage=stage,
            changed_on=stage_since,
            changed_by=audit.current_user(session),
            note=note,
        )
    )
    return org


def update(session: Session, org_id: int, values: Mapping[str, Any]) -> Organization:
    """Change the given fields (absent fields stay as they are).

    A new `stage` given here is routed through `change_stage`, so the history is kept.
    """
    reject_unknown(values, AUDITED)
    org = get(session, org_id)
    data = _clean(values)
    if "name" in data:
        _check_unique(session, data["name"], org.id)
        data["name_key"] = name_key(data["name"])
    new_stage = data.pop("stage", None)
    stage_since = data.pop("stage_since", None)
    if new_stage is not None and new_stage != org.stage:
        try:
            change_stage(session, org.id, new_stage, on=stage_since or today())
        except ValidationError as exc:  # here the date is the caller's "stage_since"
            raise ValidationError.single("stage_since", " ".join(exc.errors.values())) from None
    elif stage_since is not None and stage_since != org.stage_since:
        correct_stage_since(session, org, stage_since)
        data["stage_since"] = stage_since
    update_audited(session, ENTITY, org, data, unaudited=("name_key",))
    return org


def change_stage(
    session: Session,
    org_id: int,
    to_stage: Stage | str,
    *,
    on: date | None = None,
    note: str | None = None,
) -> StageChange | None:
    """Move an organization along the pipeline, writing a StageChange; None if unchanged."""
    org = get(session, org_id)
    target = to_stage if isinstance(to_stage, Stage) else Stage.parse(to_stage)
    when = on or today()
    check_stage_date(org.stage_since, when)
    if target == org.stage:
        return None
    values: dict[str, Any] = {"stage": target, "stage_since": when}
    if target is Stage.ENDORSED and org.endorsed_on is None:
        values["endorsed_on"] = when
    change = StageChange(
        organization_id=org.id,
        from_stage=org.stage,
        to_stage=target,
        changed_on=when,
        changed_by=audit.current_user(session),
        note=clean_text(note),
    )
    session.add(change)
    audit.write_entry(session, ENTITY, org.id, "update", apply_values(org, values))
    return change


def set_archived(session: Session, org_id: int, archived: bool = True) -> Organization:
    return update(session, org_id, {"archived": archived})


def has_history(session: Session, org_id: int) -> bool:
    """True when meetings, commitments or attached files refer to the organization."""
    meetings = session.scalar(
        select(func.count())
        .select_from(meeting_organizations)
        .where(meeting_organizations.c.organization_id == org_id)
    )
    commitments = session.scalar(
        select(func.count()).select_from(Commitment).where(Commitment.organization_id == org_id)
    )
    attachments = session.scalar(
        select(func.count()).select_from(Attachment).where(Attachment.organization_id == org_id)
    )
    return bool(meetings or commitments or attachments)


def delete(session: Session, org_id: int, *, reason: str | None = None) -> bool:
    """Delete an organization with no history; archive one with meetings, commitments or
    attached files.

    Returns True when deleted, False when archived instead (records are never silently
    destroyed). `reason`, the user's, goes into every audit entry this writes; each deleted
    record's entry keeps its last values in full.
    """
    org = get(session, org_id)
    if has_history(session, org_id):
        changed = apply_values(org, {"archived": True})
        audit.write_entry(session, ENTITY, org.id, "update", changed, reason=clean_reason(reason))
        return False
    for contact in list(org.contacts):
        delete_audited(session, "contact", contact, CONTACT_FIELDS, reason=reason)
    for assessment in session.scalars(
        select(Assessment).where(Assessment.organization_id == org_id)
    ):
        delete_audited(session, "assessment", assessment, ASSESSMENT_FIELDS, reason=reason)
    for change in session.scalars(
        select(StageChange).where(StageChange.organization_id == org_id).order_by(StageChange.id)
    ):
        delete_audited(session, "stage_change", change, reason=reason)
    session.flush()
    delete_audited(session, ENTITY, org, AUDITED, reason=reason)
    return True


def merge(session: Session, keep_id: int, duplicate_id: int) -> Organization:
    """Fold a duplicate into `keep`: contacts, meetings, commitments, assessments and the stage
    history move over (services/org_merge.py).

    Where both have an assessment of the same principle, the kept one wins unless it is
    Unknown. The duplicate is then deleted; every move is audited with the ids it moved.
    """
    from engagetrack.services.org_merge import merge_organizations

    if keep_id == duplicate_id:
        raise ValidationError.single(
            "organization", t("Choose two different organizations to merge.")
        )
    return merge_organizations(session, get(session, keep_id), get(session, duplicate_id), AUDITED)
