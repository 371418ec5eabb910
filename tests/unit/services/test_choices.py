"""The pickers' choices (services/choices.py): every organization's contacts, blanks skipped."""

from __future__ import annotations

from engagetrack.services import choices, commitments, contacts, organizations
from engagetrack.store.chunking import SQLITE_MAX_VARS
from engagetrack.store.database import Database


def test_contacts_of_more_organizations_than_one_statement_takes(db: Database) -> None:
    count = SQLITE_MAX_VARS + 50
    with db.write() as s:
        ids = [organizations.create(s, {"name": f"Org {n:04d}"}).id for n in range(count)]
        for n, oid in enumerate(ids):
            contacts.create(s, {"organization_id": oid, "name": f"Contact {n:04d}"})
    with db.read() as s:
        found = choices.contacts_of(s, ids)
    # the last organizations' contacts are there too, in organization order
    assert len(found) == count
    assert [c.name for c in found] == [f"Contact {n:04d}" for n in range(count)]
    assert found[-1].organization == f"Org {count - 1:04d}"


def test_distinct_values_skip_blanks_and_repeat_once(db: Database) -> None:
    with db.write() as s:
        org = organizations.create(s, {"name": "Acme", "country": "Canada"}).id
        organizations.create(s, {"name": "Beta", "country": "Canada"})
        organizations.create(s, {"name": "Gamma"})
        for n, owner in enumerate(("Lee", "Ann", "Lee", None)):
            values = {"organization_id": org, "description": f"Promise {n}", "owner": owner}
            commitments.create(s, values)
    with db.read() as s:
        assert choices.countries(s) == ["Canada"]
        assert choices.commitment_owners(s) == ["Ann", "Lee"]
        assert [n for _, n in choices.organization_choices(s)] == ["Acme", "Beta", "Gamma"]
