"""Workbook format v1 (SPEC §5) in one place: sheets, columns, and what each column holds.

The exporter writes, and the importer reads, exactly these headers in this order. A column's
`kind` says how its value converts to and from a cell (see cells.py); `field` is the
service input key it feeds; `max_length` mirrors the service limits so the importer can
report a too-long cell before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from engagetrack.domain import vocabularies
from engagetrack.domain.principles import PRINCIPLES
from engagetrack.domain.validation import MAX_NAME_LENGTH, MAX_TEXT_LENGTH
from engagetrack.domain.vocabularies import Classification, Stage, Vocabulary

FORMAT_VERSION = 1

ColumnKind = Literal[
    "text",  # free text (blank clears)
    "date",  # a real Excel date; ISO text accepted on import
    "vocab",  # one code of a vocabulary, matched ignoring case
    "org",  # an organization name that must resolve
    "orgs",  # "; "-separated organization names
    "principles",  # ", "-separated principle numbers
    "principle",  # one principle number
    "meeting",  # "YYYY-MM-DD Title"
    "status",  # an assessment status (Principles matrix; blank leaves as is)
]


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    kind: ColumnKind
    field: str
    required: bool = False
    vocab: type[Vocabulary] | None = None
    max_length: int = MAX_TEXT_LENGTH
    # widest the exporter makes the column (characters); longer text wraps
    max_width: int = 40
    long_text: bool = False


@dataclass(frozen=True)
class SheetSpec:
    name: str
    columns: tuple[ColumnSpec, ...]
    key: tuple[str, ...]  # headers that identify a row (SPEC §5 matching)

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    def column(self, header: str) -> ColumnSpec:
        for c in self.columns:
            if c.header == header:
                return c
        raise KeyError(header)


def _text(
    header: str, field: str, limit: int, *, width: int = 30, required: bool = False
) -> ColumnSpec:
    return ColumnSpec(header, "text", field, required=required, max_length=limit, max_width=width)


def _long(header: str, field: str, *, required: bool = False) -> ColumnSpec:
    return ColumnSpec(
        header,
        "text",
        field,
        required=required,
        max_length=MAX_TEXT_LENGTH,
        max_width=60,
        long_text=True,
    )


def _date(header: str, field: str, *, required: bool = False) -> ColumnSpec:
    return ColumnSpec(header, "date", field, required=required, max_width=12)


def _vocab(header: str, field: str, vocab: type[Vocabulary]) -> ColumnSpec:
    return ColumnSpec(header, "vocab", field, required=True, vocab=vocab, max_width=26)


ORGANIZATIONS = SheetSpec(
    "Organizations",
    (
        _text("Name", "name", MAX_NAME_LENGTH, width=40, required=True),
        _vocab("Kind", "kind", vocabularies.OrgKind),
        _text("Country", "country", 100, width=20),
        _text("Sector", "sector", 100, width=24),
        _vocab("Stage", "stage", Stage),
        _date("Stage Since", "stage_since"),
        _date("Endorsed On", "endorsed_on"),
        _vocab("Priority", "priority", vocabularies.Priority),
        _text("Lead Official", "lead_official", 200, width=24),
        _vocab("Classification", "classification", Classification),
        _long("Notes", "notes"),
    ),
    key=("Name",),
)

CONTACTS = SheetSpec(
    "Contacts",
    (
        ColumnSpec("Organization", "org", "organization_id", required=True, max_width=40),
        _text("Name", "name", MAX_NAME_LENGTH, width=30, required=True),
        _text("Title", "title", 200, width=36),
        _text("Email", "email", 254, width=34),
        _text("Phone", "phone", 60, width=18),
        _long("Notes", "notes"),
    ),
    key=("Organization", "Name"),
)

MEETINGS = SheetSpec(
    "Meetings",
    (
        _date("Date", "held_on", required=True),
        ColumnSpec("Title", "text", "title", required=True, max_length=300, max_width=50),
        _vocab("Kind", "kind", vocabularies.MeetingKind),
        ColumnSpec("Organizations", "orgs", "organization_ids", max_width=50, long_text=True),
        ColumnSpec("Principles", "principles", "principle_numbers", max_width=14),
        _text("Lead", "lead", 200, width=22),
        _text("Location", "location", 200, width=22),
        _long("Summary", "summary"),
        _long("Outcomes", "outcomes"),
        _vocab("Classification", "classification", Classification),
    ),
    key=("Date", "Title"),
)

COMMITMENTS = SheetSpec(
    "Commitments",
    (
        ColumnSpec("Organization", "org", "organization_id", required=True, max_width=36),
        _long("Description", "description", required=True),
        ColumnSpec("Principle", "principle", "principle_number", max_width=10),
        _text("Owner", "owner", 200, width=22),
        _date("Due", "due_on"),
        _vocab("Status", "status", vocabularies.CommitmentStatus),
        _date("Completed On", "completed_on"),
        ColumnSpec("Meeting", "meeting", "meeting_id", max_width=60),
        _vocab("Classification", "classification", Classification),
        _long("Notes", "notes"),
    ),
    key=("Organization", "Description"),
)

PRINCIPLES_SHEET = SheetSpec(
    "Principles",
    (
        ColumnSpec("Organization", "org", "organization_id", required=True, max_width=40),
        *(
            ColumnSpec(
                p.code,
                "status",
                str(p.number),
                vocab=vocabularies.AssessmentStatus,
                max_width=15,
            )
            for p in PRINCIPLES
        ),
    ),
    key=("Organization",),
)

# the five data sheets, in workbook order; the importer reads these and nothing else
DATA_SHEETS: tuple[SheetSpec, ...] = (
    ORGANIZATIONS,
    CONTACTS,
    MEETINGS,
    COMMITMENTS,
    PRINCIPLES_SHEET,
)
SHEETS_BY_NAME: dict[str, SheetSpec] = {s.name: s for s in DATA_SHEETS}

SUMMARY = "Summary"
OVERDUE = "Overdue"
DAYS_OVERDUE = "Days Overdue"
# every sheet of the ministerial workbook, in order
EXPORT_SHEETS: tuple[str, ...] = (SUMMARY, *(s.name for s in DATA_SHEETS), OVERDUE)
OVERDUE_HEADERS: tuple[str, ...] = (*COMMITMENTS.headers, DAYS_OVERDUE)
# the briefing-note log, on request (the list of titles departments publish); never imported
BRIEFS = "Briefing notes"
BRIEFS_HEADERS: tuple[str, ...] = (
    "Number", "Date", "Title", "Title (French)", "Addressee", "Scope", "Marking",
    "Prepared By", "Language", "SHA-256",
)  # fmt: skip
BRIEFS_WIDTHS: tuple[float, ...] = (15, 12, 48, 48, 22, 30, 16, 20, 10, 20)
OPTIONAL_SHEETS: tuple[str, ...] = (BRIEFS,)

# Excel's own limits: the importer refuses anything bigger instead of trying to read it
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
LIST_SEPARATOR_ORGS = "; "
LIST_SEPARATOR_PRINCIPLES = ", "
