"""Import a workbook in format v1: validate everything, then apply it as one transaction.

Three passes. Read: the file's v1 sheets, safely (reading.py). Check: every cell converted
(cells.py) and every reference resolved against the database plus the workbook itself; any
problem becomes a `Sheet!Row: problem` line and nothing is written. Apply: inside one
`db.write()` block, through the services (so every change is validated, audited, and stage
changes write their StageChange), one savepoint per row so a service's refusal is reported
against its row; any problem, or a dry run, rolls the whole transaction back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagetrack.domain.validation import ValidationError, name_key
from engagetrack.domain.vocabularies import AssessmentStatus, CommitmentStatus
from engagetrack.interchange import spec
from engagetrack.interchange.cells import (
    CellError,
    read_date,
    read_meeting_ref,
    read_principle,
    read_principles,
    read_text,
    read_vocab,
    split_names,
)
from engagetrack.interchange.reading import RawSheet, WorkbookFileError, read_sheets
from engagetrack.services import assessments, commitments, contacts, meetings, organizations
from engagetrack.services.principles import id_by_number
from engagetrack.store.database import Database
from engagetrack.store.models import Assessment, Contact, Meeting, Organization, Principle

# dates the services refuse in the future
_NOT_FUTURE = {
    "stage_since": "Stage Since",
    "endorsed_on": "Endorsed On",
    "completed_on": "Completed On",
}


@dataclass
class SheetCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    def bump(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


@dataclass
class ImportReport:
    """What an import did (or, for a dry run or a refused import, would have done)."""

    path: Path
    dry_run: bool
    counts: dict[str, SheetCounts] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary_lines(self) -> list[str]:
        lines = []
        for sheet, c in self.counts.items():
            unit = " assessments" if sheet == spec.PRINCIPLES_SHEET.name else ""
            lines.append(
                f"{sheet}: {c.added} added, {c.updated} updated, {c.unchanged} unchanged{unit}"
            )
        return lines


class _Rollback(Exception):
    """Leave the write block without committing (problems found, or a dry run)."""


@dataclass
class _Row:
    number: int
    cells: dict[str, Any]  # header -> converted value, only for columns the sheet has


def import_workbook(db: Database, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Import `path`; nothing is written when any problem is found or when `dry_run`."""
    path = Path(path)
    report = ImportReport(path=path, dry_run=dry_run)
    try:
        raws = read_sheets(path)
    except WorkbookFileError as exc:
        report.problems.append(str(exc))
        return report
    if not raws:
        names = ", ".join(s.name for s in spec.DATA_SHEETS)
        report.problems.append(f"{path.name} has none of the sheets {names}; nothing to import.")
        return report
    sheets: dict[str, tuple[RawSheet, list[_Row]]] = {}
    for raw in raws:
        report.problems += raw.problems
        sheets[raw.spec.name] = (raw, _convert(raw, report.problems))
    if any(raw.problems for raw in raws):
        return report  # a sheet without its key columns: its rows mean nothing yet
    try:
        with db.write() as session:
            job = _Apply(session, sheets, report)
            job.check()  # references too, so one run lists every problem
            if not report.problems:
                job.apply()
            if report.problems or dry_run:
                raise _Rollback
        report.written = True
    except _Rollback:
        pass
    return report


# ------------------------------------------------------------------ convert


def _convert(raw: RawSheet, problems: list[str]) -> list[_Row]:
    """Every cell of every row to its domain value; each bad cell is one problem line."""
    out: list[_Row] = []
    seen: dict[tuple[Any, ...], int] = {}
    today = date.today()
    for number, cells in raw.rows:
        converted: dict[str, Any] = {}
        bad = False
        for header, value in cells.items():
            column = raw.spec.column(header)
            try:
                converted[header] = _cell(column, value)
                when = converted[header]
                if column.field in _NOT_FUTURE and isinstance(when, date) and when > today:
                    raise CellError(f"{header} {converted[header].isoformat()} is in the future")
            except CellError as exc:
                problems.append(f"{raw.spec.name}!{number}: {exc}")
                bad = True
        if bad:
            continue
        key = _key(raw.spec, converted)
        # Contacts may repeat a name within an organization (two people called J. Smith)
        if raw.spec is not spec.CONTACTS:
            if key in seen:
                problems.append(
                    f"{raw.spec.name}!{number}: same {' and '.join(raw.spec.key)} as row {seen[key]}"
                    " (each record may appear once)"
                )
                continue
            seen[key] = number
        out.append(_Row(number, converted))
    return out


