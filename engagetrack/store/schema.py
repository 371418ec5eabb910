"""Schema versions: read the current revision cheaply, migrate with Alembic only when needed.

Alembic is imported only when a migration actually runs, so opening a current database
costs one small query.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, inspect, text

from engagetrack.store.revisions import HEAD_REVISION, KNOWN_REVISIONS

__all__ = ["HEAD_REVISION", "KNOWN_REVISIONS", "current_revision", "upgrade_to_head"]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(connection: Connection) -> str | None:
    """The Alembic revision stamped in the database, or None when it has none."""
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """For Alembic comparisons: the full-text tables (SQLite) and indexes (PostgreSQL) are
    managed by migrations, not by the models."""
    from engagetrack.store.fulltext import is_index_table

    return not (type_ in ("table", "index") and name is not None and is_index_table(name))


def user_table_names(connection: Connection) -> set[str]:
    return {t for t in inspect(connection).get_table_names() if not t.startswith("sqlite_")}


def _alembic_config(connection: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade_to_head(connection: Connection) -> None:
    """Run every pending migration on this connection (inside the caller's transaction)."""
    from alembic import command

    command.upgrade(_alembic_config(connection), "head")


def downgrade_to(connection: Connection, revision: str) -> None:
    """Take the schema back to `revision` through the revisions' own downgrades (tests make
    an older register this way)."""
    from alembic import command

    command.downgrade(_alembic_config(connection), revision)
