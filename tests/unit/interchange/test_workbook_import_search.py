"""Records brought in by an import are found by search, and the register keeps indexing after.

The bulk import switches the full-text insert triggers off while it writes, and indexes the
new rows a chunk at a time; a user must not be able to tell.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from engagetrack.interchange import importer
from engagetrack.interchange.importer import import_workbook
from engagetrack.services import meetings, search
from engagetrack.store.database import Database
from tests.helpers.workbook_fixtures import days_ago, fill_register, write_book


def _found(db: Database, text: str) -> set[tuple[str, str]]:
    with db.read() as s:
        return {(hit.entity, hit.title) for hit in search.search(s, text, limit=50)}


def _triggers(db: Database) -> set[str]:
    if db.path is None:  # PostgreSQL: an index, no triggers
        return set()
    with sqlite3.connect(db.path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}


def _check_indexes(db: Database) -> None:
    """SQLite's own check that each full-text index agrees with its table (raises if not);
    PostgreSQL's index is part of its table."""
    if db.path is None:
        return
    with sqlite3.connect(db.path) as conn:
        for index in ("meetings_fts", "commitments_fts"):
            conn.execute(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")


def test_imported_meetings_and_commitments_are_searchable(db: Database, tmp_path: Path) -> None:
    fill_register(db)
    before = _triggers(db)
    book = write_book(
        tmp_path / "new.xlsx",
        {
            "Meetings": [
                ["Date", "Title", "Organizations", "Location", "Kind"],
                [days_ago(3), "Quokka livestream briefing", "Acme Social", "Ottawa", "Call"],
            ],
            "Commitments": [
                ["Organization", "Description", "Owner", "Status"],
                ["Acme Social", "Publish a wombat transparency report", "Zanzibar Team", "Open"],
            ],
        },
    )
    report = import_workbook(db, book)
    assert report.ok, report.problems
    assert ("meeting", "Quokka livestream briefing") in _found(db, "quok")
    assert any(entity == "commitment" for entity, _ in _found(db, "wombat transp"))
    assert any(entity == "commitment" for entity, _ in _found(db, "zanzib"))  # the owner
    _check_indexes(db)  # every row indexed exactly as it reads, none twice, none missing
    assert _triggers(db) == before

    # and a meeting added afterwards, through the window's services, is indexed as usual
    with db.write() as s:
        meetings.create(s, {"held_on": days_ago(1), "title": "Platypus follow-up"})
    assert ("meeting", "Platypus follow-up") in _found(db, "platyp")
    _check_indexes(db)


def test_a_refused_import_leaves_indexing_as_it_was(db: Database, tmp_path: Path) -> None:
    fill_register(db)
    before = _triggers(db)
    book = write_book(
        tmp_path / "bad.xlsx",
        {
            "Meetings": [
                ["Date", "Title", "Kind"],
                [days_ago(3), "Echidna session", "Call"],
                ["not a date", "Broken row", "Call"],
            ],
        },
    )
    report = import_workbook(db, book)
    assert not report.ok
    assert _triggers(db) == before
    assert not _found(db, "echidna")
    with db.write() as s:
        meetings.create(s, {"held_on": days_ago(1), "title": "Echidna session"})
    assert ("meeting", "Echidna session") in _found(db, "echid")


@pytest.mark.usefixtures("both_writers")
def test_rows_indexed_chunk_by_chunk_are_each_found_once(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_register(db)
    monkeypatch.setattr(importer, "CHUNK", 7)  # 40 rows a sheet: six chunks and a rest
    animals = [f"zebu{n:02d}x" for n in range(40)]
    book = write_book(
        tmp_path / "many.xlsx",
        {
            "Meetings": [
                ["Date", "Title", "Organizations", "Kind"],
                *([days_ago(3), f"Briefing on {a}", "Acme Social", "Call"] for a in animals),
            ],
            "Commitments": [
                ["Organization", "Description", "Status"],
                *(["Acme Social", f"Report on {a}", "Open"] for a in animals),
            ],
        },
    )
    report = import_workbook(db, book)
    assert report.ok, report.problems
    for animal in animals:
        assert _found(db, animal) == {
            ("meeting", f"Briefing on {animal}"),
            ("commitment", f"Report on {animal}"),
        }
    _check_indexes(db)  # none indexed twice, none missing
