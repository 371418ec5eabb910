"""Audit completeness: from the trail alone, every record's current values can be rebuilt.

Hypothesis drives random sequences of service calls (some of them invalid, so they fail and
roll back; merges included, whose moved contacts and commitments carry their new
organization's id); replaying the audit entries oldest first must give exactly what the database
holds, and a failed action must leave no entry behind.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import CommitmentStatus, Priority, Stage
from engagetrack.services import commitments, contacts, organizations
from engagetrack.services.changes import jsonable
from engagetrack.store.database import Database, open_database
from engagetrack.store.models import AuditEntry, Commitment, Contact, Organization

NAMES = ["Acme", "acme ", "Bolt Video", "Cirrus", "Délta Chat", "DELTA CHAT"]
TEXT = st.one_of(st.none(), st.text(min_size=0, max_size=30))

op = st.one_of(
    st.tuples(st.just("create_org"), st.sampled_from(NAMES), TEXT),
    st.tuples(
        st.just("update_org"),
        st.integers(0, 5),
        st.fixed_dictionaries(
            {
                "notes": TEXT,
                "priority": st.sampled_from(list(Priority)),
                "country": TEXT,
            }
        ),
    ),
    st.tuples(st.just("rename_org"), st.integers(0, 5), st.sampled_from(NAMES)),
    st.tuples(
        st.just("stage"), st.integers(0, 5), st.sampled_from(list(Stage)), st.integers(0, 30)
    ),
    st.tuples(
        st.just("add_contact"),
        st.integers(0, 5),
        st.sampled_from(["Ann", "", "Bo"]),
        st.sampled_from([None, "a@b.ca", "not-an-email"]),
    ),
    st.tuples(st.just("del_contact"), st.integers(0, 5)),
    st.tuples(
        st.just("add_commitment"),
        st.integers(0, 5),
        st.sampled_from(["Publish data", "publish data", "Brief"]),
    ),
    st.tuples(st.just("status"), st.integers(0, 5), st.sampled_from(list(CommitmentStatus))),
    st.tuples(st.just("merge"), st.integers(0, 5), st.integers(0, 5)),
)

FIELDS = {
    "organization": organizations.AUDITED,
    "contact": contacts.FIELDS,
    "commitment": commitments.FIELDS,
}
MODELS: dict[str, Any] = {
    "organization": Organization,
    "contact": Contact,
    "commitment": Commitment,
}


def _ids(db: Database, model: Any) -> list[int]:
    with db.read() as s:
        return list(s.scalars(select(model.id).order_by(model.id)))


def _pick(ids: list[int], i: int) -> int | None:
    return ids[i % len(ids)] if ids else None


def _apply(db: Database, step: tuple[Any, ...]) -> None:
    kind = step[0]
    orgs = _ids(db, Organization)
    with db.write() as s:
        if kind == "create_org":
            organizations.create(s, {"name": step[1], "notes": step[2]})
        elif kind in ("update_org", "rename_org", "stage", "add_contact", "add_commitment"):
            org_id = _pick(orgs, step[1])
            if org_id is None:
                return
            if kind == "update_org":
                organizations.update(s, org_id, step[2])
            elif kind == "rename_org":
                organizations.update(s, org_id, {"name": step[2]})
            elif kind == "stage":
                organizations.change_stage(
                    s, org_id, step[2], on=date.today() - timedelta(days=step[3])
                )
            elif kind == "add_contact":
                contacts.create(s, {"organization_id": org_id, "name": step[2], "email": step[3]})
            else:
                commitments.create(s, {"organization_id": org_id, "description": step[2]})
        elif kind == "del_contact":
            contact_id = _pick(_ids(db, Contact), step[1])
            if contact_id is not None:
                contacts.delete(s, contact_id)
        elif kind == "merge":  # the same index twice is refused, as two different are needed
            keep, dup = _pick(orgs, step[1]), _pick(orgs, step[2])
            if keep is not None and dup is not None:
                organizations.merge(s, keep, dup)
        elif kind == "status":
            commitment_id = _pick(_ids(db, Commitment), step[1])
            if commitment_id is not None:
                commitments.set_status(s, commitment_id, step[2])


def _replay(db: Database) -> dict[tuple[str, int], dict[str, Any]]:
    state: dict[tuple[str, int], dict[str, Any]] = {}
    with db.read() as s:
        for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            if e.entity not in FIELDS:
                continue
            key = (e.entity, e.entity_id)
            changes = json.loads(e.changes)
            if e.action == "delete":
                state.pop(key, None)
                continue
            record = state.setdefault(key, {})
            for field, (_old, new) in changes.items():
                if field in FIELDS[e.entity]:  # a merge's own note ("merged") is no field
                    record[field] = new
    return state


def _actual(db: Database) -> dict[tuple[str, int], dict[str, Any]]:
    out: dict[tuple[str, int], dict[str, Any]] = {}
    with db.read() as s:
        for entity, model in MODELS.items():
            for obj in s.scalars(select(model)):
                out[(entity, obj.id)] = {f: jsonable(getattr(obj, f)) for f in FIELDS[entity]}
    return out


@pytest.fixture
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("audit")


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(op, min_size=1, max_size=25))
@example(  # a merge that moves a contact of a kept name and a clashing commitment
    steps=[
        ("create_org", "Acme", None),
        ("create_org", "Cirrus", None),
        ("add_contact", 0, "Ann", None),
        ("add_contact", 1, "Ann", None),
        ("add_commitment", 0, "Brief"),
        ("add_commitment", 1, "Brief"),
        ("merge", 0, 1),
    ]
)
def test_audit_trail_rebuilds_every_record(fresh: Path, steps: list[tuple[Any, ...]]) -> None:
    path = fresh / f"audit-{abs(hash(tuple(map(repr, steps))))}.db"
    db = open_database(path, create=True)
    try:
        for step in steps:
            with db.read() as s:
                before = s.scalar(select(func.count()).select_from(AuditEntry))
            try:
                _apply(db, step)
            except ValidationError:
                with db.read() as s:
                    after = s.scalar(select(func.count()).select_from(AuditEntry))
                assert after == before, f"{step} failed but left audit entries"
        replayed = _replay(db)
        actual = _actual(db)
        assert set(replayed) == set(actual)
        for key, values in actual.items():
            assert replayed[key] == values, key
    finally:
        db.close()
        path.unlink(missing_ok=True)
