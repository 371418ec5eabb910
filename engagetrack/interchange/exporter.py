"""Write the ministerial workbook (SPEC §5): stream from the database into XlsxWriter.

The workbook goes to a temporary file beside the target and is renamed into place only when
complete, so a failure or a cancel never leaves a half-written workbook and never touches an
existing file at the target. The marking on every page is the highest level the workbook
actually contains, worked out while the rows are written (header and footer are written
when the workbook is saved, after the rows). XlsxWriter runs in constant-memory mode, its
sheets' temporary files in the register's private folder (private_sheets.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.workbook import Workbook

from engagetrack.domain.messages import deferred, t, t_in
from engagetrack.domain.principles import PRINCIPLE_NUMBERS, PRINCIPLES
from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange import layout, private_sheets, spec, spec_fr
from engagetrack.interchange.atomic_file import Target, discard
from engagetrack.interchange.cells import safe_text
from engagetrack.interchange.layout import CellMaker, Formats
from engagetrack.interchange.row_stream import RANK, Row
from engagetrack.interchange.sources import Sources
from engagetrack.interchange.summary import COLUMN_WIDTHS, TITLE, SummaryInfo, SummaryWriter
from engagetrack.interchange.xlsx_sheet import ExportSheet
from engagetrack.services import settings
from engagetrack.store.database import Database

Progress = Callable[[int, int], None]
TICK = 500  # rows between progress reports and cancel checks
LEGEND_COLUMN = len(spec.PRINCIPLES_SHEET.columns) + 2  # one empty column after P11


class ExportError(Exception):
    """The workbook could not be written; the message is meant for the user."""


class ExportCancelled(Exception):
    """The user cancelled; no file was left behind."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    marking: Classification
    rows: dict[str, int]  # data rows per sheet (headers not counted)
    as_of: date
    ceiling: Classification | None = None
    since: date | None = None
    sheets: tuple[str, ...] = field(default_factory=tuple)


def choose_sheets(sheets: Collection[str] | None) -> tuple[str, ...]:
    if sheets is None:
        return spec.EXPORT_SHEETS
    known = (*spec.EXPORT_SHEETS, *spec.OPTIONAL_SHEETS)
    unknown = sorted(set(sheets) - set(known))
    if unknown:
        raise ExportError(
            t(
                "There is no sheet {sheet}; the sheets are {sheets}.",
                sheet=repr(unknown[0]),
                sheets=", ".join(known),
            )
        )
    chosen = tuple(s for s in known if s in sheets)
    if not chosen:
        raise ExportError(t("Choose at least one sheet to export."))
    return chosen


def export_workbook(
    db: Database,
    path: Path,
    *,
    ceiling: Classification | None = None,
    since: date | None = None,
    sheets: Collection[str] | None = None,
    prepared_by: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    language: str = "en",
) -> ExportResult:
    """Write the workbook to `path` in `language` ("en" or "fr": sheet names, headers,
    vocabulary cells, Summary, markings); ExportError (message for the user) when it cannot."""
    path = Path(path)
    chosen = choose_sheets(sheets)
    target = Target(path, ".xlsx", ExportError, what=deferred("a workbook file name"), program="Excel",
                    nothing=deferred("Nothing was written."), nothing_when_busy=False)  # fmt: skip
    target.check()
    temp = target.claim_temp()
    book: Workbook | None = None
    try:
        # the sheets' temporary files beside the register (or, when its folder is read-only
        # or it is a URL, beside the workbook), never in the system temporary folder
        folder = private_sheets.folder_beside(db.path, path)
        book = Workbook(str(temp), private_sheets.options(folder))
        with db.read() as session:
            job = _Job(session, book, chosen, ceiling, since, prepared_by, progress, cancelled)
            job.language = "fr" if language == "fr" else "en"
            result = job.run(path)
        _check_cancel(cancelled)
        try:
            book.close()
        except (OSError, FileCreateError) as exc:
            raise target.failure(private_sheets.os_error(exc)) from exc
        _check_cancel(cancelled)
        target.replace(temp)
    except BaseException:
        _discard(book, temp)
        raise
    finally:
        private_sheets.tidy(db.path, path)
    return result


