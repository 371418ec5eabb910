"""Text the two engines would store differently is made the same before it is stored."""

from __future__ import annotations

from engagetrack.services import organizations as orgs
from engagetrack.store.database import Database


def test_a_nul_character_typed_or_pasted_is_dropped_on_both_engines(db: Database) -> None:
    """PostgreSQL cannot store one; SQLite could: neither keeps it, so both hold the same."""
    with db.write() as s:
        org_id = orgs.create(s, {"name": "Nul\x00 Corp", "notes": "a\x00b"}).id
    with db.read() as s:
        record = orgs.get(s, org_id)
        assert (record.name, record.notes) == ("Nul Corp", "ab")
