"""The controlled vocabularies of SPEC §2: stable English codes, ordered, with labels.

Codes are what the database and the workbook store; labels are what people read. The UI
passes labels through Qt's translator with the context ``"vocabulary"``; below the window a
member's French label comes from vocabulary_fr.py (`label_in("fr")`), and `parse` accepts a
code or a French label, so a French workbook imports like an English one.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from engagetrack.domain.messages import language, t
from engagetrack.domain.vocabulary_fr import LABELS_FR


class Vocabulary(StrEnum):
    """Base for every vocabulary: the value is the stable code, the label defaults to it."""

    @property
    def label(self) -> str:
        return str(self.value)

    def label_in(self, language: str) -> str:
        """The label in "en" (the code) or "fr"."""
        return LABELS_FR.get(self.value, self.value) if language == "fr" else str(self.value)

    @classmethod
    def labels_in(cls, language: str) -> dict[str, str]:
        """Code -> label in the language, for translating a whole column at once."""
        return {m.value: m.label_in(language) for m in cls}

    @classmethod
    def codes(cls) -> list[str]:
        return [m.value for m in cls]

    @classmethod
    def parse(cls, text: str) -> Self:
        """Match a code, or its French label, ignoring case and surrounding spaces (accents
        count: « Reperee » is not « Repérée »); ValueError names the choices."""
        member = cls._by_text().get(" ".join(str(text).split()).casefold())
        if member is not None:
            return member
        raise ValueError(
            t('"{text}" is not one of {choices}', text=str(text).strip(), choices=cls.choices())
        )

    @classmethod
    def choices(cls) -> str:
        """The codes, or their French labels in French, for a message."""
        return ", ".join(cls.labels_in(language()).values())

    @classmethod
    def _by_text(cls) -> dict[str, Self]:
        # built once per vocabulary: parse runs for every vocabulary cell of an import
        found: dict[str, Self] | None = _PARSE_TABLES.get(cls)  # type: ignore[assignment]
        if found is None:
            found = {}
            for m in cls:
                found.setdefault(LABELS_FR.get(m.value, m.value).casefold(), m)
            for m in cls:
                found[m.value.casefold()] = m  # a code wins over a label
            _PARSE_TABLES[cls] = found  # type: ignore[assignment]
        return found


_PARSE_TABLES: dict[type, dict[str, Vocabulary]] = {}


def label(member: Vocabulary, language: str) -> str:
    """A vocabulary member's label in "en" or "fr"."""
    return member.label_in(language)


class OrgKind(Vocabulary):
    COMPANY = "Company"
    GOVERNMENT = "Government"
    NGO = "NGO"
    INDUSTRY_ASSOCIATION = "Industry association"
    INTERNATIONAL_ORGANIZATION = "International organization"
    LAW_ENFORCEMENT = "Law enforcement"
    ACADEMIC = "Academic"


class Stage(Vocabulary):
    IDENTIFIED = "Identified"
    CONTACTED = "Contacted"
    ENGAGED = "Engaged"
    CONSIDERING = "Considering"
    ENDORSED = "Endorsed"
    DECLINED = "Declined"
    ON_HOLD = "On hold"

    @property
    def on_pipeline(self) -> bool:
        """True for the five stages on the line towards endorsement."""
        return self in PIPELINE_STAGES

    def next_stage(self) -> Stage | None:
        if self not in PIPELINE_STAGES:
            return None
        i = PIPELINE_STAGES.index(self)
        return PIPELINE_STAGES[i + 1] if i + 1 < len(PIPELINE_STAGES) else None

    def previous_stage(self) -> Stage | None:
        if self not in PIPELINE_STAGES:
            return None
        i = PIPELINE_STAGES.index(self)
        return PIPELINE_STAGES[i - 1] if i > 0 else None


PIPELINE_STAGES: tuple[Stage, ...] = (
    Stage.IDENTIFIED,
    Stage.CONTACTED,
    Stage.ENGAGED,
    Stage.CONSIDERING,
    Stage.ENDORSED,
)


class Priority(Vocabulary):
    HIGH = "High"
    MEDIUM = "Medium"
    LOW = "Low"


class AssessmentStatus(Vocabulary):
    UNKNOWN = "Unknown"
    NOT_STARTED = "Not started"
    PLANNED = "Planned"
    IN_PROGRESS = "In progress"
    IMPLEMENTED = "Implemented"
    NOT_APPLICABLE = "Not applicable"


class MeetingKind(Vocabulary):
    BILATERAL = "Bilateral"
    ROUNDTABLE = "Roundtable"
    MINISTERIAL = "Ministerial"
    CONFERENCE = "Conference"
    CALL = "Call"
    CORRESPONDENCE = "Correspondence"
    OTHER = "Other"


class CommitmentStatus(Vocabulary):
    OPEN = "Open"
    IN_PROGRESS = "In progress"
    DONE = "Done"
    DROPPED = "Dropped"

    @property
    def is_active(self) -> bool:
        """Open or in progress: the statuses that can become overdue."""
        return self in ACTIVE_COMMITMENT_STATUSES


# Open or in progress: the commitments still to be kept, the only ones that can be overdue
# or due soon (SPEC §2). Beside the enum, so `is_active` reads it without an import.
ACTIVE_COMMITMENT_STATUSES: tuple[CommitmentStatus, ...] = (
    CommitmentStatus.OPEN,
    CommitmentStatus.IN_PROGRESS,
)


class Classification(Vocabulary):
    """Security markings, lowest first (Canada's default scheme)."""

    UNCLASSIFIED = "UNCLASSIFIED"
    PROTECTED_A = "PROTECTED A"
    PROTECTED_B = "PROTECTED B"

    @property
    def rank(self) -> int:
        return list(Classification).index(self)

    @classmethod
    def highest(cls, levels: list[Classification]) -> Classification:
        """The highest of the given markings; UNCLASSIFIED for none."""
        return max(levels, key=lambda c: c.rank, default=cls.UNCLASSIFIED)

    def allows(self, other: Classification) -> bool:
        """True when a record marked `other` may appear under this ceiling."""
        return other.rank <= self.rank

    def levels_up_to(self) -> list[Classification]:
        return [c for c in Classification if c.rank <= self.rank]
