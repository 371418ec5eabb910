"""Opening a database file: pragmas, transactions, refusals that leave the file untouched,
read-only files, migrations and file permissions."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from engagetrack.services import organizations
from engagetrack.store import database as database_module
from engagetrack.store import schema, schema_check
from engagetrack.store.backups import list_backups
from engagetrack.store.database import Database, open_database
from engagetrack.store.errors import (
    CorruptDatabaseError,
    MissingDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    ReadOnlyFileError,
    StoreError,
)
from engagetrack.store.integrity import integrity_problems
from engagetrack.store.location import ENV_VAR, resolve_target, sqlite_uri
from engagetrack.store.locking import lock_path_for
from engagetrack.store.models import AuditEntry, Base, Contact, Organization, Principle

POSIX = sys.platform != "win32"
IS_ROOT = POSIX and os.geteuid() == 0


def file_state(path: Path) -> tuple[bytes, int]:
    """What 'unchanged' means: every byte and the modification time."""
    return path.read_bytes(), path.stat().st_mtime_ns


def make_register(path: Path, organizations_count: int = 3, notes: str = "") -> None:
    """A small, closed EngageTrack database with a few organizations."""
    with open_database(path, create=True) as db, db.write() as s:
        for i in range(organizations_count):
            organizations.create(s, {"name": f"Org {i}", "notes": notes or None})


def raw_count(path: Path, table: str) -> int:
    """Count rows with a plain sqlite3 connection, outside EngageTrack."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def set_revision(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
    finally:
        conn.close()


# --- connection settings -------------------------------------------------------------------


def test_writer_connections_use_wal_full_sync_foreign_keys_and_a_busy_timeout(
    db: Database,
) -> None:
    with db.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert (conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) >= 1000
        assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 0


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.write() as s:
        s.execute(insert(Contact).values(organization_id=4242, name="Nobody's contact"))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0


def test_an_exception_inside_a_write_leaves_neither_the_change_nor_its_audit_entry(
    db: Database, tmp_db_path: Path
) -> None:
    with pytest.raises(RuntimeError, match="user cancelled"), db.write() as s:
        organizations.create(s, {"name": "Half-saved"})
        s.flush()  # the INSERTs have reached SQLite, inside the transaction
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 1
        raise RuntimeError("user cancelled")
    # seen from outside EngageTrack: nothing landed, not even the audit row
    assert raw_count(tmp_db_path, "organizations") == 0
    assert raw_count(tmp_db_path, "audit_entries") == 0
    with db.write() as s:
        organizations.create(s, {"name": "Saved"})
    assert raw_count(tmp_db_path, "organizations") == 1
    assert raw_count(tmp_db_path, "audit_entries") == 1


def test_a_failing_statement_rolls_back_the_earlier_statements_of_the_same_action(
    db: Database, tmp_db_path: Path
) -> None:
    with pytest.raises(IntegrityError), db.write() as s:
        organizations.create(s, {"name": "First of two"})
        s.flush()
        s.execute(insert(Contact).values(organization_id=4242, name="dangling"))
    assert raw_count(tmp_db_path, "organizations") == 0
    assert raw_count(tmp_db_path, "audit_entries") == 0


def test_a_reader_cannot_write(tmp_db_path: Path) -> None:
    make_register(tmp_db_path)
    with open_database(tmp_db_path, mode="read") as reader:
        assert reader.read_only and reader.lock is None
        with pytest.raises(ReadOnlyDatabaseError), reader.write():
            pass
        with reader.read() as s:
            assert s.connection().exec_driver_sql("PRAGMA query_only").scalar() == 1
            with pytest.raises(OperationalError):
                s.execute(text("DELETE FROM organizations"))
    assert raw_count(tmp_db_path, "organizations") == 3


# --- files that are refused, untouched ------------------------------------------------------


def _junk(path: Path) -> None:
    path.write_bytes(b"Quarterly report\n" * 500)


def _corrupt(path: Path) -> None:
    make_register(path)
    data = bytearray(path.read_bytes())
    # a valid SQLite header followed by garbage where the schema pages were
    data[100:] = bytes((i * 7 + 13) % 256 for i in range(len(data) - 100))
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    make_register(path, 40, notes="n" * 500)
    path.write_bytes(path.read_bytes()[:6000])


def _newer(path: Path) -> None:
    make_register(path)
    set_revision(path, "9999")


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
        conn.commit()
    finally:
        conn.close()


REFUSED: dict[str, tuple[Callable[[Path], None], type[StoreError], str]] = {
    "junk": (_junk, NotADatabaseError, "not an EngageTrack database"),
    "corrupt": (_corrupt, StoreError, "damaged|not an EngageTrack"),
    "truncated": (_truncated, CorruptDatabaseError, "damaged"),
    "newer schema": (_newer, NewerSchemaError, "newer version"),
    "other SQLite file": (_foreign, NotADatabaseError, "not an EngageTrack"),
}


