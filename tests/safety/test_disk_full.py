"""A write that fails for lack of space rolls back, says so plainly and leaves the file sound.

SQLite's own limit (`PRAGMA max_page_count`) makes the database "full" exactly as a full
disk would (SQLITE_FULL), without needing to mount a tiny filesystem in CI.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from engagetrack.services import audit, organizations
from engagetrack.store.database import open_database
from engagetrack.store.errors import StoreError
from engagetrack.store.integrity import integrity_problems
from engagetrack.store.models import AuditEntry, Organization


def test_disk_full_rolls_back_and_explains(tmp_path: Path) -> None:
    db = open_database(tmp_path / "full.db", create=True)
    try:
        with db.write() as s:
            organizations.create(s, {"name": "Before the disk filled"})
        with db.read() as s:
            pages = int(s.connection().exec_driver_sql("PRAGMA page_count").scalar() or 0)

        @event.listens_for(db.engine, "connect")
        def _cap(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 3}")

        with pytest.raises(StoreError, match="full; nothing was saved"), db.write() as s:
            for i in range(40):
                organizations.create(s, {"name": f"Big {i}", "notes": "n" * 30_000})

        with db.read() as s:
            names = s.scalars(select(Organization.name)).all()
            entries = s.scalar(select(func.count()).select_from(AuditEntry))
            assert names == ["Before the disk filled"]
            assert entries == len(audit.entries(s)) == 1
        assert integrity_problems(db) == []
    finally:
        db.close()
    conn = sqlite3.connect(tmp_path / "full.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