def _cell(column: spec.ColumnSpec, value: Any) -> Any:
    label = column.header
    kind = column.kind
    if kind == "date":
        result: Any = read_date(value, label)
    elif kind in ("vocab", "status"):
        assert column.vocab is not None
        result = read_vocab(value, column.vocab, label)
    elif kind == "principle":
        result = read_principle(value, label)
    elif kind == "principles":
        result = read_principles(value, label)
    elif kind == "meeting":
        result = read_meeting_ref(value, label)
    else:  # text, org, orgs
        result = read_text(value, label, max_length=column.max_length)
    if result is None and kind == "vocab":
        choices = ", ".join(column.vocab.codes()) if column.vocab else ""
        raise CellError(f"{label} is required (one of {choices})")
    if result is None and column.required:
        raise CellError(f"{label} is required")
    return result


def _key(sheet: spec.SheetSpec, cells: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(name_key(v) if isinstance(v, str) else v for v in (cells[k] for k in sheet.key))


# ------------------------------------------------------------------ check and apply


class _Apply:
    def __init__(
        self,
        session: Session,
        sheets: dict[str, tuple[RawSheet, list[_Row]]],
        report: ImportReport,
    ) -> None:
        self.session = session
        self.sheets = sheets
        self.report = report
        self.org_ids: dict[str, int] = dict(
            session.execute(select(Organization.name_key, Organization.id)).all()
        )
        # names from every row, even one with a bad cell: a reference to it is not the problem
        self.book_orgs: set[str] = set()
        if spec.ORGANIZATIONS.name in sheets:
            for _, cells in sheets[spec.ORGANIZATIONS.name][0].rows:
                if isinstance(cells.get("Name"), str):
                    self.book_orgs.add(name_key(cells["Name"]))
        self.book_meetings: set[tuple[date, str]] = {
            (r.cells["Date"], name_key(r.cells["Title"])) for r in self._rows(spec.MEETINGS)
        }
        self.principle_ids = id_by_number(session)
        self.principle_numbers = {v: k for k, v in self.principle_ids.items()}

    def _rows(self, sheet: spec.SheetSpec) -> list[_Row]:
        return self.sheets[sheet.name][1] if sheet.name in self.sheets else []

    def problem(self, sheet: spec.SheetSpec, row: _Row, message: str) -> None:
        self.report.problems.append(f"{sheet.name}!{row.number}: {message}")

    def known_org(self, key: str) -> bool:
        return key in self.org_ids or key in self.book_orgs

    # ------------------------------------------------------------ check

    def check(self) -> None:
        """Resolve every reference and pre-check the rules that need the database."""
        unknown = "is not in the register or in this workbook's Organizations sheet"
        for sheet in (spec.CONTACTS, spec.COMMITMENTS, spec.PRINCIPLES_SHEET):
            for row in self._rows(sheet):
                name = row.cells["Organization"]
                if not self.known_org(name_key(name)):
                    self.problem(sheet, row, f'Organization "{name}" {unknown}')
        for row in self._rows(spec.MEETINGS):
            text = row.cells.get("Organizations")
            if text:
                found, missing = split_names(text, self.known_org)
                for name in missing:
                    self.problem(spec.MEETINGS, row, f'Organizations: "{name}" {unknown}')
                row.cells["Organizations"] = found
            elif "Organizations" in row.cells:
                row.cells["Organizations"] = []
        if any("Meeting" in r.cells and r.cells["Meeting"] for r in self._rows(spec.COMMITMENTS)):
            db_meetings = set(
                self.session.execute(select(Meeting.held_on, Meeting.title_key)).all()
            )
            for row in self._rows(spec.COMMITMENTS):
                ref = row.cells.get("Meeting")
                if ref is None:
                    continue
                key = (ref[0], name_key(ref[1]))
                if key not in db_meetings and key not in self.book_meetings:
                    self.problem(
                        spec.COMMITMENTS,
                        row,
                        f'Meeting "{ref[0].isoformat()} {ref[1]}" is not in the register or in'
                        " this workbook's Meetings sheet",
                    )
        for row in self._rows(spec.COMMITMENTS):
            status = row.cells.get("Status")
            if row.cells.get("Completed On") is not None and status not in (
                None,
                CommitmentStatus.DONE,
            ):
                self.problem(
                    spec.COMMITMENTS,
                    row,
                    f'Completed On is filled in but Status is "{status}"; only Done commitments'
                    " have a completion date",
                )

    # ------------------------------------------------------------ apply

    def apply(self) -> None:
        steps: list[tuple[spec.SheetSpec, Callable[[_Row], str]]] = [
            (spec.ORGANIZATIONS, self.organization),
            (spec.CONTACTS, self.contact),
            (spec.MEETINGS, self.meeting),
            (spec.COMMITMENTS, self.commitment),
        ]
        for sheet, step in steps:
            if sheet.name not in self.sheets:
                continue
            counts = self.report.counts.setdefault(sheet.name, SheetCounts())
            for row in self._rows(sheet):
                outcome = self._guarded(sheet, row, lambda r=row, s=step: s(r))  # type: ignore[misc]
                if outcome:
                    counts.bump(outcome)
        if spec.PRINCIPLES_SHEET.name in self.sheets:
            counts = self.report.counts.setdefault(spec.PRINCIPLES_SHEET.name, SheetCounts())
            for row in self._rows(spec.PRINCIPLES_SHEET):
                self._guarded(spec.PRINCIPLES_SHEET, row, lambda r=row: self.assessment(r, counts))  # type: ignore[misc]

    def _guarded(self, sheet: spec.SheetSpec, row: _Row, action: Callable[[], str]) -> str:
        """Run one row's change in a savepoint; a refusal becomes that row's problem."""
        savepoint = self.session.begin_nested()
        try:
            outcome = action()
        except ValidationError as exc:
            savepoint.rollback()
            for fieldname, message in exc.errors.items():
                text = message.rstrip(".")
                if text[:1].islower():
                    text = f"{fieldname.replace('_', ' ')}: {text}"
                self.problem(sheet, row, text)
            return ""
        savepoint.commit()
        return outcome

    def _fields(
        self, sheet: spec.SheetSpec, row: _Row, skip: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        """Field -> value for the plain columns the sheet has (references handled apart)."""
        out: dict[str, Any] = {}
        for header, value in row.cells.items():
            column = sheet.column(header)
            if column.kind in ("org", "orgs", "principles", "meeting") or header in skip:
                continue
            out[column.field] = value
        return out

    @staticmethod
    def _changes(record: Any, values: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in values.items() if getattr(record, k) != v}

    def organization(self, row: _Row) -> str:
        values = self._fields(spec.ORGANIZATIONS, row)
        key = name_key(values["name"])
        org_id = self.org_ids.get(key)
        if org_id is None:
            org = organizations.create(self.session, values, note="Imported from a workbook")
            self.org_ids[key] = org.id
            return "added"
        org = organizations.get(self.session, org_id)
        stage = values.pop("stage", None)
        since = values.pop("stage_since", None)
        changes = self._changes(org, values)
        if stage is not None and stage != org.stage:
            changes.update(stage=stage, stage_since=since)
            if since is not None and org.stage_since is not None and since < org.stage_since:
                raise ValidationError.single(
                    "stage_since",
                    f"Stage Since {since.isoformat()} is before the current stage"
                    f' "{org.stage.value}" began ({org.stage_since.isoformat()})',
                )
        elif since is not None and since != org.stage_since:
            changes["stage_since"] = since
        if not changes:
            return "unchanged"
        organizations.update(self.session, org.id, changes)
        return "updated"

    def contact(self, row: _Row) -> str:
        org_id = self.org_ids[name_key(row.cells["Organization"])]
        values = self._fields(spec.CONTACTS, row)
        existing = self._contacts_of(org_id).get(name_key(values["name"]))
        if not existing:
            contacts.create(self.session, {"organization_id": org_id, **values})
            return "added"
        # the k-th row with a name matches the k-th such contact (oldest first)
        contact = existing.pop(0)
        changes = self._changes(contact, values)
        if not changes:
            return "unchanged"
        contacts.update(self.session, contact.id, changes)
        return "updated"

    _contact_cache: dict[int, dict[str, list[Contact]]]

    def _contacts_of(self, org_id: int) -> dict[str, list[Contact]]:
        if not hasattr(self, "_contact_cache"):
            self._contact_cache = {}
        if org_id not in self._contact_cache:
            by_name: dict[str, list[Contact]] = defaultdict(list)
            query = select(Contact).where(Contact.organization_id == org_id).order_by(Contact.id)
            for c in self.session.scalars(query):
                by_name[name_key(c.name)].append(c)
            self._contact_cache[org_id] = by_name
        return self._contact_cache[org_id]

    def meeting(self, row: _Row) -> str:
        values = self._fields(spec.MEETINGS, row)
        org_ids = None
        if "Organizations" in row.cells:
            org_ids = sorted({self.org_ids[name_key(n)] for n in row.cells["Organizations"]})
        numbers = row.cells.get("Principles")
        existing = meetings.find(self.session, values["held_on"], values["title"])
        if existing is None:
            meetings.create(
                self.session,
                values,
                organization_ids=org_ids or (),
                principle_numbers=numbers or (),
            )
            return "added"
        changes = self._changes(existing, values)
        if org_ids is not None and org_ids == sorted(o.id for o in existing.organizations):
            org_ids = None
        if numbers is not None and numbers == sorted(p.number for p in existing.principles):
            numbers = None
        if not changes and org_ids is None and numbers is None:
            return "unchanged"
        meetings.update(
            self.session,
            existing.id,
            changes,
            organization_ids=org_ids,
            principle_numbers=numbers,
        )
        return "updated"

    def commitment(self, row: _Row) -> str:
        org_id = self.org_ids[name_key(row.cells["Organization"])]
        values = self._fields(spec.COMMITMENTS, row)
        if "Meeting" in row.cells:
            ref = row.cells["Meeting"]
            found = None if ref is None else meetings.find(self.session, ref[0], ref[1])
            values["meeting_id"] = None if found is None else found.id
        existing = commitments.find(self.session, org_id, values["description"])
        status = values.get("status", existing.status if existing else CommitmentStatus.OPEN)
        if values.get("completed_on") is not None and status is not CommitmentStatus.DONE:
            raise ValidationError.single(
                "completed_on",
                f'Completed On is filled in but Status is "{status.value}"; only Done'
                " commitments have a completion date",
            )
        if status is CommitmentStatus.DONE and values.get("completed_on", 0) is None:
            # a blank completion date on a Done row keeps the date already recorded
            values.pop("completed_on")
        if existing is None:
            commitments.create(self.session, {"organization_id": org_id, **values})
            return "added"
        current = dict(
            principle_number=self.principle_numbers.get(existing.principle_id)
            if existing.principle_id is not None
            else None
        )
        changes = {
            k: v
            for k, v in values.items()
            if (current[k] if k in current else getattr(existing, k)) != v
        }
        if not changes:
            return "unchanged"
        commitments.update(self.session, existing.id, changes)
        return "updated"

    def assessment(self, row: _Row, counts: SheetCounts) -> str:
        org_id = self.org_ids[name_key(row.cells["Organization"])]
        current: dict[int, AssessmentStatus] = dict(
            self.session.execute(
                select(Principle.number, Assessment.status)
                .join(Principle, Principle.id == Assessment.principle_id)
                .where(Assessment.organization_id == org_id)
            ).all()
        )
        outcomes: list[str] = []
        for header, status in row.cells.items():
            if header == "Organization" or status is None:
                continue  # a blank cell leaves the assessment as it is
            number = int(spec.PRINCIPLES_SHEET.column(header).field)
            if current.get(number) == status:
                outcomes.append("unchanged")
                continue
            outcomes.append("added" if number not in current else "updated")
            assessments.set_assessment(self.session, org_id, number, status, keep_notes=True)
        for outcome in outcomes:  # counted once the whole row went in
            counts.bump(outcome)
        return ""


__all__ = ["ImportReport", "SheetCounts", "import_workbook"]