@pytest.mark.parametrize("mode", ["write", "read"])
@pytest.mark.parametrize("kind", list(REFUSED))
def test_unusable_files_are_refused_with_one_line_and_left_byte_for_byte_unchanged(
    tmp_path: Path, kind: str, mode: database_module.Mode
) -> None:
    make, error, words = REFUSED[kind]
    path = tmp_path / "Rapport d'été 2026.db"
    make(path)
    before = file_state(path)
    with pytest.raises(error, match=words) as caught:
        open_database(path, mode=mode, create=True)
    message = str(caught.value)
    assert "\n" not in message and path.name in message
    assert file_state(path) == before
    assert not list_backups(path)  # nothing "helpfully" copied or migrated either
    if mode == "write":  # the refusal let go of the lock: the file is free for another try
        with pytest.raises(error):
            open_database(path, mode=mode)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "register.db"
    folder.mkdir()
    for mode in ("write", "read"):
        with pytest.raises(NotADatabaseError, match="folder"):
            open_database(folder, mode=mode, create=True)  # type: ignore[arg-type]


def test_a_missing_file_is_created_only_when_asked(tmp_db_path: Path) -> None:
    with pytest.raises(MissingDatabaseError, match="no database"):
        open_database(tmp_db_path)
    with pytest.raises(MissingDatabaseError):
        open_database(tmp_db_path, mode="read", create=True)
    assert not tmp_db_path.exists()
    with open_database(tmp_db_path, create=True) as db:
        assert db.created
    with open_database(tmp_db_path, create=True) as db:
        assert not db.created


def test_a_path_with_spaces_and_accents_works_for_writers_and_readers(tmp_path: Path) -> None:
    path = tmp_path / "Données sécurité" / "Registre d'engagement ÉTÉ.db"
    with open_database(path, create=True) as db, db.write() as s:
        organizations.create(s, {"name": "École nationale"})
    with open_database(path, mode="read") as reader, reader.read() as s:
        assert s.scalars(select(Organization.name)).all() == ["École nationale"]


