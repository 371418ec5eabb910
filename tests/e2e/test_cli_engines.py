"""Every command on a register on a PostgreSQL server exactly as on a file, and `copy`
moving a whole register between the two engines with identical figures."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.test_cli import AUDIT_KEYS, ok, run, user_error
from tests.helpers.postgres_server import TEMPLATE, PostgresServer

pytestmark = pytest.mark.both_engines
Target = Callable[[str], str]


def _stats(db: str) -> dict[str, object]:
    figures = json.loads(ok(run("stats", "--json", "--db", db)))
    figures.pop("schema_version")
    return figures


def test_every_command_works_on_this_engine(
    engine: str, new_register_target: Target, tmp_path: Path
) -> None:
    db = new_register_target("main")
    ok(run("init", "--demo", "--db", db))
    figures = _stats(db)
    assert figures["organizations"] == 26 and figures["meetings"] == 12
    assert "Integrity check passed" in ok(run("check", "--db", db))

    workbook = tmp_path / "briefing.xlsx"
    assert "Wrote" in ok(run("export", workbook, "--db", db))
    unchanged = ok(run("import", workbook, "--db", db))
    assert "Organizations: 0 added, 0 updated, 26 unchanged" in unchanged
    other = new_register_target("other")
    ok(run("import", workbook, "--db", other))
    assert _stats(other)["organizations"] == 26

    entries = json.loads(ok(run("audit", "--json", "--limit", "5", "--db", db)))
    assert len(entries) == 5 and all(set(e) == AUDIT_KEYS for e in entries)
    assert all(
        e["db_role"] == ("engagetrack_owner" if engine == "postgresql" else None) for e in entries
    )

    note = tmp_path / "note.docx"
    ok(run("brief", note, "--org", "Kestrel Video (example)", "--db", db))
    assert [n["scope"] for n in json.loads(ok(run("briefs", "--json", "--db", db)))] == [
        "Kestrel Video (example)"
    ]
    ok(run("generate", "--scale", "5", "--db", other))
    assert _stats(other)["organizations"] == 31


def test_a_server_register_copies_to_a_file_and_back_with_identical_figures(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    server = postgres.url(postgres.create_database())
    ok(run("init", "--demo", "--db", server))
    ok(run("generate", "--scale", "10", "--db", server))
    snapshot = tmp_path / "snapshot.db"
    copied = ok(run("copy", server, snapshot))
    assert "every table's count checked" in copied
    assert _stats(str(snapshot)) == _stats(server)

    back = postgres.url(postgres.create_database(template=TEMPLATE))
    ok(run("copy", snapshot, back))
    assert _stats(back) == _stats(server)
    # what the copy carries beside the figures: the audit trail, the history, the ids
    first = json.loads(ok(run("audit", "--json", "--db", server)))
    again = json.loads(ok(run("audit", "--json", "--db", back)))
    assert again == first
    # the server goes on giving new ids after the copied ones
    ok(run("generate", "--scale", "2", "--db", back))
    assert _stats(back)["organizations"] == _stats(server)["organizations"] + 2  # type: ignore[operator]


def test_a_copy_goes_only_into_an_empty_register_and_leaves_nothing_when_refused(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    server = postgres.url(postgres.create_database())
    ok(run("init", "--demo", "--db", server))
    used = tmp_path / "used.db"
    ok(run("init", "--demo", "--db", used))
    user_error(run("copy", server, used), "already exists")
    busy = postgres.url(postgres.create_database())
    ok(run("init", "--demo", "--db", busy))
    user_error(run("copy", used, busy), "already holds records")
    assert _stats(busy)["organizations"] == 26
    user_error(run("copy", tmp_path / "missing.db", tmp_path / "new.db"), "no database")
    assert not (tmp_path / "new.db").exists()


def test_backup_of_a_server_is_a_portable_snapshot(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    server = postgres.url(postgres.create_database())
    ok(run("init", "--demo", "--db", server))
    target = tmp_path / "server-backup.db"
    assert str(target) in ok(run("backup", "--to", target, "--db", server))
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM organizations").fetchone()[0] == 26
    assert _stats(str(target)) == _stats(server)


def test_attached_files_travel_with_a_copy_byte_for_byte(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    """The files kept inside the register go with it to the server and back."""
    import hashlib

    workstation = tmp_path / "workstation.db"
    ok(run("init", "--demo", "--db", workstation))
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(bytes(range(256)) * 4096 + b"%%EOF")  # 1 MB of every byte value
    ok(run("attach", letter, "--org", "Kestrel Video (example)", "--db", workstation))
    server = postgres.url(postgres.create_database(template=TEMPLATE))
    ok(run("copy", workstation, server))
    back = tmp_path / "back.db"
    ok(run("copy", server, back))
    for db in (str(workstation), server, str(back)):
        listed = json.loads(ok(run("attachments", "--json", "--db", db)))
        assert [a["sha256"] for a in listed] == [hashlib.sha256(letter.read_bytes()).hexdigest()]
    with sqlite3.connect(back) as conn:
        (data,) = conn.execute("SELECT data FROM attachment_contents").fetchone()
    assert data == letter.read_bytes()
    # found by its name on the server too
    hits = json.loads(ok(run("search", "letter", "--json", "--db", server)))
    assert any(h["entity"] == "attachment" for h in hits)
