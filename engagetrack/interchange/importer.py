"""Import a workbook in format v1: check every row, apply it all as one transaction, or nothing.

Sheets are streamed in the format's order (organizations first, so every later reference
can be resolved as its row arrives). Each row's cells are converted (cells.py), its
references resolved against the register plus the workbook itself, and it is then checked
and applied by import_rows.py with the services' own rules; any problem becomes a
`Sheet!Row: problem` line. Changes go to the database in bulk (bulk_write.py) inside one
`db.write()` block; from the first problem on nothing more is sent, and a problem, a dry run
or any error rolls the whole transaction back. A dry run does every write and rolls back,
so what it reports is exactly what the import would do.
"""

from __future__ import annotations

import contextlib
import gc
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from engagetrack.domain.messages import deferred, language, t
from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import CommitmentStatus
from engagetrack.interchange import import_row_base, import_rows, spec, spec_fr
from engagetrack.interchange.bulk_write import CHUNK, BulkWriter
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
from engagetrack.interchange.import_commitment_rows import completed_but
from engagetrack.interchange.import_row_base import name_key
from engagetrack.interchange.reading import (
    Block,
    BlockRows,
    RawSheet,
    WorkbookFileError,
    sheet_bytes,
    stream_sheets,
)
from engagetrack.store.database import Database
from engagetrack.store.file_errors import is_file_problem
from engagetrack.store.models import meeting_organizations, meeting_principles
from engagetrack.store.writer_process import WriterProcess

# bytes of unpacked sheet XML from which the rows are written by a second process: its
# start-up (a tenth of a second) against the overlap, which pays from some thousands of rows
SECOND_PROCESS_FROM = 4 * 1024 * 1024

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
            text = (
                deferred(
                    "{sheet}: {added} added, {updated} updated, {unchanged} unchanged assessments"
                )
                if sheet == spec.PRINCIPLES_SHEET.name
                else deferred("{sheet}: {added} added, {updated} updated, {unchanged} unchanged")
            )
            lines.append(
                t(
                    text,
                    sheet=spec_fr.sheet_name(sheet, language()),
                    added=c.added,
                    updated=c.updated,
                    unchanged=c.unchanged,
                )
            )
        return lines


class _Rollback(Exception):
    """Leave the write block without committing (problems found, or a dry run)."""


Rows = Iterator[tuple[int, dict[str, Any]]]
_COLUMNS = {s.name: {c.header: c for c in s.columns} for s in spec.DATA_SHEETS}
# parents first: the order bulk writes reach the database in
_TABLES: list[Table] = [
    import_row_base.ORGS,
    import_row_base.CONTACTS,
    import_row_base.MEETINGS,
    import_row_base.COMMITMENTS,
    import_row_base.ASSESSMENTS,
    import_row_base.STAGES,
    meeting_organizations,
    meeting_principles,
]


