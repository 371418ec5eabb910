"""The command line as a user runs it: every command in a subprocess, every exit code."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from engagetrack.domain.vocabularies import AssessmentStatus, Stage
from engagetrack.store.schema import HEAD_REVISION

ROOT = Path(__file__).resolve().parents[2]
POSIX = sys.platform != "win32"
IS_ROOT = POSIX and os.geteuid() == 0
STATS_KEYS = {
    "organizations",
    "archived",
    "by_stage",
    "endorsers",
    "contacts",
    "meetings",
    "commitments",
    "open_commitments",
    "overdue_commitments",
    "assessments",
    "schema_version",
}
# the SPEC keys, and (issue #13) who as the database and the workstation know them, and why
AUDIT_KEYS = {
    "at",
    "user",
    "entity",
    "entity_id",
    "action",
    "changes",
    "db_role",
    "os_user",
    "reason",
}


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "ENGAGETRACK_DB"}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "engagetrack", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
        check=False,
    )


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


def user_error(done: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 1, one line per problem starting with 'error:', never a traceback."""
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines and all(line.startswith(("error:", "damaged:")) for line in lines), lines
    for word in words:
        assert word in done.stderr
    return done.stderr


def bad_usage(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and "usage:" in done.stderr
    for word in words:
        assert word in done.stderr


def stats_of(db: Path) -> dict[str, object]:
    figures = json.loads(ok(run("stats", "--json", "--db", db)))
    assert isinstance(figures, dict)
    return figures


def file_state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo register shared by the tests that only read it."""
    db = tmp_path_factory.mktemp("demo") / "démo register.db"
    out = ok(run("init", "--demo", "--db", db))
    assert "Demo dataset added" in out and "Created" in out
    return db


# --- init -------------------------------------------------------------------------------------


def test_init_creates_a_database_once_from_the_option_or_the_environment(tmp_path: Path) -> None:
    from_env = tmp_path / "from env.db"
    out = ok(run("init", env={"ENGAGETRACK_DB": str(from_env)}))
    assert "Created" in out and from_env.exists()
    out = ok(run("init", env={"ENGAGETRACK_DB": str(from_env)}))
    assert "Already exists" in out
    # --db wins over the environment
    option = tmp_path / "option.db"
    ok(run("init", "--db", option, env={"ENGAGETRACK_DB": str(tmp_path / "unused.db")}))
    assert option.exists() and not (tmp_path / "unused.db").exists()
    if POSIX:
        assert stat.S_IMODE(option.stat().st_mode) == 0o600
    figures = stats_of(option)
    assert figures["organizations"] == 0
    assert figures["by_stage"] == {s.value: 0 for s in Stage}
    assert figures["assessments"] == {a.value: 0 for a in AssessmentStatus}


def test_the_demo_goes_only_into_an_empty_database(demo: Path) -> None:
    before = stats_of(demo)
    user_error(run("init", "--demo", "--db", demo), "empty database")
    assert stats_of(demo) == before


def test_init_demo_today_places_the_examples_and_refuses_a_future_date(tmp_path: Path) -> None:
    placed = tmp_path / "placed.db"
    ok(run("init", "--demo", "--today", "2025-12-01", "--db", placed))
    conn = sqlite3.connect(placed)
    try:
        held = conn.execute(
            "SELECT held_on FROM meetings WHERE title = 'Bilateral with Kestrel Video'"
        ).fetchone()[0]
        launch = conn.execute(
            "SELECT held_on FROM meetings WHERE title = 'Launch of the Voluntary Principles'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert held == "2025-09-14" and launch == "2020-03-05"  # a year earlier; the fact stays
    future = tmp_path / "future.db"
    user_error(run("init", "--demo", "--today", "2999-01-01", "--db", future), "today")
    assert not future.exists()


# --- stats --------------------------------------------------------------------------------


def test_stats_json_has_exactly_the_spec_keys_and_every_vocabulary(demo: Path) -> None:
    figures = stats_of(demo)
    assert set(figures) == STATS_KEYS
    assert list(figures["by_stage"]) == [s.value for s in Stage]  # type: ignore[call-overload]
    assert list(figures["assessments"]) == [a.value for a in AssessmentStatus]  # type: ignore[call-overload]
    assert figures["endorsers"] == 9 == figures["by_stage"]["Endorsed"]  # type: ignore[index]
    assert figures["organizations"] == sum(figures["by_stage"].values())  # type: ignore[attr-defined]
    # overdue follows from the due dates and today's date, counted here outside EngageTrack
    conn = sqlite3.connect(demo)
    try:
        overdue = conn.execute(
            "SELECT count(*) FROM commitments WHERE status IN ('Open', 'In progress')"
            " AND due_on < ?",
            (date.today().isoformat(),),
        ).fetchone()[0]
    finally:
        conn.close()
    assert figures["overdue_commitments"] == overdue
    assert figures["schema_version"] == HEAD_REVISION


def test_stats_text_says_the_same_as_the_json(demo: Path) -> None:
    figures = stats_of(demo)
    text = ok(run("stats", "--db", demo))
    assert f"Organizations: {figures['organizations']} ({figures['endorsers']} endorsers)" in text
    assert f"{figures['overdue_commitments']} overdue" in text
    for stage in Stage:
        assert stage.value in text
    assert f"Archived organizations (not counted here): {figures['archived']}" in text


def test_the_database_may_be_named_before_the_command_or_after_it(
    demo: Path, tmp_path: Path
) -> None:
    """`engagetrack --db FILE stats`, as the usage line shows it, reaches the same register
    as `engagetrack stats --db FILE`; given in both places, the command's own wins."""
    figures = stats_of(demo)
    before = json.loads(ok(run("--db", demo, "stats", "--json")))
    assert before == figures
    elsewhere = tmp_path / "other.db"
    ok(run("init", "--db", elsewhere))
    both = json.loads(ok(run("--db", demo, "stats", "--json", "--db", elsewhere)))
    assert both["organizations"] == 0


def test_stats_count_active_records_and_archived_organizations_apart(
    demo: Path, tmp_path: Path
) -> None:
    """An archived endorser leaves every active count, with its contacts and commitments,
    and is counted under `archived`; the human output names it on its own line."""
    db = tmp_path / "archived.db"
    db.write_bytes(demo.read_bytes())
    before = stats_of(db)
    assert before["archived"] == 0
    conn = sqlite3.connect(db)
    try:
        org_id, contacts, commitments = conn.execute(
            "SELECT o.id, (SELECT count(*) FROM contacts c WHERE c.organization_id = o.id),"
            " (SELECT count(*) FROM commitments m WHERE m.organization_id = o.id)"
            " FROM organizations o WHERE o.stage = 'Endorsed' ORDER BY 3 DESC, o.id LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE organizations SET archived = 1 WHERE id = ?", (org_id,))
        conn.commit()
    finally:
        conn.close()
    after = stats_of(db)
    assert after["archived"] == 1
    assert after["organizations"] == before["organizations"] - 1  # type: ignore[operator]
    assert after["endorsers"] == before["endorsers"] - 1 == 8  # type: ignore[operator]
    assert after["by_stage"]["Endorsed"] == 8  # type: ignore[index]
    assert after["contacts"] == before["contacts"] - contacts  # type: ignore[operator]
    assert after["commitments"] == before["commitments"] - commitments  # type: ignore[operator]
    assert commitments > 0
    assert "Archived organizations (not counted here): 1" in ok(run("stats", "--db", db))


# --- a closed pipe ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [("audit",), ("audit", "--json"), ("stats",), ("briefs",), ("--help",), ("check",)],
)
def test_a_reader_that_goes_away_ends_the_command_quietly(
    demo: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    """`engagetrack audit | head`: exit 0, nothing on stderr, whenever the pipe closes."""
    db = tmp_path / "big.db"
    db.write_bytes(demo.read_bytes())
    ok(run("generate", "--scale", "20", "--db", db))  # an audit trail longer than a pipe holds
    environment = {k: v for k, v in os.environ.items() if k != "ENGAGETRACK_DB"}
    child = subprocess.Popen(
        [sys.executable, "-m", "engagetrack", *command, "--db", str(db)]
        if command != ("--help",)
        else [sys.executable, "-m", "engagetrack", "--help"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=environment,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.read(1)  # the command has started writing; then the reader goes away
    child.stdout.close()
    error = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=120) == 0, error
    assert error == ""


# --- audit --------------------------------------------------------------------------------


def test_audit_lists_newest_first_with_a_limit(demo: Path) -> None:
    entries = json.loads(ok(run("audit", "--limit", "5", "--json", "--db", demo)))
    assert len(entries) == 5
    assert all(set(e) == AUDIT_KEYS for e in entries)
    assert [e["at"] for e in entries] == sorted((e["at"] for e in entries), reverse=True)
    assert {e["action"] for e in entries} <= {"create", "update", "delete"}
    everything = json.loads(ok(run("audit", "--json", "--db", demo)))
    assert everything[:5] == entries
    assert everything[-1]["entity"] == "organization" and everything[-1]["action"] == "create"
    text = ok(run("audit", "--limit", "1", "--db", demo))
    assert f"{entries[0]['action']} {entries[0]['entity']} #{entries[0]['entity_id']}" in text
    bad_usage(run("audit", "--limit", "0", "--json", "--db", demo), "must be 1 or more")


# --- backup ---------------------------------------------------------------------------------


def test_backup_writes_a_private_copy_and_never_overwrites(demo: Path, tmp_path: Path) -> None:
    out = ok(run("backup", "--db", demo))
    made = Path(out.strip().removeprefix("Backup written to ").rstrip("."))
    if not made.is_absolute():
        made = ROOT / made
    assert made.parent == demo.parent / "backups" and made.exists()
    if POSIX:
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert stats_of(made) == stats_of(demo)
    target = tmp_path / "copy for the minister.db"
    ok(run("backup", "--to", target, "--db", demo))
    before = file_state(target)
    user_error(run("backup", "--to", target, "--db", demo), "already exists")
    assert file_state(target) == before


def test_an_on_demand_backup_survives_the_daily_rotation(tmp_path: Path) -> None:
    db = tmp_path / "register.db"
    ok(run("init", "--db", db))
    made = Path(ok(run("backup", "--db", db)).strip().removeprefix("Backup written to ")[:-1])
    folder = db.parent / "backups"
    assert made.parent == folder
    today = date.today()
    for days in range(1, 20):  # nineteen earlier daily backups
        day = date.fromordinal(today.toordinal() - days)
        (folder / f"register-{day:%Y%m%d}-090000.db").write_bytes(b"old")
    ok(run("init", "--db", db))  # a writer opens the file: today's backup, then rotation
    assert made.exists()
    daily = sorted((p.name for p in folder.iterdir() if p != made), reverse=True)
    assert len(daily) == 14
    assert daily[0].startswith(f"register-{today:%Y%m%d}")
    assert daily[-1] == f"register-{date.fromordinal(today.toordinal() - 13):%Y%m%d}-090000.db"


# --- check ----------------------------------------------------------------------------------


def test_check_passes_a_sound_file_and_fails_a_damaged_one(demo: Path, tmp_path: Path) -> None:
    out = ok(run("check", "--db", demo))
    assert f"schema {HEAD_REVISION}" in out and "passed" in out
    damaged = tmp_path / "damaged.db"
    data = bytearray(demo.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle : middle + 8192] = bytes(range(256)) * 32
    damaged.write_bytes(bytes(data))
    before = file_state(damaged)
    user_error(run("check", "--db", damaged))
    assert file_state(damaged) == before


# --- refusals -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["stats", "check", "audit", "backup", "export"])
def test_reading_commands_refuse_a_missing_file(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "nowhere.db"
    args: list[str | Path] = [command, "--db", missing]
    if command == "export":
        args.insert(1, tmp_path / "out.xlsx")
    user_error(run(*args), "There is no database")
    assert not missing.exists()


def test_files_that_are_not_registers_are_refused_and_left_alone(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"Minutes of the meeting\n" * 100)
    newer = tmp_path / "newer.db"
    ok(run("init", "--db", newer))
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    for path, words in ((junk, "not an EngageTrack database"), (newer, "newer version")):
        before = file_state(path)
        for command in ("init", "stats", "check"):
            user_error(run(command, "--db", path), words)
        assert file_state(path) == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["export", "out.xlsx", "--since", "last week"], ["--since", "YYYY-MM-DD"]),
        (["export", "out.xlsx", "--since", "2026-02-30"], ["--since"]),
        (["export", "out.xlsx", "--max-classification", "SECRET"], ["SECRET", "PROTECTED B"]),
        (["audit", "--limit", "many"], ["--limit"]),
        (["audit", "--limit", "-3"], ["--limit"]),
        (["generate"], ["--scale"]),
        (["frobnicate"], ["frobnicate"]),
    ],
)
def test_bad_usage_exits_2(tmp_path: Path, args: list[str], words: list[str]) -> None:
    bad_usage(run(*args, "--db", tmp_path / "x.db"), *words)
    assert not (tmp_path / "x.db").exists()


