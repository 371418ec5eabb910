"""How an exported sheet looks: header row, widths, print set-up, marking, safe cells.

The workbook is written by XlsxWriter in constant-memory mode: rows go to the sheet's file in
order, one row held at a time; everything else (panes, widths, autofilter, conditional
formats, page set-up, header and footer, charts) is kept until the workbook is closed. So
`finish_sheet` may run after the last row, once the marking is known.

Every style is one of the props dictionaries below (XlsxWriter's format properties), each
made into one XlsxWriter format per workbook (`Formats`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook

from engagetrack.domain.messages import t_in
from engagetrack.domain.status_colours import STATUS_COLOURS as PALETTE
from engagetrack.domain.vocabularies import AssessmentStatus, Classification
from engagetrack.interchange.cells import FORMULA_STARTS, looks_like_formula, safe_text
from engagetrack.interchange.xlsx_sheet import (
    COLUMNS,
    ExportSheet,
    blank_cell,
    number_cell,
    text_cell,
)

Props = Mapping[str, Any]

NAVY = "#1F3864"
RED = "#C00000"
HEADER: Props = {"bold": True, "font_color": "#FFFFFF", "pattern": 1, "fg_color": NAVY,
                 "valign": "vcenter"}  # fmt: skip
TITLE_FONT: Props = {"bold": True, "font_size": 16, "font_color": NAVY}
SECTION_FONT: Props = {"bold": True, "font_size": 12, "font_color": NAVY}
SECTION_BORDER: Props = {"bottom": 2, "bottom_color": NAVY}  # medium
BOLD: Props = {"bold": True}
ITALIC: Props = {"italic": True}
MARKING_FONT: Props = {"bold": True, "font_color": RED, "font_size": 12}
TABLE_HEAD: Props = {"bold": True, "pattern": 1, "fg_color": "#D9E1F2"}
DATE_FORMAT = "yyyy-mm-dd"  # ISO: unambiguous in English and French
# centred: a right-aligned date runs into the left-aligned text beside it
DATE: Props = {"num_format": DATE_FORMAT, "align": "center"}
DATE_LEFT: Props = {"num_format": DATE_FORMAT, "align": "left"}
# quote_prefix (a style flag, not a character) keeps formula-like text text when edited
TEXT: Props = {"quote_prefix": True}
WRAP_TOP: Props = {"text_wrap": True, "valign": "top"}
WRAP_DATE: Props = {**DATE, **WRAP_TOP}
WRAP_TEXT: Props = {**TEXT, **WRAP_TOP}
_ALIGNMENT = ("align", "valign", "text_wrap")

# the Principles sheet's cells and legend: the one status palette (domain.status_colours)
STATUS_COLOURS: dict[AssessmentStatus, tuple[str, str]] = {
    status: (colour.fill, colour.ink) for status, colour in PALETTE.items()
}

DATE_WIDTH = 12
LINE_HEIGHT = 15.0  # points per line of 11-point text
MAX_ROW_HEIGHT = 409.0  # Excel's limit
# XlsxWriter stores a width as Excel does, in whole pixels plus 5 of padding (7 a character);
# the widths below are what the sheet's <col> says, as openpyxl wrote them before
_PADDING = 5 / 7


def colour(hex_rgb: str) -> str:
    """ "1F3864" (the palette's form) as XlsxWriter's "#1F3864"."""
    return hex_rgb if hex_rgb.startswith("#") else f"#{hex_rgb}"


class Formats:
    """One XlsxWriter format per style of the workbook, made when first asked for."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        self._made: dict[tuple[tuple[str, Any], ...], Format] = {}
        self._attributes: dict[int, str] = {}

    def of(self, props: Props | None) -> Format | None:
        if not props:
            return None
        key = tuple(sorted(props.items()))
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = self.book.add_format(dict(props))
        return made

    def style(self, props: Props | None) -> str:
        """The cell attribute naming the style (` s="3"`), empty for the default one."""
        made = self.of(props)
        if made is None:
            return ""
        key = id(made)
        attribute = self._attributes.get(key)
        if attribute is None:
            attribute = self._attributes[key] = f' s="{made._get_xf_index()}"'
        return attribute


class Styled:
    """A value with a style of its own (headings, legends), for `CellMaker.append`."""

    __slots__ = ("props", "value")

    def __init__(self, value: Any, props: Props) -> None:
        self.value = value
        self.props = props


def fitted_width(header: str, longest: int, cap: int) -> float:
    """Characters wide: the header (plus its filter arrow) or the longest value, capped."""
    return float(min(max(len(header) + 4, longest + 2), max(cap, len(header) + 4)))


def start_sheet(
    ws: ExportSheet,
    widths: Sequence[float],
    *,
    freeze: bool = True,
    portrait: bool = False,
) -> None:
    """Panes, widths, print set-up: landscape (or portrait), Letter, one page wide."""
    for i, width in enumerate(widths):
        ws.set_column(i, i, width - _PADDING if width >= 1 else width)
    if freeze:
        ws.freeze_panes(1, 0)
    if portrait:
        ws.set_portrait()
    else:
        ws.set_landscape()
    ws.set_paper(1)  # Letter: the paper of a Canadian ministry
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.75, bottom=0.75)


def header_row(ws: ExportSheet, formats: Formats, headers: Sequence[str]) -> None:
    """Row 1: the column headers, bold on navy (a spacer column stays unstyled)."""
    cells = CellMaker(ws, formats, [])
    cells.append([cells.styled(text, HEADER) if text else None for text in headers])


