"""XlsxWriter's temporary files in the register's private folder, never in the system's.

In constant-memory mode XlsxWriter streams each sheet's rows into a temporary file, and
assembles the workbook's parts in a temporary folder, both under its `tmpdir` option (by
default the system temporary folder, shared and outliving the program). They hold the
register's marked records, so they go to `store.private_temp`'s folder beside the register
(or, when its folder is read-only or it is a URL, beside the chosen workbook), where the
next open of the register sweeps anything a killed process left.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from xlsxwriter.workbook import Workbook

from engagetrack.store import private_temp


def folder_beside(register: Path | None, workbook: Path) -> Path:
    """The private folder beside `register`, else beside `workbook`, made now."""
    places = (register, workbook) if register is not None else (workbook,)
    for place in places[:-1]:
        assert place is not None
        try:
            probe = private_temp.new_file(place, ".probe")  # can we write there at all?
        except OSError:
            continue  # a register in a read-only folder: beside the workbook instead
        probe.unlink()
        return private_temp.folder_for(place)
    return private_temp.private_folder(workbook)


def options(folder: Path) -> dict[str, Any]:
    """XlsxWriter's options for the ministerial workbook, its temporary files in `folder`."""
    return {
        "constant_memory": True,
        "tmpdir": str(folder),
        # every value is typed by the exporter; nothing is guessed from text
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
    }


def discard_rows(book: Workbook) -> None:
    """Remove the row files of a workbook that will not be closed (failed or cancelled)."""
    for ws in book.worksheets():
        handle = getattr(ws, "row_data_fh", None)
        name = getattr(ws, "row_data_filename", None)
        if handle is not None:
            with contextlib.suppress(Exception):
                handle.close()
        if name:
            with contextlib.suppress(OSError):
                os.unlink(name)


def os_error(exc: BaseException) -> OSError:
    """The OSError inside XlsxWriter's FileCreateError (or `exc` itself)."""
    if isinstance(exc, OSError):
        return exc
    inner = exc.args[0] if exc.args else None
    return inner if isinstance(inner, OSError) else OSError(str(exc))


def tidy(register: Path | None, workbook: Path) -> None:
    """Remove the private folders an export used, once their files are gone."""
    for place in (register, workbook):
        if place is not None:
            private_temp.remove_if_empty(place)
