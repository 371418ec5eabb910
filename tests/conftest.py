"""Shared fixtures: a database path in a fresh temporary folder, an open writer on it, and the
same register on PostgreSQL for the tests that run on both engines.

`engine` says which engine a test's `db` (and `new_register`) is on. It is SQLite everywhere,
except in the folders that declare `ENGINES = both` in their conftest (services, interchange,
the command line): there each test runs once per engine. The PostgreSQL server is started
once for the whole run, in a temporary folder on 127.0.0.1 (tests/helpers/postgres_server.py),
and each test gets a database of its own, copied from a migrated template.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from engagetrack.store.database import Database, open_database
from tests.helpers import postgres_server
from tests.helpers.postgres_server import TEMPLATE, PostgresServer

ENGINES = ("sqlite", "postgresql")
# CI sets this: a machine without PostgreSQL must fail the run, not skip half the suite
REQUIRE_POSTGRES = os.environ.get("ENGAGETRACK_REQUIRE_POSTGRES") == "1"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One throwaway server for the run, with a migrated template register."""
    if postgres_server.binaries() is None:
        if REQUIRE_POSTGRES:
            pytest.fail("PostgreSQL is required here (ENGAGETRACK_REQUIRE_POSTGRES=1)")
        pytest.skip("PostgreSQL is not installed")
    with postgres_server.running_server() as server:
        server.execute(f'CREATE DATABASE "{TEMPLATE}"')
        open_database(server.url(TEMPLATE), create=True, user="tester").close()
        yield server


@pytest.fixture
def engine() -> str:
    """The engine of this test's registers (see the module's docstring)."""
    return "sqlite"


@pytest.fixture
def tmp_db_path(tmp_path: Path) -> Path:
    """Where a test's database goes; the file does not exist yet."""
    return tmp_path / "register.db"


@pytest.fixture
def new_register_target(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[[str], str]]:
    """A function giving the --db value of a new empty register (a file path, or the URL of
    a new database with the schema), named `name` within the test."""
    made: list[str] = []
    server: PostgresServer | None = (
        request.getfixturevalue("postgres") if engine == "postgresql" else None
    )

    def target(name: str) -> str:
        if server is None:
            return str(tmp_path / f"{name}.db")
        database = server.create_database(template=TEMPLATE)
        made.append(database)
        return server.url(database)

    yield target
    if server is not None:
        for database in made:
            server.drop_database(database)


@pytest.fixture
def new_register(new_register_target: Callable[[str], str]) -> Iterator[Callable[[str], Database]]:
    """A function opening a new register for writing on this test's engine; all are closed
    afterwards."""
    opened: list[Database] = []

    def new(name: str) -> Database:
        database = open_database(new_register_target(name), create=True, user="tester")
        opened.append(database)
        return database

    yield new
    for database in opened:
        database.close()


@pytest.fixture
def db(
    engine: str, tmp_db_path: Path, new_register: Callable[[str], Database]
) -> Iterator[Database]:
    """A fresh writer database (schema and principles, no user data), closed afterwards."""
    if engine == "postgresql":
        yield new_register("register")
        return
    database = open_database(tmp_db_path, create=True, user="tester")
    try:
        yield database
    finally:
        database.close()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Both engines for the tests of folders whose conftest says `ENGINES = "both"` and for
    tests marked `both_engines`, unless a test is marked `sqlite_only` (a file's own
    behaviour: locks, backups, permissions)."""
    module = getattr(metafunc.module, "__file__", "") or ""
    if "engine" not in metafunc.fixturenames:
        return
    marked = metafunc.definition.get_closest_marker("both_engines") is not None
    if not marked and not _both_engines(Path(module)):
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    metafunc.parametrize("engine", ENGINES, indirect=False, scope="function")


def _both_engines(module: Path) -> bool:
    for folder in module.parents:
        if folder.name == "tests":
            return False
        conftest = folder / "conftest.py"
        if conftest.is_file() and 'ENGINES = "both"' in conftest.read_text(encoding="utf-8"):
            return True
    return False
