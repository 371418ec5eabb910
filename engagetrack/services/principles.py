"""Read access to the built-in principles (reference data, never written by users)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagetrack.domain.messages import t
from engagetrack.domain.principles import FRAMEWORK_CODE
from engagetrack.domain.validation import ValidationError
from engagetrack.store.models import Framework, Principle


def all_principles(session: Session) -> list[Principle]:
    query = (
        select(Principle)
        .join(Framework, Framework.id == Principle.framework_id)
        .where(Framework.code == FRAMEWORK_CODE)
        .order_by(Principle.number)
    )
    return list(session.scalars(query))


def id_by_number(session: Session) -> dict[int, int]:
    """Principle number -> id; read once per session (the principles never change)."""
    cached = session.info.get("principle_ids")
    if cached is None:
        cached = {p.number: p.id for p in all_principles(session)}
        session.info["principle_ids"] = cached
    return dict(cached)


def principle_id(session: Session, number: int) -> int:
    ids = id_by_number(session)
    if number not in ids:
        raise ValidationError.single(
            "principle",
            t(
                "There is no principle {number} (principles are 1 to {count}).",
                number=number,
                count=len(ids),
            ),
        )
    return ids[number]