@pytest.mark.skipif(not POSIX, reason="'?' is not allowed in Windows file names")
def test_uri_characters_in_a_file_name_are_taken_literally(tmp_path: Path) -> None:
    path = tmp_path / "who? what #1 100%.db"
    with open_database(path, create=True) as db, db.write() as s:
        organizations.create(s, {"name": "Literal"})
    with open_database(path, mode="read") as reader, reader.read() as s:
        assert s.scalars(select(Organization.name)).all() == ["Literal"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == [path.name]


def test_sqlite_uris_for_local_and_network_paths() -> None:
    # Only the strings can be checked here; SQLite refuses a URI authority ("server"), so a
    # Windows network path must keep the server inside the path.
    assert (
        sqlite_uri(PurePosixPath("/data/a b.db"), read_only=True) == "file:///data/a%20b.db?mode=ro"
    )
    assert sqlite_uri(PureWindowsPath(r"C:\Users\me\r.db")) == "file:///C:/Users/me/r.db"
    assert sqlite_uri(PureWindowsPath(r"\\server\share\r.db")) == "file:////server/share/r.db"


# --- read-only files ----------------------------------------------------------------------


def test_a_file_the_os_will_not_let_us_write_is_refused_for_writing_and_opens_for_reading(
    db: Database, tmp_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Runs as root in CI, and root may write any file whatever its mode bits; so the OS's
    # answer is simulated here through os.access, which is what the store asks. The real
    # chmod variant below runs for ordinary users.
    with db.write() as s:
        organizations.create(s, {"name": "Kept"})
    db.close()
    before = file_state(tmp_db_path)
    real_access = os.access

    def access(path: os.PathLike[str] | str, mode: int, **kwargs: object) -> bool:
        if Path(path) == tmp_db_path and mode & os.W_OK:
            return False
        return real_access(path, mode)

    monkeypatch.setattr(os, "access", access)
    with pytest.raises(ReadOnlyFileError, match="read-only"):
        open_database(tmp_db_path)
    assert file_state(tmp_db_path) == before
    with open_database(tmp_db_path, mode="read") as reader, reader.read() as s:
        assert s.scalars(select(Organization.name)).all() == ["Kept"]


@pytest.mark.skipif(not POSIX or IS_ROOT, reason="root writes read-only files anyway")
def test_a_chmod_0444_file_is_refused_for_writing_and_opens_for_reading(
    db: Database, tmp_db_path: Path
) -> None:
    with db.write() as s:
        organizations.create(s, {"name": "Kept"})
    db.close()
    tmp_db_path.chmod(0o444)
    before = file_state(tmp_db_path)
    with pytest.raises(ReadOnlyFileError):
        open_database(tmp_db_path)
    with open_database(tmp_db_path, mode="read") as reader, reader.read() as s:
        assert s.scalars(select(Organization.name)).all() == ["Kept"]
    assert file_state(tmp_db_path) == before


# --- schema and migrations ------------------------------------------------------------------


def alembic_head() -> str:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    heads = ScriptDirectory.from_config(config).get_heads()
    assert len(heads) == 1, f"the migrations have branched: {heads}"
    return heads[0]


def test_known_revisions_end_at_the_alembic_head() -> None:
    assert schema.KNOWN_REVISIONS[-1] == schema.HEAD_REVISION == alembic_head()


def test_a_new_database_is_migrated_to_the_head_with_the_principles_built_in(db: Database) -> None:
    assert db.schema_version == alembic_head()
    with db.read() as s:
        numbers = s.scalars(select(Principle.number).order_by(Principle.number)).all()
    assert numbers == list(range(1, 12))


@pytest.mark.both_engines
def test_the_migrations_build_exactly_the_schema_of_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": schema.include_name}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_an_older_schema_is_copied_before_it_is_migrated(
    tmp_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # There is only one real revision so far; pretend "0000" came before it, and let the
    # "migration" restamp the file, to see the copy taken before the file changes shape.
    make_register(tmp_db_path)
    set_revision(tmp_db_path, "0000")
    monkeypatch.setattr(schema_check, "KNOWN_REVISIONS", ("0000", schema.HEAD_REVISION))
    migrated: list[str] = []

    def fake_upgrade(conn: object) -> None:
        migrated.append("yes")
        conn.exec_driver_sql(  # type: ignore[attr-defined]
            f"UPDATE alembic_version SET version_num = '{schema.HEAD_REVISION}'"
        )

    monkeypatch.setattr(schema, "upgrade_to_head", fake_upgrade)
    with pytest.raises(StoreError, match="older schema"):
        open_database(tmp_db_path, mode="read")  # a reader never migrates
    assert not list_backups(tmp_db_path)
    with open_database(tmp_db_path) as db:
        assert migrated == ["yes"]
        assert db.schema_version == schema.HEAD_REVISION
    copies = [p for p in list_backups(tmp_db_path) if "pre-migration-0000" in p.name]
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0000"
        assert conn.execute("SELECT count(*) FROM organizations").fetchone()[0] == 3
    finally:
        conn.close()


def test_integrity_check_reports_damage_instead_of_crashing(tmp_db_path: Path) -> None:
    make_register(tmp_db_path, 200, notes="n" * 800)
    with open_database(tmp_db_path, mode="read") as reader:
        assert integrity_problems(reader) == []
    data = bytearray(tmp_db_path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + 3 * page] = bytes(range(256)) * (3 * page // 256)
    tmp_db_path.write_bytes(bytes(data))
    with open_database(tmp_db_path, mode="read") as reader:
        problems = integrity_problems(reader)
        assert problems and all(isinstance(p, str) and p for p in problems)
        # reading the damaged rows gives the plain "damaged" message, not a driver error
        raised: list[Exception] = []
        for table in ("organizations", "audit_entries", "stage_changes"):
            try:
                with reader.read() as s:
                    s.execute(text(f"SELECT * FROM {table}")).all()
            except Exception as exc:
                raised.append(exc)
    assert raised and all(isinstance(e, CorruptDatabaseError) for e in raised), raised
    assert "backups" in str(raised[0])


# --- where the file is -----------------------------------------------------------------------


def test_db_option_wins_over_the_environment_which_wins_over_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env.db"))
    assert resolve_target(tmp_path / "from-option.db").path == tmp_path / "from-option.db"
    assert resolve_target(None).path == tmp_path / "from-env.db"
    monkeypatch.delenv(ENV_VAR)
    default = resolve_target(None).path
    assert default is not None and default.name == "engagetrack.db"
    assert "EngageTrack" in default.parts


def test_urls_select_another_engine_and_never_show_the_password() -> None:
    target = resolve_target("postgresql+psycopg://official:s3cret@db.example/register")
    assert target.path is None and target.url is not None
    assert "s3cret" not in target.describe()
    assert resolve_target("sqlite:////tmp/x/register.db").path == Path("/tmp/x/register.db")


# --- permissions -------------------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="POSIX permission bits")
def test_the_database_and_its_lock_are_private_to_the_user(db: Database, tmp_db_path: Path) -> None:
    assert stat.S_IMODE(tmp_db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(lock_path_for(tmp_db_path).stat().st_mode) == 0o600
