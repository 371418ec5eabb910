"""A big import on either engine is all or nothing, also on a team server, where its rows
travel to the server by COPY on a second thread (interchange/copy_pipe.py) while the next
rows are being checked."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text

from engagetrack.interchange import bulk_write
from engagetrack.interchange.copy_pipe import CopyPipe
from engagetrack.interchange.importer import import_workbook
from engagetrack.store.database import Database, open_database
from engagetrack.store.models import AuditEntry, Organization
from tests.helpers.postgres_server import TEMPLATE, PostgresServer
from tests.helpers.workbook_fixtures import write_book

MANY = bulk_write.CHUNK * 2 + 500  # several chunks, so several COPY jobs per table


def _organizations(path: Path, count: int = MANY, *, bad_contact: bool = False) -> Path:
    sheets: dict[str, list[list[Any]]] = {
        "Organizations": [["Name", "Kind"], *([f"Org {i}", "Company"] for i in range(count))]
    }
    if bad_contact:
        sheets["Contacts"] = [["Organization", "Name", "Email"], ["Org 7", "Jo", "bad@"]]
    return write_book(path, sheets)


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as s:
        orgs = s.scalar(select(func.count()).select_from(Organization))
        entries = s.scalar(select(func.count()).select_from(AuditEntry))
        return int(orgs or 0), int(entries or 0)


def test_a_problem_after_chunks_were_sent_changes_nothing(db: Database, tmp_path: Path) -> None:
    before = _counts(db)
    book = _organizations(tmp_path / "in.xlsx", bad_contact=True)
    report = import_workbook(db, book)
    assert report.problems == ['Contacts!2: "bad@" is not a valid e-mail address']
    assert not report.written
    assert _counts(db) == before
    report = import_workbook(db, _organizations(tmp_path / "good.xlsx"))  # then a good one
    assert report.written
    assert _counts(db)[0] == before[0] + MANY


@pytest.fixture
def server_db(postgres: PostgresServer) -> Iterator[Database]:
    name = postgres.create_database(template=TEMPLATE)
    with open_database(postgres.url(name), user="tester") as database:
        yield database
    postgres.drop_database(name)


def test_a_server_refusal_half_way_rolls_the_import_back(
    server_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the server refuses in the middle of the rows (here the second COPY) ends the
    import with that error, and nothing of it stays; the register takes the next import."""
    db = server_db
    real = bulk_write._copy_job
    made = 0

    def refusing(connection: Any, sql: str, rows: list[list[Any]]) -> Callable[[], None]:
        nonlocal made
        made += 1
        if made == 2:

            def refuse() -> None:
                raise RuntimeError("the server refused the rows")

            return refuse
        return real(connection, sql, rows)

    before = _counts(db)
    book = _organizations(tmp_path / "in.xlsx")
    monkeypatch.setattr(bulk_write, "_copy_job", refusing)
    with pytest.raises(RuntimeError, match="the server refused the rows"):
        import_workbook(db, book)
    assert _counts(db) == before
    monkeypatch.setattr(bulk_write, "_copy_job", real)
    assert import_workbook(db, book).written
    assert _counts(db)[0] == before[0] + MANY


# ------------------------------------------------------------------ the pipe itself


@pytest.fixture
def connection() -> Any:
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        yield conn
    engine.dispose()


def test_jobs_run_in_order_on_another_thread_and_a_statement_waits_for_them(
    connection: Any,
) -> None:
    done: list[tuple[int, str]] = []
    gate = threading.Event()
    pipe = CopyPipe(connection)
    try:
        pipe.submit(lambda: (gate.wait(5), done.append((1, threading.current_thread().name))))
        pipe.submit(lambda: done.append((2, threading.current_thread().name)))
        assert done == []  # still waiting on the gate: the caller went on
        gate.set()
        connection.execute(text("SELECT 1"))  # a statement waits for what was handed in
        assert [n for n, _ in done] == [1, 2]
        assert {name for _, name in done} == {"engagetrack-copy"}
    finally:
        pipe.close()


def test_a_failed_job_drops_the_rest_and_its_error_reaches_the_caller(connection: Any) -> None:
    ran: list[int] = []
    pipe = CopyPipe(connection)

    def fail() -> None:
        raise ValueError("refused")

    try:
        pipe.submit(lambda: ran.append(1))
        pipe.submit(fail)
        pipe.submit(lambda: ran.append(3))
        with pytest.raises(ValueError, match="refused"):
            pipe.drain()
        with pytest.raises(ValueError, match="refused"):
            connection.execute(text("SELECT 1"))
        assert ran == [1]
    finally:
        pipe.close()
    assert connection.execute(text("SELECT 2")).scalar() == 2  # closed: no hook left


def test_closing_with_cancel_drops_the_jobs_not_yet_started(connection: Any) -> None:
    ran: list[int] = []
    gate = threading.Event()
    started = threading.Event()
    pipe = CopyPipe(connection)
    pipe.submit(lambda: (started.set(), gate.wait(5), ran.append(1)))
    pipe.submit(lambda: ran.append(2))
    started.wait(5)
    closer = threading.Thread(target=lambda: pipe.close(cancel=True))
    closer.start()
    while not pipe._cancelled:  # the close has begun while the first job still runs
        time.sleep(0.005)
    gate.set()
    closer.join(10)
    assert ran == [1]
