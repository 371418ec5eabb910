"""SQLAlchemy 2.x typed models for every entity of SPEC §2.

Vocabulary columns store the stable English codes as plain strings; timestamps are stored
as naive UTC and handed back timezone-aware.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from engagetrack.domain.vocabularies import (
    AssessmentStatus,
    Classification,
    CommitmentStatus,
    MeetingKind,
    OrgKind,
    Priority,
    Stage,
    Vocabulary,
)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC without an offset (SQLite has no time zones) and returns aware datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def vocab(enum: type[Vocabulary], length: int = 40) -> SAEnum:
    """A vocabulary column holding the enum's code (its value), never its Python name."""
    return SAEnum(
        enum,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        create_constraint=False,
        validate_strings=True,
        length=length,
    )


class Base(DeclarativeBase):
    pass


class Timestamped:
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # optimistic concurrency (many writers on a team server): every UPDATE the ORM sends says
    # "WHERE version = the one I read" and adds one, so an edit based on a stale copy
    # changes no row and is refused instead of overwriting someone else's change
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def _meeting_link(table: str, other: str, index: str, *, on_delete: str = "CASCADE") -> Table:
    """A link table from meetings to `other` rows, indexed for lookups from the other side."""
    key = f"{other.removesuffix('s')}_id"
    return Table(
        table,
        Base.metadata,
        Column("meeting_id", ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
        Column(key, ForeignKey(f"{other}.id", ondelete=on_delete), primary_key=True),
        Index(index, key),
    )


meeting_organizations = _meeting_link(
    "meeting_organizations", "organizations", "ix_meeting_organizations_org"
)
meeting_contacts = _meeting_link("meeting_contacts", "contacts", "ix_meeting_contacts_contact")
# a principle is reference data: it cannot be deleted while a meeting names it
meeting_principles = _meeting_link(
    "meeting_principles", "principles", "ix_meeting_principles_principle", on_delete="RESTRICT"
)


class Organization(Timestamped, Base):
    __tablename__ = "organizations"

    name: Mapped[str] = mapped_column(String(200))
    # casefolded, space-normalised name: the uniqueness key (SQLite's lower() is ASCII only)
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[OrgKind] = mapped_column(vocab(OrgKind), default=OrgKind.COMPANY)
    country: Mapped[str | None] = mapped_column(String(100))
    sector: Mapped[str | None] = mapped_column(String(100))
    website: Mapped[str | None] = mapped_column(String(300))
    priority: Mapped[Priority] = mapped_column(vocab(Priority), default=Priority.MEDIUM)
    lead_official: Mapped[str | None] = mapped_column(String(200))
    stage: Mapped[Stage] = mapped_column(vocab(Stage), default=Stage.IDENTIFIED)
    stage_since: Mapped[date | None] = mapped_column(Date)
    endorsed_on: Mapped[date | None] = mapped_column(Date)
    classification: Mapped[Classification] = mapped_column(
        vocab(Classification), default=Classification.UNCLASSIFIED
    )
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    contacts: Mapped[list[Contact]] = relationship(back_populates="organization")
    stage_changes: Mapped[list[StageChange]] = relationship(
        back_populates="organization", order_by="StageChange.changed_on"
    )

    __table_args__ = (
        Index("ix_organizations_stage", "stage"),
        Index("ix_organizations_name", "name"),
        Index("ix_organizations_endorsed_on", "endorsed_on"),
        Index("ix_organizations_classification", "classification"),
    )


class Contact(Timestamped, Base):
    __tablename__ = "contacts"

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(60))
    notes: Mapped[str | None] = mapped_column(Text)

    organization: Mapped[Organization] = relationship(back_populates="contacts")


class StageChange(Timestamped, Base):
    __tablename__ = "stage_changes"

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    from_stage: Mapped[Stage | None] = mapped_column(vocab(Stage))
    to_stage: Mapped[Stage] = mapped_column(vocab(Stage))
    changed_on: Mapped[date] = mapped_column(Date, index=True)
    changed_by: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)

    organization: Mapped[Organization] = relationship(back_populates="stage_changes")


class Framework(Base):
    __tablename__ = "frameworks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(300))
    name_fr: Mapped[str] = mapped_column(String(300))
    source: Mapped[str | None] = mapped_column(Text)


class Principle(Base):
    __tablename__ = "principles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("frameworks.id"))
    number: Mapped[int] = mapped_column(Integer)
    theme_en: Mapped[str] = mapped_column(String(300))
    theme_fr: Mapped[str] = mapped_column(String(300))
    short_title_en: Mapped[str] = mapped_column(String(200))
    short_title_fr: Mapped[str] = mapped_column(String(200))
    text_en: Mapped[str] = mapped_column(Text)
    text_fr: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("framework_id", "number"),)


