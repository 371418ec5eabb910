"""The second process that holds an import's write transaction: all or nothing, errors heard."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from engagetrack.store.database import open_database
from engagetrack.store.writer_process import WriterProcess, WriterProcessError


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "register.db"
    open_database(path, create=True).close()
    return path


def query(path: Path, sql: str) -> list[Any]:
    """The rows of `sql`, as another reader of the register file sees them."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def settings(path: Path) -> dict[str, str]:
    return dict(query(path, "SELECT key, value FROM settings"))


def test_rows_are_there_only_after_the_commit(register: Path) -> None:
    writer = WriterProcess(register)
    writer.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", [["a", "1"], ["b", "2"]])
    writer.execute("UPDATE settings SET value = ? WHERE key = ?", ("3", "b"))
    writer.sync()
    assert "a" not in settings(register)  # another reader sees nothing before the commit
    writer.commit()
    writer.release()
    assert settings(register)["a"] == "1"
    assert settings(register)["b"] == "3"


def test_an_error_is_raised_at_the_next_sync_and_nothing_is_kept(register: Path) -> None:
    writer = WriterProcess(register)
    writer.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", [["a", "1"]])
    writer.execute("INSERT INTO no_such_table VALUES (1)")
    writer.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", [["b", "2"]])
    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        writer.sync()
    with pytest.raises(sqlite3.OperationalError):
        writer.commit()  # the transaction was rolled back at the error: nothing to commit
    writer.close()
    assert "a" not in settings(register) and "b" not in settings(register)


def test_a_constraint_error_keeps_its_kind(register: Path) -> None:
    writer = WriterProcess(register)
    writer.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", [["a", "1"], ["a", "2"]])
    with pytest.raises(sqlite3.IntegrityError):
        writer.sync()
    writer.close()
    assert "a" not in settings(register)


def test_closing_without_a_commit_rolls_back(register: Path) -> None:
    writer = WriterProcess(register)
    writer.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", [["a", "1"]])
    writer.sync()
    writer.close()
    writer.close()  # a second close does nothing
    assert writer.child.returncode == 0
    assert "a" not in settings(register)


def test_a_child_that_dies_is_a_clear_error_and_writes_nothing(register: Path) -> None:
    writer = WriterProcess(register)
    writer.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", [["a", "1"]])
    writer.sync()
    writer.child.kill()
    writer.child.wait(timeout=30)
    writer.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", [["b", "2"]])
    with pytest.raises(WriterProcessError, match="ended unexpectedly"):
        writer.commit()
    writer.close()
    assert settings(register).keys().isdisjoint({"a", "b"})


def test_the_commit_is_checkpointed_into_the_file(register: Path) -> None:
    before = register.stat().st_size
    writer = WriterProcess(register)
    writer.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [[f"k{i}", "x" * 500] for i in range(2000)],
    )
    writer.commit()
    assert register.stat().st_size == before  # committed to the WAL, not yet copied back
    writer.release()
    writer.child.wait(timeout=60)
    # copied into the database file by the child, so the next edit does not pay for it
    assert register.stat().st_size > before + 1_000_000


AUDIT_SQL = (
    "INSERT INTO audit_entries (at, user, entity, entity_id, action, changes)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)


def trail(path: Path) -> list[tuple[str, int, str]]:
    return query(path, "SELECT entity, entity_id, changes FROM audit_entries")


def test_audit_texts_are_filled_in_from_the_rows_kept(register: Path) -> None:
    writer = WriterProcess(register)
    writer.template(0, 5, '{"a": %s, "key": [null, %s], "value": [null, %s]}', [0, 1], [0])
    writer.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [["k1", 'say "hi" \\ 100%'], ["k2", 42]],
        keep=(5, 0),
    )
    head = ["2026-12-01 10:00:00", "tester"]
    entries = [
        ("setting", "k2", "create", 0, ("[1, 2]",)),
        ("other", 9, "update", '{"b": [1, 2]}'),  # given whole
        ("setting", "k1", "create", 0, ('"x"',)),
    ]
    writer.audit(AUDIT_SQL, head, [], entries)
    writer.commit()
    writer.release()
    assert trail(register) == [
        ("setting", "k2", '{"a": [1, 2], "key": [null, "k2"], "value": [null, 42]}'),
        ("other", 9, '{"b": [1, 2]}'),
        (
            "setting",
            "k1",
            '{"a": "x", "key": [null, "k1"], "value": [null, "say \\"hi\\" \\\\ 100%"]}',
        ),
    ]


def test_an_entry_without_its_kept_row_is_an_error_and_writes_nothing(register: Path) -> None:
    writer = WriterProcess(register)
    writer.template(0, 0, '{"value": [null, %s]}', [1], [])
    writer.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)", [["k1", "v"]], keep=(0, 0)
    )
    writer.audit(AUDIT_SQL, ["2026-12-01 10:00:00", "tester"], [], [("s", "k1", "create", 0, ())])
    # the rows kept are forgotten once their entries are written
    writer.audit(AUDIT_SQL, ["2026-12-01 10:00:00", "tester"], [], [("s", "k1", "create", 0, ())])
    with pytest.raises(sqlite3.OperationalError):
        writer.sync()
    writer.close()
    assert trail(register) == []
    assert "k1" not in settings(register)


def test_a_value_of_another_kind_is_written_as_the_audit_encoder_writes_it(
    register: Path,
) -> None:
    writer = WriterProcess(register)
    writer.template(0, 0, '{"value": [null, %s]}', [1], [])
    writer.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [["k1", 1.5], ["k2", True]],
        keep=(0, 0),
    )
    entries = [("s", "k1", "create", 0, ()), ("s", "k2", "create", 0, ())]
    writer.audit(AUDIT_SQL, ["2026-12-01 10:00:00", "tester"], [], entries)
    writer.commit()
    writer.release()
    assert [c for *_, c in trail(register)] == [
        '{"value": [null, 1.5]}',
        '{"value": [null, true]}',
    ]
