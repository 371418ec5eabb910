"""Attachments: files kept inside the register (their bytes apart from what they are), and
the full-text indexes widened to every text a meeting and a commitment hold (summary,
outcomes, notes) so that a name written anywhere is found.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from engagetrack.store.fulltext import INDEXES

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OWNERS = ("organization", "meeting", "commitment")


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        *(sa.Column(f"{owner}_id", sa.Integer(), nullable=True) for owner in OWNERS),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("classification", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "(CASE WHEN organization_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN meeting_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN commitment_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="ck_attachments_one_owner",
        ),
        *(
            sa.ForeignKeyConstraint([f"{owner}_id"], [f"{owner}s.id"], ondelete="RESTRICT")
            for owner in OWNERS
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    for column in (*(f"{owner}_id" for owner in OWNERS), "sha256"):
        op.create_index(f"ix_attachments_{column}", "attachments", [column], unique=False)
    op.create_table(
        "attachment_contents",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachments.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("attachment_id"),
    )
    # the same index names over more columns: dropped and made again, then filled (on
    # PostgreSQL the GIN expression indexes, on SQLite the FTS5 tables and their triggers)
    postgresql = op.get_bind().dialect.name == "postgresql"
    for index in INDEXES:
        drop = index.postgresql_drop_statements() if postgresql else index.drop_statements()
        create = index.postgresql_create_statements() if postgresql else index.create_statements()
        for statement in (*drop, *create):
            op.execute(statement)


def downgrade() -> None:
    op.drop_table("attachment_contents")
    for column in (*(f"{owner}_id" for owner in OWNERS), "sha256"):
        op.drop_index(f"ix_attachments_{column}", table_name="attachments")
    op.drop_table("attachments")
