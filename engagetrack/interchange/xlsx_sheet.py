"""The exported workbook's worksheet: XlsxWriter's, with rows written as ready-made XML.

XlsxWriter (constant-memory mode) does the workbook: styles, column widths, panes,
autofilters, conditional formats, page set-up, headers and footers, charts, names,
properties, and the file itself. Its per-cell path (a method call, a stored tuple, three
regular expressions per text cell) would be most of an export of four million cells, so
rows come here already typed and styled (layout.CellMaker), and `put_row` writes their XML
into the very file XlsxWriter streams the sheet's rows into, keeping its dimensions as it
would. Cells are spelled as openpyxl spelled them before: inline strings, a literal OOXML
escape (`_xHHHH_`) escaped, a carriage return as `&#13;`, no formula ever.

XlsxWriter also leaves out of `<pageSetup>` what equals Excel's default (`fitToWidth="1"`);
the workbook has always said it, and readers other than Excel look for it.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

_CARE = re.compile(r"[&<>\r]|_x|^\s|\s$")  # text that needs escaping or xml:space
_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_LEADING_OR_TRAILING_SPACE = re.compile(r"^\s|\s$")
_EPOCH = date(1899, 12, 30).toordinal()  # Excel's day 0, counting its 1900 leap-year bug
_FIRST_TRUE_DAY = date(1900, 3, 1)  # from here on, days count plainly from _EPOCH
COLUMNS = [xl_col_to_name(i) for i in range(64)]


def text_cell(ref: str, style: str, text: str) -> str:
    """An inline string cell (`style` is ` s="N"` or empty); `text` already made safe."""
    if _CARE.search(text) is None:
        return f'<c r="{ref}"{style} t="inlineStr"><is><t>{text}</t></is></c>'
    space = ' xml:space="preserve"' if _LEADING_OR_TRAILING_SPACE.search(text) else ""
    if "_x" in text:
        text = _OOXML_ESCAPE.sub(r"_x005F_\1", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\r", "&#13;")
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def number_cell(ref: str, style: str, value: Any) -> str:
    if type(value) is bool:
        return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
    return f'<c r="{ref}"{style} t="n"><v>{value!r}</v></c>'


def blank_cell(ref: str, style: str) -> str:
    return f'<c r="{ref}"{style}/>'


class ExportSheet(Worksheet):
    """A worksheet written row by row through `put_row`, its page set-up in full."""

    def date_number(self, value: date) -> float | int:
        """A date as Excel's serial day number."""
        if type(value) is date and value >= _FIRST_TRUE_DAY:
            return value.toordinal() - _EPOCH
        number: float = self._convert_date_time(value)
        return (
            int(number) if isinstance(value, date) and not isinstance(value, datetime) else number
        )

    def put_row(self, row: int, cells: str, first: int, last: int, height: float | None) -> None:
        """Write row `row` (0-based): its cells' XML, columns `first`..`last` used."""
        previous: int = self.previous_row  # type: ignore[has-type]
        if row <= previous and self.dim_rowmax is not None:
            raise ValueError(f"row {row + 1} comes after row {previous + 1}")
        self._check_dimensions(row, first)
        self._check_dimensions(row, last)
        self.previous_row = row
        attributes = f' ht="{height:g}" customHeight="1"' if height else ""
        self.fh.write(f'<row r="{row + 1}"{attributes}>{cells}</row>')

    def _write_page_setup(self) -> None:
        if not self.page_setup_changed:
            return
        attributes: list[tuple[str, Any]] = []
        if self.paper_size:
            attributes.append(("paperSize", self.paper_size))
        if self.print_scale != 100:
            attributes.append(("scale", self.print_scale))
        if self.fit_page:
            attributes.append(("fitToWidth", self.fit_width))
            attributes.append(("fitToHeight", self.fit_height))
        attributes.append(("orientation", "portrait" if self.orientation else "landscape"))
        self._xml_empty_tag("pageSetup", attributes)
