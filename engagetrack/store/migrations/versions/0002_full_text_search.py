"""Full-text indexes for searching meetings and commitments as the user types.

A scan of 200,000 commitments with LIKE takes about half a second; an FTS5 index with prefix
indexes answers the same search in a few milliseconds. The indexes are external-content
tables kept in step by triggers, so every writer (services, bulk imports, the generator)
updates them without knowing they exist. On PostgreSQL the same definitions become GIN
expression indexes (see store/fulltext.py).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from engagetrack.store.fulltext import INDEXES

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for index in INDEXES:
        statements = (
            index.postgresql_create_statements() if postgresql else index.create_statements()
        )
        for statement in statements:
            op.execute(statement)


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for index in INDEXES:
        statements = index.postgresql_drop_statements() if postgresql else index.drop_statements()
        for statement in statements:
            op.execute(statement)
