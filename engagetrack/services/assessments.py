"""Assessments: how far each organization implements each principle (the matrix)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagetrack.domain.messages import deferred, t
from engagetrack.domain.validation import MAX_TEXT_LENGTH, Checker, clean_text
from engagetrack.domain.vocabularies import AssessmentStatus
from engagetrack.services import audit
from engagetrack.services import organizations as orgs
from engagetrack.services.changes import apply_values
from engagetrack.services.principles import principle_id
from engagetrack.services.records import add_audited, check_version
from engagetrack.store.models import Assessment

ENTITY = "assessment"
FIELDS = (
    "organization_id",
    "principle_id",
    "status",
    "evidence",
    "source",
    "assessed_on",
    "assessed_by",
)


def get_for(session: Session, organization_id: int, number: int) -> Assessment | None:
    return session.scalar(
        select(Assessment).where(
            Assessment.organization_id == organization_id,
            Assessment.principle_id == principle_id(session, number),
        )
    )


def set_assessment(
    session: Session,
    organization_id: int,
    number: int,
    status: AssessmentStatus | str,
    *,
    evidence: str | None = None,
    source: str | None = None,
    assessed_on: date | None = None,
    keep_notes: bool = False,
) -> Assessment:
    """Record the status of one cell of the matrix, with evidence, source and date.

    With `keep_notes`, evidence and source are left as they are (a status-only change,
    such as a workbook import, which carries no evidence).
    """
    orgs.get(session, organization_id)
    check = Checker()
    try:
        status = status if isinstance(status, AssessmentStatus) else AssessmentStatus.parse(status)
    except ValueError as exc:
        check.add("status", t("{label} {problem}.", label=t("Status"), problem=exc))
    evidence_text = clean_text(evidence)
    source_text = clean_text(source)
    check.max_length("evidence", evidence_text, MAX_TEXT_LENGTH, deferred("Evidence"))
    check.max_length("source", source_text, 2000, deferred("Source"))
    check.not_future("assessed_on", assessed_on, deferred("Assessed on"), date.today())
    check.raise_if_any()
    assert isinstance(status, AssessmentStatus)
    pid = principle_id(session, number)
    values: dict[str, Any] = {"status": status}
    if not keep_notes:
        values.update(evidence=evidence_text, source=source_text)
    existing = get_for(session, organization_id, number)
    if existing is not None:
        check_version(session, ENTITY, existing)
    if existing is None:
        assessment = Assessment(
            organization_id=organization_id,
            principle_id=pid,
            assessed_on=assessed_on or date.today(),
            assessed_by=audit.current_user(session),
            **values,
        )
        add_audited(session, ENTITY, assessment, FIELDS)
        return assessment
    changed = apply_values(existing, values)
    if changed:
        changed.update(
            apply_values(
                existing,
                {
                    "assessed_on": assessed_on or date.today(),
                    "assessed_by": audit.current_user(session),
                },
            )
        )
    audit.write_entry(session, ENTITY, existing.id, "update", changed)
    return existing
