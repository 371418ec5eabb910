"""A register on a PostgreSQL server: opening it (schema, newer schema, rights, passwords),
who the audit trail names, and what two connections at once cannot do to each other."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from engagetrack.services import audit
from engagetrack.services import organizations as orgs
from engagetrack.store.database import open_database
from engagetrack.store.errors import (
    NewerSchemaError,
    PasswordRequiredError,
    ReadOnlyDatabaseError,
    StaleRecordError,
)
from engagetrack.store.location import resolve_target
from engagetrack.store.models import Organization
from engagetrack.store.revisions import HEAD_REVISION
from tests.helpers.postgres_server import PASSWORD_ROLE, TEMPLATE, PostgresServer


@pytest.fixture
def database(postgres: PostgresServer) -> Iterator[str]:
    name = postgres.create_database(template=TEMPLATE)
    yield name
    postgres.drop_database(name)


def test_init_creates_the_schema_in_an_empty_database(postgres: PostgresServer) -> None:
    name = postgres.create_database()
    try:
        with open_database(postgres.url(name), create=True) as db:
            assert db.created
            assert db.schema_version == HEAD_REVISION
            with db.read() as s:
                assert orgs.find_by_name(s, "anything") is None
        with open_database(postgres.url(name)) as again:
            assert not again.created
    finally:
        postgres.drop_database(name)


def test_a_newer_schema_is_refused_and_left_alone(postgres: PostgresServer, database: str) -> None:
    postgres.execute("UPDATE alembic_version SET version_num = '9999'", database)
    with pytest.raises(NewerSchemaError, match="newer version of EngageTrack"):
        open_database(postgres.url(database))
    with postgres.admin(database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"


def test_a_role_with_read_rights_only_opens_read_only(
    postgres: PostgresServer, database: str
) -> None:
    role = postgres.new_name("reader")
    postgres.execute(f"CREATE ROLE {role} LOGIN")
    postgres.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}", database)
    with open_database(postgres.url(database, user=role), user="reader") as db:
        assert db.read_only
        with db.read() as s:
            assert s.query(Organization).count() == 0
        with pytest.raises(ReadOnlyDatabaseError), db.write():
            pass


def test_the_audit_trail_names_the_role_and_the_workstation_login(
    postgres: PostgresServer, database: str
) -> None:
    with open_database(postgres.url(database), user="Alice Tremblay") as db:
        with db.write() as s:
            orgs.create(s, {"name": "Kestrel Video"})
        with db.read() as s:
            entry = audit.entries(s, limit=1)[0]
    assert entry.user == "Alice Tremblay"
    assert entry.db_role == "engagetrack_owner"
    assert entry.os_user


def test_a_server_that_asks_for_a_password_says_so_and_takes_one(
    postgres: PostgresServer, database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    postgres.execute(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")
    postgres.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN SUPERUSER PASSWORD 's3cret'")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    url = postgres.url(database, user=PASSWORD_ROLE)
    with pytest.raises(PasswordRequiredError, match="asks for a password"):
        open_database(url)
    with pytest.raises(PasswordRequiredError):
        open_database(url, password="wrong")
    with open_database(url, password="s3cret") as db:
        assert not db.read_only
    # libpq's own means: a password file the official keeps (never EngageTrack)
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{postgres.port}:*:{PASSWORD_ROLE}:s3cret\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    with open_database(url) as db:
        assert not db.read_only


def test_a_url_is_shown_without_its_password(postgres: PostgresServer) -> None:
    target = resolve_target(postgres.url("register", user="alice", password="p@ss"))
    assert "p@ss" not in target.describe()
    assert "alice" in target.describe()


def test_a_change_between_reading_and_writing_is_refused(
    postgres: PostgresServer, database: str
) -> None:
    """The version column's own guard: no form version was given, but the row moved on
    between this transaction's read and its write."""
    url = postgres.url(database)
    with open_database(url, user="alice") as alice, open_database(url, user="bob") as bob:
        with alice.write() as s:
            org_id = orgs.create(s, {"name": "Kestrel Video"}).id
        with pytest.raises(StaleRecordError, match="same moment"), alice.write() as s:
            record = s.get(Organization, org_id)
            assert record is not None
            with bob.write() as other:
                orgs.update(other, org_id, {"notes": "Bob's"})
            record.notes = "Alice's"
        with bob.read() as s:
            assert orgs.get(s, org_id).notes == "Bob's"


