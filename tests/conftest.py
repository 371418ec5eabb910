"""Shared fixtures: a database path in a fresh temporary folder, and an open writer on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engagetrack.store.database import Database, open_database


@pytest.fixture
def tmp_db_path(tmp_path: Path) -> Path:
    """Where a test's database goes; the file does not exist yet."""
    return tmp_path / "register.db"


@pytest.fixture
def db(tmp_db_path: Path) -> Iterator[Database]:
    """A fresh writer database (schema and principles, no user data), closed afterwards."""
    database = open_database(tmp_db_path, create=True, user="tester")
    try:
        yield database
    finally:
        database.close()
