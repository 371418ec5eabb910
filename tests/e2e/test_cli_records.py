"""The record-keeping commands as a user runs them: attach, attachments, search and atip, in
subprocesses, with their exit codes and JSON keys."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from tests.e2e.test_cli import ok, run

SEARCH_KEYS = {"entity", "id", "title", "classification", "match"}


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("records") / "demo.db"
    ok(run("init", "--demo", "--today", "2026-12-01", "--db", db))
    return db


def test_attach_list_and_refuse(register: Path, tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Microsoft confirms its hash-matching programme.", encoding="utf-8")
    out = ok(run("attach", letter, "--org", "Microsoft", "--note", "Signed", "--db", register))
    assert "letter.txt" in out and hashlib.sha256(letter.read_bytes()).hexdigest() in out
    again = ok(run("attach", letter, "--org", "microsoft", "--db", register))
    assert "not stored twice" in again
    meeting = run(
        "attach",
        letter,
        "--meeting",
        "2020-03-05 Launch of the Voluntary Principles",
        "--classification",
        "protected a",
        "--db",
        register,
    )
    ok(meeting)
    listed = json.loads(ok(run("attachments", "--org", "Microsoft", "--json", "--db", register)))
    assert [(a["file_name"], a["entity"], a["classification"]) for a in listed] == [
        ("letter.txt", "organization", "UNCLASSIFIED"),
        ("letter.txt", "meeting", "PROTECTED A"),
    ]
    assert listed[0]["note"] == "Signed" and listed[0]["size"] == letter.stat().st_size
    for bad, words in (
        (("attach", tmp_path / "none.txt", "--org", "Microsoft"), "not a file"),
        (("attach", letter, "--org", "Nobody"), "no organization"),
        (("attach", letter, "--meeting", "yesterday Call"), "YYYY-MM-DD"),
        (("attach", letter, "--commitment", "9999"), "9999"),
    ):
        refused = run(*bad, "--db", register)
        assert refused.returncode == 1 and words in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
    assert run("attach", letter, "--db", register).returncode == 2  # no record named


def test_search_json_and_text(register: Path) -> None:
    hits = json.loads(ok(run("search", "original six", "--json", "--db", register)))
    assert hits and all(set(h) == SEARCH_KEYS for h in hits)
    assert any(h["entity"] == "meeting" and "summary" in h["match"] for h in hits)
    assert json.loads(ok(run("search", "zzqxnothing", "--json", "--db", register))) == []
    assert (
        len(json.loads(ok(run("search", "the", "--json", "--limit", "3", "--db", register)))) == 3
    )
    assert "Nothing found." in ok(run("search", "zzqxnothing", "--db", register))
    assert run("search", "a", "--db", register).returncode == 1


def test_atip_writes_the_pack(register: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack.zip"
    said = ok(
        run(
            "atip",
            "Microsoft",
            "--out",
            out,
            "--max-classification",
            "UNCLASSIFIED",
            "--db",
            register,
        )
    )
    assert "pack.zip" in said
    with zipfile.ZipFile(out) as pack:
        names = pack.namelist()
        assert {"index.xlsx", "search.txt", "records/organizations.json"} <= set(names)
        assert not any(b"PROTECTED" in pack.read(n) for n in names if n.endswith(".json"))
    refused = run("atip", "Nobody", "--out", tmp_path / "x.zip", "--db", register)
    assert refused.returncode == 1 and "Nobody" in refused.stderr
    backwards = run(
        "atip",
        "Microsoft",
        "--out",
        tmp_path / "y.zip",
        "--since",
        "2026-02-01",
        "--until",
        "2026-01-01",
        "--db",
        register,
    )
    assert backwards.returncode == 1
    assert run("atip", "Microsoft", "--db", register).returncode == 2  # --out is required
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.zip"]