def import_workbook(db: Database, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Import `path`; nothing is written when any problem is found or when `dry_run`."""
    with _without_cycle_collection():
        return _import_workbook(db, Path(path), dry_run)


@contextlib.contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused for the import, as bulk loaders do.

    An import makes millions of short-lived dicts and tuples, and keeps the register's keys
    in memory meanwhile: every few hundred allocations the collector walked them all, a
    seventh of an import's time at 1,000 organizations. What an import makes is freed by
    reference counting; the collector runs again once it is over.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import_workbook(db: Database, path: Path, dry_run: bool) -> ImportReport:
    report = ImportReport(path=path, dry_run=dry_run)
    # read in this process: with calamine the reading is a tenth of an import, and a second
    # process (reading_process.py) cost more in pickling than it saved (scale 1,000: 5.2 s
    # and 135 MB here against 6.8 s and 214 MB with the child). The writing process is
    # started before the file's checks: its start-up overlaps them, and the sheets this
    # process parses meanwhile do not count in its memory (a child starts as a copy of
    # its parent)
    second = _second_process(db, path)
    try:
        with contextlib.closing(stream_sheets(path)) as sheets:
            try:
                first = next(sheets, None)  # the file's checks run here, before any writing
            except WorkbookFileError as exc:
                report.problems.append(str(exc))
                return report
            if first is None:
                names = ", ".join(spec_fr.sheet_name(s.name, language()) for s in spec.DATA_SHEETS)
                report.problems.append(
                    t(
                        "{name} has none of the sheets {sheets}; nothing to import.",
                        name=path.name,
                        sheets=names,
                    )
                )
                return report
            with db.write() as session:
                job = _Import(session, report, second)
                finished = False
                try:
                    job.sheet(*first)
                    for raw, rows in sheets:
                        job.sheet(raw, rows)
                    job.writer.finish()
                    finished = True
                except WorkbookFileError as exc:
                    report.problems[:] = [str(exc)]
                    raise _Rollback from None
                finally:
                    # before the transaction ends either way: nothing may reach the server
                    # after its commit or rollback
                    job.writer.close(cancel=not finished)
                if report.problems or dry_run:
                    raise _Rollback
            _commit(db, job.writer)
            report.written = True
    except _Rollback:
        pass
    finally:
        if second is not None:
            second.close()  # not committed by now: rolled back
    return report


def _second_process(db: Database, path: Path) -> WriterProcess | None:
    """A second process to write a big workbook's rows to a register file (see
    store/writer_process.py); None for a small one, a server, or no interpreter to start."""
    if db.path is None or db.read_only or sheet_bytes(path) < SECOND_PROCESS_FROM:
        return None
    try:
        return WriterProcess(db.path)
    except OSError:
        return None  # written by this process, as a small workbook is


def _commit(db: Database, writer: BulkWriter) -> None:
    """The second process's commit, its file problems explained as the session's are."""
    try:
        writer.commit()
    except sqlite3.Error as exc:
        if not is_file_problem(exc):
            raise
        raise db.explain(exc) from exc


# ------------------------------------------------------------------ convert


def _convert(
    raw: RawSheet,
    number: int,
    cells: dict[str, Any],
    problems: list[str],
    seen: dict[tuple[Any, ...], int],
    today: date,
    readers: dict[str, Callable[[Any], Any]] | None = None,
) -> dict[str, Any] | None:
    """Every cell of a row to its domain value; each bad cell is one problem line."""
    converted: dict[str, Any] = {}
    bad = False
    if readers is None:
        readers = _readers(raw, today)
    for header, value in cells.items():
        try:
            converted[header] = readers[header](value)
        except CellError as exc:
            problems.append(f"{raw.title}!{number}: {exc}")
            bad = True
    if bad:
        return None
    return _repeat_checked(raw, number, converted, problems, seen)


def _repeat_checked(
    raw: RawSheet,
    number: int,
    converted: dict[str, Any],
    problems: list[str],
    seen: dict[tuple[Any, ...], int],
) -> dict[str, Any] | None:
    """The row, or None (and a problem line) when an earlier row has its key."""
    key = _key(raw.spec, converted)
    # a repeated contact is refused when applied: the k-th row of a name may match the k-th
    # such contact of a register made before names were unique per organization
    if raw.spec is not spec.CONTACTS:
        if key in seen:
            both = t(" and ").join(map(raw.label, raw.spec.key))
            problems.append(
                f"{raw.title}!{number}: "
                + t(
                    "same {key} as row {row} (each record may appear once)", key=both, row=seen[key]
                )
            )
            return None
        seen[key] = number
    return converted


def _readers(raw: RawSheet, today: date) -> dict[str, Callable[[Any], Any]]:
    """Each column's reader, made once per sheet: the label (translated), the kind's branch,
    the required checks and the refusal of dates after `today` are settled here rather than
    again for every cell."""
    readers: dict[str, Callable[[Any], Any]] = {}
    for header, column in _COLUMNS[raw.spec.name].items():
        read = _reader(column, raw.label(header))
        if column.field in _NOT_FUTURE:
            read = _not_future(read, raw.label(header), today)
        readers[header] = read
    return readers


ColumnReader = Callable[[Sequence[Any]], list[Any]]


def _column_readers(
    raw: RawSheet, readers: dict[str, Callable[[Any], Any]]
) -> dict[str, ColumnReader]:
    """Each column's reader of a block's values (reading.Block): its cells' reader over
    them, or for text the same rules applied to the whole column in a few C-level passes.
    A bad cell raises CellError, as its reader does."""
    found: dict[str, ColumnReader] = {}
    for header, column in _COLUMNS[raw.spec.name].items():
        read = readers[header]
        if column.kind in ("text", "org", "orgs") and column.field not in _NOT_FUTURE:
            found[header] = partial(
                _text_column, read=read, limit=column.max_length, required=column.required
            )
        else:
            found[header] = partial(_each, read)
    return found


def _each(read: Callable[[Any], Any], values: Sequence[Any]) -> list[Any]:
    return list(map(read, values))


_TEXT_OR_NONE = frozenset((str, type(None)))


def _text_column(
    values: Sequence[Any], *, read: Callable[[Any], Any], limit: int, required: bool
) -> list[Any]:
    """cells.read_text for a column: when every value is text or blank, without escapes
    or unprintable characters, each is stripped (blank: None) and the column's longest is
    checked once; any other column goes cell by cell."""
    if _TEXT_OR_NONE.issuperset(map(type, values)):
        joined = "".join([v for v in values if v is not None])
        if "_x" not in joined and joined.isprintable():
            texts = [None if v is None else (v.strip() or None) for v in values]
            longest = max(map(len, filter(None, texts)), default=0)
            if longest <= limit and not (required and None in texts):
                return texts
    return list(map(read, values))


def _converted_block(block: Block, columns: dict[str, ColumnReader]) -> list[dict[str, Any]] | None:
    """The block's rows converted, or None when a cell is bad (then read row by row, for
    the problem lines in their order)."""
    try:
        converted = [
            columns[h](values) for h, values in zip(block.headers, block.columns, strict=True)
        ]
    except CellError:
        return None
    headers = block.headers
    return [dict(zip(headers, values, strict=True)) for values in zip(*converted, strict=True)]


def _not_future(read: Callable[[Any], Any], label: str, today: date) -> Callable[[Any], Any]:
    def checked(value: Any) -> Any:
        when = read(value)
        if isinstance(when, date) and when > today:
            raise CellError(
                t("{label} {date} is in the future", label=label, date=when.isoformat())
            )
        return when

    return checked


def _reader(column: spec.ColumnSpec, label: str) -> Callable[[Any], Any]:
    kind = column.kind
    required = column.required
    # a reader is called for every cell: partial's call is C, a wrapper function's is not
    read: Callable[[Any], Any]
    if kind == "date":
        read = partial(read_date, label=label)

    elif kind in ("vocab", "status"):
        vocab = column.vocab
        assert vocab is not None
        # a vocabulary column holds a handful of distinct texts: each is parsed once (only
        # codes that parse are remembered; a bad one raises its problem every time)
        parsed: dict[str, Any] = {}

        def read(value: Any) -> Any:
            if type(value) is str:
                found = parsed.get(value, parsed)
                if found is not parsed:
                    return found
                result = read_vocab(value, vocab, label)
                if result is not None:
                    parsed[value] = result
                return result
            return read_vocab(value, vocab, label)

    elif kind == "principle":
        read = partial(read_principle, label=label)

    elif kind == "principles":
        read = partial(read_principles, label=label)

    elif kind == "meeting":
        read = partial(read_meeting_ref, label=label)

    else:  # text, org, orgs
        max_length = column.max_length
        read = partial(read_text, label=label, max_length=max_length)

    if kind == "vocab":
        choices = column.vocab.choices() if column.vocab else ""

        def checked(value: Any) -> Any:
            result = read(value)
            if result is None:
                raise CellError(
                    t("{label} is required (one of {choices})", label=label, choices=choices)
                )
            return result

        return checked
    if required:

        def needed(value: Any) -> Any:
            result = read(value)
            if result is None:
                raise CellError(t("{label} is required", label=label))
            return result

        return needed
    return read


def _key(sheet: spec.SheetSpec, cells: dict[str, Any]) -> tuple[Any, ...]:
    return tuple([name_key(v) if type(v) is str else v for v in map(cells.__getitem__, sheet.key)])


# ------------------------------------------------------------------ check and apply


# sheet -> header -> field, for the plain columns (references are handled apart)
_PLAIN_FIELDS = {
    name: {
        h: c.field
        for h, c in columns.items()
        if c.kind not in ("org", "orgs", "principles", "meeting")
    }
    for name, columns in _COLUMNS.items()
}


def _fields(sheet: spec.SheetSpec, cells: dict[str, Any]) -> dict[str, Any]:
    """Field -> value for the plain columns the sheet has (references handled apart)."""
    fields = _PLAIN_FIELDS[sheet.name]
    return {fields[h]: v for h, v in cells.items() if h in fields}


class _Import:
    """One import run: each sheet's rows checked, applied, and written by chunk."""

    def __init__(
        self, session: Session, report: ImportReport, second: WriterProcess | None = None
    ) -> None:
        self.report = report
        self.writer = BulkWriter(session, second=second)
        self.rows = import_rows.RowApplier(session, self.writer)
        self.today = date.today()
        # names from every row, even one with a bad cell: a reference to it is not the problem
        self.book_orgs: set[str] = set()
        self.book_meetings: set[tuple[date, str]] = set()
        self.header_failed = False  # a sheet without its key columns: its rows mean nothing

    def known_org(self, key: str) -> bool:
        return key in self.rows.org_ids or key in self.book_orgs

    def sheet(self, raw: RawSheet, rows: Rows) -> None:
        name = raw.spec.name
        counts = self.report.counts.setdefault(name, SheetCounts())
        problems: list[str] = []
        seen: dict[tuple[Any, ...], int] = {}
        self.header_failed = self.header_failed or bool(raw.problems)
        loader = {
            spec.ORGANIZATIONS.name: self.rows.load_organizations,
            spec.CONTACTS.name: self.rows.load_contacts,
            spec.MEETINGS.name: self.rows.load_meetings,
            spec.COMMITMENTS.name: self.rows.load_commitments,
            spec.PRINCIPLES_SHEET.name: self.rows.load_assessments,
        }[name]
        loader()
        # looked up once: this loop runs for every row of the workbook
        meetings = raw.spec is spec.MEETINGS
        row, writer = self.row, self.writer
        for number, converted in self._converted(raw, rows, problems, seen):
            if self.header_failed:
                continue
            if meetings:
                self.book_meetings.add((converted["Date"], name_key(converted["Title"])))
            mark = len(problems)
            try:
                outcomes = row(raw, number, converted, problems)
            except ValidationError as exc:
                outcomes = []
                for fieldname, message in exc.errors.items():
                    text = message.rstrip(".")
                    if text[:1].islower():
                        text = f"{fieldname.replace('_', ' ')}: {text}"
                    problems.append(f"{raw.title}!{number}: {text}")
            if len(problems) > mark or raw.problems:
                writer.discard()
            for outcome in outcomes:
                counts.bump(outcome)
            if writer.pending >= CHUNK:
                writer.flush(_TABLES)
        self.report.problems += raw.problems + problems
        if self.report.problems:
            self.writer.discard()
        self.writer.flush(_TABLES)
        self.writer.reindex()

    def _converted(
        self,
        raw: RawSheet,
        rows: Rows,
        problems: list[str],
        seen: dict[tuple[Any, ...], int],
    ) -> Iterator[tuple[int, dict[str, Any]]]:
        """Each row whose cells are all good, converted (the others' problems listed); an
        organization's name is noted first, even on a row with a bad cell."""
        readers = _readers(raw, self.today)
        organizations = raw.spec is spec.ORGANIZATIONS
        if not isinstance(rows, BlockRows):
            for number, cells in rows:
                if organizations and isinstance(cells.get("Name"), str):
                    self.book_orgs.add(name_key(cells["Name"]))
                converted = _convert(raw, number, cells, problems, seen, self.today, readers)
                if converted is not None:
                    yield number, converted
            return
        columns = _column_readers(raw, readers)
        for block in rows.blocks():
            good = _converted_block(block, columns)
            names = None
            if organizations and "Name" in block.headers:
                names = block.columns[block.headers.index("Name")]
            for i, number in enumerate(block.numbers):
                if names is not None and isinstance(names[i], str):
                    self.book_orgs.add(name_key(names[i]))
                if good is None:
                    cells = dict(zip(block.headers, [c[i] for c in block.columns], strict=True))
                    converted = _convert(raw, number, cells, problems, seen, self.today, readers)
                else:
                    converted = _repeat_checked(raw, number, good[i], problems, seen)
                if converted is not None:
                    yield number, converted

    def row(
        self, raw: RawSheet, number: int, cells: dict[str, Any], problems: list[str]
    ) -> list[str]:
        """Resolve the row's references (problems listed), then apply it; its outcomes."""
        sheet = raw.spec

        def problem(message: str) -> None:
            problems.append(f"{raw.title}!{number}: {message}")

        def unknown_org(label: str, name: str) -> None:
            problem(
                t(
                    '{label} "{name}" is not in the register or in this workbook\'s {sheet} sheet',
                    label=label,
                    name=name,
                    sheet=spec_fr.sheet_name(spec.ORGANIZATIONS.name, raw.language),
                )
            )

        values = _fields(sheet, cells)
        if sheet is spec.ORGANIZATIONS:
            return [self.rows.organization(values)]
        org_id: int | None = None
        if "Organization" in cells:
            name = cells["Organization"]
            if not self.known_org(name_key(name)):
                unknown_org(raw.label("Organization"), name)
            org_id = self.rows.org_ids.get(name_key(name))
        if sheet is spec.MEETINGS:
            org_ids: list[int] | None = None
            if "Organizations" in cells:
                found, missing = split_names(cells["Organizations"] or "", self.known_org)
                for name in missing:
                    unknown_org(raw.label("Organizations") + ":", name)
                keys = [name_key(n) for n in found]
                if any(k not in self.rows.org_ids for k in keys):
                    return []  # an organization row that was refused: reported there
                org_ids = sorted({self.rows.org_ids[k] for k in keys})
            if missing_any(problems, raw, number):
                return []
            return [self.rows.meeting(values, org_ids, cells.get("Principles"))]
        if sheet is spec.COMMITMENTS:
            ref = cells.get("Meeting")
            if ref is not None:
                key = (ref[0], name_key(ref[1]))
                if key in self.rows.meeting_ids:
                    values["meeting_id"] = self.rows.meeting_ids[key]
                elif key not in self.book_meetings:
                    problem(
                        t(
                            '{label} "{meeting}" is not in the register or in this workbook\'s'
                            " {sheet} sheet",
                            label=raw.label("Meeting"),
                            meeting=f"{ref[0].isoformat()} {ref[1]}",
                            sheet=spec_fr.sheet_name(spec.MEETINGS.name, raw.language),
                        )
                    )
            elif "Meeting" in cells:
                values["meeting_id"] = None
            status = cells.get("Status")
            if cells.get("Completed On") is not None and status not in (
                None,
                CommitmentStatus.DONE,
            ):
                problem(completed_but(status))
            if missing_any(problems, raw, number) or org_id is None:
                return []
            if ref is not None and "meeting_id" not in values:
                return []  # a meeting row that was refused: reported there
            return [self.rows.commitment(org_id, values)]
        if missing_any(problems, raw, number) or org_id is None:
            return []
        if sheet is spec.CONTACTS:
            return [self.rows.contact(org_id, values, str(cells["Organization"]))]
        statuses = {
            int(sheet.column(h).field): v
            for h, v in cells.items()
            if h != "Organization" and v is not None
        }
        return self.rows.assessments(org_id, statuses)


def missing_any(problems: list[str], raw: RawSheet, number: int) -> bool:
    """True when this row already has a problem (its references did not all resolve)."""
    return bool(problems) and problems[-1].startswith(f"{raw.title}!{number}:")


__all__ = ["ImportReport", "SheetCounts", "import_workbook"]
