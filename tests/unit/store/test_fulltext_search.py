"""Searching the big tables through their full-text indexes: every typed word begins a word
of the record, case and accents ignored, and the index follows every kind of write."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert, text

from engagetrack.services import commitments, meetings, organizations
from engagetrack.services import queries_commitments as qc
from engagetrack.services import queries_meetings as qm
from engagetrack.store.database import Database
from engagetrack.store.fulltext import match_expression
from engagetrack.store.models import Commitment


def _commitment_ids(db: Database, words: str) -> set[int]:
    with db.read() as s:
        return set(qc.LISTING.ids(s, filters={"text": words}))


def _meeting_ids(db: Database, words: str) -> set[int]:
    with db.read() as s:
        return set(qm.LISTING.ids(s, search=words))


def test_word_prefixes_match_ignoring_case_and_accents(db: Database) -> None:
    with db.write() as s:
        org = organizations.create(s, {"name": "Kestrel Video"})
        a = commitments.create(
            s,
            {
                "organization_id": org.id,
                "description": "Publish transparency data",
                "owner": "Hélène Tremblay",
            },
        )
        b = commitments.create(
            s, {"organization_id": org.id, "description": "Confirm livestream safeguards"}
        )
        ids = (a.id, b.id)
    assert _commitment_ids(db, "publ") == {ids[0]}
    assert _commitment_ids(db, "TRANSPARENCY publish") == {ids[0]}
    assert _commitment_ids(db, "helene") == {ids[0]}  # accents ignored
    assert _commitment_ids(db, "safeguards livestream") == {ids[1]}
    assert _commitment_ids(db, "kestrel") == set(ids)  # the organization's name
    assert _commitment_ids(db, "lish") == set()  # words are matched from their start
    assert _commitment_ids(db, "p") == set(ids)  # a lone letter filters nothing


def test_the_index_follows_updates_deletes_and_bulk_inserts(db: Database) -> None:
    with db.write() as s:
        org = organizations.create(s, {"name": "Acme"})
        c = commitments.create(s, {"organization_id": org.id, "description": "Brief the minister"})
        m = meetings.create(
            s, {"held_on": date(2026, 1, 5), "title": "Roundtable in Ottawa", "location": "Ottawa"}
        )
        cid, mid, oid = c.id, m.id, org.id
    assert _meeting_ids(db, "otta") == {mid}
    with db.write() as s:
        commitments.update(s, cid, {"description": "Send the guide"})
        meetings.update(s, mid, {"location": "Canberra"})
    assert _commitment_ids(db, "minister") == set()
    assert _commitment_ids(db, "guide") == {cid}
    assert _meeting_ids(db, "canb") == {mid}
    assert _meeting_ids(db, "roundtable ottawa") == {mid}  # still in the title
    with db.write() as s:
        s.execute(
            insert(Commitment),
            [
                {
                    "id": 900,
                    "organization_id": oid,
                    "description": "Bulk promise",
                    "description_key": "bulk promise",
                }
            ],
        )
        meetings.delete(s, mid)
    assert _commitment_ids(db, "bulk") == {900}
    assert _meeting_ids(db, "canb") == set()
    with db.read() as s:
        check = s.execute(
            text("INSERT INTO commitments_fts(commitments_fts) VALUES ('integrity-check')")
        )
        del check


def test_match_expression_quotes_every_word() -> None:
    assert match_expression('say "hi" OR drop') == '"say"* "hi"* "OR"* "drop"*'
    assert match_expression("a b") is None
    assert match_expression("  ") is None
