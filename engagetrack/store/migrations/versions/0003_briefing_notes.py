"""The briefing-note log: every note written from the register, numbered, with its hash.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "briefing_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("title_en", sa.String(length=300), nullable=False),
        sa.Column("title_fr", sa.String(length=300), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("addressee", sa.String(length=200), nullable=True),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("scope_key", sa.Text(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("marking", sa.String(length=40), nullable=False),
        sa.Column("prepared_by", sa.String(length=200), nullable=True),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
        sa.UniqueConstraint("year", "sequence"),
    )
    with op.batch_alter_table("briefing_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_briefing_notes_scope_key"), ["scope_key"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("briefing_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_briefing_notes_scope_key"))
    op.drop_table("briefing_notes")
