"""The Dashboard's headline figures in plain SQL on a driver connection, without SQLAlchemy.

The window paints these numbers first, before SQLAlchemy (a quarter of a second to import,
more than a bare window takes to appear) has loaded: they come from `Database.raw_read()`, a
stdlib sqlite3 connection. Each count walks an index. They are counted as `reporting.stats`
counts them (archived organizations included), so the Dashboard, `engagetrack stats` and the
workbook's Summary give an official the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from engagetrack.domain.vocabularies import CommitmentStatus, Stage

ACTIVE = (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS)
DUE_SOON_DAYS = 30

# table names as the models declare them (tests check they agree); codes are fixed, not input
_ACTIVE_SQL = ", ".join(f"'{status.value}'" for status in ACTIVE)
_BY_STAGE = "SELECT stage, count(*) FROM organizations GROUP BY stage"
_ARCHIVED = "SELECT count(*) FROM organizations WHERE archived"
_ENDORSED_SINCE = "SELECT count(*) FROM organizations WHERE endorsed_on >= ? AND stage = ?"
_ACTIVE_COUNT = f"SELECT count(*) FROM commitments WHERE status IN ({_ACTIVE_SQL})"
_OVERDUE = _ACTIVE_COUNT + " AND due_on < ?"
_DUE_SOON = _ACTIVE_COUNT + " AND due_on >= ? AND due_on <= ?"
_ANY_ORGANIZATION = "SELECT 1 FROM organizations LIMIT 1"


class Connection(Protocol):
    """What is needed of a DB-API connection (sqlite3's, or the one under a session)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


@dataclass(frozen=True)
class Headline:
    organizations: int
    archived: int
    endorsers: int
    endorsed_this_year: int
    open_commitments: int
    overdue: int
    due_soon: int
    by_stage: dict[str, int]


def _count(conn: Connection, sql: str, *parameters: Any) -> int:
    row = conn.execute(sql, parameters).fetchone()
    return int(row[0] or 0) if row else 0


def headline(conn: Connection, today: date | None = None) -> Headline:
    """The four headline figures and the count per stage."""
    today = today or date.today()
    found = {str(stage): int(n) for stage, n in conn.execute(_BY_STAGE).fetchall()}
    by_stage = {s.value: found.get(s.value, 0) for s in Stage}
    start = today.isoformat()
    until = (today + timedelta(days=DUE_SOON_DAYS)).isoformat()
    return Headline(
        organizations=sum(by_stage.values()),
        archived=_count(conn, _ARCHIVED),
        endorsers=by_stage[Stage.ENDORSED.value],
        endorsed_this_year=_count(
            conn, _ENDORSED_SINCE, date(today.year, 1, 1).isoformat(), Stage.ENDORSED.value
        ),
        open_commitments=_count(conn, _ACTIVE_COUNT),
        overdue=_count(conn, _OVERDUE, start),
        due_soon=_count(conn, _DUE_SOON, start, until),
        by_stage=by_stage,
    )


def register_is_empty(conn: Connection) -> bool:
    """True when the register holds no organization (a first run: offer the welcome)."""
    return conn.execute(_ANY_ORGANIZATION).fetchone() is None
