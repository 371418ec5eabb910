"""The Summary sheet: the one page a minister's office reads first.

Title, marking, as-of date, who prepared it and what was left out; organizations by stage
and principle coverage (tables with native Excel charts beside them); commitments;
assessments; the endorsers with their dates; and, with a since-date, what changed.
Every figure comes from `Sources`, so it counts only what the marking ceiling lets in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from xlsxwriter.utility import quote_sheetname, xl_rowcol_to_cell
from xlsxwriter.workbook import Workbook

from engagetrack.domain.messages import deferred, t_in
from engagetrack.domain.principles import PRINCIPLES, framework_name
from engagetrack.domain.status_colours import STATUS_COLOURS
from engagetrack.domain.vocabularies import (
    PIPELINE_STAGES,
    AssessmentStatus,
    Classification,
    CommitmentStatus,
    OrgKind,
    Stage,
    Vocabulary,
)
from engagetrack.interchange import layout
from engagetrack.interchange.layout import CellMaker, Formats, Props
from engagetrack.interchange.sources import Sources
from engagetrack.interchange.xlsx_sheet import ExportSheet

TITLE = deferred("Voluntary Principles: engagement briefing")
LIST_LIMIT = 100  # rows per "what changed" list; the data sheets hold the rest
COLUMN_WIDTHS = (38, 16, 14, 14, 14, 14, 14, 14)
CHART_ROWS = 17  # rows a chart occupies at the default row height
PIXELS_PER_CM = 360_000 / 9_525  # EMUs per centimetre over EMUs per pixel
# statuses in the order they are read left to right, done first (a briefing note counts its
# ratings in the same order)
STATUS_ORDER = (
    AssessmentStatus.IMPLEMENTED,
    AssessmentStatus.IN_PROGRESS,
    AssessmentStatus.PLANNED,
    AssessmentStatus.NOT_STARTED,
    AssessmentStatus.NOT_APPLICABLE,
    AssessmentStatus.UNKNOWN,
)
STAGE_ORDER = (*PIPELINE_STAGES, Stage.DECLINED, Stage.ON_HOLD)


@dataclass(frozen=True)
class SummaryInfo:
    as_of: date
    marking: Classification
    prepared_by: str
    ceiling: Classification | None
    since: date | None


class SummaryWriter:
    """Appends the Summary rows in order, remembering where each table landed for charts."""

    def __init__(
        self,
        book: Workbook,
        ws: ExportSheet,
        formats: Formats,
        sources: Sources,
        tick: Callable[[], None],
        language: str = "en",
    ) -> None:
        self.book = book
        self.ws = ws
        self.language = language
        self.sources = sources
        self.cells = CellMaker(ws, formats, [COLUMN_WIDTHS[0]])
        self.row_no = 0
        self.tick = tick
        self.endorsers_header = 1
        self.endorsers_last = 1

    def append(self, values: Sequence[Any]) -> int:
        self.row_no = self.cells.append(values)
        return self.row_no

    def blank(self, n: int = 1) -> None:
        for _ in range(n):
            self.append([])

    def section(self, title: str) -> None:
        self.append(
            [self.cells.styled(title, {**layout.SECTION_FONT, **layout.SECTION_BORDER})]
            + [self.cells.styled(None, layout.SECTION_BORDER) for _ in range(6)]
        )

    def table_head(self, headers: list[str]) -> int:
        return self.append([self.cells.styled(h, layout.TABLE_HEAD) for h in headers])

    def label(self, text: str, value: Any, style: Props | None = None) -> None:
        self.append([self.cells.styled(text, layout.BOLD), self.cells.styled(value, style)])

    def _chart_size(self, chart: Any, width_cm: float, height_cm: float) -> None:
        chart.set_size(
            {"width": round(width_cm * PIXELS_PER_CM), "height": round(height_cm * PIXELS_PER_CM)}
        )

    def _cell(self, row: int, col: int) -> str:
        """One cell of this sheet as a chart's reference to it (1-based row and column)."""
        return f"={quote_sheetname(self.ws.name)}!{xl_rowcol_to_cell(row - 1, col - 1)}"

    def _range(self, first_row: int, first_col: int, last_row: int, last_col: int) -> list[Any]:
        """Cells of this sheet, 1-based rows and columns as the sheet shows them."""
        return [self.ws.name, first_row - 1, first_col - 1, last_row - 1, last_col - 1]

    def tr(self, text: str, /, **values: object) -> str:
        """A text of the sheet in the workbook's language (not the program's)."""
        return t_in(self.language, text, **values)

    def vocab(self, member: Vocabulary) -> str:
        return member.label_in(self.language)

    def write(self, info: SummaryInfo) -> None:
        self.append([self.cells.styled(self.tr(TITLE), layout.TITLE_FONT)])
        self.append([self.cells.styled(framework_name(self.language), layout.ITALIC)])
        self.blank()
        self.label(self.tr("Marking"), self.vocab(info.marking), layout.MARKING_FONT)
        self.label(self.tr("As of"), info.as_of, layout.DATE_LEFT)
        self.label(self.tr("Prepared by"), info.prepared_by)
        included = (
            self.tr("All records")
            if info.ceiling is None
            else self.tr(
                "Records marked up to {level}; anything marked higher is left out",
                level=self.vocab(info.ceiling),
            )
        )
        self.label(self.tr("Included"), included)
        if info.since is not None:
            self.label(self.tr("Changes since"), info.since, layout.DATE_LEFT)
        self.blank()

        self._stages()
        self._commitments()
        self._principles()
        self._endorsers()
        if info.since is not None:
            self._changes(info.since)

    # ------------------------------------------------------------ sections

    def _stages(self) -> None:
        counts = self.sources.counts_by_stage()
        self.section(self.tr("Organizations by stage"))
        head = self.table_head([self.tr("Stage"), self.tr("Organizations")])
        for stage in STAGE_ORDER:
            self.append([self.vocab(stage), counts[stage]])
        last = self.row_no
        self.append(
            [
                self.cells.styled(self.tr("Total"), layout.BOLD),
                self.cells.styled(sum(counts.values()), layout.BOLD),
            ]
        )
        chart: Any = self.book.add_chart({"type": "column"})
        chart.add_series(
            {
                "name": self._cell(head, 2),
                "categories": self._range(head + 1, 1, last, 1),
                "values": self._range(head + 1, 2, last, 2),
                "fill": {"color": layout.NAVY},
                "data_labels": {"value": True},
            }
        )
        chart.set_title({"name": self.tr("Organizations by stage")})
        chart.set_style(10)
        chart.set_legend({"none": True})
        chart.set_y_axis({"major_gridlines": {"visible": False}})
        self._chart_size(chart, 15.5, 7.0)
        self.ws.insert_chart(head - 1, 2, chart)
        self.blank()

    def _commitments(self) -> None:
        f = self.sources.commitment_figures()
        self.section(self.tr("Commitments"))
        self.table_head([self.tr("Commitments"), self.tr("Count")])
        self.append([self.vocab(CommitmentStatus.OPEN), f["open"]])
        self.append([self.vocab(CommitmentStatus.IN_PROGRESS), f["in_progress"]])
        self.append(
            [
                self.cells.styled(self.tr("Overdue (see the Overdue sheet)"), layout.BOLD),
                self.cells.styled(
                    f["overdue"],
                    {**layout.BOLD, "font_color": layout.RED} if f["overdue"] else layout.BOLD,
                ),
            ]
        )
        self.append([self.tr("Due in the next 30 days"), f["due_soon"]])
        self.append([self.vocab(CommitmentStatus.DONE), f["done"]])
        self.append([self.vocab(CommitmentStatus.DROPPED), f["dropped"]])
        self.blank()

    def _principles(self) -> None:
        table = self.sources.assessments_by_principle()
        totals = {status: 0 for status in STATUS_ORDER}
        self.section(self.tr("Assessments by principle"))
        head = self.table_head(
            [self.tr("Principle"), *(self.vocab(s) for s in STATUS_ORDER), self.tr("Total")]
        )
        for p in PRINCIPLES:
            counts = table.get(p.number, {})
            values = [counts.get(status.value, 0) for status in STATUS_ORDER]
            for status, n in zip(STATUS_ORDER, values, strict=True):
                totals[status] += n
            short = p.short_title_fr if self.language == "fr" else p.short_title_en
            self.append([f"{p.code}  {short}", *values, sum(values)])
        last = self.row_no
        self.append(
            [
                self.cells.styled(self.tr("All principles"), layout.BOLD),
                *(self.cells.styled(totals[s], layout.BOLD) for s in STATUS_ORDER),
                self.cells.styled(sum(totals.values()), layout.BOLD),
            ]
        )
        self.blank()
        chart: Any = self.book.add_chart({"type": "bar", "subtype": "stacked"})
        for i, status in enumerate(STATUS_ORDER):
            chart.add_series(
                {
                    "name": self._cell(head, 2 + i),
                    "categories": self._range(head + 1, 1, last, 1),
                    "values": self._range(head + 1, 2 + i, last, 2 + i),
                    "fill": {"color": layout.colour(STATUS_COLOURS[status].chart)},
                    "border": {"color": "#808080"},
                    "overlap": 100,
                }
            )
        chart.set_title({"name": self.tr("Principle coverage: assessments by status")})
        chart.set_style(10)
        # a bar chart's categories are XlsxWriter's y axis: P1 at the top, as in the table
        chart.set_y_axis({"reverse": True})
        chart.set_x_axis({"major_gridlines": {"visible": False}})
        chart.set_legend({"position": "bottom"})
        self._chart_size(chart, 26.0, 9.5)
        self.ws.insert_chart(self.row_no, 0, chart)
        self.blank(CHART_ROWS + 2)

    def _endorsers(self) -> None:
        self.section(self.tr("Endorsers"))
        self.endorsers_header = self.table_head(
            [self.tr("Organization"), self.tr("Endorsed on"), self.tr("Country"), self.tr("Kind")]
        )
        n = 0
        kinds = OrgKind.labels_in(self.language)
        for values in self.sources.endorsers():
            values = (*values[:3], kinds.get(values[3], values[3]), *values[4:])
            self.append(values)
            n += 1
            self.tick()
        if n == 0:
            self.append([self.cells.styled(self.tr("No endorsers yet."), layout.ITALIC)])
        self.endorsers_last = self.row_no
        self.append([self.cells.styled(self.tr("{count} endorsers", count=n), layout.BOLD)])
        self.blank()

    def _listing(
        self, title: str, headers: list[str], rows: list[tuple[Any, ...]], total: int, more: str
    ) -> None:
        self.section(self.tr("{title}: {count}", title=title, count=total))
        if not rows:
            self.append([self.cells.styled(self.tr("None."), layout.ITALIC)])
            self.blank()
            return
        self.table_head(headers)
        for values in rows:
            self.append(values)
        if total > len(rows):
            self.append(
                [
                    self.cells.styled(
                        self.tr(
                            "… and {count} more ({where})", count=total - len(rows), where=more
                        ),
                        layout.ITALIC,
                    )
                ]
            )
        self.blank()

    def _changes(self, since: date) -> None:
        s = self.sources
        new = self.tr("(new)")
        self.append(
            [
                self.cells.styled(
                    self.tr("What changed since {date}", date=since.isoformat()),
                    layout.TITLE_FONT,
                )
            ]
        )
        listings: list[tuple[Any, str, list[str], Callable[[Any], tuple[Any, ...]], str]] = [
            (
                s.stage_changes_since(since),
                self.tr("Stage changes"),
                [self.tr("Organization"), self.tr("Date"), self.tr("From"), self.tr("To")],
                lambda r: (r[0], r[1], self.vocab(r[2]) if r[2] else new, self.vocab(r[3])),
                self.tr("see each organization's history"),
            ),
            (
                s.meetings_since(since),
                self.tr("Meetings held"),
                [self.tr("Meeting"), self.tr("Date"), self.tr("Kind")],
                lambda r: (r[0], r[1], self.vocab(r[2])),
                self.tr("see the Meetings sheet"),
            ),
            (
                s.completed_since(since),
                self.tr("Commitments completed"),
                [self.tr("Organization"), self.tr("Completed on"), self.tr("Commitment")],
                tuple,
                self.tr("see the Commitments sheet"),
            ),
            (
                s.added_since(since),
                self.tr("Commitments added"),
                [self.tr("Organization"), self.tr("Added on"), self.tr("Commitment")],
                lambda r: (r[0], r[1].astimezone().date(), r[2]),
                self.tr("see the Commitments sheet"),
            ),
        ]
        for query, title, headers, shown, more in listings:
            rows, total = s.rows(query, LIST_LIMIT)
            self._listing(title, headers, [shown(r) for r in rows], total, more)