def finish_sheet(
    ws: ExportSheet,
    marking: Classification,
    *,
    columns: int,
    rows: int,
    filter_row: int = 1,
    title: str,
    language: str = "en",
) -> None:
    """Tail settings: autofilter over the table, the marking in header and footer."""
    ws.autofilter(filter_row - 1, 0, max(rows, filter_row) - 1, columns - 1)
    ws.repeat_rows(0)
    mark_page(ws, marking, title=title, language=language)


def _part(text: str, *, font: str | None = None, size: int, color: str | None = None) -> str:
    """One part of a page header or footer in Excel's codes (as openpyxl spelled them)."""
    codes = f'&"{font}"' if font else ""
    codes += f"&{size} "
    if color:
        codes += f"&K{color}"
    return codes + text


def mark_page(
    ws: ExportSheet, marking: Classification, *, title: str, language: str = "en"
) -> None:
    centre = _part(marking.label_in(language), font="Calibri,Bold", size=12, color="C00000")
    header = "&L" + _part(title.replace("&", "&&"), size=9) + "&C" + centre
    header += "&R" + _part("&A", size=9)
    pages = t_in(language, "Page {page} of {pages}", page="&P", pages="&N")
    footer = "&L" + _part("EngageTrack", size=9) + "&C" + centre + "&R" + _part(pages, size=9)
    ws.set_header(header, {"margin": 0.3})
    ws.set_footer(footer, {"margin": 0.3})


class CellMaker:
    """Writes rows of source values, in order, each cell typed and styled as it needs.

    Plain values go in as they are; only dates (ISO format, centred), text that could run
    as a formula, and rows holding long or multi-line text need a style. A row with
    wrapped text gets an explicit height: LibreOffice does not grow rows on opening, so
    without one the lines would spill over the rows below. Each row is written as XML in
    one piece (xlsx_sheet.ExportSheet.put_row): this is the inner loop of an export.
    """

    def __init__(
        self,
        ws: ExportSheet,
        formats: Formats,
        wrap_limits: Sequence[int | None],
        *,
        next_row: int = 1,
    ) -> None:
        self.ws = ws
        self.formats = formats
        # per column: the width in characters beyond which text wraps (None: never wraps)
        self.wrap_limits = list(wrap_limits)
        self.next_row = next_row  # 1-based, as the sheet shows it
        self.date = formats.style(DATE)
        self.text = formats.style(TEXT)
        self.wrap = formats.style(WRAP_TOP)
        self.wrap_date = formats.style(WRAP_DATE)
        self.wrap_text = formats.style(WRAP_TEXT)

    def styled(self, value: Any, props: Props | None = None) -> Styled:
        """A value with its own style (headings, legends); formula-like text stays text."""
        props = dict(props or {})
        if isinstance(value, str):
            value = safe_text(value)
            if looks_like_formula(value):
                props.update(TEXT)
        elif isinstance(value, date):
            props.setdefault("num_format", DATE_FORMAT)
        return Styled(value, props)

    def append(self, values: Sequence[Any]) -> int:
        """Write one row; returns its (1-based) row number."""
        row_no = self.next_row
        limits = self.wrap_limits
        lines = 1
        wrap = False
        texts: list[Any] = list(values)
        for i, value in enumerate(texts):
            if type(value) is str:
                value = texts[i] = safe_text(value)
                limit = limits[i] if i < len(limits) else None
                if limit is not None and (len(value) > limit or "\n" in value):
                    wrap = True
                    lines = max(lines, _lines(value, limit))
        parts: list[str] = []
        first = last = -1
        number = str(row_no)
        for col, value in enumerate(texts):
            if value is None:
                continue
            ref = COLUMNS[col] + number
            kind = type(value)
            if kind is str:
                if value.startswith(FORMULA_STARTS):
                    parts.append(text_cell(ref, self.wrap_text if wrap else self.text, value))
                else:
                    parts.append(text_cell(ref, self.wrap if wrap else "", value))
            elif kind is Styled:
                parts.append(self._styled_cell(ref, value, wrap))
            elif isinstance(value, date):
                style = self.wrap_date if wrap else self.date
                parts.append(number_cell(ref, style, self.ws.date_number(value)))
            else:
                parts.append(number_cell(ref, self.wrap if wrap else "", value))
            if first < 0:
                first = col
            last = col
        height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines) if lines > 1 else None
        if parts or height:
            self.ws.put_row(row_no - 1, "".join(parts), max(first, 0), max(last, 0), height)
        self.next_row += 1
        return row_no

    def _styled_cell(self, ref: str, cell: Styled, wrap: bool) -> str:
        props: Props = cell.props
        if wrap:  # aligned to the top like the rest of its row
            props = {**{k: v for k, v in props.items() if k not in _ALIGNMENT}, **WRAP_TOP}
        style = self.formats.style(props)
        value = cell.value
        if value is None:
            return blank_cell(ref, style)
        if isinstance(value, str):
            return text_cell(ref, style, value)
        if isinstance(value, date):
            return number_cell(ref, style, self.ws.date_number(value))
        return number_cell(ref, style, value)


def _lines(text: str, width: int) -> int:
    per_line = max(1.0, width * 1.2 - 1)
    count = 0
    for paragraph in text.split("\n"):
        count += max(1, math.ceil(len(paragraph) / per_line))
        if count * LINE_HEIGHT >= MAX_ROW_HEIGHT:
            break
    return count