def _check_cancel(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled(t("The export was cancelled; no file was written."))


def _discard(book: Workbook | None, temp: Path) -> None:
    """Remove the partial file, and the sheet files XlsxWriter streams rows into."""
    discard(temp)
    if book is not None:
        private_sheets.discard_rows(book)


class _Job:
    """One export run: the sheets, the counters and the marking seen so far."""

    def __init__(
        self,
        session: Session,
        book: Workbook,
        chosen: tuple[str, ...],
        ceiling: Classification | None,
        since: date | None,
        prepared_by: str | None,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.session = session
        self.book = book
        self.formats = Formats(book)
        self.chosen = chosen
        self.ceiling = ceiling
        self.since = since
        self.prepared_by = prepared_by
        self.progress = progress
        self.cancelled = cancelled
        self.today = date.today()
        self.sources = Sources(session, ceiling, self.today)
        self.top = Classification.UNCLASSIFIED
        self.done = 0
        self.total = 0
        self.rows: dict[str, int] = {}
        self.legend_only = 0
        self.language = "en"

    # ------------------------------------------------------------ progress

    def tick(self, n: int = 1) -> None:
        self.done += n
        if self.done % TICK == 0:
            self.report()

    def report(self) -> None:
        _check_cancel(self.cancelled)
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    # ------------------------------------------------------------ run

    def run(self, path: Path) -> ExportResult:
        self.total = sum(self.sources.count(name) for name in self.chosen) + 1
        self.report()
        sheets = {
            name: self.book.add_worksheet(
                spec_fr.sheet_name(name, self.language), worksheet_class=ExportSheet
            )
            for name in self.chosen
        }
        writers: dict[str, Callable[[ExportSheet], int]] = {
            "Organizations": self.organizations,
            "Contacts": self.contacts,
            "Meetings": self.meetings,
            "Commitments": self.commitments,
            "Principles": self.principles,
            "Overdue": self.overdue,
            spec.BRIEFS: self.briefs,
        }
        for name in self.chosen:
            if name in writers:
                self.rows[name] = writers[name](sheets[name])
                self.report()
        if spec.SUMMARY in sheets:
            self.top = Classification.highest([self.top, self.sources.highest_level()])
            self.summary(sheets[spec.SUMMARY])
        for name, ws in sheets.items():
            if name != spec.SUMMARY:
                layout.finish_sheet(
                    ws,
                    self.top,
                    columns=len(self._headers(name)),
                    rows=self.rows[name] + 1,
                    title=t_in(self.language, TITLE),
                    language=self.language,
                )
        self.done = self.total
        self.report()
        return ExportResult(
            path=path,
            marking=self.top,
            rows=dict(self.rows),
            as_of=self.today,
            ceiling=self.ceiling,
            since=self.since,
            sheets=self.chosen,
        )

    @staticmethod
    def _headers(name: str) -> Sequence[str]:
        if name == spec.OVERDUE:
            return spec.OVERDUE_HEADERS
        if name == spec.BRIEFS:
            return spec.BRIEFS_HEADERS
        return spec.SHEETS_BY_NAME[name].headers

    # ------------------------------------------------------------ data sheets

    def _widths(self, columns: Sequence[spec.ColumnSpec], longest: dict[str, int]) -> list[float]:
        widths = []
        for c in columns:
            shown = spec_fr.header(c.header, self.language)
            if c.kind == "date":
                widths.append(float(max(layout.DATE_WIDTH, len(shown) + 4)))
            elif c.vocab is not None:
                labels = c.vocab.labels_in(self.language).values()
                widths.append(layout.fitted_width(shown, max(map(len, labels)), c.max_width))
            elif c.long_text or c.kind in ("orgs",):
                widths.append(float(c.max_width))
            else:
                widths.append(layout.fitted_width(shown, longest.get(c.header, 0), c.max_width))
        return widths

    def _in_language(
        self, columns: Sequence[spec.ColumnSpec], rows: Iterator[Row]
    ) -> Iterator[Row]:
        """The rows with their vocabulary codes as French labels: one table per column,
        built once; English rows pass untouched."""
        tables = [(i, c.vocab.labels_in("fr")) for i, c in enumerate(columns) if c.vocab]
        for values, level in rows:
            out = list(values)
            for i, table in tables:
                if out[i] is not None:
                    out[i] = table.get(out[i], out[i])
            yield tuple(out), level

    def _table(
        self,
        ws: ExportSheet,
        columns: Sequence[spec.ColumnSpec],
        rows: Iterator[Row],
        longest: dict[str, int],
        *,
        extra: Sequence[tuple[str, float]] = (),
    ) -> int:
        widths = self._widths(columns, longest) + [w for _, w in extra]
        layout.start_sheet(ws, widths)
        headers = [c.header for c in columns] + [h for h, _ in extra]
        layout.header_row(ws, self.formats, [spec_fr.header(h, self.language) for h in headers])
        if self.language == "fr":
            rows = self._in_language(columns, rows)
        wraps: list[int | None] = [
            int(w) if c.kind in ("text", "orgs", "meeting", "org") else None
            for c, w in zip(columns, widths, strict=False)
        ]
        cells = CellMaker(ws, self.formats, wraps + [None] * len(extra), next_row=2)
        n = 0
        rank = RANK[self.top]
        for values, level in rows:
            cells.append(values)
            if RANK[level] > rank:
                rank = RANK[level]
                self.top = level
            n += 1
            self.done += 1
            if n % TICK == 0:
                self.report()
        return n

    def organizations(self, ws: ExportSheet) -> int:
        s = spec.ORGANIZATIONS
        return self._table(
            ws, s.columns, self.sources.organizations(), self.sources.organizations_widths()
        )

    def contacts(self, ws: ExportSheet) -> int:
        s = spec.CONTACTS
        return self._table(ws, s.columns, self.sources.contacts(), self.sources.contacts_widths())

    def meetings(self, ws: ExportSheet) -> int:
        s = spec.MEETINGS
        return self._table(ws, s.columns, self.sources.meetings(), self.sources.meetings_widths())

    def commitments(self, ws: ExportSheet) -> int:
        s = spec.COMMITMENTS
        return self._table(
            ws, s.columns, self.sources.commitments(), self.sources.commitments_widths()
        )

    def overdue(self, ws: ExportSheet) -> int:
        s = spec.COMMITMENTS
        return self._table(
            ws,
            s.columns,
            self.sources.overdue(),
            self.sources.commitments_widths(),
            extra=[(spec.DAYS_OVERDUE, 15.0)],
        )

    def briefs(self, ws: ExportSheet) -> int:
        """The briefing-note log: only the notes marked up to the ceiling, and the workbook
        is marked with the highest of those (a note's title can carry its marking)."""
        from engagetrack.services.briefing_log import entries

        layout.start_sheet(ws, spec.BRIEFS_WIDTHS)
        layout.header_row(
            ws, self.formats, [spec_fr.header(h, self.language) for h in spec.BRIEFS_HEADERS]
        )
        wraps = [None, None, 48, 48, 22, 30, None, None, None, None]
        cells = CellMaker(ws, self.formats, wraps, next_row=2)
        n = 0
        for e in entries(self.session, ceiling=self.ceiling):
            cells.append(
                [
                    e.number, e.written_on, e.title_en, e.title_fr, e.addressee, e.scope,
                    e.marking.label_in(self.language), e.prepared_by, e.language, e.sha256,
                ]
            )  # fmt: skip
            self.top = Classification.highest([self.top, e.marking])
            n += 1
        return n

    def principles(self, ws: ExportSheet) -> int:
        s = spec.PRINCIPLES_SHEET
        legend = self._legend(ws)
        self.legend_only = 0
        rows = self._with_legend(self.sources.principles(PRINCIPLE_NUMBERS), legend)
        n = self._table(
            ws,
            s.columns,
            rows,
            self.sources.principles_widths(),
            extra=[("", 3.0), ("Legend", 18.0), ("", 34.0)],
        )
        n -= self.legend_only
        last = max(n + 1, 2)
        for status, (fill, font) in layout.STATUS_COLOURS.items():
            ws.conditional_format(
                1,
                1,
                last - 1,
                len(s.columns) - 1,
                {
                    "type": "cell",
                    "criteria": "equal to",
                    "value": f'"{status.label_in(self.language)}"',
                    "format": self.formats.of(
                        {
                            "pattern": 1,
                            "bg_color": layout.colour(fill),
                            "fg_color": layout.colour(fill),
                            "font_color": layout.colour(font),
                        }
                    ),
                },
            )
        return n

    def _legend(self, ws: ExportSheet) -> list[list[Any]]:
        """Status colours, then the principles' short titles: what the matrix means."""
        cells = CellMaker(ws, self.formats, [None])
        lines: list[list[Any]] = []
        for status, (fill, font) in layout.STATUS_COLOURS.items():
            shown = status.label_in(self.language)
            props = {
                "pattern": 1,
                "fg_color": layout.colour(fill),
                "font_color": layout.colour(font),
            }
            lines.append([cells.styled(shown, props), None])
        lines.append([None, None])
        bold, lang = layout.BOLD, self.language
        lines.append(
            [
                cells.styled(t_in(lang, "Principle"), bold),
                cells.styled(t_in(lang, "Short title"), bold),
            ]
        )
        for p in PRINCIPLES:
            lines.append(
                [p.code, safe_text(p.short_title_fr if lang == "fr" else p.short_title_en)]
            )
        return lines

    def _with_legend(self, rows: Iterator[Row], legend: list[list[Any]]) -> Iterator[Row]:
        """Data rows with the legend in the columns to the right; legend-only rows after."""
        width = len(spec.PRINCIPLES_SHEET.columns)
        i = 0
        for values, level in rows:
            extra = [None, *legend[i]] if i < len(legend) else []
            yield (*values, *extra), level
            i += 1
        while i < len(legend):
            yield (*([None] * width), None, *legend[i]), Classification.UNCLASSIFIED
            i += 1
            self.legend_only += 1
            self.done -= 1  # not a data row

    # ------------------------------------------------------------ Summary

    def summary(self, ws: ExportSheet) -> None:
        layout.start_sheet(ws, [float(w) for w in COLUMN_WIDTHS], portrait=True)
        writer = SummaryWriter(self.book, ws, self.formats, self.sources, self.tick, self.language)
        prepared = self.prepared_by or settings.prepared_by(self.session)
        writer.write(SummaryInfo(self.today, self.top, prepared, self.ceiling, self.since))
        head = writer.endorsers_header
        ws.autofilter(head - 1, 0, max(writer.endorsers_last, head) - 1, 3)
        ws.repeat_rows(0)
        layout.mark_page(ws, self.top, title=t_in(self.language, TITLE), language=self.language)