def test_version_and_help_exit_0() -> None:
    assert "EngageTrack 0.1.0" in ok(run("--version"))
    help_text = ok(run("--help"))
    for command in ("init", "import", "export", "backup", "check", "stats", "audit", "generate"):
        assert command in help_text


# --- generate -------------------------------------------------------------------------------


def test_generate_is_repeatable_for_a_seed(tmp_path: Path) -> None:
    one, two, other = tmp_path / "one.db", tmp_path / "two.db", tmp_path / "other.db"
    out = ok(run("generate", "--scale", "50", "--db", one))
    assert "50 organizations, 500 meetings, 1000 commitments, 550 assessments" in out
    ok(run("generate", "--scale", "50", "--db", two))
    ok(run("generate", "--scale", "50", "--seed", "9", "--db", other))
    first = stats_of(one)
    assert first == stats_of(two)
    assert first["organizations"] + first["archived"] == 50  # type: ignore[operator]
    assert 0 < first["commitments"] <= 1000  # type: ignore[operator]
    assert stats_of(other) != first
    entries = json.loads(ok(run("audit", "--json", "--limit", "1", "--db", one)))
    assert entries[0]["action"] == "create"  # generated rows are audited like any change


# --- beside a writer, on a read-only file ------------------------------------------------------

HOLDER = """
import sys, time
from engagetrack.store.database import open_database
db = open_database(sys.argv[1])
print("ready", flush=True)
time.sleep(120)
"""


