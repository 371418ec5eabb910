"""What a table shows: `Listing.ids` gives exactly the matching rows, in display order, on
both engines (on PostgreSQL the ids come back as one array and the Commitments filter ORs two
indexes' answers; on SQLite through the file's own cursor and subqueries)."""

from __future__ import annotations

from datetime import date

import pytest

from engagetrack.domain.vocabularies import CommitmentStatus
from engagetrack.services import commitments, organizations
from engagetrack.services import queries_commitments as qc
from engagetrack.store.database import Database

# (organization, description, owner, due date)
ROWS = [
    ("Kestrel Video", "Publish the annual report", "Ana", date(2026, 3, 1)),
    ("Kestrel Video", "Call back about the panel", "Ben", None),
    ("Plain Co", "Review the publication plan", "Ana", date(2026, 1, 15)),
    ("Plain Co", "Send the minutes", "Publius", date(2026, 3, 1)),
    ("Plain Co", "Nothing to see", None, date(2025, 12, 1)),
    ("Édition Tremblay", "Draft the reply", "Ana", None),
]


@pytest.fixture
def register(db: Database) -> tuple[Database, dict[str, int]]:
    """Commitments by description, to their ids."""
    by_description: dict[str, int] = {}
    with db.write() as s:
        orgs: dict[str, int] = {}
        for org, description, owner, due in ROWS:
            if org not in orgs:
                orgs[org] = organizations.create(s, {"name": org}).id
                s.flush()
            created = commitments.create(
                s,
                {"organization_id": orgs[org], "description": description, "owner": owner,
                 "due_on": due},
            )  # fmt: skip
            s.flush()
            by_description[description] = created.id
    return db, by_description


def _ids(db: Database, **kwargs: object) -> list[int]:
    with db.read() as s:
        return qc.LISTING.ids(s, **kwargs)  # type: ignore[arg-type]


def test_the_text_filter_finds_words_or_the_organization_s_name_in_due_order(
    register: tuple[Database, dict[str, int]],
) -> None:
    db, c = register
    # a word beginning "publ" in the description or owner: due first-empty, then by date, id
    assert _ids(db, filters={"text": "publ"}) == [
        c["Review the publication plan"],
        c["Publish the annual report"],
        c["Send the minutes"],
    ]
    # the organization's name matches anywhere in it, the text by the start of a word
    assert _ids(db, filters={"text": "kest"}) == [
        c["Call back about the panel"],
        c["Publish the annual report"],
    ]
    # every word must match, each either way
    assert _ids(db, filters={"text": "kest publ"}) == [c["Publish the annual report"]]
    assert _ids(db, filters={"text": "ana plain"}) == [c["Review the publication plan"]]
    assert _ids(db, filters={"text": "tremblay"}) == [c["Draft the reply"]]
    assert _ids(db, filters={"text": "zzz"}) == []
    assert _ids(db, filters={"text": "kest zzz"}) == []


def test_a_filter_that_matches_nothing_and_one_that_matches_everything(
    register: tuple[Database, dict[str, int]],
) -> None:
    db, c = register
    assert _ids(db, filters={"statuses": (CommitmentStatus.DONE,)}) == []
    assert sorted(_ids(db)) == sorted(c.values())


@pytest.mark.parametrize("key", [col.key for col in qc.LISTING.columns])
def test_every_sort_is_the_exact_reverse_of_its_descending_order(
    register: tuple[Database, dict[str, int]], key: str
) -> None:
    """Ties are broken by id and empty values come first going up, last going down."""
    db, c = register
    up = _ids(db, sort=key)
    down = _ids(db, sort=key, descending=True)
    assert sorted(up) == sorted(c.values())
    assert down == list(reversed(up))


def test_sorts_by_a_column_and_by_a_looked_up_one(
    register: tuple[Database, dict[str, int]],
) -> None:
    db, c = register
    assert _ids(db, sort="due_on") == [
        c["Call back about the panel"],
        c["Draft the reply"],
        c["Nothing to see"],
        c["Review the publication plan"],
        c["Publish the annual report"],
        c["Send the minutes"],
    ]
    by_organization = _ids(db, sort="organization", filters={"text": "ana"})
    assert by_organization == [
        c["Publish the annual report"],  # Kestrel Video
        c["Review the publication plan"],  # Plain Co
        c["Draft the reply"],  # Édition Tremblay: É after the Latin letters, on both
    ]


def test_text_sorts_by_code_point_on_both_engines(
    register: tuple[Database, dict[str, int]],
) -> None:
    """Capitals before small letters, accented letters after the Latin alphabet: SQLite's
    order, and the server's in a C.UTF-8 database (sorted there with COLLATE "C")."""
    db, c = register
    with db.write() as s:
        org = organizations.create(s, {"name": "lower case co"})
        s.flush()
        for description in ("apple pie", "Zebra crossing", "élan"):
            c[description] = commitments.create(
                s, {"organization_id": org.id, "description": description}
            ).id
    assert _ids(db, sort="description") == [c[d] for d in sorted(c)]
    names = _ids(db, sort="organization", filters={"text": "ana"})
    assert names[-1] == c["Draft the reply"]  # Édition after Kestrel and Plain
