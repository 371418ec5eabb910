"""The integrity check behind `engagetrack check`: SQLite's own, plus foreign keys."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from engagetrack.domain.messages import t

if TYPE_CHECKING:
    from engagetrack.store.database import Database


def integrity_problems(db: Database) -> list[str]:
    """SQLite's full integrity check plus foreign keys; an empty list means sound."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    problems: list[str] = []
    if db.engine.dialect.name != "sqlite":
        return problems
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("PRAGMA integrity_check")).scalars().all()
            problems += [str(r) for r in rows if str(r) != "ok"]
            fk = conn.execute(text("PRAGMA foreign_key_check")).all()
            problems += [
                t(
                    "broken reference in {table} row {row} to {parent}",
                    table=r[0],
                    row=r[1],
                    parent=r[2],
                )
                for r in fk
            ]
    except (DBAPIError, sqlite3.Error) as exc:
        # damage bad enough that SQLite stops the check part-way is still a finding
        problems.append(str(getattr(exc, "orig", exc)))
    return problems
