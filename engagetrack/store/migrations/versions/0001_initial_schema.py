"""Initial schema, with the built-in framework and its eleven principles.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from engagetrack.domain import principles as builtin

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entries_at"), ["at"], unique=False)

    op.create_table(
        "frameworks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("name_fr", sa.String(length=300), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "meetings",
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("title_key", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("lead", sa.String(length=200), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("outcomes", sa.Text(), nullable=True),
        sa.Column("classification", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("held_on", "title_key"),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index("ix_meetings_classification", ["classification"], unique=False)
        batch_op.create_index("ix_meetings_held_on", ["held_on"], unique=False)

    op.create_table(
        "organizations",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=True),
        sa.Column("sector", sa.String(length=100), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("priority", sa.String(length=40), nullable=False),
        sa.Column("lead_official", sa.String(length=200), nullable=True),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("stage_since", sa.Date(), nullable=True),
        sa.Column("endorsed_on", sa.Date(), nullable=True),
        sa.Column("classification", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name_key"),
    )
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.create_index("ix_organizations_classification", ["classification"], unique=False)
        batch_op.create_index("ix_organizations_endorsed_on", ["endorsed_on"], unique=False)
        batch_op.create_index("ix_organizations_name", ["name"], unique=False)
        batch_op.create_index("ix_organizations_stage", ["stage"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "contacts",
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contacts_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "meeting_organizations",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id", "organization_id"),
    )
    with op.batch_alter_table("meeting_organizations", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_organizations_org", ["organization_id"], unique=False)

    op.create_table(
        "principles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("theme_en", sa.String(length=300), nullable=False),
        sa.Column("theme_fr", sa.String(length=300), nullable=False),
        sa.Column("short_title_en", sa.String(length=200), nullable=False),
        sa.Column("short_title_fr", sa.String(length=200), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("text_fr", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["frameworks.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("framework_id", "number"),
    )
    op.create_table(
        "stage_changes",
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("from_stage", sa.String(length=40), nullable=True),
        sa.Column("to_stage", sa.String(length=40), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stage_changes_changed_on"), ["changed_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stage_changes_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "assessments",
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("principle_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("assessed_by", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(
            ["principle_id"],
            ["principles.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("organization_id", "principle_id"),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessments_principle_id"), ["principle_id"], unique=False
        )
        batch_op.create_index("ix_assessments_status", ["status"], unique=False)

    op.create_table(
        "commitments",
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("description_key", sa.Text(), nullable=False),
        sa.Column("principle_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("owner", sa.String(length=200), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("classification", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(
            ["principle_id"],
            ["principles.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("organization_id", "description_key"),
    )
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.create_index("ix_commitments_classification", ["classification"], unique=False)
        batch_op.create_index("ix_commitments_due_on", ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitments_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_commitments_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commitments_principle_id"), ["principle_id"], unique=False
        )
        batch_op.create_index("ix_commitments_status_due", ["status", "due_on"], unique=False)

    op.create_table(
        "meeting_contacts",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id", "contact_id"),
    )
    with op.batch_alter_table("meeting_contacts", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_contacts_contact", ["contact_id"], unique=False)

    op.create_table(
        "meeting_principles",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("principle_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["principle_id"], ["principles.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("meeting_id", "principle_id"),
    )
    with op.batch_alter_table("meeting_principles", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_principles_principle", ["principle_id"], unique=False)

    frameworks = sa.table(
        "frameworks",
        sa.column("id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("name_en", sa.String),
        sa.column("name_fr", sa.String),
        sa.column("source", sa.Text),
    )
    op.bulk_insert(
        frameworks,
        [
            {
                "id": 1,
                "code": builtin.FRAMEWORK_CODE,
                "name_en": builtin.FRAMEWORK_NAME_EN,
                "name_fr": builtin.FRAMEWORK_NAME_FR,
                "source": builtin.FRAMEWORK_SOURCE,
            }
        ],
    )
    principles = sa.table(
        "principles",
        sa.column("id", sa.Integer),
        sa.column("framework_id", sa.Integer),
        sa.column("number", sa.Integer),
        sa.column("theme_en", sa.String),
        sa.column("theme_fr", sa.String),
        sa.column("short_title_en", sa.String),
        sa.column("short_title_fr", sa.String),
        sa.column("text_en", sa.Text),
        sa.column("text_fr", sa.Text),
    )
    op.bulk_insert(
        principles,
        [
            {
                "id": p.number,
                "framework_id": 1,
                "number": p.number,
                "theme_en": p.theme_en,
                "theme_fr": p.theme_fr,
                "short_title_en": p.short_title_en,
                "short_title_fr": p.short_title_fr,
                "text_en": p.text_en,
                "text_fr": p.text_fr,
            }
            for p in builtin.PRINCIPLES
        ],
    )


def downgrade() -> None:
    for table in (
        "meeting_principles",
        "meeting_organizations",
        "meeting_contacts",
        "commitments",
        "assessments",
        "stage_changes",
        "contacts",
        "meetings",
        "principles",
        "frameworks",
        "organizations",
        "settings",
        "audit_entries",
    ):
        op.drop_table(table)
