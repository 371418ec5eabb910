"""What every part of the import's row logic shares: the register's keys, read once.

The tables as Core tables, the note on imported stage changes, and `RowApplierBase`, which
reads the organizations, meetings and principles a workbook can refer to before any row is
applied. The per-sheet logic builds on it (import_organization_rows.py and the others).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from engagetrack.domain import validation
from engagetrack.services.principles import id_by_number
from engagetrack.store.models import (
    Assessment,
    Commitment,
    Contact,
    Meeting,
    Organization,
    StageChange,
)

ORGS = cast(Table, Organization.__table__)
CONTACTS = cast(Table, Contact.__table__)
MEETINGS = cast(Table, Meeting.__table__)
COMMITMENTS = cast(Table, Commitment.__table__)
ASSESSMENTS = cast(Table, Assessment.__table__)
STAGES = cast(Table, StageChange.__table__)
IMPORT_NOTE = "Imported from a workbook"
# validation.name_key, remembered: an import keys the same names again and again (each row's
# organization; a description on lookup, then on insert), and the key depends on the name only
name_key = lru_cache(maxsize=16_384)(validation.name_key)


def known_id(_: int) -> None:
    """Reference check for ids the import resolved itself (they exist)."""


def as_record(row: Any) -> SimpleNamespace:
    return SimpleNamespace(**row._mapping)


class RowApplierBase:
    """The register's keys and the writer, shared by the per-sheet row logic."""

    def __init__(self, session: Session, writer: Any) -> None:
        self.session = session
        self.out = writer
        self.today = date.today()
        self.org_ids: dict[str, int] = {}
        self.org_names: dict[int, str] = {}
        for org_id, name, key in session.execute(select(ORGS.c.id, ORGS.c.name, ORGS.c.name_key)):
            self.org_ids[key] = org_id
            self.org_names[org_id] = name
        self.meeting_ids: dict[tuple[date, str], int] = {
            (held, key): mid
            for mid, held, key in session.execute(
                select(MEETINGS.c.id, MEETINGS.c.held_on, MEETINGS.c.title_key)
            )
        }
        self.principle_ids = id_by_number(session)
        self.principle_numbers = {v: k for k, v in self.principle_ids.items()}
        self._existing: dict[Any, Any] = {}