@pytest.fixture
def held(demo: Path, tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """A copy of the demo, held open for writing by another process."""
    db = tmp_path / "held.db"
    ok(run("backup", "--to", db, "--db", demo))
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        yield db, child
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate(timeout=10)


def test_writers_are_refused_and_readers_work_while_another_process_writes(
    held: tuple[Path, subprocess.Popen[str]], tmp_path: Path
) -> None:
    db, child = held
    for args in (["init"], ["init", "--demo"], ["generate", "--scale", "1"]):
        user_error(run(*args, "--db", db), "already open for writing", f"process {child.pid}")
    assert stats_of(db)["endorsers"] == 9
    ok(run("check", "--db", db))
    assert json.loads(ok(run("audit", "--limit", "1", "--json", "--db", db)))
    ok(run("backup", "--to", tmp_path / "beside.db", "--db", db))


@pytest.mark.skipif(not POSIX, reason="SIGKILL is POSIX")
def test_a_killed_writers_lock_is_taken_over(held: tuple[Path, subprocess.Popen[str]]) -> None:
    db, child = held
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    ok(run("generate", "--scale", "2", "--db", db))
    assert stats_of(db)["organizations"] == 28


@pytest.mark.skipif(not POSIX, reason="POSIX permission bits")
def test_reading_commands_work_on_a_file_the_os_will_not_let_us_write(
    demo: Path, tmp_path: Path
) -> None:
    db = tmp_path / "read-only.db"
    ok(run("backup", "--to", db, "--db", demo))
    db.chmod(0o444)
    try:
        before = file_state(db)
        assert stats_of(db)["endorsers"] == 9
        ok(run("check", "--db", db))
        ok(run("audit", "--limit", "2", "--db", db))
        ok(run("backup", "--to", tmp_path / "copy.db", "--db", db))
        assert file_state(db) == before
        if not IS_ROOT:  # root writes read-only files anyway; see tests/unit for the logic
            user_error(run("init", "--db", db), "read-only")
    finally:
        db.chmod(0o600)
