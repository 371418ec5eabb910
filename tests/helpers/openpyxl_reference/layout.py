"""How an exported sheet looks: header row, widths, print set-up, marking, safe cells.

openpyxl's write-only sheets write their top part (sheet properties, frozen panes, column
widths) when the first row is appended and their tail (autofilter, conditional formats,
page set-up, header and footer, charts) when the workbook is saved. So `start_sheet` runs
before any row, and `finish_sheet` after the last, once the marking is known.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from copy import copy
from datetime import date
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from engagetrack.domain.messages import t_in
from engagetrack.domain.status_colours import STATUS_COLOURS as PALETTE
from engagetrack.domain.vocabularies import AssessmentStatus, Classification
from engagetrack.interchange import cells
from engagetrack.interchange.cells import looks_like_formula

# openpyxl does not escape a literal OOXML escape (_xHHHH_) itself, XlsxWriter does
_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def safe_text(text: str) -> str:
    return _OOXML_ESCAPE.sub(r"_x005F_\1", cells.safe_text(text))


HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F3864")
HEADER_ALIGN = Alignment(vertical="center", wrap_text=False)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
WRAP_TOP_CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")
TITLE_FONT = Font(bold=True, size=16, color="1F3864")
SECTION_FONT = Font(bold=True, size=12, color="1F3864")
SECTION_BORDER = Border(bottom=Side(style="medium", color="1F3864"))
BOLD = Font(bold=True)
MARKING_FONT = Font(bold=True, color="C00000", size=12)
TABLE_HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")

# the Principles sheet's cells and legend: the one status palette (domain.status_colours)
STATUS_COLOURS: dict[AssessmentStatus, tuple[str, str]] = {
    status: (colour.fill, colour.ink) for status, colour in PALETTE.items()
}

DATE_WIDTH = 12
DATE_FORMAT = "yyyy-mm-dd"  # ISO: unambiguous in English and French
DATE_ALIGN = Alignment(horizontal="center")


def fitted_width(header: str, longest: int, cap: int) -> float:
    """Characters wide: the header (plus its filter arrow) or the longest value, capped."""
    return float(min(max(len(header) + 4, longest + 2), max(cap, len(header) + 4)))


def start_sheet(
    ws: WriteOnlyWorksheet, widths: Sequence[float], *, freeze: str | None = "A2"
) -> None:
    """Everything that must be set before the first row: panes, widths, print set-up."""
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    if freeze:
        ws.freeze_panes = freeze
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "1"  # Letter: the paper of a Canadian ministry
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3


def header_row(ws: WriteOnlyWorksheet, headers: Sequence[str]) -> list[WriteOnlyCell | None]:
    cells: list[WriteOnlyCell | None] = []
    for text in headers:
        if not text:
            cells.append(None)  # a spacer column stays unstyled
            continue
        cell = WriteOnlyCell(ws, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGN
        cells.append(cell)
    return cells


def finish_sheet(
    ws: WriteOnlyWorksheet,
    marking: Classification,
    *,
    columns: int,
    rows: int,
    filter_row: int = 1,
    title: str,
    language: str = "en",
) -> None:
    """Tail settings: autofilter over the table, the marking in header and footer."""
    last = get_column_letter(columns)
    ws.auto_filter.ref = f"A{filter_row}:{last}{max(rows, filter_row)}"
    ws.print_title_rows = f"{filter_row}:{filter_row}" if filter_row == 1 else "1:1"
    mark_page(ws, marking, title=title, language=language)


def mark_page(
    ws: WriteOnlyWorksheet, marking: Classification, *, title: str, language: str = "en"
) -> None:
    for part in (ws.oddHeader, ws.oddFooter):
        part.center.text = marking.label_in(language)
        part.center.font = "Calibri,Bold"
        part.center.size = 12
        part.center.color = "C00000"
    ws.oddHeader.left.text = title.replace("&", "&&")
    ws.oddHeader.left.size = 9
    ws.oddHeader.right.text = "&A"
    ws.oddHeader.right.size = 9
    ws.oddFooter.left.text = "EngageTrack"
    ws.oddFooter.left.size = 9
    ws.oddFooter.right.text = t_in(language, "Page {page} of {pages}", page="&P", pages="&N")
    ws.oddFooter.right.size = 9


LINE_HEIGHT = 15.0  # points per line of 11-point text
MAX_ROW_HEIGHT = 409.0  # Excel's limit


class CellMaker:
    """Turns source values into what a write-only row accepts, cheaply, and appends them.

    Plain values go in as they are; only dates (ISO format, centred), text that could run
    as a formula, and rows holding long or multi-line text need styled cells. A row with
    wrapped text gets an explicit height: LibreOffice does not grow rows on opening, so
    without one the lines would spill over the rows below.

    Styled cells in appended rows are reused, one per column and kind: `ws.append` writes
    the row out before it returns, so a column's cell is free again for the next row.
    Building a fresh openpyxl cell per date (which hashes its style settings) was a tenth
    of the whole export.
    """

    def __init__(
        self, ws: WriteOnlyWorksheet, wrap_limits: Sequence[int | None], *, next_row: int = 1
    ) -> None:
        self.ws = ws
        # per column: the width in characters beyond which text wraps (None: never wraps)
        self.wrap_limits = list(wrap_limits)
        self.next_row = next_row
        # centred: a right-aligned date runs into the left-aligned text beside it
        self._styles = {
            "date": _style(ws, number_format=DATE_FORMAT, alignment=DATE_ALIGN),
            "text": _style(ws, quotePrefix=True),
            "wrap": _style(ws, alignment=WRAP_TOP),
            "wrap date": _style(ws, number_format=DATE_FORMAT, alignment=WRAP_TOP_CENTRE),
            "wrap text": _style(ws, quotePrefix=True, alignment=WRAP_TOP),
        }
        self._slots: dict[tuple[str, int], Cell] = {}

    def text_cell(self, text: str) -> WriteOnlyCell:
        """A fresh cell holding exactly the text: shown as text, never run."""
        cell = WriteOnlyCell(self.ws, text)
        # quotePrefix (a style flag, not a character) keeps it text when edited in Excel
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell

    def append(self, values: Sequence[Any]) -> int:
        """Append one row; returns its row number."""
        cells, lines = self.row(values)
        row_no = self.next_row
        if lines > 1:
            self.ws.row_dimensions[row_no].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)
        self.ws.append(cells)
        if lines > 1:
            del self.ws.row_dimensions[row_no]  # written already; keep memory flat
        self.next_row += 1
        return row_no

    def row(self, values: Sequence[Any]) -> tuple[list[Any], int]:
        """The row's cells and how many lines its tallest wrapped cell needs.

        The styled cells returned are only good until the next call: append them at once.
        """
        out: list[Any] = []
        lines = 1
        wrap = False
        limits = self.wrap_limits
        for i, value in enumerate(values):
            if isinstance(value, str):
                value = safe_text(value)
                limit = limits[i] if i < len(limits) else None
                if limit is not None and (len(value) > limit or "\n" in value):
                    wrap = True
                    lines = max(lines, _lines(value, limit))
                if looks_like_formula(value):
                    value = self._slot("text", i, value, "s")
            elif isinstance(value, date):
                value = self._slot("date", i, value, "d")
            out.append(value)
        if wrap:
            out = [self._wrapped(i, v) for i, v in enumerate(out)]
        return out, lines

    def _wrapped(self, column: int, value: Any) -> Any:
        """The value in a wrapping cell, aligned to the top like the rest of its row."""
        if value is None:
            return None
        if isinstance(value, Cell):
            held = value._value
            if value is self._slots.get(("date", column)):
                return self._slot("wrap date", column, held, "d")
            if value is self._slots.get(("text", column)):
                return self._slot("wrap text", column, held, "s")
            value.alignment = WRAP_TOP  # a cell styled by the caller (the legend)
            return value
        if isinstance(value, str):
            return self._slot("wrap", column, value, "s")
        cell = self._slot("wrap", column, None, "n")
        cell.value = value  # numbers and booleans: openpyxl picks the type
        return cell

    def _slot(self, kind: str, column: int, value: Any, data_type: str) -> Cell:
        cell = self._slots.get((kind, column))
        if cell is None:
            cell = WriteOnlyCell(self.ws)
            cell._style = copy(self._styles[kind])
            self._slots[(kind, column)] = cell
        # set directly: the value is already checked (safe_text) and typed, and binding it
        # through openpyxl would read the style back to decide the number format
        cell._value = value
        cell.data_type = data_type
        return cell

    def styled(self, value: Any, **style: Any) -> WriteOnlyCell:
        """A fresh cell with its own style (headings, legends): safe to keep."""
        if isinstance(value, str):
            value = safe_text(value)
            cell = (
                self.text_cell(value)
                if looks_like_formula(value)
                else WriteOnlyCell(self.ws, value)
            )
        else:
            cell = WriteOnlyCell(self.ws, value)
        for name, setting in style.items():
            setattr(cell, name, setting)
        return cell


def _style(ws: WriteOnlyWorksheet, **settings: Any) -> Any:
    """The style record of a cell with these settings, to copy into reused cells."""
    cell = WriteOnlyCell(ws)
    for name, setting in settings.items():
        setattr(cell, name, setting)
    return cell._style


def _lines(text: str, width: int) -> int:
    per_line = max(1.0, width * 1.2 - 1)
    count = 0
    for paragraph in text.split("\n"):
        count += max(1, math.ceil(len(paragraph) / per_line))
        if count * LINE_HEIGHT >= MAX_ROW_HEIGHT:
            break
    return count
