"""The Dashboard's headline figures in plain SQL on a driver connection, without SQLAlchemy.

The window paints these numbers first, before SQLAlchemy (a quarter of a second to import,
more than a bare window takes to appear) has loaded: they come from `Database.raw_read()`, a
stdlib sqlite3 connection. Each count walks an index. They are counted as `reporting.stats`
counts them (active organizations and their commitments; archived organizations counted
apart), so the Dashboard and `engagetrack stats` give an official the same figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from engagetrack.domain.rules import ACTIVE_COMMITMENT_STATUSES, DUE_SOON_DAYS
from engagetrack.domain.vocabularies import Stage
from engagetrack.store.table_names import Commitments, Organizations

# Table and column names from store/table_names.py (checked against the models by a test);
# codes are fixed, not user input. One statement: it is its own consistent snapshot, and the
# window counts on a thread while the interpreter is busy building widgets, so every separate
# statement would wait its turn for the GIL. Each scalar subquery walks its own index (stage;
# status and due date).
_O = Organizations
_C = Commitments
_ACTIVE_SQL = ", ".join(f"'{status.value}'" for status in ACTIVE_COMMITMENT_STATUSES)


@cache
def _headline_sql(postgresql: bool) -> str:
    """The statement in the engine's dialect: SQLite's group_concat, `:name` parameters and
    `+column` (which keeps SQLite off an index), PostgreSQL's string_agg and `%(name)s`."""
    plus = "" if postgresql else "+"
    concat = "string_agg" if postgresql else "group_concat"
    active = f"SELECT count(*) FROM {_C.TABLE} WHERE {_C.STATUS} IN ({_ACTIVE_SQL})"
    # "+column" keeps SQLite off the status index here: the few archived organizations' rows
    # are found through the organization index, then filtered (a tenth of the time)
    of_archived = (
        f"SELECT count(*) FROM {_C.TABLE} WHERE {_C.ORGANIZATION_ID} IN"
        f" (SELECT {_O.ID} FROM {_O.TABLE} WHERE {_O.ARCHIVED})"
        f" AND {plus}{_C.STATUS} IN ({_ACTIVE_SQL})"
    )

    def counted(extra: str = "") -> str:
        """Active commitments matching `extra`, less those of archived organizations (not
        the department's current business). Counted as a difference: joining every one of
        200,000 rows to its organization took 1.6 s, the difference 40 ms."""
        return f"({active}{extra}) - ({of_archived}{extra.replace(' AND ', f' AND {plus}')})"

    sql = f"""
SELECT
    (SELECT {concat}({_O.STAGE} || '=' || n, ';')
       FROM (SELECT {_O.STAGE}, count(*) AS n FROM {_O.TABLE} WHERE NOT {_O.ARCHIVED}
             GROUP BY {_O.STAGE}) AS per_stage),
    (SELECT count(*) FROM {_O.TABLE} WHERE {_O.ARCHIVED}),
    (SELECT count(*) FROM {_O.TABLE} WHERE {_O.ENDORSED_ON} >= :since AND {_O.STAGE} = :endorsed
       AND NOT {_O.ARCHIVED}),
    {counted()},
    {counted(f" AND {_C.DUE_ON} < :today")},
    {counted(f" AND {_C.DUE_ON} >= :today AND {_C.DUE_ON} <= :until")}
"""
    if postgresql:
        sql = re.sub(r":(\w+)", r"%(\1)s", sql).replace("|| n", "|| n::text")
    return sql


def _is_postgresql(conn: Any) -> bool:
    return type(conn).__module__.startswith("psycopg")


_ANY_ORGANIZATION = f"SELECT 1 FROM {_O.TABLE} LIMIT 1"


# a DB-API connection: sqlite3's, or the one under a session (a Protocol class would cost
# the window's start-up more than it says)
Connection = Any


@dataclass(frozen=True)
class Headline:
    organizations: int  # active ones; the archived are counted apart
    archived: int
    endorsers: int
    endorsed_this_year: int
    open_commitments: int
    overdue: int
    due_soon: int
    by_stage: dict[str, int]


def headline(conn: Connection, today: date | None = None) -> Headline:
    """The four headline figures and the count per stage."""
    today = today or date.today()
    postgresql = _is_postgresql(conn)
    since_day, today_day, until_day = (
        date(today.year, 1, 1),
        today,
        today + timedelta(days=DUE_SOON_DAYS),
    )
    row = conn.execute(
        _headline_sql(postgresql),
        {
            # SQLite stores dates as ISO text; PostgreSQL compares real dates
            "since": since_day if postgresql else since_day.isoformat(),
            "endorsed": Stage.ENDORSED.value,
            "today": today_day if postgresql else today_day.isoformat(),
            "until": until_day if postgresql else until_day.isoformat(),
        },
    ).fetchone()
    stages, archived, endorsed_this_year, active, overdue, due_soon = row
    found: dict[str, int] = {}
    for pair in (stages or "").split(";"):
        if pair:
            stage, _, n = pair.rpartition("=")
            found[stage] = int(n)
    by_stage = {s.value: found.get(s.value, 0) for s in Stage}
    return Headline(
        organizations=sum(by_stage.values()),
        archived=int(archived or 0),
        endorsers=by_stage[Stage.ENDORSED.value],
        endorsed_this_year=int(endorsed_this_year or 0),
        open_commitments=int(active or 0),
        overdue=int(overdue or 0),
        due_soon=int(due_soon or 0),
        by_stage=by_stage,
    )


def register_is_empty(conn: Connection) -> bool:
    """True when the register holds no organization (a first run: offer the welcome)."""
    return conn.execute(_ANY_ORGANIZATION).fetchone() is None
