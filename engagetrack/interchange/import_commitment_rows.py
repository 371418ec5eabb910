"""Imported Commitments and Principles rows: commitments matched by organization and
description, assessments by organization and principle."""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from engagetrack.domain.messages import language, t
from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import AssessmentStatus, Classification, CommitmentStatus
from engagetrack.interchange.import_row_base import (
    ASSESSMENTS,
    COMMITMENTS,
    RowApplierBase,
    as_record,
    known_id,
    name_key,
)
from engagetrack.services import assessments, commitments
from engagetrack.services.audit_text import CreationText
from engagetrack.services.changes import apply_values
from engagetrack.store.models import Principle

_CREATED_COMMITMENT = CreationText(commitments.FIELDS)
_CREATED_ASSESSMENT = CreationText(assessments.FIELDS)


class CommitmentRows(RowApplierBase):
    """The Commitments and Principles sheets."""

    def load_commitments(self) -> None:
        columns = [COMMITMENTS.c.id, COMMITMENTS.c.description_key]
        columns += [COMMITMENTS.c[f] for f in commitments.FIELDS]
        self._existing = {
            (r.organization_id, r.description_key): r
            for r in self.session.execute(select(*columns))
        }

    def _principle_id(self, number: int) -> int:
        if number not in self.principle_ids:
            raise ValidationError.single(
                "principle", t("There is no principle {number}.", number=number)
            )
        return self.principle_ids[number]

    def _clean_commitment(self, values: dict[str, Any]) -> dict[str, Any]:
        return commitments.clean_values(
            values,
            principle_id=self._principle_id,
            principle_ids=self.principle_ids.values,
            check_organization=known_id,
            check_meeting=known_id,
        )

    def commitment(self, org_id: int, values: dict[str, Any]) -> str:
        row = self._existing.get((org_id, name_key(values["description"])))
        existing = None if row is None else as_record(row)
        status = values.get("status", existing.status if existing else CommitmentStatus.OPEN)
        if values.get("completed_on") is not None and status is not CommitmentStatus.DONE:
            raise ValidationError.single(
                "completed_on",
                completed_but(status),
            )
        if status is CommitmentStatus.DONE and values.get("completed_on", 0) is None:
            # a blank completion date on a Done row keeps the date already recorded
            values.pop("completed_on")
        if existing is None:
            # as commitments.create does it
            data = self._clean_commitment(
                {"organization_id": org_id, "description": None, **values}
            )
            record = SimpleNamespace(
                **(
                    dict.fromkeys(commitments.FIELDS)
                    | {
                        "status": CommitmentStatus.OPEN,
                        "classification": Classification.UNCLASSIFIED,
                    }
                )
            )
            commitments.status_rules(record, data)
            vars(record).update(data)  # as setattr for each field, in one call
            commitment_id = self.out.new_id(COMMITMENTS)
            self.out.insert_created(
                COMMITMENTS,
                {
                    "id": commitment_id,
                    "description_key": name_key(record.description),
                    **vars(record),
                },
                commitments.ENTITY,
                _CREATED_COMMITMENT,
            )
            return "added"
        number = self.principle_numbers.get(existing.principle_id)
        current = {"principle_number": number if existing.principle_id is not None else None}
        changes = {
            k: v
            for k, v in values.items()
            if (current[k] if k in current else getattr(existing, k)) != v
        }
        if not changes:
            return "unchanged"
        # as commitments.update does it
        data = self._clean_commitment(changes)
        if "description" in data:
            data["description_key"] = name_key(data["description"])
        commitments.status_rules(existing, data)
        changed = apply_values(existing, data)
        self.out.update(COMMITMENTS, existing.id, {f: getattr(existing, f) for f in changed})
        changed.pop("description_key", None)
        self.out.audit(commitments.ENTITY, existing.id, "update", changed)
        return "updated"

    # ------------------------------------------------------------ assessments

    def load_assessments(self) -> None:
        by_org: dict[int, dict[int, Any]] = defaultdict(dict)
        query = select(
            ASSESSMENTS.c.id,
            ASSESSMENTS.c.organization_id,
            Principle.number,
            ASSESSMENTS.c.status,
            ASSESSMENTS.c.assessed_on,
            ASSESSMENTS.c.assessed_by,
        ).join(Principle, Principle.id == ASSESSMENTS.c.principle_id)
        for r in self.session.execute(query):
            by_org[r.organization_id][r.number] = r
        self._existing = by_org

    def assessments(self, org_id: int, statuses: dict[int, AssessmentStatus]) -> list[str]:
        """Set each given status (as set_assessment with keep_notes); one outcome each."""
        current = self._existing.get(org_id, {})
        outcomes: list[str] = []
        for number, status in statuses.items():
            found = current.get(number)
            if found is not None and found.status == status:
                outcomes.append("unchanged")
                continue
            if found is None:
                values = {
                    "organization_id": org_id,
                    "principle_id": self.principle_ids[number],
                    "status": status,
                    "evidence": None,
                    "source": None,
                    "assessed_on": self.today,
                    "assessed_by": self.out.user,
                }
                assessment_id = self.out.new_id(ASSESSMENTS)
                self.out.insert_created(
                    ASSESSMENTS,
                    {"id": assessment_id, **values},
                    assessments.ENTITY,
                    _CREATED_ASSESSMENT,
                )
                outcomes.append("added")
                continue
            record = as_record(found)
            changed = apply_values(record, {"status": status})
            changed.update(
                apply_values(record, {"assessed_on": self.today, "assessed_by": self.out.user})
            )
            self.out.audit(assessments.ENTITY, record.id, "update", changed)
            self.out.update(ASSESSMENTS, record.id, {f: getattr(record, f) for f in changed})
            outcomes.append("updated")
        return outcomes


def completed_but(status: CommitmentStatus) -> str:
    return t(
        '{completed} is filled in but {status} is "{value}"; only {done} commitments have a'
        " completion date",
        completed=t("Completed On"),
        status=t("Status"),
        value=status.label_in(language()),
        done=CommitmentStatus.DONE.label_in(language()),
    )
