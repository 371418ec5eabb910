"""The names of the tables and columns the start-up fast paths read, without SQLAlchemy.

The quick schema check (store/schema_check.py) and the Dashboard's headline figures
(services/headline.py) run on a plain sqlite3 connection before SQLAlchemy has loaded, so
they cannot ask the models for names. They take them from here; a unit test checks every
name against the models and the migrations' version table, so renaming a column there
fails the test rather than the window's first paint.
"""

from __future__ import annotations


class AlembicVersion:
    """Alembic's own table: the schema revision stamped in the file."""

    TABLE = "alembic_version"
    VERSION = "version_num"


class Organizations:
    TABLE = "organizations"
    ID = "id"
    STAGE = "stage"
    ARCHIVED = "archived"
    ENDORSED_ON = "endorsed_on"


class Commitments:
    TABLE = "commitments"
    STATUS = "status"
    DUE_ON = "due_on"
    ORGANIZATION_ID = "organization_id"


# every model table the fast paths name, for the test that checks them against the models
MODEL_TABLES: tuple[type, ...] = (Organizations, Commitments)