def test_an_edit_waits_for_an_import_and_sees_its_changes(
    postgres: PostgresServer, database: str
) -> None:
    """A bulk write locks the record tables: another writer's edit waits for it (bounded by
    the lock timeout) and then finds the record as the import left it."""
    from engagetrack.interchange.bulk_write import BulkWriter

    url = postgres.url(database)
    with open_database(url, user="alice") as alice, open_database(url, user="bob") as bob:
        with alice.write() as s:
            org_id = orgs.create(s, {"name": "Kestrel Video"}).id
            version = s.get(Organization, org_id).version  # type: ignore[union-attr]
        started, finished = threading.Event(), threading.Event()
        outcome: list[BaseException | None] = []

        def edit() -> None:
            started.wait(10)
            try:
                with bob.write() as s:
                    from engagetrack.services.records import expect_version

                    expect_version(s, "organization", org_id, version)
                    orgs.update(s, org_id, {"notes": "Bob's"})
                outcome.append(None)
            except BaseException as exc:
                outcome.append(exc)
            finished.set()

        worker = threading.Thread(target=edit)
        worker.start()
        with alice.write() as s:
            BulkWriter(s)  # takes the lock
            orgs.update(s, org_id, {"notes": "from the import"})
            started.set()
            assert not finished.wait(1.0)  # Bob waits for the import
        worker.join(15)
        assert isinstance(outcome[0], StaleRecordError)  # then sees it changed under him
        with bob.read() as s:
            assert orgs.get(s, org_id).notes == "from the import"


def test_officials_opening_an_older_register_at_once_all_get_it_upgraded_once(
    postgres: PostgresServer, database: str
) -> None:
    from sqlalchemy import create_engine

    from engagetrack.store.schema import downgrade_to

    engine = create_engine(postgres.url(database))
    with engine.begin() as conn:  # the register as an older EngageTrack left it
        downgrade_to(conn, "0003")
    engine.dispose()
    opened: list[object] = []

    def official(n: int) -> None:
        try:
            with open_database(postgres.url(database), user=f"official-{n}") as db:
                opened.append(db.schema_version)
        except Exception as exc:  # the test reports it below
            opened.append(exc)

    threads = [threading.Thread(target=official, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert opened == [HEAD_REVISION] * 4


def test_a_register_from_revision_0005_gets_the_faster_word_index_and_can_go_back(
    postgres: PostgresServer, database: str
) -> None:
    from datetime import date

    from sqlalchemy import create_engine, text

    from engagetrack.services import meetings
    from engagetrack.services import queries_meetings as qm
    from engagetrack.store.fulltext import BY_SOURCE, tsquery_expression
    from engagetrack.store.schema import downgrade_to

    definition = "SELECT indexdef FROM pg_indexes WHERE indexname = 'meetings_fts'"
    engine = create_engine(postgres.url(database))
    with engine.begin() as conn:  # as revision 0005 left it: accents folded by translate
        downgrade_to(conn, "0005")
        assert "translate(" in conn.exec_driver_sql(definition).scalar()
    engine.dispose()
    with open_database(postgres.url(database)) as db:
        with db.write() as s:
            held = meetings.create(s, {"held_on": date(2026, 2, 3), "title": "Réunion à Québec"})
        with db.read() as s:
            assert qm.LISTING.ids(s, search="QUEBEC reun") == [held.id]
            assert "NORMALIZE(" in s.execute(text(definition)).scalar()
            # the search's own expression is the index's: the server can answer from it
            s.execute(text("SET LOCAL enable_seqscan = off"))
            index = BY_SOURCE["meetings"]
            plan = s.execute(
                text(
                    "EXPLAIN SELECT id FROM meetings WHERE to_tsvector('simple'::regconfig,"
                    f" {index.document_sql()}) @@ to_tsquery('simple'::regconfig, :q)"
                ),
                {"q": tsquery_expression("quebec")},
            ).all()
            assert "meetings_fts" in " ".join(row[0] for row in plan)
    engine = create_engine(postgres.url(database))
    with engine.begin() as conn:  # an older program finds its own index again
        downgrade_to(conn, "0005")
        assert "translate(" in conn.exec_driver_sql(definition).scalar()
    engine.dispose()


def test_opening_for_reading_says_what_to_do_with_an_older_or_an_empty_register(
    postgres: PostgresServer, database: str
) -> None:
    from sqlalchemy import create_engine

    from engagetrack.store.errors import StoreError
    from engagetrack.store.schema import downgrade_to

    engine = create_engine(postgres.url(database))
    with engine.begin() as conn:
        downgrade_to(conn, "0004")
    engine.dispose()
    with pytest.raises(StoreError, match=r"older schema \(0004\); open it once for writing"):
        open_database(postgres.url(database), mode="read")
    with open_database(postgres.url(database)) as db:  # a writer upgrades it
        assert db.schema_version == HEAD_REVISION
    empty = postgres.create_database()
    try:
        with pytest.raises(StoreError, match=r"no register at .* yet; create it with"):
            open_database(postgres.url(empty), mode="read")
    finally:
        postgres.drop_database(empty)
