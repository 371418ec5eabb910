"""Hostile text in the search box: the fast id path binds it, and finds what the ORM finds.

`Listing.ids` runs its query on the driver connection (store/driver_sql.py); these searches
would break or mislead a query that wrote the text into the SQL: a quote ends a literal, `%`
and `_` are LIKE wildcards, a backslash is the LIKE escape, a NUL ends a C string. For each,
the fast path's ids must equal what `session.scalars` returns for the very same query, and
where a row matches it must be among them (so a rendering that quietly matches nothing, or
everything, fails).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from engagetrack.services import commitments, meetings, organizations
from engagetrack.services import queries_commitments as qc
from engagetrack.services import queries_meetings as qm
from engagetrack.services import queries_organizations as qo
from engagetrack.services.listing import Listing, _all_ids
from engagetrack.store.database import Database

NAMES = ["O'Brien Media", "50% Club", "a_b labs", "back\\slash", "Plain Co", "50 Club", "aXb labs"]

# (search text, the organization it must find, or None when nothing should match). SQLite's
# LIKE reads a pattern up to a NUL, so text with one matches as its part before the NUL does
# (the ORM's own result, which the fast path must give too): no expectation beyond that.
CASES: list[tuple[str, str | None]] = [
    ("O'Brien", "O'Brien Media"),
    ("50%", "50% Club"),
    ("a_b", "a_b labs"),
    ("\\", "back\\slash"),
    ("back\\slash", "back\\slash"),
    ("'; DROP TABLE organizations; --", None),
    ("\x00", None),
    ("x\x00y", None),
    ("q" * 10_000, None),
]


@pytest.fixture
def register(db: Database) -> Database:
    with db.write() as s:
        ids = [organizations.create(s, {"name": name}).id for name in NAMES]
        s.flush()
        for oid, name in zip(ids, NAMES, strict=True):
            commitments.create(s, {"organization_id": oid, "description": f"Report for {name}"})
        meetings.create(
            s,
            {"held_on": date(2025, 3, 1), "title": "O'Brien 50% a_b back\\slash"},
            organization_ids=ids[:2],
        )
    return db


def _query(listing: Listing, search: str) -> Any:
    return listing._where(select(listing.id_expr).select_from(listing.source), search, {})


def _compare(db: Database, listing: Listing, search: str) -> list[int]:
    with db.read() as s:
        query = _query(listing, search).order_by(listing.id_expr)
        fast = _all_ids(s, query)
        plain = list(s.scalars(query))
        assert fast == plain, repr(search[:40])
        assert sorted(listing.ids(s, search=search)) == sorted(fast)
    return fast


@pytest.mark.parametrize(("search", "expected"), CASES, ids=[repr(c[0][:12]) for c in CASES])
def test_organizations_search_binds_hostile_text(
    register: Database, search: str, expected: str | None
) -> None:
    found = _compare(register, qo.LISTING, search)
    with register.read() as s:
        names = {n for n in s.scalars(select(qo.LISTING.column("name").expr)) if n}
        by_id = {
            i: n for i, n in s.execute(select(qo.LISTING.id_expr, qo.LISTING.column("name").expr))
        }
    assert set(NAMES) <= names
    found_names = {by_id[i] for i in found}
    if "\x00" in search:
        return
    if expected is None:
        assert found_names == set()
    else:
        assert expected in found_names
        # the wildcard characters are matched as themselves: "50%" is not "50 Club"
        assert all(search.casefold() in n.casefold() for n in found_names)


@pytest.mark.parametrize(("search", "expected"), CASES, ids=[repr(c[0][:12]) for c in CASES])
def test_commitments_search_binds_hostile_text(
    register: Database, search: str, expected: str | None
) -> None:
    with register.read() as s:
        query = (
            select(qc.LISTING.id_expr)
            .select_from(qc.LISTING.source)
            .where(qc.LISTING.filters["text"](search))
            .order_by(qc.LISTING.id_expr)
        )
        fast = _all_ids(s, query)
        assert fast == list(s.scalars(query))
        descriptions = [qc.commitment_record(s, i) for i in fast]
    if expected is not None:
        assert f"Report for {expected}" in {d.description for d in descriptions if d}


@pytest.mark.parametrize(("search", "expected"), CASES, ids=[repr(c[0][:12]) for c in CASES])
def test_meetings_search_binds_hostile_text(
    register: Database, search: str, expected: str | None
) -> None:
    fast = _compare(register, qm.LISTING, search)
    assert len(fast) <= 1
