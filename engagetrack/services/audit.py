"""The append-only audit trail: written in the caller's transaction, read newest first."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from engagetrack.store.models import AuditEntry, utcnow
from engagetrack.store.os_user import login_name

Action = Literal["create", "update", "delete"]
# how `changes` is stored: json.dumps(changes, ensure_ascii=False, sort_keys=True), with one
# encoder for every entry (dumps with arguments builds a new encoder per call: 42,000 of
# them for an import at scale 1,000)
encode_changes = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def current_user(session: Session) -> str:
    return str(session.info.get("user") or "unknown")


def identity(session: Session) -> dict[str, str | None]:
    """Who writes, as the database knows them (a server's role; None for a file) and as the
    workstation does (the operating-system login)."""
    return {"db_role": session.info.get("db_role"), "os_user": login_name()}


def write_entry(
    session: Session,
    entity: str,
    entity_id: int,
    action: Action,
    changes: dict[str, list[Any]],
    *,
    reason: str | None = None,
) -> None:
    """Append one entry; an update that changed nothing is not worth an entry. `reason` is
    what the user gave for a deletion."""
    if action == "update" and not changes:
        return
    session.add(
        AuditEntry(
            at=utcnow(),
            user=current_user(session),
            entity=entity,
            entity_id=entity_id,
            action=action,
            changes=encode_changes(changes),
            reason=reason,
            **identity(session),
        )
    )


def entry_rows(session: Session, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Audit table rows for entity, entity_id, action and changes (a dict), for bulk writers."""
    user = current_user(session)
    at = utcnow()
    who = identity(session)
    return [
        {
            "at": at,
            "user": user,
            **who,
            "reason": r.get("reason"),
            "entity": r["entity"],
            "entity_id": r["entity_id"],
            "action": r["action"],
            "changes": encode_changes(r["changes"]),
        }
        for r in rows
    ]


def record_many(session: Session, rows: list[dict[str, Any]]) -> None:
    """Bulk form for generated data: rows of entity, entity_id, action, changes (a dict)."""
    if rows:
        session.execute(insert(AuditEntry), entry_rows(session, rows))


@dataclass(frozen=True)
class AuditView:
    at: datetime
    user: str
    entity: str
    entity_id: int
    action: str
    changes: dict[str, list[Any]]
    db_role: str | None = None
    os_user: str | None = None
    reason: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "user": self.user,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "action": self.action,
            "changes": self.changes,
            "db_role": self.db_role,
            "os_user": self.os_user,
            "reason": self.reason,
        }


def _view(e: AuditEntry) -> AuditView:
    return AuditView(
        e.at,
        e.user,
        e.entity,
        e.entity_id,
        e.action,
        json.loads(e.changes),
        e.db_role,
        e.os_user,
        e.reason,
    )


def entries_of(
    session: Session, records: Mapping[str, Iterable[int]]
) -> dict[tuple[str, int], list[AuditView]]:
    """The trails of many records at once ({entity: ids}), each newest first."""
    found: dict[tuple[str, int], list[AuditView]] = {}
    for entity, ids in records.items():
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), 500):  # bound parameters: SQLite's limit is 32,766
            query = (
                select(AuditEntry)
                .where(
                    AuditEntry.entity == entity,
                    AuditEntry.entity_id.in_(wanted[start : start + 500]),
                )
                .order_by(AuditEntry.id.desc())
            )
            for e in session.scalars(query):
                found.setdefault((e.entity, e.entity_id), []).append(_view(e))
    return found


def entries(
    session: Session,
    *,
    limit: int | None = None,
    entity: str | None = None,
    entity_id: int | None = None,
) -> list[AuditView]:
    """Newest first, optionally for one record."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc())
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    if limit is not None:
        query = query.limit(limit)
    return [_view(e) for e in session.scalars(query)]


def newest_id(session: Session) -> int:
    """The newest entry's id (0 for none): a cheap sign that someone wrote."""
    return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


def writers_since(session: Session, after_id: int, *, except_user: str) -> list[str]:
    """Who, other than `except_user` on this workstation, wrote after entry `after_id`."""
    rows = session.execute(
        select(AuditEntry.user, AuditEntry.os_user)
        .where(AuditEntry.id > after_id)
        .distinct()
        .order_by(AuditEntry.user)
    )
    me = (except_user, login_name())
    return sorted({user for user, os_user in rows if (user, os_user) != me})
