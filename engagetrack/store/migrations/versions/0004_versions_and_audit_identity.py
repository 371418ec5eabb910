"""Many writers: a version on every record (optimistic concurrency), and who each audit entry
was made by as the database and the workstation know them, and why a record was deleted.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

VERSIONED = ("organizations", "contacts", "stage_changes", "assessments", "meetings", "commitments")
AUDIT_COLUMNS = (
    sa.Column("db_role", sa.String(length=100), nullable=True),
    sa.Column("os_user", sa.String(length=100), nullable=True),
    sa.Column("reason", sa.Text(), nullable=True),
)


def upgrade() -> None:
    # ADD COLUMN with a constant default: no table rebuild on SQLite or PostgreSQL
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    for column in AUDIT_COLUMNS:
        op.add_column("audit_entries", column)


def downgrade() -> None:
    with op.batch_alter_table("audit_entries") as batch:
        for column in AUDIT_COLUMNS:
            batch.drop_column(column.name)
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
