"""A sheet's cells through python-calamine, as the importer's readers expect them.

calamine (Rust) parses a sheet about twelve times faster than openpyxl's read-only mode, and
gives the value Excel saved with a formula without running it. Its values are made to look
like openpyxl's, so that every reader in cells.py and every message stays as it was: an empty
cell is None (calamine gives ""), a whole number below 10**15 is an int (calamine gives
floats), dates stay dates, and text keeps OOXML's `_xHHHH_` escapes as they are in the file
(calamine undoes them, openpyxl does not, and cells.read_text undoes them once). A sheet's rows come from its first row on, numbered as in Excel;
calamine leaves out empty columns on the left, which the column offset puts back.

calamine holds a whole sheet in memory as a dense grid, 32 bytes a cell from the first
used cell to the last: a hostile file with one cell in A1 and one in XFD1048576 would ask
for 550 GB and abort the process. `reading.py` sends such files, found by scanning the
sheets' XML first (`extent_too_big`), to openpyxl instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from python_calamine import CalamineSheet, CalamineWorkbook

# a cell reference beyond column Z, or at row 300,000 or further: a grid of at most
# 26 x 300,000 cells (250 MB) is what calamine may be asked to hold for one sheet
_FAR_CELL = re.compile(rb'r="(?:[A-Z]{2}|[A-Z]+(?:\d{7}|[3-9]\d{5}))')
_INTEGRAL_BELOW = 1e15  # as cells.read_text: larger whole numbers keep their float form
_UNESCAPED = re.compile(r"_(x[0-9A-Fa-f]{4}_)")  # what reads as an escape once more


def extent_too_big(xml: bytes) -> bool:
    """True when this piece of sheet XML names a cell far enough to make calamine's grid big."""
    return _FAR_CELL.search(xml) is not None


def open_book(path: str) -> CalamineWorkbook:
    return CalamineWorkbook.from_path(path)


def sheet_rows(book: CalamineWorkbook, title: str) -> tuple[int, Iterator[list[Any]], int]:
    """(offset of the first column calamine gives, the sheet's rows from row 1 on, how many
    rows it has)."""
    sheet: CalamineSheet = book.get_sheet_by_name(title)
    start = sheet.start
    if start is None:  # no cell at all
        return 0, iter(()), 0
    return start[1], sheet.iter_rows(), sheet.height


def escaped(text: str) -> str:
    """Text with a literal `_xHHHH_` escaped again, as it stood in the file."""
    return _UNESCAPED.sub(r"_x005F_\1", text) if "_x" in text else text


def value(raw: Any) -> Any:
    """One calamine value as openpyxl's read-only mode gives it."""
    if raw == "":
        return None
    if type(raw) is str:
        return escaped(raw)
    if type(raw) is float and raw.is_integer() and abs(raw) < _INTEGRAL_BELOW:
        return int(raw)
    return raw