class Assessment(Timestamped, Base):
    __tablename__ = "assessments"

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT")
    )
    principle_id: Mapped[int] = mapped_column(ForeignKey("principles.id"), index=True)
    status: Mapped[AssessmentStatus] = mapped_column(
        vocab(AssessmentStatus), default=AssessmentStatus.UNKNOWN
    )
    evidence: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    assessed_on: Mapped[date | None] = mapped_column(Date)
    assessed_by: Mapped[str | None] = mapped_column(String(100))

    __table_args__ = (
        UniqueConstraint("organization_id", "principle_id"),
        Index("ix_assessments_status", "status"),
    )


class Meeting(Timestamped, Base):
    __tablename__ = "meetings"

    held_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300))
    title_key: Mapped[str] = mapped_column(String(300))
    kind: Mapped[MeetingKind] = mapped_column(vocab(MeetingKind), default=MeetingKind.BILATERAL)
    location: Mapped[str | None] = mapped_column(String(200))
    lead: Mapped[str | None] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(Text)
    outcomes: Mapped[str | None] = mapped_column(Text)
    classification: Mapped[Classification] = mapped_column(
        vocab(Classification), default=Classification.UNCLASSIFIED
    )

    organizations: Mapped[list[Organization]] = relationship(
        secondary=meeting_organizations, order_by="Organization.name"
    )
    contacts: Mapped[list[Contact]] = relationship(secondary=meeting_contacts)
    principles: Mapped[list[Principle]] = relationship(
        secondary=meeting_principles, order_by="Principle.number"
    )

    __table_args__ = (
        UniqueConstraint("held_on", "title_key"),
        Index("ix_meetings_held_on", "held_on"),
        Index("ix_meetings_classification", "classification"),
    )


class Commitment(Timestamped, Base):
    __tablename__ = "commitments"

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    description_key: Mapped[str] = mapped_column(Text)
    principle_id: Mapped[int | None] = mapped_column(ForeignKey("principles.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    owner: Mapped[str | None] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[CommitmentStatus] = mapped_column(
        vocab(CommitmentStatus), default=CommitmentStatus.OPEN
    )
    completed_on: Mapped[date | None] = mapped_column(Date)
    classification: Mapped[Classification] = mapped_column(
        vocab(Classification), default=Classification.UNCLASSIFIED
    )
    notes: Mapped[str | None] = mapped_column(Text)

    organization: Mapped[Organization] = relationship()
    principle: Mapped[Principle | None] = relationship()
    meeting: Mapped[Meeting | None] = relationship()

    __table_args__ = (
        UniqueConstraint("organization_id", "description_key"),
        Index("ix_commitments_status_due", "status", "due_on"),
        Index("ix_commitments_due_on", "due_on"),
        Index("ix_commitments_classification", "classification"),
    )


class AuditEntry(Base):
    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: field -> [old, new]
    # who, as the database knows them (a server's role) and as the workstation does
    db_role: Mapped[str | None] = mapped_column(String(100))
    os_user: Mapped[str | None] = mapped_column(String(100))
    # why a record was deleted, as the user said it
    reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)


class Setting(Base):
    """Per-database settings (e.g. the name printed as 'prepared by' on exports)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class BriefingNote(Base):
    """One briefing note written from the register: its number, titles, marking and hash."""

    __tablename__ = "briefing_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # ET-2026-0007
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    title_en: Mapped[str] = mapped_column(String(300))
    title_fr: Mapped[str] = mapped_column(String(300))
    written_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))  # briefing | binder
    language: Mapped[str] = mapped_column(String(5))  # en | fr
    addressee: Mapped[str | None] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(Text)  # "all", or the organizations' names "; "-joined
    scope_key: Mapped[str] = mapped_column(Text, index=True)
    since: Mapped[date | None] = mapped_column(Date)
    marking: Mapped[Classification] = mapped_column(vocab(Classification))
    prepared_by: Mapped[str | None] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("year", "sequence"),)


class Attachment(Timestamped, Base):
    """A file attached to one organization, meeting or commitment: what it is, not its bytes
    (those are in AttachmentContent, so that listing attachments never reads a file)."""

    __tablename__ = "attachments"

    # exactly one owner; RESTRICT: a record with attachments is never deleted from under them
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT"), index=True
    )
    commitment_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitments.id", ondelete="RESTRICT"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    added_by: Mapped[str] = mapped_column(String(100))
    classification: Mapped[Classification] = mapped_column(
        vocab(Classification), default=Classification.UNCLASSIFIED
    )
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN organization_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN meeting_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN commitment_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="ck_attachments_one_owner",
        ),
    )


class AttachmentContent(Base):
    """An attachment's bytes, byte for byte, and the text read from them for the search."""

    __tablename__ = "attachment_contents"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str | None] = mapped_column(Text)  # before the bytes: a scan of it stops short
    data: Mapped[bytes] = mapped_column(LargeBinary)
