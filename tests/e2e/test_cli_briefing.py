"""`engagetrack brief` and `briefs` as a user runs them, in subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

from tests.e2e.test_cli import ok, run, user_error

BRIEFS_KEYS = {
    "number",
    "title",
    "date",
    "addressee",
    "scope",
    "marking",
    "prepared_by",
    "language",
    "sha256",
}


def test_brief_writes_logs_and_lists_notes(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    ok(run("init", "--demo", "--db", db))
    assert json.loads(ok(run("briefs", "--json", "--db", db))) == []
    note = tmp_path / "kestrel.docx"
    out = ok(
        run(
            "brief",
            note,
            "--org",
            "Kestrel Video (example)",
            "--lang",
            "fr",
            "--addressee",
            "Sous-ministre",
            "--prepared-by",
            "A. Tremblay",
            "--db",
            db,
        )
    )
    assert "ET-" in out and "marked UNCLASSIFIED" in out
    doc = Document(str(note))
    assert doc.paragraphs[0].text == "POUR INFORMATION"
    binder = tmp_path / "binder.docx"
    ok(run("brief", binder, "--max-classification", "protected a", "--db", db))
    assert Document(str(binder)).paragraphs[0].text == "Classification: PROTECTED A"
    listed = json.loads(ok(run("briefs", "--json", "--db", db)))
    assert [set(e) for e in listed] == [BRIEFS_KEYS, BRIEFS_KEYS]
    assert listed[1]["addressee"] == "Sous-ministre" and listed[1]["language"] == "fr"
    assert listed[1]["prepared_by"] == "A. Tremblay"
    assert listed[0]["scope"] == "all" and listed[0]["marking"] == "PROTECTED A"
    assert listed[1]["title"] in ok(run("briefs", "--db", db))


def test_brief_refusals_exit_1_and_leave_nothing(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    ok(run("init", "--demo", "--db", db))
    user_error(run("brief", tmp_path / "x.docx", "--org", "Nobody Inc", "--db", db), "Nobody Inc")
    user_error(run("brief", tmp_path / "x.txt", "--db", db), ".docx")
    user_error(run("brief", tmp_path / "missing" / "x.docx", "--db", db), "does not exist")
    assert list(tmp_path.glob("*.docx*")) == []
    assert json.loads(ok(run("briefs", "--json", "--db", db))) == []
    bad = run("brief", tmp_path / "x.docx", "--kind", "memo", "--db", db)
    assert bad.returncode == 2
