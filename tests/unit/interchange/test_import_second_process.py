"""A big workbook's rows are written by a second process: when it starts, and when it fails.

What an import does is tested with both writers (conftest.both_writers); here, what only the
second process brings: it starts for a big workbook and not for a small one, it writes the
very audit texts this process would (it fills them in itself), a child that dies leaves the
register untouched with a message saying so, and the window's register gets the import's
rows checkpointed into its file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from engagetrack.domain.messages import set_language
from engagetrack.interchange import importer
from engagetrack.interchange.exporter import export_workbook
from engagetrack.interchange.importer import import_workbook
from engagetrack.interchange.reading import sheet_bytes
from engagetrack.services.synthetic import generate
from engagetrack.store import writer_process
from engagetrack.store.database import Database, open_database
from engagetrack.store.errors import StoreError
from engagetrack.store.models import AuditEntry, Commitment, Meeting, Organization


@pytest.fixture
def book(tmp_path: Path) -> Path:
    with open_database(tmp_path / "source.db", create=True) as source:
        with source.write() as session:
            generate(session, scale=30)
        path = tmp_path / "register.xlsx"
        export_workbook(source, path)
    return path


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "target.db", create=True)
    yield database
    database.close()


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Organization, Meeting, Commitment, AuditEntry)
        }


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The second processes the importer starts."""
    made: list[Any] = []
    real = writer_process.WriterProcess

    def spy(path: Path) -> Any:
        made.append(real(path))
        return made[-1]

    monkeypatch.setattr(importer, "WriterProcess", spy)
    return made


def test_a_big_workbook_is_written_by_a_second_process(
    book: Path, target: Database, started: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "SECOND_PROCESS_FROM", sheet_bytes(book))
    report = import_workbook(target, book)
    assert report.written, report.problems
    assert len(started) == 1
    assert counts(target)["organizations"] == 30


def test_a_small_workbook_is_written_here(
    book: Path, target: Database, started: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "SECOND_PROCESS_FROM", sheet_bytes(book) + 1)
    report = import_workbook(target, book)
    assert report.written, report.problems
    assert started == []
    assert counts(target)["organizations"] == 30


# texts a JSON encoder must escape, or that read as placeholders of a template
HOSTILE = 'He said "no" \\ then %s, %%, %(x)s and {0}; Nội dung 🙂 / </end>'


def _trail(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as s:
        rows = s.execute(
            select(
                AuditEntry.id,
                AuditEntry.entity,
                AuditEntry.entity_id,
                AuditEntry.action,
                AuditEntry.changes,
            ).order_by(AuditEntry.id)
        )
        return [tuple(r) for r in rows]


def test_the_second_process_writes_the_audit_texts_this_process_writes(
    book: Path, tmp_path: Path, started: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(book)
    workbook["Meetings"]["H2"] = HOSTILE  # Summary
    workbook["Meetings"]["E3"] = None  # a meeting without principles
    workbook["Commitments"]["B2"] = HOSTILE  # Description
    workbook["Commitments"]["J3"] = HOSTILE  # Notes
    workbook["Contacts"].append(["Finte Labs", HOSTILE, None, "a@example.org", 6135550100])
    hostile = book.with_name("hostile.xlsx")
    workbook.save(hostile)
    trails = []
    for threshold in (1 << 62, 0):  # this process, then the second
        monkeypatch.setattr(importer, "SECOND_PROCESS_FROM", threshold)
        with open_database(tmp_path / f"target-{threshold}.db", create=True) as target:
            report = import_workbook(target, hostile)
            assert report.written, report.problems
            trails.append(_trail(target))
    assert len(started) == 1  # the second import only
    here, there = trails
    assert len(here) > 900  # organizations, contacts, meetings, commitments, assessments
    assert {entity for _, entity, *_ in here} >= {
        "organization",
        "contact",
        "meeting",
        "commitment",
        "assessment",
    }
    assert there == here
    assert any(json.loads(c).get("summary") == [None, HOSTILE] for *_, c in there)
    assert any(json.loads(c).get("notes") == [None, HOSTILE] for *_, c in there)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_second_process_that_dies_leaves_the_register_as_it_was(
    book: Path, target: Database, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    monkeypatch.setattr(importer, "SECOND_PROCESS_FROM", 0)
    before = counts(target)
    real = writer_process.WriterProcess.executemany
    calls = {"n": 0}

    def dies_half_way(
        self: writer_process.WriterProcess, sql: str, rows: list[Any], **keep: Any
    ) -> None:
        calls["n"] += 1
        if calls["n"] == 3:  # some rows already sent, more to come
            self.child.kill()
            self.child.wait(timeout=30)
        real(self, sql, rows, **keep)

    monkeypatch.setattr(writer_process.WriterProcess, "executemany", dies_half_way)
    set_language(language)
    try:
        with pytest.raises(StoreError) as caught:
            import_workbook(target, book)
    finally:
        set_language("en")
    expected = {
        "en": "target.db was not changed: the process writing the import stopped unexpectedly",
        "fr": "target.db n'a pas été modifié : le processus qui écrivait l'importation",
    }[language]
    assert expected in str(caught.value)
    assert counts(target) == before
    monkeypatch.setattr(writer_process.WriterProcess, "executemany", real)
    assert import_workbook(target, book).written  # the register is whole and writable


def test_a_refused_workbook_stops_the_second_process_and_writes_nothing(
    book: Path, target: Database, started: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    monkeypatch.setattr(importer, "SECOND_PROCESS_FROM", 0)
    workbook = load_workbook(book)
    sheet = workbook["Commitments"]
    sheet.cell(row=sheet.max_row, column=1).value = "No such organization"
    broken = book.with_name("broken.xlsx")
    workbook.save(broken)
    before = counts(target)
    report = import_workbook(target, broken)
    assert not report.written
    assert any("No such organization" in p for p in report.problems)
    assert counts(target) == before
    assert len(started) == 1
    assert started[0].child.wait(timeout=30) == 0  # told to roll back, and ended


def test_only_columns_stored_as_the_audit_writes_them_are_filled_in_by_the_child() -> None:
    import enum

    from sqlalchemy import Boolean, Date, Enum, Integer, String

    from engagetrack.interchange.bulk_write import _stored_as_audited
    from engagetrack.store.models import Meeting

    class Colour(enum.Enum):
        RED = "red"

    assert _stored_as_audited(Meeting.__table__.c.kind.type)  # a code stored by its value
    assert all(_stored_as_audited(k) for k in (String(), Integer(), Date()))
    assert not _stored_as_audited(Boolean())  # stored as 0 or 1, audited as true or false
    assert not _stored_as_audited(Enum(Colour))  # stored by its name, "RED"
