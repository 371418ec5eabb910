"""The date of an organization's current stage, corrected by hand, kept in step with its history.

`organizations.update(..., {"stage_since": D})` without a new stage corrects when the
current stage began. The pipeline's history must stay in order, so D may not fall before the
change that began the previous stage; the stage change that began the current stage takes
the corrected date too, so the history and the organization tell the same story (the
organization's audit entry records the old and new date).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagetrack.domain.messages import t
from engagetrack.domain.validation import ValidationError
from engagetrack.store.models import Organization, StageChange


def correct_stage_since(session: Session, org: Organization, when: date) -> None:
    """Refuse a date before the previous stage change; move the current change's date.

    The chain is followed by stage, not by position: a merged organization's steps (moved
    into this history by a merge) do not bound this organization's own dates.
    """
    changes = session.scalars(
        select(StageChange)
        .where(StageChange.organization_id == org.id)
        .order_by(StageChange.changed_on.desc(), StageChange.id.desc())
    ).all()
    began = next((c for c in changes if c.to_stage == org.stage), None)
    if began is None:
        before = changes[0] if changes else None  # no change began this stage: the last bounds it
    else:
        rest = changes[changes.index(began) + 1 :]
        before = next((c for c in rest if c.to_stage == began.from_stage), None)
        if began.from_stage is None:
            before = None  # the stage it was created at: nothing came before
    if before is not None and when < before.changed_on:
        raise ValidationError.single(
            "stage_since",
            t(
                "The stage date cannot be before the previous stage change ({date}).",
                date=before.changed_on.isoformat(),
            ),
        )
    if began is not None:
        began.changed_on = when
